import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { testTargets } from '../support/databases';
import { errorOf, ok, startTestServer, type TestServer } from '../support/server';
import { MetricObservation } from '../../src/modules/metric/metric-observation.entity';
import type { ObservedMetric } from '../../src/modules/common/enums';

// recordMetrics (all or nothing, replace on re-record) and the DegreeProgram.metrics connection.

interface ObservationT {
  id: string;
  academicYear: number;
  metric: string;
  value: number;
  numerator: number | null;
  denominator: number | null;
}
interface RecordedT extends ObservationT {
  program: { id: string; code: string };
}
interface PageInfoT {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor: string | null;
  endCursor: string | null;
}
interface MetricsConnT {
  totalCount: number;
  pageInfo: PageInfoT;
  edges: { cursor: string; node: { id: string } }[];
  nodes: ObservationT[];
}
interface ProgramMetricsData {
  program: { id: string; code: string; metrics: MetricsConnT } | null;
}
interface RecordData {
  recordMetrics: { observations: RecordedT[] };
}
interface NestedConnT extends Omit<MetricsConnT, 'nodes'> {
  nodes: (ObservationT & { program: { id: string } })[];
}
interface ProgramListData {
  programs: { totalCount: number; nodes: { id: string; code: string; status: string; metrics: NestedConnT }[] };
}

const OBS = 'id academicYear metric value numerator denominator';
const RECORD = `mutation R($input: RecordMetricsInput!) { recordMetrics(input: $input) { observations { ${OBS} program { id code } } } }`;
const PROGRAM_METRICS = `
  query M($id: ID!, $metric: ObservedMetric, $first: Int, $after: String) {
    program(id: $id) {
      id code
      metrics(metric: $metric, first: $first, after: $after) {
        totalCount
        pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
        edges { cursor node { id } }
        nodes { ${OBS} }
      }
    }
  }`;
const PROGRAMS_WITH_METRICS = `
  query P($first: Int, $metric: ObservedMetric, $metricsFirst: Int) {
    programs(first: $first) {
      totalCount
      nodes {
        id code status
        metrics(metric: $metric, first: $metricsFirst) {
          totalCount
          pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
          edges { cursor node { id } }
          nodes { ${OBS} program { id } }
        }
      }
    }
  }`;

type Json = Record<string, unknown>;

const globalId = (type: string, id: number): string => Buffer.from(`${type}:${id}`, 'utf8').toString('base64url');
const dbId = (gid: string): number => Number(/:(\d+)$/.exec(Buffer.from(gid, 'base64url').toString('utf8'))![1]);

describe.each(testTargets())('metrics on %s', (target) => {
  let t: TestServer;
  let programIds: Record<string, string>;
  beforeAll(async () => {
    t = await startTestServer(target);
    const data = ok(
      await t.gql<{ programs: { nodes: { id: string; code: string }[] } }>(
        `query { programs(first: 100) { nodes { id code } } }`,
        {},
        t.keys.planner,
      ),
    );
    programIds = Object.fromEntries(data.programs.nodes.map((p) => [p.code, p.id]));
  });
  afterAll(async () => {
    await t?.close();
  });

  const record = async (observations: Json[], key: string = t.keys.planner) =>
    t.gql<RecordData>(RECORD, { input: { observations } }, key);
  const metricsOf = async (id: string, vars: Json = {}) =>
    t.gql<ProgramMetricsData>(PROGRAM_METRICS, { id, first: 100, ...vars }, t.keys.planner);
  const countRows = async (where: Json = {}): Promise<number> => t.server.orm.em.fork().count(MetricObservation, where);
  /** What the database holds for a program, in the connection's order (academic year, then id). */
  const stored = async (programGlobalId: string, metric?: ObservedMetric): Promise<ObservationT[]> => {
    const rows = await t.server.orm.em
      .fork()
      .find(
        MetricObservation,
        { program: dbId(programGlobalId), ...(metric ? { metric } : {}) },
        { orderBy: { academicYear: 'ASC', id: 'ASC' } },
      );
    return rows.map((m) => ({
      id: globalId('MetricObservation', m.id),
      academicYear: m.academicYear,
      metric: m.metric,
      value: m.value,
      numerator: m.numerator ?? null,
      denominator: m.denominator ?? null,
    }));
  };

  describe('recordMetrics', () => {
    it('records counts and rates, returned in the order given', async () => {
      const cs = programIds['BS-CS'];
      const bus = programIds['BS-BUS'];
      const rowsBefore = await countRows();
      const totalBefore = ok(await metricsOf(cs)).program!.metrics.totalCount;
      // 4 metrics × 2018–2025 (the pilot history) + COMPLETIONS 2022–2024 in the demo data
      expect(totalBefore).toBe(35);
      const input = [
        { programId: cs, academicYear: 2026, metric: 'PROSPECTS', value: 2500 },
        { programId: cs, academicYear: 2026, metric: 'NEW_ENROLLMENTS', value: 320 },
        {
          programId: cs,
          academicYear: 2026,
          metric: 'ENGAGEMENT_RATE',
          value: 0.625,
          numerator: 200,
          denominator: 320,
        },
        { programId: cs, academicYear: 2026, metric: 'RETENTION_RATE', value: 0.85 },
        { programId: bus, academicYear: 2026, metric: 'COMPLETIONS', value: 0 },
      ];
      const out = ok(await record(input)).recordMetrics.observations;
      expect(out.map(({ id: _id, ...rest }) => rest)).toEqual([
        {
          academicYear: 2026,
          metric: 'PROSPECTS',
          value: 2500,
          numerator: null,
          denominator: null,
          program: { id: cs, code: 'BS-CS' },
        },
        {
          academicYear: 2026,
          metric: 'NEW_ENROLLMENTS',
          value: 320,
          numerator: null,
          denominator: null,
          program: { id: cs, code: 'BS-CS' },
        },
        {
          academicYear: 2026,
          metric: 'ENGAGEMENT_RATE',
          value: 0.625,
          numerator: 200,
          denominator: 320,
          program: { id: cs, code: 'BS-CS' },
        },
        {
          academicYear: 2026,
          metric: 'RETENTION_RATE',
          value: 0.85,
          numerator: null,
          denominator: null,
          program: { id: cs, code: 'BS-CS' },
        },
        {
          academicYear: 2026,
          metric: 'COMPLETIONS',
          value: 0,
          numerator: null,
          denominator: null,
          program: { id: bus, code: 'BS-BUS' },
        },
      ]);
      expect(new Set(out.map((o) => o.id)).size).toBe(5);
      expect(await countRows()).toBe(rowsBefore + 5);
      expect(ok(await metricsOf(cs)).program!.metrics.totalCount).toBe(totalBefore + 4);
      // Stored as returned.
      const db = await stored(cs);
      for (const o of out.slice(0, 4))
        expect(db).toContainEqual({
          id: o.id,
          academicYear: o.academicYear,
          metric: o.metric,
          value: o.value,
          numerator: o.numerator,
          denominator: o.denominator,
        });
    });

    it('re-recording a program/year/metric replaces the value instead of adding a row', async () => {
      const cs = programIds['BS-CS'];
      const first = ok(
        await record([
          { programId: cs, academicYear: 2027, metric: 'RETENTION_RATE', value: 0.8, numerator: 80, denominator: 100 },
          { programId: cs, academicYear: 2027, metric: 'PROSPECTS', value: 100 },
        ]),
      ).recordMetrics.observations;
      const rows = await countRows();
      const total = ok(await metricsOf(cs)).program!.metrics.totalCount;

      const again = ok(
        await record([
          { programId: cs, academicYear: 2027, metric: 'RETENTION_RATE', value: 0.9 },
          { programId: cs, academicYear: 2027, metric: 'PROSPECTS', value: 150 },
        ]),
      ).recordMetrics.observations;
      expect(again.map((o) => o.id)).toEqual(first.map((o) => o.id)); // the same observations, updated
      expect(again[0]).toMatchObject({ value: 0.9, numerator: null, denominator: null });
      expect(again[1]).toMatchObject({ value: 150 });
      expect(await countRows()).toBe(rows);
      expect(ok(await metricsOf(cs)).program!.metrics.totalCount).toBe(total);
      expect(await countRows({ program: dbId(cs), academicYear: 2027, metric: 'RETENTION_RATE' })).toBe(1);
      const db = (await stored(cs)).filter((o) => o.academicYear === 2027);
      expect(db.map((o) => [o.metric, o.value, o.numerator])).toEqual(
        expect.arrayContaining([
          ['RETENTION_RATE', 0.9, null],
          ['PROSPECTS', 150, null],
        ]),
      );

      // Replacing a demo observation too.
      const demo2024 = (await stored(cs, 'PROSPECTS' as ObservedMetric)).find((o) => o.academicYear === 2024)!;
      expect(demo2024.value).toBe(2314); // the pilot history's 2024 prospects
      const replaced = ok(await record([{ programId: cs, academicYear: 2024, metric: 'PROSPECTS', value: 2450 }]))
        .recordMetrics.observations[0];
      expect(replaced).toMatchObject({ id: demo2024.id, value: 2450 });
      expect(await countRows()).toBe(rows);
      ok(await record([{ programId: cs, academicYear: 2024, metric: 'PROSPECTS', value: 2314 }]));
    });

    describe('all or nothing: a batch whose third observation is bad writes none of it', () => {
      // Observation 0 replaces a demo value, observation 1 adds a row: neither may survive.
      const valid = (): Json[] => [
        { programId: programIds['BS-BUS'], academicYear: 2024, metric: 'PROSPECTS', value: 99_999 },
        { programId: programIds['BSN'], academicYear: 2031, metric: 'NEW_ENROLLMENTS', value: 42 },
      ];
      const rate = (over: Json): Json => ({
        programId: programIds['MS-DS'],
        academicYear: 2032,
        metric: 'ENGAGEMENT_RATE',
        ...over,
      });
      const count = (over: Json): Json => ({
        programId: programIds['MS-DS'],
        academicYear: 2032,
        metric: 'COMPLETIONS',
        ...over,
      });
      const cases: [string, () => Json, string, string][] = [
        ['a rate of 1.3', () => rate({ value: 1.3 }), 'BAD_USER_INPUT', 'input.observations.2.value'],
        ['a negative rate', () => rate({ value: -0.1 }), 'BAD_USER_INPUT', 'input.observations.2.value'],
        [
          'numerator > denominator',
          () => rate({ value: 0.5, numerator: 30, denominator: 20 }),
          'BAD_USER_INPUT',
          'input.observations.2.numerator',
        ],
        [
          'value ≠ numerator / denominator',
          () => rate({ value: 0.5, numerator: 30, denominator: 100 }),
          'BAD_USER_INPUT',
          'input.observations.2.value',
        ],
        [
          'a numerator without denominator',
          () => rate({ value: 0.5, numerator: 5 }),
          'BAD_USER_INPUT',
          'input.observations.2.denominator',
        ],
        [
          'a denominator without numerator',
          () => rate({ value: 0.5, denominator: 10 }),
          'BAD_USER_INPUT',
          'input.observations.2.numerator',
        ],
        [
          'a fractional numerator',
          () => rate({ value: 0.5, numerator: 2.5, denominator: 5 }),
          'BAD_USER_INPUT',
          'input.observations.2.numerator',
        ],
        [
          'a fractional denominator',
          () => rate({ value: 0.4, numerator: 2, denominator: 5.0001 }),
          'BAD_USER_INPUT',
          'input.observations.2.denominator',
        ],
        [
          'a zero denominator',
          () => rate({ value: 0, numerator: 0, denominator: 0 }),
          'BAD_USER_INPUT',
          'input.observations.2.denominator',
        ],
        ['a non-integer count', () => count({ value: 10.5 }), 'BAD_USER_INPUT', 'input.observations.2.value'],
        ['a negative count', () => count({ value: -1 }), 'BAD_USER_INPUT', 'input.observations.2.value'],
        [
          'a count with numerator/denominator',
          () => count({ value: 10, numerator: 10, denominator: 20 }),
          'BAD_USER_INPUT',
          'input.observations.2.numerator',
        ],
        [
          'an unknown program id',
          () => count({ value: 1, programId: globalId('DegreeProgram', 999_999) }),
          'NOT_FOUND',
          'input.observations.2.programId',
        ],
        [
          'a malformed program id',
          () => count({ value: 1, programId: 'xyz' }),
          'BAD_USER_INPUT',
          'input.observations.2.programId',
        ],
        [
          'the id of another type',
          () => count({ value: 1, programId: globalId('MicroCredential', 1) }),
          'BAD_USER_INPUT',
          'input.observations.2.programId',
        ],
        [
          'a duplicate of observation 1',
          () => ({ ...valid()[1], value: 43 }),
          'BAD_USER_INPUT',
          'input.observations.2',
        ],
        [
          'academicYear 1800',
          () => count({ value: 1, academicYear: 1800 }),
          'BAD_USER_INPUT',
          'input.observations.2.academicYear',
        ],
        [
          'academicYear 2201',
          () => count({ value: 1, academicYear: 2201 }),
          'BAD_USER_INPUT',
          'input.observations.2.academicYear',
        ],
      ];

      it.each(cases)('%s', async (_name, third, code, field) => {
        const rowsBefore = await countRows();
        const busBefore = await stored(programIds['BS-BUS'], 'PROSPECTS' as ObservedMetric);
        const res = await record([...valid(), third()]);
        expect(errorOf(res)).toEqual(expect.objectContaining({ code, field }));
        expect(res.data ?? null).toBeNull();
        expect(await countRows()).toBe(rowsBefore);
        expect(await countRows({ academicYear: { $in: [2031, 2032] } })).toBe(0);
        expect(await stored(programIds['BS-BUS'], 'PROSPECTS' as ObservedMetric)).toEqual(busBefore);
        expect(busBefore.find((o) => o.academicYear === 2024)?.value).toBe(2984);
      });

      it('and the same batch with a valid third observation is written whole', async () => {
        const rowsBefore = await countRows();
        const out = ok(await record([...valid(), rate({ value: 0.5, numerator: 50, denominator: 100 })])).recordMetrics
          .observations;
        expect(out).toHaveLength(3);
        expect(await countRows()).toBe(rowsBefore + 2); // one replaced, two added
        expect(
          (await stored(programIds['BS-BUS'], 'PROSPECTS' as ObservedMetric)).find((o) => o.academicYear === 2024)
            ?.value,
        ).toBe(99_999);
        // Put the demo values back for the tests that follow.
        ok(await record([{ programId: programIds['BS-BUS'], academicYear: 2024, metric: 'PROSPECTS', value: 2984 }]));
        await t.server.orm.em.fork().nativeDelete(MetricObservation, { academicYear: { $in: [2031, 2032] } });
      });
    });

    it('an empty batch and a batch over 1000 are refused; exactly 1000 is accepted', async () => {
      const rowsBefore = await countRows();
      const empty = await record([]);
      expect(errorOf(empty)).toEqual(expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'input.observations' }));

      // A fresh program so the 1000 rows do not disturb the demo programs.
      const created = ok(
        await t.gql<{ createProgram: { program: { id: string } } }>(
          `mutation C($input: CreateProgramInput!) { createProgram(input: $input) { program { id } } }`,
          {
            input: {
              code: 'BULK-1',
              title: 'Bulk metrics',
              level: 'CERTIFICATE',
              modality: 'ONLINE',
              totalCredits: 12,
              durationYears: 1,
              tuitionPerCredit: 100,
              baseline: { annualProspects: 100, annualNewEnrollments: 10, engagementRate: 0.5, retentionRate: 0.5 },
            },
          },
          t.keys.planner,
        ),
      ).createProgram.program.id;
      const metrics = ['PROSPECTS', 'NEW_ENROLLMENTS', 'COMPLETIONS', 'ENGAGEMENT_RATE', 'RETENTION_RATE'];
      const many = (n: number): Json[] =>
        Array.from({ length: n }, (_, i) => ({
          programId: created,
          academicYear: 1900 + Math.floor(i / 5),
          metric: metrics[i % 5],
          value: i % 5 < 3 ? i : 0.5,
        }));
      const tooMany = await record(many(1001));
      expect(errorOf(tooMany)).toEqual(
        expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'input.observations' }),
      );
      expect(await countRows()).toBe(rowsBefore);

      const thousand = ok(await record(many(1000))).recordMetrics.observations;
      expect(thousand).toHaveLength(1000);
      expect(await countRows({ program: dbId(created) })).toBe(1000);
      expect(ok(await metricsOf(created, { first: 1 })).program!.metrics.totalCount).toBe(1000);
    });

    it('a VIEWER cannot record metrics; nothing is written', async () => {
      const rowsBefore = await countRows();
      const res = await record(
        [{ programId: programIds['BS-CS'], academicYear: 2040, metric: 'PROSPECTS', value: 1 }],
        t.keys.viewer,
      );
      expect(errorOf(res).code).toBe('FORBIDDEN');
      expect(await countRows()).toBe(rowsBefore);
    });
  });

  describe('DegreeProgram.metrics', () => {
    it("lists a program's observations, oldest academic year first, as stored", async () => {
      const bus = programIds['BS-BUS'];
      const conn = ok(await metricsOf(bus)).program!.metrics;
      const expected = await stored(bus);
      expect(expected.length).toBeGreaterThanOrEqual(15);
      expect(conn.nodes).toEqual(expected);
      expect(conn.totalCount).toBe(expected.length);
      expect(conn.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: false });
      const years = conn.nodes.map((o) => o.academicYear);
      expect(years).toEqual([...years].sort((a, b) => a - b));
      expect(years[0]).toBe(2018); // the pilot history starts in 2018
      // Rates carry the counts behind them, and match them.
      for (const o of conn.nodes.filter((x) => x.metric.endsWith('_RATE') && x.numerator != null)) {
        expect(o.value).toBeCloseTo(o.numerator! / o.denominator!, 3);
      }
    });

    it('filters by metric', async () => {
      const bsn = programIds['BSN'];
      for (const metric of ['RETENTION_RATE', 'COMPLETIONS'] as ObservedMetric[]) {
        const conn = ok(await metricsOf(bsn, { metric })).program!.metrics;
        const expected = await stored(bsn, metric);
        // Rates come from the pilot history (2018–2025), completions from the demo (2022–2024).
        const years = metric === 'COMPLETIONS' ? [2022, 2023, 2024] : [2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025];
        expect(expected.map((o) => o.academicYear)).toEqual(years);
        expect(conn.nodes).toEqual(expected);
        expect(conn.totalCount).toBe(years.length);
        expect(new Set(conn.nodes.map((o) => o.metric))).toEqual(new Set([metric]));
      }
      // A program without observations (GC-AI is PLANNED): an empty connection.
      const none = ok(await metricsOf(programIds['GC-AI'])).program!.metrics;
      expect(none).toEqual({
        totalCount: 0,
        nodes: [],
        edges: [],
        pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null },
      });
    });

    it('pages with first/after through all observations, with or without a metric filter', async () => {
      const cs = programIds['BS-CS'];
      for (const [metric, size] of [
        [undefined, 4],
        ['ENGAGEMENT_RATE', 1],
      ] as [ObservedMetric | undefined, number][]) {
        const expected = await stored(cs, metric);
        expect(expected.length).toBeGreaterThan(size);
        const walked: ObservationT[] = [];
        let after: string | null = null;
        let pages = 0;
        for (;;) {
          const conn: MetricsConnT = ok(await metricsOf(cs, { metric, first: size, after })).program!.metrics;
          pages++;
          expect(conn.totalCount).toBe(expected.length);
          expect(conn.pageInfo.hasPreviousPage).toBe(after !== null);
          expect(conn.nodes.length).toBe(Math.min(size, expected.length - walked.length));
          expect(conn.edges.map((e) => e.node.id)).toEqual(conn.nodes.map((o) => o.id));
          expect(conn.pageInfo.endCursor).toBe(conn.edges[conn.edges.length - 1].cursor);
          walked.push(...conn.nodes);
          if (!conn.pageInfo.hasNextPage) break;
          after = conn.pageInfo.endCursor;
          expect(pages).toBeLessThan(50);
        }
        expect(walked).toEqual(expected);
        expect(new Set(walked.map((o) => o.id)).size).toBe(walked.length);
        expect(pages).toBe(Math.ceil(expected.length / size));
      }
      // first: 0 counts without listing; bad arguments are the caller's.
      const zero = ok(await metricsOf(cs, { first: 0 })).program!.metrics;
      expect(zero.nodes).toEqual([]);
      expect(zero.totalCount).toBe((await stored(cs)).length);
      expect(errorOf(await metricsOf(cs, { after: 'garbage!!' }))).toEqual(
        expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'after' }),
      );
      expect(errorOf(await metricsOf(cs, { first: 101 })).code).toBe('BAD_USER_INPUT');
    });

    it('nested under a page of programs, each program gets exactly its own observations', async () => {
      const all = ok(
        await t.gql<ProgramListData>(PROGRAMS_WITH_METRICS, { first: 100, metricsFirst: 100 }, t.keys.planner),
      ).programs;
      expect(all.nodes.length).toBe(all.totalCount);
      let withData = 0;
      for (const p of all.nodes) {
        const expected = await stored(p.id);
        if (expected.length > 0) withData++;
        // BULK-1 holds 1000 observations: its first 100 (the page size asked for).
        expect([p.code, p.metrics.nodes.map(({ program: _p, ...o }) => o)]).toEqual([p.code, expected.slice(0, 100)]);
        expect([p.code, p.metrics.totalCount, p.metrics.pageInfo.hasNextPage]).toEqual([
          p.code,
          expected.length,
          expected.length > 100,
        ]);
        for (const o of p.metrics.nodes) expect(o.program.id).toBe(p.id);
      }
      expect(withData).toBeGreaterThanOrEqual(12);

      // With a metric filter and a small page: each program's own first two, and its own count.
      const paged = ok(
        await t.gql<ProgramListData>(
          PROGRAMS_WITH_METRICS,
          { first: 100, metric: 'COMPLETIONS', metricsFirst: 2 },
          t.keys.planner,
        ),
      ).programs;
      for (const p of paged.nodes) {
        const expected = await stored(p.id, 'COMPLETIONS' as ObservedMetric);
        expect([p.code, p.metrics.nodes.map(({ program: _p, ...o }) => o)]).toEqual([p.code, expected.slice(0, 2)]);
        expect([p.code, p.metrics.totalCount, p.metrics.pageInfo.hasNextPage]).toEqual([
          p.code,
          expected.length,
          expected.length > 2,
        ]);
      }
    });
  });

  it('the server still serves after all of the above', async () => {
    const me = ok(await t.gql<{ viewer: { role: string } }>(`query { viewer { role } }`, {}, t.keys.planner));
    expect(me.viewer.role).toBe('PLANNER');
  });
});
