/** Numbers for people: money in the institution's currency, rates as percentages, signed deltas. */

const cache = new Map<string, Intl.NumberFormat>();
function nf(locale: string | undefined, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale ?? ''}|${JSON.stringify(options)}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale, options);
    cache.set(key, f);
  }
  return f;
}

const MINUS = '\u2212';
/** Intl uses U+002D or U+2212 depending on the locale; show the real minus sign everywhere. */
const realMinus = (s: string): string => s.replace(/-/g, MINUS);

export interface MoneyOptions {
  /** Compact notation: €1.2M. */
  compact?: boolean;
  maximumFractionDigits?: number;
}

export function formatMoney(
  value: number | null | undefined,
  currency: string,
  locale?: string,
  opts: MoneyOptions = {},
): string {
  if (value == null || !Number.isFinite(value)) return '—';
  const options: Intl.NumberFormatOptions = { style: 'currency', currency };
  if (opts.compact) {
    options.notation = 'compact';
    options.maximumFractionDigits = opts.maximumFractionDigits ?? 2;
  } else if (opts.maximumFractionDigits !== undefined) {
    options.maximumFractionDigits = opts.maximumFractionDigits;
    options.minimumFractionDigits = Math.min(opts.maximumFractionDigits, 2);
  } else if (Math.abs(value) >= 1000) {
    options.maximumFractionDigits = 0;
  }
  return realMinus(nf(locale, options).format(value));
}

/** 0.153 → "15.3%". */
export function formatPercent(rate: number | null | undefined, locale?: string, fractionDigits = 1): string {
  if (rate == null || !Number.isFinite(rate)) return '—';
  return realMinus(
    nf(locale, { style: 'percent', minimumFractionDigits: 0, maximumFractionDigits: fractionDigits }).format(rate),
  );
}

export function formatCount(value: number | null | undefined, locale?: string, fractionDigits = 1): string {
  if (value == null || !Number.isFinite(value)) return '—';
  return realMinus(nf(locale, { maximumFractionDigits: fractionDigits }).format(value));
}

export type DeltaKind = 'count' | 'rate' | 'money';

/**
 * A change against the baseline, signed: "+12.5", "−3", "0"; rates in percentage points ("+1.6 pp"),
 * money in the currency ("+€1,200").
 */
export function formatSignedDelta(
  value: number | null | undefined,
  kind: DeltaKind,
  opts: { currency?: string; locale?: string } = {},
): string {
  if (value == null || !Number.isFinite(value)) return '—';
  const { locale } = opts;
  switch (kind) {
    case 'money':
      return realMinus(
        nf(locale, {
          style: 'currency',
          currency: opts.currency ?? 'USD',
          signDisplay: 'exceptZero',
          maximumFractionDigits: Math.abs(value) >= 1000 ? 0 : 2,
        }).format(value),
      );
    case 'rate':
      return `${realMinus(nf(locale, { signDisplay: 'exceptZero', maximumFractionDigits: 1 }).format(value * 100))} pp`;
    case 'count':
      return realMinus(nf(locale, { signDisplay: 'exceptZero', maximumFractionDigits: 1 }).format(value));
  }
}

const MONEY_METRICS = new Set(['CONTRIBUTION_MARGIN', 'TUITION_REVENUE', 'CREDENTIAL_COST', 'NET_REVENUE']);

/** How a model outcome is measured. */
export function metricKind(metric: string): DeltaKind {
  if (metric === 'ENGAGEMENT_RATE' || metric === 'RETENTION_RATE') return 'rate';
  if (MONEY_METRICS.has(metric)) return 'money';
  return 'count';
}

/** A value of `metric`, formatted by its kind. */
export function formatMetricValue(
  value: number | null | undefined,
  metric: string,
  opts: { currency?: string; locale?: string } = {},
): string {
  const kind = metricKind(metric);
  if (kind === 'rate') return formatPercent(value, opts.locale);
  if (kind === 'money') return formatMoney(value, opts.currency ?? 'USD', opts.locale);
  return formatCount(value, opts.locale);
}

const METRIC_LABELS: Record<string, string> = {
  NEW_ENROLLMENTS: 'New enrollments',
  HEADCOUNT: 'Headcount',
  ENGAGEMENT_RATE: 'Engagement rate',
  RETENTION_RATE: 'Retention rate',
  COMPLETIONS: 'Completions',
  TUITION_REVENUE: 'Tuition revenue',
  CREDENTIAL_COST: 'Credential cost',
  NET_REVENUE: 'Net revenue',
  CONTRIBUTION_MARGIN: 'Contribution margin',
  PROSPECTS: 'Prospects',
};

/** "CONTRIBUTION_MARGIN" → "Contribution margin". */
export function metricLabel(metric: string): string {
  return METRIC_LABELS[metric] ?? humanize(metric);
}

/** Beside a choice of outcome: net revenue is not the margin (the default outcome). */
export const NET_REVENUE_HINT =
  'Net revenue is tuition before institutional aid and the cost of teaching; the contribution margin is after both.';

/** "INTENT_REALISATION" → "Intent realisation". */
export function humanize(constant: string): string {
  const s = constant.toLowerCase().replace(/_/g, ' ');
  return s.charAt(0).toUpperCase() + s.slice(1);
}

const CREDIT_UNITS: Record<string, [string, string]> = {
  US_CREDIT_HOUR: ['US credit hour', 'US credit hours'],
  ECTS: ['ECTS credit', 'ECTS credits'],
  UK_CATS: ['UK CATS credit', 'UK CATS credits'],
};

/** "12 US credit hours", "1 ECTS credit". */
export function formatCredits(
  value: number | null | undefined,
  unit: string | null | undefined,
  locale?: string,
): string {
  if (value == null || !Number.isFinite(value)) return '—';
  const names = unit ? CREDIT_UNITS[unit] : undefined;
  const name = names ? names[value === 1 ? 0 : 1] : value === 1 ? 'credit' : 'credits';
  return `${formatCount(value, locale)} ${name}`;
}
