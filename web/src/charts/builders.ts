/** Pure chart builders: data in, { ariaLabel, options (a Plot spec), table } out. */
import { formatMoney, formatPercent, metricKind, metricLabel } from '../lib/format';
import { parameterLabel, parameterShortLabel } from '../lib/assumptions';
import type { CellFormat, ChartFormatOptions, ChartResult, LegendItem, ScaleSpec } from './spec';

const BAND = '#9ecae1';
/** The fan chart's two bands: the parameter band (darker) inside the prediction interval (lighter). */
const PARAMETER_BAND = '#6baed6';
const PREDICTION_BAND = '#c6dbef';
const P50 = '#08519c';
const BASELINE = '#636363';
const LOW = '#d6604d';
const HIGH = '#4393c3';

/** Axis ticks for a metric: compact money, percentages, or plain counts. */
export function axisFormat(metric: string, opts: ChartFormatOptions = {}): (value: unknown) => string {
  const kind = metricKind(metric);
  if (kind === 'money')
    return (v) =>
      formatMoney(Number(v), opts.currency ?? 'USD', opts.locale, { compact: true, maximumFractionDigits: 1 });
  // One decimal when needed: a narrow band's ticks (80.5%, 81%) would otherwise read alike.
  if (kind === 'rate') return (v) => formatPercent(Number(v), opts.locale, 1);
  return (v) => new Intl.NumberFormat(opts.locale, { notation: 'compact' }).format(Number(v));
}

function valueFormat(metric: string): CellFormat {
  return metricKind(metric);
}

export interface BandRow {
  year: number;
  baseline: number;
  p10: number;
  p50: number;
  p90: number;
  mean?: number;
  pointEstimate?: number;
  /** The prediction interval: parameter uncertainty plus the programs' year-to-year variation and chance. */
  predictionP10?: number | null;
  predictionP90?: number | null;
}

/** The accessible names of the fan chart's two bands (each the `<g aria-description>` of its mark in the SVG). */
export const PARAMETER_BAND_LABEL = 'Darker band: P10–P90 if the assumptions vary as stated';
export const PREDICTION_BAND_LABEL = 'Lighter band: 80% prediction interval of a recorded year';

/** The fan chart's legend in words. */
export function fanLegend(withPrediction: boolean): LegendItem[] {
  return [
    {
      swatch: 'band',
      color: withPrediction ? PARAMETER_BAND : BAND,
      opacity: withPrediction ? 0.75 : 0.6,
      label: withPrediction
        ? 'Darker band: 8 in 10 outcomes if the assumptions vary as stated (P10–P90).'
        : 'Band: 8 in 10 outcomes if the assumptions vary as stated (P10–P90).',
    },
    ...(withPrediction
      ? [
          {
            swatch: 'band' as const,
            color: PREDICTION_BAND,
            opacity: 0.9,
            label:
              "Lighter band: 8 in 10 years as they may actually be recorded, with your programs' own year-to-year " +
              'ups and downs (the prediction interval).',
          },
        ]
      : []),
    { swatch: 'line', color: P50, label: 'Line and dots: the median (P50).' },
    { swatch: 'dashed', color: BASELINE, label: 'Dashed line: the baseline, without the change.' },
  ];
}

/**
 * The P10–P90 band, the P50 line and the baseline of one outcome, by year; with the prediction interval (when every
 * row has one) as a second, lighter band around the first.
 */
export function fanChart(rows: readonly BandRow[], metric: string, opts: ChartFormatOptions = {}): ChartResult {
  const data = [...rows].sort((a, b) => a.year - b.year);
  const label = metricLabel(metric);
  const fmt = valueFormat(metric);
  const withPrediction = data.length > 0 && data.every((d) => d.predictionP10 != null && d.predictionP90 != null);
  const band = (d: BandRow) => [d.year, d.baseline, d.p10, d.p50, d.p90] as number[];
  return {
    ariaLabel: withPrediction
      ? `${label}: baseline, P50, P10–P90 band and 80% prediction interval by year`
      : `${label}: baseline, P50 and P10–P90 band by year`,
    options: {
      height: 260,
      marginLeft: 64,
      x: { label: 'Year', tickFormat: (v) => String(v), ticks: data.map((d) => d.year) },
      y: { label, grid: true, tickFormat: axisFormat(metric, opts), nice: true },
      marks: [
        ...(withPrediction
          ? [
              {
                mark: 'areaY' as const,
                data,
                options: {
                  x: 'year',
                  y1: 'predictionP10',
                  y2: 'predictionP90',
                  fill: PREDICTION_BAND,
                  fillOpacity: 0.9,
                  ariaDescription: PREDICTION_BAND_LABEL,
                },
              },
            ]
          : []),
        {
          mark: 'areaY',
          data,
          options: {
            x: 'year',
            y1: 'p10',
            y2: 'p90',
            fill: withPrediction ? PARAMETER_BAND : BAND,
            fillOpacity: withPrediction ? 0.75 : 0.6,
            ariaDescription: PARAMETER_BAND_LABEL,
          },
        },
        { mark: 'lineY', data, options: { x: 'year', y: 'baseline', stroke: BASELINE, strokeDasharray: '4,3' } },
        { mark: 'lineY', data, options: { x: 'year', y: 'p50', stroke: P50, strokeWidth: 2 } },
        { mark: 'dot', data, options: { x: 'year', y: 'p50', fill: P50, r: 3, tip: true } },
      ],
    },
    table: withPrediction
      ? {
          caption: `${label} by year: baseline, P10, P50, P90 and the prediction interval`,
          columns: ['Year', 'Baseline', 'P10', 'P50', 'P90', 'Prediction P10', 'Prediction P90'],
          rows: data.map((d) => [...band(d), d.predictionP10 as number, d.predictionP90 as number]),
          formats: ['year', fmt, fmt, fmt, fmt, fmt, fmt],
        }
      : {
          caption: `${label} by year: baseline, P10, P50 and P90`,
          columns: ['Year', 'Baseline', 'P10', 'P50', 'P90'],
          rows: data.map(band),
          formats: ['year', fmt, fmt, fmt, fmt],
        },
    legend: fanLegend(withPrediction),
  };
}

export interface SensitivityItem {
  parameter: string;
  lowValue: number;
  highValue: number;
  outcomeAtLow: number;
  outcomeAtHigh: number;
  swing: number;
}

/**
 * The tornado: per assumption, a bar from the base outcome to the outcome with the assumption at its
 * low and one to its high, largest swing on top. `base` is the outcome with every assumption at its
 * mode; without it, the midpoint of the first bar is used.
 */
export function tornadoChart(
  items: readonly SensitivityItem[],
  metric: string,
  base?: number,
  opts: ChartFormatOptions = {},
): ChartResult {
  const sorted = [...items].sort((a, b) => Math.abs(b.swing) - Math.abs(a.swing));
  const center = base ?? (sorted.length ? (sorted[0].outcomeAtLow + sorted[0].outcomeAtHigh) / 2 : 0);
  const label = metricLabel(metric);
  const bars = sorted.flatMap((s) => [
    { parameter: parameterShortLabel(s.parameter), side: 'Low', base: center, outcome: s.outcomeAtLow },
    { parameter: parameterShortLabel(s.parameter), side: 'High', base: center, outcome: s.outcomeAtHigh },
  ]);
  const fmt = valueFormat(metric);
  return {
    ariaLabel: `Sensitivity of ${label.toLowerCase()}`,
    options: {
      height: Math.max(120, 34 * sorted.length + 60),
      marginLeft: 180,
      y: { label: null, domain: sorted.map((s) => parameterShortLabel(s.parameter)) },
      x: { label, grid: true, tickFormat: axisFormat(metric, opts), nice: true },
      color: { domain: ['Low', 'High'], range: [LOW, HIGH], legend: true },
      marks: [
        { mark: 'barX', data: bars, options: { y: 'parameter', x1: 'base', x2: 'outcome', fill: 'side', tip: true } },
        { mark: 'ruleX', data: [center], options: { stroke: '#222', strokeWidth: 1.5 } },
      ],
    },
    table: {
      caption: `Sensitivity of ${label.toLowerCase()}: each assumption at its low and its high`,
      columns: ['Assumption', 'Low value', 'High value', 'Outcome at low', 'Outcome at high', 'Swing'],
      rows: sorted.map((s) => [
        parameterLabel(s.parameter),
        s.lowValue,
        s.highValue,
        s.outcomeAtLow,
        s.outcomeAtHigh,
        s.swing,
      ]),
      formats: ['text', 'count', 'count', fmt, fmt, fmt],
    },
  };
}

export interface ObservationPoint {
  academicYear: number;
  metric: string;
  value: number;
}

/** Recorded actuals by academic year, one line (with dots) per metric. */
export function actualsChart(
  observations: readonly ObservationPoint[],
  opts: ChartFormatOptions & { title?: string } = {},
): ChartResult {
  const data = [...observations]
    .sort((a, b) => a.metric.localeCompare(b.metric) || a.academicYear - b.academicYear)
    .map((o) => ({ ...o, label: metricLabel(o.metric) }));
  const metrics = [...new Set(data.map((d) => d.metric))];
  const years = [...new Set(data.map((d) => d.academicYear))].sort((a, b) => a - b);
  const allRates = metrics.length > 0 && metrics.every((m) => metricKind(m) === 'rate');
  const names = metrics.map(metricLabel);
  const title = opts.title ?? 'Actuals';
  const byKey = new Map(data.map((d) => [`${d.metric}|${d.academicYear}`, d.value]));
  return {
    ariaLabel: `${title}: ${names.join(', ') || 'no metrics'} by academic year`,
    options: {
      height: 240,
      marginLeft: 56,
      x: { label: 'Academic year', tickFormat: (v) => String(v), ticks: years },
      y: {
        label: allRates ? 'Rate' : 'Count',
        grid: true,
        nice: true,
        tickFormat: allRates ? (v) => formatPercent(Number(v), opts.locale, 0) : undefined,
      },
      color: { domain: names, legend: true },
      marks: [
        { mark: 'lineY', data, options: { x: 'academicYear', y: 'value', stroke: 'label' } },
        { mark: 'dot', data, options: { x: 'academicYear', y: 'value', fill: 'label', r: 3, tip: true } },
      ],
    },
    table: {
      caption: `${title} by academic year`,
      columns: ['Academic year', ...names],
      rows: years.map((y) => [y, ...metrics.map((m) => byKey.get(`${m}|${y}`) ?? '')]),
      formats: ['year', ...metrics.map((m) => (metricKind(m) === 'rate' ? 'rate' : 'count') as CellFormat)],
    },
  };
}

export interface ComparisonRow extends BandRow {
  scenario: { id: string; name: string };
}

/** Several scenarios on one outcome: each one's P10–P90 band and P50 line, plus the baseline. */
export function comparisonChart(
  rows: readonly ComparisonRow[],
  metric: string,
  opts: ChartFormatOptions = {},
): ChartResult {
  const data = [...rows]
    .sort((a, b) => a.scenario.name.localeCompare(b.scenario.name) || a.year - b.year)
    .map((r) => ({ ...r, name: r.scenario.name }));
  const names = [...new Set(data.map((d) => d.name))];
  const years = [...new Set(data.map((d) => d.year))].sort((a, b) => a - b);
  const firstScenario = data.length ? data[0].scenario.id : '';
  const baseline = data.filter((d) => d.scenario.id === firstScenario);
  const predicted = data.some((d) => d.predictionP10 != null);
  const label = metricLabel(metric);
  const fmt = valueFormat(metric);
  return {
    ariaLabel: `${label}: P50${predicted ? ', P10–P90 band and 80% prediction interval' : ' and P10–P90 band'} of ${names.length} scenario${names.length === 1 ? '' : 's'} by year, with the baseline`,
    options: {
      height: 300,
      marginLeft: 64,
      x: { label: 'Year', tickFormat: (v) => String(v), ticks: years },
      y: { label, grid: true, nice: true, tickFormat: axisFormat(metric, opts) },
      color: { domain: names, legend: true },
      marks: [
        ...(predicted
          ? [
              {
                mark: 'areaY' as const,
                data,
                options: {
                  x: 'year',
                  y1: 'predictionP10',
                  y2: 'predictionP90',
                  fill: 'name',
                  fillOpacity: 0.07,
                  z: 'name',
                  ariaDescription: PREDICTION_BAND_LABEL,
                },
              },
            ]
          : []),
        {
          mark: 'areaY',
          data,
          options: { x: 'year', y1: 'p10', y2: 'p90', fill: 'name', fillOpacity: 0.18, z: 'name' },
        },
        {
          mark: 'lineY',
          data: baseline,
          options: { x: 'year', y: 'baseline', stroke: BASELINE, strokeDasharray: '4,3' },
        },
        { mark: 'lineY', data, options: { x: 'year', y: 'p50', stroke: 'name', strokeWidth: 2, z: 'name' } },
        { mark: 'dot', data, options: { x: 'year', y: 'p50', fill: 'name', r: 3, tip: true } },
      ],
    },
    table: {
      caption: `${label} by scenario and year`,
      columns: ['Scenario', 'Year', 'Baseline', 'P10', 'P50', 'P90', 'Prediction P10', 'Prediction P90'],
      rows: data.map((d) => [
        d.name,
        d.year,
        d.baseline,
        d.p10,
        d.p50,
        d.p90,
        d.predictionP10 ?? d.p10,
        d.predictionP90 ?? d.p90,
      ]),
      formats: ['text', 'year', fmt, fmt, fmt, fmt, fmt, fmt],
    },
  };
}

export interface FrontierPoint {
  budget: number;
  expectedGain: number;
  cost?: number | null;
}

/** Expected gain by budget: where money stops buying gain. */
export function frontierChart(
  points: readonly FrontierPoint[],
  objective: string,
  opts: ChartFormatOptions = {},
): ChartResult {
  const data = [...points].sort((a, b) => a.budget - b.budget);
  const label = metricLabel(objective);
  const money = (v: unknown) =>
    formatMoney(Number(v), opts.currency ?? 'USD', opts.locale, { compact: true, maximumFractionDigits: 1 });
  const gainFmt: CellFormat = valueFormat(objective);
  return {
    ariaLabel: `Budget frontier: expected gain in ${label.toLowerCase()} by budget`,
    options: {
      height: 260,
      marginLeft: 64,
      x: { label: 'Budget', tickFormat: money, grid: true },
      y: {
        label: `Expected gain (${label.toLowerCase()})`,
        tickFormat: axisFormat(objective, opts),
        grid: true,
        nice: true,
      },
      marks: [
        { mark: 'lineY', data, options: { x: 'budget', y: 'expectedGain', stroke: P50, curve: 'step-after' } },
        { mark: 'dot', data, options: { x: 'budget', y: 'expectedGain', fill: P50, r: 3, tip: true } },
      ],
    },
    table: {
      caption: `Budget frontier: expected gain in ${label.toLowerCase()} by budget`,
      columns: ['Budget', 'Expected gain', 'Cost'],
      rows: data.map((d) => [d.budget, d.expectedGain, d.cost ?? '']),
      formats: ['money', gainFmt, 'money'],
    },
  };
}

export interface Interval {
  p10: number;
  p50: number;
  p90: number;
  mean?: number;
}

export interface PriorPosteriorItem {
  parameter: string;
  prior: Interval;
  posterior: Interval;
}

/** Per parameter, the prior's and the posterior's P10–P90 interval and P50. */
export function priorPosteriorChart(items: readonly PriorPosteriorItem[], opts: { title?: string } = {}): ChartResult {
  const data = items.flatMap((it) => [
    { parameter: parameterShortLabel(it.parameter), which: 'Prior', ...it.prior },
    { parameter: parameterShortLabel(it.parameter), which: 'Posterior', ...it.posterior },
  ]);
  const names = items.map((it) => parameterShortLabel(it.parameter));
  const title = opts.title ?? 'Prior and posterior';
  const fy: ScaleSpec = { label: null, domain: names };
  return {
    ariaLabel: `${title}: P10–P90 interval and P50 of the prior and the posterior, per parameter`,
    options: {
      height: Math.max(120, 56 * items.length + 50),
      marginLeft: 80,
      marginRight: 170,
      fy,
      y: { label: null, domain: ['Prior', 'Posterior'], padding: 0.3 },
      x: { label: 'Value', grid: true, nice: true },
      color: { domain: ['Prior', 'Posterior'], range: [BASELINE, P50], legend: true },
      marks: [
        {
          mark: 'ruleY',
          data,
          options: { fy: 'parameter', y: 'which', x1: 'p10', x2: 'p90', stroke: 'which', strokeWidth: 3 },
        },
        { mark: 'dot', data, options: { fy: 'parameter', y: 'which', x: 'p50', fill: 'which', r: 4, tip: true } },
      ],
    },
    table: {
      caption: `${title} per parameter`,
      columns: ['Parameter', 'Prior P10', 'Prior P50', 'Prior P90', 'Posterior P10', 'Posterior P50', 'Posterior P90'],
      rows: items.map((it) => [
        parameterLabel(it.parameter),
        it.prior.p10,
        it.prior.p50,
        it.prior.p90,
        it.posterior.p10,
        it.posterior.p50,
        it.posterior.p90,
      ]),
      formats: ['text', 'count', 'count', 'count', 'count', 'count', 'count'],
    },
  };
}
