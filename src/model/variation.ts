/**
 * A program's year-to-year variation, for prediction intervals (docs/MODEL.md §9): how far its recorded years
 * scatter around their own trend, beyond what binomial noise explains.
 *
 * Per component — log prospects, and the log-odds of the enrollment rate (new entrants / prospects), of engagement
 * and of retention — with n ≥ MIN_YEARS recorded years: an ordinary least-squares fit of y = a + b·year (plus a
 * step at the program's start year, when it starts inside the recorded years: the credential's own effect is not
 * variation), the residual variance SSR/(n − k) with k the fitted terms, minus the mean binomial variance of the
 * cells (1/((trials + 1)·p(1 − p)), p = (events + ½)/(trials + 1); 1/prospects for prospects), floored at 0.
 * Where a program has fewer years, the institution's pooled figure (the residual-degree-of-freedom-weighted mean of
 * its programs' variances) is used; where no program has enough, DEFAULT_VARIATION, a judgement.
 */
import type { YearActuals } from './calibration/panel';
import type { YearToYearVariation } from './types';

/** Recorded years a program needs before its own variation is used. */
export const MIN_YEARS = 4;

/**
 * Used where no program of the institution has MIN_YEARS recorded years: a judgement, about twice what the demo's
 * history shows — 8% on prospects and 0.10 on each rate's log-odds (about ±2.5 points at 50%) from year to year.
 */
export const DEFAULT_VARIATION: Readonly<YearToYearVariation> = Object.freeze({
  prospectsSd: 0.08,
  enrollmentSd: 0.1,
  engagementSd: 0.1,
  retentionSd: 0.1,
});

export const VARIATION_COMPONENTS = ['prospectsSd', 'enrollmentSd', 'engagementSd', 'retentionSd'] as const;
export type VariationComponent = (typeof VARIATION_COMPONENTS)[number];
export type VariationSource = 'PROGRAM' | 'INSTITUTION' | 'DEFAULT';

/** One component's estimate: a variance beyond binomial noise, with its residual degrees of freedom. */
export interface ComponentVariance {
  variance: number;
  dof: number;
  years: number;
}

export type ProgramVariance = Partial<Record<VariationComponent, ComponentVariance>>;

interface Point {
  year: number;
  y: number;
  /** Binomial (or Poisson) variance of y. */
  noise: number;
}

const logOdds = (events: number, trials: number): { y: number; noise: number } => {
  const p = (events + 0.5) / (trials + 1);
  return { y: Math.log(p / (1 - p)), noise: 1 / ((trials + 1) * p * (1 - p)) };
};

/** The points of each component (years with the counts it needs, and positive counts). */
function pointsOf(actuals: readonly YearActuals[]): Record<VariationComponent, Point[]> {
  const out: Record<VariationComponent, Point[]> = {
    prospectsSd: [],
    enrollmentSd: [],
    engagementSd: [],
    retentionSd: [],
  };
  for (const a of actuals) {
    if (a.prospects != null && a.prospects > 0) {
      out.prospectsSd.push({ year: a.year, y: Math.log(a.prospects), noise: 1 / a.prospects });
      if (a.newEnrollments != null && a.newEnrollments >= 0 && a.newEnrollments <= a.prospects)
        out.enrollmentSd.push({ year: a.year, ...logOdds(a.newEnrollments, a.prospects) });
    }
    if (a.engagementNumerator != null && a.engagementDenominator != null && a.engagementDenominator > 0)
      out.engagementSd.push({ year: a.year, ...logOdds(a.engagementNumerator, a.engagementDenominator) });
    if (a.retentionNumerator != null && a.retentionDenominator != null && a.retentionDenominator > 0)
      out.retentionSd.push({ year: a.year, ...logOdds(a.retentionNumerator, a.retentionDenominator) });
  }
  return out;
}

/** Residual sum of squares of an OLS fit of y on the columns of x (normal equations, Gaussian elimination). */
function residualSumOfSquares(x: number[][], y: number[]): number | null {
  const k = x[0].length;
  const a = Array.from({ length: k }, () => new Array<number>(k + 1).fill(0));
  for (let r = 0; r < y.length; r++) {
    for (let i = 0; i < k; i++) {
      for (let j = 0; j < k; j++) a[i][j] += x[r][i] * x[r][j];
      a[i][k] += x[r][i] * y[r];
    }
  }
  for (let c = 0; c < k; c++) {
    let pivot = c;
    for (let r = c + 1; r < k; r++) if (Math.abs(a[r][c]) > Math.abs(a[pivot][c])) pivot = r;
    if (Math.abs(a[pivot][c]) < 1e-12) return null;
    [a[c], a[pivot]] = [a[pivot], a[c]];
    for (let r = 0; r < k; r++) {
      if (r === c) continue;
      const f = a[r][c] / a[c][c];
      for (let j = c; j <= k; j++) a[r][j] -= f * a[c][j];
    }
  }
  const beta = a.map((row, i) => row[k] / row[i]);
  let ssr = 0;
  for (let r = 0; r < y.length; r++) {
    let fit = 0;
    for (let i = 0; i < k; i++) fit += beta[i] * x[r][i];
    ssr += (y[r] - fit) ** 2;
  }
  return ssr;
}

/**
 * The variance beyond binomial noise of each component with at least MIN_YEARS years. `startYear`: the year the
 * program's first credential started (a step is fitted there when years on both sides are recorded), or null.
 */
export function programVariance(actuals: readonly YearActuals[], startYear: number | null): ProgramVariance {
  const out: ProgramVariance = {};
  const points = pointsOf(actuals);
  for (const c of VARIATION_COMPONENTS) {
    const pts = points[c];
    if (pts.length < MIN_YEARS) continue;
    const mid = pts.reduce((s, p) => s + p.year, 0) / pts.length;
    const step = startYear !== null && pts.some((p) => p.year < startYear) && pts.some((p) => p.year >= startYear);
    const x = pts.map((p) => (step ? [1, p.year - mid, p.year >= startYear ? 1 : 0] : [1, p.year - mid]));
    const dof = pts.length - x[0].length;
    const ssr =
      dof > 0
        ? residualSumOfSquares(
            x,
            pts.map((p) => p.y),
          )
        : null;
    if (ssr === null) continue;
    const binomial = pts.reduce((s, p) => s + p.noise, 0) / pts.length;
    out[c] = { variance: Math.max(0, ssr / dof - binomial), dof, years: pts.length };
  }
  return out;
}

/** The institution's pooled variance per component: programs' variances weighted by their residual dof. */
export function pooledVariance(programs: readonly ProgramVariance[]): Partial<Record<VariationComponent, number>> {
  const out: Partial<Record<VariationComponent, number>> = {};
  for (const c of VARIATION_COMPONENTS) {
    let sum = 0;
    let dof = 0;
    for (const p of programs) {
      const v = p[c];
      if (v) {
        sum += v.variance * v.dof;
        dof += v.dof;
      }
    }
    if (dof > 0) out[c] = sum / dof;
  }
  return out;
}

/** A program's variation with where each component came from. */
export interface ResolvedVariation {
  variation: YearToYearVariation;
  sources: Record<VariationComponent, VariationSource>;
}

export function resolveVariation(
  own: ProgramVariance,
  pooled: Partial<Record<VariationComponent, number>>,
): ResolvedVariation {
  const variation = { ...DEFAULT_VARIATION };
  const sources = {} as Record<VariationComponent, VariationSource>;
  for (const c of VARIATION_COMPONENTS) {
    const mine = own[c];
    const pool = pooled[c];
    if (mine) {
      variation[c] = Math.sqrt(mine.variance);
      sources[c] = 'PROGRAM';
    } else if (pool !== undefined) {
      variation[c] = Math.sqrt(pool);
      sources[c] = 'INSTITUTION';
    } else sources[c] = 'DEFAULT';
  }
  return { variation, sources };
}
