import { backtest, type BacktestInput, type BacktestResult } from '../../model/backtest';

/** Piscina worker: one back-test per task, nothing else (the model is pure). */
export default function run(input: BacktestInput): BacktestResult {
  return backtest(input);
}
