import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { testTargets } from '../support/databases';
import { ADMIN_KEY, ok, startTestServer, type TestServer } from '../support/server';
import { DEFAULT_LIMITS } from '../../src/app/limits';
import { DEFAULT_RATE_LIMIT } from '../../src/app/rate-limit';
import { startServer, type RunningServer } from '../../src/app/server';
import { createLogger } from '../../src/core/logger';
import { closePool } from '../../src/modules/scenario/projection.pool';
import { parsedProjectionStats } from '../../src/modules/scenario/projection.service';
import { DEFAULT_PREVIEW_CACHE } from '../../src/modules/scenario/projection-cache.limits';
import { ProjectionCache } from '../../src/modules/scenario/scenario.entity';
import {
  CreateScenarioDocument,
  PreviewUpliftDocument,
  ScenarioProjectionDocument,
  type PreviewUpliftInput,
} from '../../schema/client/graphql';

/**
 * Bounded caches (issue 20, finding 3): previews are kept in projection_cache within a number of rows, a number of
 * bytes and a time (UPLIFT_PREVIEW_CACHE_ROWS, _BYTES, _TTL); saved scenarios' projections stay; the in-process
 * cache of parsed projections is bounded in bytes (UPLIFT_PROJECTION_MEMORY_BYTES).
 */

const PROGRAMS = `{ programs(first: 2, orderBy: { field: CODE }) { nodes { id code } } }`;
const ENV = [
  'UPLIFT_PREVIEW_CACHE_ROWS',
  'UPLIFT_PREVIEW_CACHE_BYTES',
  'UPLIFT_PREVIEW_CACHE_TTL',
  'UPLIFT_PROJECTION_MEMORY_BYTES',
];

describe.each(testTargets())('bounded projection cache on %s', (target) => {
  let t: TestServer;
  let programId: string;

  const conn = () => t.server.orm.em.fork().getConnection();
  async function rows(sql: string, params: unknown[] = []): Promise<Record<string, unknown>[]> {
    return (await conn().execute(sql, params)) as Record<string, unknown>[];
  }
  async function count(where = '1 = 1', params: unknown[] = []): Promise<number> {
    return Number((await rows(`select count(*) as n from projection_cache where ${where}`, params))[0].n);
  }
  const previewRows = () => count(`kind = 'PREVIEW'`);
  async function kindOf(key: string): Promise<string | null> {
    const found = await rows('select kind from projection_cache where key = ?', [key]);
    return found.length ? String(found[0].kind) : null;
  }
  async function createdAt(key: string): Promise<number> {
    const row = await t.server.orm.em.fork().findOneOrFail(ProjectionCache, { key }, { fields: ['createdAt'] });
    return row.createdAt.getTime();
  }
  const inserts = () => t.sql.statements.filter((s) => /insert into "projection_cache"/i.test(s));

  const input = (seed: number, over: Partial<PreviewUpliftInput> = {}): PreviewUpliftInput => ({
    horizonYears: 1,
    draws: 20,
    seed,
    changes: [{ programId }],
    ...over,
  });
  async function preview(seed: number, key = t.keys.viewer, over: Partial<PreviewUpliftInput> = {}) {
    return ok(await t.typed(PreviewUpliftDocument, { input: input(seed, over) }, key)).previewUplift;
  }
  async function saved(seed: number, over: Partial<PreviewUpliftInput> = {}) {
    const created = ok(
      await t.typed(CreateScenarioDocument, { input: { name: `Saved ${seed}`, ...input(seed, over) } }, t.keys.planner),
    ).createScenario.scenario;
    return { id: created.id, projection: await projectionOf(created.id) };
  }
  async function projectionOf(id: string) {
    const s = ok(await t.typed(ScenarioProjectionDocument, { id }, t.keys.viewer)).scenario;
    if (!s) throw new Error(`scenario ${id} not visible`);
    return s.projection;
  }

  beforeAll(async () => {
    t = await startTestServer(target);
    programId = ok(await t.gql<{ programs: { nodes: { id: string }[] } }>(PROGRAMS, {}, t.keys.planner)).programs
      .nodes[0].id;
  });

  afterEach(() => {
    for (const name of ENV) delete process.env[name];
  });

  afterAll(async () => {
    await t?.close();
    await closePool();
  });

  it('300 distinct previews from a VIEWER leave at most 200 cache rows; a saved projection stays and is read from cache', async () => {
    const before = await saved(900_001);
    expect(await kindOf(before.projection.inputHash)).toBe('SAVED');
    const started = Date.now();
    // Four at a time, as concurrent requests would.
    for (let seed = 1; seed <= 300; seed += 4) {
      await Promise.all([0, 1, 2, 3].map((i) => preview(seed + i)));
      if (seed === 149) {
        // A saved scenario's projection computed while previews come and go.
        const during = await saved(900_002);
        expect(await kindOf(during.projection.inputHash)).toBe('SAVED');
      }
    }
    const ms = Date.now() - started;
    expect(await previewRows()).toBeLessThanOrEqual(DEFAULT_PREVIEW_CACHE.rows);
    expect(await previewRows()).toBe(DEFAULT_PREVIEW_CACHE.rows);
    expect(await count()).toBe(DEFAULT_PREVIEW_CACHE.rows + 2);
    const [{ bytes, largest }] = await rows(
      `select sum(bytes) as bytes, max(bytes) as largest from projection_cache where kind = 'PREVIEW'`,
    );
    expect(Number(bytes)).toBeLessThanOrEqual(DEFAULT_PREVIEW_CACHE.bytes);
    // The newest previews are the ones kept.
    t.sql.reset();
    const newest = await preview(300);
    expect(inserts()).toEqual([]);
    expect(await kindOf(newest.inputHash)).toBe('PREVIEW');
    // DEBUG_CACHE=1 prints the measurements (docs: rows, bytes, time).
    if (process.env.DEBUG_CACHE)
      console.log(
        `${target}: 300 previews in ${ms} ms; ${await previewRows()} preview rows, ${Number(bytes)} bytes ` +
          `(largest ${Number(largest)}); parsed in memory: ${JSON.stringify(parsedProjectionStats())}`,
      );

    // The saved scenarios' projections are still there and served from the cache: nothing computed or stored.
    t.sql.reset();
    const again = await projectionOf(before.id);
    expect(again.inputHash).toBe(before.projection.inputHash);
    expect(again.rows).toEqual(before.projection.rows);
    expect(inserts()).toEqual([]);
    expect(t.sql.statements.filter((s) => /update "projection_cache"/i.test(s))).toEqual([]);
  }, 180_000);

  it("shares a preview's row with a saved scenario of the same inputs, which keeps it", async () => {
    process.env.UPLIFT_PREVIEW_CACHE_ROWS = '2';
    const p = await preview(800_001);
    expect(await kindOf(p.inputHash)).toBe('PREVIEW');
    // The scenario reads the preview's row (no computation) and makes it SAVED.
    t.sql.reset();
    const s = await saved(800_001);
    expect(s.projection.inputHash).toBe(p.inputHash);
    expect(s.projection.rows).toEqual(p.rows);
    expect(inserts()).toEqual([]);
    expect(await kindOf(p.inputHash)).toBe('SAVED');
    // Previews after it do not evict it; a preview of the same inputs reads it and leaves it SAVED.
    for (let seed = 800_002; seed < 800_006; seed++) await preview(seed);
    expect(await previewRows()).toBeLessThanOrEqual(2);
    expect(await kindOf(p.inputHash)).toBe('SAVED');
    t.sql.reset();
    const same = await preview(800_001);
    expect(same.rows).toEqual(p.rows);
    expect(inserts()).toEqual([]);
    expect(await kindOf(p.inputHash)).toBe('SAVED');
  });

  it('a saved scenario whose preview row was evicted meanwhile stores its own, SAVED', async () => {
    process.env.UPLIFT_PREVIEW_CACHE_ROWS = '1';
    const p = await preview(700_001);
    await preview(700_002); // Evicts the first.
    expect(await kindOf(p.inputHash)).toBeNull();
    const s = await saved(700_001);
    expect(s.projection.rows).toEqual(p.rows);
    expect(await kindOf(p.inputHash)).toBe('SAVED');
  });

  it('an expired preview is computed again, with the same numbers, and its row renewed', async () => {
    const first = await preview(600_001);
    const key = first.inputHash;
    const old = new Date(Date.now() - (DEFAULT_PREVIEW_CACHE.ttlSeconds + 60) * 1000);
    await t.server.orm.em.fork().nativeUpdate(ProjectionCache, { key }, { createdAt: old });
    // An expired row goes with the eviction after the next preview stored...
    await preview(600_002);
    expect(await kindOf(key)).toBeNull();

    const again = await preview(600_001); // ...and an expired preview is computed again.
    expect(again.inputHash).toBe(key);
    expect(again.rows).toEqual(first.rows);
    expect(await kindOf(key)).toBe('PREVIEW');

    // Read straight from the row while it is fresh; once expired, recomputed even while the row is still there.
    t.sql.reset();
    await preview(600_001);
    expect(inserts()).toEqual([]);
    await t.server.orm.em.fork().nativeUpdate(ProjectionCache, { key }, { createdAt: old });
    t.sql.reset();
    const third = await preview(600_001);
    expect(third.rows).toEqual(first.rows);
    expect(inserts()).toHaveLength(1);
    expect(await createdAt(key)).toBeGreaterThan(old.getTime() + 1000);
  });

  it('keeps previews within a byte budget and stores none larger than it', async () => {
    const one = await preview(500_001);
    const [{ bytes }] = await rows('select bytes from projection_cache where key = ?', [one.inputHash]);
    const size = Number(bytes);
    expect(size).toBeGreaterThan(0);
    process.env.UPLIFT_PREVIEW_CACHE_BYTES = String(3 * size + 10);
    for (let seed = 500_002; seed < 500_008; seed++) await preview(seed);
    expect(await previewRows()).toBeLessThanOrEqual(3);
    const [{ total }] = await rows(`select sum(bytes) as total from projection_cache where kind = 'PREVIEW'`);
    expect(Number(total)).toBeLessThanOrEqual(3 * size + 10);

    // Three years are a larger preview than the budget: answered, not stored.
    process.env.UPLIFT_PREVIEW_CACHE_BYTES = String(size + 10);
    const big = await preview(500_100, t.keys.viewer, { horizonYears: 3 });
    expect(big.rows.length).toBeGreaterThan(0);
    expect(await kindOf(big.inputHash)).toBeNull();
  });

  it('keeps the bound with two API instances on one database', async () => {
    process.env.UPLIFT_PREVIEW_CACHE_ROWS = '20';
    const second: RunningServer = await startServer(
      {
        port: 0,
        // The first instance's database.
        database:
          target === 'sqlite'
            ? { kind: 'sqlite', url: t.server.orm.config.get('dbName') }
            : { kind: 'postgresql', url: t.server.orm.config.get('clientUrl') },
        adminKey: ADMIN_KEY,
        demo: true,
        production: false,
        logLevel: 'silent',
        introspection: true,
        limits: DEFAULT_LIMITS,
        rateLimit: { ...DEFAULT_RATE_LIMIT, enabled: false, redisUrl: null },
      },
      { logger: createLogger('silent') },
    );
    try {
      const url = second.url.replace('localhost', '127.0.0.1');
      const viaSecond = async (seed: number) => {
        const res = await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${t.keys.viewer}` },
          body: JSON.stringify({
            query: `query ($input: PreviewUpliftInput!) { previewUplift(input: $input) { inputHash } }`,
            variables: { input: input(seed) },
          }),
        });
        const body = (await res.json()) as { errors?: unknown };
        if (body.errors) throw new Error(JSON.stringify(body.errors));
      };
      for (let seed = 400_000; seed < 400_080; seed += 8) {
        await Promise.all([0, 1, 2, 3].flatMap((i) => [preview(seed + i), viaSecond(seed + 4 + i)]));
      }
      expect(await previewRows()).toBeLessThanOrEqual(20);
    } finally {
      await second.close();
    }
  }, 120_000);
});
