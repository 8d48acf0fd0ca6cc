import {
  drawParameters,
  OUTCOME_METRICS,
  PARAMETERS,
  projectPortfolio,
  quantile,
  sensitivity,
  simulate,
} from '../../../src/model';
import type {
  AssumptionSpec,
  OutcomeMetric,
  ParameterValues,
  ProgramModelInput,
  SimulationInput,
  SummaryRow,
} from '../../../src/model';
import { DEFAULT_ASSUMPTIONS, DEFAULT_MODES, embedding, program } from './fixtures';

const programs: ProgramModelInput[] = [
  program({
    id: 'nursing',
    current: [embedding({ requirement: 'ELECTIVE', costPerLearner: 80 })],
    scenario: [
      embedding({ requirement: 'ELECTIVE', costPerLearner: 80 }),
      embedding({
        requirement: 'CORE',
        creditsApplied: 6,
        displacesTuition: true,
        costPerLearner: 120,
        setupCost: 15_000,
        isNew: true,
      }),
    ],
  }),
  program({
    id: 'data',
    durationYears: 2,
    totalCredits: 60,
    annualProspects: 3000,
    annualNewEnrollments: 450,
    engagementRate: 0.4,
    retentionRate: 0.7,
    prospectGrowthRate: 0.03,
    scenario: [
      embedding({ requirement: 'ADD_ON', creditBearing: false, creditsApplied: 0, costPerLearner: 30, isNew: true }),
    ],
  }),
];

const base: SimulationInput = {
  programs,
  assumptions: DEFAULT_ASSUMPTIONS,
  conversion: 'ODDS',
  horizonYears: 5,
  draws: 400,
  seed: 7,
};

const key = (r: Pick<SummaryRow, 'programId' | 'year' | 'metric'>): string =>
  `${r.programId ?? 'TOTAL'}/${r.year}/${r.metric}`;

function closeRel(actual: number, expected: number, rel = 1e-12): void {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(rel * Math.max(1, Math.abs(expected)));
}

describe('simulate', () => {
  const result = simulate(base);

  it('gives one row per program (input order) then the total, per year and metric', () => {
    expect(result.rows).toHaveLength((programs.length + 1) * 5 * OUTCOME_METRICS.length);
    expect(result.rows[0]).toMatchObject({ programId: 'nursing', year: 1, metric: 'NEW_ENROLLMENTS' });
    expect(result.rows[result.rows.length - 1]).toMatchObject({
      programId: null,
      year: 5,
      metric: 'CONTRIBUTION_MARGIN',
    });
    expect(result.modes).toEqual(DEFAULT_MODES);
  });

  it('same seed → identical output; another seed → different output', () => {
    expect(simulate(base)).toStrictEqual(result);
    const other = simulate({ ...base, seed: 8 });
    expect(other.rows.some((r, i) => r.p50 !== result.rows[i].p50 || r.mean !== result.rows[i].mean)).toBe(true);
    // The point estimate and baseline do not depend on the seed.
    expect(other.rows.map((r) => [r.baseline, r.pointEstimate])).toEqual(
      result.rows.map((r) => [r.baseline, r.pointEstimate]),
    );
  });

  it('P10 ≤ P50 ≤ P90 on every row, and all numbers are finite', () => {
    for (const r of result.rows) {
      expect(r.p10).toBeLessThanOrEqual(r.p50);
      expect(r.p50).toBeLessThanOrEqual(r.p90);
      for (const v of [r.baseline, r.pointEstimate, r.mean, r.p10, r.p50, r.p90]) expect(Number.isFinite(v)).toBe(true);
    }
  });

  it('equals a brute-force run over the same draws (mean, type-7 quantiles, point estimate, baseline)', () => {
    const draws = drawParameters(DEFAULT_ASSUMPTIONS, base.seed, base.draws);
    const perDraw: Map<string, number[]> = new Map();
    for (let d = 0; d < base.draws; d++) {
      const params = {} as ParameterValues;
      PARAMETERS.forEach((p, j) => (params[p] = draws[d * PARAMETERS.length + j]));
      const run = projectPortfolio(programs, params, 'ODDS', base.horizonYears);
      const entities = [
        ...run.programs.map((p) => ({ id: p.id, years: p.scenario })),
        { id: null, years: run.total.scenario },
      ];
      for (const e of entities) {
        for (const y of e.years) {
          for (const m of OUTCOME_METRICS) {
            const k = key({ programId: e.id, year: y.year, metric: m });
            const list = perDraw.get(k) ?? [];
            list.push(y.values[m]);
            perDraw.set(k, list);
          }
        }
      }
    }
    const atModes = projectPortfolio(programs, DEFAULT_MODES, 'ODDS', base.horizonYears);
    for (const r of result.rows) {
      const values = perDraw.get(key(r)) as number[];
      closeRel(r.mean, values.reduce((s, v) => s + v, 0) / values.length);
      closeRel(r.p10, quantile(values, 0.1));
      closeRel(r.p50, quantile(values, 0.5));
      closeRel(r.p90, quantile(values, 0.9));
      const ref =
        r.programId === null
          ? atModes.total
          : (atModes.programs.find((p) => p.id === r.programId) as (typeof atModes.programs)[number]);
      expect(r.pointEstimate).toBe(ref.scenario[r.year - 1].values[r.metric]);
      expect(r.baseline).toBe(ref.baseline[r.year - 1].values[r.metric]);
    }
  });

  it('gives the same rows when memory limits split the metrics into several passes', () => {
    expect(simulate(base, { bufferBudgetBytes: 1 })).toStrictEqual(result);
  });

  it('summarises large draw counts (the bracketing quantile path) exactly', () => {
    const input: SimulationInput = { ...base, programs: [programs[0]], horizonYears: 2, draws: 10_000 };
    const rows = simulate(input).rows.filter((r) => r.programId === null);
    const draws = drawParameters(DEFAULT_ASSUMPTIONS, input.seed, input.draws);
    const values = new Map<string, number[]>();
    for (let d = 0; d < input.draws; d++) {
      const params = {} as ParameterValues;
      PARAMETERS.forEach((p, j) => (params[p] = draws[d * PARAMETERS.length + j]));
      for (const y of projectPortfolio(input.programs, params, 'ODDS', 2).total.scenario) {
        for (const m of OUTCOME_METRICS) {
          const k = `${y.year}/${m}`;
          if (!values.has(k)) values.set(k, []);
          values.get(k)?.push(y.values[m]);
        }
      }
    }
    for (const r of rows) {
      const v = values.get(`${r.year}/${r.metric}`) as number[];
      closeRel(r.p10, quantile(v, 0.1));
      closeRel(r.p50, quantile(v, 0.5));
      closeRel(r.p90, quantile(v, 0.9));
    }
  });

  it('no change: every band collapses onto the baseline when it cannot depend on the draws', () => {
    // CORE current embeddings only: the baseline uses no uncertain take-up, so it is the same in every draw.
    const unchanged = programs.map((p) => ({
      ...p,
      current: [embedding({ costPerLearner: 50 })],
      scenario: [embedding({ costPerLearner: 50 })],
    }));
    for (const r of simulate({ ...base, programs: unchanged }).rows) {
      expect([r.pointEstimate, r.mean, r.p10, r.p50, r.p90]).toEqual([
        r.baseline,
        r.baseline,
        r.baseline,
        r.baseline,
        r.baseline,
      ]);
    }
  });

  it('all FIXED assumptions: every band is the point estimate', () => {
    const fixed: AssumptionSpec[] = DEFAULT_ASSUMPTIONS.map((a) => ({ ...a, distribution: 'FIXED' }));
    for (const r of simulate({ ...base, assumptions: fixed, draws: 50 }).rows) {
      expect([r.mean, r.p10, r.p50, r.p90]).toEqual([
        r.pointEstimate,
        r.pointEstimate,
        r.pointEstimate,
        r.pointEstimate,
      ]);
    }
  });

  it('changing one assumption leaves the other parameters’ draws unchanged', () => {
    const changed = DEFAULT_ASSUMPTIONS.map((a) => (a.parameter === 'ELECTIVE_TAKE_UP' ? { ...a, high: 0.9 } : a));
    const a = drawParameters(DEFAULT_ASSUMPTIONS, 3, 100);
    const b = drawParameters(changed, 3, 100);
    const j = PARAMETERS.indexOf('ELECTIVE_TAKE_UP');
    for (let i = 0; i < a.length; i++) {
      if (i % PARAMETERS.length === j) continue;
      expect(b[i]).toBe(a[i]);
    }
  });

  it('rejects incomplete assumptions and bad sizes with clear messages', () => {
    expect(() => simulate({ ...base, assumptions: DEFAULT_ASSUMPTIONS.slice(1) })).toThrow(
      /ENROLLMENT_EFFECT: missing/,
    );
    expect(() => simulate({ ...base, assumptions: [...DEFAULT_ASSUMPTIONS, DEFAULT_ASSUMPTIONS[0]] })).toThrow(
      /more than once/,
    );
    expect(() => simulate({ ...base, draws: 0 })).toThrow(/draws/);
    expect(() => simulate({ ...base, horizonYears: 1.5 })).toThrow(/horizon/);
  });
});

describe('sensitivity', () => {
  const input = { programs, assumptions: DEFAULT_ASSUMPTIONS, conversion: 'ODDS' as const, horizonYears: 5 };

  /** The scenario total of `metric` summed over the horizon, by hand from projectPortfolio. */
  const summed = (params: ParameterValues, metric: OutcomeMetric): number =>
    projectPortfolio(programs, params, 'ODDS', 5).total.scenario.reduce((s, y) => s + y.values[metric], 0);

  it('ranks every parameter by |swing|, swing = outcomeAtHigh − outcomeAtLow', () => {
    const entries = sensitivity(input, 'NET_REVENUE');
    expect(entries.map((e) => e.parameter).sort()).toEqual([...PARAMETERS].sort());
    for (let i = 1; i < entries.length; i++)
      expect(Math.abs(entries[i - 1].swing)).toBeGreaterThanOrEqual(Math.abs(entries[i].swing));
    for (const e of entries) expect(e.swing).toBe(e.outcomeAtHigh - e.outcomeAtLow);
  });

  it('sums counts over the horizon, with the other parameters at their modes', () => {
    const entries = sensitivity(input, 'NEW_ENROLLMENTS');
    const enr = entries.find((e) => e.parameter === 'ENROLLMENT_EFFECT');
    expect(enr).toMatchObject({ lowValue: 0, highValue: Math.log(2.05) });
    expect(enr?.outcomeAtLow).toBeCloseTo(summed({ ...DEFAULT_MODES, ENROLLMENT_EFFECT: 0 }, 'NEW_ENROLLMENTS'), 8);
    expect(enr?.outcomeAtHigh).toBeCloseTo(
      summed({ ...DEFAULT_MODES, ENROLLMENT_EFFECT: Math.log(2.05) }, 'NEW_ENROLLMENTS'),
      8,
    );
    expect(enr?.swing).toBeGreaterThan(0);
    expect(entries[0].parameter).not.toBe('ENGAGEMENT_EFFECT');
    // Neither engagement nor retention moves enrollment.
    expect(entries.find((e) => e.parameter === 'ENGAGEMENT_EFFECT')?.swing).toBe(0);
    expect(entries.find((e) => e.parameter === 'RETENTION_EFFECT')?.swing).toBe(0);
  });

  it('gives one year when asked, and headcount-weights rates over the horizon otherwise', () => {
    const year3 = sensitivity(input, 'HEADCOUNT', 3).find((e) => e.parameter === 'RETENTION_EFFECT');
    const low = projectPortfolio(programs, { ...DEFAULT_MODES, RETENTION_EFFECT: 0 }, 'ODDS', 5).total.scenario;
    expect(year3?.outcomeAtLow).toBeCloseTo(low[2].values.HEADCOUNT, 8);
    expect(year3?.swing).toBeGreaterThan(0);
    // v2: the engagement effect no longer passes into retention, so it moves no headcount.
    expect(sensitivity(input, 'HEADCOUNT').find((e) => e.parameter === 'ENGAGEMENT_EFFECT')?.swing).toBe(0);

    const rate = sensitivity(input, 'RETENTION_RATE').find((e) => e.parameter === 'RETENTION_EFFECT');
    const weighted =
      low.reduce((s, y) => s + y.values.RETENTION_RATE * y.values.HEADCOUNT, 0) /
      low.reduce((s, y) => s + y.values.HEADCOUNT, 0);
    expect(rate?.outcomeAtLow).toBeCloseTo(weighted, 12);
  });

  it('rejects a year outside the horizon', () => {
    expect(() => sensitivity(input, 'HEADCOUNT', 6)).toThrow(/year/);
  });
});
