/**
 * optimizePortfolio (docs/MODEL.md §16): which credentials to embed where, for a budget, at a risk.
 *
 * 1. Options per program (options.ts), bounded: options × draws ≤ maxWork.
 * 2. Their gains and costs from the model on one set of draws from `seed` (evaluate.ts).
 * 3. EXPECTED: the exact knapsack DP (knapsack.ts). CVAR_10: the MIP (cvar-plan.ts), seeded with
 *    the expected plan. Either answer is re-checked (verify.ts).
 * 4. Figures on fresh draws from `evaluationSeed`, runner-ups and the frontier (report.ts).
 *
 * Synchronous on plain data: the API runs it in a worker (solvePortfolio loads HiGHS there).
 */
import { modesOf } from '../assumptions';
import { summarize } from '../quantiles';
import type { BandSummary } from '../quantiles';
import { solveCvar } from './cvar-plan';
import { SolverFailedError } from './errors';
import { drawVectors, Evaluator } from './evaluate';
import { loadHighsSolver } from './highs';
import type { MipSolver } from './highs';
import { paretoFront } from './knapsack';
import type { KnapsackClass, ParetoFront } from './knapsack';
import { additionOf, buildOptions } from './options';
import type { ProgramOptions } from './options';
import { criterionOf, evaluatePlan, frontier, runnerUps } from './report';
import type { RunnerUpPick } from './report';
import type {
  OptimizationStatus,
  OptimizeInput,
  OptimizeLimits,
  OptionFigures,
  PlanDecision,
  PortfolioPlan,
  ProgramDecision,
} from './types';
import { normalizeInput } from './validate';
import type { Problem } from './validate';
import { verifyPlan } from './verify';
import type { CheckedPlan } from './verify';

export const DEFAULT_LIMITS: Readonly<OptimizeLimits> = {
  maxWork: 40_000_000,
  maxCvarNonzeros: 3_000_000,
  timeLimitSeconds: 30,
  frontierPoints: 10,
};

export interface OptimizeDeps {
  /** Required for CVAR_10 (loadHighsSolver()); EXPECTED needs none. */
  solver?: MipSolver;
  limits?: Partial<OptimizeLimits>;
}

/** Worker entry point: loads HiGHS when the risk needs it, then optimises. */
export async function solvePortfolio(input: OptimizeInput, limits?: Partial<OptimizeLimits>): Promise<PortfolioPlan> {
  const solver = input.risk === 'CVAR_10' ? await loadHighsSolver() : undefined;
  return optimizePortfolio(input, { solver, limits });
}

export function optimizePortfolio(input: OptimizeInput, deps: OptimizeDeps = {}): PortfolioPlan {
  const limits = { ...DEFAULT_LIMITS, ...deps.limits };
  if (!(Number.isInteger(limits.frontierPoints) && limits.frontierPoints >= 8)) {
    throw new RangeError('frontierPoints must be a whole number ≥ 8');
  }
  const problem = normalizeInput(input);
  if (problem.risk === 'CVAR_10' && !deps.solver) throw new SolverFailedError('CVAR_10 needs a MIP solver');
  const options = buildOptions(problem, limits.maxWork);
  const keep = problem.risk === 'CVAR_10';
  const optimiser = new Evaluator(
    problem,
    drawVectors(problem.assumptions, problem.seed, problem.draws, problem.sample),
  );
  const values = problem.programs.map((p, i) => optimiser.evaluate(p, options[i].options, keep));
  const classes: KnapsackClass[] = values.map((v) => ({ costs: v.meanCost, values: v.meanGain }));
  const full = fullFront(classes);
  const front = full ?? paretoFront(classes, problem.budget);
  const best = front.bestWithin(problem.budget);
  const optionsEvaluated = options.reduce((n, o) => n + o.options.length, 0);
  const evaluator = new Evaluator(
    problem,
    drawVectors(problem.assumptions, problem.evaluationSeed, problem.evaluationDraws, problem.sample),
  );
  const base = {
    problem,
    options,
    evaluator,
    optionsEvaluated,
    frontier: frontier(classes, full, limits.frontierPoints, problem.budget),
  };
  if (best < 0) return infeasible(base, classes);

  const expected = verifyPlan(problem, options, values, front.choice(best), problem.draws);
  if (expected.expectedGain !== front.value[best]) {
    throw new SolverFailedError(
      `the knapsack's value ${front.value[best]} does not re-check (${expected.expectedGain})`,
    );
  }
  let plan: CheckedPlan = expected;
  let status: OptimizationStatus = 'OPTIMAL';
  let gap: number | null = 0;
  if (problem.risk === 'CVAR_10') {
    const out = solveCvar(problem, options, values, expected, deps.solver as MipSolver, limits);
    ({ plan, status, gap } = out);
  }
  const criterion = problem.risk === 'CVAR_10' ? plan.cvar : plan.expectedGain;
  const ups = runnerUps(problem, options, values, plan, criterion);
  const ev = evaluatePlan(problem, options, evaluator, plan.choice, ups);
  const decisions = problem.programs.map((prog, p): ProgramDecision => {
    const v = ev.programs[p];
    const figures = (o: number, k: number): OptionFigures => ({
      additions: options[p].options[o].map((item) => additionOf(problem, prog, item)),
      expectedGain: v.meanGain[k],
      cost: v.meanCost[k],
    });
    const chosen = figures(plan.choice[p], 0);
    const up = ups[p];
    return {
      programId: prog.id,
      chosen,
      optimisation: { expectedGain: values[p].meanGain[plan.choice[p]], cost: values[p].meanCost[plan.choice[p]] },
      runnerUp: up ? runnerUpFigures(up, figures(up.option, 1), chosen) : null,
    };
  });
  return {
    ...header(problem, status, gap),
    decision: decisionOf(decisions, ev.value),
    additions: decisions.flatMap((d) =>
      d.chosen.additions.map((a) => ({
        ...a,
        programId: d.programId,
        cost: d.chosen.cost,
        objectiveGain: d.chosen.expectedGain,
      })),
    ),
    programs: decisions,
    cost: plan.cost,
    baselineValue: baselineAtModes(problem),
    value: ev.value,
    gain: ev.gain,
    criterion: { optimisation: criterion, evaluation: criterionOf(problem.risk, ev.gainDraws) },
    evaluation: { seed: problem.evaluationSeed, draws: problem.evaluationDraws, cost: ev.cost },
    optimisation: { seed: problem.seed, draws: problem.draws, expectedGain: plan.expectedGain },
    frontier: base.frontier,
    candidatesEvaluated: work(optionsEvaluated, problem, decisions.length + ups.filter((u) => u).length),
    optionsEvaluated,
    minimumCost: null,
  };
}

/** The unbudgeted front (answers every budget), or null when it would grow too large. */
function fullFront(classes: readonly KnapsackClass[]): ParetoFront | null {
  try {
    return paretoFront(classes);
  } catch (e) {
    if (e instanceof RangeError) return null;
    throw e;
  }
}

/** The closest alternative plan (one program's runner-up within budget swapped in) and whether it is a tie. */
export function decisionOf(decisions: readonly ProgramDecision[], value: BandSummary): PlanDecision {
  let closest: ProgramDecision | null = null;
  for (const d of decisions) {
    const up = d.runnerUp;
    if (!up?.withinBudget) continue;
    if (!closest || up.expectedGainShortfall < (closest.runnerUp as NonNullable<typeof up>).expectedGainShortfall)
      closest = d;
  }
  if (!closest?.runnerUp) return { verdict: 'NO_ALTERNATIVE', programId: null, alternative: null, shortfall: null };
  const {
    criterionShortfall: _c,
    withinBudget: _w,
    expectedGainShortfall: shortfall,
    ...alternative
  } = closest.runnerUp;
  return {
    verdict: value.mean - shortfall >= value.p10 ? 'TIE' : 'CLEAR',
    programId: closest.programId,
    alternative,
    shortfall,
  };
}

function runnerUpFigures(up: RunnerUpPick, figures: OptionFigures, chosen: OptionFigures): ProgramDecision['runnerUp'] {
  return {
    ...figures,
    criterionShortfall: up.criterionShortfall,
    withinBudget: up.withinBudget,
    expectedGainShortfall: chosen.expectedGain - figures.expectedGain,
  };
}

function header(problem: Problem, status: OptimizationStatus, gap: number | null) {
  return {
    status,
    objective: problem.objective,
    risk: problem.risk,
    budget: problem.budget,
    horizonYears: problem.horizonYears,
    gap,
  };
}

/** Model runs: options × optimisation draws plus evaluated options (and no change) × evaluation draws. */
function work(optionsEvaluated: number, problem: Problem, evaluated: number): number {
  return optionsEvaluated * problem.draws + evaluated * problem.evaluationDraws;
}

/** No change at the modes, summed over programs: a projection's baseline row. */
function baselineAtModes(problem: Problem): number {
  const modes = modesOf(problem.assumptions);
  const atModes = new Evaluator(problem, [modes]);
  return problem.programs.reduce((sum, p) => sum + atModes.evaluate(p, [], false).baseline[0], 0);
}

/** No plan meets the locks within the budget: no change's figures, and what the locks would cost. */
function infeasible(
  base: {
    problem: Problem;
    options: ProgramOptions[];
    evaluator: Evaluator;
    optionsEvaluated: number;
    frontier: PortfolioPlan['frontier'];
  },
  classes: readonly KnapsackClass[],
): PortfolioPlan {
  const { problem, evaluator } = base;
  const E = evaluator.draws;
  const value = new Float64Array(E);
  for (const p of problem.programs) {
    const b = evaluator.evaluate(p, [], false).baseline;
    for (let d = 0; d < E; d++) value[d] += b[d];
  }
  const minimumCost = classes.reduce((s, c) => s + Math.min(...Array.from(c.costs)), 0);
  return {
    ...header(problem, 'INFEASIBLE', null),
    decision: { verdict: 'NO_ALTERNATIVE', programId: null, alternative: null, shortfall: null },
    additions: [],
    programs: [],
    cost: 0,
    baselineValue: baselineAtModes(problem),
    value: summarize(value),
    gain: { mean: 0, p10: 0, p50: 0, p90: 0 },
    criterion: { optimisation: NaN, evaluation: NaN },
    evaluation: { seed: problem.evaluationSeed, draws: problem.evaluationDraws, cost: 0 },
    optimisation: { seed: problem.seed, draws: problem.draws, expectedGain: 0 },
    frontier: base.frontier,
    candidatesEvaluated: work(base.optionsEvaluated, problem, problem.programs.length),
    optionsEvaluated: base.optionsEvaluated,
    minimumCost,
  };
}
