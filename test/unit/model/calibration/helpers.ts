/**
 * Builders for the calibration tests: the docs/MODEL.md prior (converted from v1, whose realisation share started
 * at 0), programs with pilot embeddings, and a synthetic panel with two adoption years.
 */
import type { AssumptionSpec, ParameterValues, ProgramBaselineInput } from '../../../../src/model';
import type { PilotEmbedding, SyntheticProgram } from '../../../../src/model/calibration';
import type { V1Spec } from '../../../../src/model/v1';
import { DEFAULT_MODES } from '../fixtures';

/** The v1 prior: docs/MODEL.md defaults, with the realisation share starting at 0 (a prior that admits no effect). */
export const V1_PRIOR: V1Spec[] = [
  { parameter: 'ENGAGEMENT_RATIO', low: 1.5, mode: 2.0, high: 2.0, distribution: 'PERT' },
  { parameter: 'ENROLLMENT_RATIO', low: 1.7, mode: 2.4, high: 2.4, distribution: 'PERT' },
  { parameter: 'INTENT_REALISATION', low: 0, mode: 0.5, high: 0.75, distribution: 'PERT' },
  { parameter: 'RETENTION_PASS_THROUGH', low: 0, mode: 0.5, high: 1, distribution: 'UNIFORM' },
  { parameter: 'NON_CREDIT_EFFECT_SHARE', low: 0.25, mode: 0.5, high: 0.75, distribution: 'PERT' },
  { parameter: 'ELECTIVE_TAKE_UP', low: 0.1, mode: 0.3, high: 0.6, distribution: 'PERT' },
  { parameter: 'AWARENESS_RAMP_YEARS', low: 1, mode: 2, high: 3, distribution: 'PERT' },
];

/**
 * V1_PRIOR as v2 specs, written out: what convertV1Specs gives for it (v1-conversion.test.ts checks that it does).
 * Low 0 for every effect (the v1 realisation share's low of 0), modes ln 1.7, ln 1.5, ln 1.25 (the v1 modes' realised
 * ratios), highs at the v1 highs: ln(1 + 0.75·1.4) = ln 2.05, ln(1 + 0.75·1) = ln 1.75, ln(1 + 1·0.75·1) = ln 1.75.
 * PERT, no point mass at zero. Unlike v1's, the three effects are independent a priori: each is identified by
 * its own outcome.
 */
export const PRIOR: AssumptionSpec[] = [
  { parameter: 'ENROLLMENT_EFFECT', low: 0, mode: Math.log(1.7), high: Math.log(2.05), distribution: 'PERT' },
  { parameter: 'ENGAGEMENT_EFFECT', low: 0, mode: Math.log(1.5), high: Math.log(1.75), distribution: 'PERT' },
  { parameter: 'RETENTION_EFFECT', low: 0, mode: Math.log(1.25), high: Math.log(1.75), distribution: 'PERT' },
  { parameter: 'NON_CREDIT_EFFECT_SHARE', low: 0.25, mode: 0.5, high: 0.75, distribution: 'PERT' },
  { parameter: 'ELECTIVE_TAKE_UP', low: 0.1, mode: 0.3, high: 0.6, distribution: 'PERT' },
  { parameter: 'AWARENESS_RAMP_YEARS', low: 1, mode: 2, high: 3, distribution: 'PERT' },
  // Fixed: these pilots are of unbounded size (dose 1 whatever the scale), and diversion never enters a program's own
  // results; a free parameter the data cannot inform would only slow the sampler.
  { parameter: 'OFFER_HOURS_SCALE', low: 135, mode: 135, high: 135, distribution: 'FIXED' },
  { parameter: 'DIVERSION_SHARE', low: 0, mode: 0, high: 0, distribution: 'FIXED' },
  { parameter: 'RELEVANCE_FLOOR', low: 0.2, mode: 0.2, high: 0.2, distribution: 'FIXED' },
];

/** The modes are the default set's. */
export const MODES: ParameterValues = DEFAULT_MODES;

export function baseline(overrides: Partial<ProgramBaselineInput> = {}): ProgramBaselineInput {
  return {
    totalCredits: 120,
    durationYears: 4,
    tuitionPerCredit: 400,
    annualProspects: 2000,
    annualNewEnrollments: 300,
    engagementRate: 0.55,
    retentionRate: 0.8,
    prospectGrowthRate: 0,
    ...overrides,
  };
}

export function pilot(startYear: number | null, overrides: Partial<PilotEmbedding> = {}): PilotEmbedding {
  return {
    creditBearing: true,
    creditsApplied: 6,
    // Unbounded (dose 1): the pilots' offer is the full ENROLLMENT_EFFECT, as these cases were computed.
    hours: Infinity,
    requirement: 'CORE',
    takeUpRate: null,
    displacesTuition: false,
    costPerLearner: 0,
    setupCost: 0,
    startYear,
    status: 'ACTIVE',
    ...overrides,
  };
}

/**
 * 12 programs, 2018–2025: three adopt a credit-bearing CORE credential in 2022, three in 2023, six never.
 * Sizes and rates vary so the DiD is not a toy.
 */
export function pilotPrograms(): SyntheticProgram[] {
  const out: SyntheticProgram[] = [];
  for (let i = 0; i < 12; i++) {
    const start = i < 3 ? 2022 : i < 6 ? 2023 : null;
    out.push({
      id: `P${String(i).padStart(2, '0')}`,
      baseline: baseline({
        annualProspects: 1500 + 250 * i,
        annualNewEnrollments: (1500 + 250 * i) * (0.12 + 0.01 * (i % 5)),
        engagementRate: 0.5 + 0.03 * (i % 4),
        retentionRate: 0.78 + 0.02 * (i % 3),
        durationYears: i % 4 === 3 ? 2 : 4,
      }),
      embeddings: start === null ? [] : [pilot(start)],
    });
  }
  return out;
}

/** A smaller panel for the simulation-based calibration: 2 adopt in 2022, 2 in 2023, 4 never (2018–2025). */
export function sbcPrograms(): SyntheticProgram[] {
  const all = pilotPrograms();
  return [all[0], all[1], all[3], all[4], all[6], all[7], all[8], all[9]];
}

/**
 * A sceptical prior with a point mass at "no effect" (model v2): even odds that each effect is exactly 0; otherwise
 * a normal around a modest effect (mode 0.2, sd 2.2/6 ≈ 0.37) from harm (−1, odds × 0.37) to benefit (1.2, × 3.3).
 */
export const SPIKE_PRIOR: AssumptionSpec[] = PRIOR.map((s) =>
  s.parameter === 'ENROLLMENT_EFFECT' || s.parameter === 'ENGAGEMENT_EFFECT' || s.parameter === 'RETENTION_EFFECT'
    ? { ...s, low: -1, mode: 0.2, high: 1.2, distribution: 'NORMAL', zeroMass: 0.5 }
    : s,
);

/** `copies` × the 12 programs of pilotPrograms (ids suffixed), for a panel of many programs. */
export function manyPilotPrograms(copies: number): SyntheticProgram[] {
  const out: SyntheticProgram[] = [];
  for (let c = 0; c < copies; c++) for (const p of pilotPrograms()) out.push({ ...p, id: `${p.id}-${c}` });
  return out;
}
