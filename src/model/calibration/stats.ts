/**
 * Small numerical helpers of the calibration: log-odds, the normal CDF, log-Gamma, effective sample
 * size, Pareto k̂ (PSIS), systematic resampling, a Cholesky factor, and Student's t, F and χ² tails. Pure and
 * deterministic.
 */
import { summarize } from '../quantiles';
import { normalCdf } from '../distributions';

export { normalCdf };
import type { Rng } from '../rng';

// Bound once: a global lookup per call is measurable in these hot loops (and ~10× slower under jest's vm).
const { log, exp, log1p, sqrt, abs } = Math;

export function logit(p: number): number {
  return log(p / (1 - p));
}

export function expit(x: number): number {
  return x >= 0 ? 1 / (1 + exp(-x)) : exp(x) / (1 + exp(x));
}

/** ln Γ(x) for x > 0 (Lanczos, g = 7, n = 9; relative error ~1e-15). */
export function lnGamma(x: number): number {
  const c = [
    0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
    12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
  ];
  if (x < 0.5) return log(Math.PI / abs(Math.sin(Math.PI * x))) - lnGamma(1 - x);
  const z = x - 1;
  let a = c[0];
  const t = z + 7.5;
  for (let i = 1; i < 9; i++) a += c[i] / (z + i);
  return 0.5 * log(2 * Math.PI) + (z + 0.5) * log(t) - t + log(a);
}

/** (Σw)²/Σw² for weights given as logs (shifted by their maximum, so any scale is safe). */
export function effectiveSampleSize(logWeights: Float64Array): number {
  let max = -Infinity;
  for (const v of logWeights) if (v > max) max = v;
  if (!Number.isFinite(max)) return 0;
  let s = 0;
  let s2 = 0;
  for (const v of logWeights) {
    const w = exp(v - max);
    s += w;
    s2 += w * w;
  }
  return (s * s) / s2;
}

/**
 * Pareto k̂ of importance weights given as logs: the shape of a generalized Pareto distribution fitted to
 * the largest min(0.2·S, 3·√S) weights, by Zhang & Stephens' (2009) estimator with the weakly informative
 * adjustment of Vehtari et al. (PSIS, 2024), as in the R package loo. k̂ > 0.7: the weights are too heavy-
 * tailed for the importance-sampling estimate to be trusted. Returns −Infinity when the tail is flat:
 * - weights tied at the cutoff are no exceedances (a point mass at "no effect" gives many particles the very same
 *   likelihood), so only the strictly positive ones are fitted, and fewer than 5 of them is a flat tail;
 * - a tail whose largest weight is within FLAT_TAIL of the cutoff is flat whatever its shape: such weights cannot
 *   make the estimate unreliable (a last tempering step with a tiny Δβ gives them), and the shape of exceedances
 *   that small is rounding, not a tail.
 */
export function paretoK(logWeights: Float64Array): number {
  const S = logWeights.length;
  const tail = Math.ceil(Math.min(0.2 * S, 3 * sqrt(S)));
  if (tail < 5 || S <= tail) return -Infinity;
  const sorted = Float64Array.from(logWeights).sort();
  const max = sorted[S - 1];
  const cutoff = exp(sorted[S - tail - 1] - max);
  if (!(cutoff < 1 - FLAT_TAIL)) return -Infinity;
  const exceedances: number[] = [];
  for (let i = 0; i < tail; i++) {
    const v = exp(sorted[S - tail + i] - max) - cutoff;
    if (v > 0) exceedances.push(v);
  }
  if (exceedances.length < 5) return -Infinity;
  const x = Float64Array.from(exceedances);
  if (x[x.length - 1] - x[0] <= Number.EPSILON * x[x.length - 1]) return -Infinity;
  return gpdShape(x);
}

/** A tail within 1% of its largest weight is flat (paretoK). */
export const FLAT_TAIL = 0.01;

/** Zhang & Stephens' profile-likelihood-weighted estimate of the GPD shape, x sorted ascending and > 0. */
function gpdShape(x: Float64Array): number {
  const n = x.length;
  const m = 30 + Math.floor(sqrt(n));
  const xstar = x[Math.floor(n / 4 + 0.5) - 1];
  const theta = new Float64Array(m);
  const logLik = new Float64Array(m);
  let maxLik = -Infinity;
  for (let j = 0; j < m; j++) {
    theta[j] = 1 / x[n - 1] + (1 - sqrt(m / (j + 0.5))) / 3 / xstar;
    let k = 0;
    for (let i = 0; i < n; i++) k += log1p(-theta[j] * x[i]);
    k /= n;
    logLik[j] = n * (log(-theta[j] / k) - k - 1);
    if (logLik[j] > maxLik) maxLik = logLik[j];
  }
  let wSum = 0;
  let thetaHat = 0;
  for (let j = 0; j < m; j++) {
    const w = exp(logLik[j] - maxLik);
    wSum += w;
    thetaHat += w * theta[j];
  }
  thetaHat /= wSum;
  let k = 0;
  for (let i = 0; i < n; i++) k += log1p(-thetaHat * x[i]);
  k /= n;
  // Weakly informative prior towards 0.5 (loo's adjust_k_wip).
  const kAdjusted = (k * n) / (n + 10) + (10 * 0.5) / (n + 10);
  return Number.isNaN(kAdjusted) ? Infinity : kAdjusted;
}

/**
 * Systematic resampling: `count` ancestor indices for normalized-by-max log weights, one uniform from
 * `rng`. Low variance, and ancestors come out in ascending order.
 */
export function systematicResample(logWeights: Float64Array, count: number, rng: Rng, out: Int32Array): Int32Array {
  const n = logWeights.length;
  let max = -Infinity;
  for (const v of logWeights) if (v > max) max = v;
  let total = 0;
  for (let i = 0; i < n; i++) total += exp(logWeights[i] - max);
  const step = total / count;
  let u = rng.next() * step;
  let cum = exp(logWeights[0] - max);
  let i = 0;
  for (let k = 0; k < count; k++) {
    while (cum < u && i < n - 1) {
      i++;
      cum += exp(logWeights[i] - max);
    }
    out[k] = i;
    u += step;
  }
  return out;
}

/** Lower Cholesky factor of a d×d symmetric positive-definite matrix (row-major), in place of a copy. */
export function cholesky(a: Float64Array, d: number): Float64Array {
  const l = new Float64Array(d * d);
  for (let i = 0; i < d; i++) {
    for (let j = 0; j <= i; j++) {
      let s = a[i * d + j];
      for (let k = 0; k < j; k++) s -= l[i * d + k] * l[j * d + k];
      if (i === j) l[i * d + i] = sqrt(Math.max(s, 1e-300));
      else l[i * d + j] = s / l[j * d + j];
    }
  }
  return l;
}

export interface DistributionSummary {
  mean: number;
  p10: number;
  p50: number;
  p90: number;
}

/** Mean and type-7 P10/P50/P90 of a list (copied: the caller's array is left in order). */
export function summary(values: ArrayLike<number>): DistributionSummary {
  if (values.length === 0) return { mean: NaN, p10: NaN, p50: NaN, p90: NaN };
  const { mean, p10, p50, p90 } = summarize(Float64Array.from(values));
  return { mean, p10, p50, p90 };
}

// Student's t, F and χ² tails (regularised incomplete beta and gamma functions, Numerical Recipes' continued fractions).

/** I_x(a, b), the regularised incomplete beta function. */
export function incompleteBeta(x: number, a: number, b: number): number {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const front = Math.exp(lnGamma(a + b) - lnGamma(a) - lnGamma(b) + a * Math.log(x) + b * Math.log(1 - x));
  if (x < (a + 1) / (a + b + 2)) return (front * betaFraction(x, a, b)) / a;
  return 1 - (front * betaFraction(1 - x, b, a)) / b;
}

function betaFraction(x: number, a: number, b: number): number {
  const tiny = 1e-300;
  let c = 1;
  let dd = 1 - ((a + b) * x) / (a + 1);
  if (Math.abs(dd) < tiny) dd = tiny;
  dd = 1 / dd;
  let h = dd;
  for (let m = 1; m <= 300; m++) {
    const m2 = 2 * m;
    let aa = (m * (b - m) * x) / ((a + m2 - 1) * (a + m2));
    dd = 1 + aa * dd;
    if (Math.abs(dd) < tiny) dd = tiny;
    c = 1 + aa / c;
    if (Math.abs(c) < tiny) c = tiny;
    dd = 1 / dd;
    h *= dd * c;
    aa = (-(a + m) * (a + b + m) * x) / ((a + m2) * (a + m2 + 1));
    dd = 1 + aa * dd;
    if (Math.abs(dd) < tiny) dd = tiny;
    c = 1 + aa / c;
    if (Math.abs(c) < tiny) c = tiny;
    dd = 1 / dd;
    const del = dd * c;
    h *= del;
    if (Math.abs(del - 1) < 1e-14) break;
  }
  return h;
}

/** P(T ≤ x) for Student's t with `df` degrees of freedom (Infinity: the normal). */
export function studentTCdf(x: number, df: number): number {
  if (!Number.isFinite(df) || df > 1e7) return normalCdf(x);
  const tail = 0.5 * incompleteBeta(df / (df + x * x), df / 2, 0.5);
  return x >= 0 ? 1 - tail : tail;
}

/** The p-quantile of Student's t (bisection on the CDF; p in (0, 1)). */
export function studentTQuantile(p: number, df: number): number {
  let lo = -1;
  let hi = 1;
  while (studentTCdf(lo, df) > p) lo *= 2;
  while (studentTCdf(hi, df) < p) hi *= 2;
  for (let i = 0; i < 100 && hi - lo > 1e-12; i++) {
    const mid = (lo + hi) / 2;
    if (studentTCdf(mid, df) < p) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

/** P(F > f) for the F distribution on (d1, d2) degrees of freedom. */
export function fSurvival(f: number, d1: number, d2: number): number {
  if (!(f > 0)) return 1;
  return incompleteBeta(d2 / (d2 + d1 * f), d2 / 2, d1 / 2);
}

/** P(X > x) for χ² with k degrees of freedom (regularised upper incomplete gamma Q(k/2, x/2)). */
export function chiSquareSurvival(x: number, k: number): number {
  if (!(x > 0)) return 1;
  const a = k / 2;
  const y = x / 2;
  const front = Math.exp(-y + a * Math.log(y) - lnGamma(a));
  if (y < a + 1) {
    let sum = 1 / a;
    let term = 1 / a;
    for (let n = 1; n < 500; n++) {
      term *= y / (a + n);
      sum += term;
      if (Math.abs(term) < Math.abs(sum) * 1e-15) break;
    }
    return 1 - front * sum;
  }
  const tiny = 1e-300;
  let b = y + 1 - a;
  let c = 1 / tiny;
  let dd = 1 / b;
  let h = dd;
  for (let i = 1; i < 500; i++) {
    const an = -i * (i - a);
    b += 2;
    dd = an * dd + b;
    if (Math.abs(dd) < tiny) dd = tiny;
    c = b + an / c;
    if (Math.abs(c) < tiny) c = tiny;
    dd = 1 / dd;
    const del = dd * c;
    h *= del;
    if (Math.abs(del - 1) < 1e-15) break;
  }
  return front * h;
}
