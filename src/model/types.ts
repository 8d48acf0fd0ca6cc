/**
 * Plain types of the uplift model (docs/MODEL.md). Nothing here knows about GraphQL, the ORM or I/O.
 */

/** How a likelihood ratio is applied to a rate. */
export type Conversion = 'ODDS' | 'RISK_CAPPED';

export type Requirement = 'CORE' | 'ELECTIVE' | 'ADD_ON';

export const PARAMETERS = [
  'ENGAGEMENT_RATIO',
  'ENROLLMENT_RATIO',
  'INTENT_REALISATION',
  'RETENTION_PASS_THROUGH',
  'NON_CREDIT_EFFECT_SHARE',
  'ELECTIVE_TAKE_UP',
  'AWARENESS_RAMP_YEARS',
] as const;
export type Parameter = (typeof PARAMETERS)[number];
export type ParameterValues = Record<Parameter, number>;

/**
 * EMPIRICAL: the parameter is drawn jointly with the others from SimulationInput.sample (a calibration's
 * posterior); its spec gives the sample's range (low, high) and median (mode) only.
 */
export type DistributionKind = 'FIXED' | 'UNIFORM' | 'TRIANGULAR' | 'PERT' | 'EMPIRICAL';

export interface AssumptionSpec {
  parameter: Parameter;
  low: number;
  mode: number;
  high: number;
  distribution: DistributionKind;
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
  requirement: Requirement;
  /** Override of the take-up; else CORE 1, ELECTIVE and ADD_ON ELECTIVE_TAKE_UP. */
  takeUpRate?: number | null;
  displacesTuition: boolean;
  costPerLearner: number;
  /** Charged in year 1, only for embeddings the scenario adds (isNew). */
  setupCost: number;
  isNew?: boolean;
}

/** The observed baseline of a program, as the model reads it. */
export type ProgramBaselineInput = Omit<ProgramModelInput, 'id' | 'current' | 'scenario'>;

/** Picks the baseline fields off anything that carries them (an entity, a seed row). */
export function baselineOf(p: ProgramBaselineInput): ProgramBaselineInput {
  return {
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

export interface ProgramModelInput {
  id: string;
  totalCredits: number;
  durationYears: number;
  tuitionPerCredit: number;
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
  /** One spec per parameter, all seven present. */
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
