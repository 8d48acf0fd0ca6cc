import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pino from 'pino';
import { testTargets, createTestDatabase, type TestDatabase } from '../support/databases';
import { ADMIN_KEY, ok, startTestServer, type TestServer } from '../support/server';
import type { AppConfig } from '../../src/config';
import { DEFAULT_LIMITS } from '../../src/app/limits';
import { DEFAULT_RATE_LIMIT } from '../../src/app/rate-limit';
import { startServer, type RunningServer } from '../../src/app/server';
import { DegreeProgram } from '../../src/modules/program/degree-program.entity';

/**
 * GraphQL over HTTP (issue 4 items 3, 4 and 6): media types and status codes as the
 * GraphQL-over-HTTP specification gives them, GET for queries only, CSRF prevention, introspection
 * on by default and switchable off, bodies that are not JSON or too large, the request id in every
 * error and in the x-request-id header, /healthz and /readyz; in production no stack trace, SQL,
 * internal message or field suggestion reaches a client while the log has it all, as JSON with the
 * request id; and a graceful close that lets an in-flight request finish.
 */

const GRAPHQL_RESPONSE = 'application/graphql-response+json';
interface ErrorT {
  message: string;
  extensions?: { code?: string; field?: string; requestId?: string } & Record<string, unknown>;
}
interface Body<T = unknown> {
  data?: T | null;
  errors?: ErrorT[];
  extensions?: Record<string, unknown>;
}
interface Reply<T = unknown> {
  status: number;
  headers: Headers;
  text: string;
  body: Body<T> | null;
}

async function send<T = unknown>(
  url: string,
  init: { method?: string; headers?: Record<string, string>; body?: string; query?: Record<string, string> } = {},
): Promise<Reply<T>> {
  const target = new URL(url);
  for (const [k, v] of Object.entries(init.query ?? {})) target.searchParams.set(k, v);
  const res = await fetch(target, { method: init.method ?? 'POST', headers: init.headers, body: init.body });
  const text = await res.text();
  let body: Body<T> | null;
  try {
    body = JSON.parse(text) as Body<T>;
  } catch {
    body = null;
  }
  return { status: res.status, headers: res.headers, text, body };
}

const json = (payload: unknown) => JSON.stringify(payload);
const bearer = (key: string) => ({ authorization: `Bearer ${key}` });
const CREATE_PROGRAM = 'mutation($input: CreateProgramInput!) { createProgram(input: $input) { program { id } } }';
const programInput = (code: string) => ({
  code,
  title: `HTTP ${code}`,
  level: 'BACHELOR',
  modality: 'ONLINE',
  totalCredits: 120,
  durationYears: 4,
  tuitionPerCredit: 300,
  baseline: { annualProspects: 1000, annualNewEnrollments: 100, engagementRate: 0.5, retentionRate: 0.8 },
});

/** Every error of the reply carries the request id of the x-request-id header. */
function expectRequestIds(reply: Reply): void {
  const header = reply.headers.get('x-request-id');
  expect(header).toMatch(/^[\w-]{1,100}$/);
  expect(reply.body?.errors?.length).toBeGreaterThan(0);
  for (const e of reply.body!.errors!) expect(e.extensions?.requestId).toBe(header);
}

describe.each(testTargets())('GraphQL over HTTP on %s', (target) => {
  let t: TestServer;
  let url: string;
  const programCount = () => t.server.orm.em.fork().count(DegreeProgram, {});
  const post = <T = unknown>(payload: unknown, headers: Record<string, string> = {}) =>
    send<T>(url, {
      headers: { 'content-type': 'application/json', ...bearer(t.keys.planner), ...headers },
      body: json(payload),
    });

  beforeAll(async () => {
    t = await startTestServer(target);
    url = t.url;
  });
  afterAll(async () => {
    await t?.close();
  });

  describe('media types and status codes', () => {
    it('answers application/graphql-response+json when asked, application/json otherwise', async () => {
      const modern = await post<{ viewer: { role: string } }>(
        { query: '{ viewer { role } }' },
        { accept: GRAPHQL_RESPONSE },
      );
      expect(modern.status).toBe(200);
      expect(modern.headers.get('content-type')).toBe(`${GRAPHQL_RESPONSE}; charset=utf-8`);
      expect(modern.body?.data).toEqual({ viewer: { role: 'PLANNER' } });
      const preferred = await post(
        { query: '{ viewer { role } }' },
        { accept: `${GRAPHQL_RESPONSE}, application/json;q=0.9` },
      );
      expect(preferred.headers.get('content-type')).toBe(`${GRAPHQL_RESPONSE}; charset=utf-8`);
      for (const accept of [undefined, 'application/json', '*/*', `application/json, ${GRAPHQL_RESPONSE};q=0.5`]) {
        const legacy = await post({ query: '{ viewer { role } }' }, accept ? { accept } : {});
        expect(legacy.status).toBe(200);
        expect(legacy.headers.get('content-type')).toBe('application/json; charset=utf-8');
      }
      const neither = await post({ query: '{ viewer { role } }' }, { accept: 'text/csv' });
      expect(neither.status).toBe(406);
    });

    it.each([
      ['a parse error', { query: '{ viewer { role ' }, /^Syntax Error/],
      ['a validation error', { query: '{ viewer { nope } }' }, /Cannot query field "nope" on type "Viewer"/],
      [
        'a variable of the wrong type',
        { query: 'query($n: Int) { programs(first: $n) { totalCount } }', variables: { n: 'ten' } },
        /Variable "\$n" got invalid value "ten"/,
      ],
      [
        'a missing required variable',
        { query: 'query($id: ID!) { program(id: $id) { id } }', variables: {} },
        /Variable "\$id" of required type "ID!" was not provided/,
      ],
      [
        'an unknown operation name',
        { query: 'query A { viewer { role } }', operationName: 'B' },
        /Unknown operation named "B"/,
      ],
    ])(
      '%s: 400 with application/graphql-response+json, 200 with application/json; no data either way',
      async (_what, payload, message) => {
        const modern = await post(payload, { accept: GRAPHQL_RESPONSE });
        expect(modern.status).toBe(400);
        expect(modern.headers.get('content-type')).toBe(`${GRAPHQL_RESPONSE}; charset=utf-8`);
        expect(modern.body?.data).toBeUndefined();
        expect(modern.body?.errors?.[0].message).toMatch(message);
        expect(modern.body?.errors?.[0].extensions?.code).not.toBe('INTERNAL_SERVER_ERROR');
        expectRequestIds(modern);
        const legacy = await post(payload, { accept: 'application/json' });
        expect(legacy.status).toBe(200);
        expect(legacy.headers.get('content-type')).toBe('application/json; charset=utf-8');
        expect(legacy.body?.data).toBeUndefined();
        expect(legacy.body?.errors?.[0].message).toMatch(message);
      },
    );

    it('a field error keeps 200 and the partial data with either media type', async () => {
      for (const accept of [GRAPHQL_RESPONSE, 'application/json']) {
        const res = await post<{ viewer: { role: string }; program: null }>(
          { query: '{ viewer { role } program(id: "bm90LWFuLWlk") { id } }' },
          { accept },
        );
        expect(res.status).toBe(200);
        expect(res.body?.data).toEqual({ viewer: { role: 'PLANNER' }, program: null });
        expect(res.body?.errors?.[0].extensions?.code).toMatch(/^(NOT_FOUND|BAD_USER_INPUT)$/);
      }
    });
  });

  describe('GET', () => {
    const preflight = { 'apollo-require-preflight': 'true' };

    it('runs a query', async () => {
      const res = await send<{ programs: { totalCount: number } }>(url, {
        method: 'GET',
        headers: { ...bearer(t.keys.viewer), ...preflight, accept: GRAPHQL_RESPONSE },
        query: {
          query: 'query($s: String) { programs(filter: { search: $s }) { totalCount } }',
          variables: json({ s: 'nursing' }),
        },
      });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe(`${GRAPHQL_RESPONSE}; charset=utf-8`);
      expect(res.body?.data?.programs.totalCount).toBeGreaterThanOrEqual(1);
    });

    it('refuses a mutation with 405 and writes nothing', async () => {
      const before = await programCount();
      const res = await send(url, {
        method: 'GET',
        headers: { ...bearer(t.keys.planner), ...preflight },
        query: { query: CREATE_PROGRAM, variables: json({ input: programInput('HTTP-GET') }) },
      });
      expect(res.status).toBe(405);
      expect(res.body?.errors?.[0].message).toMatch(/GET requests only support query operations/);
      expectRequestIds(res);
      expect(await programCount()).toBe(before);
      expect(await t.server.orm.em.fork().count(DegreeProgram, { code: 'HTTP-GET' })).toBe(0);
    });

    it('refuses other methods with 405', async () => {
      const res = await send(url, {
        method: 'PUT',
        headers: { 'content-type': 'application/json', ...bearer(t.keys.planner) },
        body: json({ query: '{ viewer { role } }' }),
      });
      expect(res.status).toBe(405);
      expectRequestIds(res);
    });
  });

  describe('CSRF prevention', () => {
    it('refuses a GET without a preflight-forcing header, running nothing', async () => {
      const res = await send(url, {
        method: 'GET',
        headers: bearer(t.keys.viewer),
        query: { query: '{ viewer { role } }' },
      });
      expect(res.status).toBe(400);
      expect(res.body?.errors?.[0].message).toMatch(/Cross-Site Request Forgery/);
      expect(res.body?.data).toBeUndefined();
      expectRequestIds(res);
    });

    it.each(['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x'])(
      'refuses a POST with the simple content type %s, writing nothing',
      async (contentType) => {
        const before = await programCount();
        const res = await send(url, {
          headers: { 'content-type': contentType, ...bearer(t.keys.planner) },
          body: json({ query: CREATE_PROGRAM, variables: { input: programInput('HTTP-CSRF') } }),
        });
        expect(res.status).toBe(400);
        expect(res.body?.errors?.[0].message).toMatch(/Cross-Site Request Forgery/);
        expect(await programCount()).toBe(before);
      },
    );
  });

  describe('request bodies', () => {
    it.each(['{"query": "{ viewer { role } }",', 'nope', '42', 'null'])(
      'answers the body %j with a JSON 400, never an HTML page or a stack',
      async (raw) => {
        const res = await send(url, {
          headers: { 'content-type': 'application/json', ...bearer(t.keys.planner), accept: GRAPHQL_RESPONSE },
          body: raw,
        });
        expect(res.status).toBe(400);
        expect(res.headers.get('content-type')).toMatch(/^application\/graphql-response\+json/);
        expect(res.body?.errors?.[0].extensions?.code).toBe('BAD_REQUEST');
        expect(res.text).not.toMatch(/<html|SyntaxError|at JSON\.parse|node_modules/i);
        expectRequestIds(res);
      },
    );

    it('refuses a body over 1mb with 413 PAYLOAD_TOO_LARGE, in JSON', async () => {
      const res = await post({ query: '{ viewer { role } }', variables: { pad: 'x'.repeat(1_100_000) } });
      expect(res.status).toBe(413);
      expect(res.body?.errors?.[0]).toMatchObject({
        message: 'The request body is larger than 1mb.',
        extensions: { code: 'PAYLOAD_TOO_LARGE' },
      });
      expect(res.text).not.toMatch(/<html|PayloadTooLargeError|node_modules/i);
      expectRequestIds(res);
      // Just under the limit is served.
      const under = await post({ query: '{ viewer { role } }', variables: { pad: 'x'.repeat(900_000) } });
      expect(under.status).toBe(200);
    });

    it('refuses a body without a query', async () => {
      const res = await post({ variables: {} });
      expect(res.status).toBe(400);
      expectRequestIds(res);
    });
  });

  describe('request ids', () => {
    it('puts the x-request-id header on every answer and the same id in every error, of every kind', async () => {
      const replies = [
        await post({ query: '{ viewer { role ' }), // parse
        await post({ query: '{ viewer { nope } }' }), // validation
        await post({ query: '{ program(id: "UHJvZ3JhbTo5OTk5OTk=") { id } }' }), // resolver
        await post({ query: '{ viewer { role } }' }, { authorization: 'Bearer upl_not_a_real_key' }), // authentication
        await post({ query: `{ viewer { role } }${' '.repeat(DEFAULT_LIMITS.maxQueryLength)}` }), // size guard
        await post([{ query: '{ viewer { role } }' }]), // batch
      ];
      for (const reply of replies) expectRequestIds(reply);
      expect(replies[3].status).toBe(401);
      expect(new Set(replies.map((r) => r.headers.get('x-request-id'))).size).toBe(replies.length);
      const success = await post({ query: '{ viewer { role } }' });
      expect(success.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    });

    it('echoes a well-formed client request id and replaces a malformed one', async () => {
      const mine = await post({ query: '{ viewer { nope } }' }, { 'x-request-id': 'bi-tool-run-42' });
      expect(mine.headers.get('x-request-id')).toBe('bi-tool-run-42');
      expectRequestIds(mine);
      const bad = await post({ query: '{ viewer { nope } }' }, { 'x-request-id': 'has spaces <script>' });
      expect(bad.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
      expectRequestIds(bad);
    });
  });

  describe('introspection', () => {
    it('is on by default', async () => {
      const res = await post<{ __schema: { queryType: { name: string } } }>({
        query: '{ __schema { queryType { name } } }',
      });
      expect(ok({ status: res.status, ...res.body })).toEqual({ __schema: { queryType: { name: 'Query' } } });
    });

    it('can be switched off', async () => {
      const closed = await startTestServer(target, { introspection: 'off', demo: false });
      try {
        const res = await send(closed.url, {
          headers: { 'content-type': 'application/json', accept: GRAPHQL_RESPONSE, ...bearer(ADMIN_KEY) },
          body: json({ query: '{ __schema { queryType { name } } }' }),
        });
        expect(res.status).toBe(400);
        expect(res.body?.data).toBeUndefined();
        expect(res.body?.errors?.[0].message).toMatch(/introspection is not allowed/i);
        const typeQuery = await send(closed.url, {
          headers: { 'content-type': 'application/json', ...bearer(ADMIN_KEY) },
          body: json({ query: '{ __type(name: "Query") { name } }' }),
        });
        expect(typeQuery.body?.errors?.[0].message).toMatch(/introspection is not allowed/i);
        // Ordinary queries still run.
        const viewer = await send<{ viewer: { role: string } }>(closed.url, {
          headers: { 'content-type': 'application/json', ...bearer(ADMIN_KEY) },
          body: json({ query: '{ viewer { role } }' }),
        });
        expect(viewer.body?.data).toEqual({ viewer: { role: 'PLATFORM_ADMIN' } });
      } finally {
        await closed.close();
      }
    });
  });

  it('serves /healthz and /readyz', async () => {
    const base = url.replace(/\/graphql$/, '');
    const health = await send(`${base}/healthz`, { method: 'GET' });
    expect(health.status).toBe(200);
    expect(health.body).toEqual({ status: 'ok' });
    const ready = await send(`${base}/readyz`, { method: 'GET' });
    expect(ready.status).toBe(200);
    expect(ready.body).toEqual({ status: 'ready' });
  });

  it('suggests field names outside production (so the production check below can fail)', async () => {
    const res = await post({ query: '{ viewer { rol } }' });
    expect(res.body?.errors?.[0].message).toMatch(/Did you mean "role"\?/);
  });

  describe('in production', () => {
    let db: TestDatabase;
    let prod: RunningServer;
    let prodUrl: string;
    const logLines: string[] = [];
    const logs = (): Record<string, unknown>[] => logLines.map((l) => JSON.parse(l) as Record<string, unknown>);
    const table = target === 'sqlite' ? 'micro_credential' : '"micro_credential"';

    beforeAll(async () => {
      db = await createTestDatabase(target);
      const config: AppConfig = {
        port: 0,
        database: db.config,
        adminKey: ADMIN_KEY,
        demo: true,
        production: true,
        logLevel: 'info',
        introspection: 'key',
        limits: DEFAULT_LIMITS,
        rateLimit: { ...DEFAULT_RATE_LIMIT, enabled: false, redisUrl: null },
      };
      prod = await startServer(config, {
        logger: pino(
          { level: 'info' },
          {
            write: (line: string) => {
              logLines.push(line);
            },
          },
        ),
      });
      prodUrl = prod.url.replace('localhost', '127.0.0.1');
    });
    afterAll(async () => {
      await prod?.close();
      await db?.drop();
    });
    const prodPost = <T = unknown>(payload: unknown, headers: Record<string, string> = {}) =>
      send<T>(prodUrl, {
        headers: { 'content-type': 'application/json', ...bearer(prod.demoKeys!.planner), ...headers },
        body: json(payload),
      });

    it('gives no stack trace, SQL or internal message for an internal failure; the log has it, as JSON with the request id', async () => {
      const conn = prod.orm.em.getConnection();
      await conn.execute(`alter table ${table} rename to mc_moved_away`);
      let res: Reply;
      try {
        res = await prodPost(
          { query: '{ credentials(first: 5) { nodes { id title } } }' },
          { 'x-request-id': 'prod-failure-1' },
        );
      } finally {
        await conn.execute(`alter table mc_moved_away rename to ${table}`);
      }
      expect(res.body?.errors).toHaveLength(1);
      expect(res.body?.errors?.[0]).toEqual({
        message: 'Internal server error.',
        locations: [{ line: 1, column: 3 }],
        path: ['credentials'],
        extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: 'prod-failure-1' },
      });
      expect(res.text).not.toMatch(
        /select|micro_credential|mc_moved_away|stack|at \w+ \(|node_modules|sqlite|postgres|relation/i,
      );
      const entry = logs().find((l) => l.requestId === 'prod-failure-1');
      expect(entry).toMatchObject({ level: 50, code: 'INTERNAL_SERVER_ERROR', msg: 'unexpected error' });
      expect(JSON.stringify(entry)).toMatch(/micro_credential/); // the operator sees what failed
      expect(JSON.stringify(entry)).toMatch(/"stack"/);
      // The server is fine again once the table is back.
      const again = await prodPost<{ credentials: { nodes: unknown[] } }>({
        query: '{ credentials(first: 5) { nodes { id } } }',
      });
      expect(again.body?.data?.credentials.nodes).toHaveLength(5);
    });

    it.each([
      ['a field', { query: '{ viewer { rol } }' }],
      ['an argument', { query: '{ programs(frist: 2) { totalCount } }' }],
      ['an enum value', { query: '{ programs(orderBy: { field: COD }) { totalCount } }' }],
      ['a type', { query: 'query($f: ProgramFilte) { programs(filter: $f) { totalCount } }' }],
      [
        'an input field in variables',
        {
          query: 'query($f: ProgramFilter) { programs(filter: $f) { totalCount } }',
          variables: { f: { levl: ['BACHELOR'] } },
        },
      ],
      [
        'an enum value in variables',
        {
          query: 'query($f: ProgramFilter) { programs(filter: $f) { totalCount } }',
          variables: { f: { level: ['BACHELO'] } },
        },
      ],
    ])('suggests no schema names for a misspelt %s', async (_what, payload) => {
      const res = await prodPost(payload);
      expect(res.body?.errors?.length).toBeGreaterThan(0);
      expect(res.text).not.toMatch(/Did you mean/i);
      expect(res.body?.errors?.[0].extensions?.code).not.toBe('INTERNAL_SERVER_ERROR');
      expectRequestIds(res);
    });

    it('logs request errors at info level with their code and request id, and the client errors carry no stack', async () => {
      const res = await prodPost(
        { query: '{ program(id: "UHJvZ3JhbTo5OTk5OTk=") { id } }' },
        { 'x-request-id': 'prod-not-found' },
      );
      expect(res.text).not.toMatch(/stack|at \w+ \(/);
      const entry = logs().find((l) => l.requestId === 'prod-not-found');
      expect(entry).toMatchObject({ level: 30, msg: 'request error' });
      expect(entry?.code).toBe(res.body?.errors?.[0].extensions?.code);
      const unauth = await prodPost(
        { query: '{ viewer { role } }' },
        { 'x-request-id': 'prod-bad-key', authorization: 'Bearer nope' },
      );
      expect(unauth.status).toBe(401);
      expect(logs().find((l) => l.requestId === 'prod-bad-key')).toMatchObject({ level: 30, code: 'UNAUTHENTICATED' });
    });

    it('drains an in-flight request on close, then refuses new connections', async () => {
      const ids = ok(
        await send<{ programs: { nodes: { id: string }[] } }>(prodUrl, {
          headers: { 'content-type': 'application/json', ...bearer(prod.demoKeys!.viewer) },
          body: json({ query: '{ programs(first: 100) { nodes { id } } }' }),
        }).then((r) => ({ status: r.status, ...r.body })),
      ).programs.nodes.map((p) => p.id);
      const inFlight = send<{ previewUplift: { draws: number } }>(prodUrl, {
        headers: { 'content-type': 'application/json', ...bearer(prod.demoKeys!.viewer) },
        body: json({
          query: 'query($input: PreviewUpliftInput!) { previewUplift(input: $input) { draws } }',
          variables: {
            input: { draws: 20_000, horizonYears: 30, seed: 77, changes: ids.map((programId) => ({ programId })) },
          },
        }),
      });
      await new Promise((r) => setTimeout(r, 150));
      const closing = prod.close();
      const res = await inFlight;
      expect(res.status).toBe(200);
      expect(res.body?.data?.previewUplift.draws).toBe(20_000);
      await closing;
      await expect(
        fetch(prodUrl, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: json({ query: '{ __typename }' }),
        }),
      ).rejects.toThrow();
    });
  });
});
