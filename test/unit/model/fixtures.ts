/**
 * Shared builders for the model tests: the docs/MODEL.md default assumptions, a program and embeddings,
 * and fast-check arbitraries for them.
 */
import fc from 'fast-check';
import type { AssumptionSpec, EmbeddingTerms, ParameterValues, ProgramModelInput } from '../../../src/model';
import type { V1Spec } from '../../../src/model/v1';

/**
 * The docs/MODEL.md v1 defaults, mode [low, high]: stated-intent ratios discounted by a realisation share.
 * Model v2 no longer reads them; they stay as the input of the v1 → v2 conversion tests.
 */
export const V1_DEFAULT_ASSUMPTIONS: V1Spec[] = [
  { parameter: 'ENGAGEMENT_RATIO', low: 1.5, mode: 2.0, high: 2.0, distribution: 'PERT' },
  { parameter: 'ENROLLMENT_RATIO', low: 1.7, mode: 2.4, high: 2.4, distribution: 'PERT' },
  { parameter: 'INTENT_REALISATION', low: 0, mode: 0.5, high: 0.75, distribution: 'PERT' },
  { parameter: 'RETENTION_PASS_THROUGH', low: 0, mode: 0.5, high: 1, distribution: 'TRIANGULAR' },
  { parameter: 'NON_CREDIT_EFFECT_SHARE', low: 0.25, mode: 0.5, high: 0.75, distribution: 'PERT' },
  { parameter: 'ELECTIVE_TAKE_UP', low: 0.1, mode: 0.3, high: 0.6, distribution: 'PERT' },
  { parameter: 'AWARENESS_RAMP_YEARS', low: 1, mode: 2, high: 3, distribution: 'UNIFORM' },
  { parameter: 'OFFER_HOURS_SCALE', low: 45, mode: 135, high: 270, distribution: 'PERT' },
  // No diversion: these fixtures keep model v1's reading (with unbounded credentials, embedding() below).
  { parameter: 'DIVERSION_SHARE', low: 0, mode: 0, high: 0, distribution: 'FIXED' },
  { parameter: 'RELEVANCE_FLOOR', low: 0, mode: 0.2, high: 0.5, distribution: 'PERT' },
];

/**
 * The v1 defaults above as v2 specs: what convertV1Specs gives for them (v1-conversion.test.ts checks that it
 * does), written out so that the other tests do not rest on the conversion. Each effect's low and high are the
 * extreme corners of its v1 inputs' ranges, its mode the formula at the v1 modes:
 *   ENROLLMENT_EFFECT = ln(1 + IR·(ER − 1)):       low ln 1 = 0 (IR 0), mode ln(1 + 0.5·1.4) = ln 1.7, high ln(1 + 0.75·1.4) = ln 2.05
 *   ENGAGEMENT_EFFECT = ln(1 + IR·(EG − 1)):       low 0, mode ln(1 + 0.5·1) = ln 1.5, high ln(1 + 0.75·1) = ln 1.75
 *   RETENTION_EFFECT  = ln(1 + RPT·IR·(EG − 1)):  low 0 (IR or RPT 0), mode ln(1 + 0.5·0.5) = ln 1.25, high ln(1 + 1·0.75·1) = ln 1.75
 * PERT (the inputs are not all FIXED), no point mass at zero; the other parameters as they were.
 */
export const DEFAULT_ASSUMPTIONS: AssumptionSpec[] = [
  { parameter: 'ENROLLMENT_EFFECT', low: 0, mode: Math.log(1.7), high: Math.log(2.05), distribution: 'PERT' },
  { parameter: 'ENGAGEMENT_EFFECT', low: 0, mode: Math.log(1.5), high: Math.log(1.75), distribution: 'PERT' },
  { parameter: 'RETENTION_EFFECT', low: 0, mode: Math.log(1.25), high: Math.log(1.75), distribution: 'PERT' },
  { parameter: 'NON_CREDIT_EFFECT_SHARE', low: 0.25, mode: 0.5, high: 0.75, distribution: 'PERT' },
  { parameter: 'ELECTIVE_TAKE_UP', low: 0.1, mode: 0.3, high: 0.6, distribution: 'PERT' },
  { parameter: 'AWARENESS_RAMP_YEARS', low: 1, mode: 2, high: 3, distribution: 'UNIFORM' },
  { parameter: 'OFFER_HOURS_SCALE', low: 45, mode: 135, high: 270, distribution: 'PERT' },
  // No diversion: these fixtures keep model v1's reading (with unbounded credentials, embedding() below).
  { parameter: 'DIVERSION_SHARE', low: 0, mode: 0, high: 0, distribution: 'FIXED' },
  { parameter: 'RELEVANCE_FLOOR', low: 0, mode: 0.2, high: 0.5, distribution: 'PERT' },
];

/** The modes of DEFAULT_ASSUMPTIONS: v1's ER 2.4, EG 2.0, IR 0.5, RPT 0.5 give R'_enr 1.7, R'_eng 1.5, R_ret 1.25. */
export const DEFAULT_MODES: ParameterValues = {
  ENROLLMENT_EFFECT: Math.log(1.7),
  ENGAGEMENT_EFFECT: Math.log(1.5),
  RETENTION_EFFECT: Math.log(1.25),
  NON_CREDIT_EFFECT_SHARE: 0.5,
  ELECTIVE_TAKE_UP: 0.3,
  AWARENESS_RAMP_YEARS: 2,
  OFFER_HOURS_SCALE: 135,
  DIVERSION_SHARE: 0,
  RELEVANCE_FLOOR: 0.2,
};

/** An embedding; unbounded in size (hours Infinity, dose 1) unless `hours` says otherwise, as model v1 read every one. */
export function embedding(overrides: Partial<EmbeddingTerms> = {}): EmbeddingTerms {
  return {
    creditBearing: true,
    creditsApplied: 3,
    hours: Infinity,
    requirement: 'CORE',
    takeUpRate: null,
    displacesTuition: false,
    costPerLearner: 0,
    setupCost: 0,
    isNew: false,
    ...overrides,
  };
}

export function program(overrides: Partial<ProgramModelInput> = {}): ProgramModelInput {
  return {
    id: 'P',
    totalCredits: 120,
    durationYears: 4,
    tuitionPerCredit: 300,
    annualProspects: 1000,
    annualNewEnrollments: 200,
    engagementRate: 0.5,
    retentionRate: 0.8,
    prospectGrowthRate: 0,
    current: [],
    scenario: [],
    ...overrides,
  };
}

/** A rate strictly inside (0, 1), away from the ends where the model is still tested elsewhere. */
export const rateArb = fc.double({ min: 0.001, max: 0.999, noNaN: true });

export const embeddingArb: fc.Arbitrary<EmbeddingTerms> = fc.record({
  creditBearing: fc.boolean(),
  creditsApplied: fc.oneof(fc.constant(0), fc.double({ min: 0.5, max: 12, noNaN: true })),
  hours: fc.oneof(fc.constant(Infinity), fc.constant(0), fc.double({ min: 0.5, max: 600, noNaN: true })),
  requirement: fc.constantFrom('CORE' as const, 'ELECTIVE' as const, 'ADD_ON' as const),
  takeUpRate: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: null }),
  displacesTuition: fc.boolean(),
  costPerLearner: fc.double({ min: 0, max: 500, noNaN: true }),
  setupCost: fc.double({ min: 0, max: 50_000, noNaN: true }),
  isNew: fc.constant(false),
});

/** A program with its current embeddings; `scenario` is left equal to `current` for the test to change. */
export const programArb: fc.Arbitrary<ProgramModelInput> = fc
  .record({
    totalCredits: fc.double({ min: 30, max: 240, noNaN: true }),
    durationYears: fc.double({ min: 0.5, max: 6, noNaN: true }),
    tuitionPerCredit: fc.double({ min: 50, max: 1500, noNaN: true }),
    annualProspects: fc.double({ min: 10, max: 100_000, noNaN: true }),
    enrollmentRate: rateArb,
    engagementRate: rateArb,
    retentionRate: rateArb,
    prospectGrowthRate: fc.double({ min: -0.2, max: 0.2, noNaN: true }),
    current: fc.array(embeddingArb, { maxLength: 4 }),
  })
  .map(({ enrollmentRate, ...p }) => ({
    id: 'P',
    ...p,
    annualNewEnrollments: p.annualProspects * enrollmentRate,
    scenario: p.current,
  }));

/** A realised effect (log odds ratio) in [min, max]; exactly 0 — no effect — is drawn often when the range holds it. */
export function effectArb(min: number, max: number): fc.Arbitrary<number> {
  const range = fc.double({ min, max, noNaN: true });
  return min <= 0 && max >= 0
    ? fc.oneof({ arbitrary: range, weight: 4 }, { arbitrary: fc.constant(0), weight: 1 })
    : range;
}

/**
 * Parameter values within bounds. The effects are drawn in [effectMin, effectMax] (default ln 0.05 to ln 20, the
 * realised ratios v1's arbitrary could reach); `effectMin` ≥ 0 restricts them to the evidence's direction.
 */
export function paramsArb(effectMin = Math.log(0.05), effectMax = Math.log(20)): fc.Arbitrary<ParameterValues> {
  const effect = effectArb(effectMin, effectMax);
  const share = fc.double({ min: 0, max: 1, noNaN: true });
  return fc.record({
    ENROLLMENT_EFFECT: effect,
    ENGAGEMENT_EFFECT: effect,
    RETENTION_EFFECT: effect,
    NON_CREDIT_EFFECT_SHARE: share,
    ELECTIVE_TAKE_UP: share,
    AWARENESS_RAMP_YEARS: fc.double({ min: 0.2, max: 5, noNaN: true }),
    OFFER_HOURS_SCALE: fc.double({ min: 1, max: 1000, noNaN: true }),
    DIVERSION_SHARE: share,
    RELEVANCE_FLOOR: share,
  });
}
