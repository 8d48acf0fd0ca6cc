/**
 * Plain types of the uplift model (docs/MODEL.md). Nothing here knows about GraphQL, the ORM or I/O.
 */

/** How a likelihood ratio is applied to a rate. */
export type Conversion = 'ODDS' | 'RISK_CAPPED';

export type Requirement = 'CORE' | 'ELECTIVE' | 'ADD_ON';

/**
 * The model's parameters (docs/MODEL.md §3). The three effects are realised log odds ratios
 * (under RISK_CAPPED, log rate ratios): ENROLLMENT_EFFECT for a full-strength offer, ENGAGEMENT_EFFECT and
 * RETENTION_EFFECT for an exposed student. Each may be exactly zero (a point mass, `zeroMass`) or negative.
 * OFFER_HOURS_SCALE (hours) turns a credential's size into its dose; DIVERSION_SHARE is the share of gained (or
 * lost) entrants who would otherwise enrol (or stay) in another of the institution's programs (docs/MODEL.md §4).
 * RELEVANCE_FLOOR is how much of its offer a credential keeps for a program none of whose occupations it serves:
 * r = RELEVANCE_FLOOR + (1 − RELEVANCE_FLOOR)·ρ (docs/MODEL.md §4.6).
 * New parameters go at the end: stored calibration samples are positional in this order.
 */
export const PARAMETERS = [
  'ENROLLMENT_EFFECT',
  'ENGAGEMENT_EFFECT',
  'RETENTION_EFFECT',
  'NON_CREDIT_EFFECT_SHARE',
  'ELECTIVE_TAKE_UP',
  'AWARENESS_RAMP_YEARS',
  'OFFER_HOURS_SCALE',
  'DIVERSION_SHARE',
  'RELEVANCE_FLOOR',
] as const;
export type Parameter = (typeof PARAMETERS)[number];
export type ParameterValues = Record<Parameter, number>;

/** The realised effects, one per outcome the calibration measures. */
export const EFFECT_PARAMETERS = ['ENROLLMENT_EFFECT', 'ENGAGEMENT_EFFECT', 'RETENTION_EFFECT'] as const;
export type EffectParameter = (typeof EFFECT_PARAMETERS)[number];

/**
 * Model v1's behavioural parameters: stated-intent ratios discounted by a realisation share. The model no longer
 * reads them; they stay for the derivation of the "as stated" readings and for converting v1 sets (v1.ts).
 */
export const V1_PARAMETERS = [
  'ENGAGEMENT_RATIO',
  'ENROLLMENT_RATIO',
  'INTENT_REALISATION',
  'RETENTION_PASS_THROUGH',
] as const;
export type V1Parameter = (typeof V1_PARAMETERS)[number];

/**
 * EMPIRICAL: the parameter is drawn jointly with the others from SimulationInput.sample (a calibration's
 * posterior); its spec gives the sample's range (low, high) and median (mode) only.
 */
export type DistributionKind = 'FIXED' | 'UNIFORM' | 'TRIANGULAR' | 'PERT' | 'NORMAL' | 'EMPIRICAL';

export interface AssumptionSpec {
  parameter: Parameter;
  low: number;
  mode: number;
  high: number;
  /**
   * NORMAL: mean `mode`, standard deviation (high − low)/6, truncated to [low, high] (distributions.ts).
   */
  distribution: DistributionKind;
  /**
   * Probability that the parameter is exactly 0, beside the distribution above (which then holds the other
   * 1 − zeroMass); 0 or absent for none. Only for parameters that may be 0 (docs/MODEL.md §3).
   */
  zeroMass?: number;
}

export const OUTCOME_METRICS = [
  'NEW_ENROLLMENTS',
  'HEADCOUNT',
  'ENGAGEMENT_RATE',
  'RETENTION_RATE',
  'COMPLETIONS',
  'TUITION_REVENUE',
  'CREDENTIAL_COST',
  'NET_REVENUE',
  'CONTRIBUTION_MARGIN',
] as const;
export type OutcomeMetric = (typeof OUTCOME_METRICS)[number];

/** Number of outcome metrics; the flat layouts below use it as a stride. */
export const METRIC_COUNT = OUTCOME_METRICS.length;

/** Index of each metric in OUTCOME_METRICS (and in the flat Float64Array layouts). */
export const METRIC_INDEX = Object.freeze(
  Object.fromEntries(OUTCOME_METRICS.map((m, i) => [m, i])) as Record<OutcomeMetric, number>,
);

/** Rates are headcount-weighted when aggregated; everything else is summed. */
export function isRateMetric(metric: OutcomeMetric): boolean {
  return metric === 'ENGAGEMENT_RATE' || metric === 'RETENTION_RATE';
}

/** The terms of one embedding (a ProgramCredential), reduced to what the model needs. */
export interface EmbeddingTerms {
  /** Credential recognised for credit AND has a credit value. */
  creditBearing: boolean;
  /** In the program's credit unit; full effect (w = 1) only if creditBearing && creditsApplied > 0. */
  creditsApplied: number;
  /**
   * Its size in learning hours, h (dose.ts offerHours: creditsApplied × hours per credit when credit-bearing, else
   * the credential's learningHours, 0 when unknown). Its dose is 1 − exp(−h / OFFER_HOURS_SCALE); Infinity is a
   * credential of unbounded size (dose 1, model v1's reading).
   */
  hours: number;
  /**
   * ρ in [0, 1]: the share of the credential's occupations that the program leads to (docs/MODEL.md §4.6). Absent
   * when unknown (the credential or the program has no occupations): counted as 1, no penalty. The offer it makes
   * is scaled by r = RELEVANCE_FLOOR + (1 − RELEVANCE_FLOOR)·ρ.
   */
  relevance?: number;
  requirement: Requirement;
  /** Override of the take-up; else CORE 1, ELECTIVE and ADD_ON ELECTIVE_TAKE_UP. */
  takeUpRate?: number | null;
  displacesTuition: boolean;
  costPerLearner: number;
  /** Charged in the year it starts (year 1 unless startOffset says otherwise), only for embeddings the scenario adds (isNew). */
  setupCost: number;
  isNew?: boolean;
  /**
   * Projection year (1..H) from which a scenario's embedding is in force; default 1. Only a back-test uses later
   * ones (embeddings that went live after its as-of year); the current embeddings are always in force.
   */
  startOffset?: number;
}

/** The observed baseline of a program, as the model reads it. */
export type ProgramBaselineInput = Omit<ProgramModelInput, 'id' | 'current' | 'scenario' | 'variation'>;

/** Picks the baseline fields off anything that carries them (an entity, a seed row). */
export function baselineOf(p: ProgramBaselineInput): ProgramBaselineInput {
  return {
    capacity: p.capacity ?? null,
    discountRate: p.discountRate ?? 0,
    instructionalCostPerCredit: p.instructionalCostPerCredit ?? 0,
    totalCredits: p.totalCredits,
    durationYears: p.durationYears,
    tuitionPerCredit: p.tuitionPerCredit,
    annualProspects: p.annualProspects,
    annualNewEnrollments: p.annualNewEnrollments,
    engagementRate: p.engagementRate,
    retentionRate: p.retentionRate,
    prospectGrowthRate: p.prospectGrowthRate,
  };
}

/**
 * A program's year-to-year variation (docs/MODEL.md §9, prediction intervals): standard deviations of year
 * shocks, beyond binomial noise, around the projected path. variation.ts estimates them from recorded actuals.
 */
export interface YearToYearVariation {
  /** Of log prospects. */
  prospectsSd: number;
  /** Of the log-odds of the enrollment rate (new entrants / prospects). */
  enrollmentSd: number;
  /** Of the log-odds of the engagement rate. */
  engagementSd: number;
  /** Of the log-odds of the retention rate. */
  retentionSd: number;
}

export interface ProgramModelInput {
  id: string;
  /**
   * Year-to-year variation for the prediction interval; absent: no year shocks and no binomial noise, so the
   * prediction interval is the parameter band.
   */
  variation?: YearToYearVariation | null;
  totalCredits: number;
  durationYears: number;
  tuitionPerCredit: number;
  /** Most new entrants a year (baseline and scenario alike, before diversion); null or absent: no limit. */
  capacity?: number | null;
  /** Institutional aid as a share of gross tuition, in [0, 1); 0 when absent. */
  discountRate?: number;
  /** Marginal cost of teaching one credit to one student; 0 when absent. */
  instructionalCostPerCredit?: number;
  annualProspects: number;
  annualNewEnrollments: number;
  engagementRate: number;
  retentionRate: number;
  prospectGrowthRate: number;
  /** ACTIVE embeddings today: already reflected in the observed baseline rates. */
  current: EmbeddingTerms[];
  /** Embeddings in force under the scenario (current minus removed plus added). */
  scenario: EmbeddingTerms[];
}

/** One projected year (t = 1..horizon). */
export interface YearOutcome {
  year: number;
  values: Record<OutcomeMetric, number>;
}

export interface ProgramProjection {
  baseline: YearOutcome[];
  scenario: YearOutcome[];
}

export interface PortfolioProjection {
  programs: ({ id: string } & ProgramProjection)[];
  total: ProgramProjection;
}

export interface SimulationInput {
  programs: ProgramModelInput[];
  /** One spec per parameter of PARAMETERS, each present once. */
  assumptions: AssumptionSpec[];
  conversion: Conversion;
  horizonYears: number;
  draws: number;
  seed: number;
  /**
   * A joint sample of whole parameter vectors (a calibrated set's posterior), equally weighted. When given,
   * each draw is one vector of it, picked by a seeded stream of its own; the specs then give the modes only.
   * Needed when any spec is EMPIRICAL: the ratios and the realisation share are identified only together.
   */
  sample?: readonly ParameterValues[];
}

export interface SummaryRow {
  /** null = the total across all programs. */
  programId: string | null;
  year: number;
  metric: OutcomeMetric;
  /** No change, at the modes. */
  baseline: number;
  /** Scenario at the modes. */
  pointEstimate: number;
  mean: number;
  p10: number;
  p50: number;
  p90: number;
  /**
   * P10 and P90 of the prediction interval: the same draws plus each program's year-to-year variation (year shocks
   * on prospects and on the rates' log-odds, and binomial noise on counts). Equal to p10 and p90 without variation.
   */
  predictionP10: number;
  predictionP90: number;
}

export interface SimulationResult {
  /** Ordered by program (input order, then the total), then year, then metric (OUTCOME_METRICS order). */
  rows: SummaryRow[];
  modes: ParameterValues;
}

export interface SensitivityEntry {
  parameter: Parameter;
  lowValue: number;
  highValue: number;
  outcomeAtLow: number;
  outcomeAtHigh: number;
  /** outcomeAtHigh − outcomeAtLow. */
  swing: number;
}
