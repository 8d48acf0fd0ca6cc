/**
 * One entry point for the calibration (docs/MODEL.md §15): the institution's panel and a prior assumption set
 * in, the local effects, the posterior and its diagnostics out. Plain inputs, plain numbers, no I/O.
 *
 * Likelihood: each outcome's local estimate (did.ts: precision-weighted, its standard error clustered by program)
 * is Student-t(estimate | predicted(θ), scale se, ν df), ν the degrees of freedom of its interval: the same
 * distribution its confidence interval is read from, so the posterior is no more certain about the local effect
 * than the interval is. The clustered se already counts how much programs differ in the effect they realise (a
 * program's own deviation moves its cluster), so the between-program variance τ² is reported, not added again;
 * when the standard error cannot be clustered (INDEPENDENT_CELLS), τ²·Σ W_i² is added to it as before.
 * Outcomes are independent given θ (different counts).
 *
 * Prior-data conflict: the prior predictive distribution of the data-only estimate (the prior's predicted lifts, each
 * with the estimate's sampling distribution) gives a two-sided tail probability
 * p = 2·min(P(ŷ ≤ estimate), P(ŷ ≥ estimate)); PRIOR_DATA_CONFLICT below CONFLICT_P_VALUE (warnings.ts).
 *
 * Same data and seed give a bit-identical result: programs are sorted by id, years by year, and every
 * random number comes from seeded streams (the prior's draws as a projection's, then resampling and moves).
 */
import { resolveAssumptions } from '../assumptions';
import { drawParameters } from '../simulate';
import { EFFECT_PARAMETERS, PARAMETERS } from '../types';
import type { AssumptionSpec, Conversion, EffectParameter, Parameter, ParameterValues } from '../types';
import { estimateAll, treatedWithoutPrePeriod, treatedWithPrePost } from './did';
import type { DidEstimate, EventStudyCoefficient, PlaceboTest, PretrendTest, StandardErrorMethod } from './did';
import { buildPanel } from './panel';
import type { CalibrationOutcome, ExclusionReason, PanelProgram } from './panel';
import { samplePosterior } from './posterior';
import { predictLifts, preparePrediction } from './predict';
import { summary, studentTCdf } from './stats';
import type { DistributionSummary } from './stats';
import { calibrationWarnings } from './warnings';
import type { CalibrationWarning } from './warnings';

// Bound once: the likelihood runs for every vector the sampler visits (a global lookup is slow under jest's vm).
const { log1p } = Math;

export const MIN_DRAWS = 1_000;
export const MAX_DRAWS = 100_000;
/** Largest posterior sample kept (systematically thinned from the particles beyond it). */
export const MAX_SAMPLE = 4_000;

export type CalibrationStatus = 'OK' | 'UNRELIABLE' | 'INSUFFICIENT_DATA';

export interface CalibrationInput {
  programs: PanelProgram[];
  /** The prior: one spec per parameter. */
  assumptions: AssumptionSpec[];
  conversion: Conversion;
}

export interface CalibrationOptions {
  draws: number;
  seed: number;
}

export interface LocalEffectEstimate {
  outcome: CalibrationOutcome;
  logOddsLift: number;
  standardError: number;
  lower95: number;
  upper95: number;
  percentagePoints: number;
  /** The treated programs' pre-period rate the percentage points are taken at. */
  preRate: number;
  treatedPrograms: number;
  comparisonPrograms: number;
  observations: number;
  /** τ: between-program standard deviation of the effect (log-odds). */
  betweenProgramSd: number;
  /**
   * The likelihood's scale: se when clustered (it already includes the between-program spread), √(se² + τ²·Σ W_i²)
   * with INDEPENDENT_CELLS.
   */
  likelihoodSd: number;
  placebo: PlaceboTest | null;
  /** How standardError was computed (did.ts): clustered by program, or as if program-years were independent. */
  standardErrorMethod: StandardErrorMethod;
  /** Degrees of freedom of the t behind lower95/upper95 and the likelihood (null: normal). */
  degreesOfFreedom: number | null;
  /** Programs in the fit: the clusters of the standard error. */
  clusters: number;
  /** The standard error as if program-years were independent (binomial noise and year-to-year variation). */
  independentStandardError: number;
  /** Leads (≤ −2), the reference year −1 and lags (≥ 0), each with its clustered standard error. */
  eventStudy: EventStudyCoefficient[];
  /**
   * The pre-trend tests on the leads (the joint test and the trend contrast, combined: did.ts PretrendTest); null
   * without a lead (a year two or more before the start in at least two treated programs).
   */
  pretrend: PretrendTest | null;
  /** pretrend's combined p-value (PRETREND below 0.05, shared out over the outcomes tested). */
  pretrendPValue: number | null;
  /**
   * Two-sided prior predictive p-value of the estimate: how surprising it is under the prior (PRIOR_DATA_CONFLICT
   * below 0.01).
   */
  priorPredictivePValue: number;
  predictedByPrior: DistributionSummary;
  predictedByPosterior: DistributionSummary;
  /** The effect parameter this outcome measures (ENROLLMENT_RATE → ENROLLMENT_EFFECT, …). */
  effect: EffectParameter;
  /** Posterior probability that the effect is above zero / exactly zero (the point mass, updated). */
  probabilityPositive: number;
  probabilityNoEffect: number;
  /** The same two probabilities under the prior, for comparison. */
  priorProbabilityPositive: number;
  priorProbabilityNoEffect: number;
}

/** The effect parameter each calibration outcome measures. */
export const EFFECT_OF_OUTCOME: Readonly<Record<CalibrationOutcome, EffectParameter>> = {
  ENROLLMENT_RATE: 'ENROLLMENT_EFFECT',
  ENGAGEMENT_RATE: 'ENGAGEMENT_EFFECT',
  RETENTION_RATE: 'RETENTION_EFFECT',
};

export interface ParameterPosterior {
  parameter: Parameter;
  prior: DistributionSummary;
  posterior: DistributionSummary;
}

export type DerivedQuantity = 'REALISED_ENROLLMENT_RATIO' | 'REALISED_ENGAGEMENT_RATIO' | 'RETENTION_RATIO';

export interface CalibrationResult {
  status: CalibrationStatus;
  estimates: LocalEffectEstimate[];
  parameters: ParameterPosterior[];
  /** The realised ratios (section 3 of docs/MODEL.md), the best-identified quantities, prior vs posterior. */
  derived: { quantity: DerivedQuantity; prior: DistributionSummary; posterior: DistributionSummary }[];
  /** Joint posterior sample: whole parameter vectors, equally weighted (empty for INSUFFICIENT_DATA). */
  sample: ParameterValues[];
  effectiveSampleSize: number;
  paretoK: number | null;
  warnings: CalibrationWarning[];
  excludedPrograms: { id: string; reason: ExclusionReason }[];
  /** Distinct program-years behind the estimates. */
  observationCount: number;
  diagnostics: {
    stages: number;
    acceptanceRate: number;
    distinct: number;
    priorParetoK: number | null;
    priorEss: number;
  };
}

export function calibrate(input: CalibrationInput, options: CalibrationOptions): CalibrationResult {
  const { draws, seed } = options;
  if (!Number.isInteger(draws) || draws < MIN_DRAWS || draws > MAX_DRAWS) {
    throw new RangeError(`draws must be an integer from ${MIN_DRAWS} to ${MAX_DRAWS} (got ${draws})`);
  }
  if (!Number.isSafeInteger(seed)) throw new RangeError(`seed must be an integer (got ${seed})`);
  const specs = resolveAssumptions(input.assumptions);
  const panel = buildPanel(input.programs);
  const estimates = estimateAll(panel);
  const observationCount = new Set(estimates.flatMap((e) => e.cellKeys)).size;
  const withoutPrePeriod = treatedWithoutPrePeriod(panel);
  const insufficient = treatedWithPrePost(panel) === 0 || estimates.length === 0;

  const plan = preparePrediction(panel, estimates, input.conversion);
  const variances = estimates.map((e) =>
    e.standardErrorMethod === 'PROGRAM_JACKKNIFE' ? e.standardError ** 2 : e.standardError ** 2 + e.tau2 * e.tauWeight,
  );
  const scales = variances.map(Math.sqrt);
  const dfs = estimates.map((e) => e.degreesOfFreedom ?? Infinity);
  const predicted = new Float64Array(estimates.length);
  const logLikelihood = (params: ParameterValues): number => {
    predictLifts(plan, params, predicted);
    let s = 0;
    for (let i = 0; i < estimates.length; i++)
      s += logStudentT((estimates[i].logOddsLift - predicted[i]) / scales[i], dfs[i]);
    return s;
  };

  const post = insufficient ? null : samplePosterior(specs, logLikelihood, { draws, seed });
  const prior = post ? post.prior : drawParameters(specs, seed, draws);
  const posterior = post ? post.posterior : prior;

  const predictAll = (sample: Float64Array): Float64Array[] => {
    const n = sample.length / PARAMETERS.length;
    const out = estimates.map(() => new Float64Array(n));
    const params = {} as ParameterValues;
    for (let d = 0; d < n; d++) {
      PARAMETERS.forEach((p, j) => (params[p] = sample[d * PARAMETERS.length + j]));
      predictLifts(plan, params, predicted);
      for (let i = 0; i < estimates.length; i++) out[i][d] = predicted[i];
    }
    return out;
  };
  const priorLifts = predictAll(prior);
  const postLifts = post ? predictAll(posterior) : priorLifts;
  const priorPredictiveTail = estimates.map((e, i) => {
    let f = 0;
    for (const v of priorLifts[i]) f += studentTCdf((e.logOddsLift - v) / scales[i], dfs[i]);
    return f / priorLifts[i].length;
  });

  const result: CalibrationResult = {
    status: post ? post.status : 'INSUFFICIENT_DATA',
    estimates: estimates.map((e, i) => ({
      ...toLocal(e, variances[i], summary(priorLifts[i]), summary(postLifts[i]), priorPredictiveTail[i]),
      ...signProbabilities(e.outcome, prior, posterior),
    })),
    parameters: PARAMETERS.map((p, j) => ({ parameter: p, prior: column(prior, j), posterior: column(posterior, j) })),
    derived: derivedSummaries(prior, posterior),
    sample: post ? toSample(posterior) : [],
    effectiveSampleSize: post ? post.effectiveSampleSize : 0,
    paretoK: post ? post.paretoK : null,
    warnings: calibrationWarnings({
      estimates,
      withoutPrePeriod,
      priorPredictiveTail,
      effectiveSampleSize: post ? post.effectiveSampleSize : 0,
      paretoK: post ? post.paretoK : null,
      reachedPosterior: post ? post.reachedPosterior : false,
      sampled: post !== null,
    }),
    excludedPrograms: panel.excluded,
    observationCount,
    diagnostics: {
      stages: post ? post.stages : 0,
      acceptanceRate: post ? post.acceptanceRate : 0,
      distinct: post ? post.distinct : 0,
      priorParetoK: post ? post.priorParetoK : null,
      priorEss: post ? post.priorEss : 0,
    },
  };
  return result;
}

type SignProbabilities = Pick<
  LocalEffectEstimate,
  'effect' | 'probabilityPositive' | 'probabilityNoEffect' | 'priorProbabilityPositive' | 'priorProbabilityNoEffect'
>;

/** Shares of the prior's and the posterior's draws of an outcome's effect that are above zero and exactly zero. */
function signProbabilities(
  outcome: CalibrationOutcome,
  prior: Float64Array,
  posterior: Float64Array,
): SignProbabilities {
  const effect = EFFECT_OF_OUTCOME[outcome];
  const j = PARAMETERS.indexOf(effect);
  const shares = (sample: Float64Array): [number, number] => {
    const n = sample.length / PARAMETERS.length;
    let positive = 0;
    let zero = 0;
    for (let d = 0; d < n; d++) {
      const v = sample[d * PARAMETERS.length + j];
      if (v > 0) positive++;
      else if (v === 0) zero++;
    }
    return [positive / n, zero / n];
  };
  const [priorPositive, priorZero] = shares(prior);
  const [positive, zero] = shares(posterior);
  return {
    effect,
    probabilityPositive: positive,
    probabilityNoEffect: zero,
    priorProbabilityPositive: priorPositive,
    priorProbabilityNoEffect: priorZero,
  };
}

/**
 * log of Student's t density at standardised residual z, up to a constant (ν = Infinity: the normal's −z²/2). The
 * constant is the same for every parameter vector, so the posterior does not need it.
 */
function logStudentT(z: number, df: number): number {
  return df < Infinity ? -0.5 * (df + 1) * log1p((z * z) / df) : -0.5 * z * z;
}

function toLocal(
  e: DidEstimate,
  variance: number,
  prior: DistributionSummary,
  posterior: DistributionSummary,
  priorTail: number,
): Omit<LocalEffectEstimate, keyof SignProbabilities> {
  return {
    outcome: e.outcome,
    logOddsLift: e.logOddsLift,
    standardError: e.standardError,
    lower95: e.lower95,
    upper95: e.upper95,
    percentagePoints: e.percentagePoints,
    preRate: e.preRate,
    treatedPrograms: e.treatedPrograms,
    comparisonPrograms: e.comparisonPrograms,
    observations: e.observations,
    betweenProgramSd: Math.sqrt(e.tau2),
    likelihoodSd: Math.sqrt(variance),
    placebo: e.placebo,
    standardErrorMethod: e.standardErrorMethod,
    degreesOfFreedom: e.degreesOfFreedom,
    clusters: e.clusters,
    independentStandardError: e.independentStandardError,
    eventStudy: e.eventStudy,
    pretrend: e.pretrend,
    pretrendPValue: e.pretrend ? e.pretrend.pValue : null,
    priorPredictivePValue: Math.min(1, 2 * Math.min(priorTail, 1 - priorTail)),
    predictedByPrior: prior,
    predictedByPosterior: posterior,
  };
}

function column(sample: Float64Array, j: number): DistributionSummary {
  const n = sample.length / PARAMETERS.length;
  const v = new Float64Array(n);
  for (let d = 0; d < n; d++) v[d] = sample[d * PARAMETERS.length + j];
  return summary(v);
}

function derivedSummaries(prior: Float64Array, posterior: Float64Array): CalibrationResult['derived'] {
  // The realised ratios are exp(effect): the effects' own scale is in `parameters`.
  const ratios = (sample: Float64Array): Float64Array[] => {
    const n = sample.length / PARAMETERS.length;
    return EFFECT_PARAMETERS.map((p) => {
      const j = PARAMETERS.indexOf(p);
      const out = new Float64Array(n);
      for (let d = 0; d < n; d++) out[d] = Math.exp(sample[d * PARAMETERS.length + j]);
      return out;
    });
  };
  const a = ratios(prior);
  const b = ratios(posterior);
  const names: DerivedQuantity[] = ['REALISED_ENROLLMENT_RATIO', 'REALISED_ENGAGEMENT_RATIO', 'RETENTION_RATIO'];
  return names.map((quantity, i) => ({ quantity, prior: summary(a[i]), posterior: summary(b[i]) }));
}

/** Whole parameter vectors; beyond MAX_SAMPLE, every (N/MAX_SAMPLE)-th particle (they are exchangeable). */
function toSample(posterior: Float64Array): ParameterValues[] {
  const n = posterior.length / PARAMETERS.length;
  const m = Math.min(n, MAX_SAMPLE);
  const out: ParameterValues[] = [];
  for (let k = 0; k < m; k++) {
    const d = m === n ? k : Math.floor(((k + 0.5) * n) / m);
    const v = {} as ParameterValues;
    PARAMETERS.forEach((p, j) => (v[p] = posterior[d * PARAMETERS.length + j]));
    out.push(v);
  }
  return out;
}
