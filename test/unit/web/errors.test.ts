import { describe, expect, it } from '@jest/globals';
import { ApiError, fieldMatches, isAbort, toApiError } from '../../../web/src/lib/errors';

describe('toApiError', () => {
  it('maps a rule violation to its code, field, message and request id', () => {
    const e = toApiError(200, {
      data: null,
      errors: [
        {
          message:
            '"Google Data Analytics Professional Certificate" is worth 12 US_CREDIT_HOUR here; 60 cannot be applied.',
          path: ['createScenario'],
          extensions: { code: 'BAD_USER_INPUT', field: 'input.changes.0.add.0.creditsApplied', requestId: 'r-1' },
        },
      ],
    });
    expect(e).toBeInstanceOf(ApiError);
    expect(e).toBeInstanceOf(Error);
    expect(e.code).toBe('BAD_USER_INPUT');
    expect(e.field).toBe('input.changes.0.add.0.creditsApplied');
    expect(e.requestId).toBe('r-1');
    expect(e.message).toMatch(/60 cannot be applied/);
    expect(e.errors).toHaveLength(1);
    expect(e.messageFor('changes.0.add.0.creditsApplied')).toMatch(/60 cannot be applied/);
    expect(e.messageFor('changes.0.add.1.creditsApplied')).toBeUndefined();
  });

  it('prefers UNAUTHENTICATED among several errors', () => {
    const e = toApiError(401, {
      errors: [
        { message: 'other', extensions: { code: 'BAD_USER_INPUT' } },
        { message: 'The API key is not valid.', extensions: { code: 'UNAUTHENTICATED' } },
      ],
    });
    expect(e.code).toBe('UNAUTHENTICATED');
    expect(e.message).toBe('The API key is not valid.');
    expect(e.status).toBe(401);
  });

  it('names HTTP failures without a GraphQL body', () => {
    expect(toApiError(401, null).code).toBe('UNAUTHENTICATED');
    expect(toApiError(429, 'Too Many').code).toBe('RATE_LIMITED');
    expect(toApiError(502, null).code).toBe('HTTP_502');
    expect(toApiError(500, { errors: [{ message: 'boom' }] }).code).toBe('GRAPHQL_ERROR');
  });
});

describe('fieldMatches', () => {
  it('matches a field by its full path or its tail', () => {
    expect(fieldMatches('input.horizonYears', 'horizonYears')).toBe(true);
    expect(fieldMatches('input.changes.0.add.0.creditsApplied', 'changes.0.add.0.creditsApplied')).toBe(true);
    expect(fieldMatches('input.changes.0.add.0.creditsApplied', 'add.1.creditsApplied')).toBe(false);
    expect(fieldMatches('input.seeds', 'seed')).toBe(false);
    expect(fieldMatches(undefined, 'seed')).toBe(false);
  });
});

describe('isAbort', () => {
  it('recognises an aborted fetch', () => {
    const abort = new Error('aborted');
    abort.name = 'AbortError';
    expect(isAbort(abort)).toBe(true);
    expect(isAbort(new Error('x'))).toBe(false);
  });
});
