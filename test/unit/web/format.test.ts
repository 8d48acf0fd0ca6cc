import { describe, expect, it } from '@jest/globals';
import {
  formatCount,
  formatCredits,
  formatMetricValue,
  formatMoney,
  formatPercent,
  formatSignedDelta,
  humanize,
  metricKind,
  metricLabel,
} from '../../../web/src/lib/format';

const MINUS = '\u2212';

describe('formatMoney', () => {
  it('formats USD and EUR in the given locale', () => {
    expect(formatMoney(1234.5, 'USD', 'en-US')).toBe('$1,235');
    expect(formatMoney(12.5, 'USD', 'en-US')).toBe('$12.50');
    expect(formatMoney(1234.5, 'EUR', 'de-DE')).toBe('1.235\u00a0€');
    expect(formatMoney(1234.5, 'EUR', 'en-IE')).toBe('€1,235');
  });

  it('uses a real minus sign and a dash for missing values', () => {
    expect(formatMoney(-3000, 'USD', 'en-US')).toBe(`${MINUS}$3,000`);
    expect(formatMoney(null, 'USD')).toBe('—');
    expect(formatMoney(Number.NaN, 'USD')).toBe('—');
  });

  it('has a compact form for axes', () => {
    expect(formatMoney(9_670_752, 'USD', 'en-US', { compact: true, maximumFractionDigits: 1 })).toBe('$9.7M');
  });
});

describe('formatPercent and formatCount', () => {
  it('formats rates as percentages', () => {
    expect(formatPercent(0.153, 'en-US')).toBe('15.3%');
    expect(formatPercent(0.25, 'en-US', 0)).toBe('25%');
    expect(formatPercent(undefined)).toBe('—');
  });

  it('formats counts with grouping', () => {
    expect(formatCount(1953.14, 'en-US')).toBe('1,953.1');
    expect(formatCount(-2, 'en-US')).toBe(`${MINUS}2`);
  });
});

describe('formatSignedDelta', () => {
  it('signs counts against the baseline, zero unsigned', () => {
    expect(formatSignedDelta(124.93, 'count', { locale: 'en-US' })).toBe('+124.9');
    expect(formatSignedDelta(-145.1, 'count', { locale: 'en-US' })).toBe(`${MINUS}145.1`);
    expect(formatSignedDelta(0, 'count', { locale: 'en-US' })).toBe('0');
  });

  it('shows rate changes in percentage points', () => {
    expect(formatSignedDelta(0.016, 'rate', { locale: 'en-US' })).toBe('+1.6 pp');
    expect(formatSignedDelta(-0.005, 'rate', { locale: 'en-US' })).toBe(`${MINUS}0.5 pp`);
  });

  it('shows money changes in the currency', () => {
    expect(formatSignedDelta(4_746_079.4, 'money', { currency: 'USD', locale: 'en-US' })).toBe('+$4,746,079');
    expect(formatSignedDelta(-110, 'money', { currency: 'EUR', locale: 'en-IE' })).toBe(`${MINUS}€110.00`);
  });
});

describe('metrics', () => {
  it('knows each outcome kind and label', () => {
    expect(metricKind('NET_REVENUE')).toBe('money');
    expect(metricKind('RETENTION_RATE')).toBe('rate');
    expect(metricKind('NEW_ENROLLMENTS')).toBe('count');
    expect(metricLabel('NET_REVENUE')).toBe('Net revenue');
    expect(metricKind('CONTRIBUTION_MARGIN')).toBe('money');
    expect(metricLabel('CONTRIBUTION_MARGIN')).toBe('Contribution margin');
    expect(humanize('INTENT_REALISATION')).toBe('Intent realisation');
    expect(formatMetricValue(0.8, 'RETENTION_RATE', { locale: 'en-US' })).toBe('80%');
    expect(formatMetricValue(2500, 'CREDENTIAL_COST', { currency: 'EUR', locale: 'en-IE' })).toBe('€2,500');
  });
});

describe('formatCredits', () => {
  it('names the credit unit, singular and plural', () => {
    expect(formatCredits(12, 'US_CREDIT_HOUR', 'en-US')).toBe('12 US credit hours');
    expect(formatCredits(1, 'ECTS', 'en-US')).toBe('1 ECTS credit');
    expect(formatCredits(7.5, null, 'en-US')).toBe('7.5 credits');
    expect(formatCredits(null, 'ECTS')).toBe('—');
  });
});
