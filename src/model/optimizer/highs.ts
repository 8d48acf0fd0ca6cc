/**
 * The MIP solver behind CVAR_10: HiGHS (WebAssembly, MIT) through the `highs` package. No file or
 * network I/O beyond loading the package itself. The solve is synchronous once loaded: run it in a
 * worker thread to keep a server responsive; its time limit is HiGHS's own.
 *
 * Anything that implements MipSolver can stand in (tests inject failing ones): whatever it returns
 * is re-checked before a plan is built from it.
 */
import highsLoader from 'highs';

export type MipStatus = 'OPTIMAL' | 'TIME_LIMIT' | 'INFEASIBLE' | 'OTHER';

export interface MipSolveOptions {
  timeLimitSeconds: number;
  /** A feasible point to start from (column name → value); the solver checks it. */
  start?: Readonly<Record<string, number>>;
}

export interface MipSolveResult {
  /** OPTIMAL: proven (relative gap 0); TIME_LIMIT: stopped, possibly with an incumbent. */
  status: MipStatus;
  /** Whether `values` and `objective` hold a feasible point. */
  hasSolution: boolean;
  /** Column values by name. */
  values: Readonly<Record<string, number>>;
  objective: number;
  /** Best proven bound on the objective (an upper bound, as the model maximises). */
  bound: number;
  /** HiGHS's relative gap |objective − bound| / |objective|; 0 when proven. */
  gap: number;
  /** The solver's own words about the outcome. */
  detail: string;
}

export interface MipSolver {
  /** Solves a maximisation written in CPLEX LP format. */
  solve(lp: string, options: MipSolveOptions): MipSolveResult;
}

type Highs = Awaited<ReturnType<typeof highsLoader>>;

const MODEL_STATUS: Readonly<Record<number, string>> = {
  7: 'Optimal',
  8: 'Infeasible',
  9: 'Primal infeasible or unbounded',
  10: 'Unbounded',
  13: 'Time limit reached',
  14: 'Iteration limit reached',
  15: 'Unknown',
};
/** primal_solution_status: 2 = a feasible point. */
const FEASIBLE_POINT = 2;

let loading: Promise<Highs> | null = null;

/** Loads the WebAssembly module once per thread and returns a solver on it. */
export async function loadHighsSolver(): Promise<MipSolver> {
  loading ??= highsLoader();
  const highs = await loading;
  return { solve: (lp, options) => solveWith(highs, lp, options) };
}

function solveWith(highs: Highs, lp: string, options: MipSolveOptions): MipSolveResult {
  return highs.withModel({ format: 'lp', data: lp }, (model) => {
    model.options.set({
      output_flag: false,
      time_limit: options.timeLimitSeconds,
      mip_rel_gap: 0,
      mip_abs_gap: 0,
      // Tight: the budget row must hold in the re-check on unscaled data.
      mip_feasibility_tolerance: 1e-9,
      primal_feasibility_tolerance: 1e-9,
      random_seed: 0,
    });
    if (options.start) {
      const names = Object.keys(options.start);
      model.setSolution({
        indices: names.map((n) => model.getColByName(n)),
        values: names.map((n) => options.start?.[n] ?? 0),
      });
    }
    const code = model.run().modelStatus;
    const hasSolution = Number(model.info.get('primal_solution_status')) === FEASIBLE_POINT;
    const values: Record<string, number> = {};
    let objective = NaN;
    if (hasSolution) {
      const col = model.getSolution().colValue;
      for (let i = 0; i < col.length; i++) values[model.getColName(i)] = col[i];
      objective = model.getObjectiveValue();
    }
    const info = (name: string): number => {
      try {
        return Number(model.info.get(name));
      } catch {
        return NaN;
      }
    };
    const status: MipStatus = code === 7 ? 'OPTIMAL' : code === 13 ? 'TIME_LIMIT' : code === 8 ? 'INFEASIBLE' : 'OTHER';
    return {
      status,
      hasSolution,
      values,
      objective,
      bound: info('mip_dual_bound'),
      gap: status === 'OPTIMAL' ? 0 : info('mip_gap'),
      detail: MODEL_STATUS[code] ?? `HiGHS model status ${code}`,
    };
  });
}
