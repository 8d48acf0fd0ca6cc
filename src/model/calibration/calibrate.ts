/**
 * One entry point for the calibration (docs/MODEL.md §15): the institution's panel and a prior assumption set
 * in, the local effects, the posterior and its diagnostics out. Plain inputs, plain numbers, no I/O.
 *
 * Likelihood: each outcome's local estimate is Normal(estimate | predicted(θ), se² + τ²·Σ W_i²), where se
 * is its sampling error (binomial and year-to-year noise), τ² the DerSimonian–Laird between-program
 * variance of the treated programs' effects and W_i their weights in the estimate: programs differ in how
 * much of the effect they realise, and a pooled estimate over a few of them carries that spread. τ² is
 * estimated rather than given a prior: with few treated programs the data say little about it either way
 * (FEW_TREATED_PROGRAMS warns), and a plug-in keeps the sampler's dimension at the model's seven parameters.
 * Outcomes are independent given θ (different counts).
 *
 * Same data and seed give a bit-identical result: programs are sorted by id, years by year, and every
 * random number comes from seeded streams (the prior's draws as a projection's, then resampling and moves).
 */
import { resolveAssumptions } from '../assumptions';
import { drawParameters } from '../simulate';
import { realisedRatio } from '../uplift';
import { PARAMETERS } from '../types';
import type { AssumptionSpec, Conversion, Parameter, ParameterValues } from '../types';
import { estimateAll, treatedWithoutPrePeriod, treatedWithPrePost } from './did';
import type { DidEstimate, PlaceboTest } from './did';
import { buildPanel } from './panel';
import type { CalibrationOutcome, ExclusionReason, PanelProgram } from './panel';
import { samplePosterior } from './posterior';
import { predictLifts, preparePrediction } from './predict';
import { normalCdf, summary } from './stats';
import type { DistributionSummary } from './stats';
import { calibrationWarnings } from './warnings';
import type { CalibrationWarning } from './warnings';

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
  /** √(se² + τ²·Σ W_i²): the likelihood's standard deviation. */
  likelihoodSd: number;
  placebo: PlaceboTest | null;
  predictedByPrior: DistributionSummary;
  predictedByPosterior: DistributionSummary;
}

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
  const variances = estimates.map((e) => e.standardError ** 2 + e.tau2 * e.tauWeight);
  const predicted = new Float64Array(estimates.length);
  const logLikelihood = (params: ParameterValues): number => {
    predictLifts(plan, params, predicted);
    let s = 0;
    for (let i = 0; i < estimates.length; i++) s -= (estimates[i].logOddsLift - predicted[i]) ** 2 / (2 * variances[i]);
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
    const sd = Math.sqrt(variances[i]);
    let f = 0;
    for (const v of priorLifts[i]) f += normalCdf((e.logOddsLift - v) / sd);
    return f / priorLifts[i].length;
  });

  const result: CalibrationResult = {
    status: post ? post.status : 'INSUFFICIENT_DATA',
    estimates: estimates.map((e, i) => toLocal(e, variances[i], summary(priorLifts[i]), summary(postLifts[i]))),
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

function toLocal(
  e: DidEstimate,
  variance: number,
  prior: DistributionSummary,
  posterior: DistributionSummary,
): LocalEffectEstimate {
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
  const at = (name: Parameter): number => PARAMETERS.indexOf(name);
  const ratios = (sample: Float64Array): [Float64Array, Float64Array, Float64Array] => {
    const n = sample.length / PARAMETERS.length;
    const out: [Float64Array, Float64Array, Float64Array] = [
      new Float64Array(n),
      new Float64Array(n),
      new Float64Array(n),
    ];
    for (let d = 0; d < n; d++) {
      const o = d * PARAMETERS.length;
      const realisation = sample[o + at('INTENT_REALISATION')];
      out[0][d] = realisedRatio(sample[o + at('ENROLLMENT_RATIO')], realisation);
      out[1][d] = realisedRatio(sample[o + at('ENGAGEMENT_RATIO')], realisation);
      out[2][d] = 1 + sample[o + at('RETENTION_PASS_THROUGH')] * (out[1][d] - 1);
    }
    return out;
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
