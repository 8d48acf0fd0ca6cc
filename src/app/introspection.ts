import {
  GraphQLError,
  Kind,
  type ASTVisitor,
  type DocumentNode,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import type { ApolloServerPlugin } from '@apollo/server';
import { ConfigError } from '../core/config-error';
import type { Context } from '../core/context';

/**
 * Who may introspect (issue #20): `key` (the default) any caller with an API key, so Apollo Sandbox and BI tools
 * work once the key is set in their headers; `public` also callers without one; `off` nobody. Codegen reads the
 * committed schema/schema.graphql and needs none of them.
 */
export type IntrospectionMode = 'public' | 'key' | 'off';

/** UPLIFT_INTROSPECTION: `public`, `key` (default) or `off`; the old on/off spellings still read as key/off. */
export function introspectionModeFromEnv(raw: string | undefined): IntrospectionMode {
  const v = (raw ?? '').trim().toLowerCase();
  if (v === '' || v === 'key') return 'key';
  if (v === 'public') return 'public';
  if (['1', 'true', 'on', 'yes'].includes(v)) return 'key';
  if (['0', 'false', 'off', 'no'].includes(v)) return 'off';
  throw new ConfigError(`UPLIFT_INTROSPECTION must be public, key or off, got "${raw}"`);
}

/** The mode from the configuration, which may still hold the older on/off boolean (on: with a key). */
export function introspectionMode(configured: boolean | IntrospectionMode): IntrospectionMode {
  if (configured === true) return 'key';
  if (configured === false) return 'off';
  return configured;
}

export function mayIntrospect(mode: IntrospectionMode, ctx: Context): boolean {
  return mode === 'public' || (mode === 'key' && Boolean(ctx.viewer));
}

/**
 * Levels below `__schema` a document may select (fragments counted as their fields). graphql-js's own
 * introspection query needs 15; 20 leaves room for clients that unroll `ofType` further, and stops the
 * 1,600-level `ofType` chain that took graphql-jit seconds to compile. (GraphQL Armor's depth rule skips `__schema`.)
 */
export const MAX_INTROSPECTION_DEPTH = 20;
/** `__schema` selections per operation: one answers everything, thirty aliased ones were 5.9 MB of work. */
export const MAX_SCHEMA_SELECTIONS = 1;
/** `__type` selections per operation. */
export const MAX_TYPE_SELECTIONS = 10;

const META = new Set(['__schema', '__type']);

/** Whether a document selects `__schema` or `__type` anywhere (fragments included). */
export function selectsIntrospection(document: DocumentNode): boolean {
  let found = false;
  const walk = (set: SelectionSetNode | undefined): void => {
    if (!set || found) return;
    for (const s of set.selections) {
      if (s.kind === Kind.FIELD && META.has(s.name.value)) found = true;
      else if (s.kind !== Kind.FRAGMENT_SPREAD) walk(s.selectionSet);
    }
  };
  for (const d of document.definitions) {
    if (d.kind === Kind.OPERATION_DEFINITION || d.kind === Kind.FRAGMENT_DEFINITION) walk(d.selectionSet);
  }
  return found;
}

/**
 * Bounds introspection like any other selection: at most MAX_SCHEMA_SELECTIONS `__schema` and
 * MAX_TYPE_SELECTIONS `__type` per operation (INTROSPECTION_LIMIT_EXCEEDED), and at most
 * MAX_INTROSPECTION_DEPTH levels below `__schema` (DEPTH_LIMIT_EXCEEDED). A validation rule, so the document
 * is refused before anything compiles or runs.
 */
export function introspectionLimitRule(): ValidationRule {
  return (context: ValidationContext): ASTVisitor => {
    // Per fragment, measured once: a fragment spread many times over is not walked again (no fragment bombs).
    const memo = new Map<string, Measure>();
    const measure = (set: SelectionSetNode | undefined, visiting: Set<string>): Measure => {
      const m: Measure = { levels: 0, schemaLevels: 0, schemas: 0, types: 0 };
      if (!set) return m;
      for (const s of set.selections) {
        let inner: Measure;
        if (s.kind === Kind.FIELD) {
          const below = measure(s.selectionSet, visiting);
          const isSchema = s.name.value === '__schema';
          inner = {
            levels: 1 + below.levels,
            schemaLevels: isSchema ? 1 + below.levels : below.schemaLevels,
            schemas: below.schemas + (isSchema ? 1 : 0),
            types: below.types + (s.name.value === '__type' ? 1 : 0),
          };
        } else if (s.kind === Kind.INLINE_FRAGMENT) {
          inner = measure(s.selectionSet, visiting);
        } else {
          const name = s.name.value;
          const fragment = context.getFragment(name);
          if (!fragment || visiting.has(name)) continue; // unknown or cyclic: graphql-js's own rules report it
          let known = memo.get(name);
          if (!known) {
            known = measure(fragment.selectionSet, new Set(visiting).add(name));
            memo.set(name, known);
          }
          inner = known;
        }
        m.levels = Math.max(m.levels, inner.levels);
        m.schemaLevels = Math.max(m.schemaLevels, inner.schemaLevels);
        m.schemas += inner.schemas;
        m.types += inner.types;
      }
      return m;
    };
    return {
      OperationDefinition(operation) {
        const m = measure(operation.selectionSet, new Set());
        if (m.schemaLevels > MAX_INTROSPECTION_DEPTH) {
          context.reportError(
            new GraphQLError(
              `The query is nested too deeply below __schema (at most ${MAX_INTROSPECTION_DEPTH} levels, found ${m.schemaLevels}).`,
              { extensions: { code: 'DEPTH_LIMIT_EXCEEDED' } },
            ),
          );
        }
        if (m.schemas > MAX_SCHEMA_SELECTIONS || m.types > MAX_TYPE_SELECTIONS) {
          context.reportError(
            new GraphQLError(
              `Too much introspection: at most ${MAX_SCHEMA_SELECTIONS} __schema and ${MAX_TYPE_SELECTIONS} __type selections per operation (found ${m.schemas} and ${m.types}); one __schema selection answers everything.`,
              { extensions: { code: 'INTROSPECTION_LIMIT_EXCEEDED' } },
            ),
          );
        }
      },
    };
  };
}

interface Measure {
  /** Levels of fields, fragments flattened. */
  levels: number;
  /** Levels from a `__schema` field down, the deepest. */
  schemaLevels: number;
  schemas: number;
  types: number;
}

/** The refusal of introspection to a caller the mode does not allow (with a key it is allowed unless off). */
export function introspectionRefused(): GraphQLError {
  return new GraphQLError(
    'Introspection needs an API key: send it as "Authorization: Bearer <key>" (in Apollo Sandbox, under Connection settings → Shared headers). The schema is also in schema/schema.graphql.',
    { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } },
  );
}

/** graphql-js's "Did you mean …?" hints, which spell out the schema to a caller who may not introspect it. */
export function withoutSuggestions(message: string): string {
  return message.replace(/ ?Did you mean(.+?)\?$/, '');
}

/**
 * Field suggestions only for callers who may introspect: the hints would otherwise spell out the schema to a
 * caller refused it (Apollo's own switch, hideSchemaDetailsFromClientErrors, is for everyone at once).
 */
export function suggestionsPlugin(mode: IntrospectionMode): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, contextValue }) {
          if (response.body.kind !== 'single' || mayIntrospect(mode, contextValue)) return;
          const { errors } = response.body.singleResult;
          if (!errors?.length) return;
          response.body.singleResult.errors = errors.map((e) => ({ ...e, message: withoutSuggestions(e.message) }));
        },
      };
    },
  };
}
