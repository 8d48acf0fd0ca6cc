/**
 * Shared builders for the model tests: the docs/MODEL.md default assumptions, a program and embeddings,
 * and fast-check arbitraries for them.
 */
import fc from 'fast-check';
import type { AssumptionSpec, EmbeddingTerms, ParameterValues, ProgramModelInput } from '../../../src/model';

/** docs/MODEL.md defaults: mode [low, high]. */
export const DEFAULT_ASSUMPTIONS: AssumptionSpec[] = [
  { parameter: 'ENGAGEMENT_RATIO', low: 1.5, mode: 2.0, high: 2.0, distribution: 'PERT' },
  { parameter: 'ENROLLMENT_RATIO', low: 1.7, mode: 2.4, high: 2.4, distribution: 'PERT' },
  { parameter: 'INTENT_REALISATION', low: 0, mode: 0.5, high: 0.75, distribution: 'PERT' },
  { parameter: 'RETENTION_PASS_THROUGH', low: 0, mode: 0.5, high: 1, distribution: 'TRIANGULAR' },
  { parameter: 'NON_CREDIT_EFFECT_SHARE', low: 0.25, mode: 0.5, high: 0.75, distribution: 'PERT' },
  { parameter: 'ELECTIVE_TAKE_UP', low: 0.1, mode: 0.3, high: 0.6, distribution: 'PERT' },
  { parameter: 'AWARENESS_RAMP_YEARS', low: 1, mode: 2, high: 3, distribution: 'UNIFORM' },
];

export const DEFAULT_MODES: ParameterValues = {
  ENGAGEMENT_RATIO: 2.0,
  ENROLLMENT_RATIO: 2.4,
  INTENT_REALISATION: 0.5,
  RETENTION_PASS_THROUGH: 0.5,
  NON_CREDIT_EFFECT_SHARE: 0.5,
  ELECTIVE_TAKE_UP: 0.3,
  AWARENESS_RAMP_YEARS: 2,
};

export function embedding(overrides: Partial<EmbeddingTerms> = {}): EmbeddingTerms {
  return {
    creditBearing: true,
    creditsApplied: 3,
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

/** Parameter values within bounds; `ratioMin` lets a property restrict ratios to the evidence's direction (≥ 1). */
export function paramsArb(ratioMin = 0.05, ratioMax = 20): fc.Arbitrary<ParameterValues> {
  const ratio = fc.double({ min: ratioMin, max: ratioMax, noNaN: true });
  const share = fc.double({ min: 0, max: 1, noNaN: true });
  return fc.record({
    ENGAGEMENT_RATIO: ratio,
    ENROLLMENT_RATIO: ratio,
    INTENT_REALISATION: share,
    RETENTION_PASS_THROUGH: share,
    NON_CREDIT_EFFECT_SHARE: share,
    ELECTIVE_TAKE_UP: share,
    AWARENESS_RAMP_YEARS: fc.double({ min: 0.2, max: 5, noNaN: true }),
  });
}
