/**
 * Plain-TypeScript re-check of a plan, whoever found it (the knapsack DP or a MIP solver): one
 * option per program, each a valid set of additions under the rules of options.ts (once, not live,
 * not excluded, an allowed requirement, within k and the cap, containing the locks), within the
 * budget; then the figures are recomputed from the model's values. A failure is a SolverFailedError:
 * never a wrong plan.
 */
import { cvarOf } from './cvar';
import { SolverFailedError } from './errors';
import type { ProgramValues } from './evaluate';
import { budgetTolerance } from './knapsack';
import { capCreditsIn, relevanceRuledOut, withinCap } from './options';
import type { ProgramOptions } from './options';
import type { Problem } from './validate';

export interface CheckedPlan {
  /** Option index per program. */
  choice: Int32Array;
  cost: number;
  expectedGain: number;
  /** CVaR_10 of the total gain, when per-draw gains were kept (else NaN). */
  cvar: number;
  /** Total gain per draw, when kept. */
  totalGain: Float64Array | null;
}

export function verifyPlan(
  problem: Problem,
  options: readonly ProgramOptions[],
  values: readonly ProgramValues[],
  choice: ArrayLike<number>,
  draws: number,
  costSlack = 0,
): CheckedPlan {
  const fail = (why: string): never => {
    throw new SolverFailedError(`the plan found does not pass the re-check: ${why}`);
  };
  const P = problem.programs.length;
  if (choice.length !== P) fail(`${choice.length} choices for ${P} programs`);
  const excluded = new Set(problem.exclude.map((x) => `${x.programId}\u0000${x.credentialId}`));
  let cost = 0;
  let expectedGain = 0;
  const keep = values.every((v) => v.gains !== null);
  const total = keep ? new Float64Array(draws) : null;
  for (let p = 0; p < P; p++) {
    const o = choice[p];
    const prog = problem.programs[p];
    const opts = options[p];
    if (!Number.isInteger(o) || o < 0 || o >= opts.options.length) fail(`program ${prog.id}: no option ${o}`);
    const items = opts.options[o];
    if (items.length > problem.maxAdditions) fail(`program ${prog.id}: ${items.length} additions`);
    const ids = items.map((i) => problem.candidates[i.candidate]?.id);
    if (ids.some((id) => id === undefined)) fail(`program ${prog.id}: unknown credential`);
    if (new Set(ids).size !== ids.length) fail(`program ${prog.id}: a credential added twice`);
    let credits = 0;
    for (const item of items) {
      const c = problem.candidates[item.candidate];
      if (prog.liveCredentialIds.includes(c.id)) fail(`program ${prog.id}: ${c.id} is already embedded`);
      if (excluded.has(`${prog.id}\u0000${c.id}`)) fail(`program ${prog.id}: ${c.id} is excluded`);
      const ruledOut = relevanceRuledOut(problem, c, prog);
      if (ruledOut) fail(ruledOut);
      if (!problem.requirements.includes(item.requirement)) fail(`program ${prog.id}: requirement ${item.requirement}`);
      credits += capCreditsIn(c, prog);
    }
    if (!withinCap(prog, credits)) fail(`program ${prog.id}: ${credits} credits break the cap`);
    for (const l of problem.lock) {
      if (l.programId === prog.id && !ids.includes(l.credentialId))
        fail(`program ${prog.id}: lock ${l.credentialId} unmet`);
    }
    cost += values[p].meanCost[o];
    expectedGain += values[p].meanGain[o];
    const g = values[p].gains;
    if (total && g) for (let d = 0; d < draws; d++) total[d] += g[o * draws + d];
  }
  if (!(cost <= problem.budget + budgetTolerance(problem.budget) + costSlack)) {
    fail(`expected cost ${cost} is over the budget ${problem.budget}`);
  }
  return { choice: Int32Array.from(choice), cost, expectedGain, cvar: total ? cvarOf(total) : NaN, totalGain: total };
}
