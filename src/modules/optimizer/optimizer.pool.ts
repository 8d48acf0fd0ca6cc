/**
 * Runs optimisations off the main thread, in their own small piscina pool (so a long search never
 * takes the threads projections use, and a cheap query keeps its latency), each with a time limit.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Piscina from 'piscina';
import {
  fromErrorData,
  solvePortfolio,
  toErrorData,
  type OptimizeInput,
  type OptimizeLimits,
  type OptimizerErrorData,
  type PortfolioPlan,
} from '../../model/optimizer';

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

let pool: Piscina | null = null;

/** The compiled worker; from TypeScript sources (jest), the build output in dist/ (`npm test` builds first). */
function workerFile(): string | null {
  const here = path.join(__dirname, 'optimizer.worker.js');
  if (fs.existsSync(here)) return here;
  const built = path.resolve(__dirname, '../../../dist/src/modules/optimizer/optimizer.worker.js');
  return fs.existsSync(built) ? built : null;
}

function getPool(): Piscina | null {
  if (pool) return pool;
  const filename = workerFile();
  if (!filename) return null;
  const cpus = os.availableParallelism?.() ?? os.cpus().length;
  const threads = Number(process.env.UPLIFT_OPTIMIZER_THREADS) || Math.max(1, Math.min(2, cpus - 1));
  // minThreads 1: under Jest a pool that adds its first thread lazily never takes a task (see projection.pool.ts).
  pool = new Piscina({ filename, minThreads: 1, maxThreads: threads, idleTimeout: 30_000 });
  return pool;
}

/**
 * Optimises in a worker thread (inline only when no compiled worker exists, as under a bare jest
 * run). Throws the optimiser's typed errors, OptimizerTimeoutError past the time limit, or whatever
 * else went wrong.
 */
export async function runOptimizer(
  input: OptimizeInput,
  limits: Partial<OptimizeLimits>,
  timeoutSeconds = optimizerTimeoutSeconds(),
): Promise<PortfolioPlan> {
  const workers = getPool();
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
      outcome = (await workers.run({ input, limits }, { signal })) as OptimizerOutcome;
    } catch (e) {
      if (signal.aborted) throw new OptimizerTimeoutError(timeoutSeconds);
      throw e;
    }
  }
  if (outcome.error) throw fromErrorData(outcome.error);
  return outcome.plan;
}

export async function closeOptimizerPool(): Promise<void> {
  const p = pool;
  pool = null;
  if (p) await p.destroy();
}
