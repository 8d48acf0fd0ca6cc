/**
 * The local effect (docs/MODEL.md §15): per outcome, a difference-in-differences on the log-odds scale.
 *
 * Cells. A program-year-outcome with `events` of `trials` becomes l = logit(p̂) with p̂ = (events + ½)/(trials + 1)
 * (the ½ keeps 0 and all-events cells finite) and binomial variance v = 1/((trials + 1)·p̂·(1 − p̂)) (delta method).
 *
 * Pairs. Each treated program i with start year g has pre years (observed, < g) and post years (≥ g).
 * For each post year y: the treated change is l(i, y) − mean of l(i, pre); the comparison change is the
 * same for every other program j untreated in y (never treated, or adopting after y) with data in y and
 * in at least one of i's pre years (its mean over those); DiD(i, y) = treated change − mean comparison change.
 * The estimate is the mean of DiD(i, y) over all pairs (each treated post year counts once: the average
 * effect on the treated program-years). It is a fixed linear combination Σ c·l of the cells, so
 *   se² = Σ c²·(v + σ²),
 * where σ² is the year-to-year variation beyond binomial noise: the residual variance of a two-way
 * (program + year) fit to all untreated cells minus their mean binomial variance (0 if negative). A
 * comparison program used by several pairs is counted once, with its summed coefficient.
 *
 * Between-program variation τ² (of the treated programs' own effects, used by the posterior) is
 * estimated by DerSimonian–Laird from the per-program DiDs; it is 0 with fewer than two treated programs.
 *
 * Placebo (PRETREND). For each treated program with post years and at least two pre years, the last one is
 * taken as a fake start and the same estimator is run on pre years only (comparisons untreated in them);
 * |z| > 1.96 means the treated programs were already drifting away from their comparisons before they started.
 */
import {
  CALIBRATION_OUTCOMES,
  untreatedIn,
  type CalibrationOutcome,
  type ClassifiedProgram,
  type Panel,
} from './panel';
import { expit, logit } from './stats';

/** SMALL_COUNTS: a cell behind an estimate with fewer trials than this … */
export const SMALL_TRIALS = 30;
/** … or fewer events (or non-events) than this: the normal approximation of its log-odds is poor. */
export const SMALL_EVENTS = 5;
const Z95 = 1.959963984540054;

/** A treated program-year of an estimate and its weight (weights sum to 1): what predict.ts reproduces. */
export interface DidTerm {
  /** Index in Panel.programs. */
  program: number;
  year: number;
  weight: number;
}

export interface PlaceboTest {
  logOddsLift: number;
  standardError: number;
  z: number;
  treatedPrograms: number;
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
  /** Σ W_i² with W_i the treated programs' total weights: the pooled estimate carries tau2·tauWeight. */
  tauWeight: number;
  /** Pre-period log-odds level of each treated program used (index → level). */
  preLevels: Map<number, number>;
  terms: DidTerm[];
  placebo: PlaceboTest | null;
  /** Some cell behind the estimate has < SMALL_TRIALS trials or < SMALL_EVENTS events or non-events. */
  smallCounts: boolean;
  /** Treated programs with post-period data for this outcome but no pre-period data (left out). */
  withoutPrePeriod: number;
}

interface LCell {
  program: number;
  year: number;
  logit: number;
  variance: number;
  small: boolean;
}

/** Per program, cells of one outcome by year. */
type CellIndex = Map<number, LCell>[];

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

function indexCells(panel: Panel, o: number): CellIndex {
  return panel.programs.map((p) => {
    const m = new Map<number, LCell>();
    for (const c of p.cells[o]) {
      const ph = (c.events + 0.5) / (c.trials + 1);
      const small = c.trials < SMALL_TRIALS || c.events < SMALL_EVENTS || c.trials - c.events < SMALL_EVENTS;
      m.set(c.year, {
        program: p.index,
        year: c.year,
        logit: logit(ph),
        variance: 1 / ((c.trials + 1) * ph * (1 - ph)),
        small,
      });
    }
    return m;
  });
}

interface Pair {
  program: number;
  year: number;
  pre: number[];
}

interface Combination {
  /** Coefficient per cell, keyed "program:year", insertion-ordered (deterministic). */
  coef: Map<string, { cell: LCell; c: number }>;
  /** Per treated program: its coefficients (for its own DiD) and total pair weight. */
  perProgram: Map<number, { coef: Map<string, { cell: LCell; c: number }>; weight: number }>;
  comparisons: Set<number>;
  value: number;
  terms: DidTerm[];
  preLevels: Map<number, number>;
}

function add(coef: Map<string, { cell: LCell; c: number }>, cell: LCell, c: number): void {
  const key = `${cell.program}:${cell.year}`;
  const cur = coef.get(key);
  if (cur) cur.c += c;
  else coef.set(key, { cell, c });
}

/** Builds Σ c·l over pairs, equal weight per pair. Pairs without any comparison are dropped. */
function combine(
  panel: Panel,
  idx: CellIndex,
  pairs: Pair[],
  untreated: (p: ClassifiedProgram, y: number) => boolean,
): Combination | null {
  type Usable = { pair: Pair; comps: { j: number; pre: LCell[] }[] };
  const usable: Usable[] = [];
  for (const pair of pairs) {
    const comps: Usable['comps'] = [];
    for (const q of panel.programs) {
      if (q.index === pair.program || !untreated(q, pair.year) || !idx[q.index].has(pair.year)) continue;
      const pre = pair.pre.map((y) => idx[q.index].get(y)).filter((c): c is LCell => c !== undefined);
      if (pre.length > 0) comps.push({ j: q.index, pre });
    }
    if (comps.length > 0) usable.push({ pair, comps });
  }
  if (usable.length === 0) return null;
  const w = 1 / usable.length;
  const comb: Combination = {
    coef: new Map(),
    perProgram: new Map(),
    comparisons: new Set(),
    value: 0,
    terms: [],
    preLevels: new Map(),
  };
  for (const { pair, comps } of usable) {
    const own = idx[pair.program];
    let prog = comb.perProgram.get(pair.program);
    if (!prog) {
      prog = { coef: new Map(), weight: 0 };
      comb.perProgram.set(pair.program, prog);
      const level = pair.pre.reduce((s, y) => s + (own.get(y) as LCell).logit, 0) / pair.pre.length;
      comb.preLevels.set(pair.program, level);
    }
    prog.weight += w;
    const terms: [LCell, number][] = [[own.get(pair.year) as LCell, 1]];
    for (const y of pair.pre) terms.push([own.get(y) as LCell, -1 / pair.pre.length]);
    const m = comps.length;
    for (const { j, pre } of comps) {
      comb.comparisons.add(j);
      terms.push([idx[j].get(pair.year) as LCell, -1 / m]);
      for (const cell of pre) terms.push([cell, 1 / (m * pre.length)]);
    }
    for (const [cell, c] of terms) {
      add(comb.coef, cell, w * c);
      add(prog.coef, cell, c);
      comb.value += w * c * cell.logit;
    }
    comb.terms.push({ program: pair.program, year: pair.year, weight: w });
  }
  return comb;
}

function variance(coef: Combination['coef'], yearVariance: number, scale = 1): number {
  let v = 0;
  for (const { cell, c } of coef.values()) v += (c * scale) ** 2 * (cell.variance + yearVariance);
  return v;
}

function estimateOutcome(panel: Panel, o: number): Omit<DidEstimate, 'outcome'> | null {
  const idx = indexCells(panel, o);
  const pairs: Pair[] = [];
  const placeboPairs: Pair[] = [];
  let withoutPrePeriod = 0;
  for (const p of panel.programs) {
    if (p.startYear === null) continue;
    const g = p.startYear;
    const years = [...idx[p.index].keys()];
    const pre = years.filter((y) => y < g);
    const post = years.filter((y) => y >= g);
    if (post.length > 0 && pre.length === 0) withoutPrePeriod++;
    if (pre.length === 0) continue;
    for (const y of post) pairs.push({ program: p.index, year: y, pre });
    if (pre.length >= 2 && post.length > 0)
      placeboPairs.push({ program: p.index, year: pre[pre.length - 1], pre: pre.slice(0, -1) });
  }
  const comb = combine(panel, idx, pairs, untreatedIn);
  if (!comb) return null;
  const yearVariance = residualYearVariance(panel, idx);
  const se = Math.sqrt(variance(comb.coef, yearVariance));

  // τ² by DerSimonian–Laird over the treated programs' own DiDs (each the mean of its pairs).
  const own = [...comb.perProgram.entries()].map(([, p]) => {
    const n = p.weight * comb.terms.length; // pairs of this program
    let d = 0;
    for (const { cell, c } of p.coef.values()) d += c * cell.logit;
    return { d: d / n, v: variance(p.coef, yearVariance, 1 / n), weight: p.weight };
  });
  let tau2 = 0;
  if (own.length >= 2) {
    const wi = own.map((x) => 1 / x.v);
    const sw = wi.reduce((a, b) => a + b, 0);
    const mean = own.reduce((s, x, i) => s + wi[i] * x.d, 0) / sw;
    const q = own.reduce((s, x, i) => s + wi[i] * (x.d - mean) ** 2, 0);
    const denom = sw - wi.reduce((s, x) => s + x * x, 0) / sw;
    tau2 = denom > 0 ? Math.max(0, (q - (own.length - 1)) / denom) : 0;
  }
  const tauWeight = own.reduce((s, x) => s + x.weight * x.weight, 0);

  let preLevel = 0;
  for (const t of comb.terms) preLevel += t.weight * (comb.preLevels.get(t.program) as number);
  const preRate = expit(preLevel);
  const lift = comb.value;

  const placeboComb = combine(panel, idx, placeboPairs, untreatedIn);
  let placebo: PlaceboTest | null = null;
  if (placeboComb) {
    const pse = Math.sqrt(variance(placeboComb.coef, yearVariance));
    placebo = {
      logOddsLift: placeboComb.value,
      standardError: pse,
      z: placeboComb.value / pse,
      treatedPrograms: placeboComb.perProgram.size,
    };
  }

  const used = [...comb.coef.values()].filter((x) => x.c !== 0);
  const smallCounts = used.some((x) => x.cell.small);
  return {
    logOddsLift: lift,
    standardError: se,
    lower95: lift - Z95 * se,
    upper95: lift + Z95 * se,
    percentagePoints: 100 * (expit(preLevel + lift) - preRate),
    preRate,
    treatedPrograms: comb.perProgram.size,
    comparisonPrograms: comb.comparisons.size,
    observations: used.length,
    cellKeys: used.map((x) => `${panel.programs[x.cell.program].id}:${x.cell.year}`),
    yearVariance,
    tau2,
    tauWeight,
    preLevels: comb.preLevels,
    terms: comb.terms,
    placebo,
    smallCounts,
    withoutPrePeriod,
  };
}

/**
 * σ²: residual variance of l = α_program + γ_year over the untreated cells (alternating means to
 * convergence), per residual degree of freedom, minus the cells' mean binomial variance; 0 when negative
 * or when there are no residual degrees of freedom.
 */
export function residualYearVariance(panel: Panel, idx: CellIndex): number {
  const cells: LCell[] = [];
  for (const p of panel.programs) for (const c of idx[p.index].values()) if (untreatedIn(p, c.year)) cells.push(c);
  const programs = [...new Set(cells.map((c) => c.program))];
  const years = [...new Set(cells.map((c) => c.year))].sort((a, b) => a - b);
  const dof = cells.length - programs.length - years.length + 1;
  if (dof <= 0) return 0;
  const alpha = new Map<number, number>(programs.map((p) => [p, 0]));
  const gamma = new Map<number, number>(years.map((y) => [y, 0]));
  for (let iter = 0; iter < 500; iter++) {
    let change = 0;
    const sumA = new Map<number, [number, number]>();
    for (const c of cells) {
      const s = sumA.get(c.program) ?? [0, 0];
      s[0] += c.logit - (gamma.get(c.year) as number);
      s[1]++;
      sumA.set(c.program, s);
    }
    for (const [p, [s, n]] of sumA) {
      change = Math.max(change, Math.abs(s / n - (alpha.get(p) as number)));
      alpha.set(p, s / n);
    }
    const sumG = new Map<number, [number, number]>();
    for (const c of cells) {
      const s = sumG.get(c.year) ?? [0, 0];
      s[0] += c.logit - (alpha.get(c.program) as number);
      s[1]++;
      sumG.set(c.year, s);
    }
    for (const [y, [s, n]] of sumG) {
      change = Math.max(change, Math.abs(s / n - (gamma.get(y) as number)));
      gamma.set(y, s / n);
    }
    if (change < 1e-12) break;
  }
  let rss = 0;
  let binomial = 0;
  for (const c of cells) {
    rss += (c.logit - (alpha.get(c.program) as number) - (gamma.get(c.year) as number)) ** 2;
    binomial += c.variance;
  }
  return Math.max(0, rss / dof - binomial / cells.length);
}
