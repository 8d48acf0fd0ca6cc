import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Piscina from 'piscina';
import {
  calibrate,
  type CalibrationInput,
  type CalibrationOptions,
  type CalibrationResult,
} from '../../model/calibration';

/** Below this many draw × program-years a calibration runs inline: a worker round trip costs more. */
export const INLINE_CALIBRATION_LIMIT = 1_000_000;

let pool: Piscina | null = null;

/** The compiled worker; when running from TypeScript sources (jest), the build output in dist/. */
function workerFile(): string | null {
  const here = path.join(__dirname, 'calibration.worker.js');
  if (fs.existsSync(here)) return here;
  const built = path.resolve(__dirname, '../../../dist/src/modules/calibration/calibration.worker.js');
  return fs.existsSync(built) ? built : null;
}

function getPool(): Piscina | null {
  if (pool) return pool;
  const filename = workerFile();
  if (!filename) return null;
  const threads =
    Number(process.env.UPLIFT_MODEL_THREADS) || Math.max(1, (os.availableParallelism?.() ?? os.cpus().length) - 1);
  // As for projections: at least one thread stays up once the pool exists (see projection.pool.ts).
  pool = new Piscina({ filename, minThreads: 1, maxThreads: threads, idleTimeout: 30_000 });
  return pool;
}

/** Draws × program-years with actuals: what the sampler's cost grows with. */
export function calibrationWork(input: CalibrationInput, draws: number): number {
  return (
    draws *
    Math.max(
      1,
      input.programs.reduce((n, p) => n + p.actuals.length, 0),
    )
  );
}

/** Runs the calibration, in a worker thread when it is large so the server keeps answering. */
export async function runCalibration(input: CalibrationInput, options: CalibrationOptions): Promise<CalibrationResult> {
  const workers = calibrationWork(input, options.draws) > INLINE_CALIBRATION_LIMIT ? getPool() : null;
  if (!workers) return calibrate(input, options);
  return (await workers.run({ input, options })) as CalibrationResult;
}

export async function closeCalibrationPool(): Promise<void> {
  const p = pool;
  pool = null;
  if (p) await p.destroy();
}
