/**
 * Query cost of a calibration, in the simulation points of core/cost.ts. The sampler evaluates the model's
 * predicted lift for every particle over every program-year, some tens of times (tempering stages × Metropolis
 * sweeps): CALIBRATION_PASSES of those evaluations are priced as one program-year-draw each. Before execution
 * the price assumes the scope from the arguments; the service charges any excess once it knows (ctx.cost.extra).
 */
import { simulationPoints } from '../../core/cost';
import { DEFAULT_CALIBRATION_DRAWS } from './calibration.inputs';

/** Model evaluations per particle and program-year, on average over the demo and the benchmark. */
export const CALIBRATION_PASSES = 20;
/** Program-years assumed per program before the data are read. */
export const ASSUMED_YEARS_PER_PROGRAM = 8;
/** Programs assumed when programIds is omitted (all of the institution's). */
export const ASSUMED_PROGRAMS = 20;

export function calibrationPoints(draws: number, programYears: number): number {
  return simulationPoints(draws * CALIBRATION_PASSES, Math.max(1, programYears), 1);
}

export interface CalibrationCostArgs {
  draws?: number | null;
  programIds?: unknown[] | null;
}

/** The price before the run, from the arguments alone. */
export function estimatedCalibrationPoints(args: CalibrationCostArgs): number {
  const programs = args.programIds?.length ?? ASSUMED_PROGRAMS;
  return calibrationPoints(args.draws ?? DEFAULT_CALIBRATION_DRAWS, Math.max(1, programs) * ASSUMED_YEARS_PER_PROGRAM);
}
