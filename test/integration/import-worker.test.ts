import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { testTargets } from '../support/databases';
import { ok, startTestServer, type TestServer } from '../support/server';
import { ImportMetricsDocument, ImportProgramsDocument } from '../../schema/client/graphql';
import { MetricObservation } from '../../src/modules/metric/metric-observation.entity';

/**
 * Issue 20 (c): an import is read and validated in a worker thread and written in batches with a turn of
 * the event loop between them, so a large import does not stall the other clients. No absolute timings:
 * a cheap query asked over and over during the import must never wait more than a quarter of the
 * import's own duration (before, it waited for most of it), and must be answered many times.
 */

const PROGRAMS = 1000;
const YEARS = [2019, 2020, 2021, 2022, 2023, 2024];
const METRICS = ['PROSPECTS', 'NEW_ENROLLMENTS', 'ENGAGEMENT_RATE', 'RETENTION_RATE', 'COMPLETIONS'];
const ROWS = PROGRAMS * YEARS.length * METRICS.length; // 30,000
const code = (i: number) => `W${String(i).padStart(4, '0')}`;

const PROGRAM_HEADER =
  'code,title,level,modality,total_credits,duration_years,tuition_per_credit,annual_prospects,annual_new_enrollments,engagement_rate,retention_rate';
const programsCsv = () => {
  const lines = [PROGRAM_HEADER];
  for (let i = 1; i <= PROGRAMS; i++) lines.push(`${code(i)},Program ${i},BACHELOR,ONLINE,120,4,400,1000,150,0.6,0.8`);
  return `${lines.join('\n')}\n`;
};
/** 30,000 observations; `bad` makes every value unreadable, so every row is rejected while reading. */
const metricsCsv = (bad = false) => {
  const lines = ['program_code,academic_year,metric,value'];
  for (let i = 1; i <= PROGRAMS; i++) {
    for (const y of YEARS) {
      for (const m of METRICS) {
        const value = bad ? 'n/a' : m.endsWith('_RATE') ? '0.7' : m === 'PROSPECTS' ? '800' : '100';
        lines.push(`${code(i)},${y},${m},${value}`);
      }
    }
  }
  return `${lines.join('\n')}\n`;
};

/**
 * Asked without a key, so it needs no database: what it waits for is the event loop. (A query that reads the
 * database waits on SQLite for the import's transaction, which holds the one connection, as before.)
 */
const CHEAP = '{ __typename }';

describe.each(testTargets())('a large import beside other clients on %s', (target) => {
  let t: TestServer;
  beforeAll(async () => {
    // Imports are priced by size (src/app/limits.ts): room for 30,000 rows here, as this is about the event loop.
    t = await startTestServer(target, { limits: { maxCost: 100_000_000 } });
    const report = ok(
      await t.typed(ImportProgramsDocument, { input: { document: programsCsv(), format: 'CSV' } }, t.keys.planner),
    ).importPrograms.report;
    expect(report).toMatchObject({ created: PROGRAMS, rejected: 0 });
  });
  afterAll(async () => {
    await t?.close();
  });

  /** Runs the import while asking the cheap query back to back; the longest wait, the answers, the import's time. */
  async function besideCheapQueries(document: string) {
    for (let i = 0; i < 5; i++) ok(await t.gql(CHEAP)); // warm
    const start = performance.now();
    let done = false;
    const running = t
      .typed(ImportMetricsDocument, { input: { document, format: 'CSV' } }, t.keys.planner)
      .finally(() => (done = true));
    const waits: number[] = [];
    while (!done) {
      const asked = performance.now();
      ok(await t.gql(CHEAP));
      waits.push(performance.now() - asked);
    }
    const res = await running;
    const took = performance.now() - start;
    return { res, took, longest: Math.max(...waits), answered: waits.length };
  }

  it('writes 30,000 observations while a cheap query keeps being answered', async () => {
    const stored = () => t.server.orm.em.fork().count(MetricObservation, {});
    const before = await stored();
    const { res, took, longest, answered } = await besideCheapQueries(metricsCsv());
    expect(ok(res).importMetrics.report).toMatchObject({ created: ROWS, updated: 0, rejected: 0, problems: [] });
    expect(await stored()).toBe(before + ROWS);
    console.log(
      `${target}: import ${took.toFixed(0)} ms; cheap query answered ${answered}×, longest wait ${longest.toFixed(0)} ms`,
    );
    expect(longest).toBeLessThan(took / 4);
    expect(answered).toBeGreaterThanOrEqual(10);
  });

  it('refuses 30,000 unreadable rows (all or nothing) while a cheap query keeps being answered', async () => {
    const before = await t.server.orm.em.fork().count(MetricObservation, {});
    const { res, took, longest, answered } = await besideCheapQueries(metricsCsv(true));
    const report = ok(res).importMetrics.report;
    expect(report).toMatchObject({ created: 0, updated: 0, unchanged: 0, rejected: ROWS });
    expect(report.problems[0].code).toBe('NOTHING_WRITTEN');
    expect(report.problems.at(-1)!.code).toBe('TOO_MANY_PROBLEMS');
    expect(await t.server.orm.em.fork().count(MetricObservation, {})).toBe(before);
    console.log(
      `${target}: refusal ${took.toFixed(0)} ms; cheap query answered ${answered}×, longest wait ${longest.toFixed(0)} ms`,
    );
    expect(longest).toBeLessThan(took / 4);
    expect(answered).toBeGreaterThanOrEqual(10);
  });
});
