import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createTestDatabase, testTargets, type TestDatabase } from '../support/databases';
import { ADMIN_KEY, startTestServer, type TestServer } from '../support/server';
import type { AppConfig } from '../../src/config';
import { createLogger } from '../../src/core/logger';
import { DEFAULT_LIMITS } from '../../src/app/limits';
import { startServer, type RunningServer } from '../../src/app/server';
import { DegreeProgram } from '../../src/modules/program/degree-program.entity';
import { REDIS_URL, redisDescribe } from '../support/redis';

/**
 * Per-key rate limiting over HTTP (issue 4 item 2): a token bucket in cost points that lets requests
 * through until it is empty, then refuses with RATE_LIMITED, retryAfter, HTTP 429 and Retry-After,
 * and lets them through again after the wait; one bucket per key; off means off; with Redis, two API
 * instances on one database share one bucket per key.
 */

const describeRedis = redisDescribe('the shared (Redis) rate-limit tests');

interface Throttle {
  maximumAvailable: number;
  currentlyAvailable: number;
  restoreRate: number;
}
interface Body {
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: { code?: string; retryAfter?: number; requestId?: string } }[];
  extensions?: { cost?: { requestedQueryCost: number; actualQueryCost: number; throttleStatus: Throttle | null } };
}
interface Reply {
  status: number;
  retryAfter: string | null;
  body: Body;
}

async function post(
  url: string,
  query: string,
  key: string | null,
  variables?: Record<string, unknown>,
  accept = 'application/json',
): Promise<Reply> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept, ...(key ? { authorization: `Bearer ${key}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, retryAfter: res.headers.get('retry-after'), body: (await res.json()) as Body };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** Costs 1 + 5 = 6 points. */
const SIX = '{ programs(first: 5) { nodes { id } } }';
const programInput = (code: string) => ({
  code,
  title: `Rate ${code}`,
  level: 'BACHELOR',
  modality: 'ONLINE',
  totalCredits: 120,
  durationYears: 4,
  tuitionPerCredit: 300,
  baseline: { annualProspects: 1000, annualNewEnrollments: 100, engagementRate: 0.5, retentionRate: 0.8 },
});

function expectLimited(reply: Reply, requested: number): number {
  expect(reply.status).toBe(429);
  expect(reply.body.data).toBeUndefined();
  const error = reply.body.errors?.[0];
  expect(error?.extensions?.code).toBe('RATE_LIMITED');
  const retryAfter = error?.extensions?.retryAfter ?? 0;
  expect(Number.isInteger(retryAfter) && retryAfter >= 1).toBe(true);
  expect(reply.retryAfter).toBe(String(retryAfter));
  expect(error?.message).toMatch(
    new RegExp(
      `^Rate limit: this query costs ${requested} points and your key has \\d+ left; retry in ${retryAfter} s\\.$`,
    ),
  );
  expect(error?.extensions?.requestId).toBeDefined();
  return retryAfter;
}

describe.each(testTargets())('rate limiting on %s', (target) => {
  describe('in-process bucket', () => {
    let t: TestServer;
    beforeAll(async () => {
      t = await startTestServer(target, { rateLimit: { enabled: true, capacity: 20, restorePerSecond: 2 } });
    });
    afterAll(async () => {
      await t?.close();
    });

    it('lets requests through until the bucket is empty, then refuses with 429, retryAfter and Retry-After, then lets them through after the wait', async () => {
      const first = await post(t.url, SIX, t.keys.planner);
      expect(first.status).toBe(200);
      expect(first.body.extensions?.cost).toEqual({
        requestedQueryCost: 6,
        actualQueryCost: 6,
        throttleStatus: { maximumAvailable: 20, currentlyAvailable: 14, restoreRate: 2 },
      });
      expect((await post(t.url, SIX, t.keys.planner)).body.extensions?.cost?.throttleStatus?.currentlyAvailable).toBe(
        8,
      );
      expect((await post(t.url, SIX, t.keys.planner)).body.extensions?.cost?.throttleStatus?.currentlyAvailable).toBe(
        2,
      );

      const refused = await post(t.url, SIX, t.keys.planner);
      const retryAfter = expectLimited(refused, 6);
      expect(retryAfter).toBe(2); // 4 points missing at 2 a second
      // The same with the GraphQL-over-HTTP media type.
      expectLimited(await post(t.url, SIX, t.keys.planner, undefined, 'application/graphql-response+json'), 6);

      // A refused mutation writes nothing.
      const before = await t.server.orm.em.fork().count(DegreeProgram, {});
      const mutation = await post(
        t.url,
        `mutation($input: CreateProgramInput!) { createProgram(input: $input) { program { id metrics(first: 10) { nodes { id } } } } }`,
        t.keys.planner,
        { input: programInput('RATE-1') },
      );
      expectLimited(mutation, 13);
      expect(await t.server.orm.em.fork().count(DegreeProgram, {})).toBe(before);

      await sleep(retryAfter * 1000 + 100);
      const again = await post(t.url, SIX, t.keys.planner);
      expect(again.status).toBe(200);
      expect(again.body.errors).toBeUndefined();
    });

    it('keeps one bucket per key: other keys, and the platform admin, are unaffected', async () => {
      // Empty the planner's bucket.
      let reply: Reply;
      do reply = await post(t.url, SIX, t.keys.planner);
      while (reply.status === 200);
      expectLimited(reply, 6);
      const viewer = await post(t.url, SIX, t.keys.viewer);
      expect(viewer.status).toBe(200);
      expect(viewer.body.extensions?.cost?.throttleStatus?.currentlyAvailable).toBe(14);
      const admin = await post(t.url, '{ viewer { role } }', ADMIN_KEY);
      expect(admin.body.extensions?.cost?.throttleStatus?.currentlyAvailable).toBe(19);
      // The planner is still limited.
      expectLimited(await post(t.url, SIX, t.keys.planner), 6);
    });

    it('refuses at once an operation costing more than the whole bucket, saying when it would fit', async () => {
      const big = await post(t.url, '{ programs(first: 30) { nodes { id } } }', t.keys.admin);
      expectLimited(big, 31);
    });
  });

  describe('switched off', () => {
    let t: TestServer;
    beforeAll(async () => {
      t = await startTestServer(target, { rateLimit: { enabled: false, capacity: 1, restorePerSecond: 1 } });
    });
    afterAll(async () => {
      await t?.close();
    });

    it('never limits, and reports no throttle status', async () => {
      const replies = await Promise.all(Array.from({ length: 60 }, () => post(t.url, SIX, t.keys.planner)));
      expect(replies.map((r) => r.status)).toEqual(replies.map(() => 200));
      expect(replies[0].body.extensions?.cost).toEqual({
        requestedQueryCost: 6,
        actualQueryCost: 6,
        throttleStatus: null,
      });
    });
  });

  describeRedis('shared through Redis by two API instances', () => {
    let db: TestDatabase;
    let a: RunningServer;
    let b: RunningServer;
    let urlA: string;
    let urlB: string;
    let keys: { planner: string; viewer: string; admin: string };

    beforeAll(async () => {
      db = await createTestDatabase(target);
      const config: AppConfig = {
        port: 0,
        database: db.config,
        adminKey: ADMIN_KEY,
        demo: true,
        production: false,
        logLevel: 'silent',
        introspection: 'key',
        limits: DEFAULT_LIMITS,
        rateLimit: {
          enabled: true,
          capacity: 20,
          restorePerSecond: 2,
          redisUrl: REDIS_URL,
          namespace: `uplift-test-${randomBytes(6).toString('hex')}`,
        },
      };
      a = await startServer(config, { logger: createLogger('silent') });
      b = await startServer(config, { logger: createLogger('silent') });
      keys = a.demoKeys!;
      urlA = a.url.replace('localhost', '127.0.0.1');
      urlB = b.url.replace('localhost', '127.0.0.1');
    });
    afterAll(async () => {
      await b?.close();
      await a?.close();
      await db?.drop();
    });

    it('exhausting a key on one instance limits it on the other, for that key only', async () => {
      expect(a.port).not.toBe(b.port);
      for (const expected of [14, 8, 2]) {
        const r = await post(urlA, SIX, keys.planner);
        expect(r.status).toBe(200);
        expect(r.body.extensions?.cost?.throttleStatus?.currentlyAvailable).toBe(expected);
      }
      const onB = await post(urlB, SIX, keys.planner);
      const retryAfter = expectLimited(onB, 6);
      expect(onB.body.errors?.[0].message).toMatch(/your key has 2 left/);
      // Another key has its own full bucket, on either instance.
      expect((await post(urlB, SIX, keys.viewer)).body.extensions?.cost?.throttleStatus?.currentlyAvailable).toBe(14);
      expect((await post(urlA, SIX, keys.viewer)).body.extensions?.cost?.throttleStatus?.currentlyAvailable).toBe(8);
      // After the wait, the other instance lets the planner through again.
      await sleep(retryAfter * 1000 + 100);
      expect((await post(urlB, SIX, keys.planner)).status).toBe(200);
    });

    it('concurrent requests on both instances never spend more than the bucket holds', async () => {
      const replies = await Promise.all(
        Array.from({ length: 12 }, (_, i) => post(i % 2 ? urlA : urlB, SIX, keys.admin)),
      );
      expect(replies.filter((r) => r.status === 200)).toHaveLength(3);
      expect(replies.filter((r) => r.status === 429)).toHaveLength(9);
    });
  });
});
