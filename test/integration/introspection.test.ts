import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { getIntrospectionQuery } from 'graphql';
import { createTestDatabase, testTargets, type TestDatabase } from '../support/databases';
import { ADMIN_KEY } from '../support/server';
import { DEFAULT_LIMITS } from '../../src/app/limits';
import { DEFAULT_RATE_LIMIT, type RateLimitConfig } from '../../src/app/rate-limit';
import { MAX_INTROSPECTION_DEPTH, type IntrospectionMode } from '../../src/app/introspection';
import { startServer, type RunningServer } from '../../src/app/server';
import { createLogger } from '../../src/core/logger';

/**
 * Introspection under hostile load (issue #20): off without a key unless UPLIFT_INTROSPECTION=public, bounded
 * (one __schema per operation, a depth limit below it), priced like any field and rate-limited per address
 * without a key; field suggestions only for callers who may introspect. On `npm start`'s defaults: rate
 * limiting on, introspection for callers with a key.
 */

interface Reply {
  status: number;
  ms: number;
  body: {
    data?: Record<string, unknown> | null;
    errors?: { message: string; extensions?: Record<string, unknown> }[];
    extensions?: { cost?: { requestedQueryCost: number } };
  };
}

interface Running {
  server: RunningServer;
  db: TestDatabase;
  url: string;
  keys: { planner: string; viewer: string };
}

async function start(
  target: Parameters<typeof createTestDatabase>[0],
  introspection: IntrospectionMode,
  rateLimit: Partial<RateLimitConfig> = {},
): Promise<Running> {
  const db = await createTestDatabase(target);
  const server = await startServer(
    {
      port: 0,
      database: db.config,
      adminKey: ADMIN_KEY,
      demo: true,
      production: false,
      logLevel: 'silent',
      introspection,
      limits: DEFAULT_LIMITS,
      rateLimit: { ...DEFAULT_RATE_LIMIT, redisUrl: null, ...rateLimit },
    },
    { logger: createLogger('silent') },
  );
  return {
    server,
    db,
    url: server.url.replace('localhost', '127.0.0.1'),
    keys: { planner: server.demoKeys?.planner ?? '', viewer: server.demoKeys?.viewer ?? '' },
  };
}

async function post(url: string, query: string, key: string | null = null): Promise<Reply> {
  const t0 = performance.now();
  const res = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      // The specification's status codes (a request error is 400).
      accept: 'application/graphql-response+json',
      ...(key ? { authorization: `Bearer ${key}` } : {}),
    },
    body: JSON.stringify({ query }),
  });
  const body = (await res.json()) as Reply['body'];
  return { status: res.status, ms: performance.now() - t0, body };
}

const codes = (r: Reply) => (r.body.errors ?? []).map((e) => e.extensions?.code);
/** The full introspection query, every option on (what Apollo Sandbox and graphql-codegen's URL loader send). */
const FULL = getIntrospectionQuery({
  descriptions: true,
  specifiedByUrl: true,
  directiveIsRepeatable: true,
  schemaDescription: true,
  inputValueDeprecation: true,
});
const THIRTY = `{ ${Array.from({ length: 30 }, (_, i) => `s${i}: __schema { types { name fields { name type { name ofType { name } } } } }`).join(' ')} }`;
const deepOfType = (levels: number) =>
  `# ${Math.random()}\n{ __schema { queryType { ${'ofType { '.repeat(levels)}name${' }'.repeat(levels)} } } }`;

describe.each(testTargets())('introspection on %s', (target) => {
  describe("npm start's defaults (with a key only, rate limiting on)", () => {
    let s: Running;
    beforeAll(async () => {
      s = await start(target, 'key', { enabled: true });
    });
    afterAll(async () => {
      await s?.server.close();
      await s?.db.drop();
    });

    it('refuses introspection without a key, saying how to send one', async () => {
      const res = await post(s.url, '{ __schema { queryType { name } } }');
      expect(res.status).toBe(401);
      expect(codes(res)).toEqual(['UNAUTHENTICATED']);
      expect(res.body.errors?.[0].message).toMatch(/Introspection needs an API key.*Authorization: Bearer/);
      expect(res.body.data ?? undefined).toBeUndefined();
      const type = await post(s.url, '{ t: __typename __type(name: "Query") { name } }');
      expect(codes(type)).toEqual(['UNAUTHENTICATED']);
    });

    it('refuses 30 aliased __schema selections with a limit code, fast, with or without a key', async () => {
      for (const key of [null, s.keys.viewer]) {
        const res = await post(s.url, THIRTY, key);
        expect(res.status).toBe(400);
        expect(codes(res)).toContain('INTROSPECTION_LIMIT_EXCEEDED');
        expect(res.body.errors?.find((e) => e.extensions?.code === 'INTROSPECTION_LIMIT_EXCEEDED')?.message).toMatch(
          /at most 1 __schema .* \(found 30 and 0\)/,
        );
        expect(res.ms).toBeLessThan(1_000);
      }
    });

    it('refuses a 1,600-level ofType chain with DEPTH_LIMIT_EXCEEDED before it compiles, with or without a key', async () => {
      for (const key of [null, s.keys.planner]) {
        const res = await post(s.url, deepOfType(1_600), key);
        expect(res.status).toBe(400);
        expect(codes(res)).toEqual(['DEPTH_LIMIT_EXCEEDED']);
        expect(res.body.errors?.[0].message).toMatch(
          new RegExp(`below __schema \\(at most ${MAX_INTROSPECTION_DEPTH} levels, found 1603\\)`),
        );
        expect(res.ms).toBeLessThan(1_000);
      }
      // Just past the bound, too (a fragment does not hide levels).
      const viaFragment = await post(
        s.url,
        `{ __schema { ...F } } fragment F on __Schema { queryType { ${'ofType { '.repeat(MAX_INTROSPECTION_DEPTH)}name${' }'.repeat(MAX_INTROSPECTION_DEPTH)} } }`,
        s.keys.planner,
      );
      expect(codes(viaFragment)).toEqual(['DEPTH_LIMIT_EXCEEDED']);
    });

    it('refuses aliased __typename past the alias limit, without a key', async () => {
      const res = await post(s.url, `{ ${Array.from({ length: 1_660 }, (_, i) => `t${i}: __typename`).join(' ')} }`);
      expect(res.status).toBe(400);
      expect(codes(res)).toEqual(['ALIAS_LIMIT_EXCEEDED']);
    });

    it('answers the full introspection query with a key (Apollo Sandbox, codegen), priced and charged', async () => {
      const res = await post(s.url, FULL, s.keys.viewer);
      expect(res.status).toBe(200);
      expect(res.body.errors).toBeUndefined();
      const schema = res.body.data?.__schema as { types: { name: string }[] };
      expect(schema.types.map((t) => t.name)).toContain('DegreeProgram');
      const cost = res.body.extensions?.cost?.requestedQueryCost ?? 0;
      // About the measured 67 ms of server time at 10 µs a point; well inside one operation's and one bucket's allowance.
      expect(cost).toBeGreaterThan(3_000);
      expect(cost).toBeLessThan(DEFAULT_LIMITS.maxCost / 4);
    });

    it('gives field suggestions only to callers who may introspect', async () => {
      const anonymous = await post(s.url, '{ viewr { role } }');
      expect(anonymous.body.errors?.[0].message).toBe('Cannot query field "viewr" on type "Query".');
      expect(anonymous.body.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
      const keyed = await post(s.url, '{ viewr { role } }', s.keys.viewer);
      expect(keyed.body.errors?.[0].message).toMatch(/Did you mean "viewer"\?/);
    });
  });

  describe('UPLIFT_INTROSPECTION=public', () => {
    let s: Running;
    beforeAll(async () => {
      // A small bucket: two full introspections from one address are more than it holds.
      s = await start(target, 'public', { enabled: true, capacity: 10_000, restorePerSecond: 1 });
    });
    afterAll(async () => {
      await s?.server.close();
      await s?.db.drop();
    });

    it('lets a caller without a key introspect, priced and rate-limited per address', async () => {
      const first = await post(s.url, FULL);
      expect(first.status).toBe(200);
      expect(first.body.errors).toBeUndefined();
      expect(first.body.extensions?.cost?.requestedQueryCost).toBeGreaterThan(3_000);
      const second = await post(s.url, FULL);
      expect(second.status).toBe(429);
      expect(codes(second)).toEqual(['RATE_LIMITED']);
      // A key has a bucket of its own.
      expect((await post(s.url, FULL, s.keys.viewer)).status).toBe(200);
    });

    it('still gives suggestions without a key (the schema is public anyway)', async () => {
      const res = await post(s.url, '{ viewr { role } }');
      expect(res.body.errors?.[0].message).toMatch(/Did you mean "viewer"\?/);
    });
  });

  describe('UPLIFT_INTROSPECTION=off', () => {
    let s: Running;
    beforeAll(async () => {
      s = await start(target, 'off', { enabled: false });
    });
    afterAll(async () => {
      await s?.server.close();
      await s?.db.drop();
    });

    it('refuses it to every caller and gives no suggestions, even with a key', async () => {
      const res = await post(s.url, '{ __schema { queryType { name } } }', s.keys.planner);
      expect(res.body.errors?.[0].message).toMatch(/introspection is not allowed/i);
      const typo = await post(s.url, '{ viewr { role } }', s.keys.planner);
      expect(typo.body.errors?.[0].message).not.toMatch(/Did you mean/);
    });
  });
});
