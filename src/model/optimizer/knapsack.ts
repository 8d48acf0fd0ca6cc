/**
 * The expected-value plan: a multiple-choice knapsack (one option per program, total cost within the
 * budget, maximum total mean gain), solved exactly by dynamic programming over the programs on the
 * Pareto front of (cost, value) states. Costs are real numbers, so no integer grid: a state is kept
 * unless another one costs no more and gains at least as much — dropping such a state never loses
 * the optimum, so the front is exact (in the floating-point sums it reports). Without a budget the
 * final front answers every budget at once, which gives the frontier.
 */

export interface KnapsackClass {
  readonly costs: ArrayLike<number>;
  readonly values: ArrayLike<number>;
}

/** Final Pareto front: cost and value strictly increasing; choice(i) = option index per class. */
export interface ParetoFront {
  readonly cost: Float64Array;
  readonly value: Float64Array;
  choice(i: number): Int32Array;
  /** Index of the best state costing at most `budget`, or −1 when none does. */
  bestWithin(budget: number): number;
  /** Largest number of states held after a class (the work done was about this × options). */
  readonly peakStates: number;
}

/** Most states a front may hold after any class before the DP gives up (memory guard). */
export const MAX_FRONT_STATES = 4_000_000;

/** The cost tolerance of a budget: feasible when cost ≤ budget + BUDGET_TOLERANCE(budget). */
export function budgetTolerance(budget: number): number {
  return 1e-9 * Math.max(1, Math.abs(budget));
}

interface Layer {
  cost: Float64Array;
  value: Float64Array;
  parent: Int32Array;
  option: Int32Array;
}

/**
 * The exact front. With a finite budget, states that cannot end within it are dropped early (exact:
 * `floor[p]` is the least any remaining classes can add, negative costs included).
 */
export function paretoFront(
  classes: readonly KnapsackClass[],
  budget = Infinity,
  maxStates = MAX_FRONT_STATES,
): ParetoFront {
  const P = classes.length;
  const pareto = classes.map(paretoOptions);
  const floor = new Float64Array(P + 1);
  for (let p = P - 1; p >= 0; p--) {
    let min = Infinity;
    for (const o of pareto[p]) min = Math.min(min, classes[p].costs[o]);
    floor[p] = floor[p + 1] + min;
  }
  const limit = budget + budgetTolerance(budget);
  const layers: Layer[] = [];
  let cost: Float64Array = Float64Array.of(0);
  let value: Float64Array = Float64Array.of(0);
  let peak = 1;
  for (let p = 0; p < P; p++) {
    const c = classes[p];
    let merged: Layer | null = null;
    for (const o of pareto[p]) {
      const shifted = shift(cost, value, c.costs[o], c.values[o], o, limit - floor[p + 1]);
      merged = merged ? mergeFronts(merged, shifted) : shifted;
    }
    const layer = merged ?? emptyLayer();
    if (layer.cost.length > maxStates) {
      throw new RangeError(`the knapsack front grew past ${maxStates} states`);
    }
    peak = Math.max(peak, layer.cost.length);
    layers.push(layer);
    cost = layer.cost;
    value = layer.value;
  }
  return {
    cost,
    value,
    peakStates: peak,
    choice(i: number): Int32Array {
      const out = new Int32Array(P);
      for (let p = P - 1; p >= 0; p--) {
        out[p] = layers[p].option[i];
        i = layers[p].parent[i];
      }
      return out;
    },
    bestWithin(b: number): number {
      const lim = b + budgetTolerance(b);
      let lo = 0;
      let hi = cost.length - 1;
      if (hi < 0 || cost[0] > lim) return -1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (cost[mid] <= lim) lo = mid;
        else hi = mid - 1;
      }
      return lo;
    },
  };
}

/** A class's own Pareto options (by cost, then value), ascending cost; ties keep the first listed. */
function paretoOptions(c: KnapsackClass): number[] {
  const idx = Array.from({ length: c.costs.length }, (_, i) => i);
  idx.sort((a, b) => c.costs[a] - c.costs[b] || c.values[b] - c.values[a] || a - b);
  const kept: number[] = [];
  let best = -Infinity;
  for (const i of idx) {
    if (c.values[i] > best) {
      kept.push(i);
      best = c.values[i];
    }
  }
  return kept;
}

function emptyLayer(): Layer {
  return {
    cost: new Float64Array(0),
    value: new Float64Array(0),
    parent: new Int32Array(0),
    option: new Int32Array(0),
  };
}

/** The states plus one option, dropping those past `limit` (states ascend by cost, so a cut-off). */
function shift(cost: Float64Array, value: Float64Array, dc: number, dv: number, option: number, limit: number): Layer {
  let n = 0;
  while (n < cost.length && cost[n] + dc <= limit) n++;
  const out: Layer = {
    cost: new Float64Array(n),
    value: new Float64Array(n),
    parent: new Int32Array(n),
    option: new Int32Array(n).fill(option),
  };
  let best = -Infinity;
  let k = 0;
  for (let i = 0; i < n; i++) {
    const v = value[i] + dv;
    // Rounding can make neighbouring sums equal: keep strictly increasing values only.
    if (v <= best) continue;
    best = v;
    out.cost[k] = cost[i] + dc;
    out.value[k] = v;
    out.parent[k] = i;
    k++;
  }
  return k === n ? out : slice(out, k);
}

/** Pareto front of the union of two fronts (cost ascending; at equal cost the higher value first). */
function mergeFronts(a: Layer, b: Layer): Layer {
  const n = a.cost.length + b.cost.length;
  const out: Layer = {
    cost: new Float64Array(n),
    value: new Float64Array(n),
    parent: new Int32Array(n),
    option: new Int32Array(n),
  };
  let i = 0;
  let j = 0;
  let k = 0;
  let best = -Infinity;
  while (i < a.cost.length || j < b.cost.length) {
    const takeA =
      j >= b.cost.length ||
      (i < a.cost.length && (a.cost[i] < b.cost[j] || (a.cost[i] === b.cost[j] && a.value[i] >= b.value[j])));
    const src = takeA ? a : b;
    const s = takeA ? i++ : j++;
    if (src.value[s] <= best) continue;
    best = src.value[s];
    out.cost[k] = src.cost[s];
    out.value[k] = src.value[s];
    out.parent[k] = src.parent[s];
    out.option[k] = src.option[s];
    k++;
  }
  return slice(out, k);
}

function slice(l: Layer, k: number): Layer {
  return {
    cost: l.cost.slice(0, k),
    value: l.value.slice(0, k),
    parent: l.parent.slice(0, k),
    option: l.option.slice(0, k),
  };
}
