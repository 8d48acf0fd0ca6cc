/**
 * The local effect (docs/MODEL.md §15): per outcome, a precision-weighted difference-in-differences on the log-odds
 * scale, its program-clustered standard error, and an event study with a joint pre-trend test.
 *
 * Cells. A program-year-outcome with `events` of `trials` becomes l = logit(p̂), p̂ = (events + ½)/(trials + 1) (the ½
 * keeps 0 and all-events cells finite). Its information comes from its counts: binomial variance
 * v = 1/((trials + 1)·p̄(1 − p̄)), with p̄ the program's pooled rate over its untreated years (not the cell's own rate,
 * which would make a cell's weight depend on its own noise), plus σ², the year-to-year variation beyond binomial noise
 * (the residual variance of an unweighted two-way fit to the untreated cells minus their mean binomial variance,
 * 0 if negative). A cell's precision is π = 1/(v + σ²): a 400-entrant program-year counts for up to ten times a
 * 15-entrant one, not the same, and not 25 times either (σ² bounds what counts can buy).
 *
 * Estimate (imputation, Borusyak, Jaravel & Spiess 2024). The untreated cells (never-treated programs, and adopters
 * in their years before the start) are fitted by weighted least squares, l = α_program + γ_year, weights π. Each
 * treated program-year (y ≥ the program's start g) gets its effect τ̂ = l − α̂ − γ̂: its change against what its own
 * level and the comparisons' year would have given. The estimate is the weighted mean of τ̂ with weights
 * 1/(v + σ² + 1/P), P the program's total untreated precision: the inverse variance of the cell's own change, so a
 * large program-year with a long pre-period counts most. It is a fixed linear combination of the cells, and the
 * treated program-years with their weights are the DidTerms the model's prediction reproduces (predict.ts).
 * Unlike a two-way fixed-effects regression with one treatment dummy, it never compares adopters with earlier
 * adopters, so a ramping effect does not bias it.
 *
 * Standard error (program-clustered). Shocks persist within a program (a good year follows a good year), so
 * program-years are not independent. The variance is the leave-one-program-out jackknife (CV3 of MacKinnon, Nielsen
 * & Webb 2023): ((G − 1)/G)·Σ_g (θ̂_(g) − θ̂)² over the G programs in the fit, every step re-run without program g
 * (weights fixed, renormalised). It is robust to any correlation within a program and to unequal program sizes, and
 * it counts the spread of the programs' own effects as uncertainty. Intervals use Student's t with
 * Bell–McCaffrey-style degrees of freedom: the Satterthwaite df of the cluster contributions under a working model of
 * independent cells, (Σ_g a_g)²/Σ_g a_g² with a_g = Σ_{cells of g} c²(v + σ²), at most G − 1. With few treated
 * programs the treated clusters dominate, df falls towards their number, and the interval widens accordingly.
 * With fewer than two treated programs or three programs in all the jackknife cannot run: the working model's
 * variance Σ c²(v + σ²) is used (INDEPENDENT_CELLS), with normal quantiles.
 *
 * Event study. Lags: the same weighted mean of τ̂ by years since the start, 0..L (the last bins all later years),
 * so the estimate is the weight-share average of the lags. Leads: on the untreated cells alone, the weighted
 * two-way fit with one indicator per relative year −2..−K of the adopters (−1 the reference; the earliest bins all
 * earlier years), each lead the adopters' departure from their comparisons that many years before the start,
 * relative to the year before it. A coefficient needs MIN_EVENT_PROGRAMS treated programs. Each has its own jackknife
 * standard error and df (the reference −1 is listed at 0 for plots).
 *
 * Pre-trend test, on the leads (PretrendTest). The joint test that every lead is 0: their Wald statistic with the
 * jackknife covariance, as a Hotelling T², F = (ν − q + 1)/(ν·q)·W on (q, ν − q + 1) df, ν the leads' mean df. It
 * is weak against the commonest threat, a steady drift of the adopters (+0.03 log-odds a year over five pre-years
 * moves the leads by 0.03…0.15 and, continued, biases the estimate by about +0.14), because it spends its power on
 * every shape the leads could take. So the trend contrast is tested too: the leads' slope against the years before
 * −1, by generalised least squares with the working model's covariance (a fixed contrast of the leads), with its own
 * jackknife standard error and a t-test. The two are combined by a weighted Bonferroni, p = min(1, p_slope/0.8,
 * p_joint/0.2): under no pre-trend the combined test rejects at most at its nominal level, and a drift is caught
 * about as often as by the trend test alone.
 *
 * Between-program variation τ² (reported; the clustered standard error already includes it) is estimated by
 * DerSimonian–Laird from the per-program effects (their weighted mean τ̂) with working-model variances; 0 with fewer
 * than two treated programs.
 */
import { CALIBRATION_OUTCOMES, untreatedIn, type CalibrationOutcome, type Panel } from './panel';
import { expit, logit, studentTCdf, studentTQuantile, fSurvival, chiSquareSurvival } from './stats';

/** SMALL_COUNTS: a cell behind an estimate with fewer trials than this … */
export const SMALL_TRIALS = 30;
/** … or fewer events (or non-events) than this: the normal approximation of its log-odds is poor. */
export const SMALL_EVENTS = 5;
/** Fewest treated programs behind an event-study coefficient (its jackknife needs two). */
export const MIN_EVENT_PROGRAMS = 2;
/**
 * The pre-trend p-value is a weighted Bonferroni of the two tests on the leads: the trend contrast gets this share of
 * the level, the joint test the rest.
 */
export const SLOPE_SHARE = 0.8;

/** A treated program-year of an estimate and its weight (weights sum to 1): what predict.ts reproduces. */
export interface DidTerm {
  /** Index in Panel.programs. */
  program: number;
  year: number;
  weight: number;
}

/** A fake start one year early: the change from relative year −2 to −1 against the comparisons (−lead −2). */
export interface PlaceboTest {
  logOddsLift: number;
  standardError: number;
  z: number;
  treatedPrograms: number;
}

/**
 * How the standard errors were computed. PROGRAM_JACKKNIFE: clustered by program (leave-one-program-out, CV3),
 * t-quantiles on Bell–McCaffrey df. INDEPENDENT_CELLS: too few programs to cluster; binomial noise and σ² of
 * independent cells, normal quantiles.
 */
export type StandardErrorMethod = 'PROGRAM_JACKKNIFE' | 'INDEPENDENT_CELLS';

export interface EventStudyCoefficient {
  /** Years since the start (0 = the start year); −1 is the reference (0 by construction, listed for plots). */
  relativeYear: number;
  estimate: number;
  standardError: number;
  lower95: number;
  upper95: number;
  /** Of the t-quantile behind the interval (null: normal quantiles, or the reference year). */
  degreesOfFreedom: number | null;
  /** Treated programs with a cell at this relative year (or in its bin). */
  programs: number;
}

/**
 * The pre-trend tests on the event study's leads (null hypothesis: no departure before the start). Two tests, one
 * p-value: the joint test that every lead is 0 (any shape, e.g. a dip before the start) and the trend contrast (a
 * steady drift, the pre-trend that biases a DiD most and that a lead-by-lead test is weakest against), combined by a
 * weighted Bonferroni: p = min(1, p_slope/SLOPE_SHARE, p_joint/(1 − SLOPE_SHARE)).
 */
export interface PretrendTest {
  /** Number of leads q. */
  leads: number;
  /** Joint test: F statistic (Hotelling's T² scaled) on (df1, df2); null when it cannot be computed. */
  statistic: number | null;
  df1: number;
  /** null: χ²/df1 (working-model covariance, no clustering), or no joint test. */
  df2: number | null;
  jointPValue: number | null;
  /** Trend contrast: the adopters' drift against their comparisons before the start, log-odds per year. */
  slope: number | null;
  slopeStandardError: number | null;
  slopePValue: number | null;
  /** The combined p-value (what PRETREND reads). */
  pValue: number;
}

export interface DidEstimate {
  outcome: CalibrationOutcome;
  logOddsLift: number;
  standardError: number;
  lower95: number;
  upper95: number;
  /** The lift in percentage points at the treated programs' pre-period rate (preRate). */
  percentagePoints: number;
  preRate: number;
  treatedPrograms: number;
  comparisonPrograms: number;
  /** Program-years (cells) the estimate rests on, and their keys ("program id:year"). */
  observations: number;
  cellKeys: string[];
  /** Year-to-year variance of log-odds beyond binomial noise (σ²). */
  yearVariance: number;
  /** DerSimonian–Laird between-treated-program variance of the effect (τ²), log-odds². */
  tau2: number;
  /** Σ W_i² with W_i the treated programs' total weights (τ²·tauWeight: what τ² adds to a pooled estimate). */
  tauWeight: number;
  /** Pre-period log-odds level of each treated program used (index → level). */
  preLevels: Map<number, number>;
  terms: DidTerm[];
  /** The fake start one year early, read off the event study's lead −2; null without it. */
  placebo: PlaceboTest | null;
  /** Some cell behind the estimate has < SMALL_TRIALS trials or < SMALL_EVENTS events or non-events. */
  smallCounts: boolean;
  /** Treated programs with post-period data for this outcome but no pre-period data (left out). */
  withoutPrePeriod: number;
  standardErrorMethod: StandardErrorMethod;
  /** Degrees of freedom of the t-quantile of lower95/upper95 (null: normal quantiles). */
  degreesOfFreedom: number | null;
  /** Programs in the fit (the clusters of the standard error). */
  clusters: number;
  /** The standard error if program-years were independent (binomial noise and σ²), for comparison. */
  independentStandardError: number;
  /** Leads (relative years ≤ −2), the reference −1, and lags (≥ 0), ascending. */
  eventStudy: EventStudyCoefficient[];
  pretrend: PretrendTest | null;
}

export function estimateAll(panel: Panel): DidEstimate[] {
  const out: DidEstimate[] = [];
  CALIBRATION_OUTCOMES.forEach((outcome, o) => {
    const e = estimateOutcome(panel, o);
    if (e) out.push({ ...e, outcome });
  });
  return out;
}

/** Treated programs with post-period data for some outcome but no pre-period data for it (left out). */
export function treatedWithoutPrePeriod(panel: Panel): number {
  return panel.programs.filter(
    (p) =>
      p.startYear !== null &&
      p.cells.some((cells) => {
        const g = p.startYear as number;
        return !cells.some((c) => c.year < g) && cells.some((c) => c.year >= g);
      }),
  ).length;
}

/** Treated programs that have a pre and a post year for some outcome (INSUFFICIENT_DATA when none). */
export function treatedWithPrePost(panel: Panel): number {
  return panel.programs.filter(
    (p) =>
      p.startYear !== null &&
      p.cells.some((cells) => {
        const g = p.startYear as number;
        return cells.some((c) => c.year < g) && cells.some((c) => c.year >= g);
      }),
  ).length;
}

// ---------------------------------------------------------------------------------------------------------------
// Cells of one outcome, flat.

/** Relative year of a never-treated program's cell. */
const NEVER = -1_000_000;

interface Cells {
  n: number;
  programs: number;
  years: number[];
  prog: Int32Array;
  t: Int32Array;
  l: Float64Array;
  /** Binomial variance at the program's pooled untreated rate. */
  v: Float64Array;
  untreated: Uint8Array;
  /** Year − start year; NEVER for never-treated programs. */
  rel: Int32Array;
  small: Uint8Array;
  /** Cells of program i: [first[i], first[i + 1]), by year; its untreated ones (before its start) come first. */
  first: Int32Array;
  untreatedCount: Int32Array;
}

function cellsOf(panel: Panel, o: number): Cells {
  const years = [...new Set(panel.programs.flatMap((p) => p.cells[o].map((c) => c.year)))].sort((a, b) => a - b);
  const yearIndex = new Map(years.map((y, i) => [y, i]));
  const n = panel.programs.reduce((s, p) => s + p.cells[o].length, 0);
  const d: Cells = {
    n,
    programs: panel.programs.length,
    years,
    prog: new Int32Array(n),
    t: new Int32Array(n),
    l: new Float64Array(n),
    v: new Float64Array(n),
    untreated: new Uint8Array(n),
    rel: new Int32Array(n),
    small: new Uint8Array(n),
    first: new Int32Array(panel.programs.length + 1),
    untreatedCount: new Int32Array(panel.programs.length),
  };
  let k = 0;
  panel.programs.forEach((p, i) => {
    d.first[i] = k;
    const g = p.startYear;
    const own = p.cells[o];
    let events = 0;
    let trials = 0;
    for (const c of own) {
      if (untreatedIn(p, c.year)) {
        events += c.events;
        trials += c.trials;
      }
    }
    if (trials === 0) {
      for (const c of own) {
        events += c.events;
        trials += c.trials;
      }
    }
    const pooled = (events + 0.5) / (trials + 1);
    for (const c of own) {
      d.prog[k] = i;
      d.t[k] = yearIndex.get(c.year) as number;
      d.l[k] = logit((c.events + 0.5) / (c.trials + 1));
      d.v[k] = 1 / ((c.trials + 1) * pooled * (1 - pooled));
      d.untreated[k] = untreatedIn(p, c.year) ? 1 : 0;
      d.untreatedCount[i] += d.untreated[k];
      d.rel[k] = g === null ? NEVER : c.year - g;
      d.small[k] = c.trials < SMALL_TRIALS || c.events < SMALL_EVENTS || c.trials - c.events < SMALL_EVENTS ? 1 : 0;
      k++;
    }
  });
  d.first[panel.programs.length] = k;
  return d;
}

// ---------------------------------------------------------------------------------------------------------------
// Weighted two-way (program + year) least squares on the untreated cells, the program effects eliminated: a T×T
// system in the year effects. Each program's untreated cells come first among its cells (its years before the start),
// so they are the range [first[i], first[i] + untreatedCount[i]). One program can be left out (the jackknife): its
// contribution is taken off the full system, which is then refactored.

class TwoWay {
  /** Total weight per program and per year in the fit (0: not in it). */
  readonly P: Float64Array;
  readonly Q: Float64Array;
  readonly alpha: Float64Array;
  readonly gamma: Float64Array;
  /** The program left out (−1: none). */
  private out = -1;
  private readonly Pfull: Float64Array;
  private readonly Qfull: Float64Array;
  private readonly Sfull: Float64Array;
  private readonly S: Float64Array;
  private readonly L: Float64Array;
  private readonly D: Float64Array;
  private readonly fixed: Uint8Array;
  private readonly r: Float64Array;
  private readonly a: Float64Array;
  private readonly b: Float64Array;
  private readonly T: number;

  constructor(
    private readonly d: Cells,
    private readonly w: Float64Array,
  ) {
    const T = d.years.length;
    this.T = T;
    this.Pfull = new Float64Array(d.programs);
    this.Qfull = new Float64Array(T);
    this.Sfull = new Float64Array(T * T);
    for (let i = 0; i < d.programs; i++) {
      const end = d.first[i] + d.untreatedCount[i];
      for (let k = d.first[i]; k < end; k++) {
        this.Pfull[i] += w[k];
        this.Qfull[d.t[k]] += w[k];
      }
      this.addProgram(this.Sfull, i, -1);
    }
    for (let t = 0; t < T; t++) this.Sfull[t * T + t] += this.Qfull[t];
    this.P = new Float64Array(d.programs);
    this.Q = new Float64Array(T);
    this.S = new Float64Array(T * T);
    this.L = new Float64Array(T * T);
    this.D = new Float64Array(T);
    this.fixed = new Uint8Array(T);
    this.alpha = new Float64Array(d.programs);
    this.gamma = new Float64Array(T);
    this.r = new Float64Array(T);
    this.a = new Float64Array(d.programs);
    this.b = new Float64Array(T);
    this.leaveOut(-1);
  }

  /** sign·(π_i π_iᵀ / P_i) added to S over program i's untreated cells. */
  private addProgram(S: Float64Array, i: number, sign: number): void {
    const { d, w, T } = this;
    const Pi = this.Pfull[i];
    if (!(Pi > 0)) return;
    const start = d.first[i];
    const end = start + d.untreatedCount[i];
    for (let x = start; x < end; x++) {
      const f = (sign * w[x]) / Pi;
      const row = d.t[x] * T;
      for (let y = start; y < end; y++) S[row + d.t[y]] += f * w[y];
    }
  }

  /** Refits the system without program g (−1: with every program). */
  leaveOut(g: number): void {
    const { d, w, T, S, L, D, fixed } = this;
    this.out = g;
    this.P.set(this.Pfull);
    this.Q.set(this.Qfull);
    S.set(this.Sfull);
    if (g >= 0) {
      this.P[g] = 0;
      const end = d.first[g] + d.untreatedCount[g];
      for (let k = d.first[g]; k < end; k++) {
        this.Q[d.t[k]] -= w[k];
        S[d.t[k] * T + d.t[k]] -= w[k];
      }
      this.addProgram(S, g, 1);
    }
    // LDLᵀ; a vanishing pivot (the design's one null direction per connected part, or a year without untreated cells)
    // fixes that year's effect at 0.
    let scale = 0;
    for (let t = 0; t < T; t++) scale = Math.max(scale, this.Qfull[t]);
    const tol = 1e-10 * scale;
    L.fill(0);
    D.fill(0);
    fixed.fill(0);
    for (let j = 0; j < T; j++) {
      let dj = S[j * T + j];
      for (let k = 0; k < j; k++) if (!fixed[k]) dj -= L[j * T + k] ** 2 * D[k];
      if (!(dj > tol) || !(this.Q[j] > tol * 1e-6)) {
        fixed[j] = 1;
        continue;
      }
      D[j] = dj;
      for (let i = j + 1; i < T; i++) {
        let s = S[i * T + j];
        for (let k = 0; k < j; k++) if (!fixed[k]) s -= L[i * T + k] * L[j * T + k] * D[k];
        L[i * T + j] = s / dj;
      }
    }
  }

  /** Whether program i is in the current fit. */
  has(i: number): boolean {
    return i !== this.out && this.P[i] > 0;
  }

  /** Solves the normal equations for right-hand sides a (per program) and b (per year) into alpha, gamma. */
  solve(a: Float64Array, b: Float64Array): void {
    const { d, w, P, L, D, fixed, r, alpha, gamma, T } = this;
    r.set(b);
    for (let i = 0; i < d.programs; i++) {
      if (a[i] === 0 || !this.has(i)) continue;
      const f = a[i] / P[i];
      const end = d.first[i] + d.untreatedCount[i];
      for (let k = d.first[i]; k < end; k++) r[d.t[k]] -= w[k] * f;
    }
    for (let j = 0; j < T; j++) {
      if (fixed[j]) continue;
      let s = r[j];
      for (let k = 0; k < j; k++) if (!fixed[k]) s -= L[j * T + k] * r[k];
      r[j] = s;
    }
    for (let j = T - 1; j >= 0; j--) {
      if (fixed[j]) {
        gamma[j] = 0;
        continue;
      }
      let s = r[j] / D[j];
      for (let i = j + 1; i < T; i++) if (!fixed[i]) s -= L[i * T + j] * gamma[i];
      gamma[j] = s;
    }
    for (let i = 0; i < d.programs; i++) {
      if (!this.has(i)) {
        alpha[i] = 0;
        continue;
      }
      let s = 0;
      const end = d.first[i] + d.untreatedCount[i];
      for (let k = d.first[i]; k < end; k++) s += w[k] * gamma[d.t[k]];
      alpha[i] = (a[i] - s) / P[i];
    }
  }

  /** Fits x (per cell) on the untreated cells in the fit: alpha, gamma hold the effects afterwards. */
  estimate(x: Float64Array): void {
    const { d, w, a, b } = this;
    a.fill(0);
    b.fill(0);
    for (let i = 0; i < d.programs; i++) {
      if (!this.has(i)) continue;
      const end = d.first[i] + d.untreatedCount[i];
      for (let k = d.first[i]; k < end; k++) {
        a[i] += w[k] * x[k];
        b[d.t[k]] += w[k] * x[k];
      }
    }
    this.solve(a, b);
  }

  /** Fits the indicator of `cells` (untreated cells, ascending by program) the same way. */
  fitIndicator(cells: Int32Array): void {
    const { d, w, a, b } = this;
    a.fill(0);
    b.fill(0);
    for (const k of cells) {
      if (!this.has(d.prog[k])) continue;
      a[d.prog[k]] += w[k];
      b[d.t[k]] += w[k];
    }
    this.solve(a, b);
  }

  /** x − α − γ at cell k (x its value there). */
  residual(k: number, x: number): number {
    return x - this.alpha[this.d.prog[k]] - this.gamma[this.d.t[k]];
  }
}

// ---------------------------------------------------------------------------------------------------------------
// One run of the estimator, with every program or without one (the jackknife).

interface Design {
  d: Cells;
  /** π per cell. */
  pi: Float64Array;
  /** Aggregation weight per treated cell (0 for untreated ones). */
  rho: Float64Array;
  /** Lag bin per cell (−1: none). */
  lagBin: Int32Array;
  lagYears: number[];
  leadYears: number[];
  /** Per lead, its untreated cells (ascending). */
  leadCells: Int32Array[];
  /** Every untreated cell (ascending). */
  untreatedCells: Int32Array;
  fe: TwoWay;
}

interface Run {
  estimate: number;
  lags: Float64Array;
  leads: Float64Array | null;
  /** Treated cells used (full run only; the jackknife needs the numbers alone). */
  terms: Int32Array;
  tau: Float64Array;
  /** Full run only: the lead indicators residualised on the two-way fit, at every untreated cell; A⁻¹. */
  leadResiduals: Float64Array[] | null;
  leadInverse: Float64Array | null;
}

/**
 * The estimate, the lags and the leads without program `out` (−1: with all). With `full`, also what the standard
 * errors' working model needs.
 */
function run(x: Design, out: number, full: boolean): Run | null {
  const { d, pi, rho, fe } = x;
  fe.leaveOut(out);
  fe.estimate(d.l);
  const terms: number[] = [];
  const tau = full ? new Float64Array(d.n) : new Float64Array(0);
  const L = x.lagYears.length;
  const lagSum = new Float64Array(L);
  const lagWeight = new Float64Array(L);
  let sum = 0;
  let weight = 0;
  for (let i = 0; i < d.programs; i++) {
    if (!fe.has(i)) continue;
    for (let k = d.first[i] + d.untreatedCount[i]; k < d.first[i + 1]; k++) {
      if (!(fe.Q[d.t[k]] > 0)) continue;
      const t = fe.residual(k, d.l[k]);
      if (full) {
        terms.push(k);
        tau[k] = t;
      }
      sum += rho[k] * t;
      weight += rho[k];
      const bin = x.lagBin[k];
      if (bin >= 0) {
        lagSum[bin] += rho[k] * t;
        lagWeight[bin] += rho[k];
      }
    }
  }
  if (!(weight > 0)) return null;
  const lags = lagSum.map((s, bin) => (lagWeight[bin] > 0 ? s / lagWeight[bin] : NaN));

  // Leads: l = α + γ + Σ β_j·lead_j on the untreated cells. By Frisch–Waugh, β = A⁻¹ r with A = D̃ᵀΠD̃ = DᵀΠD̃ and
  // r = DᵀΠ l̃ (D the indicators, ~ residualised on the two-way fit): only the lead cells are summed over.
  const q = x.leadYears.length;
  let leads: Float64Array | null = null;
  let leadResiduals: Float64Array[] | null = null;
  let leadInverse: Float64Array | null = null;
  if (q > 0) {
    const rhs = new Float64Array(q);
    for (let j = 0; j < q; j++) {
      for (const k of x.leadCells[j]) if (fe.has(d.prog[k])) rhs[j] += pi[k] * fe.residual(k, d.l[k]);
    }
    const A = new Float64Array(q * q);
    if (full) leadResiduals = [];
    for (let j = 0; j < q; j++) {
      fe.fitIndicator(x.leadCells[j]);
      for (let m = 0; m < q; m++) {
        let s = 0;
        for (const k of x.leadCells[m]) if (fe.has(d.prog[k])) s += pi[k] * fe.residual(k, m === j ? 1 : 0);
        A[m * q + j] = s;
      }
      if (leadResiduals) {
        const res = new Float64Array(d.n);
        for (const k of x.untreatedCells) res[k] = fe.residual(k, 0);
        for (const k of x.leadCells[j]) res[k] += 1;
        leadResiduals.push(res);
      }
    }
    for (let j = 0; j < q; j++)
      for (let m = 0; m < j; m++) A[j * q + m] = A[m * q + j] = (A[j * q + m] + A[m * q + j]) / 2;
    leadInverse = invertSpd(A, q);
    if (leadInverse) {
      leads = new Float64Array(q);
      for (let j = 0; j < q; j++) for (let m = 0; m < q; m++) leads[j] += leadInverse[j * q + m] * rhs[m];
    }
  }
  return { estimate: sum / weight, lags, leads, terms: Int32Array.from(terms), tau, leadResiduals, leadInverse };
}

/** Inverse of a symmetric positive-definite q×q matrix (Cholesky); null when it is not (numerically) one. */
function invertSpd(a: Float64Array, q: number): Float64Array | null {
  const L = new Float64Array(q * q);
  let scale = 0;
  for (let i = 0; i < q; i++) scale = Math.max(scale, Math.abs(a[i * q + i]));
  for (let i = 0; i < q; i++) {
    for (let j = 0; j <= i; j++) {
      let s = a[i * q + j];
      for (let k = 0; k < j; k++) s -= L[i * q + k] * L[j * q + k];
      if (i === j) {
        if (!(s > 1e-12 * scale)) return null;
        L[i * q + i] = Math.sqrt(s);
      } else L[i * q + j] = s / L[j * q + j];
    }
  }
  // inv = L⁻ᵀ L⁻¹, column by column.
  const inv = new Float64Array(q * q);
  const y = new Float64Array(q);
  for (let c = 0; c < q; c++) {
    for (let i = 0; i < q; i++) {
      let s = i === c ? 1 : 0;
      for (let k = 0; k < i; k++) s -= L[i * q + k] * y[k];
      y[i] = s / L[i * q + i];
    }
    for (let i = q - 1; i >= 0; i--) {
      let s = y[i];
      for (let k = i + 1; k < q; k++) s -= L[k * q + i] * inv[k * q + c];
      inv[i * q + c] = s / L[i * q + i];
    }
  }
  return inv;
}

// ---------------------------------------------------------------------------------------------------------------
// The estimate of one outcome.

function estimateOutcome(panel: Panel, o: number): Omit<DidEstimate, 'outcome'> | null {
  const d = cellsOf(panel, o);
  let withoutPrePeriod = 0;
  for (let i = 0; i < d.programs; i++) {
    let pre = false;
    let post = false;
    for (let k = d.first[i]; k < d.first[i + 1]; k++) {
      if (d.rel[k] === NEVER) continue;
      if (d.untreated[k]) pre = true;
      else post = true;
    }
    if (post && !pre) withoutPrePeriod++;
  }

  // σ² from an unweighted two-way fit of the untreated cells.
  const untreatedCells = Int32Array.from({ length: d.n }, (_, k) => k).filter((k) => d.untreated[k] === 1);
  if (untreatedCells.length === 0) return null;
  const sigma2 = residualYearVariance(d, untreatedCells);
  const pi = d.v.map((v) => 1 / (v + sigma2));
  const ownPrecision = new Float64Array(d.programs);
  for (const k of untreatedCells) ownPrecision[d.prog[k]] += pi[k];
  const rho = new Float64Array(d.n);
  for (let k = 0; k < d.n; k++) {
    const P = ownPrecision[d.prog[k]];
    if (!d.untreated[k] && P > 0) rho[k] = 1 / (d.v[k] + sigma2 + 1 / P);
  }

  // Event-study bins from the full data: lags 0..L (L and later), leads −2..−K (K and earlier).
  const programsAtOrAfter = (e: number): number =>
    new Set([...Array(d.n).keys()].filter((k) => !d.untreated[k] && rho[k] > 0 && d.rel[k] >= e).map((k) => d.prog[k]))
      .size;
  const programsAtOrBefore = (e: number): number =>
    new Set(
      [...Array(d.n).keys()].filter((k) => d.untreated[k] && d.rel[k] !== NEVER && d.rel[k] <= e).map((k) => d.prog[k]),
    ).size;
  let maxLag = -1;
  while (programsAtOrAfter(maxLag + 1) >= MIN_EVENT_PROGRAMS) maxLag++;
  let minLead = -1;
  while (programsAtOrBefore(minLead - 1) >= MIN_EVENT_PROGRAMS) minLead--;
  const lagYears = Array.from({ length: maxLag + 1 }, (_, e) => e);
  const leadYears = Array.from({ length: -1 - minLead }, (_, j) => -2 - j);
  const lagBin = new Int32Array(d.n).fill(-1);
  const leadBin = new Int32Array(d.n).fill(-1);
  for (let k = 0; k < d.n; k++) {
    if (d.rel[k] === NEVER) continue;
    if (!d.untreated[k] && maxLag >= 0) lagBin[k] = Math.min(d.rel[k], maxLag);
    if (d.untreated[k] && d.rel[k] <= -2 && minLead <= -2) leadBin[k] = -2 - Math.max(d.rel[k], minLead);
  }
  const leadCells = leadYears.map((_, j) => untreatedCells.filter((k) => leadBin[k] === j));
  const fe = new TwoWay(d, pi);
  const design: Design = { d, pi, rho, lagBin, lagYears, leadYears, leadCells, untreatedCells, fe };

  const full = run(design, -1, true);
  if (!full) return null;
  const { terms } = full;
  const W = terms.reduce((s, k) => s + rho[k], 0);

  // Working-model coefficients of a weighted mean of τ̂ over some treated cells: c = ω on them, and on the untreated
  // cells −π·(λ_α + λ_γ) with λ the two-way system solved for the ω's totals per program and year.
  const coefficients = (cells: ArrayLike<number>, omega: (k: number) => number): Float64Array => {
    const a = new Float64Array(d.programs);
    const b = new Float64Array(d.years.length);
    const c = new Float64Array(d.n);
    for (let n = 0; n < cells.length; n++) {
      const k = cells[n];
      c[k] = omega(k);
      a[d.prog[k]] += c[k];
      b[d.t[k]] += c[k];
    }
    fe.solve(a, b);
    for (const k of untreatedCells) c[k] = -pi[k] * (fe.alpha[d.prog[k]] + fe.gamma[d.t[k]]);
    return c;
  };
  const perCluster = (c: Float64Array): Float64Array => {
    const a = new Float64Array(d.programs);
    for (let k = 0; k < d.n; k++) a[d.prog[k]] += c[k] * c[k] * (d.v[k] + sigma2);
    return a;
  };
  const c = coefficients(terms, (k) => rho[k] / W);
  const clusterList = [...Array(d.programs).keys()].filter((i) => fe.has(i));
  const G = clusterList.length;
  const treatedList = [...new Set(Array.from(terms, (k) => d.prog[k]))];
  const canJackknife = treatedList.length >= 2 && G >= 3;

  // Leave-one-program-out replicates.
  const replicates: (Run | null)[] = [];
  if (canJackknife) {
    for (const g of clusterList) replicates.push(run(design, g, false));
    fe.leaveOut(-1);
  }
  const jackknife = (value: (r: Run) => number, fullValue: number): number | null => {
    if (!canJackknife) return null;
    let s = 0;
    for (const r of replicates) {
      const v = r ? value(r) : NaN;
      if (!Number.isFinite(v)) return null;
      s += (v - fullValue) ** 2;
    }
    return ((G - 1) / G) * s;
  };
  /** Standard error and df of a quantity with working-model coefficients c and full-data value `value(full)`. */
  const inference = (
    cq: Float64Array,
    value: (r: Run) => number,
  ): { se: number; df: number; method: StandardErrorMethod; independent: number } => {
    const a = perCluster(cq);
    let sa = 0;
    let sa2 = 0;
    for (const v of a) {
      sa += v;
      sa2 += v * v;
    }
    const independent = Math.sqrt(sa);
    const jk = jackknife(value, value(full));
    if (jk === null) return { se: independent, df: Infinity, method: 'INDEPENDENT_CELLS', independent };
    const df = Math.max(1, Math.min(G - 1, sa2 > 0 ? (sa * sa) / sa2 : G - 1));
    return { se: Math.sqrt(jk), df, method: 'PROGRAM_JACKKNIFE', independent };
  };

  const main = inference(c, (r) => r.estimate);
  const lift = full.estimate;
  const half = studentTQuantile(0.975, main.df) * main.se;

  // Event study: leads (from the untreated fit), the reference, lags (from the imputation).
  const eventStudy: EventStudyCoefficient[] = [];
  const programsIn = (pred: (k: number) => boolean): number =>
    new Set([...Array(d.n).keys()].filter(pred).map((k) => d.prog[k])).size;
  const coefficient = (
    relativeYear: number,
    estimate: number,
    inf: { se: number; df: number },
    programs: number,
  ): EventStudyCoefficient => {
    const h = studentTQuantile(0.975, inf.df) * inf.se;
    return {
      relativeYear,
      estimate,
      standardError: inf.se,
      lower95: estimate - h,
      upper95: estimate + h,
      degreesOfFreedom: Number.isFinite(inf.df) ? inf.df : null,
      programs,
    };
  };
  let pretrend: PretrendTest | null = null;
  let placebo: PlaceboTest | null = null;
  const q = leadYears.length;
  /** The leads' covariance under the working model of independent cells: A⁻¹ (Σ π²(v + σ²) r rᵀ) A⁻¹. */
  const leadCovarianceModel = (res: Float64Array[], inv: Float64Array): Float64Array => {
    const M = new Float64Array(q * q);
    for (const k of untreatedCells) {
      const s = pi[k] * pi[k] * (d.v[k] + sigma2);
      for (let j = 0; j < q; j++) for (let m = 0; m < q; m++) M[j * q + m] += s * res[j][k] * res[m][k];
    }
    const out = new Float64Array(q * q);
    for (let j = 0; j < q; j++)
      for (let m = 0; m < q; m++) {
        let s = 0;
        for (let a = 0; a < q; a++) for (let b = 0; b < q; b++) s += inv[j * q + a] * M[a * q + b] * inv[b * q + m];
        out[j * q + m] = s;
      }
    return out;
  };

  if (full.leads && full.leadResiduals && full.leadInverse) {
    const leads = full.leads;
    const inv = full.leadInverse;
    const res = full.leadResiduals;
    const leadCoef = leadYears.map((_, j) => {
      const cj = new Float64Array(d.n);
      for (const k of untreatedCells) {
        let s = 0;
        for (let m = 0; m < q; m++) s += inv[j * q + m] * res[m][k];
        cj[k] = pi[k] * s;
      }
      return cj;
    });
    const leadInf = leadCoef.map((cj, j) => inference(cj, (r) => (r.leads ? r.leads[j] : NaN)));
    for (let j = q - 1; j >= 0; j--) {
      const programs = programsIn((k) => leadBin[k] === j);
      eventStudy.push(coefficient(leadYears[j], leads[j], leadInf[j], programs));
    }
    placebo = {
      logOddsLift: -leads[0],
      standardError: leadInf[0].se,
      z: -leads[0] / leadInf[0].se,
      treatedPrograms: programsIn((k) => leadBin[k] === 0),
    };
    const modelCovariance = leadCovarianceModel(res, inv);
    const joint = jointTest(leads, leadInf, replicates, canJackknife, G, modelCovariance);
    // The trend contrast: the slope of the leads against the years before −1, by GLS with the working-model
    // covariance (a fixed contrast h of the leads), its standard error by the same jackknife.
    let slope: { value: number; se: number; df: number; p: number } | null = null;
    const vInv = invertSpd(modelCovariance, q);
    if (vInv) {
      const x = leadYears.map((r, j) => {
        // The earliest lead bins all earlier years: its distance is the mean of its cells'.
        let s = 0;
        for (const k of leadCells[j]) s += d.rel[k];
        return (leadCells[j].length > 0 ? s / leadCells[j].length : r) + 1;
      });
      const vx = x.map((_, j) => x.reduce((s, xm, m) => s + vInv[j * q + m] * xm, 0));
      const xvx = x.reduce((s, xj, j) => s + xj * vx[j], 0);
      const h = vx.map((v) => v / xvx);
      const ch = new Float64Array(d.n);
      for (let j = 0; j < q; j++) for (const k of untreatedCells) ch[k] += h[j] * leadCoef[j][k];
      const of = (b: Float64Array): number => h.reduce((s, hj, j) => s + hj * b[j], 0);
      const inf = inference(ch, (r) => (r.leads ? of(r.leads) : NaN));
      const value = of(leads);
      const p = inf.se > 0 ? 2 * (1 - studentTCdf(Math.abs(value) / inf.se, inf.df)) : value === 0 ? 1 : 0;
      slope = { value, se: inf.se, df: inf.df, p };
    }
    if (joint || slope) {
      const pj = joint ? joint.pValue : 1;
      const ps = slope ? slope.p : 1;
      const pValue = joint && slope ? Math.min(1, ps / SLOPE_SHARE, pj / (1 - SLOPE_SHARE)) : Math.min(pj, ps);
      pretrend = {
        leads: q,
        statistic: joint ? joint.statistic : null,
        df1: q,
        df2: joint ? joint.df2 : null,
        jointPValue: joint ? joint.pValue : null,
        slope: slope ? slope.value : null,
        slopeStandardError: slope ? slope.se : null,
        slopePValue: slope ? slope.p : null,
        pValue,
      };
    }
  }

  eventStudy.push({
    relativeYear: -1,
    estimate: 0,
    standardError: 0,
    lower95: 0,
    upper95: 0,
    degreesOfFreedom: null,
    programs: programsIn((k) => d.untreated[k] === 1 && d.rel[k] === -1),
  });
  lagYears.forEach((e, b) => {
    const cells = Array.from(terms).filter((k) => lagBin[k] === b);
    const wb = cells.reduce((s, k) => s + rho[k], 0);
    if (!(wb > 0)) return;
    const inf = inference(
      coefficients(cells, (k) => rho[k] / wb),
      (r) => r.lags[b],
    );
    eventStudy.push(
      coefficient(
        e,
        full.lags[b],
        inf,
        programsIn((k) => lagBin[k] === b && rho[k] > 0),
      ),
    );
  });

  // τ² by DerSimonian–Laird over the treated programs' own effects (their weighted mean τ̂).
  const own = treatedList.map((i) => {
    const cells = Array.from(terms).filter((k) => d.prog[k] === i);
    const wi = cells.reduce((s, k) => s + rho[k], 0);
    const ci = coefficients(cells, (k) => rho[k] / wi);
    let v = 0;
    for (let k = 0; k < d.n; k++) v += ci[k] * ci[k] * (d.v[k] + sigma2);
    const effect = cells.reduce((s, k) => s + (rho[k] / wi) * full.tau[k], 0);
    return { d: effect, v, weight: wi / W };
  });
  let tau2 = 0;
  if (own.length >= 2) {
    const wi = own.map((x) => 1 / x.v);
    const sw = wi.reduce((a, b) => a + b, 0);
    const mean = own.reduce((s, x, i) => s + wi[i] * x.d, 0) / sw;
    const qStat = own.reduce((s, x, i) => s + wi[i] * (x.d - mean) ** 2, 0);
    const denom = sw - wi.reduce((s, x) => s + x * x, 0) / sw;
    tau2 = denom > 0 ? Math.max(0, (qStat - (own.length - 1)) / denom) : 0;
  }
  const tauWeight = own.reduce((s, x) => s + x.weight * x.weight, 0);

  // Levels, counts, the cells behind the estimate.
  const preLevels = new Map<number, number>();
  for (const i of treatedList) {
    let s = 0;
    let n = 0;
    for (let k = d.first[i]; k < d.first[i + 1]; k++) {
      if (d.untreated[k]) {
        s += d.l[k];
        n++;
      }
    }
    preLevels.set(i, s / n);
  }
  const termList: DidTerm[] = Array.from(terms, (k) => ({
    program: d.prog[k],
    year: d.years[d.t[k]],
    weight: rho[k] / W,
  }));
  let preLevel = 0;
  for (const t of termList) preLevel += t.weight * (preLevels.get(t.program) as number);
  const preRate = expit(preLevel);
  let maxC = 0;
  for (const v of c) maxC = Math.max(maxC, Math.abs(v));
  const used = [...Array(d.n).keys()].filter((k) => Math.abs(c[k]) > 1e-12 * maxC);
  const termYears = new Map<number, Set<number>>();
  for (const k of terms) {
    const set = termYears.get(d.t[k]) ?? new Set<number>();
    set.add(d.prog[k]);
    termYears.set(d.t[k], set);
  }
  const comparisons = new Set<number>();
  for (const k of untreatedCells) {
    const treatedThen = termYears.get(d.t[k]);
    if (treatedThen && [...treatedThen].some((i) => i !== d.prog[k])) comparisons.add(d.prog[k]);
  }
  return {
    logOddsLift: lift,
    standardError: main.se,
    lower95: lift - half,
    upper95: lift + half,
    percentagePoints: 100 * (expit(preLevel + lift) - preRate),
    preRate,
    treatedPrograms: treatedList.length,
    comparisonPrograms: comparisons.size,
    observations: used.length,
    cellKeys: used.map((k) => `${panel.programs[d.prog[k]].id}:${d.years[d.t[k]]}`),
    yearVariance: sigma2,
    tau2,
    tauWeight,
    preLevels,
    terms: termList,
    placebo,
    smallCounts: used.some((k) => d.small[k] === 1),
    withoutPrePeriod,
    standardErrorMethod: main.method,
    degreesOfFreedom: Number.isFinite(main.df) ? main.df : null,
    clusters: G,
    independentStandardError: main.independent,
    eventStudy,
    pretrend,
  };
}

/**
 * The joint test that all leads are 0: Wald with the jackknife covariance as a Hotelling T² on (q, ν − q + 1) df
 * (ν the leads' mean df), or, when the jackknife cannot run, χ²_q with the working-model covariance.
 */
function jointTest(
  leads: Float64Array,
  inf: { se: number; df: number; method: StandardErrorMethod }[],
  replicates: (Run | null)[],
  canJackknife: boolean,
  G: number,
  modelCovariance: Float64Array,
): { statistic: number; df2: number | null; pValue: number } | null {
  const q = leads.length;
  let V: Float64Array;
  let nu = Infinity;
  if (canJackknife && inf.every((x) => x.method === 'PROGRAM_JACKKNIFE')) {
    V = new Float64Array(q * q);
    for (const r of replicates) {
      const b = r?.leads;
      if (!b) return null;
      for (let j = 0; j < q; j++)
        for (let m = 0; m < q; m++) V[j * q + m] += ((G - 1) / G) * (b[j] - leads[j]) * (b[m] - leads[m]);
    }
    nu = inf.reduce((s, x) => s + x.df, 0) / q;
  } else V = modelCovariance;
  const inv = invertSpd(V, q);
  if (!inv) return null;
  let w = 0;
  for (let j = 0; j < q; j++) for (let m = 0; m < q; m++) w += leads[j] * inv[j * q + m] * leads[m];
  if (!Number.isFinite(nu)) {
    return { statistic: w / q, df2: null, pValue: chiSquareSurvival(w, q) };
  }
  const df2 = nu - q + 1;
  if (!(df2 >= 1)) return null;
  const f = ((nu - q + 1) / (nu * q)) * w;
  return { statistic: f, df2, pValue: fSurvival(f, q, df2) };
}

/**
 * σ²: residual variance of l = α_program + γ_year over the untreated cells (unweighted), per residual degree of
 * freedom, minus the cells' mean binomial variance; 0 when negative or without residual degrees of freedom.
 */
function residualYearVariance(d: Cells, cells: Int32Array): number {
  const fe = new TwoWay(d, new Float64Array(d.n).fill(1));
  fe.estimate(d.l);
  let programs = 0;
  for (let i = 0; i < d.programs; i++) if (fe.has(i)) programs++;
  let years = 0;
  for (const Q of fe.Q) if (Q > 0) years++;
  const dof = cells.length - programs - years + 1;
  if (dof <= 0) return 0;
  let rss = 0;
  let binomial = 0;
  for (const k of cells) {
    rss += fe.residual(k, d.l[k]) ** 2;
    binomial += d.v[k];
  }
  return Math.max(0, rss / dof - binomial / cells.length);
}
