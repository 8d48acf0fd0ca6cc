/**
 * A set of programs and their total: counts and money are summed; the two rates are
 * headcount-weighted (Σ rate·headcount / Σ headcount, 0 when there is no headcount).
 */
import { assertParameterValues } from './assumptions';
import { assertHorizon, prepareProgram, ProgramWorkspace, runProgram, toYearOutcomes } from './program';
import { METRIC_COUNT, METRIC_INDEX } from './types';
import type { Conversion, ParameterValues, PortfolioProjection, ProgramModelInput } from './types';

const HEAD = METRIC_INDEX.HEADCOUNT;
const ENG = METRIC_INDEX.ENGAGEMENT_RATE;
const RET = METRIC_INDEX.RETENTION_RATE;

/** Adds one program's flat projection into a running total (rates as rate·headcount until finishTotal). */
export function addToTotal(total: Float64Array, program: Float64Array, horizon: number): void {
  for (let t = 0; t < horizon; t++) {
    const o = t * METRIC_COUNT;
    const head = program[o + HEAD];
    for (let m = 0; m < METRIC_COUNT; m++) {
      total[o + m] += m === ENG || m === RET ? program[o + m] * head : program[o + m];
    }
  }
}

/** Turns the accumulated rate·headcount sums into headcount-weighted rates. */
export function finishTotal(total: Float64Array, horizon: number): void {
  for (let t = 0; t < horizon; t++) {
    const o = t * METRIC_COUNT;
    const head = total[o + HEAD];
    total[o + ENG] = head > 0 ? total[o + ENG] / head : 0;
    total[o + RET] = head > 0 ? total[o + RET] / head : 0;
  }
}

export function projectPortfolio(
  inputs: ProgramModelInput[],
  params: ParameterValues,
  conversion: Conversion,
  horizonYears: number,
): PortfolioProjection {
  assertParameterValues(params);
  assertHorizon(horizonYears);
  const ws = new ProgramWorkspace();
  const size = horizonYears * METRIC_COUNT;
  const baseTotal = new Float64Array(size);
  const scenTotal = new Float64Array(size);
  const base = new Float64Array(size);
  const scen = new Float64Array(size);
  const programs = inputs.map((input) => {
    const prog = prepareProgram(input, horizonYears);
    runProgram(prog, params, conversion, 'baseline', base, ws);
    runProgram(prog, params, conversion, 'scenario', scen, ws);
    addToTotal(baseTotal, base, horizonYears);
    addToTotal(scenTotal, scen, horizonYears);
    return { id: input.id, baseline: toYearOutcomes(base, horizonYears), scenario: toYearOutcomes(scen, horizonYears) };
  });
  finishTotal(baseTotal, horizonYears);
  finishTotal(scenTotal, horizonYears);
  return {
    programs,
    total: { baseline: toYearOutcomes(baseTotal, horizonYears), scenario: toYearOutcomes(scenTotal, horizonYears) },
  };
}
