import { simulate, type SimulationInput, type SummaryRow } from '../../model';
import { lazyWorkerPool, spareCores, type WorkOptions } from '../../core/worker-pool';

/** Below this many program-year-draws a projection is computed inline: a worker round trip costs more. */
export const INLINE_WORK_LIMIT = 200_000;

const pool = lazyWorkerPool(
  'modules/scenario/projection.worker.js',
  () => Number(process.env.UPLIFT_MODEL_THREADS) || spareCores(),
);

export function workUnits(input: SimulationInput): number {
  return input.draws * input.horizonYears * Math.max(1, input.programs.length);
}

/**
 * Runs the Monte Carlo simulation, in a worker thread when it is large so the server keeps answering.
 * Large ones wait their institution's turn (`work.institutionId`; src/core/fair-queue.ts).
 */
export async function runSimulation(input: SimulationInput, work: WorkOptions = {}): Promise<SummaryRow[]> {
  const workers = workUnits(input) > INLINE_WORK_LIMIT ? pool.get() : null;
  if (!workers) return simulate(input).rows;
  return workers.run<SummaryRow[]>(input, work);
}

export function closePool(): Promise<void> {
  return pool.close();
}
