import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { getMetadataStorage } from 'type-graphql';
import { OptimisticLockError, UniqueConstraintViolationException } from '@mikro-orm/core';
import { DomainError, isDatabaseUnavailable } from '../core/errors';

interface ValidationIssue {
  property: string;
  target?: object;
  constraints?: Record<string, string>;
  children?: ValidationIssue[];
}

/** Arguments of an @ArgsType class (first, after, filter …) are named as they are; an input object's fields under "input". */
function validationPrefix(issues: ValidationIssue[]): string {
  const target = issues[0]?.target;
  return target && getMetadataStorage().argumentTypes.some((a) => a.target === target.constructor) ? '' : 'input';
}

function firstValidationIssue(issues: ValidationIssue[], prefix: string): { field: string; message: string } | null {
  for (const issue of issues) {
    const field = prefix ? `${prefix}.${issue.property}` : issue.property;
    const message = issue.constraints ? Object.values(issue.constraints)[0] : undefined;
    if (message) return { field, message };
    const nested = firstValidationIssue(issue.children ?? [], field);
    if (nested) return nested;
  }
  return null;
}

/**
 * The one place where errors become what a client sees: domain errors keep their code and field,
 * validation errors name the first offending field, and anything unexpected is reduced to a generic
 * message (the original is logged by the server, with the request id).
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
  const base = { locations: formatted.locations, path: formatted.path };
  if (original instanceof DomainError) {
    return {
      ...base,
      message: original.message,
      extensions: { code: original.code, ...(original.field ? { field: original.field } : {}) },
    };
  }
  if (original instanceof OptimisticLockError) {
    return {
      ...base,
      message: 'The object was changed by someone else since you read it; reload it and try again.',
      extensions: { code: 'CONFLICT' },
    };
  }
  if (original instanceof UniqueConstraintViolationException) {
    return {
      ...base,
      message: 'That would create a duplicate of an existing record.',
      extensions: { code: 'CONFLICT' },
    };
  }
  // Apollo wraps parse, validation and variable errors around graphql-js's error: its code is on the wrapper.
  const outer = error instanceof GraphQLError && error !== original ? error.extensions : {};
  const ext = { ...outer, ...((original instanceof GraphQLError ? original.extensions : formatted.extensions) ?? {}) };
  const code = typeof ext.code === 'string' ? ext.code : undefined;
  if (code === 'BAD_USER_INPUT' && Array.isArray(ext.validationErrors)) {
    const issue = firstValidationIssue(
      ext.validationErrors as ValidationIssue[],
      validationPrefix(ext.validationErrors as ValidationIssue[]),
    );
    return {
      ...base,
      message: issue ? `${issue.field}: ${issue.message}` : formatted.message,
      extensions: { code, ...(issue ? { field: issue.field } : {}) },
    };
  }
  if (code === 'UNAUTHORIZED') {
    return { ...base, message: 'Your API key does not have the role this needs.', extensions: { code: 'FORBIDDEN' } };
  }
  if (code && code !== 'INTERNAL_SERVER_ERROR') {
    // Authentication, limit, parse and validation errors: their messages are about the request itself.
    // Their own extensions (retryAfter, cost …) stay; transport details never reach the client.
    const { stacktrace: _s, http: _h, exception: _e, ...safe } = ext as Record<string, unknown>;
    return { ...base, message: formatted.message, extensions: { ...safe, code } };
  }
  if (original instanceof GraphQLError && !original.originalError && !original.path) {
    // Raised by Apollo about the request itself before execution (e.g. a malformed persisted-query extension).
    return { ...base, message: formatted.message, extensions: { code: 'BAD_REQUEST' } };
  }
  if (isDatabaseUnavailable(original)) {
    return {
      ...base,
      message: 'The database is unavailable right now; retry shortly.',
      extensions: { code: 'SERVICE_UNAVAILABLE' },
    };
  }
  // Never the message itself: it can hold SQL. The server's log has it, under the request id.
  return { ...base, message: 'Internal server error.', extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}
