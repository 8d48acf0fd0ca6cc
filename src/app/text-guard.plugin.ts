import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind, visit, type DocumentNode } from 'graphql';
import type { Context } from '../core/context';

/**
 * NUL characters cannot be stored: PostgreSQL refuses them in text and SQLite's tokenizer stops at
 * them. They are refused here, before any resolver runs, as the caller's mistake naming the field,
 * not left to fail as an internal error half-way through a write.
 */
const NUL = '\u0000';

function nulPath(value: unknown, at: string): string | null {
  if (typeof value === 'string') return value.includes(NUL) ? at : null;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = nulPath(value[i], `${at}.${i}`);
      if (found) return found;
    }
    return null;
  }
  if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      const found = nulPath(v, at ? `${at}.${k}` : k);
      if (found) return found;
    }
  }
  return null;
}

/** Apollo reuses the parsed document for the same query text, so its literals are scanned once. */
const scanned = new WeakMap<DocumentNode, boolean>();

function literalHasNul(document: DocumentNode): boolean {
  const known = scanned.get(document);
  if (known !== undefined) return known;
  let found = false;
  visit(document, {
    [Kind.STRING]: (node) => {
      if (node.value.includes(NUL)) found = true;
    },
  });
  scanned.set(document, found);
  return found;
}

export function textGuardPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          const field = nulPath(request.variables ?? {}, '') ?? (literalHasNul(document) ? 'query' : null);
          if (field) {
            throw new GraphQLError(`${field}: text cannot contain the NUL character (\\u0000).`, {
              extensions: { code: 'BAD_USER_INPUT', field, http: { status: 400 } },
            });
          }
        },
      };
    },
  };
}
