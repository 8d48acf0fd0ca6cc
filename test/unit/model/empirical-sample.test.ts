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

/** A joint sample where the realisation share and the enrollment ratio move together (as a posterior's do). */
const SAMPLE: ParameterValues[] = Array.from({ length: 40 }, (_, k) => ({
  ...DEFAULT_MODES,
  ENROLLMENT_RATIO: 1.5 + k * 0.025,
  INTENT_REALISATION: 0.5 - k * 0.01,
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
      const key = Array.from(a.subarray(d * 7, d * 7 + 7)).join('|');
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
    expect(() => drawParameters(EMPIRICAL, 1, 10, [{ ...DEFAULT_MODES, INTENT_REALISATION: 2 }])).toThrow(RangeError);
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
    const realisation = entries.find((e) => e.parameter === 'INTENT_REALISATION')!;
    expect(realisation.lowValue).toBeLessThan(realisation.highValue);
  });
});
