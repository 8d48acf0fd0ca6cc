/**
 * Sensitivity (tornado): each parameter at its low and at its high with the others at their modes.
 * The outcome is the scenario total across programs: in one year if given, else over the horizon —
 * summed for counts and money, headcount-weighted (Σ_t rate_t·H_t / Σ_t H_t) for the two rates.
 * A FIXED assumption is still moved to its low and high: the tornado asks "what if this range were
 * real", and a FIXED spec with low = high simply shows no swing. A parameter with a point mass at zero moves across
 * a range that includes 0, and the others sit at their point values (0 for an effect more likely absent than not).
 * With a joint sample (a calibrated set) each parameter moves across its posterior P10–P90 instead.
 */
import { modesOf, resolveAssumptions } from './assumptions';
import { addToTotal, finishTotal } from './portfolio';
import { assertHorizon, prepareProgram, ProgramWorkspace, runProgram } from './program';
import { isRateMetric, METRIC_COUNT, METRIC_INDEX } from './types';
import { quantile } from './quantiles';
import type { OutcomeMetric, Parameter, ParameterValues, SensitivityEntry, SimulationInput } from './types';

/**
 * One number for `metric` from a flat total (layout of program.ts): the value in `year`, or the
 * horizon aggregate described above.
 */
export function horizonOutcome(flat: Float64Array, horizon: number, metric: OutcomeMetric, year?: number): number {
  const m = METRIC_INDEX[metric];
  if (year !== undefined) return flat[(year - 1) * METRIC_COUNT + m];
  const rate = isRateMetric(metric);
  let sum = 0;
  let weight = 0;
  for (let t = 0; t < horizon; t++) {
    const o = t * METRIC_COUNT;
    if (rate) {
      sum += flat[o + m] * flat[o + METRIC_INDEX.HEADCOUNT];
      weight += flat[o + METRIC_INDEX.HEADCOUNT];
    } else {
      sum += flat[o + m];
    }
  }
  return rate ? (weight > 0 ? sum / weight : 0) : sum;
}

/** P10 and P90 (type 7) of one parameter across a joint sample. */
function marginalBand(sample: readonly ParameterValues[], parameter: Parameter): [number, number] {
  if (sample.length === 0) throw new RangeError('the joint sample is empty');
  const values = sample.map((v) => v[parameter]);
  return [quantile(values, 0.1), quantile(values, 0.9)];
}

export function sensitivity(
  input: Omit<SimulationInput, 'draws' | 'seed'>,
  metric: OutcomeMetric,
  year?: number,
): SensitivityEntry[] {
  const specs = resolveAssumptions(input.assumptions);
  const H = input.horizonYears;
  assertHorizon(H);
  if (year !== undefined && year !== null && !(Number.isInteger(year) && year >= 1 && year <= H)) {
    throw new RangeError(`year must be an integer in 1..${H} (got ${year})`);
  }
  const programs = input.programs.map((p) => prepareProgram(p, H));
  const ws = new ProgramWorkspace();
  const path = new Float64Array(H * METRIC_COUNT);
  const total = new Float64Array(H * METRIC_COUNT);
  const modes = modesOf(specs);

  const outcome = (params: ParameterValues): number => {
    total.fill(0);
    for (const prog of programs) {
      runProgram(prog, params, input.conversion, 'scenario', path, ws);
      addToTotal(total, path, H);
    }
    finishTotal(total, H);
    return horizonOutcome(total, H, metric, year ?? undefined);
  };

  const entries = specs.map((spec): SensitivityEntry => {
    // On a joint sample (a calibrated set), the spec's min–max range would overstate it: P10–P90 of its marginal.
    // A point mass at zero is a value the parameter takes: the bar spans it.
    const zero = (spec.zeroMass ?? 0) > 0;
    const [low, high] = input.sample
      ? marginalBand(input.sample, spec.parameter)
      : [zero ? Math.min(spec.low, 0) : spec.low, zero ? Math.max(spec.high, 0) : spec.high];
    const outcomeAtLow = outcome({ ...modes, [spec.parameter]: low });
    const outcomeAtHigh = outcome({ ...modes, [spec.parameter]: high });
    return {
      parameter: spec.parameter,
      lowValue: low,
      highValue: high,
      outcomeAtLow,
      outcomeAtHigh,
      swing: outcomeAtHigh - outcomeAtLow,
    };
  });
  // Stable sort: equal swings keep the PARAMETERS order.
  return entries.sort((a, b) => Math.abs(b.swing) - Math.abs(a.swing));
}
