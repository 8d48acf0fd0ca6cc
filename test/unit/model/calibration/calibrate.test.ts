/**
 * calibrate(): determinism, validation, the statuses, the warnings, and what the posterior does when
 * the local effect is the survey's, a tenth of it, or nothing.
 */
import { PARAMETERS, quantile } from '../../../../src/model';
import type { ParameterValues } from '../../../../src/model';
import { calibrate, calibrationWarnings, MAX_SAMPLE, simulatePanel } from '../../../../src/model/calibration';
import type { CalibrationInput, CalibrationResult, DidEstimate, PanelProgram } from '../../../../src/model/calibration';
import { MODES, PRIOR, pilot, pilotPrograms } from './helpers';

function panel(params: ParameterValues, seed: number): PanelProgram[] {
  return simulatePanel({
    programs: pilotPrograms(),
    firstYear: 2018,
    lastYear: 2025,
    params,
    conversion: 'ODDS',
    seed,
  });
}
function input(programs: PanelProgram[]): CalibrationInput {
  return { programs, assumptions: PRIOR, conversion: 'ODDS' };
}
const enrollmentRatio = (r: CalibrationResult): CalibrationResult['derived'][number] =>
  r.derived.find((d) => d.quantity === 'REALISED_ENROLLMENT_RATIO') as CalibrationResult['derived'][number];

describe('calibrate', () => {
  const atModes = calibrate(input(panel(MODES, 13)), { draws: 1000, seed: 5 });

  it('same data and seed give a bit-identical result; another seed another sample', () => {
    expect(calibrate(input(panel(MODES, 13)), { draws: 1000, seed: 5 })).toStrictEqual(atModes);
    const other = calibrate(input(panel(MODES, 13)), { draws: 1000, seed: 6 });
    expect(other.sample).not.toEqual(atModes.sample);
    expect(other.estimates.map((e) => e.logOddsLift)).toEqual(atModes.estimates.map((e) => e.logOddsLift));
  });

  it('the order of programs does not matter', () => {
    const reversed = calibrate(input([...panel(MODES, 13)].reverse()), { draws: 1000, seed: 5 });
    expect(reversed).toStrictEqual(atModes);
  });

  it('validates draws and seed', () => {
    for (const draws of [999, 100_001, 1500.5, NaN]) {
      expect(() => calibrate(input(panel(MODES, 1)), { draws, seed: 1 })).toThrow(RangeError);
    }
    expect(() => calibrate(input(panel(MODES, 1)), { draws: 1000, seed: 0.5 })).toThrow(/seed/);
  });

  it('returns a joint sample of whole, equally weighted parameter vectors and the prior next to the posterior', () => {
    expect(atModes.status).toBe('OK');
    expect(atModes.sample).toHaveLength(1000);
    for (const v of atModes.sample.slice(0, 50)) {
      for (const spec of PRIOR) {
        expect(v[spec.parameter]).toBeGreaterThanOrEqual(spec.low);
        expect(v[spec.parameter]).toBeLessThanOrEqual(spec.high);
      }
    }
    expect(atModes.parameters.map((p) => p.parameter)).toEqual([...PARAMETERS]);
    expect(atModes.estimates.map((e) => e.outcome)).toEqual(['ENROLLMENT_RATE', 'ENGAGEMENT_RATE', 'RETENTION_RATE']);
    expect(atModes.effectiveSampleSize).toBeGreaterThanOrEqual(400);
    expect(atModes.paretoK).toBeLessThanOrEqual(0.7);
    // 6 treated programs; comparisons: the 6 never-treated and, for the 2022 adopters' 2022, the 3 of 2023.
    // 12 programs × 8 years of cells; the posterior narrows the realised ratio.
    expect(atModes.estimates[0].treatedPrograms).toBe(6);
    expect(atModes.estimates[0].comparisonPrograms).toBe(9);
    expect(atModes.observationCount).toBe(96);
    const r = enrollmentRatio(atModes);
    expect(r.posterior.p90 - r.posterior.p10).toBeLessThan((r.prior.p90 - r.prior.p10) / 2);
    expect(r.posterior.p10).toBeLessThan(1.7);
    expect(r.posterior.p90).toBeGreaterThan(1.7);
  });

  it('keeps at most MAX_SAMPLE vectors', () => {
    const big = calibrate(input(panel(MODES, 13)), { draws: 5000, seed: 5 });
    expect(big.sample).toHaveLength(MAX_SAMPLE);
  });

  it('a true zero effect pulls the posterior to "no effect"', () => {
    // v1's INTENT_REALISATION 0: every effect exactly 0.
    const zero = { ...MODES, ENROLLMENT_EFFECT: 0, ENGAGEMENT_EFFECT: 0, RETENTION_EFFECT: 0 };
    const r = calibrate(input(panel(zero, 12)), { draws: 1000, seed: 5 });
    expect(r.status).toBe('OK');
    const ratio = enrollmentRatio(r);
    // Prior: realised ratio P10 ≈ 1.34; posterior: all of its 80 % interval below 1.2, centred near 1.1.
    expect(ratio.posterior.p90).toBeLessThan(1.2);
    expect(ratio.posterior.p90).toBeLessThan(ratio.prior.p10);
    // Each effect is pulled to 0 by its own outcome (the prior has no mass below 0, so it piles up near it).
    for (const effect of ['ENROLLMENT_EFFECT', 'ENGAGEMENT_EFFECT', 'RETENTION_EFFECT'] as const) {
      const p = r.parameters[PARAMETERS.indexOf(effect)];
      expect(p.posterior.p50).toBeLessThan(Math.log(1.15));
      expect(p.posterior.p50).toBeLessThan(p.prior.p10);
    }
    expect(r.warnings).toContain('PRIOR_DATA_CONFLICT');
  });

  it('identifies each effect from its own outcome: an enrollment effect with no engagement effect', () => {
    // Impossible in v1, where one realisation share scaled both. Truth: R'_enr 1.7, engagement and retention none.
    const truth = { ...MODES, ENGAGEMENT_EFFECT: 0, RETENTION_EFFECT: 0 };
    const r = calibrate(input(panel(truth, 14)), { draws: 1000, seed: 5 });
    expect(r.status).toBe('OK');
    const post = (p: (typeof PARAMETERS)[number]): CalibrationResult['parameters'][number]['posterior'] =>
      r.parameters[PARAMETERS.indexOf(p)].posterior;
    // The enrollment effect's 95 % posterior interval holds the truth, far from no effect.
    const enrollment = r.sample.map((v) => v.ENROLLMENT_EFFECT);
    expect(quantile(enrollment, 0.025)).toBeLessThan(Math.log(1.7));
    expect(quantile(enrollment, 0.975)).toBeGreaterThan(Math.log(1.7));
    expect(post('ENROLLMENT_EFFECT').p10).toBeGreaterThan(Math.log(1.3));
    // Engagement, truly none, moves from its prior (no mass at 0 here) to near 0: most of the way, as far as a
    // clustered standard error from twelve programs allows.
    const engagement = r.parameters[PARAMETERS.indexOf('ENGAGEMENT_EFFECT')];
    expect(engagement.posterior.p50).toBeLessThan(Math.log(1.15));
    expect(engagement.posterior.p90).toBeLessThan(engagement.prior.p10);
    expect(post('RETENTION_EFFECT').p50).toBeLessThan(Math.log(1.1));
  });

  it('a truth in the prior tail (a tenth of the survey effect) still gives status OK', () => {
    // v1's INTENT_REALISATION 0.1: realised ratios 1 + 0.1·(2.4 − 1) = 1.14 (below the prior's P1),
    // 1 + 0.1·(2 − 1) = 1.1 and 1 + 0.5·0.1 = 1.05; plain reweighting of the prior draws fails.
    const tail = {
      ...MODES,
      ENROLLMENT_EFFECT: Math.log(1.14),
      ENGAGEMENT_EFFECT: Math.log(1.1),
      RETENTION_EFFECT: Math.log(1.05),
    };
    const r = calibrate(input(panel(tail, 11)), { draws: 1000, seed: 5 });
    expect(r.diagnostics.priorParetoK).toBeGreaterThan(0.7);
    expect(r.status).toBe('OK');
    expect(r.effectiveSampleSize).toBeGreaterThanOrEqual(400);
    expect(r.warnings).not.toContain('WEIGHT_DEGENERACY');
    const ratio = enrollmentRatio(r);
    expect(ratio.posterior.p10).toBeLessThan(1.14);
    expect(ratio.posterior.p90).toBeGreaterThan(1.14);
  });

  it('no pilot gives INSUFFICIENT_DATA, no sample and the prior unchanged', () => {
    const never = panel(MODES, 3).map((p) => ({ ...p, embeddings: [] }));
    const r = calibrate(input(never), { draws: 1000, seed: 5 });
    expect(r.status).toBe('INSUFFICIENT_DATA');
    expect(r.estimates).toEqual([]);
    expect(r.sample).toEqual([]);
    expect(r.effectiveSampleSize).toBe(0);
    expect(r.paretoK).toBeNull();
    for (const p of r.parameters) expect(p.posterior).toEqual(p.prior);
  });

  it('a pilot without a pre-period is INSUFFICIENT_DATA with NO_PRE_PERIOD', () => {
    const early = panel(MODES, 3).map((p) => (p.embeddings.length > 0 ? { ...p, embeddings: [pilot(2018)] } : p));
    const r = calibrate(input(early), { draws: 1000, seed: 5 });
    expect(r.status).toBe('INSUFFICIENT_DATA');
    expect(r.warnings).toContain('NO_PRE_PERIOD');
  });

  it('counts programs whose embeddings have no start year, and leaves them out', () => {
    const programs = panel(MODES, 3);
    programs[0] = { ...programs[0], embeddings: [pilot(null)] };
    const r = calibrate(input(programs), { draws: 1000, seed: 5 });
    expect(r.excludedPrograms).toEqual([{ id: programs[0].id, reason: 'UNKNOWN_START_YEAR' }]);
    expect(r.estimates[0].treatedPrograms).toBe(5);
  });

  it('warns about few programs and small counts', () => {
    const small = simulatePanel({
      programs: pilotPrograms()
        .filter((_, i) => i === 0 || i === 6 || i === 7)
        .map((p) => ({ ...p, baseline: { ...p.baseline, annualProspects: 60, annualNewEnrollments: 8 } })),
      firstYear: 2018,
      lastYear: 2025,
      params: MODES,
      conversion: 'ODDS',
      seed: 4,
    });
    const r = calibrate(input(small), { draws: 1000, seed: 5 });
    expect(r.warnings).toEqual(
      expect.arrayContaining(['FEW_TREATED_PROGRAMS', 'FEW_COMPARISON_PROGRAMS', 'SMALL_COUNTS']),
    );
  });

  it('flags a pretrend and an implausible lift', () => {
    // Treated programs climb steeply before they start, then jump five-fold in odds.
    const programs = panel(MODES, 3).map((p) => {
      if (p.embeddings.length === 0) return p;
      const start = p.embeddings[0].startYear as number;
      return {
        ...p,
        actuals: p.actuals.map((a) => {
          const n = a.prospects as number;
          const rate = a.year < start ? 0.05 + 0.03 * (a.year - 2018) : 0.6;
          return { ...a, newEnrollments: Math.round(n * rate) };
        }),
      };
    });
    const r = calibrate(input(programs), { draws: 1000, seed: 5 });
    expect(r.warnings).toEqual(expect.arrayContaining(['PRETREND', 'IMPLAUSIBLE_LIFT']));
  });

  it('warns about weight degeneracy from the sampler diagnostics', () => {
    const base = {
      estimates: [],
      withoutPrePeriod: 0,
      priorPredictiveTail: [0.5],
      reachedPosterior: true,
      sampled: true,
    };
    expect(calibrationWarnings({ ...base, effectiveSampleSize: 900, paretoK: 0.3 })).toEqual([]);
    expect(calibrationWarnings({ ...base, effectiveSampleSize: 399, paretoK: 0.3 })).toEqual(['WEIGHT_DEGENERACY']);
    expect(calibrationWarnings({ ...base, effectiveSampleSize: 900, paretoK: 0.75 })).toEqual(['WEIGHT_DEGENERACY']);
  });

  it('PRIOR_DATA_CONFLICT only below a two-sided prior predictive p-value of 0.01', () => {
    const base = { estimates: [], withoutPrePeriod: 0, reachedPosterior: true, sampled: true };
    const at = (tail: number): string[] =>
      calibrationWarnings({ ...base, effectiveSampleSize: 900, paretoK: 0.3, priorPredictiveTail: [0.5, tail] });
    // p = 2·min(tail, 1 − tail): 0.99 → 0.02 (outside the old 95 % interval, no conflict now), 0.996 → 0.008.
    expect(at(0.99)).toEqual([]);
    expect(at(0.01)).toEqual([]);
    expect(at(0.996)).toEqual(['PRIOR_DATA_CONFLICT']);
    expect(at(0.004)).toEqual(['PRIOR_DATA_CONFLICT']);
  });

  it('PRETREND from the event study’s pre-trend p-values, the level shared out over the outcomes tested', () => {
    const estimate = (pValue: number | null): DidEstimate =>
      ({
        outcome: 'ENROLLMENT_RATE',
        logOddsLift: 0.1,
        treatedPrograms: 5,
        comparisonPrograms: 5,
        smallCounts: false,
        pretrend: pValue === null ? null : { pValue },
      }) as DidEstimate;
    const base = {
      withoutPrePeriod: 0,
      priorPredictiveTail: [0.5],
      effectiveSampleSize: 900,
      paretoK: 0.3,
      reachedPosterior: true,
      sampled: true,
    };
    const warn = (...p: (number | null)[]): string[] => calibrationWarnings({ ...base, estimates: p.map(estimate) });
    expect(warn(0.04)).toEqual(['PRETREND']);
    expect(warn(0.06)).toEqual([]);
    // Three outcomes tested: each at 0.05/3.
    expect(warn(0.04, 0.5, 0.5)).toEqual([]);
    expect(warn(0.015, 0.5, 0.5)).toEqual(['PRETREND']);
    // An outcome without a test does not take a share; with no test at all: NO_PRE_PERIOD.
    expect(warn(0.04, null)).toEqual(['PRETREND']);
    expect(warn(null, null)).toEqual(['NO_PRE_PERIOD']);
  });

  it('the realised enrollment ratio of the sample is that of its vectors: exp(ENROLLMENT_EFFECT)', () => {
    const ratios = atModes.sample.map((v) => Math.exp(v.ENROLLMENT_EFFECT));
    const mean = ratios.reduce((a, b) => a + b, 0) / ratios.length;
    expect(mean).toBeCloseTo(enrollmentRatio(atModes).posterior.mean, 10);
  });
});
