/**
 * Quantiles by linear interpolation between order statistics (Hyndman & Fan type 7, the default of
 * R and NumPy): with n values sorted x₀ ≤ … ≤ xₙ₋₁, Q(p) = x_⌊h⌋ + (h − ⌊h⌋)·(x_⌊h⌋₊₁ − x_⌊h⌋), h = (n − 1)·p.
 * Order statistics come from in-place selection (Floyd–Rivest, linear on average, and balanced on
 * runs of equal values), not a full sort: a simulation summarises thousands of 100,000-draw series.
 */

export interface BandSummary {
  mean: number;
  p10: number;
  p50: number;
  p90: number;
}

/** Type-7 quantile of any list of numbers (copies; for small inputs and tests). */
export function quantile(values: ArrayLike<number>, p: number): number {
  const a = Float64Array.from(values);
  if (a.length === 0) return NaN;
  a.sort();
  const h = (a.length - 1) * p;
  const lo = Math.floor(h);
  const frac = h - lo;
  return frac > 0 ? a[lo] + frac * (a[lo + 1] - a[lo]) : a[lo];
}

/** Levels reported by summarize. */
const LEVELS = [0.1, 0.5, 0.9] as const;
/** Below this size selection on the whole array is as cheap as anything else. */
const BRACKET_MIN_N = 8192;
/** Size of the systematic sample that brackets each quantile. */
const SAMPLE_SIZE = 2048;

/** Reusable buffers for summarize (one per simulation; avoids allocating per series). */
export class QuantileScratch {
  sample = new Float64Array(SAMPLE_SIZE);
  buffers: Float64Array[] = LEVELS.map(() => new Float64Array(0));

  buffer(j: number, size: number): Float64Array {
    if (this.buffers[j].length < size) this.buffers[j] = new Float64Array(size);
    return this.buffers[j];
  }
}

/**
 * Mean, P10, P50, P90 of a[0..n). May reorder `a` (callers pass scratch copies).
 * The mean is computed first, in float64, in index order (so it is reproducible).
 */
export function summarize(a: Float64Array, n: number = a.length, scratch?: QuantileScratch): BandSummary {
  if (n === 0) return { mean: NaN, p10: NaN, p50: NaN, p90: NaN };
  let sum = 0;
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < n; i++) {
    const v = a[i];
    sum += v;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  // Summation rounding can put the mean a hair outside the data: keep it inside [min, max].
  const mean = Math.min(Math.max(sum / n, min), max);
  if (min === max) return { mean: min, p10: min, p50: min, p90: min };
  const bands = (n >= BRACKET_MIN_N && bracketed(a, n, scratch ?? new QuantileScratch())) || selected(a, n);
  return { mean, p10: bands[0], p50: bands[1], p90: bands[2] };
}

/**
 * Exact type-7 quantiles by selection: P50 over the whole range, then P10 left of it and P90 right
 * of it; every element right of a selected position is ≥ it (used for x_⌊h⌋₊₁).
 */
function selected(a: Float64Array, n: number): number[] {
  const h50 = (n - 1) * 0.5;
  const k50 = Math.floor(h50);
  select(a, k50, 0, n - 1);
  const p50 = interpolate(a, k50, h50 - k50, k50 + 1, n - 1);

  const h10 = (n - 1) * 0.1;
  const k10 = Math.floor(h10);
  if (k10 < k50) select(a, k10, 0, k50 - 1);
  const p10 = interpolate(a, k10, h10 - k10, k10 + 1, k10 < k50 ? k50 : n - 1);

  const h90 = (n - 1) * 0.9;
  const k90 = Math.floor(h90);
  if (k90 > k50) select(a, k90, k50 + 1, n - 1);
  const p90 = interpolate(a, k90, h90 - k90, k90 + 1, n - 1);
  return [p10, p50, p90];
}

/**
 * The same exact quantiles with one read-only pass: a systematic sample (draws are exchangeable, and
 * on ordered data a systematic sample is still spread over the range) gives for each level a value
 * range [lo, hi] that should hold ranks k and k + 1; the pass counts values below lo and collects
 * those inside, and a selection within the small collection finishes. null when a bracket missed
 * (rare: the margin is ~3.5 standard deviations of the sample rank), so the caller falls back.
 */
function bracketed(a: Float64Array, n: number, scratch: QuantileScratch): number[] | null {
  const m = SAMPLE_SIZE;
  const sample = scratch.sample;
  for (let i = 0; i < m; i++) sample[i] = a[Math.floor((i * n) / m)];
  sample.sort();

  const ks: number[] = [];
  const fracs: number[] = [];
  const los: number[] = [];
  const his: number[] = [];
  const bufs: Float64Array[] = [];
  const caps: number[] = [];
  LEVELS.forEach((p, j) => {
    const h = (n - 1) * p;
    const k = Math.floor(h);
    const f = k / n;
    const pos = ((k + 0.5) / n) * m;
    const margin = Math.ceil(3.5 * Math.sqrt(m * f * (1 - f))) + 2;
    const loIdx = Math.floor(pos) - margin;
    const hiIdx = Math.ceil(pos) + margin;
    ks.push(k);
    fracs.push(h - k);
    los.push(loIdx < 0 ? -Infinity : sample[loIdx]);
    his.push(hiIdx >= m ? Infinity : sample[hiIdx]);
    // Twice the expected count: overflowing means the bracket is off, which the fallback handles.
    const cap = Math.min(n, 2 * Math.ceil(((hiIdx - loIdx + 1) * n) / m) + 64);
    caps.push(cap);
    bufs.push(scratch.buffer(j, cap));
  });

  const [lo0, lo1, lo2] = los;
  const [hi0, hi1, hi2] = his;
  const [b0, b1, b2] = bufs;
  const [cap0, cap1, cap2] = caps;
  let below0 = 0, below1 = 0, below2 = 0; // prettier-ignore
  let c0 = 0, c1 = 0, c2 = 0; // prettier-ignore
  // Branch-free on purpose: the comparisons are unpredictable, and mispredictions dominated.
  // Each buffer takes every value at its fill position and keeps it only when lo ≤ v ≤ hi
  // (Number(v ≤ hi) − Number(v < lo) is 1 exactly then, as lo ≤ hi).
  for (let i = 0; i < n; i++) {
    const v = a[i];
    const x0 = Number(v < lo0);
    const x1 = Number(v < lo1);
    const x2 = Number(v < lo2);
    below0 += x0;
    below1 += x1;
    below2 += x2;
    b0[c0] = v;
    b1[c1] = v;
    b2[c2] = v;
    c0 += Number(v <= hi0) - x0;
    c1 += Number(v <= hi1) - x1;
    c2 += Number(v <= hi2) - x2;
    if (c0 >= cap0 || c1 >= cap1 || c2 >= cap2) return null; // a bracket far too wide: fall back
  }

  const belows = [below0, below1, below2];
  const counts = [c0, c1, c2];
  const out: number[] = [];
  for (let j = 0; j < LEVELS.length; j++) {
    const r = ks[j] - belows[j];
    const need = fracs[j] > 0 ? 1 : 0;
    if (r < 0 || r + need >= counts[j]) return null;
    select(bufs[j], r, 0, counts[j] - 1);
    out.push(interpolate(bufs[j], r, fracs[j], r + 1, counts[j] - 1));
  }
  return out;
}

/** x_k + frac·(x_{k+1} − x_k) where x_{k+1} = min of a[from..to] (all ≥ a[k] after selection). */
function interpolate(a: Float64Array, k: number, frac: number, from: number, to: number): number {
  const xk = a[k];
  if (!(frac > 0) || from > to) return xk;
  let next = Infinity;
  for (let i = from; i <= to; i++) if (a[i] < next) next = a[i];
  return xk + frac * (next - xk);
}

/**
 * Rearranges a[left..right] so that a[k] is the value it would have if sorted, everything left of
 * k is ≤ it and everything right is ≥ it. Floyd–Rivest: on large ranges it first selects within a
 * small sample around the expected position, so the full partition runs about once (≈ n + min(k, n − k)
 * comparisons) instead of the ~3n of plain quickselect.
 */
export function select(a: Float64Array, k: number, left: number, right: number): void {
  let l = left;
  let r = right;
  while (r > l) {
    if (r - l > 600) {
      const n = r - l + 1;
      const i = k - l + 1;
      const z = Math.log(n);
      const s = 0.5 * Math.exp((2 * z) / 3);
      const sd = 0.5 * Math.sqrt((z * s * (n - s)) / n) * (i - n / 2 < 0 ? -1 : 1);
      select(a, k, Math.max(l, Math.floor(k - (i * s) / n + sd)), Math.min(r, Math.floor(k + ((n - i) * s) / n + sd)));
    }
    const pivot = a[k];
    let i = l;
    let j = r;
    swap(a, l, k);
    if (a[r] > pivot) swap(a, l, r);
    // Both scans stop on values equal to the pivot, so runs of equal values split evenly.
    while (i < j) {
      swap(a, i, j);
      i++;
      j--;
      while (a[i] < pivot) i++;
      while (a[j] > pivot) j--;
    }
    if (a[l] === pivot) swap(a, l, j);
    else {
      j++;
      swap(a, j, r);
    }
    if (j <= k) l = j + 1;
    if (k <= j) r = j - 1;
  }
}

function swap(a: Float64Array, i: number, j: number): void {
  const t = a[i];
  a[i] = a[j];
  a[j] = t;
}
