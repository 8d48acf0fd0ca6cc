import {
  getNamedType,
  getVariableValues,
  GraphQLError,
  type DocumentNode,
  type GraphQLSchema,
  Kind,
  type OperationDefinitionNode,
} from 'graphql';
import type { ComplexityEstimator } from 'graphql-query-complexity';
import type { ApolloServerPlugin } from '@apollo/server';
import { getComplexity } from 'graphql-query-complexity';
import type { RateLimiter } from './rate-limit';
import type { Context } from '../core/context';
import { costEstimator, type QueryLimits } from './limits';
import { MAX_PAGE_SIZE } from '../core/connection';

/** Introspection alone (codegen, Sandbox, BI connectors) is free. */
function introspectionOnly(document: DocumentNode): boolean {
  return document.definitions.every(
    (d) =>
      d.kind !== Kind.OPERATION_DEFINITION ||
      d.selectionSet.selections.every((s) => s.kind === Kind.FIELD && s.name.value.startsWith('__')),
  );
}

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

export function rateLimitKey(ctx: Context): string {
  if (!ctx.viewer) return `anon:${ctx.clientIp}`;
  return ctx.viewer.keyId === null ? 'platform-admin' : `key:${ctx.viewer.keyId}`;
}

type Price = { requested: number; oversized: string | undefined } | null;

/** Prices an operation; null when it is free (introspection) or its variables do not fit (execution refuses it). */
function price(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode | undefined,
  variables: Record<string, unknown>,
): Price {
  if (introspectionOnly(document)) return null;
  if (getVariableValues(schema, operation?.variableDefinitions ?? [], variables).errors) return null;
  const oversized: string[] = [];
  // Priced for the operation Apollo resolved: the raw operationName ("" or a stray name) would crash the estimator.
  const requested = getComplexity({
    schema,
    query: document,
    variables,
    operationName: operation?.name?.value,
    estimators: [pageSizeCheck(oversized), costEstimator],
  });
  return { requested, oversized: oversized[0] };
}

/** Prices kept per parsed document (Apollo reuses the same object for the same query text), a few variable sets each. */
const PRICES_PER_DOCUMENT = 64;

function cachedPrice(schema: GraphQLSchema): typeof price {
  const cache = new WeakMap<DocumentNode, Map<string, Price>>();
  return (_schema, document, operation, variables) => {
    let byVariables = cache.get(document);
    if (!byVariables) cache.set(document, (byVariables = new Map<string, Price>()));
    const key = `${operation?.name?.value ?? ''}\u0000${JSON.stringify(variables)}`;
    if (byVariables.has(key)) return byVariables.get(key) as Price;
    const found = price(schema, document, operation, variables);
    if (byVariables.size >= PRICES_PER_DOCUMENT) byVariables.clear();
    byVariables.set(key, found);
    return found;
  };
}

/**
 * Prices every operation before it runs (a connection by its requested page size, a what-if by
 * its simulation work), refuses it above the cost limit or when the key's bucket is short, and
 * reports requested and actual cost in `extensions.cost` so clients can pace themselves.
 */
export function costPlugin(
  schema: GraphQLSchema,
  limits: QueryLimits,
  limiter: RateLimiter,
): ApolloServerPlugin<Context> {
  const priceOf = cachedPrice(schema);
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, request, contextValue, operation }) {
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
              `This query would cost ${requested} points; at most ${limits.maxCost} are allowed. Ask for smaller pages (first/last) or fewer nested lists.`,
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
