import {
  calibrate,
  type CalibrationInput,
  type CalibrationOptions,
  type CalibrationResult,
} from '../../model/calibration';
import { lazyWorkerPool, spareCores } from '../../core/worker-pool';

/** Below this many draw × program-years a calibration runs inline: a worker round trip costs more. */
export const INLINE_CALIBRATION_LIMIT = 1_000_000;

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

/** Runs the calibration, in a worker thread when it is large so the server keeps answering. */
export async function runCalibration(input: CalibrationInput, options: CalibrationOptions): Promise<CalibrationResult> {
  const workers = calibrationWork(input, options.draws) > INLINE_CALIBRATION_LIMIT ? pool.get() : null;
  if (!workers) return calibrate(input, options);
  return (await workers.run({ input, options })) as CalibrationResult;
}

export function closeCalibrationPool(): Promise<void> {
  return pool.close();
}
