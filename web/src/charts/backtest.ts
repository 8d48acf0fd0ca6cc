/** The back-test chart: one program, one metric, the forecast made as of a year against what was recorded after. */
import { metricKind, metricLabel } from '../lib/format';
import { axisFormat } from './builders';
import type { CellFormat, ChartFormatOptions, ChartResult, LegendItem } from './spec';

const INTERVAL = '#9ecae1';
const MEDIAN = '#08519c';
const ACTUAL = '#1b1f24';
const MISSED = '#d95f02';

/** The accessible names of the marks (each the `<g aria-description>` of its mark in the SVG). */
export const INTERVAL_LABEL = '80% forecast interval';
export const ACTUAL_LABEL = 'Recorded, inside the interval';
export const MISSED_LABEL = 'Recorded, outside the interval';

export interface BacktestPointLike {
  year: number;
  metric: string;
  actual: number;
  p10: number;
  p50: number;
  p90: number;
  covered: boolean;
  crps: number;
}

export function backtestLegend(asOfYear: number): LegendItem[] {
  return [
    {
      swatch: 'bar',
      color: INTERVAL,
      label: `Bar: the 80% forecast interval (P10–P90) made as of ${asOfYear}, with only what was known then.`,
    },
    { swatch: 'line', color: MEDIAN, label: 'Short line: the forecast median (P50).' },
    { swatch: 'dot', color: ACTUAL, label: 'Dot: what was recorded, inside the interval.' },
    { swatch: 'hollow-dot', color: MISSED, label: 'Hollow orange dot: what was recorded, outside the interval.' },
  ];
}

/** Half the width of the median's tick, in years. */
const HALF_TICK = 0.2;

/**
 * Per year forecast: the P10–P90 interval as a bar, the P50 as a short line across it, the actual as a dot (hollow
 * and orange when it fell outside the interval). `points` are one program's; only those of `metric` are drawn.
 */
export function backtestChart(
  points: readonly BacktestPointLike[],
  metric: string,
  opts: ChartFormatOptions & { program: string; asOfYear: number },
): ChartResult {
  const data = points
    .filter((p) => p.metric === metric)
    .sort((a, b) => a.year - b.year)
    .map((p) => ({ ...p, from: p.year - HALF_TICK, to: p.year + HALF_TICK }));
  const years = data.map((d) => d.year);
  const first = years.length ? years[0] : opts.asOfYear + 1;
  const last = years.length ? years[years.length - 1] : first;
  const label = metricLabel(metric);
  const fmt: CellFormat = metricKind(metric) === 'rate' ? 'rate' : 'count';
  const title = `${opts.program} ${label.toLowerCase()}`;
  return {
    ariaLabel: `${title}: the forecast as of ${opts.asOfYear} (80% interval and median) against what was recorded, by year`,
    options: {
      height: 220,
      marginLeft: 64,
      x: {
        label: 'Academic year',
        domain: [first - 0.6, last + 0.6],
        ticks: years,
        tickFormat: (v) => String(v),
      },
      y: { label, grid: true, nice: true, tickFormat: axisFormat(metric, opts) },
      marks: [
        {
          mark: 'ruleX',
          data,
          options: {
            x: 'year',
            y1: 'p10',
            y2: 'p90',
            stroke: INTERVAL,
            strokeWidth: 18,
            ariaDescription: INTERVAL_LABEL,
          },
        },
        {
          mark: 'ruleY',
          data,
          options: {
            y: 'p50',
            x1: 'from',
            x2: 'to',
            stroke: MEDIAN,
            strokeWidth: 2.5,
            ariaDescription: 'Forecast median',
          },
        },
        {
          mark: 'dot',
          data: data.filter((d) => d.covered),
          options: {
            x: 'year',
            y: 'actual',
            r: 4.5,
            fill: ACTUAL,
            stroke: 'white',
            tip: true,
            ariaDescription: ACTUAL_LABEL,
          },
        },
        {
          mark: 'dot',
          data: data.filter((d) => !d.covered),
          options: {
            x: 'year',
            y: 'actual',
            r: 4.5,
            fill: 'white',
            stroke: MISSED,
            strokeWidth: 2,
            tip: true,
            ariaDescription: MISSED_LABEL,
          },
        },
      ],
    },
    table: {
      caption: `${title}: the forecast as of ${opts.asOfYear} against what was recorded`,
      columns: ['Year', 'Recorded', 'P10', 'P50', 'P90', 'Inside the 80% interval', 'CRPS'],
      rows: data.map((d) => [d.year, d.actual, d.p10, d.p50, d.p90, d.covered ? 'yes' : 'no', d.crps]),
      formats: ['year', fmt, fmt, fmt, fmt, 'text', fmt],
    },
    legend: backtestLegend(opts.asOfYear),
  };
}
