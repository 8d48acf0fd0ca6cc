import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pino from 'pino';
import { MicroCredential } from '../../src/modules/credential/micro-credential.entity';
import { createTestDatabase, testTargets, type TestDatabase } from '../support/databases';
import { ADMIN_KEY, errorOf, startTestServer, type TestServer } from '../support/server';
import { DEFAULT_LIMITS } from '../../src/app/limits';
import { DEFAULT_RATE_LIMIT } from '../../src/app/rate-limit';
import { MAX_JSON_DEPTH } from '../../src/app/graphql-http';
import { startServer, type RunningServer } from '../../src/app/server';

const CREATE = 'mutation($i: CreateCredentialInput!) { createCredential(input: $i) { credential { id } } }';

// Text with a NUL character is the caller's mistake: named, refused before any write, never a 500.
describe.each(testTargets())('NUL characters on %s', (target) => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer(target);
  });
  afterAll(async () => {
    await t?.close();
  });

  const credentials = () => t.server.orm.em.fork().count(MicroCredential, {});

  it('refuses one in a variable, naming where it is, and writes nothing', async () => {
    const before = await credentials();
    const input = { title: 'T', issuer: 'I', creditRecognition: 'NONE', achievementType: 'Badge\u0000' };
    const res = await t.gql(CREATE, { i: input }, t.keys.planner);
    expect(errorOf(res)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'i.achievementType' });
    expect(await credentials()).toBe(before);
  });

  it('refuses one in a literal of the query', async () => {
    const query =
      'mutation { createCredential(input: { title: "T\\u0000", issuer: "I", creditRecognition: NONE }) { credential { id } } }';
    expect(errorOf(await t.gql(query, {}, t.keys.planner))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'query' });
  });

  it('keeps serving', async () => {
    const res = await t.gql<{ viewer: { role: string } }>('{ viewer { role } }', {}, t.keys.viewer);
    expect(res.data?.viewer.role).toBe('VIEWER');
  });
});

// Deeply nested variables (issue #20): 20 KB of `[[[…]]]` overflowed the stack in the NUL walk (a 500, its stack
// logged at error, no key needed). Now a 400 with a limit code, logged at warn without a stack.
describe.each(testTargets())('deeply nested variables on %s', (target) => {
  let db: TestDatabase;
  let server: RunningServer;
  let url: string;
  const lines: string[] = [];
  const logs = () => lines.map((l) => JSON.parse(l) as Record<string, unknown>);
  beforeAll(async () => {
    db = await createTestDatabase(target);
    server = await startServer(
      {
        port: 0,
        database: db.config,
        adminKey: ADMIN_KEY,
        demo: false,
        production: false,
        logLevel: 'info',
        introspection: true,
        limits: DEFAULT_LIMITS,
        rateLimit: { ...DEFAULT_RATE_LIMIT, redisUrl: null },
      },
      { logger: pino({ level: 'info' }, { write: (line: string) => void lines.push(line) }) },
    );
    url = server.url.replace('localhost', '127.0.0.1');
  });
  afterAll(async () => {
    await server?.close();
    await db?.drop();
  });

  const nested = (levels: number) => `${'['.repeat(levels)}"x"${']'.repeat(levels)}`;
  const query = 'query($v: [String]) { __typename }';

  it('refuses 20 KB of nesting in variables with a 400 and DEPTH_LIMIT_EXCEEDED, logged at warn without a stack', async () => {
    lines.length = 0;
    const body = `{"query":${JSON.stringify(query)},"variables":{"v":${nested(10_000)}}}`;
    expect(body.length).toBeGreaterThan(20_000);
    const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    expect(res.status).toBe(400);
    const reply = (await res.json()) as { errors: { message: string; extensions: Record<string, unknown> }[] };
    expect(reply.errors[0].extensions.code).toBe('DEPTH_LIMIT_EXCEEDED');
    expect(reply.errors[0].message).toMatch(new RegExp(`at most ${MAX_JSON_DEPTH} levels of JSON`));
    expect(reply.errors[0].extensions.requestId).toBe(res.headers.get('x-request-id'));
    const logged = logs();
    expect(logged.filter((l) => (l.level as number) >= 50)).toEqual([]);
    const warned = logged.find((l) => l.level === 40);
    expect(warned).toMatchObject({ code: 'DEPTH_LIMIT_EXCEEDED', msg: 'request refused' });
    expect(JSON.stringify(warned)).not.toMatch(/stack/);
  });

  it('refuses the same over GET', async () => {
    const search = new URLSearchParams({ query, variables: `{"v":${nested(2_000)}}` });
    const res = await fetch(`${url}?${search}`, { headers: { 'apollo-require-preflight': 'true' } });
    expect(res.status).toBe(400);
    const reply = (await res.json()) as { errors: { extensions: Record<string, unknown> }[] };
    expect(reply.errors[0].extensions.code).toBe('DEPTH_LIMIT_EXCEEDED');
  });

  it('admits strings that merely contain brackets', async () => {
    const body = JSON.stringify({
      query: 'query($v: [ID!]!) { nodes(ids: $v) { id } }',
      variables: { v: ['[[[[{{{{'.repeat(100)] },
    });
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${ADMIN_KEY}` },
      body,
    });
    const reply = (await res.json()) as { data?: unknown; errors?: { extensions: { code: string } }[] };
    expect(res.status).toBe(200);
    // Not a valid id: answered by the resolver, so the request got through the body checks.
    expect(reply.data).toBeDefined();
    expect((reply.errors ?? []).map((e) => e.extensions.code)).not.toContain('DEPTH_LIMIT_EXCEEDED');
  });
});
