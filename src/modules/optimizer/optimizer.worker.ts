import { solvePortfolio, toErrorData, type OptimizeInput, type OptimizeLimits } from '../../model/optimizer';
import type { OptimizerOutcome } from './optimizer.pool';

/**
 * Piscina worker: one optimisation per task (HiGHS loaded once per thread when CVAR_10 needs it).
 * The optimiser's typed errors come back as data, since only plain properties cross the boundary.
 */
export default async function run(task: {
  input: OptimizeInput;
  limits?: Partial<OptimizeLimits>;
}): Promise<OptimizerOutcome> {
  try {
    return { plan: await solvePortfolio(task.input, task.limits) };
  } catch (e) {
    const error = toErrorData(e);
    if (error) return { error };
    throw e;
  }
}
