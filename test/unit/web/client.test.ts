import { afterEach, describe, expect, it, jest } from '@jest/globals';
import { ViewerDocument } from '../../../schema/client/graphql';
import { ApiError, onUnauthenticated, request } from '../../../web/src/lib/client';

type FetchArgs = [string, RequestInit];

function mockFetch(status: number, body: unknown) {
  const fn = jest.fn(async (..._args: FetchArgs) => new Response(JSON.stringify(body), { status }));
  globalThis.fetch = fn as unknown as typeof fetch;
  return fn;
}

const realFetch = globalThis.fetch;
afterEach(() => {
  globalThis.fetch = realFetch;
});

describe('request', () => {
  it('posts the printed document with the key and the GraphQL content types', async () => {
    const data = { viewer: { role: 'PLANNER', institution: null } };
    const fetchMock = mockFetch(200, { data });
    await expect(request(ViewerDocument, {}, { key: 'upl_abc' })).resolves.toEqual(data);
    const [url, init] = fetchMock.mock.calls[0];
    expect(url).toBe('/graphql');
    expect(init.method).toBe('POST');
    expect(init.headers).toEqual({
      authorization: 'Bearer upl_abc',
      'content-type': 'application/json',
      accept: 'application/graphql-response+json, application/json',
    });
    const body = JSON.parse(init.body as string) as { query: string; variables: unknown };
    expect(body.query).toMatch(/^query Viewer \{\n {2}viewer \{/);
    expect(body.variables).toEqual({});
  });

  it('throws an ApiError with the code and field of the first error', async () => {
    mockFetch(200, {
      data: null,
      errors: [
        {
          message: 'horizonYears must not be greater than 30',
          extensions: { code: 'BAD_USER_INPUT', field: 'input.horizonYears' },
        },
      ],
    });
    const error = await request(ViewerDocument, {}, { key: 'k' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).code).toBe('BAD_USER_INPUT');
    expect((error as ApiError).field).toBe('input.horizonYears');
  });

  it('tells the app when the key is refused', async () => {
    mockFetch(401, { errors: [{ message: 'The API key has been revoked.', extensions: { code: 'UNAUTHENTICATED' } }] });
    const reasons: string[] = [];
    const off = onUnauthenticated((r) => reasons.push(r));
    await expect(request(ViewerDocument, {}, { key: 'k' })).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    off();
    await expect(request(ViewerDocument, {}, { key: 'k' })).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(reasons).toEqual(['The API key has been revoked.']);
  });

  it('reports a server that cannot be reached', async () => {
    globalThis.fetch = async () => {
      throw new TypeError('fetch failed');
    };
    await expect(request(ViewerDocument, {}, { key: 'k' })).rejects.toMatchObject({ code: 'NETWORK' });
  });
});
