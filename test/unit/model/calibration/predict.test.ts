/**
 * The calibration's prediction must mean what a projection means: the same parameters give the same
 * rates through the model's own functions (predict.ts), checked against projectProgram and by hand.
 */
import { EFFECT_PARAMETERS, projectProgram } from '../../../../src/model';
import type { ParameterValues } from '../../../../src/model';
import {
  buildPanel,
  estimateAll,
  PilotRates,
  pilotSchedule,
  predictLifts,
  preparePrediction,
  simulatePanel,
} from '../../../../src/model/calibration';
import type { PilotEmbedding } from '../../../../src/model/calibration';
import { baseline, MODES, pilot, pilotPrograms } from './helpers';

/** R'_enr = R'_eng = 2, R_ret = 1.5 (v1: both ratios 3, INTENT_REALISATION 0.5, PASS_THROUGH 0.5); ramp 2.5 years. */
const PARAMS: ParameterValues = {
  ...MODES,
  ENROLLMENT_EFFECT: Math.log(2),
  ENGAGEMENT_EFFECT: Math.log(2),
  RETENTION_EFFECT: Math.log(1.5),
  AWARENESS_RAMP_YEARS: 2.5,
};

describe('pilot rates agree with a projection', () => {
  const b = baseline({
    annualProspects: 1000,
    annualNewEnrollments: 150,
    engagementRate: 0.5,
    retentionRate: 0.8,
    durationYears: 3,
  });
  const embeddings: PilotEmbedding[] = [
    pilot(2020, { requirement: 'ELECTIVE' }),
    pilot(2020, { requirement: 'CORE', creditBearing: false, creditsApplied: 0 }),
  ];
  it.each(['ODDS', 'RISK_CAPPED'] as const)('year by year, under %s', (conversion) => {
    // The projection adds the same embeddings in year 1 = the pilot's start year; no growth, no current ones.
    const scenario = embeddings.map((e) => ({ ...e, isNew: true }));
    const projection = projectProgram({ id: 'P', ...b, current: [], scenario }, PARAMS, conversion, 6).scenario;
    const rates = new PilotRates();
    rates.compute(
      pilotSchedule(embeddings, b.durationYears),
      { enrollment: 0.15, engagement: 0.5, retention: 0.8 },
      PARAMS,
      conversion,
      6,
    );
    projection.forEach((y, k) => {
      expect(rates.enrollment[k]).toBeCloseTo(y.values.NEW_ENROLLMENTS / 1000, 12);
      expect(rates.engagement[k]).toBeCloseTo(y.values.ENGAGEMENT_RATE, 12);
      expect(rates.retention[k]).toBeCloseTo(y.values.RETENTION_RATE, 12);
    });
  });

  it('staggered embeddings: each change of offer ramps from its own start year', () => {
    // 2020: a non-credit CORE credential (w = NON_CREDIT_EFFECT_SHARE = 0.5) → s = 0.5;
    // 2021: plus a credit-bearing CORE one → s = 1. Ramp 2.5 years; R'_enr = exp(ln 2) = 2; q = 0.15.
    //   U(0.15, 2) = 0.3/1.15 = 0.260870; gap = 0.110870
    //   2020: s_eff = 0.4·0.5 = 0.2                    → q = 0.15 + 0.2·0.110870 = 0.172174
    //   2021: s_eff = 0.8·0.5 + 0.4·0.5 = 0.6          → 0.216522
    //   2022: s_eff = 1·0.5 + 0.8·0.5 = 0.9            → 0.249783
    //   2023: s_eff = 0.5 + 0.5 = 1                    → 0.260870
    const staggered = [pilot(2020, { creditBearing: false, creditsApplied: 0 }), pilot(2021)];
    const rates = new PilotRates();
    rates.compute(
      pilotSchedule(staggered, 4),
      { enrollment: 0.15, engagement: 0.5, retention: 0.8 },
      PARAMS,
      'ODDS',
      4,
    );
    expect(Array.from(rates.enrollment.subarray(0, 4)).map((v) => Number(v.toFixed(6)))).toEqual([
      0.172174, 0.216522, 0.249783, 0.26087,
    ]);
  });
});

describe('predicted lifts', () => {
  const programs = simulatePanel({
    programs: pilotPrograms(),
    firstYear: 2018,
    lastYear: 2025,
    params: MODES,
    conversion: 'ODDS',
    seed: 3,
  });
  const panel = buildPanel(programs);
  const estimates = estimateAll(panel);
  const plan = preparePrediction(panel, estimates, 'ODDS');
  /** R'_enr = 1.56 (v1: 1 + INTENT_REALISATION·(ENROLLMENT_RATIO − 1) = 1 + 0.4·1.4), the offer known at once. */
  const at = { ...MODES, ENROLLMENT_EFFECT: Math.log(1.56), AWARENESS_RAMP_YEARS: 1 };

  it('under ODDS with a full offer known at once, the enrollment lift is the enrollment effect, log R′_enr', () => {
    // Ramp 1 year: s_eff = 1 from the start year, so logit(U(q, R')) − logit(q) = log R' exactly: log 1.56 = 0.444686.
    const out = predictLifts(plan, at, new Float64Array(3));
    expect(estimates.map((e) => e.outcome)).toEqual(['ENROLLMENT_RATE', 'ENGAGEMENT_RATE', 'RETENTION_RATE']);
    expect(out[0]).toBeCloseTo(0.444686, 6);
    // No effect, no lift on anything.
    const none = predictLifts(
      plan,
      { ...MODES, ENROLLMENT_EFFECT: 0, ENGAGEMENT_EFFECT: 0, RETENTION_EFFECT: 0 },
      new Float64Array(3),
    );
    for (const v of none) expect(v).toBeCloseTo(0, 12);
    // Engagement and retention rise with the cohorts that entered after the start.
    expect(out[1]).toBeGreaterThan(0);
    expect(out[2]).toBeGreaterThan(0);
    // A harmful enrollment effect predicts a negative lift of its size.
    expect(predictLifts(plan, { ...at, ENROLLMENT_EFFECT: -0.4 }, new Float64Array(3))[0]).toBeCloseTo(-0.4, 10);
  });

  it('reproduces the estimate’s own weighted combination: Σ w·(logit model rate − logit untreated) over its terms', () => {
    // did.ts weighs each treated program-year by its information: the weights differ, and the prediction must use them.
    const [enrollment] = estimates;
    const weights = enrollment.terms.map((t) => t.weight);
    expect(Math.max(...weights) / Math.min(...weights)).toBeGreaterThan(1.05);
    const rates = new PilotRates();
    let expected = 0;
    for (const t of enrollment.terms) {
      const p = panel.programs[t.program];
      const s = pilotSchedule(p.active, p.baseline.durationYears);
      const level = enrollment.preLevels.get(t.program) as number;
      const q = 1 / (1 + Math.exp(-level));
      rates.compute(s, { enrollment: q, engagement: 0.5, retention: 0.8 }, at, 'ODDS', t.year - s.startYear + 1, false);
      const x = rates.enrollment[t.year - s.startYear];
      expected += t.weight * (Math.log(x / (1 - x)) - level);
    }
    expect(predictLifts(plan, at, new Float64Array(3))[0]).toBeCloseTo(expected, 12);
  });

  it('each outcome answers to its own effect: a zero effect predicts no lift for its outcome alone', () => {
    // v1 tied the three through INTENT_REALISATION; in v2 each effect can be 0 while the others are not.
    const full = predictLifts(plan, at, new Float64Array(3));
    EFFECT_PARAMETERS.forEach((effect, o) => {
      const out = predictLifts(plan, { ...at, [effect]: 0 }, new Float64Array(3));
      expect(out[o]).toBeCloseTo(0, 12);
      for (let other = 0; other < 3; other++) if (other !== o) expect(out[other]).toBeGreaterThan(0.01);
    });
    // The enrollment lift does not depend on the other two effects at all.
    const onlyEnrollment = predictLifts(
      plan,
      { ...at, ENGAGEMENT_EFFECT: 0.9, RETENTION_EFFECT: -0.3 },
      new Float64Array(3),
    );
    expect(onlyEnrollment[0]).toBe(full[0]);
  });
});
