import { AsyncLocalStorage } from 'node:async_hooks';
import Negotiator from 'negotiator';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import type { ApolloServerPlugin } from '@apollo/server';
import type { Context } from '../core/context';
import type { Logger } from '../core/logger';
import { formatError } from './format-error';

/** GraphQL over HTTP: media types, status codes, request ids on errors, and error logging. */

export const GRAPHQL_RESPONSE_JSON = 'application/graphql-response+json';
export const APPLICATION_JSON = 'application/json';

/** The request id of the request being served (set for everything under /graphql). */
export const requestIds = new AsyncLocalStorage<string>();

/** The media type a GraphQL response gets, negotiated with the library Apollo Server itself uses; null: neither. */
export function responseMediaType(accept: string | undefined): string | null {
  if (!accept) return APPLICATION_JSON; // legacy clients
  // Clients send the same few Accept headers on every request: each is negotiated once (bounded).
  let type = negotiated.get(accept);
  if (type === undefined) {
    type = new Negotiator({ headers: { accept } }).mediaType([APPLICATION_JSON, GRAPHQL_RESPONSE_JSON]) ?? null;
    if (negotiated.size >= 100) negotiated.clear();
    negotiated.set(accept, type);
  }
  return type;
}
const negotiated = new Map<string, string | null>();

/** Details the limit errors carry for clients: the offending argument, when to retry, the price. */
const LIMIT_DETAILS = ['field', 'retryAfter', 'cost'] as const;

/**
 * What every error looks like to a client, after formatError: the request id added, the details of
 * a limit error kept, and in production no field suggestions ("Did you mean …?").
 */
export function clientError(
  formatted: GraphQLFormattedError,
  error: unknown,
  production: boolean,
): GraphQLFormattedError {
  const requestId = requestIds.getStore();
  const extensions: Record<string, unknown> = { ...formatted.extensions };
  if (error instanceof GraphQLError && !error.originalError && extensions.code !== 'INTERNAL_SERVER_ERROR') {
    for (const key of LIMIT_DETAILS)
      if (extensions[key] === undefined && error.extensions[key] !== undefined) extensions[key] = error.extensions[key];
  }
  if (requestId) extensions.requestId = requestId;
  const message = production ? formatted.message.replace(/\s*Did you mean [^?]*\?/g, '') : formatted.message;
  return { ...formatted, message, extensions };
}

/**
 * Status codes as GraphQL over HTTP says: with application/graphql-response+json a request error
 * (parse, validation, a limit; no data) is a 4xx; with legacy application/json every well-formed
 * request gets 200 whatever its GraphQL errors. Throttling (429) and authentication (401) keep theirs.
 */
export function statusPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ request, response }) {
          if (response.body.kind !== 'single') return;
          const type = responseMediaType(request.http?.headers.get('accept'));
          if (!type) return; // Apollo answers 406
          if (!response.http.headers.get('content-type'))
            response.http.headers.set('content-type', `${type}; charset=utf-8`);
          // A malformed request (no query, variables not an object …: BAD_REQUEST) stays a 400 with either type.
          const malformed = response.body.singleResult.errors?.some((e) => e.extensions?.code === 'BAD_REQUEST');
          if (type === APPLICATION_JSON && response.http.status === 400 && !malformed) response.http.status = 200;
        },
      };
    },
  };
}

/** Every error is logged once, as JSON with the request id (the client gets the id in each error, see clientError). */
export function errorLogPlugin(log: Logger): ApolloServerPlugin<Context> {
  return {
    async contextCreationDidFail({ error }) {
      const code = error instanceof GraphQLError ? error.extensions.code : undefined;
      log[code ? 'info' : 'error'](
        {
          requestId: requestIds.getStore(),
          code: code ?? 'INTERNAL_SERVER_ERROR',
          err: code ? undefined : error,
          message: code ? error.message : undefined,
        },
        code ? 'request error' : 'unexpected error',
      );
    },
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, contextValue, operationName }) {
          for (const err of errors) {
            // Classified by the same mapping clients see (a domain error has its code only after formatError).
            const mapped = formatError({ message: err.message }, err).extensions?.code;
            const code = typeof mapped === 'string' ? mapped : 'INTERNAL_SERVER_ERROR';
            const internal = code === 'INTERNAL_SERVER_ERROR';
            log[internal ? 'error' : 'info'](
              {
                requestId: contextValue?.requestId,
                operationName,
                code,
                path: err.path,
                err: internal ? (err.originalError ?? err) : undefined,
                message: internal ? undefined : err.message,
              },
              internal ? 'unexpected error' : 'request error',
            );
          }
        },
      };
    },
  };
}
