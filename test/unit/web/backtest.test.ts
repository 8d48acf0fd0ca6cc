import { describe, expect, it } from '@jest/globals';
import {
  coverageCount,
  coverageVerdict,
  crpsText,
  defaultAsOfYear,
  scoreSentences,
} from '../../../web/src/lib/backtest';
import { ACTUAL_LABEL, backtestChart, INTERVAL_LABEL, MISSED_LABEL } from '../../../web/src/charts/backtest';

describe('the default as-of year', () => {
  it('is two years before the latest year recorded for any program', () => {
    expect(defaultAsOfYear(2025)).toBe(2023);
  });

  it('is unknown when nothing is recorded', () => {
    expect(defaultAsOfYear(null)).toBeNull();
  });
});

describe('scoreSentences', () => {
  it('says how the forecasts of entrants did, in words', () => {
    const [coverage, crps, verdict] = scoreSentences(
      {
        metric: 'NEW_ENROLLMENTS',
        points: 6,
        coverage80: 5 / 6,
        crps: 4.1,
        crpsPersistence: 9.7,
        crpsNoEffect: 4.3,
      },
      'en-US',
    );
    expect(coverage).toBe('The 80% forecast interval held 5 of 6 actual entrant counts (83%; about 80% is right).');
    expect(crps).toBe(
      'Forecasts scored 4.1 entrants (CRPS) against 9.7 for carrying the last year forward and 4.3 for a model with ' +
        'no credential effect.',
    );
    // 4.1 against 4.3 is within 5%: too close to credit the effects.
    expect(verdict).toBe(
      'Lower is better: better than carrying the last year forward, and the credential effects made little difference.',
    );
  });

  it('credits or blames the effects only for a difference of 5% or more', () => {
    const score = { metric: 'NEW_ENROLLMENTS', points: 28, coverage80: 0.8, crps: 4, crpsPersistence: 3.9 };
    expect(scoreSentences({ ...score, crpsNoEffect: 4.5 }, 'en-US')[2]).toBe(
      'Lower is better: no better than carrying the last year forward, and the credential effects made the ' +
        'forecasts better.',
    );
    expect(scoreSentences({ ...score, crpsNoEffect: 3.7 }, 'en-US')[2]).toMatch(/effects made the forecasts worse\.$/);
  });

  it('calls a coverage far below 80% overconfident, and rates in percentage points', () => {
    const [coverage, crps, verdict] = scoreSentences(
      {
        metric: 'RETENTION_RATE',
        points: 28,
        coverage80: 16 / 28,
        crps: 0.0196,
        crpsPersistence: 0.0281,
        crpsNoEffect: 0.0197,
      },
      'en-US',
    );
    expect(coverage).toBe(
      'The 80% forecast interval held 16 of 28 actual retention rates (57%; about 80% is right, so these forecasts ' +
        'were overconfident: their intervals were too narrow).',
    );
    expect(crps).toBe(
      'Forecasts scored 2.0 percentage points (CRPS) against 2.8 for carrying the last year forward and 2.0 for a ' +
        'model with no credential effect.',
    );
    expect(verdict).toMatch(/the credential effects made little difference\.$/);
  });

  it('judges coverage by the number of actuals behind it', () => {
    expect(coverageVerdict(0.5, 6)).toBe('right');
    expect(coverageVerdict(0.5, 100)).toBe('overconfident');
    expect(coverageVerdict(1, 100)).toBe('wide');
    expect(coverageVerdict(0.75, 28)).toBe('right');
  });

  it('writes a CRPS in the unit of its metric', () => {
    expect(crpsText(36.32, 'NEW_ENROLLMENTS', 'en-US')).toBe('36.3 entrants');
    expect(crpsText(0.0239, 'ENGAGEMENT_RATE', 'en-US')).toBe('2.4 percentage points');
    expect(crpsText(4, 'NEW_ENROLLMENTS', 'en-US')).toBe('4.0 entrants');
    expect(crpsText(1234.56, 'NEW_ENROLLMENTS', 'en-US')).toBe('1,234.6 entrants');
  });

  it('counts the actuals inside the interval', () => {
    expect(coverageCount({ coverage80: 10 / 28, points: 28 }, 'en-US')).toBe('10 of 28 (36%)');
  });
});

describe('backtestChart', () => {
  const points = [
    {
      year: 2025,
      metric: 'NEW_ENROLLMENTS',
      actual: 389,
      p10: 253.5,
      p50: 279,
      p90: 308.2,
      covered: false,
      crps: 96.8,
    },
    {
      year: 2024,
      metric: 'NEW_ENROLLMENTS',
      actual: 280,
      p10: 253.5,
      p50: 278.9,
      p90: 306.3,
      covered: true,
      crps: 7.2,
    },
    {
      year: 2024,
      metric: 'ENGAGEMENT_RATE',
      actual: 0.62,
      p10: 0.58,
      p50: 0.61,
      p90: 0.65,
      covered: true,
      crps: 0.007,
    },
  ];
  const chart = backtestChart(points, 'NEW_ENROLLMENTS', { program: 'BS-CS', asOfYear: 2023 });

  it('names the program, the metric and the as-of year for screen readers', () => {
    expect(chart.ariaLabel).toBe(
      'BS-CS new enrollments: the forecast as of 2023 (80% interval and median) against what was recorded, by year',
    );
  });

  it('draws per year the interval, the median and the actual, a miss apart', () => {
    const [interval, median, inside, outside] = chart.options.marks;
    expect(interval).toMatchObject({
      mark: 'ruleX',
      options: { x: 'year', y1: 'p10', y2: 'p90', ariaDescription: INTERVAL_LABEL },
    });
    expect((interval.data as { year: number }[]).map((d) => d.year)).toEqual([2024, 2025]);
    expect(median).toMatchObject({ mark: 'ruleY', options: { y: 'p50', x1: 'from', x2: 'to' } });
    expect((median.data as { from: number; to: number }[])[0]).toMatchObject({ from: 2023.8, to: 2024.2 });
    expect(inside).toMatchObject({ mark: 'dot', options: { y: 'actual', ariaDescription: ACTUAL_LABEL } });
    expect((inside.data as { year: number }[]).map((d) => d.year)).toEqual([2024]);
    expect(outside).toMatchObject({
      mark: 'dot',
      options: { y: 'actual', ariaDescription: MISSED_LABEL, fill: 'white' },
    });
    expect((outside.data as { year: number }[]).map((d) => d.year)).toEqual([2025]);
    expect(chart.options.x?.domain).toEqual([2023.4, 2025.6]);
    expect(chart.options.x?.ticks).toEqual([2024, 2025]);
  });

  it('puts the same numbers in its table, and a legend in words', () => {
    expect(chart.table.columns).toEqual(['Year', 'Recorded', 'P10', 'P50', 'P90', 'Inside the 80% interval', 'CRPS']);
    expect(chart.table.rows).toEqual([
      [2024, 280, 253.5, 278.9, 306.3, 'yes', 7.2],
      [2025, 389, 253.5, 279, 308.2, 'no', 96.8],
    ]);
    expect(chart.legend?.[0].label).toMatch(/80% forecast interval \(P10–P90\) made as of 2023/);
    const rate = backtestChart(points, 'ENGAGEMENT_RATE', { program: 'BS-CS', asOfYear: 2023 });
    expect(rate.table.formats?.[1]).toBe('rate');
    expect(rate.table.rows).toHaveLength(1);
  });
});
