/** Pure chart builders of the calibration and optimizer views, in the shape of builders.ts. */
import { humanize, metricKind, metricLabel } from '../lib/format';
import { axisFormat } from './builders';
import type { CellFormat, ChartFormatOptions, ChartResult } from './spec';

const LOCAL = '#d95f02';
const PRIOR = '#636363';
const POSTERIOR = '#08519c';
const BASELINE = '#636363';

export interface Summary {
  mean: number;
  p10: number;
  p50: number;
  p90: number;
}

export interface LocalEffectItem {
  outcome: string;
  logOddsLift: number;
  lower95: number;
  upper95: number;
  predictedByPrior: Summary;
  predictedByPosterior: Summary;
}

const LOCAL_ROW = 'Your results (95% interval)';
const PRIOR_ROW = 'Model before (P10–P90)';
const POSTERIOR_ROW = 'Model after (P10–P90)';

/**
 * Per outcome, on the log-odds scale: the local effect measured on the institution's own programs with its 95%
 * interval, and the lift the model predicted for the same programs and years before (prior) and after (posterior).
 */
export function localEffectChart(items: readonly LocalEffectItem[]): ChartResult {
  const data = items.flatMap((it) => {
    const outcome = humanize(it.outcome);
    return [
      { outcome, which: LOCAL_ROW, low: it.lower95, mid: it.logOddsLift, high: it.upper95 },
      {
        outcome,
        which: PRIOR_ROW,
        low: it.predictedByPrior.p10,
        mid: it.predictedByPrior.p50,
        high: it.predictedByPrior.p90,
      },
      {
        outcome,
        which: POSTERIOR_ROW,
        low: it.predictedByPosterior.p10,
        mid: it.predictedByPosterior.p50,
        high: it.predictedByPosterior.p90,
      },
    ];
  });
  const rows = [LOCAL_ROW, PRIOR_ROW, POSTERIOR_ROW];
  return {
    ariaLabel: 'Local effect per outcome with its 95% interval, against the lift the model predicted before and after',
    options: {
      height: Math.max(140, 96 * items.length + 60),
      marginLeft: 110,
      marginRight: 190,
      fy: { label: null, domain: items.map((it) => humanize(it.outcome)) },
      y: { label: null, domain: rows, padding: 0.3 },
      x: { label: 'Lift (log-odds)', grid: true, nice: true },
      color: { domain: rows, range: [LOCAL, PRIOR, POSTERIOR], legend: true },
      marks: [
        { mark: 'ruleX', data: [0], options: { stroke: '#222', strokeDasharray: '3,3' } },
        {
          mark: 'ruleY',
          data,
          options: { fy: 'outcome', y: 'which', x1: 'low', x2: 'high', stroke: 'which', strokeWidth: 3 },
        },
        { mark: 'dot', data, options: { fy: 'outcome', y: 'which', x: 'mid', fill: 'which', r: 4, tip: true } },
      ],
    },
    table: {
      caption: 'Local effect and predicted lift per outcome (log-odds)',
      columns: [
        'Outcome',
        'Local effect',
        'Lower 95%',
        'Upper 95%',
        'Before: P50',
        'Before: P10',
        'Before: P90',
        'After: P50',
        'After: P10',
        'After: P90',
      ],
      rows: items.map((it) => [
        humanize(it.outcome),
        it.logOddsLift,
        it.lower95,
        it.upper95,
        it.predictedByPrior.p50,
        it.predictedByPrior.p10,
        it.predictedByPrior.p90,
        it.predictedByPosterior.p50,
        it.predictedByPosterior.p10,
        it.predictedByPosterior.p90,
      ]),
      formats: ['text', 'count', 'count', 'count', 'count', 'count', 'count', 'count', 'count', 'count'],
    },
  };
}

const BASELINE_ROW = 'No change';
const PLAN_ROW = 'The plan';

/** The objective under the plan (P10–P90 and P50 on fresh draws, and its mean) against no change. */
export function planValueChart(
  value: Summary,
  baselineValue: number,
  objective: string,
  opts: ChartFormatOptions = {},
): ChartResult {
  const label = metricLabel(objective);
  const fmt: CellFormat = metricKind(objective) === 'money' ? 'money' : 'count';
  return {
    ariaLabel: `${label} over the horizon: the plan's P10–P90 band and P50 against no change`,
    options: {
      height: 150,
      marginLeft: 90,
      y: { label: null, domain: [PLAN_ROW, BASELINE_ROW], padding: 0.4 },
      x: { label, grid: true, nice: true, tickFormat: axisFormat(objective, opts) },
      color: { domain: [PLAN_ROW, BASELINE_ROW], range: [POSTERIOR, BASELINE] },
      marks: [
        { mark: 'ruleX', data: [baselineValue], options: { stroke: BASELINE, strokeDasharray: '4,3' } },
        {
          mark: 'ruleY',
          data: [{ which: PLAN_ROW, low: value.p10, high: value.p90 }],
          options: { y: 'which', x1: 'low', x2: 'high', stroke: POSTERIOR, strokeWidth: 8, strokeOpacity: 0.4 },
        },
        {
          mark: 'dot',
          data: [
            { which: PLAN_ROW, x: value.p50 },
            { which: BASELINE_ROW, x: baselineValue },
          ],
          options: { y: 'which', x: 'x', fill: 'which', r: 5, tip: true },
        },
        {
          mark: 'tickX',
          data: [{ which: PLAN_ROW, x: value.mean }],
          options: { y: 'which', x: 'x', stroke: '#222', strokeWidth: 2 },
        },
      ],
    },
    table: {
      caption: `${label} over the horizon: no change and the plan`,
      columns: ['', 'Mean', 'P10', 'P50', 'P90'],
      rows: [
        [BASELINE_ROW, baselineValue, baselineValue, baselineValue, baselineValue],
        [PLAN_ROW, value.mean, value.p10, value.p50, value.p90],
      ],
      formats: ['text', fmt, fmt, fmt, fmt],
    },
  };
}
