/**
 * The risk-averse plan: maximise CVaR_10 of the total gain, the mean of the worst 10% of draws, as a
 * MIP (Rockafellar–Uryasev): with m = α·S,
 *
 *     max  η − (1/m)·Σ_d u_d
 *     s.t. u_d ≥ η − Σ_{p,o} y_po·g_pod,  u_d ≥ 0      (one row per draw)
 *          Σ_o y_po ≤ 1 per program (= 1 when locks take "no change" away), y binary
 *          Σ y_po·c_po ≤ budget
 *
 * For a fixed plan the best η is the lower α-quantile and the objective is exactly cvarOf() below
 * (fractional weight on the boundary draw when m is not whole). The model is written in CPLEX LP
 * format; coefficients are scaled to O(1) for the solver's tolerances, and answers are re-checked
 * in plain TypeScript on the unscaled data (verify.ts).
 */
import { CVAR_ALPHA } from './types';

/** Mean of the worst α share of `values` (RU definition; α·n need not be whole). Does not modify `values`. */
export function cvarOf(values: ArrayLike<number>, alpha = CVAR_ALPHA): number {
  const n = values.length;
  if (n === 0) return NaN;
  const sorted = Float64Array.from(values).sort();
  const m = alpha * n;
  const whole = Math.floor(m);
  let sum = 0;
  for (let i = 0; i < Math.min(whole, n); i++) sum += sorted[i];
  if (whole < n && m > whole) sum += (m - whole) * sorted[whole];
  return sum / m;
}

/** One program's options as the MIP sees them: per-draw gains (option-major) and mean costs. */
export interface CvarClass {
  /** Option indices (into the program's option list) that are columns of the MIP. */
  readonly options: readonly number[];
  readonly gains: Float64Array;
  readonly costs: ArrayLike<number>;
  /** false when locks force an addition: Σ y = 1. */
  readonly hasNoChange: boolean;
}

export interface CvarModel {
  readonly lp: string;
  /** Column name of class p, option options[k]: `y${p}_${k}`. */
  readonly column: (p: number, k: number) => string;
  /** Multiply the solver's objective by this to get the unscaled CVaR. */
  readonly objectiveScale: number;
  readonly nonzeros: number;
}

/**
 * Options of one program that some other option (or no change) beats on every draw at no greater
 * cost are dropped: the CVaR is monotone in every draw, so the optimum never needs them. Pairwise
 * only up to `pairwiseLimit` options (cost O(O²·S)); beyond that only no change is compared.
 */
export function undominated(
  gains: Float64Array,
  costs: ArrayLike<number>,
  candidates: readonly number[],
  draws: number,
  hasNoChange: boolean,
  pairwiseLimit = 400,
): number[] {
  const S = draws;
  const beats = (a: number, b: number): boolean => {
    if (costs[a] > costs[b]) return false;
    for (let d = 0; d < S; d++) if (gains[a * S + d] < gains[b * S + d]) return false;
    return true;
  };
  const kept: number[] = [];
  for (const o of candidates) {
    if (hasNoChange && costs[o] >= 0) {
      let anyPositive = false;
      for (let d = 0; d < S && !anyPositive; d++) anyPositive = gains[o * S + d] > 0;
      if (!anyPositive) continue;
    }
    if (candidates.length <= pairwiseLimit) {
      // Ties (equal on every draw and in cost) keep the earlier option.
      const dominated = candidates.some((q) => q !== o && beats(q, o) && (!beats(o, q) || q < o));
      if (dominated) continue;
    }
    kept.push(o);
  }
  return kept;
}

/** Shortest decimal that reads back to the same double (LP text must not lose precision). */
function num(v: number): string {
  if (!Number.isFinite(v)) throw new RangeError(`non-finite coefficient ${v}`);
  return String(v);
}

function term(coef: number, name: string, first: boolean): string {
  const sign = coef < 0 ? '-' : '+';
  const abs = Math.abs(coef);
  const body = abs === 1 ? name : `${num(abs)} ${name}`;
  return first ? (coef < 0 ? `- ${body}` : body) : ` ${sign} ${body}`;
}

/** Joins terms, breaking lines so no LP line gets long. */
function expression(terms: string[]): string {
  const lines: string[] = [];
  for (let i = 0; i < terms.length; i += 8) lines.push(terms.slice(i, i + 8).join(''));
  return lines.join('\n  ');
}

export function buildCvarModel(
  classes: readonly CvarClass[],
  draws: number,
  budget: number,
  alpha = CVAR_ALPHA,
): CvarModel {
  const S = draws;
  const m = alpha * S;
  let gainScale = 0;
  let costScale = 0;
  for (const c of classes) {
    for (const o of c.options) {
      costScale = Math.max(costScale, Math.abs(c.costs[o]));
      for (let d = 0; d < S; d++) gainScale = Math.max(gainScale, Math.abs(c.gains[o * S + d]));
    }
  }
  gainScale = gainScale > 0 ? gainScale : 1;
  costScale = costScale > 0 ? costScale : 1;
  const column = (p: number, k: number): string => `y${p}_${k}`;
  let nonzeros = 0;

  const objective = [term(1, 'eta', true)];
  for (let d = 0; d < S; d++) objective.push(term(-1 / m, `u${d}`, false));
  const rows: string[] = [];
  for (let d = 0; d < S; d++) {
    const t = [term(1, `u${d}`, true), term(-1, 'eta', false)];
    classes.forEach((c, p) =>
      c.options.forEach((o, k) => {
        const g = c.gains[o * S + d] / gainScale;
        if (g !== 0) {
          t.push(term(g, column(p, k), false));
          nonzeros++;
        }
      }),
    );
    rows.push(` d${d}: ${expression(t)} >= 0`);
  }
  const budgetTerms: string[] = [];
  classes.forEach((c, p) => {
    if (c.options.length === 0) return;
    const t = c.options.map((_, k) => term(1, column(p, k), k === 0));
    rows.push(` pick${p}: ${expression(t)} ${c.hasNoChange ? '<=' : '='} 1`);
    c.options.forEach((o, k) => {
      const cost = c.costs[o] / costScale;
      if (cost !== 0) budgetTerms.push(term(cost, column(p, k), budgetTerms.length === 0));
    });
  });
  if (budgetTerms.length > 0) rows.push(` budget: ${expression(budgetTerms)} <= ${num(budget / costScale)}`);
  const binaries = classes.flatMap((c, p) => c.options.map((_, k) => column(p, k)));
  const lp = [
    'Maximize',
    ` obj: ${expression(objective)}`,
    'Subject To',
    ...rows,
    'Bounds',
    ' eta free',
    ...(binaries.length > 0 ? ['Binary', ` ${expression(binaries.map((b) => ` ${b}`))}`] : []),
    'End',
    '',
  ].join('\n');
  return { lp, column, objectiveScale: gainScale, nonzeros };
}
