/**
 * Projections on a calibrated set: whole parameter vectors drawn from a joint sample (SimulationInput.sample),
 * seeded; EMPIRICAL specs need that sample; sensitivity moves each parameter across the sample's P10–P90.
 */
import { describe, expect, it } from '@jest/globals';
import {
  drawParameters,
  PARAMETERS,
  quantile,
  sensitivity,
  simulate,
  type AssumptionSpec,
  type ParameterValues,
  type SimulationInput,
} from '../../../src/model';
import { DEFAULT_ASSUMPTIONS, DEFAULT_MODES, embedding, program } from './fixtures';

/**
 * A joint sample where two parameters move together (as a posterior's may: a faster awareness ramp with a larger
 * enrollment effect fits the same early years), with the engagement effect exactly 0 in a quarter of the vectors
 * (a posterior with a point mass at "no effect").
 */
const SAMPLE: ParameterValues[] = Array.from({ length: 40 }, (_, k) => ({
  ...DEFAULT_MODES,
  ENROLLMENT_EFFECT: Math.log(1.2 + k * 0.02),
  AWARENESS_RAMP_YEARS: 1 + k * 0.05,
  ENGAGEMENT_EFFECT: k % 4 === 0 ? 0 : 0.1 + k * 0.005,
}));
const EMPIRICAL: AssumptionSpec[] = PARAMETERS.map((parameter) => {
  const values = SAMPLE.map((v) => v[parameter]);
  return {
    parameter,
    distribution: 'EMPIRICAL',
    low: Math.min(...values),
    mode: quantile(values, 0.5),
    high: Math.max(...values),
  };
});
const input = (over: Partial<SimulationInput> = {}): SimulationInput => ({
  programs: [{ ...program(), scenario: [embedding({ isNew: true })] }],
  assumptions: EMPIRICAL,
  conversion: 'ODDS',
  horizonYears: 3,
  draws: 500,
  seed: 4,
  sample: SAMPLE,
  ...over,
});

describe('a joint sample of parameter vectors', () => {
  it('gives each draw one whole vector of the sample, the same for the same seed', () => {
    const a = drawParameters(EMPIRICAL, 4, 200, SAMPLE);
    expect(drawParameters(EMPIRICAL, 4, 200, SAMPLE)).toEqual(a);
    expect(drawParameters(EMPIRICAL, 5, 200, SAMPLE)).not.toEqual(a);
    const keys = new Set(SAMPLE.map((v) => PARAMETERS.map((p) => v[p]).join('|')));
    const used = new Set<string>();
    for (let d = 0; d < 200; d++) {
      const key = Array.from(a.subarray(d * PARAMETERS.length, (d + 1) * PARAMETERS.length)).join('|');
      expect(keys.has(key)).toBe(true);
      used.add(key);
    }
    // 200 uniform picks of 40 vectors leave (39/40)^200 ≈ 0.6% of them unused on average.
    expect(used.size).toBeGreaterThan(35);
  });

  it('refuses EMPIRICAL specs without their sample, and an empty or out-of-bounds sample', () => {
    expect(() => drawParameters(EMPIRICAL, 1, 10)).toThrow(/EMPIRICAL/);
    expect(() => simulate(input({ sample: undefined }))).toThrow(/EMPIRICAL/);
    expect(() => drawParameters(EMPIRICAL, 1, 10, [])).toThrow(/empty/);
    expect(() => drawParameters(EMPIRICAL, 1, 10, [{ ...DEFAULT_MODES, ENROLLMENT_EFFECT: 6 }])).toThrow(RangeError);
    expect(() => drawParameters(EMPIRICAL, 1, 10, [{ ...DEFAULT_MODES, ELECTIVE_TAKE_UP: 2 }])).toThrow(RangeError);
  });

  it('projects reproducibly, and leaves inputs without a sample as they were', () => {
    expect(simulate(input())).toEqual(simulate(input()));
    const plain = { ...input({ assumptions: DEFAULT_ASSUMPTIONS }), sample: undefined };
    const { sample: _omit, ...withoutKey } = plain;
    expect(simulate(plain)).toEqual(simulate(withoutKey));
    // A one-vector sample is that vector in every draw.
    const one = simulate(input({ sample: [SAMPLE[7]] }));
    for (const row of one.rows) {
      expect(row.p10).toBeCloseTo(row.p90, 9);
    }
  });

  it('moves each parameter across the P10–P90 of its marginal in sensitivity', () => {
    const { draws: _d, seed: _s, ...rest } = input();
    const entries = sensitivity(rest, 'NEW_ENROLLMENTS');
    for (const e of entries) {
      const values = SAMPLE.map((v) => v[e.parameter]);
      expect(e.lowValue).toBeCloseTo(quantile(values, 0.1), 12);
      expect(e.highValue).toBeCloseTo(quantile(values, 0.9), 12);
    }
    const enrollment = entries.find((e) => e.parameter === 'ENROLLMENT_EFFECT')!;
    expect(enrollment.lowValue).toBeLessThan(enrollment.highValue);
    expect(enrollment.swing).toBeGreaterThan(0);
    // The engagement effect's P10 is one of its exact zeros (10 of the 40 vectors).
    expect(entries.find((e) => e.parameter === 'ENGAGEMENT_EFFECT')!.lowValue).toBe(0);
  });
});
