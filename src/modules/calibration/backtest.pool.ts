import { backtest, type BacktestInput, type BacktestResult } from '../../model/backtest';
import { lazyWorkerPool, spareCores, type WorkOptions } from '../../core/worker-pool';

/** Below this many draws × program-years a back-test runs inline: a worker round trip costs more. */
export const INLINE_BACKTEST_LIMIT = 200_000;

const pool = lazyWorkerPool(
  'modules/calibration/backtest.worker.js',
  () => Number(process.env.UPLIFT_MODEL_THREADS) || spareCores(),
);

/** Draws × program-years with actuals: what the fit and the forecasts grow with. */
export function backtestWork(input: BacktestInput): number {
  return (
    input.draws *
    Math.max(
      1,
      input.programs.reduce((n, p) => n + p.actuals.length, 0),
    )
  );
}

/**
 * Runs the back-test, in a worker thread when it is large so the server keeps answering. Large ones
 * wait their institution's turn (`work.institutionId`; src/core/fair-queue.ts).
 */
export async function runBacktestModel(input: BacktestInput, work: WorkOptions = {}): Promise<BacktestResult> {
  const workers = backtestWork(input) > INLINE_BACKTEST_LIMIT ? pool.get() : null;
  if (!workers) return backtest(input);
  return workers.run<BacktestResult>(input, work);
}

export function closeBacktestPool(): Promise<void> {
  return pool.close();
}
