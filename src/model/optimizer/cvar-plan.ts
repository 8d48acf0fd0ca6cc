/**
 * Solving the CVAR_10 MIP and judging the solver's answer. The expected-value plan (exact, from the
 * DP) is a feasible incumbent: it seeds the solver and is what a time-limited solve falls back on.
 * Every answer is decoded strictly (binary, one option per program), re-checked (verify.ts) and its
 * CVaR recomputed on the unscaled gains; a claim of optimality that a known plan beats, an objective
 * that does not match the plan, or any error is a SolverFailedError.
 */
import { buildCvarModel, undominated } from './cvar';
import type { CvarClass } from './cvar';
import { SearchTooLargeError, SolverFailedError } from './errors';
import type { ProgramValues } from './evaluate';
import type { MipSolver, MipSolveResult } from './highs';
import { budgetTolerance } from './knapsack';
import type { ProgramOptions } from './options';
import { CVAR_ALPHA } from './types';
import type { OptimizationStatus } from './types';
import type { Problem } from './validate';
import { verifyPlan } from './verify';
import type { CheckedPlan } from './verify';

export interface CvarOutcome {
  plan: CheckedPlan;
  status: Extract<OptimizationStatus, 'OPTIMAL' | 'FEASIBLE'>;
  gap: number | null;
}

/** Off-integrality the decoder accepts (HiGHS's own integrality tolerance is tighter). */
const INTEGRALITY = 1e-6;

export function solveCvar(
  problem: Problem,
  options: readonly ProgramOptions[],
  values: readonly ProgramValues[],
  incumbent: CheckedPlan,
  solver: MipSolver,
  limits: { maxCvarNonzeros: number; timeLimitSeconds: number },
): CvarOutcome {
  const S = problem.draws;
  const classes = mipClasses(problem, options, values, incumbent);
  const nonzeros = classes.reduce((n, c) => n + c.options.length, 0) * S;
  if (nonzeros > limits.maxCvarNonzeros) {
    throw new SearchTooLargeError(
      `the CVAR_10 model would have ${nonzeros} option × draw coefficients, more than the bound of ` +
        `${limits.maxCvarNonzeros}: use fewer draws, fewer programs or credentials, or risk EXPECTED`,
      nonzeros,
      limits.maxCvarNonzeros,
    );
  }
  const model = buildCvarModel(classes, S, problem.budget);
  const scale = model.objectiveScale;
  const costSlack = costTolerance(classes);
  const start = startPoint(classes, incumbent, model.column, scale, S);
  let result: MipSolveResult;
  try {
    result = solver.solve(model.lp, { timeLimitSeconds: limits.timeLimitSeconds, start });
  } catch (e) {
    throw new SolverFailedError(`the MIP solver failed: ${e instanceof Error ? e.message : String(e)}`);
  }
  if (result.status === 'INFEASIBLE') {
    throw new SolverFailedError('the MIP solver reports the CVaR model infeasible, yet a feasible plan is known');
  }
  const bound = Number.isFinite(result.bound) ? result.bound * scale : NaN;
  const gapOf = (value: number): number | null =>
    Number.isFinite(bound) ? Math.max(0, bound - value) / Math.max(Math.abs(bound), 1e-12) : null;
  if (!result.hasSolution) {
    if (result.status === 'OPTIMAL') throw new SolverFailedError('the MIP solver claims optimality without a solution');
    if (result.status !== 'TIME_LIMIT') throw new SolverFailedError(`the MIP solver stopped: ${result.detail}`);
    return { plan: incumbent, status: 'FEASIBLE', gap: gapOf(incumbent.cvar) };
  }
  const choice = decode(problem, options, classes, result, model.column);
  const plan = verifyPlan(problem, options, values, choice, S, costSlack);
  const claimed = result.objective * scale;
  const tol = 1e-6 * Math.max(1, Math.abs(plan.cvar), Math.abs(incumbent.cvar));
  // Any feasible (η, u) gives at most the plan's CVaR; more means the answer is not what it says.
  if (!(claimed <= plan.cvar + tol)) {
    throw new SolverFailedError(`the MIP objective ${claimed} does not match the plan's CVaR ${plan.cvar}`);
  }
  if (result.status === 'OPTIMAL') {
    if (plan.cvar < incumbent.cvar - tol) {
      throw new SolverFailedError(
        `the MIP solver claims optimality at ${plan.cvar}, but a plan reaches ${incumbent.cvar}`,
      );
    }
    if (Math.abs(plan.cvar - claimed) > tol) {
      throw new SolverFailedError(`the MIP objective ${claimed} does not match the plan's CVaR ${plan.cvar}`);
    }
    return { plan, status: 'OPTIMAL', gap: 0 };
  }
  const best = plan.cvar >= incumbent.cvar ? plan : incumbent;
  return { plan: best, status: 'FEASIBLE', gap: gapOf(best.cvar) };
}

/** The MIP's columns per program: undominated options that fit the budget alone, plus the incumbent's. */
function mipClasses(
  problem: Problem,
  options: readonly ProgramOptions[],
  values: readonly ProgramValues[],
  incumbent: CheckedPlan,
): CvarClass[] {
  const S = problem.draws;
  const mins = values.map((v, p) => Math.min(...options[p].options.map((_, o) => v.meanCost[o])));
  const floor = mins.reduce((a, b) => a + b, 0);
  const limit = problem.budget + budgetTolerance(problem.budget);
  return options.map((opts, p) => {
    const v = values[p];
    const gains = v.gains as Float64Array;
    const affordable = opts.options.flatMap((items, o) =>
      items.length > 0 && floor - mins[p] + v.meanCost[o] <= limit ? [o] : [],
    );
    const kept = new Set(undominated(gains, v.meanCost, affordable, S, opts.hasNoChange));
    const chosen = incumbent.choice[p];
    if (opts.options[chosen].length > 0) kept.add(chosen);
    return {
      options: [...kept].sort((a, b) => a - b),
      gains,
      costs: v.meanCost,
      hasNoChange: opts.hasNoChange,
    };
  });
}

/** Solver slack on the budget row, in money: its feasibility tolerance on the scaled row. */
function costTolerance(classes: readonly CvarClass[]): number {
  let scale = 0;
  for (const c of classes) for (const o of c.options) scale = Math.max(scale, Math.abs(c.costs[o]));
  return 1e-8 * scale;
}

/** The incumbent as a complete MIP point: its y, η at the α-quantile and u = (η − G)⁺ (scaled). */
function startPoint(
  classes: readonly CvarClass[],
  incumbent: CheckedPlan,
  column: (p: number, k: number) => string,
  scale: number,
  S: number,
): Record<string, number> {
  const start: Record<string, number> = {};
  classes.forEach((c, p) => c.options.forEach((o, k) => (start[column(p, k)] = o === incumbent.choice[p] ? 1 : 0)));
  const total = Float64Array.from(incumbent.totalGain ?? new Float64Array(S), (g) => g / scale);
  const sorted = Float64Array.from(total).sort();
  const eta = sorted[Math.max(0, Math.ceil(CVAR_ALPHA * S) - 1)];
  start.eta = eta;
  for (let d = 0; d < S; d++) start[`u${d}`] = Math.max(0, eta - total[d]);
  return start;
}

/** The solver's point as one option index per program; anything off-binary or doubled is a failure. */
function decode(
  problem: Problem,
  options: readonly ProgramOptions[],
  classes: readonly CvarClass[],
  result: MipSolveResult,
  column: (p: number, k: number) => string,
): Int32Array {
  const choice = new Int32Array(classes.length);
  classes.forEach((c, p) => {
    const id = problem.programs[p].id;
    let picked = -1;
    c.options.forEach((o, k) => {
      const y = result.values[column(p, k)];
      if (typeof y !== 'number' || !Number.isFinite(y))
        throw new SolverFailedError(`the MIP answer lacks ${column(p, k)}`);
      const one = Math.abs(y - 1) <= INTEGRALITY;
      if (!one && Math.abs(y) > INTEGRALITY)
        throw new SolverFailedError(`the MIP answer is not binary for program ${id}`);
      if (one && picked >= 0) throw new SolverFailedError(`the MIP answer picks two options for program ${id}`);
      if (one) picked = o;
    });
    if (picked < 0 && !options[p].hasNoChange)
      throw new SolverFailedError(`the MIP answer leaves program ${id}'s locks out`);
    choice[p] = picked < 0 ? 0 : picked;
  });
  return choice;
}
