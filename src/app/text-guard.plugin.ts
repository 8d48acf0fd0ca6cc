import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind, visit, type DocumentNode } from 'graphql';
import type { Context } from '../core/context';

/**
 * NUL characters cannot be stored: PostgreSQL refuses them in text and SQLite's tokenizer stops at
 * them. They are refused here, before any resolver runs, as the caller's mistake naming the field,
 * not left to fail as an internal error half-way through a write.
 */
const NUL = '\u0000';

/** The path of the first string holding a NUL, walked without recursion (variables may nest deeply, issue #20). */
function nulPath(value: unknown, at: string): string | null {
  const stack: [unknown, string][] = [[value, at]];
  while (stack.length) {
    const [v, path] = stack.pop() as [unknown, string];
    if (typeof v === 'string') {
      if (v.includes(NUL)) return path;
    } else if (Array.isArray(v)) {
      // Pushed in reverse, so the first offender in document order is found first.
      for (let i = v.length - 1; i >= 0; i--) stack.push([v[i], `${path}.${i}`]);
    } else if (v && typeof v === 'object') {
      const entries: [string, unknown][] = Object.entries(v as Record<string, unknown>);
      for (let i = entries.length - 1; i >= 0; i--) {
        const [k, child] = entries[i];
        stack.push([child, path ? `${path}.${k}` : k]);
      }
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
