/**
 * Monte Carlo summary (docs/MODEL.md §9).
 *
 * - One draw = one vector of parameter values shared by all programs. Each parameter has its own
 *   seeded stream (seed, parameter index), so changing one assumption leaves the other parameters'
 *   draws unchanged and two scenarios with the same seed see the same draws (common random numbers).
 * - pointEstimate = the scenario at the modes; baseline = no change at the modes. The baseline's
 *   rates and counts do not depend on the parameters (they are the observed ones by construction),
 *   but its money does when current ELECTIVE/ADD_ON embeddings take ELECTIVE_TAKE_UP — so the modes.
 * - mean, P10, P50, P90 over the draws; quantiles are type 7 (see quantiles.ts).
 *
 * Memory: per program, the draws of one metric group are kept as float64 series [metric][year][draw]
 * (so each series is contiguous for selection) together with the running total across programs.
 * Metric groups are sized so those buffers stay under BUFFER_BUDGET_BYTES; re-running the cheap
 * cohort recurrence for a second group costs less than holding everything at once.
 */
import { assertParameterValues, modesOf, resolveAssumptions } from './assumptions';
import { createSampler } from './distributions';
import { addToTotal, finishTotal } from './portfolio';
import { assertHorizon, prepareProgram, ProgramWorkspace, runProgram, YearNoise } from './program';
import type { Rng } from './rng';
import { QuantileScratch, summarize } from './quantiles';
import { createRng } from './rng';
import { METRIC_COUNT, METRIC_INDEX, OUTCOME_METRICS, PARAMETERS } from './types';
import type { AssumptionSpec, ParameterValues, SimulationInput, SimulationResult, SummaryRow } from './types';

/** Upper bound for the per-group draw buffers (program series + running total), in bytes. */
export const BUFFER_BUDGET_BYTES = 200 * 1024 * 1024;

const PARAMETER_COUNT = PARAMETERS.length;
/** Draws projected before being transposed into the series (keeps the writes cache-friendly). */
const BLOCK = 64;
const HEAD = METRIC_INDEX.HEADCOUNT;
const ENG = METRIC_INDEX.ENGAGEMENT_RATE;
const RET = METRIC_INDEX.RETENTION_RATE;
/** Statistics kept per (entity, year, metric). */
const MEAN = 0;
const P10 = 1;
const P50 = 2;
const P90 = 3;
const PRED10 = 4;
const PRED90 = 5;
const STATS = 6;
/**
 * Program i's year-to-year deviates come from stream PREDICTION_STREAM + i of the seed: no parameter's stream, so
 * the parameter draws (and p10–p90) are the same with or without variation.
 */
export const PREDICTION_STREAM = 10_000;
/**
 * The prediction interval is estimated on the first PREDICTION_DRAWS draws at most (their parameter vectors plus
 * year shocks): its P10 and P90 then carry a sampling error of well under 1% of its width, and a 100,000-draw
 * projection costs a fifth more, not twice as much. The parameter band uses every draw.
 */
export const PREDICTION_DRAWS = 20_000;

/**
 * Fills each series[1..H] with standard normal deviates, in order: Marsaglia's polar method, both of each pair used
 * (no trigonometry; a prediction needs four deviates per program-year-draw).
 */
export function fillDeviates(rng: Rng, series: readonly Float64Array[], horizon: number): void {
  let spare = NaN;
  for (const a of series) {
    for (let t = 1; t <= horizon; t++) {
      if (spare === spare) {
        a[t] = spare;
        spare = NaN;
        continue;
      }
      let u: number;
      let v: number;
      let s: number;
      do {
        u = 2 * rng.next() - 1;
        v = 2 * rng.next() - 1;
        s = u * u + v * v;
      } while (s >= 1 || s === 0);
      const f = Math.sqrt((-2 * Math.log(s)) / s);
      a[t] = u * f;
      spare = v * f;
    }
  }
}

/**
 * The parameter draws, draw-major: value of PARAMETERS[j] in draw d at [d·P + j], P = PARAMETERS.length. Parameter j
 * comes from stream j of the seed, so its draws depend on its own assumption only.
 */
export function drawParameters(
  assumptions: readonly AssumptionSpec[],
  seed: number,
  draws: number,
  sample?: readonly ParameterValues[],
): Float64Array {
  const specs = resolveAssumptions(assumptions);
  const out = new Float64Array(draws * PARAMETER_COUNT);
  if (sample) return drawFromSample(sample, seed, draws, out);
  if (specs.some((s) => s.distribution === 'EMPIRICAL')) {
    throw new RangeError('EMPIRICAL assumptions need the joint sample they were summarised from');
  }
  specs.forEach((spec, j) => {
    const sample = createSampler(spec, createRng(seed, j));
    for (let d = 0; d < draws; d++) out[d * PARAMETER_COUNT + j] = sample();
  });
  return out;
}

/**
 * Whole vectors of a joint sample: draw d is sample[k] with k uniform from stream PARAMETER_COUNT of the seed
 * (a stream no single parameter uses), so the same seed gives the same vectors and the joint structure is kept.
 */
function drawFromSample(
  sample: readonly ParameterValues[],
  seed: number,
  draws: number,
  out: Float64Array,
): Float64Array {
  const n = sample.length;
  if (n === 0) throw new RangeError('the joint sample is empty');
  for (const v of sample) assertParameterValues(v);
  const rng = createRng(seed, PARAMETER_COUNT);
  for (let d = 0; d < draws; d++) {
    const v = sample[Math.min(n - 1, Math.floor(rng.next() * n))];
    for (let j = 0; j < PARAMETER_COUNT; j++) out[d * PARAMETER_COUNT + j] = v[PARAMETERS[j]];
  }
  return out;
}

export interface SimulationOptions {
  /** Upper bound for the draw buffers (default BUFFER_BUDGET_BYTES); lower means more passes. */
  bufferBudgetBytes?: number;
}

export function simulate(input: SimulationInput, options: SimulationOptions = {}): SimulationResult {
  const specs = resolveAssumptions(input.assumptions);
  const H = input.horizonYears;
  const S = input.draws;
  assertHorizon(H);
  if (!Number.isInteger(S) || S < 1) throw new RangeError(`draws must be an integer ≥ 1 (got ${S})`);
  if (!Number.isSafeInteger(input.seed)) throw new RangeError(`seed must be an integer (got ${input.seed})`);

  const programs = input.programs.map((p) => prepareProgram(p, H));
  const P = programs.length;
  const ws = new ProgramWorkspace();
  const yearStride = H * METRIC_COUNT;

  const modes = modesOf(specs);

  const draws = drawParameters(specs, input.seed, S, input.sample);

  // Baseline and point estimate at the modes; entity P is the total.
  const baseline = new Float64Array((P + 1) * yearStride);
  const point = new Float64Array((P + 1) * yearStride);
  programs.forEach((prog, i) => {
    const base = baseline.subarray(i * yearStride, (i + 1) * yearStride);
    const scen = point.subarray(i * yearStride, (i + 1) * yearStride);
    runProgram(prog, modes, input.conversion, 'baseline', base, ws);
    runProgram(prog, modes, input.conversion, 'scenario', scen, ws);
    addToTotal(baseline.subarray(P * yearStride), base, H);
    addToTotal(point.subarray(P * yearStride), scen, H);
  });
  finishTotal(baseline.subarray(P * yearStride), H);
  finishTotal(point.subarray(P * yearStride), H);

  // stats[((entity·H + t)·8 + m)·STATS + stat]
  const stats = new Float64Array((P + 1) * yearStride * STATS);
  const params = { ...modes };
  const block = new Float64Array(BLOCK * yearStride);
  const predBlock = new Float64Array(BLOCK * yearStride);
  const noise = new YearNoise();
  const quantileScratch = new QuantileScratch();
  const anyVariation = programs.some((p) => p.variation !== null);

  // Draws the prediction is estimated on (0 without variation: the prediction interval is the parameter band).
  const SP = anyVariation ? Math.min(S, PREDICTION_DRAWS) : 0;
  for (const group of metricGroups(H, S, options.bufferBudgetBytes ?? BUFFER_BUDGET_BYTES, SP)) {
    const G = group.length;
    const slot = new Int32Array(METRIC_COUNT).fill(-1);
    group.forEach((m, g) => (slot[m] = g));
    const series = new Float64Array(G * H * S);
    const total = new Float64Array(G * H * S);
    // The prediction's series: the first SP draws with year-to-year variation.
    const predSeries = new Float64Array(G * H * SP);
    const predTotal = new Float64Array(G * H * SP);
    const at = (g: number, t: number): number => (g * H + t) * S;
    const atPred = (g: number, t: number): number => (g * H + t) * SP;

    for (let i = 0; i < P; i++) {
      const prog = programs[i];
      const rng = prog.variation ? createRng(input.seed, PREDICTION_STREAM + i) : null;
      if (prog.variation) noise.sd = prog.variation;
      for (let d0 = 0; d0 < S; d0 += BLOCK) {
        const B = Math.min(BLOCK, S - d0);
        for (let b = 0; b < B; b++) {
          const base = (d0 + b) * PARAMETER_COUNT;
          for (let j = 0; j < PARAMETER_COUNT; j++) params[PARAMETERS[j]] = draws[base + j];
          runProgram(prog, params, input.conversion, 'scenario', block, ws, b * yearStride);
          if (rng && d0 + b < SP) {
            fillDeviates(rng, noise.series(H), H);
            runProgram(prog, params, input.conversion, 'scenario', predBlock, ws, b * yearStride, noise);
          }
        }
        // Without variation of its own, a program's prediction is its parameter path.
        const pred = rng ? predBlock : block;
        const BP = Math.max(0, Math.min(B, SP - d0));
        // Transpose the block into the draw-contiguous series: runs of B adjacent writes.
        for (let t = 0; t < H; t++) {
          const o = t * METRIC_COUNT;
          for (let g = 0; g < G; g++) {
            const m = group[g];
            const rate = m === ENG || m === RET;
            const dst = at(g, t) + d0;
            for (let b = 0; b < B; b++) {
              const src = b * yearStride + o;
              const v = block[src + m];
              series[dst + b] = v;
              // Totals hold rate·headcount until the division below (headcount is in the same group).
              total[dst + b] += rate ? v * block[src + HEAD] : v;
            }
            const dstPred = atPred(g, t) + d0;
            for (let b = 0; b < BP; b++) {
              const src = b * yearStride + o;
              const w = pred[src + m];
              predSeries[dstPred + b] = w;
              predTotal[dstPred + b] += rate ? w * pred[src + HEAD] : w;
            }
          }
        }
      }
      summarizeGroup(series, S, group, i, P10, P90);
      if (SP > 0) summarizeGroup(predSeries, SP, group, i, PRED10, PRED90);
    }

    if (group.includes(ENG) || group.includes(RET)) {
      for (const [buffer, n] of [
        [total, S],
        [predTotal, SP],
      ] as const) {
        for (let t = 0; t < H; t++) {
          const heads = (slot[HEAD] * H + t) * n;
          for (const m of [ENG, RET]) {
            if (slot[m] < 0) continue;
            const rates = (slot[m] * H + t) * n;
            for (let d = 0; d < n; d++) {
              const head = buffer[heads + d];
              buffer[rates + d] = head > 0 ? buffer[rates + d] / head : 0;
            }
          }
        }
      }
    }
    summarizeGroup(total, S, group, P, P10, P90);
    if (SP > 0) summarizeGroup(predTotal, SP, group, P, PRED10, PRED90);
  }

  /**
   * Writes the mean, P50 and the band (into `lowStat`, `highStat`) of each series of a group. The parameter band
   * also fills the prediction band, which a prediction pass (run after it) overwrites; its mean and P50 are not kept.
   */
  function summarizeGroup(
    buffer: Float64Array,
    n: number,
    group: readonly number[],
    entity: number,
    lowStat: number,
    highStat: number,
  ): void {
    const prediction = lowStat === PRED10;
    group.forEach((m, g) => {
      for (let t = 0; t < H; t++) {
        const start = (g * H + t) * n;
        // The buffer is not read again after this, so summarize may reorder it in place.
        const band = summarize(buffer.subarray(start, start + n), n, quantileScratch);
        const o = STATS * ((entity * H + t) * METRIC_COUNT + m);
        if (!prediction) {
          stats[o + MEAN] = band.mean;
          stats[o + P50] = band.p50;
          stats[o + PRED10] = band.p10;
          stats[o + PRED90] = band.p90;
        }
        stats[o + lowStat] = band.p10;
        stats[o + highStat] = band.p90;
      }
    });
  }

  const rows: SummaryRow[] = [];
  for (let e = 0; e <= P; e++) {
    const programId = e < P ? programs[e].id : null;
    for (let t = 0; t < H; t++) {
      for (let m = 0; m < METRIC_COUNT; m++) {
        const i = (e * H + t) * METRIC_COUNT + m;
        rows.push({
          programId,
          year: t + 1,
          metric: OUTCOME_METRICS[m],
          baseline: baseline[i],
          pointEstimate: point[i],
          mean: stats[STATS * i + MEAN],
          p10: stats[STATS * i + P10],
          p50: stats[STATS * i + P50],
          p90: stats[STATS * i + P90],
          predictionP10: stats[STATS * i + PRED10],
          predictionP90: stats[STATS * i + PRED90],
        });
      }
    }
  }
  return { rows, modes };
}

/**
 * Splits the metrics into groups whose buffers fit the budget. Headcount and the two rates stay
 * together: the total's rates are divided by the total headcount of the same draw.
 */
export function metricGroups(horizon: number, draws: number, budgetBytes: number, predictionDraws = 0): number[][] {
  // Per metric: the series and the running total, and the same two for the prediction's draws.
  const bytesPerMetric = horizon * (draws + predictionDraws) * 8 * 2;
  const capacity = Math.max(3, Math.floor(budgetBytes / bytesPerMetric));
  const units = [
    [METRIC_INDEX.NEW_ENROLLMENTS],
    [HEAD, ENG, RET],
    [METRIC_INDEX.COMPLETIONS],
    [METRIC_INDEX.TUITION_REVENUE],
    [METRIC_INDEX.CREDENTIAL_COST],
    [METRIC_INDEX.NET_REVENUE],
    [METRIC_INDEX.CONTRIBUTION_MARGIN],
  ];
  const groups: number[][] = [];
  let current: number[] = [];
  for (const unit of units) {
    if (current.length + unit.length > capacity) {
      groups.push(current);
      current = [];
    }
    current.push(...unit);
  }
  if (current.length > 0) groups.push(current);
  return groups;
}
