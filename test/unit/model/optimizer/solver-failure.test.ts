/**
 * Whatever the MIP solver answers is re-checked: a throw, garbage, a wrong objective, a plan over
 * budget or a false claim of optimality is a SolverFailedError, never a plan. A time-limited solve
 * without an answer falls back on the (feasible) expected-value plan, as FEASIBLE with the gap.
 */
import { loadHighsSolver, optimizePortfolio, SolverFailedError } from '../../../../src/model/optimizer';
import type { MipSolver, MipSolveResult } from '../../../../src/model/optimizer';
import { smallInput } from './fixtures';

const input = smallInput({ risk: 'CVAR_10', budget: 300_000 });

/** Budget-row coefficients of the last LP seen, by column. */
const costOf = new Map<string, number>();

function readBudgetRow(lp: string): void {
  const row = lp.slice(lp.indexOf(' budget:'), lp.indexOf('Bounds'));
  for (const m of row.matchAll(/([+-])\s*([0-9.e+-]+)?\s*(y\d+_\d+)/g)) {
    costOf.set(m[3], (m[1] === '-' ? -1 : 1) * (m[2] ? Number(m[2]) : 1));
  }
}

/** A solver that answers with `make(columns of the LP, the real answer)`. */
function fake(make: (columns: string[], real: MipSolveResult) => Partial<MipSolveResult> | never): MipSolver {
  return {
    solve(lp, options) {
      const columns = [...new Set(lp.match(/\by\d+_\d+\b/g) ?? [])];
      readBudgetRow(lp);
      return { ...real.solve(lp, options), ...make(columns, real.solve(lp, options)) };
    },
  };
}

let real: MipSolver;
beforeAll(async () => {
  real = await loadHighsSolver();
});

const zeros = (columns: string[]): Record<string, number> => Object.fromEntries(columns.map((c) => [c, 0]));

describe('a failing MIP solver', () => {
  it.each<[string, (columns: string[], r: MipSolveResult) => Partial<MipSolveResult>, RegExp]>([
    [
      'throws',
      () => {
        throw new Error('wasm trap');
      },
      /failed: wasm trap/,
    ],
    [
      'says infeasible',
      () => ({ status: 'INFEASIBLE', hasSolution: false }),
      /infeasible, yet a feasible plan is known/,
    ],
    [
      'claims optimality without a solution',
      () => ({ status: 'OPTIMAL', hasSolution: false }),
      /optimality without a solution/,
    ],
    ['stops for another reason without a solution', () => ({ status: 'OTHER', hasSolution: false }), /stopped/],
    [
      'picks every option',
      (columns, r) => ({ values: { ...r.values, ...Object.fromEntries(columns.map((c) => [c, 1])) } }),
      /picks two options/,
    ],
    ['returns fractions', (columns, r) => ({ values: { ...r.values, [columns[0]]: 0.5 } }), /not binary/],
    [
      'leaves a column out',
      (columns, r) => {
        const values = { ...r.values };
        delete values[columns[0]];
        return { values };
      },
      /lacks/,
    ],
    ['returns NaN', (columns, r) => ({ values: { ...r.values, [columns[1]]: NaN } }), /lacks/],
    ['inflates the objective', (_c, r) => ({ objective: r.objective * 1.5 + 1 }), /does not match/],
    [
      'claims a worse plan optimal',
      (columns) => ({ status: 'OPTIMAL', values: zeros(columns), objective: 0 }),
      /but a plan reaches/,
    ],
    [
      'goes over the budget',
      (columns, r) => {
        // Per program the option with the largest budget coefficient: together past the budget.
        const values = { ...r.values, ...zeros(columns) };
        for (const p of [0, 1, 2]) {
          const own = columns.filter((c) => c.startsWith(`y${p}_`));
          const dearest = own.sort((a, b) => (costOf.get(b) ?? 0) - (costOf.get(a) ?? 0))[0];
          if (dearest) values[dearest] = 1;
        }
        return { values, status: 'TIME_LIMIT', objective: -1e12 };
      },
      /over the budget/,
    ],
  ])('%s: SolverFailedError, no plan', (_label, make, why) => {
    expect(() => optimizePortfolio(input, { solver: fake(make) })).toThrow(SolverFailedError);
    expect(() => optimizePortfolio(input, { solver: fake(make) })).toThrow(why);
  });

  it('stopped by the time limit without an answer: the expected plan, FEASIBLE, with the gap', () => {
    const solver = fake((_c, r) => ({ status: 'TIME_LIMIT', hasSolution: false, bound: r.objective * 1.01, gap: NaN }));
    const plan = optimizePortfolio(input, { solver });
    const expected = optimizePortfolio({ ...input, risk: 'EXPECTED' });
    expect(plan.status).toBe('FEASIBLE');
    expect(plan.additions).toEqual(expected.additions);
    expect(plan.gap).toBeGreaterThan(0);
    expect(plan.gap).toBeLessThan(0.5);
  });

  it('stopped by the time limit with an answer: FEASIBLE, never OPTIMAL', () => {
    const solver = fake((_c, r) => ({ status: 'TIME_LIMIT', bound: r.objective * 1.02 }));
    const plan = optimizePortfolio(input, { solver });
    expect(plan.status).toBe('FEASIBLE');
    expect(plan.gap).toBeGreaterThan(0);
    expect(plan.criterion.optimisation).toBeCloseTo(
      optimizePortfolio(input, { solver: real }).criterion.optimisation,
      6,
    );
  });

  it('CVAR_10 without a solver is an error, EXPECTED needs none', () => {
    expect(() => optimizePortfolio(input)).toThrow(SolverFailedError);
    expect(optimizePortfolio({ ...input, risk: 'EXPECTED' }).status).toBe('OPTIMAL');
  });
});
