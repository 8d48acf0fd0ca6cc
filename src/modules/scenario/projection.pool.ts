import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Piscina from 'piscina';
import { simulate, type SimulationInput, type SummaryRow } from '../../model';

/** Below this many program-year-draws a projection is computed inline: a worker round trip costs more. */
export const INLINE_WORK_LIMIT = 200_000;

let pool: Piscina | null = null;

/** The compiled worker; when running from TypeScript sources (jest), the build output in dist/ (`npm test` builds first). */
function workerFile(): string | null {
  const here = path.join(__dirname, 'projection.worker.js');
  if (fs.existsSync(here)) return here;
  const built = path.resolve(__dirname, '../../../dist/src/modules/scenario/projection.worker.js');
  return fs.existsSync(built) ? built : null;
}

function getPool(): Piscina | null {
  if (pool) return pool;
  const filename = workerFile();
  if (!filename) return null;
  const threads =
    Number(process.env.UPLIFT_MODEL_THREADS) || Math.max(1, (os.availableParallelism?.() ?? os.cpus().length) - 1);
  // At least one thread stays up once the pool exists: under Jest, a worker Piscina adds lazily
  // (minThreads 0) never takes its first task, and the projection hangs.
  pool = new Piscina({ filename, minThreads: 1, maxThreads: threads, idleTimeout: 30_000 });
  return pool;
}

export function workUnits(input: SimulationInput): number {
  return input.draws * input.horizonYears * Math.max(1, input.programs.length);
}

/** Runs the Monte Carlo simulation, in a worker thread when it is large so the server keeps answering. */
export async function runSimulation(input: SimulationInput): Promise<SummaryRow[]> {
  const workers = workUnits(input) > INLINE_WORK_LIMIT ? getPool() : null;
  if (!workers) return simulate(input).rows;
  return (await workers.run(input)) as SummaryRow[];
}

export async function closePool(): Promise<void> {
  const p = pool;
  pool = null;
  if (p) await p.destroy();
}
