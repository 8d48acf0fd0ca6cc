import { describe, expect, it } from '@jest/globals';
import {
  actualsChart,
  comparisonChart,
  fanChart,
  frontierChart,
  PARAMETER_BAND_LABEL,
  PREDICTION_BAND_LABEL,
  priorPosteriorChart,
  tornadoChart,
} from '../../../web/src/charts/builders';

const rows = [
  { year: 2, baseline: 260, p10: 327.4, p50: 376.0, p90: 422.4, mean: 374.7 },
  { year: 1, baseline: 260, p10: 294.8, p50: 321.9, p90: 355.5, mean: 323.8 },
];

describe('fanChart', () => {
  const chart = fanChart(rows, 'NEW_ENROLLMENTS');

  it('names the chart for screen readers', () => {
    expect(chart.ariaLabel).toBe('New enrollments: baseline, P50 and P10–P90 band by year');
  });

  it('draws the P10–P90 band, the P50 line and the baseline from the data, by year', () => {
    const [band, baseline, p50] = chart.options.marks;
    expect(band.mark).toBe('areaY');
    expect(band.options).toMatchObject({ x: 'year', y1: 'p10', y2: 'p90' });
    expect((band.data as { year: number }[]).map((d) => d.year)).toEqual([1, 2]);
    expect(baseline).toMatchObject({ mark: 'lineY', options: { y: 'baseline' } });
    expect(p50).toMatchObject({ mark: 'lineY', options: { y: 'p50' } });
  });

  it('puts the same numbers in its table', () => {
    expect(chart.table.columns).toEqual(['Year', 'Baseline', 'P10', 'P50', 'P90']);
    expect(chart.table.rows).toEqual([
      [1, 260, 294.8, 321.9, 355.5],
      [2, 260, 327.4, 376.0, 422.4],
    ]);
    expect(chart.table.formats?.[1]).toBe('count');
    expect(fanChart(rows, 'NET_REVENUE').table.formats?.[1]).toBe('money');
  });

  it('formats money axes in the currency', () => {
    const y = fanChart(rows, 'NET_REVENUE', { currency: 'EUR', locale: 'en-IE' }).options.y;
    expect(typeof y?.tickFormat).toBe('function');
    expect((y?.tickFormat as (v: unknown) => string)(14_416_831)).toBe('€14.4M');
  });
});

describe('fanChart with the prediction interval', () => {
  const withPrediction = [
    { ...rows[0], predictionP10: 290.1, predictionP90: 470.9 },
    { ...rows[1], predictionP10: 262.5, predictionP90: 390.0 },
  ];
  const chart = fanChart(withPrediction, 'NEW_ENROLLMENTS');

  it('says so in its accessible name', () => {
    expect(chart.ariaLabel).toBe('New enrollments: baseline, P50, P10–P90 band and 80% prediction interval by year');
  });

  it('draws the prediction interval first, as a lighter band under the parameter band', () => {
    const [prediction, band, baseline, p50] = chart.options.marks;
    expect(prediction).toMatchObject({
      mark: 'areaY',
      options: { x: 'year', y1: 'predictionP10', y2: 'predictionP90', ariaDescription: PREDICTION_BAND_LABEL },
    });
    expect(band).toMatchObject({
      mark: 'areaY',
      options: { y1: 'p10', y2: 'p90', ariaDescription: PARAMETER_BAND_LABEL },
    });
    expect(baseline).toMatchObject({ mark: 'lineY', options: { y: 'baseline' } });
    expect(p50).toMatchObject({ mark: 'lineY', options: { y: 'p50' } });
    // Lighter: a paler fill than the band it surrounds.
    const lightness = (hex: string) =>
      [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).reduce((sum, v) => sum + v, 0);
    expect(lightness(prediction.options?.fill as string)).toBeGreaterThan(lightness(band.options?.fill as string));
  });

  it('adds the prediction columns to its table', () => {
    expect(chart.table.columns).toEqual(['Year', 'Baseline', 'P10', 'P50', 'P90', 'Prediction P10', 'Prediction P90']);
    expect(chart.table.rows).toEqual([
      [1, 260, 294.8, 321.9, 355.5, 262.5, 390.0],
      [2, 260, 327.4, 376.0, 422.4, 290.1, 470.9],
    ]);
    expect(chart.table.formats).toHaveLength(7);
  });

  it('explains both bands in words in its legend', () => {
    const labels = (chart.legend ?? []).map((l) => l.label);
    expect(labels[0]).toMatch(/^Darker band: 8 in 10 outcomes if the assumptions vary as stated/);
    expect(labels[1]).toMatch(/^Lighter band: 8 in 10 years as they may actually be recorded/);
    expect(labels).toHaveLength(4);
    expect(fanChart(rows, 'NEW_ENROLLMENTS').legend?.map((l) => l.label)[0]).toMatch(/^Band: /);
  });

  it('leaves the prediction band out when a row lacks it', () => {
    const partial = fanChart([withPrediction[0], rows[1]], 'NEW_ENROLLMENTS');
    expect(partial.options.marks).toHaveLength(4);
    expect(partial.table.columns).toHaveLength(5);
  });
});

describe('tornadoChart', () => {
  const items = [
    {
      parameter: 'ELECTIVE_TAKE_UP',
      lowValue: 0.1,
      highValue: 0.6,
      outcomeAtLow: 57.95,
      outcomeAtHigh: 66.47,
      swing: 8.52,
    },
    {
      parameter: 'ENROLLMENT_EFFECT',
      lowValue: -0.25,
      highValue: 0.35,
      outcomeAtLow: 48.24,
      outcomeAtHigh: 74.57,
      swing: 26.33,
    },
    {
      parameter: 'AWARENESS_RAMP_YEARS',
      lowValue: 1,
      highValue: 3,
      outcomeAtLow: 69.2,
      outcomeAtHigh: 63.73,
      swing: -5.47,
    },
  ];
  const chart = tornadoChart(items, 'NET_REVENUE', 66.47);

  it('is labelled by its outcome', () => {
    expect(chart.ariaLabel).toBe('Sensitivity of net revenue');
  });

  it('orders the bars by the size of the swing and draws them from the base, parameters in plain words', () => {
    expect(chart.options.y?.domain).toEqual(['Enrollment effect', 'Elective take-up', 'Awareness ramp (years)']);
    const bars = chart.options.marks[0];
    expect(bars.mark).toBe('barX');
    const data = bars.data as { parameter: string; side: string; base: number; outcome: number }[];
    expect(data).toHaveLength(6);
    expect(data[0]).toEqual({ parameter: 'Enrollment effect', side: 'Low', base: 66.47, outcome: 48.24 });
    expect(data[1]).toEqual({ parameter: 'Enrollment effect', side: 'High', base: 66.47, outcome: 74.57 });
    expect(chart.options.marks[1]).toMatchObject({ mark: 'ruleX', data: [66.47] });
  });

  it('tabulates every assumption by its full name', () => {
    expect(chart.table.rows.map((r) => r[0])).toEqual([
      'Enrollment effect (log odds ratio)',
      'Elective take-up (share of students)',
      'Years until prospects know of the offer',
    ]);
    expect(chart.table.rows[2]).toEqual(['Years until prospects know of the offer', 1, 3, 69.2, 63.73, -5.47]);
  });
});

describe('actualsChart', () => {
  const chart = actualsChart(
    [
      { academicYear: 2019, metric: 'NEW_ENROLLMENTS', value: 250 },
      { academicYear: 2018, metric: 'NEW_ENROLLMENTS', value: 240 },
      { academicYear: 2018, metric: 'PROSPECTS', value: 1900 },
    ],
    { title: 'Actual counts' },
  );

  it('has one line per metric and one table row per year', () => {
    expect(chart.ariaLabel).toBe('Actual counts: New enrollments, Prospects by academic year');
    expect(chart.options.color?.domain).toEqual(['New enrollments', 'Prospects']);
    expect(chart.table.columns).toEqual(['Academic year', 'New enrollments', 'Prospects']);
    expect(chart.table.rows).toEqual([
      [2018, 240, 1900],
      [2019, 250, ''],
    ]);
  });
});

describe('comparisonChart', () => {
  const chart = comparisonChart(
    [
      { scenario: { id: 'b', name: 'Beta' }, ...rows[0] },
      { scenario: { id: 'a', name: 'Alpha' }, ...rows[1] },
      { scenario: { id: 'a', name: 'Alpha' }, ...rows[0] },
    ],
    'NEW_ENROLLMENTS',
  );

  it('draws each scenario in its colour, with the baseline of one', () => {
    expect(chart.ariaLabel).toBe('New enrollments: P50 and P10–P90 band of 2 scenarios by year, with the baseline');
    expect(chart.options.color?.domain).toEqual(['Alpha', 'Beta']);
    expect((chart.options.marks[1].data as unknown[]).length).toBe(2);
    expect(chart.table.rows[0]).toEqual(['Alpha', 1, 260, 294.8, 321.9, 355.5, 294.8, 355.5]);
    expect(chart.table.rows).toHaveLength(3);
  });

  it('draws each scenario’s prediction interval behind its band when the rows have one', () => {
    const predicted = comparisonChart(
      [{ scenario: { id: 'a', name: 'Alpha' }, ...rows[0], predictionP10: 250, predictionP90: 400 }],
      'NEW_ENROLLMENTS',
    );
    expect(predicted.ariaLabel).toBe(
      'New enrollments: P50, P10–P90 band and 80% prediction interval of 1 scenario by year, with the baseline',
    );
    expect(predicted.options.marks[0].options).toMatchObject({ y1: 'predictionP10', y2: 'predictionP90' });
    expect(predicted.table.rows[0]).toEqual([
      'Alpha',
      rows[0].year,
      260,
      rows[0].p10,
      rows[0].p50,
      rows[0].p90,
      250,
      400,
    ]);
  });
});

describe('frontierChart and priorPosteriorChart', () => {
  it('sorts the frontier by budget', () => {
    const chart = frontierChart(
      [
        { budget: 250_000, expectedGain: 28.3e6, cost: 229_792 },
        { budget: 50_000, expectedGain: 16.0e6, cost: 49_779 },
      ],
      'NET_REVENUE',
    );
    expect(chart.ariaLabel).toBe('Budget frontier: expected gain in net revenue by budget');
    expect(chart.table.rows).toEqual([
      [50_000, 16.0e6, 49_779],
      [250_000, 28.3e6, 229_792],
    ]);
  });

  it('shows the prior and the posterior of each parameter, a v1 one marked as not applied', () => {
    const chart = priorPosteriorChart([
      {
        parameter: 'INTENT_REALISATION',
        prior: { p10: 0.27, p50: 0.47, p90: 0.64 },
        posterior: { p10: 0.16, p50: 0.25, p90: 0.35 },
      },
    ]);
    const data = chart.options.marks[0].data as { which: string; p50: number }[];
    expect(data.map((d) => [d.which, d.p50])).toEqual([
      ['Prior', 0.47],
      ['Posterior', 0.25],
    ]);
    expect(chart.options.fy?.domain).toEqual(['Intent realisation (v1)']);
    expect(chart.table.rows).toEqual([['Intent realisation (v1, not applied)', 0.27, 0.47, 0.64, 0.16, 0.25, 0.35]]);
  });
});
