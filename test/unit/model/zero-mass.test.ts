/**
 * A point mass at zero (AssumptionSpec.zeroMass, model v2): "no effect" as a probability of its own. Its
 * sampling (one uniform per draw before the continuous part, only when zeroMass > 0), its validation, its mean,
 * and the point value single-number estimates use.
 */
import {
  createRng,
  createSampler,
  distributionMean,
  drawParameters,
  EFFECT_PARAMETERS,
  PARAMETERS,
  simulate,
  validateAssumption,
} from '../../../src/model';
import type { AssumptionSpec, DistributionKind, Parameter } from '../../../src/model';
import { modesOf, pointValue } from '../../../src/model/assumptions';
import { createContinuousSampler, normalCdf, normalPdf } from '../../../src/model/distributions';
import { DEFAULT_ASSUMPTIONS, DEFAULT_MODES, embedding, program } from './fixtures';

type Shape = Pick<AssumptionSpec, 'low' | 'mode' | 'high' | 'distribution' | 'zeroMass'>;

/** The spec of the brief: half "no effect", half a normal around a small effect, from harm to benefit. */
const SPIKE: Shape = { low: -0.25, mode: 0.05, high: 0.35, distribution: 'NORMAL', zeroMass: 0.5 };

const take = (spec: Shape, seed: number, n: number, stream = 0): number[] => {
  const sample = createSampler(spec, createRng(seed, stream));
  return Array.from({ length: n }, sample);
};

describe('sampling with a point mass at zero', () => {
  const n = 100_000;
  const draws = take(SPIKE, 17, n);
  const nonZero = draws.filter((v) => v !== 0);

  it('draws exactly 0 with probability zeroMass', () => {
    // Binomial: sd of the share = √(0.5·0.5/n) = 0.00158; allow 4 standard errors.
    const share = (n - nonZero.length) / n;
    expect(Math.abs(share - 0.5)).toBeLessThan(4 * Math.sqrt((0.5 * 0.5) / n));
  });

  it('draws the rest from the truncated normal: within [low, high], its mean and sd', () => {
    for (const v of nonZero) {
      if (!(v >= SPIKE.low && v <= SPIKE.high)) throw new Error(`${v} outside [${SPIKE.low}, ${SPIKE.high}]`);
    }
    // μ = 0.05, σ = (0.35 + 0.25)/6 = 0.1, truncated at ±3σ: mean 0.05, sd σ·√(1 − 6φ(3)/(2Φ(3) − 1)) = 0.098658.
    const sigma = 0.1;
    const z = 2 * normalCdf(3) - 1;
    const truncatedSd = sigma * Math.sqrt(1 - (6 * normalPdf(3)) / z);
    expect(truncatedSd).toBeCloseTo(0.098658, 5);
    const m = nonZero.length;
    const mean = nonZero.reduce((s, v) => s + v, 0) / m;
    const sd = Math.sqrt(nonZero.reduce((s, v) => s + (v - mean) ** 2, 0) / (m - 1));
    // 5 standard errors: of the mean sd/√m, of the sd about sd/√(2m).
    expect(Math.abs(mean - 0.05)).toBeLessThan((5 * truncatedSd) / Math.sqrt(m));
    expect(Math.abs(sd - truncatedSd)).toBeLessThan((5 * truncatedSd) / Math.sqrt(2 * m));
    // Harm is possible: about Φ(−0.5) − Φ(−3) = 30 % of the non-zero draws are below 0.
    const negative = nonZero.filter((v) => v < 0).length / m;
    const harm = (normalCdf(-0.5) - normalCdf(-3)) / z;
    expect(Math.abs(negative - harm)).toBeLessThan(4 * Math.sqrt((harm * (1 - harm)) / m));
  });

  it('includes the point mass in distributionMean, and the sample mean agrees', () => {
    // (1 − 0.5)·0.05 = 0.025 for the symmetric truncated normal.
    expect(distributionMean(SPIKE)).toBeCloseTo(0.025, 12);
    // PERT with 0.25 at zero: 0.75·(0 + 4·0.5 + 1.2)/6 = 0.75·0.533333 = 0.4.
    expect(distributionMean({ low: 0, mode: 0.5, high: 1.2, distribution: 'PERT', zeroMass: 0.25 })).toBeCloseTo(
      0.4,
      12,
    );
    expect(distributionMean({ low: 0.2, mode: 0.5, high: 0.8, distribution: 'UNIFORM', zeroMass: 1 })).toBe(0);
    const mean = draws.reduce((s, v) => s + v, 0) / n;
    const sd = Math.sqrt(draws.reduce((s, v) => s + (v - mean) ** 2, 0) / (n - 1));
    expect(Math.abs(mean - distributionMean(SPIKE))).toBeLessThan((5 * sd) / Math.sqrt(n));
  });

  it('takes one uniform per draw, before the continuous part: 0 exactly when it falls below zeroMass', () => {
    for (const distribution of ['UNIFORM', 'TRIANGULAR', 'PERT', 'NORMAL'] as DistributionKind[]) {
      const spec: Shape = { low: -0.2, mode: 0.1, high: 0.6, distribution, zeroMass: 0.3 };
      const rng = createRng(99, 2);
      const continuous = createContinuousSampler(spec, rng);
      const expected = Array.from({ length: 2000 }, () => (rng.next() < 0.3 ? 0 : continuous()));
      expect(take(spec, 99, 2000, 2)).toEqual(expected);
    }
  });

  it('zeroMass 1 is always 0; FIXED with a point mass is 0 or its mode', () => {
    expect(new Set(take({ low: 0.1, mode: 0.2, high: 0.5, distribution: 'PERT', zeroMass: 1 }, 3, 1000))).toEqual(
      new Set([0]),
    );
    const fixed = take({ low: 0.4, mode: 0.4, high: 0.4, distribution: 'FIXED', zeroMass: 0.4 }, 3, 20_000);
    expect(new Set(fixed)).toEqual(new Set([0, 0.4]));
    const zeros = fixed.filter((v) => v === 0).length / fixed.length;
    expect(Math.abs(zeros - 0.4)).toBeLessThan(4 * Math.sqrt((0.4 * 0.6) / fixed.length));
  });
});

describe('no point mass: the streams are as before model v2', () => {
  it.each<Shape>([
    { low: 0.1, mode: 0.3, high: 0.6, distribution: 'PERT' },
    { low: 0, mode: 0.5, high: 1, distribution: 'TRIANGULAR' },
    { low: 1, mode: 2, high: 3, distribution: 'UNIFORM' },
    { low: -0.25, mode: 0.05, high: 0.35, distribution: 'NORMAL' },
    { low: 2, mode: 2.5, high: 3, distribution: 'FIXED' },
  ])('$distribution: zeroMass 0 (or absent) draws what the continuous sampler draws', (spec) => {
    const reference = createContinuousSampler(spec, createRng(2025, 3));
    const expected = Array.from({ length: 500 }, reference);
    expect(take({ ...spec, zeroMass: 0 }, 2025, 500, 3)).toEqual(expected);
    expect(take({ ...spec, zeroMass: undefined }, 2025, 500, 3)).toEqual(expected);
  });

  it('gives the numbers the v1 samplers gave for the same seed and stream (recorded before the change)', () => {
    // Recorded from src/model/distributions.ts as of the last v1 commit: createSampler(spec, createRng(2025, 3)).
    expect(take({ low: 0.1, mode: 0.3, high: 0.6, distribution: 'PERT', zeroMass: 0 }, 2025, 4, 3)).toEqual([
      0.14499149244827544, 0.38338700964112515, 0.44192850554939966, 0.4334140026646255,
    ]);
    expect(take({ low: 0, mode: 0.5, high: 1, distribution: 'TRIANGULAR', zeroMass: 0 }, 2025, 4, 3)).toEqual([
      0.9490784367902945, 0.39690412133802055, 0.29053167740290875, 0.8248708651837253,
    ]);
    expect(take({ low: 1, mode: 2, high: 3, distribution: 'UNIFORM' }, 2025, 4, 3)).toEqual([
      2.9896279776011196, 1.6301315261404246, 1.3376346222981914, 2.8773191445540123,
    ]);
  });

  it('a point mass on one parameter leaves the other parameters’ draws unchanged', () => {
    const spiked = DEFAULT_ASSUMPTIONS.map((a) => (a.parameter === 'ENGAGEMENT_EFFECT' ? { ...a, zeroMass: 0.4 } : a));
    const a = drawParameters(DEFAULT_ASSUMPTIONS, 8, 500);
    const b = drawParameters(spiked, 8, 500);
    const j = PARAMETERS.indexOf('ENGAGEMENT_EFFECT');
    let zeros = 0;
    for (let i = 0; i < a.length; i++) {
      if (i % PARAMETERS.length === j) {
        if (b[i] === 0) zeros++;
        continue;
      }
      expect(b[i]).toBe(a[i]);
    }
    expect(zeros).toBeGreaterThan(150);
    expect(zeros).toBeLessThan(250);
    // And zeroMass 0 written out changes nothing at all.
    expect(
      drawParameters(
        DEFAULT_ASSUMPTIONS.map((s) => ({ ...s, zeroMass: 0 })),
        8,
        500,
      ),
    ).toEqual(a);
  });
});

describe('validateAssumption and zeroMass', () => {
  const effect: AssumptionSpec = { parameter: 'ENROLLMENT_EFFECT', ...SPIKE };

  it('accepts a probability in [0, 1] on any parameter that may be 0', () => {
    for (const zeroMass of [0, 0.001, 0.5, 0.999, 1, undefined])
      expect(validateAssumption({ ...effect, zeroMass })).toBeNull();
    expect(
      validateAssumption({
        parameter: 'ELECTIVE_TAKE_UP',
        low: 0.1,
        mode: 0.3,
        high: 0.6,
        distribution: 'PERT',
        zeroMass: 0.2,
      }),
    ).toBeNull();
    // A range that excludes 0 may still put a probability on exactly 0.
    expect(validateAssumption({ ...effect, low: 0.2, mode: 0.4, high: 0.7, zeroMass: 0.3 })).toBeNull();
  });

  it.each([-0.1, 1.01, NaN, Infinity, -Infinity])('refuses zeroMass %p', (zeroMass) => {
    expect(validateAssumption({ ...effect, zeroMass })).toMatch(/zeroMass must be a probability in \[0, 1\]/);
  });

  it('refuses a non-number zeroMass', () => {
    expect(validateAssumption({ ...effect, zeroMass: '0.5' as unknown as number })).toMatch(/zeroMass/);
  });

  it('refuses a point mass on AWARENESS_RAMP_YEARS, which cannot be 0', () => {
    const ramp: AssumptionSpec = { parameter: 'AWARENESS_RAMP_YEARS', low: 1, mode: 2, high: 3, distribution: 'PERT' };
    expect(validateAssumption(ramp)).toBeNull();
    expect(validateAssumption({ ...ramp, zeroMass: 0 })).toBeNull();
    expect(validateAssumption({ ...ramp, zeroMass: 0.2 })).toMatch(/AWARENESS_RAMP_YEARS: cannot be exactly 0/);
    expect(validateAssumption({ ...ramp, zeroMass: 1 })).toMatch(/cannot be exactly 0/);
  });

  it('simulate refuses a set with an invalid zeroMass, naming the parameter', () => {
    const bad = DEFAULT_ASSUMPTIONS.map((a) => (a.parameter === 'RETENTION_EFFECT' ? { ...a, zeroMass: 1.5 } : a));
    expect(() =>
      simulate({
        programs: [program()],
        assumptions: bad,
        conversion: 'ODDS',
        horizonYears: 2,
        draws: 10,
        seed: 1,
      }),
    ).toThrow(/RETENTION_EFFECT: zeroMass/);
  });
});

describe('the point value (point estimate, tornado centre)', () => {
  const spec = (zeroMass: number | undefined, distribution: DistributionKind = 'PERT'): AssumptionSpec => ({
    parameter: 'ENROLLMENT_EFFECT',
    low: 0.1,
    mode: 0.4,
    high: 0.7,
    distribution,
    zeroMass,
  });

  it('is 0 when no effect holds at least half the probability, else the mode', () => {
    expect(pointValue(spec(undefined))).toBe(0.4);
    expect(pointValue(spec(0))).toBe(0.4);
    expect(pointValue(spec(0.49))).toBe(0.4);
    expect(pointValue(spec(0.5))).toBe(0);
    expect(pointValue(spec(0.8))).toBe(0);
    expect(pointValue(spec(1))).toBe(0);
    expect(pointValue(spec(0.5, 'NORMAL'))).toBe(0);
    expect(pointValue(spec(0.5, 'FIXED'))).toBe(0);
  });

  it('keeps an EMPIRICAL spec’s mode (its sample’s median already counts the zeros)', () => {
    expect(pointValue(spec(0.9, 'EMPIRICAL'))).toBe(0.4);
    expect(pointValue(spec(0.5, 'EMPIRICAL'))).toBe(0.4);
  });

  it('modesOf gives each parameter its point value', () => {
    const spikes: Partial<Record<Parameter, number>> = { ENROLLMENT_EFFECT: 0.6, ENGAGEMENT_EFFECT: 0.3 };
    const set = DEFAULT_ASSUMPTIONS.map((a) => ({ ...a, zeroMass: spikes[a.parameter] }));
    expect(modesOf(set)).toEqual({ ...DEFAULT_MODES, ENROLLMENT_EFFECT: 0 });
  });

  it('the point estimate of a set where "no effect" is most likely is the baseline', () => {
    // Every effect 0 at the point value: counts and rates stay at the baseline; only money moves.
    const set = DEFAULT_ASSUMPTIONS.map((a) =>
      (EFFECT_PARAMETERS as readonly Parameter[]).includes(a.parameter) ? { ...a, zeroMass: 0.5 } : a,
    );
    const result = simulate({
      programs: [program({ scenario: [embedding({ isNew: true, costPerLearner: 100 })] })],
      assumptions: set,
      conversion: 'ODDS',
      horizonYears: 3,
      draws: 200,
      seed: 4,
    });
    expect(result.modes).toEqual({ ...DEFAULT_MODES, ENROLLMENT_EFFECT: 0, ENGAGEMENT_EFFECT: 0, RETENTION_EFFECT: 0 });
    for (const r of result.rows) {
      if (r.metric === 'CREDENTIAL_COST' || r.metric === 'NET_REVENUE' || r.metric === 'CONTRIBUTION_MARGIN') continue;
      expect(r.pointEstimate).toBe(r.baseline);
    }
    // Draws with an effect lift the mean entrants above the baseline: the band is not the point estimate.
    const entrants = result.rows.find((r) => r.programId === null && r.year === 3 && r.metric === 'NEW_ENROLLMENTS')!;
    expect(entrants.mean).toBeGreaterThan(entrants.baseline);
    expect(entrants.p10).toBe(entrants.baseline);
  });
});
