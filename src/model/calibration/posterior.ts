/**
 * The posterior over the parameters (docs/MODEL.md §15): prior (the assumption set's distributions) × the
 * likelihood of the local estimates, sampled by adaptive tempered sequential Monte Carlo.
 *
 * Why not reweight the prior's draws? When the local effect sits in the prior's tail (a tenth of the
 * survey's effect, or none), only a handful of prior draws are near it: the weights degenerate and
 * the "posterior" is a few repeated vectors. Tempering moves the population there gradually:
 *   π_β(θ) ∝ prior(θ)·L(θ)^β,  β = 0 → 1,
 * each step choosing the next β by bisection so that the reweighting keeps half the effective sample
 * (ESS = N/2), then resampling (systematic) and moving every particle with random-walk Metropolis on an
 * unbounded space (each free parameter's [low, high] mapped by logit, prior density with its Jacobian),
 * the proposal scaled to the population's covariance and tuned by its acceptance rate. The number of
 * Metropolis sweeps per step adapts to the acceptance rate so that each particle is likely to have moved
 * (≥ 90 % at the last step, whose particles are the output; ≥ 70 % on the way).
 *
 * A parameter with a point mass at zero (0 < zeroMass < 1) gets an on/off indicator beside its continuous value
 * (a spike-and-slab prior in Carlin & Chib's form: the continuous value is kept while the indicator is off, with
 * its prior as pseudo-prior). Each sweep also proposes to flip one such indicator per particle, accepted with
 * the prior odds times the tempered likelihood ratio; the continuous value is untouched, so the move is its own
 * reverse. The parameter's value is the continuous one when on, exactly 0 when off: the share of the posterior at
 * exactly zero is then the posterior probability of no effect.
 *
 * Diagnostics: the Pareto k̂ (PSIS) of every reweighting step (the largest is reported), the ESS of the
 * last reweighting, and the number of distinct vectors after the final moves; the reported effective
 * sample size is the smaller of the last two. For comparison, k̂ and ESS of plain reweighting of the prior
 * draws are reported too (priorParetoK, priorEss): k̂ > 0.7 there is exactly the case tempering is for.
 * OK needs ESS ≥ 400, every k̂ ≤ 0.7 and β = 1 reached within MAX_STAGES; otherwise UNRELIABLE.
 */
import { resolveAssumptions } from '../assumptions';
import { createRng } from '../rng';
import type { Rng } from '../rng';
import { createContinuousSampler } from '../distributions';
import { drawParameters } from '../simulate';
import { PARAMETERS } from '../types';
import type { AssumptionSpec, ParameterValues } from '../types';
import { cholesky, effectiveSampleSize, paretoK, systematicResample } from './stats';

// Bound once: a global lookup per call is measurable in these hot loops (and ~10× slower under jest's vm).
const { log, log1p, exp, sqrt, cos, sin, min, max } = Math;

export const MIN_ESS = 400;
export const MAX_PARETO_K = 0.7;
const MAX_STAGES = 100;
const MIN_SWEEPS = 2;
const MAX_SWEEPS = 20;
/**
 * Probability with which each particle should have moved during a step's sweeps: high at the last step
 * (its particles are the output), lower on the way (those only need to stay diverse enough to reweight).
 */
const MOVE_PROBABILITY = 0.9;
const MOVE_PROBABILITY_ON_THE_WAY = 0.7;
const P = PARAMETERS.length;
/** Keeps draws at a bound of their range finite on the logit scale. */
const EDGE = 1e-12;

export interface PosteriorOptions {
  draws: number;
  seed: number;
}

export interface PosteriorSample {
  status: 'OK' | 'UNRELIABLE';
  /** Prior draws, draw-major (value of PARAMETERS[j] in draw d at [d·P + j], P = PARAMETERS.length), as drawParameters gives them. */
  prior: Float64Array;
  /** Posterior particles, same layout, equally weighted. */
  posterior: Float64Array;
  effectiveSampleSize: number;
  /** Largest Pareto k̂ over the tempering steps; null when none could be fitted (nothing free, or flat weights). */
  paretoK: number | null;
  /** k̂ and ESS of reweighting the prior draws in one step (what plain importance sampling would give). */
  priorParetoK: number | null;
  priorEss: number;
  stages: number;
  /** Mean Metropolis acceptance rate of the final moves. */
  acceptanceRate: number;
  distinct: number;
  reachedPosterior: boolean;
}

const TWO_PI = 2 * Math.PI;

/** Fills `out` with standard normals by Box–Muller, both variates of each pair used (the moves need many). */
function normals(rng: Rng, out: Float64Array): void {
  for (let i = 0; i < out.length; i += 2) {
    const r = sqrt(-2 * log(1 - rng.next()));
    const a = TWO_PI * rng.next();
    out[i] = r * cos(a);
    if (i + 1 < out.length) out[i + 1] = r * sin(a);
  }
}

const UNIFORM = 0;
const TRIANGULAR = 1;
const PERT = 2;
const NORMAL = 3;

/**
 * Log prior density of the free parameters on the logit scale z (u = expit(z) ∈ (0, 1)), up to a
 * constant. With ln u = z − softplus(z), ln(1 − u) = −softplus(z) and the Jacobian du/dz = u(1 − u):
 * UNIFORM z − 2·softplus(z); PERT, Beta(α, β) on u (createSampler's shape, λ = 4): α·z − (α + β)·softplus(z);
 * TRIANGULAR with mode m on u: its two linear pieces plus the Jacobian; NORMAL (truncated to the range, which the
 * map already enforces): −½((v − mode)/sd)² plus the Jacobian. Data-driven rather than closures, so
 * the loop stays monomorphic (it runs for every proposal).
 */
class PriorDensity {
  readonly kind: Int8Array;
  readonly a: Float64Array;
  readonly b: Float64Array;
  readonly c: Float64Array;

  constructor(specs: readonly AssumptionSpec[]) {
    const d = specs.length;
    this.kind = new Int8Array(d);
    this.a = new Float64Array(d);
    this.b = new Float64Array(d);
    this.c = new Float64Array(d);
    specs.forEach((spec, k) => {
      const m = (spec.mode - spec.low) / (spec.high - spec.low);
      if (spec.distribution === 'UNIFORM') this.kind[k] = UNIFORM;
      else if (spec.distribution === 'TRIANGULAR') {
        this.kind[k] = TRIANGULAR;
        this.a[k] = m;
        this.b[k] = log(m);
        this.c[k] = log(1 - m);
      } else if (spec.distribution === 'PERT') {
        this.kind[k] = PERT;
        this.a[k] = 1 + 4 * m;
        this.b[k] = 1 + 4 * (1 - m);
      } else if (spec.distribution === 'NORMAL') {
        // On u ∈ (0, 1): v = low + width·u, so (v − mode)/sd = (u − m)·width/sd = (u − m)·6.
        this.kind[k] = NORMAL;
        this.a[k] = m;
        this.b[k] = 6;
      } else throw new RangeError(`no density for ${spec.distribution}`);
    });
  }

  at(z: Float64Array, o: number): number {
    let s = 0;
    for (let k = 0; k < this.kind.length; k++) {
      const zk = z[o + k];
      const sp = zk > 0 ? zk + log1p(exp(-zk)) : log1p(exp(zk));
      const kind = this.kind[k];
      if (kind === PERT) s += this.a[k] * zk - (this.a[k] + this.b[k]) * sp;
      else if (kind === UNIFORM) s += zk - 2 * sp;
      else if (kind === NORMAL) {
        const x = (exp(zk - sp) - this.a[k]) * this.b[k];
        s += -0.5 * x * x + zk - 2 * sp;
      } else {
        const lu = zk - sp;
        s += (exp(lu) < this.a[k] ? lu - this.b[k] : -sp - this.c[k]) + lu - sp;
      }
    }
    return s;
  }
}

/**
 * Samples the posterior. `logLikelihood` receives one parameter vector (an object reused across calls:
 * read it, do not keep it) and returns its log-likelihood (−Infinity allowed).
 */
export function samplePosterior(
  assumptions: readonly AssumptionSpec[],
  logLikelihood: (params: ParameterValues) => number,
  options: PosteriorOptions,
): PosteriorSample {
  const specs = resolveAssumptions(assumptions);
  const N = options.draws;
  const prior = drawParameters(specs, options.seed, N);
  const massOf = (j: number): number => specs[j].zeroMass ?? 0;
  // Continuous coordinates: parameters with a range to explore (and not always zero).
  const free = specs
    .map((s, j) => (s.distribution !== 'FIXED' && s.high > s.low && massOf(j) < 1 ? j : -1))
    .filter((j) => j >= 0);
  // Indicators: parameters that are zero with a probability strictly between 0 and 1.
  const spikes = specs.map((_, j) => (massOf(j) > 0 && massOf(j) < 1 ? j : -1)).filter((j) => j >= 0);
  const d = free.length;
  const m = spikes.length;
  const fixed = new Float64Array(P);
  specs.forEach((s, j) => (fixed[j] = massOf(j) >= 1 ? 0 : s.distribution === 'FIXED' ? s.mode : s.low));
  const lows = free.map((j) => specs[j].low);
  const widths = free.map((j) => specs[j].high - specs[j].low);
  const density = new PriorDensity(free.map((j) => specs[j]));
  // log((1 − zeroMass)/zeroMass): the prior log-odds of "some effect" against "none", per indicator.
  const logOn = spikes.map((j) => log((1 - massOf(j)) / massOf(j)));

  const params = {} as ParameterValues;
  const freeNames = free.map((j) => PARAMETERS[j]);
  const spikeNames = spikes.map((j) => PARAMETERS[j]);
  const toParams = (z: Float64Array, o: number, on: Uint8Array, oi: number): ParameterValues => {
    for (let j = 0; j < P; j++) params[PARAMETERS[j]] = fixed[j];
    for (let k = 0; k < d; k++) {
      const zk = z[o + k];
      const u = zk >= 0 ? 1 / (1 + exp(-zk)) : exp(zk) / (1 + exp(zk));
      params[freeNames[k]] = lows[k] + widths[k] * u;
    }
    for (let i = 0; i < m; i++) if (on[oi + i] === 0) params[spikeNames[i]] = 0;
    return params;
  };
  const evalLl = (z: Float64Array, o: number, on: Uint8Array, oi: number): number => {
    const v = logLikelihood(toParams(z, o, on, oi));
    return v === v ? v : -Infinity; // NaN → −Infinity
  };
  const logPrior = (z: Float64Array, o: number): number => density.at(z, o);

  // Stage 0: the prior's own draws, on the logit scale. A draw at the point mass has no continuous value:
  // it gets one from the continuous part (its pseudo-prior), from a stream of its own.
  const slabRngs = free.map((j) => createContinuousSampler(specs[j], createRng(options.seed, 2000 + j)));
  let z = new Float64Array(N * d);
  let on = new Uint8Array(N * m);
  for (let n = 0; n < N; n++) {
    for (let i = 0; i < m; i++) on[n * m + i] = prior[n * P + spikes[i]] === 0 ? 0 : 1;
    for (let k = 0; k < d; k++) {
      const j = free[k];
      const i = spikes.indexOf(j);
      const value = i >= 0 && on[n * m + i] === 0 ? slabRngs[k]() : prior[n * P + j];
      const u = min(1 - EDGE, max(EDGE, (value - lows[k]) / widths[k]));
      z[n * d + k] = log(u / (1 - u));
    }
  }
  let ll = new Float64Array(N);
  for (let n = 0; n < N; n++) ll[n] = evalLl(z, n * d, on, n * m);

  const posteriorOf = (zs: Float64Array, ons: Uint8Array): Float64Array => {
    const out = new Float64Array(N * P);
    for (let n = 0; n < N; n++) {
      const v = toParams(zs, n * d, ons, n * m);
      for (let j = 0; j < P; j++) out[n * P + j] = v[PARAMETERS[j]];
    }
    return out;
  };

  if (d === 0 && m === 0) {
    return {
      status: 'OK',
      prior,
      posterior: posteriorOf(z, on),
      effectiveSampleSize: N,
      paretoK: null,
      priorParetoK: null,
      priorEss: N,
      stages: 0,
      acceptanceRate: 0,
      distinct: N,
      reachedPosterior: true,
    };
  }

  const priorEss = effectiveSampleSize(ll);
  const priorParetoK = paretoK(ll);
  const resampleRng = createRng(options.seed, 1000);
  const moveRng = createRng(options.seed, 1001);
  const incr = new Float64Array(N);
  const ancestors = new Int32Array(N);
  let beta = 0;
  let maxK = -Infinity;
  let lastEss = N;
  let stages = 0;
  let scale = 2.38 / sqrt(Math.max(d, 1));
  let acceptance = 0;

  const essAt = (b: number): number => {
    for (let n = 0; n < N; n++) incr[n] = (b - beta) * ll[n];
    return effectiveSampleSize(incr);
  };

  while (beta < 1 && stages < MAX_STAGES) {
    stages++;
    let next = 1;
    if (essAt(1) < N / 2) {
      let lo = beta;
      let hi = 1;
      for (let i = 0; i < 40; i++) {
        const mid = (lo + hi) / 2;
        if (essAt(mid) >= N / 2) lo = mid;
        else hi = mid;
      }
      next = lo > beta ? lo : hi;
    }
    lastEss = essAt(next);
    const k = paretoK(incr);
    if (k > maxK) maxK = k;
    beta = next;

    systematicResample(incr, N, resampleRng, ancestors);
    const z2 = new Float64Array(N * d);
    const on2 = new Uint8Array(N * m);
    const ll2 = new Float64Array(N);
    for (let n = 0; n < N; n++) {
      const a = ancestors[n];
      for (let k2 = 0; k2 < d; k2++) z2[n * d + k2] = z[a * d + k2];
      for (let i = 0; i < m; i++) on2[n * m + i] = on[a * m + i];
      ll2[n] = ll[a];
    }
    z = z2;
    on = on2;
    ll = ll2;

    const moved = move(z, on, ll, beta, scale, beta >= 1 ? MOVE_PROBABILITY : MOVE_PROBABILITY_ON_THE_WAY);
    acceptance = moved.acceptance;
    if (acceptance < 0.15) scale *= 0.6;
    else if (acceptance > 0.45) scale *= 1.5;
    scale = min(3, max(0.02, scale));
  }

  /**
   * Metropolis sweeps at temperature b: a random-walk move of the continuous coordinates (scaled to the
   * population's covariance), then a flip of one random indicator. The acceptance rate reported and tuned is
   * the random walk's (the flips' own rate says how strongly the data favour one side, not how to scale).
   */
  function move(
    zs: Float64Array,
    ons: Uint8Array,
    lls: Float64Array,
    b: number,
    s: number,
    target: number,
  ): { acceptance: number } {
    const L = d > 0 ? cholesky(covariance(zs, N, d), d) : new Float64Array(0);
    const prop = new Float64Array(d);
    const eps = new Float64Array(d);
    const lp = new Float64Array(N);
    for (let n = 0; n < N; n++) lp[n] = d > 0 ? logPrior(zs, n * d) : 0;
    let accepted = 0;
    let tried = 0;
    let sweeps = MIN_SWEEPS;
    for (let sweep = 0; sweep < sweeps; sweep++) {
      let acc = 0;
      let flipped = 0;
      for (let n = 0; n < N; n++) {
        const o = n * d;
        const oi = n * m;
        if (d > 0) {
          normals(moveRng, eps);
          for (let i = 0; i < d; i++) {
            let v = 0;
            for (let k2 = 0; k2 <= i; k2++) v += L[i * d + k2] * eps[k2];
            prop[i] = zs[o + i] + s * v;
          }
          const lpNew = logPrior(prop, 0);
          const llNew = evalLl(prop, 0, ons, oi);
          const logU = log(1 - moveRng.next());
          if (logU < lpNew + b * llNew - (lp[n] + b * lls[n])) {
            for (let k2 = 0; k2 < d; k2++) zs[o + k2] = prop[k2];
            lp[n] = lpNew;
            lls[n] = llNew;
            acc++;
          }
        }
        if (m > 0) {
          const i = min(m - 1, Math.floor(moveRng.next() * m));
          const wasOn = ons[oi + i];
          ons[oi + i] = wasOn ? 0 : 1;
          const llNew = evalLl(zs, o, ons, oi);
          const logPriorRatio = wasOn ? -logOn[i] : logOn[i];
          if (log(1 - moveRng.next()) < logPriorRatio + b * (llNew - lls[n])) {
            lls[n] = llNew;
            flipped++;
          } else ons[oi + i] = wasOn;
        }
      }
      // Without continuous coordinates the flips are the only moves, and their rate sets the sweeps.
      if (d === 0) acc = flipped;
      accepted += acc;
      tried += N;
      if (sweep === 0) {
        const rate = acc / N;
        const needed = rate > 0 ? Math.ceil(log(1 - target) / log(1 - min(rate, 0.99))) : MAX_SWEEPS;
        sweeps = min(MAX_SWEEPS, max(MIN_SWEEPS, needed));
      }
    }
    return { acceptance: accepted / tried };
  }

  const posterior = posteriorOf(z, on);
  // Distinct particle states (continuous values and indicators): particles at "no effect" share a value
  // legitimately, and still count as distinct when their states differ.
  const distinct = countDistinct(stateOf(z, on, N, d, m), N, d + m);
  const reachedPosterior = beta >= 1;
  // Without continuous coordinates the particles can only take 2^m states: distinctness says nothing then.
  const ess = d > 0 ? min(lastEss, distinct) : lastEss;
  const ok = reachedPosterior && ess >= MIN_ESS && maxK <= MAX_PARETO_K;
  return {
    status: ok ? 'OK' : 'UNRELIABLE',
    prior,
    posterior,
    effectiveSampleSize: ess,
    // −Infinity: every step's weights had a flat tail; +Infinity: the fit failed (and the status says so).
    paretoK: Number.isFinite(maxK) ? maxK : null,
    priorParetoK: Number.isFinite(priorParetoK) ? priorParetoK : null,
    priorEss,
    stages,
    acceptanceRate: acceptance,
    distinct,
    reachedPosterior,
  };
}

/** Each particle's continuous coordinates and indicators side by side, particle-major, width d + m. */
function stateOf(z: Float64Array, on: Uint8Array, n: number, d: number, m: number): Float64Array {
  const out = new Float64Array(n * (d + m));
  for (let i = 0; i < n; i++) {
    for (let k = 0; k < d; k++) out[i * (d + m) + k] = z[i * d + k];
    for (let k = 0; k < m; k++) out[i * (d + m) + d + k] = on[i * m + k];
  }
  return out;
}

/** Covariance of the particles (equal weights), with a small ridge so that a collapsed axis stays invertible. */
function covariance(z: Float64Array, n: number, d: number): Float64Array {
  const mean = new Float64Array(d);
  for (let i = 0; i < n; i++) for (let k = 0; k < d; k++) mean[k] += z[i * d + k];
  for (let k = 0; k < d; k++) mean[k] /= n;
  const c = new Float64Array(d * d);
  for (let i = 0; i < n; i++) {
    for (let a = 0; a < d; a++) {
      const da = z[i * d + a] - mean[a];
      for (let b = 0; b <= a; b++) c[a * d + b] += da * (z[i * d + b] - mean[b]);
    }
  }
  for (let a = 0; a < d; a++) {
    for (let b = 0; b <= a; b++) {
      c[a * d + b] /= max(1, n - 1);
      c[b * d + a] = c[a * d + b];
    }
    c[a * d + a] += 1e-8 + 1e-6 * c[a * d + a];
  }
  return c;
}

function countDistinct(z: Float64Array, n: number, d: number): number {
  const order = Array.from({ length: n }, (_, i) => i);
  const cmp = (a: number, b: number): number => {
    for (let k = 0; k < d; k++) {
      const diff = z[a * d + k] - z[b * d + k];
      if (diff !== 0) return diff;
    }
    return 0;
  };
  order.sort(cmp);
  let distinct = n > 0 ? 1 : 0;
  for (let i = 1; i < n; i++) if (cmp(order[i - 1], order[i]) !== 0) distinct++;
  return distinct;
}
