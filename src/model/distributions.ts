/**
 * Samplers for the assumption distributions. All return values in [low, high] (or exactly 0, drawn with
 * probability zeroMass); low == high gives low.
 *
 * NORMAL has mean `mode` and standard deviation (high − low)/6 — so low and high are about ±3 sd for a
 * symmetric range — truncated to [low, high]. A point mass at zero consumes one extra uniform per draw,
 * before the continuous part, and only when zeroMass > 0: parameters without one keep their streams.
 */
import type { AssumptionSpec } from './types';
import type { Rng } from './rng';

export type Sampler = () => number;

type SpecShape = Pick<AssumptionSpec, 'low' | 'mode' | 'high' | 'distribution' | 'zeroMass'>;

/**
 * Builds a sampler for one assumption drawing from `rng`: 0 with probability zeroMass, else a draw of its
 * continuous part. FIXED (without a point mass) always gives the mode and draws nothing.
 */
export function createSampler(spec: SpecShape, rng: Rng): Sampler {
  const zeroMass = spec.zeroMass ?? 0;
  const continuous = createContinuousSampler(spec, rng);
  if (!(zeroMass > 0)) return continuous;
  if (zeroMass >= 1) return () => 0;
  return () => (rng.next() < zeroMass ? 0 : continuous());
}

/** The standard deviation of a NORMAL spec: a sixth of its range. */
export function normalSd(spec: Pick<AssumptionSpec, 'low' | 'high'>): number {
  return (spec.high - spec.low) / 6;
}

/** The sampler of the continuous part alone (the distribution between low and high, no point mass). */
export function createContinuousSampler(spec: SpecShape, rng: Rng): Sampler {
  const { low, mode, high } = spec;
  const width = high - low;
  if (spec.distribution === 'FIXED') return () => mode;
  if (!(width > 0)) return () => low;
  const clamp = (v: number): number => (v < low ? low : v > high ? high : v);
  switch (spec.distribution) {
    case 'UNIFORM':
      return () => clamp(low + rng.next() * width);
    case 'TRIANGULAR': {
      // Inverse CDF: F(mode) = (mode − low)/(high − low) splits the two branches.
      const split = (mode - low) / width;
      const left = width * (mode - low);
      const right = width * (high - mode);
      return () => {
        const u = rng.next();
        return clamp(u < split ? low + Math.sqrt(u * left) : high - Math.sqrt((1 - u) * right));
      };
    }
    case 'PERT': {
      // Scaled Beta with the classic PERT shape (λ = 4): mean (low + 4·mode + high)/6.
      const alpha = 1 + (4 * (mode - low)) / width;
      const beta = 1 + (4 * (high - mode)) / width;
      return () => clamp(low + width * sampleBeta(rng, alpha, beta));
    }
    case 'NORMAL': {
      // Truncation by rejection: mode lies in [low, high], so at least half of the draws are kept.
      const sd = normalSd(spec);
      return () => {
        for (;;) {
          const v = mode + sd * standardNormal(rng);
          if (v >= low && v <= high) return v;
        }
      };
    }
    case 'EMPIRICAL':
      // Drawn jointly from a sample (simulate.ts drawParameters), never on its own.
      throw new RangeError(
        'an EMPIRICAL assumption is drawn from its joint sample: give the sample of parameter vectors',
      );
    default:
      return assertNever(spec.distribution);
  }
}

/** Theoretical mean of a distribution, its point mass at zero included (for tests and documentation). */
export function distributionMean(spec: SpecShape): number {
  const zeroMass = spec.zeroMass ?? 0;
  return spec.distribution === 'EMPIRICAL' ? spec.mode : (1 - zeroMass) * continuousMean(spec);
}

function continuousMean(spec: SpecShape): number {
  const { low, mode, high } = spec;
  if (spec.distribution === 'FIXED') return mode;
  if (!(high > low)) return low;
  switch (spec.distribution) {
    case 'UNIFORM':
      return (low + high) / 2;
    case 'TRIANGULAR':
      return (low + mode + high) / 3;
    case 'PERT':
      return (low + 4 * mode + high) / 6;
    case 'NORMAL': {
      // Truncated normal: μ + σ·(φ(α) − φ(β))/(Φ(β) − Φ(α)).
      const sd = normalSd(spec);
      const a = (low - mode) / sd;
      const b = (high - mode) / sd;
      return mode + (sd * (normalPdf(a) - normalPdf(b))) / (normalCdf(b) - normalCdf(a));
    }
    case 'EMPIRICAL':
      // Only the sample knows its mean; the mode holds its median.
      return mode;
    default:
      return assertNever(spec.distribution);
  }
}

/** Beta(α, β) as G₁/(G₁ + G₂) with independent gammas. */
export function sampleBeta(rng: Rng, alpha: number, beta: number): number {
  const x = sampleGamma(rng, alpha);
  const y = sampleGamma(rng, beta);
  const s = x + y;
  return s > 0 ? x / s : 0.5;
}

/**
 * Gamma(shape, 1) by Marsaglia & Tsang (2000). Shapes below 1 use the boost
 * Gamma(a) = Gamma(a + 1)·U^(1/a) (PERT shapes are ≥ 1, but the sampler stays general).
 */
export function sampleGamma(rng: Rng, shape: number): number {
  if (shape < 1) {
    const u = 1 - rng.next(); // (0, 1]: avoids U^(1/a) = 0 on an exact zero draw
    return sampleGamma(rng, shape + 1) * Math.pow(u, 1 / shape);
  }
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    let x: number;
    let v: number;
    do {
      x = standardNormal(rng);
      v = 1 + c * x;
    } while (v <= 0);
    v = v * v * v;
    const u = 1 - rng.next();
    const x2 = x * x;
    // Cheap squeeze first, then the exact log test.
    if (u < 1 - 0.0331 * x2 * x2) return d * v;
    if (Math.log(u) < 0.5 * x2 + d * (1 - v + Math.log(v))) return d * v;
  }
}

/** φ(x), the standard normal density. */
export function normalPdf(x: number): number {
  return Math.exp(-0.5 * x * x) / Math.sqrt(2 * Math.PI);
}

/** Φ(x) from erfc (W. J. Cody's rational Chebyshev fit, as in Numerical Recipes' erfcc; |error| < 1.2e-7). */
export function normalCdf(x: number): number {
  const z = Math.abs(x) / Math.SQRT2;
  const t = 1 / (1 + 0.5 * z);
  const poly =
    -z * z -
    1.26551223 +
    t *
      (1.00002368 +
        t *
          (0.37409196 +
            t *
              (0.09678418 +
                t *
                  (-0.18628806 +
                    t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277))))))));
  const erfc = t * Math.exp(poly);
  return x >= 0 ? 1 - erfc / 2 : erfc / 2;
}

/** Standard normal by Box–Muller (one variate per call: no hidden state, so streams stay simple). */
export function standardNormal(rng: Rng): number {
  const u1 = 1 - rng.next(); // (0, 1]: log is finite
  const u2 = rng.next();
  return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
}

function assertNever(kind: never): never {
  throw new Error(`unknown distribution ${JSON.stringify(kind)}`);
}
