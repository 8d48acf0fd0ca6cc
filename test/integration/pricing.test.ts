import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { testTargets } from '../support/databases';
import { ok, startTestServer, type TestServer } from '../support/server';
import {
  DEFAULT_LIMITS,
  IMPORT_RECORD_POINTS,
  SIMULATION_BASE_POINTS,
  PROJECTION_ROW_POINTS,
} from '../../src/app/limits';
import { MetricObservation } from '../../src/modules/metric/metric-observation.entity';

/**
 * Cost follows work (issue #20): previews by their measured main-thread work, `nodes(ids:)` by the number of
 * ids, imports by the size of their document. Over HTTP, against a real server on the default limits.
 */

interface Reply {
  status: number;
  body: {
    data?: Record<string, unknown> | null;
    errors?: { message: string; extensions?: Record<string, unknown> }[];
    extensions?: { cost?: { requestedQueryCost: number } };
  };
}

describe.each(testTargets())('pricing on %s', (target) => {
  let t: TestServer;
  let programIds: string[];
  beforeAll(async () => {
    t = await startTestServer(target);
    programIds = ok(
      await t.gql<{ programs: { nodes: { id: string }[] } }>(
        '{ programs(first: 100) { nodes { id } } }',
        {},
        t.keys.viewer,
      ),
    ).programs.nodes.map((p) => p.id);
  });
  afterAll(async () => {
    await t?.close();
  });

  const post = async (query: string, variables: Record<string, unknown>, key: string): Promise<Reply> => {
    const res = await fetch(t.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json',
        authorization: `Bearer ${key}`,
      },
      body: JSON.stringify({ query, variables }),
    });
    return { status: res.status, body: (await res.json()) as Reply['body'] };
  };
  const requested = (r: Reply) => r.body.extensions?.cost?.requestedQueryCost;

  it('prices nodes(ids:) by the number of ids: 100 ids cost twenty times five', async () => {
    const q = 'query($ids: [ID!]!) { nodes(ids: $ids) { id ... on DegreeProgram { code institution { id } } } }';
    const ids = (n: number) => Array.from({ length: n }, (_, i) => programIds[i % programIds.length]);
    const five = await post(q, { ids: ids(5) }, t.keys.viewer);
    const hundred = await post(q, { ids: ids(100) }, t.keys.viewer);
    expect(five.status).toBe(200);
    expect(hundred.status).toBe(200);
    expect(requested(hundred)).toBe(20 * (requested(five) ?? 0));
    expect(requested(five)).toBe(5 * 2);
  });

  it('refuses 30 aliased small previews with a VIEWER key as more than one operation may cost, before any runs', async () => {
    const one = { horizonYears: 10, draws: 2_000, changes: [{ programId: programIds[0] }] };
    const single = await post(
      'query($input: PreviewUpliftInput!) { previewUplift(input: $input) { draws } }',
      { input: one },
      t.keys.viewer,
    );
    expect(single.status).toBe(200);
    expect(requested(single)).toBeGreaterThanOrEqual(SIMULATION_BASE_POINTS + PROJECTION_ROW_POINTS * 180);
    const thirty = `query($input: PreviewUpliftInput!) { ${Array.from({ length: 30 }, (_, i) => `p${i}: previewUplift(input: $input) { draws rows { year metric p10 p50 p90 } }`).join(' ')} }`;
    const started = performance.now();
    const res = await post(thirty, { input: one }, t.keys.viewer);
    expect(res.status).toBe(400);
    expect(res.body.errors?.[0].extensions?.code).toBe('COST_LIMIT_EXCEEDED');
    expect(res.body.errors?.[0].message).toMatch(/would cost \d+ points; at most 50000 are allowed/);
    expect(requested(res)).toBeGreaterThan(DEFAULT_LIMITS.maxCost);
    expect(res.body.data).toBeUndefined();
    expect(performance.now() - started).toBeLessThan(1_000);
  });

  it('prices imports by the size of their document, and refuses one that is too large for one operation', async () => {
    const metrics = () => t.server.orm.em.fork().count(MetricObservation, {});
    const q = 'mutation($input: ImportInput!) { importMetrics(input: $input) { report { created } } }';
    const small = `program_code,academic_year,metric,value\n${'NOPE,2024,NEW_ENROLLMENTS,1\n'.repeat(99)}`;
    const priced = await post(q, { input: { format: 'CSV', document: small, dryRun: true } }, t.keys.planner);
    expect(priced.status).toBe(200);
    expect(requested(priced)).toBe(1 + 1 + 101 * IMPORT_RECORD_POINTS);
    const before = await metrics();
    const large = `program_code,academic_year,metric,value\n${'NOPE,2024,NEW_ENROLLMENTS,1\n'.repeat(20_000)}`;
    const res = await post(q, { input: { format: 'CSV', document: large } }, t.keys.planner);
    expect(res.status).toBe(400);
    expect(res.body.errors?.[0].extensions?.code).toBe('COST_LIMIT_EXCEEDED');
    expect(res.body.errors?.[0].message).toMatch(/smaller previews or imports/);
    expect(await metrics()).toBe(before);
  });
});
