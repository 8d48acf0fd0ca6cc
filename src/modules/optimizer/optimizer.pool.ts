/**
 * Runs optimisations off the main thread, in their own small piscina pool (so a long search never
 * takes the threads projections use, and a cheap query keeps its latency), each with a time limit.
 */
import {
  fromErrorData,
  solvePortfolio,
  toErrorData,
  type OptimizeInput,
  type OptimizeLimits,
  type OptimizerErrorData,
  type PortfolioPlan,
} from '../../model/optimizer';
import { lazyWorkerPool, spareCores } from '../../core/worker-pool';

export type OptimizerOutcome =
  { plan: PortfolioPlan; error?: undefined } | { plan?: undefined; error: OptimizerErrorData };

/** The search took longer than the time limit: the task was stopped (its worker thread ended). */
export class OptimizerTimeoutError extends Error {
  constructor(readonly seconds: number) {
    super(`The search took longer than ${seconds} s`);
    this.name = 'OptimizerTimeoutError';
  }
}

/** Wall-clock limit of one optimisation, whole (model runs, solve and report); UPLIFT_OPTIMIZER_TIMEOUT_S overrides it. */
export function optimizerTimeoutSeconds(): number {
  const v = Number(process.env.UPLIFT_OPTIMIZER_TIMEOUT_S);
  return Number.isFinite(v) && v > 0 ? v : 120;
}

const pool = lazyWorkerPool(
  'modules/optimizer/optimizer.worker.js',
  () => Number(process.env.UPLIFT_OPTIMIZER_THREADS) || Math.min(2, spareCores()),
);

/** The time limit in seconds (by default optimizerTimeoutSeconds()) and whose work it is. */
export interface OptimizerRunOptions {
  timeoutSeconds?: number;
  institutionId?: number | null;
}

/**
 * Optimises in a worker thread (inline only when no compiled worker exists, as under a bare jest
 * run), after the institution's turn comes (src/core/fair-queue.ts; the time limit counts the wait).
 * Throws the optimiser's typed errors, OptimizerTimeoutError past the time limit, or whatever else
 * went wrong. `options` may be the time limit in seconds alone.
 */
export async function runOptimizer(
  input: OptimizeInput,
  limits: Partial<OptimizeLimits>,
  options: number | OptimizerRunOptions = {},
): Promise<PortfolioPlan> {
  const { timeoutSeconds = optimizerTimeoutSeconds(), institutionId } =
    typeof options === 'number' ? { timeoutSeconds: options } : options;
  const workers = pool.get();
  let outcome: OptimizerOutcome;
  if (!workers) {
    try {
      outcome = { plan: await solvePortfolio(input, limits) };
    } catch (e) {
      const error = toErrorData(e);
      if (!error) throw e;
      outcome = { error };
    }
  } else {
    const signal = AbortSignal.timeout(timeoutSeconds * 1000);
    try {
      outcome = await workers.run<OptimizerOutcome>({ input, limits }, { institutionId, signal });
    } catch (e) {
      if (signal.aborted) throw new OptimizerTimeoutError(timeoutSeconds);
      throw e;
    }
  }
  if (outcome.error) throw fromErrorData(outcome.error);
  return outcome.plan;
}

export function closeOptimizerPool(): Promise<void> {
  return pool.close();
}
