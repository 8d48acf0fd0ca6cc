/** The GraphQL errors of an answer, mapped to one ApiError (pure: no fetch, no storage). */

export interface GraphQLErrorLike {
  message: string;
  path?: readonly (string | number)[];
  extensions?: Record<string, unknown>;
}

export class ApiError extends Error {
  readonly code: string;
  readonly field?: string;
  readonly requestId?: string;
  readonly status?: number;
  readonly errors: readonly GraphQLErrorLike[];

  constructor(
    message: string,
    init: { code: string; field?: string; requestId?: string; status?: number; errors?: readonly GraphQLErrorLike[] },
  ) {
    super(message);
    this.name = 'ApiError';
    this.code = init.code;
    this.field = init.field;
    this.requestId = init.requestId;
    this.status = init.status;
    this.errors = init.errors ?? [];
  }

  /** The message of the error about `field` (exact, or a path ending in it), if any. */
  messageFor(field: string): string | undefined {
    const hit = this.errors.find((e) => fieldMatches(stringExt(e.extensions, 'field'), field));
    return hit?.message;
  }
}

function stringExt(ext: Record<string, unknown> | undefined, key: string): string | undefined {
  const v = ext?.[key];
  return typeof v === 'string' ? v : undefined;
}

/** `changes[0].add[1].creditsApplied` matches `creditsApplied` and `changes[0].add[1].creditsApplied`. */
export function fieldMatches(actual: string | undefined, wanted: string): boolean {
  if (!actual) return false;
  if (actual === wanted) return true;
  return actual.endsWith(`.${wanted}`) || actual.endsWith(`]${wanted}`);
}

/** One ApiError from an HTTP status and a GraphQL response body (or null when it was not JSON). */
export function toApiError(status: number, body: unknown): ApiError {
  const errors = readErrors(body);
  if (errors.length > 0) {
    const first = errors.find((e) => stringExt(e.extensions, 'code') === 'UNAUTHENTICATED') ?? errors[0];
    const code = stringExt(first.extensions, 'code') ?? (status === 401 ? 'UNAUTHENTICATED' : 'GRAPHQL_ERROR');
    return new ApiError(first.message, {
      code,
      field: stringExt(first.extensions, 'field'),
      requestId: stringExt(first.extensions, 'requestId'),
      status,
      errors,
    });
  }
  if (status === 401) return new ApiError('The API key was refused.', { code: 'UNAUTHENTICATED', status });
  if (status === 429)
    return new ApiError('Too many requests: wait a moment and try again.', { code: 'RATE_LIMITED', status });
  return new ApiError(`The server answered ${status} without a GraphQL result.`, { code: `HTTP_${status}`, status });
}

export function readErrors(body: unknown): GraphQLErrorLike[] {
  if (!body || typeof body !== 'object') return [];
  const errors = (body as { errors?: unknown }).errors;
  if (!Array.isArray(errors)) return [];
  return errors
    .filter((e): e is Record<string, unknown> => !!e && typeof e === 'object')
    .map((e) => ({
      message: typeof e.message === 'string' ? e.message : 'Unknown error',
      path: Array.isArray(e.path) ? (e.path as (string | number)[]) : undefined,
      extensions:
        e.extensions && typeof e.extensions === 'object' ? (e.extensions as Record<string, unknown>) : undefined,
    }));
}

export function isAbort(error: unknown): boolean {
  return error instanceof DOMException
    ? error.name === 'AbortError'
    : !!error && typeof error === 'object' && (error as { name?: unknown }).name === 'AbortError';
}
