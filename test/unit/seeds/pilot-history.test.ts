/**
 * The demo's pilot history (seeds/pilot-history.ts): deterministic, 2018–2025 for every program with actuals,
 * valid counts, generated from model v1's truth converted exactly to the realised effects, and a calibration on it
 * learns that the realised effect is below the survey's as stated, and that the sceptical default's "probably
 * nothing" was too sceptical.
 */
import { describe, expect, it } from '@jest/globals';
import { demo } from '../../../seeds/demo';
import { defaultAssumptionSet, seedArticleAssumptionSet } from '../../../seeds/assumptions';
import { demoMetricsWithHistory, demoPanel, pilotHistory, PILOT_TRUTH } from '../../../seeds/pilot-history';
import type { AssumptionSetSeed } from '../../../seeds/types';
import { calibrate, type CalibrationResult, type PanelProgram } from '../../../src/model/calibration';
import { PARAMETERS } from '../../../src/model';
import { convertV1Vector } from '../../../src/model/v1';

describe('the demo pilot history', () => {
  const history = pilotHistory(demo);

  it('is the same every time and covers 2018–2025 for every active or archived program', () => {
    expect(pilotHistory(demo)).toEqual(history);
    const codes = demo.programs.filter((p) => p.status !== 'PLANNED').map((p) => p.code);
    for (const code of codes) {
      const own = history.filter((m) => m.programCode === code);
      expect(new Set(own.map((m) => m.academicYear))).toEqual(
        new Set([2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025]),
      );
      expect(own).toHaveLength(8 * 4);
    }
    for (const m of history) {
      expect(Number.isFinite(m.value) && m.value >= 0).toBe(true);
      if (m.denominator != null) {
        expect(m.numerator! <= m.denominator && m.denominator > 0).toBe(true);
        expect(m.value).toBeCloseTo(m.numerator! / m.denominator, 4);
      }
    }
    const withHistory = demoMetricsWithHistory(demo);
    const keys = withHistory.map((m) => `${m.programCode}|${m.academicYear}|${m.metric}`);
    expect(new Set(keys).size).toBe(keys.length);
    // The demo's completions stay; its funnel and rates give way to the history.
    expect(withHistory.filter((m) => m.metric === 'COMPLETIONS')).toEqual(
      demo.metrics.filter((m) => m.metric === 'COMPLETIONS'),
    );
  });

  it("is generated from model v1's truth in v2's terms: ENROLLMENT_EFFECT ln 1.14, ENGAGEMENT_EFFECT ln 1.1", () => {
    const v1Truth = {
      ENGAGEMENT_RATIO: 2.0,
      ENROLLMENT_RATIO: 2.4,
      INTENT_REALISATION: 0.1,
      RETENTION_PASS_THROUGH: 0.5,
      NON_CREDIT_EFFECT_SHARE: 0.5,
      ELECTIVE_TAKE_UP: 0.3,
      AWARENESS_RAMP_YEARS: 2,
    };
    // With the size scale and the relevance floor at their priors' modes and no diversion (a program's own history is
    // gross of it).
    expect(PILOT_TRUTH).toEqual({
      ...convertV1Vector(v1Truth),
      OFFER_HOURS_SCALE: 135,
      DIVERSION_SHARE: 0,
      RELEVANCE_FLOOR: 0.2,
    });
    expect(Object.keys(PILOT_TRUTH).sort()).toEqual([...PARAMETERS].sort());
    // A tenth of the stated intent realised: odds ×1.14 for enrollment, ×1.1 for engagement, and half of that
    // engagement effect passed into retention, ×1.05.
    expect(PILOT_TRUTH.ENROLLMENT_EFFECT).toBeCloseTo(Math.log(1 + 0.1 * (2.4 - 1)), 12);
    expect(PILOT_TRUTH.ENROLLMENT_EFFECT).toBeCloseTo(Math.log(1.14), 12);
    expect(PILOT_TRUTH.ENGAGEMENT_EFFECT).toBeCloseTo(Math.log(1.1), 12);
    expect(PILOT_TRUTH.RETENTION_EFFECT).toBeCloseTo(Math.log(1.05), 12);
    expect([
      PILOT_TRUTH.NON_CREDIT_EFFECT_SHARE,
      PILOT_TRUTH.ELECTIVE_TAKE_UP,
      PILOT_TRUTH.AWARENESS_RAMP_YEARS,
    ]).toEqual([0.5, 0.3, 2]);
  });

  const calibrateOn = (set: AssumptionSetSeed): CalibrationResult => {
    const programs: PanelProgram[] = demoPanel(demo);
    const assumptions = set.assumptions.map(({ parameter, low, mode, high, distribution, zeroMass }) => ({
      parameter,
      low,
      mode,
      high,
      distribution,
      zeroMass: zeroMass ?? 0,
    }));
    return calibrate({ programs, assumptions, conversion: set.conversion }, { draws: 1_000, seed: 1 });
  };
  const truth = Math.exp(PILOT_TRUTH.ENROLLMENT_EFFECT);

  it('teaches a calibration from the survey as stated that the realised enrollment ratio is below it', () => {
    const result = calibrateOn(seedArticleAssumptionSet);
    expect(result.status).toBe('OK');
    const ratio = result.derived.find((d) => d.quantity === 'REALISED_ENROLLMENT_RATIO')!;
    expect(ratio.posterior.p50).toBeLessThan(ratio.prior.p50);
    // Closer to the truth than the prior was.
    expect(Math.abs(ratio.posterior.p50 - truth)).toBeLessThan(Math.abs(ratio.prior.p50 - truth));
  });

  it('moves the sceptical default towards an enrollment effect, as far as a weighted, clustered estimate allows', () => {
    const result = calibrateOn(defaultAssumptionSet);
    expect(result.status).toBe('OK');
    const ratio = result.derived.find((d) => d.quantity === 'REALISED_ENROLLMENT_RATIO')!;
    // The prior's median is no effect at all. Weighted by counts and clustered by program, the demo's enrollment
    // interval still includes no effect, so the posterior's median may stay there; its mean moves towards the truth.
    expect(ratio.prior.p50).toBe(1);
    expect(ratio.posterior.mean).toBeGreaterThan(ratio.prior.mean);
    expect(Math.abs(ratio.posterior.mean - truth)).toBeLessThan(Math.abs(ratio.prior.mean - truth));
    const enrollment = result.estimates.find((e) => e.outcome === 'ENROLLMENT_RATE')!;
    expect(enrollment.effect).toBe('ENROLLMENT_EFFECT');
    expect(enrollment.priorProbabilityNoEffect).toBeCloseTo(0.5, 1);
    expect(enrollment.probabilityNoEffect).toBeLessThan(enrollment.priorProbabilityNoEffect);
    expect(enrollment.probabilityPositive).toBeGreaterThan(enrollment.priorProbabilityPositive);
  });
});
