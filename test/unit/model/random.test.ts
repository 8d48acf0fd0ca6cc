import fc from 'fast-check';
import { createRng, createSampler, distributionMean, quantile, summarize } from '../../../src/model';
import type { AssumptionSpec, DistributionKind } from '../../../src/model';

type Spec = Pick<AssumptionSpec, 'low' | 'mode' | 'high' | 'distribution'>;

// Recorded from the implementation once; a change here means every stored projection would change.
const PINNED_2025 = [3763478008, 1572865665, 3879229571];

describe('seeded PRNG', () => {
  const take = (seed: number, n: number, stream = 0): number[] => {
    const rng = createRng(seed, stream);
    return Array.from({ length: n }, () => rng.next());
  };

  it('same seed, same numbers; another seed or stream, other numbers', () => {
    expect(take(42, 100)).toEqual(take(42, 100));
    expect(take(43, 100)).not.toEqual(take(42, 100));
    expect(take(42, 100, 1)).not.toEqual(take(42, 100, 0));
    expect(take(-1, 10)).not.toEqual(take(2 ** 32 - 1, 10));
  });

  it('is pinned: the sequence for a seed never changes (stored projections stay reproducible)', () => {
    const rng = createRng(2025);
    const first = [rng.nextUint32(), rng.nextUint32(), rng.nextUint32()];
    expect(first).toEqual(PINNED_2025);
  });

  it('gives uniforms in [0, 1) with the right mean and spread', () => {
    const xs = take(7, 200_000);
    expect(xs.reduce((m, x) => Math.min(m, x), 1)).toBeGreaterThanOrEqual(0);
    expect(xs.reduce((m, x) => Math.max(m, x), 0)).toBeLessThan(1);
    const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
    // sd of the mean = √(1/12)/√n ≈ 0.00065; allow 5 sd
    expect(Math.abs(mean - 0.5)).toBeLessThan(0.0033);
    const below = xs.filter((x) => x < 0.1).length / xs.length;
    expect(Math.abs(below - 0.1)).toBeLessThan(0.004);
  });
});

describe('samplers', () => {
  const specArb: fc.Arbitrary<Spec> = fc
    .tuple(
      fc.double({ min: -1e3, max: 1e3, noNaN: true }),
      fc.double({ min: 0, max: 1, noNaN: true }),
      fc.double({ min: 0, max: 1e3, noNaN: true }),
      fc.constantFrom<DistributionKind>('FIXED', 'UNIFORM', 'TRIANGULAR', 'PERT', 'NORMAL'),
    )
    .map(([low, at, width, distribution]) => ({ low, mode: low + at * width, high: low + width, distribution }));

  it('stay within [low, high] (low == high included)', () => {
    fc.assert(
      fc.property(specArb, fc.integer(), (spec, seed) => {
        const sample = createSampler(spec, createRng(seed));
        for (let i = 0; i < 200; i++) {
          const v = sample();
          if (!(v >= spec.low && v <= spec.high)) throw new Error(`${v} outside [${spec.low}, ${spec.high}]`);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('FIXED is the mode; a zero-width range is its value', () => {
    expect(createSampler({ low: 1, mode: 2, high: 3, distribution: 'FIXED' }, createRng(1))()).toBe(2);
    expect(createSampler({ low: 5, mode: 5, high: 5, distribution: 'PERT' }, createRng(1))()).toBe(5);
  });

  it.each<Spec>([
    { low: 1.5, mode: 2, high: 2, distribution: 'PERT' }, // mode at the top: α = 5, β = 1
    { low: 0.1, mode: 0.3, high: 0.6, distribution: 'PERT' },
    { low: 0, mode: 0.5, high: 1, distribution: 'TRIANGULAR' },
    { low: 1.7, mode: 2.4, high: 2.4, distribution: 'TRIANGULAR' },
    { low: 0.1, mode: 0.15, high: 0.6, distribution: 'TRIANGULAR' },
    { low: 1, mode: 2, high: 3, distribution: 'UNIFORM' },
    { low: -0.25, mode: 0.05, high: 0.35, distribution: 'NORMAL' }, // ±3 sd: barely truncated
    { low: 0, mode: 0.1, high: 1, distribution: 'NORMAL' }, // sd 1/6, cut at −0.6 sd: the mean moves up
    { low: -1, mode: 0.5, high: 0.5, distribution: 'NORMAL' }, // mode at the top: half a normal, mean below it
  ])('$distribution [$low, $mode, $high]: the sample mean is close to the theoretical one', (spec) => {
    const n = 100_000;
    const sample = createSampler(spec, createRng(11));
    let sum = 0;
    let sumSq = 0;
    for (let i = 0; i < n; i++) {
      const v = sample();
      sum += v;
      sumSq += v * v;
    }
    const mean = sum / n;
    const sd = Math.sqrt(sumSq / n - mean * mean);
    // PERT (a + 4m + b)/6, triangular (a + m + b)/3, uniform (a + b)/2, truncated normal μ + σ(φ(α) − φ(β))/Z;
    // allow 5 standard errors
    expect(Math.abs(mean - distributionMean(spec))).toBeLessThan((5 * sd) / Math.sqrt(n));
  });

  it('PERT variance matches the scaled Beta: (μ − a)(b − μ)/7', () => {
    const spec: Spec = { low: 0.1, mode: 0.3, high: 0.6, distribution: 'PERT' };
    const sample = createSampler(spec, createRng(5));
    const xs = Array.from({ length: 100_000 }, sample);
    const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
    const variance = xs.reduce((s, x) => s + (x - mean) ** 2, 0) / xs.length;
    const mu = distributionMean(spec);
    expect(variance).toBeCloseTo(((mu - 0.1) * (0.6 - mu)) / 7, 3);
  });
});

describe('the truncated normal (NORMAL)', () => {
  it('has the hand-computed mean where the truncation matters', () => {
    // low 0, mode 0.1, high 1: σ = 1/6, α = −0.6, β = 5.4; φ(−0.6) = 0.333225, Φ(−0.6) = 0.274253, the upper
    // tail is negligible: mean = 0.1 + (1/6)·0.333225/0.725747 = 0.1 + 0.076525 = 0.176525.
    expect(distributionMean({ low: 0, mode: 0.1, high: 1, distribution: 'NORMAL' })).toBeCloseTo(0.176525, 5);
    // Symmetric truncation leaves the mean at the mode.
    expect(distributionMean({ low: -0.25, mode: 0.05, high: 0.35, distribution: 'NORMAL' })).toBeCloseTo(0.05, 12);
    // Half a normal below its mode 0.5 (σ = 0.25): mean = 0.5 − 0.25·φ(0)/½ = 0.5 − 0.25·0.797885 = 0.300529.
    expect(distributionMean({ low: -1, mode: 0.5, high: 0.5, distribution: 'NORMAL' })).toBeCloseTo(0.300529, 5);
  });

  it('has the truncated normal’s spread: sd (high − low)/6 shrunk by the truncation', () => {
    // α = −3, β = 3: Var = σ²·(1 − 2·3·φ(3)/(2Φ(3) − 1)) = 0.01·(1 − 6·0.004432/0.997300) = 0.0097334 → sd 0.098658
    const spec: Spec = { low: -0.25, mode: 0.05, high: 0.35, distribution: 'NORMAL' };
    const sample = createSampler(spec, createRng(21));
    const n = 100_000;
    const xs = Array.from({ length: n }, sample);
    const mean = xs.reduce((s, x) => s + x, 0) / n;
    const sd = Math.sqrt(xs.reduce((s, x) => s + (x - mean) ** 2, 0) / n);
    // Standard error of a sample sd ≈ sd/√(2n) = 0.00022; allow 5.
    expect(Math.abs(sd - 0.098658)).toBeLessThan((5 * 0.098658) / Math.sqrt(2 * n));
  });
});

describe('quantiles (type 7)', () => {
  it('interpolates between order statistics', () => {
    // sorted 1, 2, 3, 4: h = 3·0.1 = 0.3 → 1 + 0.3·(2 − 1) = 1.3; median h = 1.5 → 2.5; h = 2.7 → 3.7
    const s = summarize(Float64Array.from([4, 1, 3, 2]));
    expect(s.p10).toBeCloseTo(1.3, 12);
    expect(s.p50).toBeCloseTo(2.5, 12);
    expect(s.p90).toBeCloseTo(3.7, 12);
    expect(s.mean).toBeCloseTo(2.5, 12);
    expect(quantile([4, 1, 3, 2], 0.9)).toBeCloseTo(3.7, 12);
  });

  it('a single value is every quantile', () => {
    expect(summarize(Float64Array.from([7]))).toEqual({ mean: 7, p10: 7, p50: 7, p90: 7 });
  });

  const valuesArb = (maxLength: number): fc.Arbitrary<number[]> =>
    fc.oneof(
      fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 1, maxLength }),
      // many ties
      fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 1, maxLength }),
    );

  it('agrees with a full sort on small inputs, and P10 ≤ P50 ≤ P90', () => {
    fc.assert(
      fc.property(valuesArb(300), (values) => {
        const s = summarize(Float64Array.from(values));
        // Exactly equal (===): the two orders of the same arithmetic may give 0 and −0, which toBe (Object.is) tells
        // apart (seed 1991519156 drew one).
        expect([s.p10, s.p50, s.p90].map((v, i) => v === quantile(values, [0.1, 0.5, 0.9][i]))).toEqual([
          true,
          true,
          true,
        ]);
        expect(s.p10).toBeLessThanOrEqual(s.p50);
        expect(s.p50).toBeLessThanOrEqual(s.p90);
      }),
      { numRuns: 500 },
    );
  });

  it('agrees with a full sort on large inputs (the bracketing path), whatever their order', () => {
    const rng = createRng(3);
    const n = 30_001;
    const shapes: Record<string, () => Float64Array> = {
      uniform: () => Float64Array.from({ length: n }, () => rng.next()),
      skewed: () => Float64Array.from({ length: n }, () => Math.exp(6 * rng.next())),
      ties: () => Float64Array.from({ length: n }, () => Math.floor(rng.next() * 4)),
      sorted: () => Float64Array.from({ length: n }, (_, i) => i * 0.5),
      reversed: () => Float64Array.from({ length: n }, (_, i) => -i),
      oneOutlier: () => Float64Array.from({ length: n }, (_, i) => (i === 17 ? 1e9 : 1)),
      sawtooth: () => Float64Array.from({ length: n }, (_, i) => i % 2048),
    };
    for (const [name, make] of Object.entries(shapes)) {
      const values = make();
      const expected = [0.1, 0.5, 0.9].map((p) => quantile(values, p));
      const mean = values.reduce((s, v) => s + v, 0) / n;
      const s = summarize(Float64Array.from(values));
      expect({ name, bands: [s.p10, s.p50, s.p90] }).toEqual({ name, bands: expected });
      expect(s.mean).toBeCloseTo(mean, 6);
    }
  });
});
