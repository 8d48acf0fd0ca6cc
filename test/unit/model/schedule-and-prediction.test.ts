/**
 * Embeddings that start later in the horizon (a back-test's schedule), prediction intervals, and the year-to-year
 * variation they rest on: hand-computed cases and properties.
 */
import { describe, expect, it } from '@jest/globals';
import { projectProgram, simulate } from '../../../src/model';
import { crpsOfSorted } from '../../../src/model/backtest';
import { DEFAULT_VARIATION, pooledVariance, programVariance, resolveVariation } from '../../../src/model/variation';
import { DEFAULT_ASSUMPTIONS, DEFAULT_MODES, embedding, program } from './fixtures';

const NE = (p: ReturnType<typeof projectProgram>, t: number): number => p.scenario[t - 1].values.NEW_ENROLLMENTS;

describe('an embedding that starts in a later year of the horizon', () => {
  const added = (startOffset?: number) =>
    embedding({
      requirement: 'ELECTIVE',
      creditsApplied: 6,
      setupCost: 5000,
      costPerLearner: 100,
      isNew: true,
      startOffset,
    });

  it('changes nothing before its start, then ramps from its start as one starting in year 1 does from year 1', () => {
    const now = projectProgram(program({ scenario: [added()] }), DEFAULT_MODES, 'ODDS', 6);
    const later = projectProgram(program({ scenario: [added(3)] }), DEFAULT_MODES, 'ODDS', 6);
    const none = projectProgram(program(), DEFAULT_MODES, 'ODDS', 6);
    // Years 1–2: exactly the baseline, costs included (no set-up yet).
    for (const t of [1, 2]) expect(later.scenario[t - 1].values).toEqual(none.scenario[t - 1].values);
    // From year 3, entrants follow year 1, 2, … of the immediate start (ramp 2: half, then all).
    expect(NE(later, 3)).toBe(NE(now, 1));
    expect(NE(later, 4)).toBe(NE(now, 2));
    expect(NE(later, 6)).toBe(NE(now, 4));
    // Hand value: 1000 prospects, 20% → odds ×1.7: 0.2·1.7/(0.8 + 0.34) = 0.298246; half of the gap in year 3.
    expect(NE(later, 3)).toBeCloseTo(1000 * (0.2 + 0.5 * (0.34 / 1.14 - 0.2)), 9);
    // Set-up is charged in the year it starts, per-learner cost from then on.
    expect(later.scenario[2].values.CREDENTIAL_COST).toBeCloseTo(5000 + NE(later, 3) * 0.3 * 100, 6);
    expect(later.scenario[1].values.CREDENTIAL_COST).toBe(0);
    // Cohorts entering before the start keep the old engagement: year 3's rate is the baseline's mixed with one
    // new cohort only.
    expect(later.scenario[2].values.ENGAGEMENT_RATE).toBeGreaterThan(none.scenario[2].values.ENGAGEMENT_RATE);
    expect(later.scenario[2].values.ENGAGEMENT_RATE).toBeLessThan(now.scenario[2].values.ENGAGEMENT_RATE);
  });

  it('a start beyond the horizon never applies, and is never charged', () => {
    const beyond = projectProgram(program({ scenario: [added(9)] }), DEFAULT_MODES, 'ODDS', 5);
    const none = projectProgram(program(), DEFAULT_MODES, 'ODDS', 5);
    expect(beyond.scenario).toEqual(none.scenario);
  });

  it('refuses a start that is not a whole year from 1', () => {
    expect(() => projectProgram(program({ scenario: [added(0)] }), DEFAULT_MODES, 'ODDS', 5)).toThrow(/startOffset/);
    expect(() => projectProgram(program({ scenario: [added(1.5)] }), DEFAULT_MODES, 'ODDS', 5)).toThrow(/startOffset/);
  });
});

describe('prediction intervals', () => {
  const input = (variation: typeof DEFAULT_VARIATION | null) => ({
    programs: [
      program({ variation, scenario: [embedding({ requirement: 'ELECTIVE', creditsApplied: 6, isNew: true })] }),
    ],
    assumptions: DEFAULT_ASSUMPTIONS,
    conversion: 'ODDS' as const,
    horizonYears: 5,
    draws: 2000,
    seed: 4,
  });

  it('without variation equal the parameter band; with it, contain it, and leave p10–p90, the mean and P50 as they were', () => {
    const plain = simulate(input(null)).rows;
    const noisy = simulate(input(DEFAULT_VARIATION)).rows;
    plain.forEach((r, i) => {
      expect([r.predictionP10, r.predictionP90]).toEqual([r.p10, r.p90]);
      const n = noisy[i];
      expect([n.p10, n.p50, n.p90, n.mean, n.pointEstimate]).toEqual([r.p10, r.p50, r.p90, r.mean, r.pointEstimate]);
    });
    for (const r of noisy.filter((x) => ['NEW_ENROLLMENTS', 'ENGAGEMENT_RATE'].includes(x.metric))) {
      expect(r.predictionP10).toBeLessThan(r.p10);
      expect(r.predictionP90).toBeGreaterThan(r.p90);
    }
  });

  it('hold a year generated with the same variation 8 times in 10 (a check by simulation, not by the formulas)', () => {
    // One fixed parameter vector (FIXED specs at the modes), so the interval is the year-to-year variation alone.
    const fixed = DEFAULT_ASSUMPTIONS.map((a) => ({ ...a, distribution: 'FIXED' as const }));
    const sd = { prospectsSd: 0.1, enrollmentSd: 0.15, engagementSd: 0, retentionSd: 0 };
    const rows = simulate({
      programs: [program({ variation: sd })],
      assumptions: fixed,
      conversion: 'ODDS',
      horizonYears: 1,
      draws: 20_000,
      seed: 9,
    }).rows.find((r) => r.programId === 'P' && r.metric === 'NEW_ENROLLMENTS')!;
    // Independent generator: prospects lognormal, log-odds shifted, then an exact binomial count.
    let state = 12345;
    const uniform = (): number => {
      state = (Math.imul(state, 1103515245) + 12345) >>> 0;
      return (state + 0.5) / 4294967296;
    };
    const gauss = (): number => Math.sqrt(-2 * Math.log(uniform())) * Math.cos(2 * Math.PI * uniform());
    let inside = 0;
    const reps = 2000;
    for (let i = 0; i < reps; i++) {
      const prospects = Math.round(1000 * Math.exp(0.1 * gauss()));
      const odds = (0.2 / 0.8) * Math.exp(0.15 * gauss());
      const p = odds / (1 + odds);
      let k = 0;
      for (let j = 0; j < prospects; j++) if (uniform() < p) k++;
      if (k >= rows.predictionP10 && k <= rows.predictionP90) inside++;
    }
    // 80% ± 3 standard errors of 2,000 Bernoulli trials.
    expect(inside / reps).toBeGreaterThan(0.8 - 3 * Math.sqrt(0.16 / reps));
    expect(inside / reps).toBeLessThan(0.8 + 3 * Math.sqrt(0.16 / reps));
  });
});

describe('year-to-year variation from recorded actuals', () => {
  const years = [2018, 2019, 2020, 2021, 2022, 2023];
  it('is the residual spread around the trend beyond binomial noise, by hand', () => {
    // log prospects on a straight line plus ±0.1 alternating: residuals of a linear fit are known exactly.
    const wiggle = [0.1, -0.1, 0.1, -0.1, 0.1, -0.1];
    const actuals = years.map((year, i) => ({ year, prospects: Math.exp(7 + 0.02 * i + wiggle[i]) }));
    const v = programVariance(actuals, null).prospectsSd!;
    // OLS of the alternating series on (1, t): residual sum of squares by hand, over n − 2 = 4 dof.
    const t = years.map((_, i) => i - 2.5);
    const slope = t.reduce((s, x, i) => s + x * wiggle[i], 0) / t.reduce((s, x) => s + x * x, 0);
    const ssr = wiggle.reduce((s, w, i) => s + (w - slope * t[i]) ** 2, 0);
    const binomial = actuals.reduce((s, a) => s + 1 / a.prospects, 0) / actuals.length;
    expect(v.variance).toBeCloseTo(ssr / 4 - binomial, 12);
    expect(v.dof).toBe(4);
  });

  it('fits a step at the start year, so a credential’s own effect is not counted as variation', () => {
    const actuals = years.map((year) => ({
      year,
      prospects: 1000,
      newEnrollments: year >= 2021 ? 300 : 200,
    }));
    expect(programVariance(actuals, 2021).enrollmentSd!.variance).toBe(0);
    expect(programVariance(actuals, null).enrollmentSd!.variance).toBeGreaterThan(0.01);
  });

  it('needs four years; otherwise the pooled figure, otherwise the default, and says which', () => {
    const short = programVariance(
      years.slice(0, 3).map((year) => ({ year, prospects: 1000 })),
      null,
    );
    expect(short.prospectsSd).toBeUndefined();
    const long = programVariance(
      years.map((year, i) => ({ year, prospects: 1000 * Math.exp(i % 2 ? 0.05 : -0.05) })),
      null,
    );
    const pooled = pooledVariance([long, short]);
    expect(pooled.prospectsSd).toBeCloseTo(long.prospectsSd!.variance, 12);
    const r = resolveVariation(short, pooled);
    expect(r.sources).toEqual({
      prospectsSd: 'INSTITUTION',
      enrollmentSd: 'DEFAULT',
      engagementSd: 'DEFAULT',
      retentionSd: 'DEFAULT',
    });
    expect(r.variation.prospectsSd).toBeCloseTo(Math.sqrt(long.prospectsSd!.variance), 12);
    expect(r.variation.enrollmentSd).toBe(DEFAULT_VARIATION.enrollmentSd);
  });
});

describe('CRPS of an ensemble', () => {
  it('is the absolute error for a single value, and matches the definition by hand', () => {
    expect(crpsOfSorted(Float64Array.of(3), 5)).toBe(2);
    // {1, 2, 4} against 3: E|X − y| = (2 + 1 + 1)/3; E|X − X'| = (2·(1 + 3 + 2))/9; CRPS = 4/3 − 6/9.
    expect(crpsOfSorted(Float64Array.of(1, 2, 4), 3)).toBeCloseTo(4 / 3 - 6 / 9, 12);
  });
});
