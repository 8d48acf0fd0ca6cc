/** Back-tests for people: the default as-of year, and the scores of a back-test in words. */
import { formatCount, formatPercent } from './format';

/** The metrics a back-test forecasts and scores, in the order shown. */
export const BACKTEST_METRICS = ['NEW_ENROLLMENTS', 'ENGAGEMENT_RATE', 'RETENTION_RATE'] as const;

/** The latest academic year recorded for any program, or null when nothing is recorded. */
/** Two years before the latest recorded year: a back-test as of it forecasts the last two recorded years. */
export function defaultAsOfYear(latest: number | null): number | null {
  return latest === null ? null : latest - 2;
}

export interface BacktestScoreLike {
  metric: string;
  points: number;
  coverage80: number;
  crps: number;
  crpsPersistence: number;
  crpsNoEffect: number;
}

const NOUNS: Record<string, { actuals: string; rate: boolean }> = {
  NEW_ENROLLMENTS: { actuals: 'actual entrant counts', rate: false },
  ENGAGEMENT_RATE: { actuals: 'actual engagement rates', rate: true },
  RETENTION_RATE: { actuals: 'actual retention rates', rate: true },
  COMPLETIONS: { actuals: 'actual completion counts', rate: false },
  PROSPECTS: { actuals: 'actual prospect counts', rate: false },
};

/** The same scale as crpsText without the unit, one decimal always (scores are compared with each other). */
function crpsNumber(value: number, metric: string, locale?: string): string {
  if (!Number.isFinite(value)) return '—';
  return new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 })
    .format(NOUNS[metric]?.rate ? value * 100 : value)
    .replace(/-/g, '\u2212');
}

/** A CRPS in the metric's unit: "4.1 entrants", "2.4 percentage points". */
export function crpsText(value: number, metric: string, locale?: string): string {
  const n = crpsNumber(value, metric, locale);
  if (NOUNS[metric]?.rate) return `${n} percentage points`;
  if (metric === 'NEW_ENROLLMENTS') return `${n} entrants`;
  return n;
}

/** "10 of 28 (36%)": the actuals inside the 80% interval. */
export function coverageCount(s: Pick<BacktestScoreLike, 'coverage80' | 'points'>, locale?: string): string {
  return (
    `${formatCount(Math.round(s.coverage80 * s.points), locale, 0)} of ${formatCount(s.points, locale, 0)} ` +
    `(${formatPercent(s.coverage80, locale, 0)})`
  );
}

/** Below this relative difference in CRPS, the effects are said to have made little difference. */
const LITTLE = 0.05;

/**
 * Whether a coverage is about right for its number of actuals: within two binomial standard deviations of 80%
 * ('right'), below ('overconfident': the intervals were too narrow) or above ('wide').
 */
export function coverageVerdict(coverage: number, points: number): 'right' | 'overconfident' | 'wide' {
  const sd = Math.sqrt((0.8 * 0.2) / Math.max(1, points));
  if (coverage < 0.8 - 2 * sd) return 'overconfident';
  if (coverage > 0.8 + 2 * sd) return 'wide';
  return 'right';
}

/**
 * The scores of one metric in words: "The 80% forecast interval held 5 of 6 actual entrant counts (83%; about 80%
 * is right). Forecasts scored 4.1 entrants (CRPS) against 9.7 for carrying the last year forward and 4.3 for a model
 * with no credential effect." and what that says.
 */
export function scoreSentences(s: BacktestScoreLike, locale?: string): string[] {
  const noun = NOUNS[s.metric]?.actuals ?? 'actuals';
  const held = Math.round(s.coverage80 * s.points);
  const verdict = coverageVerdict(s.coverage80, s.points);
  const coverage =
    `The 80% forecast interval held ${formatCount(held, locale, 0)} of ${formatCount(s.points, locale, 0)} ${noun} ` +
    `(${formatPercent(s.coverage80, locale, 0)}; about 80% is right` +
    (verdict === 'overconfident'
      ? ', so these forecasts were overconfident: their intervals were too narrow'
      : verdict === 'wide'
        ? ', so these intervals were wider than they needed to be'
        : '') +
    ').';
  const crps =
    `Forecasts scored ${crpsText(s.crps, s.metric, locale)} (CRPS) against ` +
    `${crpsNumber(s.crpsPersistence, s.metric, locale)} for carrying the last year forward and ` +
    `${crpsNumber(s.crpsNoEffect, s.metric, locale)} for a model with no credential effect.`;
  const persistence =
    s.crps < s.crpsPersistence
      ? 'better than carrying the last year forward'
      : 'no better than carrying the last year forward';
  const relative = s.crpsNoEffect > 0 ? (s.crps - s.crpsNoEffect) / s.crpsNoEffect : 0;
  const effects =
    Math.abs(relative) < LITTLE
      ? 'the credential effects made little difference'
      : relative < 0
        ? 'the credential effects made the forecasts better'
        : 'the credential effects made the forecasts worse';
  return [coverage, crps, `Lower is better: ${persistence}, and ${effects}.`];
}
