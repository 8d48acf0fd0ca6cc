/**
 * Values and costs of options, from the model itself: each option is projected through the same
 * code path as a projection (prepareProgram / runProgram, its additions as scenario embeddings with
 * isNew), draw by draw on one shared set of parameter draws (common random numbers), and compared
 * with the program's no change on the same draw.
 */
import { prepareProgram, ProgramWorkspace, runProgram } from '../program';
import { drawParameters } from '../simulate';
import { METRIC_COUNT, METRIC_INDEX, PARAMETERS } from '../types';
import type { AssumptionSpec, OutcomeMetric, ParameterValues } from '../types';
import { additionTerms } from './options';
import type { OptionItem } from './options';
import type { OptimizerProgram } from './types';
import type { Problem } from './validate';

/**
 * The draws as parameter vectors, exactly as simulate() builds them from (assumptions, seed) — or, for a calibrated
 * set, whole vectors of its joint sample, as a scenario on that set draws them.
 */
export function drawVectors(
  assumptions: readonly AssumptionSpec[],
  seed: number,
  draws: number,
  sample?: readonly ParameterValues[],
): ParameterValues[] {
  const flat = drawParameters(assumptions, seed, draws, sample);
  const J = PARAMETERS.length;
  const out: ParameterValues[] = [];
  for (let d = 0; d < draws; d++) {
    const v = {} as ParameterValues;
    for (let j = 0; j < J; j++) v[PARAMETERS[j]] = flat[d * J + j];
    out.push(v);
  }
  return out;
}

/** One program's options on one set of draws. */
export interface ProgramValues {
  /** No change: the objective summed over the horizon, per draw. */
  readonly baseline: Float64Array;
  /** Per option: mean gain over no change, and mean extra credential cost. */
  readonly meanGain: Float64Array;
  readonly meanCost: Float64Array;
  /** Gains per draw, option-major ([o·S + d]); null unless asked for. */
  readonly gains: Float64Array | null;
}

/** Reusable state of one evaluation run. */
export class Evaluator {
  private readonly ws = new ProgramWorkspace();
  private out: Float64Array;
  private readonly metric: number;
  private readonly costMetric = METRIC_INDEX.CREDENTIAL_COST;

  constructor(
    private readonly problem: Problem,
    private readonly params: readonly ParameterValues[],
    objective: OutcomeMetric = problem.objective,
  ) {
    this.out = new Float64Array(problem.horizonYears * METRIC_COUNT);
    this.metric = METRIC_INDEX[objective];
  }

  get draws(): number {
    return this.params.length;
  }

  /** Evaluates `options` of `program`; keepDraws keeps the per-draw gains. */
  evaluate(program: OptimizerProgram, options: readonly (readonly OptionItem[])[], keepDraws: boolean): ProgramValues {
    const S = this.params.length;
    const H = this.problem.horizonYears;
    const O = options.length;
    const current = program.current;
    const base = prepareProgram({ ...program, scenario: current }, H);
    const baseline = new Float64Array(S);
    const baselineCost = new Float64Array(S);
    for (let d = 0; d < S; d++) {
      this.run(base, d, 'baseline');
      baseline[d] = this.sum(this.metric);
      baselineCost[d] = this.sum(this.costMetric);
    }
    const meanGain = new Float64Array(O);
    const meanCost = new Float64Array(O);
    const gains = keepDraws ? new Float64Array(O * S) : null;
    options.forEach((items, o) => {
      if (items.length === 0) return; // no change: gain and cost 0 exactly
      const added = items.map((item) => additionTerms(this.problem, program, item));
      const prog = prepareProgram({ ...program, scenario: [...current, ...added] }, H);
      let g = 0;
      let c = 0;
      for (let d = 0; d < S; d++) {
        this.run(prog, d, 'scenario');
        const gd = this.sum(this.metric) - baseline[d];
        g += gd;
        c += this.sum(this.costMetric) - baselineCost[d];
        if (gains) gains[o * S + d] = gd;
      }
      meanGain[o] = g / S;
      meanCost[o] = c / S;
    });
    return { baseline, meanGain, meanCost, gains };
  }

  private run(prog: ReturnType<typeof prepareProgram>, d: number, which: 'baseline' | 'scenario'): void {
    runProgram(prog, this.params[d], this.problem.conversion, which, this.out, this.ws);
  }

  /** The metric summed over the horizon from the last run. */
  private sum(m: number): number {
    let s = 0;
    for (let t = 0; t < this.problem.horizonYears; t++) s += this.out[t * METRIC_COUNT + m];
    return s;
  }
}
