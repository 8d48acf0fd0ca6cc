import {
  calibrate,
  type CalibrationInput,
  type CalibrationOptions,
  type CalibrationResult,
} from '../../model/calibration';
import { lazyWorkerPool, spareCores, type WorkOptions } from '../../core/worker-pool';

/**
 * Below this many draw × program-years a calibration runs inline: a worker round trip costs more. About 3 µs each on
 * the main thread (the demo's 2,000-draw calibration, 224,000, took 0.67 s there), so this bounds an inline one at
 * about 60 ms (issue 20: main-thread work per request bounded).
 */
export const INLINE_CALIBRATION_LIMIT = 20_000;

const pool = lazyWorkerPool(
  'modules/calibration/calibration.worker.js',
  () => Number(process.env.UPLIFT_MODEL_THREADS) || spareCores(),
);

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

/**
 * Runs the calibration, in a worker thread when it is large so the server keeps answering. Large ones
 * wait their institution's turn (`work.institutionId`; src/core/fair-queue.ts).
 */
export async function runCalibration(
  input: CalibrationInput,
  options: CalibrationOptions,
  work: WorkOptions = {},
): Promise<CalibrationResult> {
  const workers = calibrationWork(input, options.draws) > INLINE_CALIBRATION_LIMIT ? pool.get() : null;
  if (!workers) return calibrate(input, options);
  return workers.run<CalibrationResult>({ input, options }, work);
}

export function closeCalibrationPool(): Promise<void> {
  return pool.close();
}
