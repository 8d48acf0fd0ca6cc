/**
 * Query cost of a back-test, in the simulation points of core/cost.ts: its fit is a calibration
 * (calibration.cost.ts) on the years up to asOfYear, and its forecasts two runs of the model per draw and
 * program-year forecast (the forecast and the same with no effect). Priced from the arguments before execution; the
 * service charges any excess once it knows the data (ctx.cost.extra).
 */
import { simulationPoints } from '../../core/cost';
import { ASSUMED_PROGRAMS, ASSUMED_YEARS_PER_PROGRAM, calibrationPoints } from './calibration.cost';
import { DEFAULT_BACKTEST_DRAWS } from './backtest.inputs';

export function backtestPoints(draws: number, programYears: number): number {
  return calibrationPoints(draws, programYears) + simulationPoints(2 * draws, Math.max(1, programYears), 1);
}

export interface BacktestCostArgs {
  draws?: number | null;
  programIds?: unknown[] | null;
}

/** The price before the run, from the arguments alone. */
export function estimatedBacktestPoints(args: BacktestCostArgs): number {
  const programs = args.programIds?.length ?? ASSUMED_PROGRAMS;
  return backtestPoints(args.draws ?? DEFAULT_BACKTEST_DRAWS, Math.max(1, programs) * ASSUMED_YEARS_PER_PROGRAM);
}
