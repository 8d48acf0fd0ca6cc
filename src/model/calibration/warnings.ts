/**
 * What the data cannot support, in words (docs/MODEL.md §15). Each warning is defined here, once; the API's
 * schema descriptions can use WARNING_DESCRIPTIONS verbatim.
 */
import type { DidEstimate } from './did';
import { SMALL_EVENTS, SMALL_TRIALS } from './did';
import { MAX_PARETO_K, MIN_ESS } from './posterior';

export const CALIBRATION_WARNINGS = [
  'FEW_TREATED_PROGRAMS',
  'FEW_COMPARISON_PROGRAMS',
  'SMALL_COUNTS',
  'NO_PRE_PERIOD',
  'PRETREND',
  'PRIOR_DATA_CONFLICT',
  'WEIGHT_DEGENERACY',
  'IMPLAUSIBLE_LIFT',
] as const;
export type CalibrationWarning = (typeof CALIBRATION_WARNINGS)[number];

export const MIN_PROGRAMS = 3;
/** IMPLAUSIBLE_LIFT: |log-odds lift| above log 5, i.e. odds multiplied or divided by more than 5. */
export const IMPLAUSIBLE_LOG_ODDS = Math.log(5);
const Z95 = 1.959963984540054;

export const WARNING_DESCRIPTIONS: Readonly<Record<CalibrationWarning, string>> = {
  FEW_TREATED_PROGRAMS:
    `An estimate rests on fewer than ${MIN_PROGRAMS} treated programs: one program's own circumstances can ` +
    'pass for the effect, and the variation between programs cannot be measured.',
  FEW_COMPARISON_PROGRAMS:
    `An estimate rests on fewer than ${MIN_PROGRAMS} comparison programs: the trend the treated programs ` +
    'would have followed without the credential is poorly known.',
  SMALL_COUNTS:
    `A program-year behind an estimate has fewer than ${SMALL_TRIALS} students or prospects, or fewer than ` +
    `${SMALL_EVENTS} events or non-events: its rate is noisy and the normal approximation of its log-odds is poor.`,
  NO_PRE_PERIOD:
    'A treated program has no recorded year before its start and was left out, or no treated program has ' +
    'the two years before its start that the pretrend test needs.',
  PRETREND:
    'Before they started, the treated programs were already moving away from their comparisons (placebo ' +
    'test with a fake start one year earlier, |z| > 1.96): the effect may be a trend that was there anyway.',
  PRIOR_DATA_CONFLICT:
    "A local estimate lies outside the prior's 95% predictive interval: your results disagree with the " +
    'survey-based assumptions, and the posterior is a compromise driven by the data.',
  WEIGHT_DEGENERACY:
    `The sampler could not represent the posterior reliably (Pareto k-hat above ${MAX_PARETO_K}, effective ` +
    `sample size below ${MIN_ESS}, or tempering did not finish).`,
  IMPLAUSIBLE_LIFT:
    'A local estimate multiplies or divides the odds by more than 5 (|log-odds lift| > log 5), far beyond ' +
    'what embedding a credential plausibly does: check for a change of definition, a merger or a data error.',
};

export interface WarningInputs {
  estimates: readonly DidEstimate[];
  /** Treated programs with post-period data but no pre-period, for some outcome. */
  withoutPrePeriod: number;
  /** Per estimate: share of the prior predictive distribution below it (conflict outside [2.5 %, 97.5 %]). */
  priorPredictiveTail: readonly number[];
  effectiveSampleSize: number;
  paretoK: number | null;
  reachedPosterior: boolean;
  /** Whether a posterior was sampled at all (not for INSUFFICIENT_DATA). */
  sampled: boolean;
}

/** The warnings that apply, in CALIBRATION_WARNINGS order. */
export function calibrationWarnings(w: WarningInputs): CalibrationWarning[] {
  const on = new Set<CalibrationWarning>();
  const es = w.estimates;
  if (es.some((e) => e.treatedPrograms < MIN_PROGRAMS)) on.add('FEW_TREATED_PROGRAMS');
  if (es.some((e) => e.comparisonPrograms < MIN_PROGRAMS)) on.add('FEW_COMPARISON_PROGRAMS');
  if (es.some((e) => e.smallCounts)) on.add('SMALL_COUNTS');
  if (w.withoutPrePeriod > 0 || (es.length > 0 && es.every((e) => e.placebo === null))) on.add('NO_PRE_PERIOD');
  if (es.some((e) => e.placebo !== null && Math.abs(e.placebo.z) > Z95)) on.add('PRETREND');
  if (w.priorPredictiveTail.some((f) => f < 0.025 || f > 0.975)) on.add('PRIOR_DATA_CONFLICT');
  if (
    w.sampled &&
    (!w.reachedPosterior || w.effectiveSampleSize < MIN_ESS || (w.paretoK !== null && w.paretoK > MAX_PARETO_K))
  ) {
    on.add('WEIGHT_DEGENERACY');
  }
  if (es.some((e) => Math.abs(e.logOddsLift) > IMPLAUSIBLE_LOG_ODDS)) on.add('IMPLAUSIBLE_LIFT');
  return CALIBRATION_WARNINGS.filter((c) => on.has(c));
}
