import { ConnectionException } from '@mikro-orm/core';

export type ErrorCode =
  'BAD_USER_INPUT' | 'NOT_FOUND' | 'FORBIDDEN' | 'UNAUTHENTICATED' | 'CONFLICT' | 'INTERNAL_SERVER_ERROR';

/**
 * A rule of the domain that a request broke. Services and rules throw these, never GraphQL errors:
 * the wiring's one error handler (src/app/format-error.ts) maps them to what a client sees.
 */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    /** Input path of the offending field, e.g. "input.baseline.retentionRate". */
    readonly field?: string,
    /**
     * HTTP status for a request refused as a whole before anything ran or was written (an unreadable document):
     * GraphQL errors take their extensions from the original error, and Apollo sets the status from `http`.
     */
    readonly status?: number,
  ) {
    super(message);
  }

  get extensions(): { http: { status: number } } | undefined {
    return this.status === undefined ? undefined : { http: { status: this.status } };
  }
}

export const badInput = (field: string, message: string) => new DomainError('BAD_USER_INPUT', message, field);
export const notFound = (what: string, field = 'id') => new DomainError('NOT_FOUND', `${what} was not found.`, field);
export const forbidden = (message: string) => new DomainError('FORBIDDEN', message);
export const unauthenticated = () =>
  new DomainError('UNAUTHENTICATED', 'An API key is required: send "Authorization: Bearer <key>".');
export const conflict = (what: string, field = 'input.expectedVersion') =>
  new DomainError('CONFLICT', `${what} was changed by someone else since you read it; reload it and try again.`, field);

/** Lost or refused database connections: the request may succeed if retried. */
export function isDatabaseUnavailable(err: unknown): boolean {
  if (err instanceof ConnectionException) return true;
  const message = err instanceof Error ? err.message : '';
  return /ECONNREFUSED|ECONNRESET|Connection terminated|Timeout acquiring a connection|Query read timeout|connect ETIMEDOUT/i.test(
    message,
  );
}
