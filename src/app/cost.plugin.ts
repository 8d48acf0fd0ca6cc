import {
  getNamedType,
  getVariableValues,
  GraphQLError,
  isAbstractType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  type DocumentNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import type { ComplexityEstimator } from 'graphql-query-complexity';
import type { ApolloServerPlugin } from '@apollo/server';
import { getComplexity } from 'graphql-query-complexity';
import type { RateLimiter } from './rate-limit';
import type { Context } from '../core/context';
import { costEstimator, type QueryLimits } from './limits';
import { MAX_PAGE_SIZE } from '../core/connection';
import { introspectionRefused, mayIntrospect, selectsIntrospection, type IntrospectionMode } from './introspection';

/** Notes every connection asked for more than MAX_PAGE_SIZE items, so the operation is refused before it runs; prices nothing. */
function pageSizeCheck(oversized: string[]): ComplexityEstimator {
  return ({ field, args }) => {
    if (getNamedType(field.type).name.endsWith('Connection')) {
      for (const name of ['first', 'last']) {
        const v = (args as Record<string, unknown>)[name];
        if (typeof v === 'number' && v > MAX_PAGE_SIZE) oversized.push(name);
      }
    }
    return undefined;
  };
}

/**
 * Introspection's lists priced by what the schema holds, not by an assumed length: `__schema { types }` is every
 * type, `fields` the mean number of fields of a type, and so on; a type reference costs nothing of its own. The
 * full introspection query prices at 6,880 points, against 67–70 ms of main-thread time measured (10 µs a point).
 */
function introspectionEstimator(schema: GraphQLSchema): ComplexityEstimator {
  const types = Object.values(schema.getTypeMap());
  const mean = (counts: number[]) =>
    counts.length ? Math.max(1, Math.ceil(counts.reduce((a, b) => a + b, 0) / counts.length)) : 1;
  const withFields = types.filter((t) => isObjectType(t) || isInterfaceType(t));
  const fields = withFields.flatMap((t) => Object.values(t.getFields()));
  const lengths = new Map<string, number>([
    ['__Schema.types', types.length],
    ['__Schema.directives', schema.getDirectives().length],
    ['__Type.fields', mean(withFields.map((t) => Object.keys(t.getFields()).length))],
    ['__Type.inputFields', mean(types.filter(isInputObjectType).map((t) => Object.keys(t.getFields()).length))],
    ['__Type.enumValues', mean(types.filter(isEnumType).map((t) => t.getValues().length))],
    ['__Type.interfaces', mean(withFields.map((t) => t.getInterfaces().length))],
    ['__Type.possibleTypes', mean(types.filter(isAbstractType).map((t) => schema.getPossibleTypes(t).length))],
    ['__Field.args', mean(fields.map((f) => f.args.length))],
    ['__Directive.args', mean(schema.getDirectives().map((d) => d.args.length))],
  ]);
  return ({ type, field, childComplexity }) => {
    // A type reference (`type`, `ofType`) is a pointer already in memory, not an object to build.
    if (type.name.startsWith('__') && (field.name === 'type' || field.name === 'ofType')) return childComplexity;
    const length = lengths.get(`${type.name}.${field.name}`);
    return length === undefined ? undefined : 1 + length * Math.max(1, childComplexity);
  };
}

export function rateLimitKey(ctx: Context): string {
  if (!ctx.viewer) return `anon:${ctx.clientIp}`;
  return ctx.viewer.keyId === null ? 'platform-admin' : `key:${ctx.viewer.keyId}`;
}

type Price = { requested: number; oversized: string | undefined } | null;

/** Prices an operation (introspection included, like any field); null when its variables do not fit (execution refuses it). */
function price(
  schema: GraphQLSchema,
  introspection: ComplexityEstimator,
  document: DocumentNode,
  operation: OperationDefinitionNode | undefined,
  variables: Record<string, unknown>,
): Price {
  if (getVariableValues(schema, operation?.variableDefinitions ?? [], variables).errors) return null;
  const oversized: string[] = [];
  // Priced for the operation Apollo resolved: the raw operationName ("" or a stray name) would crash the estimator.
  const requested = getComplexity({
    schema,
    query: document,
    variables,
    operationName: operation?.name?.value,
    estimators: [pageSizeCheck(oversized), introspection, costEstimator],
  });
  return { requested, oversized: oversized[0] };
}

type PriceOf = (
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode | undefined,
  variables: Record<string, unknown>,
) => Price;

/** Prices kept per parsed document (Apollo reuses the same object for the same query text), a few variable sets each. */
const PRICES_PER_DOCUMENT = 64;

function cachedPrice(schema: GraphQLSchema): PriceOf {
  const introspection = introspectionEstimator(schema);
  const cache = new WeakMap<DocumentNode, Map<string, Price>>();
  return (_schema, document, operation, variables) => {
    let byVariables = cache.get(document);
    if (!byVariables) cache.set(document, (byVariables = new Map<string, Price>()));
    const key = `${operation?.name?.value ?? ''}\u0000${JSON.stringify(variables)}`;
    if (byVariables.has(key)) return byVariables.get(key) as Price;
    const found = price(schema, introspection, document, operation, variables);
    if (byVariables.size >= PRICES_PER_DOCUMENT) byVariables.clear();
    byVariables.set(key, found);
    return found;
  };
}

/**
 * Prices every operation before it runs (a connection by its requested page size, a what-if by
 * its measured work, introspection like any other field), refuses introspection to a caller the
 * configured mode does not allow (UPLIFT_INTROSPECTION), refuses it above the cost limit or when the key's bucket is short, and
 * reports requested and actual cost in `extensions.cost` so clients can pace themselves.
 */
export function costPlugin(
  schema: GraphQLSchema,
  limits: QueryLimits,
  limiter: RateLimiter,
  introspection: IntrospectionMode = 'key',
): ApolloServerPlugin<Context> {
  const priceOf = cachedPrice(schema);
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, request, contextValue, operation }) {
          // Here rather than in a plugin of its own: a refused introspection must not take points from the bucket.
          if (!mayIntrospect(introspection, contextValue) && selectsIntrospection(document))
            throw introspectionRefused();
          // Variables that do not fit their types are refused by execution before any resolver runs (400).
          const found = priceOf(schema, document, operation, request.variables ?? {});
          if (!found) return;
          const { requested, oversized } = found;
          if (oversized) {
            throw new GraphQLError(`${oversized}: at most ${MAX_PAGE_SIZE} items can be requested per page`, {
              extensions: { code: 'BAD_USER_INPUT', field: oversized, http: { status: 400 } },
            });
          }
          contextValue.cost.requested = requested;
          if (requested > limits.maxCost) {
            throw new GraphQLError(
              `This query would cost ${requested} points; at most ${limits.maxCost} are allowed. Ask for smaller pages (first/last) or fewer nested lists, or split the work (fewer aliases, smaller previews or imports).`,
              {
                extensions: {
                  code: 'COST_LIMIT_EXCEEDED',
                  cost: { requestedQueryCost: requested, maximumCost: limits.maxCost },
                  http: { status: 400 },
                },
              },
            );
          }
          const bucket = await limiter.take(rateLimitKey(contextValue), requested);
          contextValue.cost.available = bucket.available;
          if (!bucket.allowed) {
            throw new GraphQLError(
              `Rate limit: this query costs ${requested} points and your key has ${bucket.available} left; retry in ${bucket.retryAfterSeconds} s.`,
              {
                extensions: {
                  code: 'RATE_LIMITED',
                  retryAfter: bucket.retryAfterSeconds,
                  http: { status: 429, headers: new Map([['retry-after', String(bucket.retryAfterSeconds)]]) },
                },
              },
            );
          }
        },
        async willSendResponse({ response, contextValue }) {
          const cost = contextValue.cost;
          if (cost.requested === 0 && cost.extra === 0) return;
          if (cost.extra > 0) cost.available = (await limiter.charge(rateLimitKey(contextValue), cost.extra)).available;
          if (response.body.kind !== 'single') return;
          response.body.singleResult.extensions = {
            ...response.body.singleResult.extensions,
            cost: {
              requestedQueryCost: cost.requested,
              actualQueryCost: cost.requested + cost.extra,
              throttleStatus: limiter.config.enabled
                ? {
                    maximumAvailable: limiter.config.capacity,
                    currentlyAvailable: cost.available,
                    restoreRate: limiter.config.restorePerSecond,
                  }
                : null,
            },
          };
        },
      };
    },
  };
}
