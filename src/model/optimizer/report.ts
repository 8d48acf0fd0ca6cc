/**
 * The honest figures of a plan: its value and gain measured on fresh evaluation draws (a different
 * seed stream, so the optimiser's curse — picking options that look good on the draws they were
 * picked on — does not inflate them), each program's runner-up ("why this pick"), and the frontier
 * of best expected gain against budget.
 */
import { summarize } from '../quantiles';
import type { BandSummary } from '../quantiles';
import { cvarOf } from './cvar';
import type { Evaluator, ProgramValues } from './evaluate';
import { budgetTolerance, paretoFront } from './knapsack';
import type { KnapsackClass, ParetoFront } from './knapsack';
import type { ProgramOptions } from './options';
import type { FrontierPoint, OptimizationRisk } from './types';
import type { Problem } from './validate';
import type { CheckedPlan } from './verify';

/**
 * The best other option of one program, by the plan's criterion on the optimisation draws, with the
 * rest of the plan fixed: among those that keep the plan within budget, else (withinBudget false)
 * among all, to show what the budget rules out.
 */
export interface RunnerUpPick {
  option: number;
  criterionShortfall: number;
  withinBudget: boolean;
}

export function runnerUps(
  problem: Problem,
  options: readonly ProgramOptions[],
  values: readonly ProgramValues[],
  plan: CheckedPlan,
  criterion: number,
): (RunnerUpPick | null)[] {
  const S = problem.draws;
  const limit = problem.budget + budgetTolerance(problem.budget);
  const swapped = new Float64Array(S);
  return options.map((opts, p) => {
    const v = values[p];
    const chosen = plan.choice[p];
    let best: RunnerUpPick | null = null;
    for (let o = 0; o < opts.options.length; o++) {
      if (o === chosen) continue;
      const withinBudget = plan.cost - v.meanCost[chosen] + v.meanCost[o] <= limit;
      if (best?.withinBudget && !withinBudget) continue;
      let value: number;
      if (problem.risk === 'EXPECTED' || !v.gains || !plan.totalGain) {
        value = plan.expectedGain - v.meanGain[chosen] + v.meanGain[o];
      } else {
        for (let d = 0; d < S; d++) swapped[d] = plan.totalGain[d] - v.gains[chosen * S + d] + v.gains[o * S + d];
        value = cvarOf(swapped);
      }
      const shortfall = criterion - value;
      const better = !best || (withinBudget && !best.withinBudget) || shortfall < best.criterionShortfall;
      if (better) best = { option: o, criterionShortfall: shortfall, withinBudget };
    }
    return best;
  });
}

/** The criterion of a per-draw gain: its mean, or the mean of its worst 10%. */
export function criterionOf(risk: OptimizationRisk, gain: Float64Array): number {
  if (risk === 'CVAR_10') return cvarOf(gain);
  let s = 0;
  for (const g of gain) s += g;
  return s / gain.length;
}

export interface Evaluation {
  /** Per program, values of [chosen, runner-up?] on the evaluation draws. */
  programs: ProgramValues[];
  value: BandSummary;
  gain: BandSummary;
  gainDraws: Float64Array;
  cost: number;
}

/** Measures the chosen options (and the runner-ups) of every program on the evaluation draws. */
export function evaluatePlan(
  problem: Problem,
  options: readonly ProgramOptions[],
  evaluator: Evaluator,
  choice: ArrayLike<number>,
  runnerUp: readonly (RunnerUpPick | null)[],
): Evaluation {
  const E = evaluator.draws;
  const value = new Float64Array(E);
  const gain = new Float64Array(E);
  let cost = 0;
  const programs = problem.programs.map((prog, p) => {
    const list = [options[p].options[choice[p]]];
    const r = runnerUp[p];
    if (r) list.push(options[p].options[r.option]);
    const v = evaluator.evaluate(prog, list, true);
    const g = v.gains as Float64Array;
    for (let d = 0; d < E; d++) {
      value[d] += v.baseline[d] + g[d];
      gain[d] += g[d];
    }
    cost += v.meanCost[0];
    return v;
  });
  return {
    programs,
    value: summarize(Float64Array.from(value)),
    gain: summarize(Float64Array.from(gain)),
    gainDraws: gain,
    cost,
  };
}

/** Best expected gain at `points` budgets from max(0, least feasible cost) to the unconstrained best plan's cost. */
export function frontier(
  classes: readonly KnapsackClass[],
  full: ParetoFront | null,
  points: number,
  budget: number,
): FrontierPoint[] {
  let lo = 0;
  let hi = 0;
  for (const c of classes) {
    let min = Infinity;
    let bestValue = -Infinity;
    let bestCost = 0;
    for (let o = 0; o < c.costs.length; o++) {
      min = Math.min(min, c.costs[o]);
      if (c.values[o] > bestValue || (c.values[o] === bestValue && c.costs[o] < bestCost)) {
        bestValue = c.values[o];
        bestCost = c.costs[o];
      }
    }
    lo += min;
    hi += bestCost;
  }
  lo = Math.max(0, lo);
  hi = Math.max(lo, hi);
  const budgets = Array.from({ length: points }, (_, i) => lo + ((hi - lo) * i) / (points - 1));
  budgets[points - 1] = hi;
  if (budget > lo && budget < hi && !budgets.includes(budget)) budgets.push(budget);
  budgets.sort((a, b) => a - b);
  return budgets.map((b) => {
    const front = full ?? paretoFront(classes, b);
    const i = front.bestWithin(b);
    return i < 0
      ? { budget: b, expectedGain: NaN, cost: NaN }
      : { budget: b, expectedGain: front.value[i], cost: front.cost[i] };
  });
}
