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
/**
 * PRETREND: the pre-trend test on the event study's leads (did.ts: the joint test that every lead is 0 and the test of
 * a steady drift, combined) rejects at this level, for some outcome. The level is shared out over the outcomes tested
 * (Bonferroni), so the warning's false-alarm rate stays at or below it.
 */
export const PRETREND_LEVEL = 0.05;
/**
 * PRIOR_DATA_CONFLICT: the data-only estimate's two-sided prior predictive p-value is below this, for some outcome.
 * Strict on purpose: a sceptical prior and modest data are expected to differ; only an estimate the prior gave
 * less than a 1 % chance of being as far out is a conflict.
 */
export const CONFLICT_P_VALUE = 0.01;

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
    'A treated program has no recorded year before its start and was left out, or no estimate has what the ' +
    'pretrend test needs: a year two or more before the start, in at least two treated programs.',
  PRETREND:
    'Before they started, the treated programs were already moving away from their comparisons: the pre-trend ' +
    "test on the event study's leads (2 or more years before the start, against the year before it; the joint test " +
    `that all are zero and the test of a steady drift, combined) rejects at the ${PRETREND_LEVEL * 100}% level, ` +
    'shared out over the outcomes tested. The effect may be a trend that was there anyway.',
  PRIOR_DATA_CONFLICT:
    'A local estimate is one the prior thought very unlikely: its two-sided prior predictive p-value is below ' +
    `${CONFLICT_P_VALUE} (the prior's predicted lifts, each with the estimate's sampling error). Your results ` +
    'disagree with the assumptions, and the posterior is a compromise driven by the data.',
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
  /**
   * Per estimate: share of the prior predictive distribution below it; conflict when the two-sided p-value
   * 2·min(tail, 1 − tail) is below CONFLICT_P_VALUE.
   */
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
  if (w.withoutPrePeriod > 0 || (es.length > 0 && es.every((e) => e.pretrend === null))) on.add('NO_PRE_PERIOD');
  const tested = es.filter((e) => e.pretrend !== null).length;
  if (es.some((e) => e.pretrend !== null && e.pretrend.pValue < PRETREND_LEVEL / tested)) on.add('PRETREND');
  if (w.priorPredictiveTail.some((f) => 2 * Math.min(f, 1 - f) < CONFLICT_P_VALUE)) on.add('PRIOR_DATA_CONFLICT');
  if (
    w.sampled &&
    (!w.reachedPosterior || w.effectiveSampleSize < MIN_ESS || (w.paretoK !== null && w.paretoK > MAX_PARETO_K))
  ) {
    on.add('WEIGHT_DEGENERACY');
  }
  if (es.some((e) => Math.abs(e.logOddsLift) > IMPLAUSIBLE_LOG_ODDS)) on.add('IMPLAUSIBLE_LIFT');
  return CALIBRATION_WARNINGS.filter((c) => on.has(c));
}
