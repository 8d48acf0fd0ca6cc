import { describe, expect, it } from '@jest/globals';
import { localEffectChart, planValueChart } from '../../../web/src/charts/planner';

const estimate = {
  outcome: 'ENROLLMENT_RATE',
  logOddsLift: 0.141,
  lower95: 0.025,
  upper95: 0.256,
  predictedByPrior: { mean: 0.31, p10: 0.196, p50: 0.316, p90: 0.425 },
  predictedByPosterior: { mean: 0.18, p10: 0.118, p50: 0.178, p90: 0.236 },
};

describe('localEffectChart', () => {
  const chart = localEffectChart([estimate, { ...estimate, outcome: 'RETENTION_RATE' }]);

  it('draws, per outcome, the local effect and the lift predicted before and after, each with its interval', () => {
    const [zero, rules, dots] = chart.options.marks;
    expect(zero).toMatchObject({ mark: 'ruleX', data: [0] });
    expect(rules.mark).toBe('ruleY');
    expect(dots.mark).toBe('dot');
    expect(rules.data).toHaveLength(6);
    expect(rules.data?.slice(0, 3)).toEqual([
      { outcome: 'Enrollment rate', which: 'Your results (95% interval)', low: 0.025, mid: 0.141, high: 0.256 },
      { outcome: 'Enrollment rate', which: 'Model before (P10–P90)', low: 0.196, mid: 0.316, high: 0.425 },
      { outcome: 'Enrollment rate', which: 'Model after (P10–P90)', low: 0.118, mid: 0.178, high: 0.236 },
    ]);
    expect(chart.options.fy?.domain).toEqual(['Enrollment rate', 'Retention rate']);
  });

  it('has the same numbers as a table, one row per outcome', () => {
    expect(chart.table.rows).toHaveLength(2);
    expect(chart.table.rows[0]).toEqual([
      'Enrollment rate',
      0.141,
      0.025,
      0.256,
      0.316,
      0.196,
      0.425,
      0.178,
      0.118,
      0.236,
    ]);
    expect(chart.table.columns).toHaveLength(chart.table.rows[0].length);
    expect(chart.ariaLabel).toMatch(/^Local effect per outcome/);
  });
});

describe('planValueChart', () => {
  const chart = planValueChart({ mean: 393.0e6, p10: 386.1e6, p50: 393.2e6, p90: 399.8e6 }, 377.2e6, 'NET_REVENUE');

  it('puts the plan’s P10–P90 band, P50 and mean against no change', () => {
    const [baseline, band, dots, mean] = chart.options.marks;
    expect(baseline).toMatchObject({ mark: 'ruleX', data: [377.2e6] });
    expect(band.data).toEqual([{ which: 'The plan', low: 386.1e6, high: 399.8e6 }]);
    expect(dots.data).toEqual([
      { which: 'The plan', x: 393.2e6 },
      { which: 'No change', x: 377.2e6 },
    ]);
    expect(mean.data).toEqual([{ which: 'The plan', x: 393.0e6 }]);
  });

  it('formats money for a revenue objective and counts otherwise', () => {
    expect(chart.table.formats).toEqual(['text', 'money', 'money', 'money', 'money']);
    const enrollments = planValueChart({ mean: 2, p10: 1, p50: 2, p90: 3 }, 1, 'NEW_ENROLLMENTS');
    expect(enrollments.table.formats?.[1]).toBe('count');
    expect(enrollments.ariaLabel).toBe(
      "New enrollments over the horizon: the plan's P10–P90 band and P50 against no change",
    );
  });
});
