/**
 * Properties of a plan: the frontier never falls, the same seed gives the same plan, the figures
 * come from fresh draws and equal what simulate() projects for the saved plan, and the runner-up
 * explains the pick.
 */
import { simulate } from '../../../../src/model';
import type { ProgramModelInput } from '../../../../src/model';
import { evaluationSeedFor, optimizePortfolio } from '../../../../src/model/optimizer';
import type { OptimizeInput, PortfolioPlan } from '../../../../src/model/optimizer';
import { smallInput } from './fixtures';

const input = smallInput({ budget: 200_000 });
const plan = optimizePortfolio(input);

/** The saved plan as a what-if: every program in scope, its additions as new embeddings. */
function savedScenario(i: OptimizeInput, p: PortfolioPlan): ProgramModelInput[] {
  return i.programs.map((prog) => ({
    ...prog,
    scenario: [
      ...prog.current,
      ...p.additions
        .filter((a) => a.programId === prog.id)
        .map((a) => {
          const c = i.candidates.find((x) => x.id === a.credentialId);
          if (!c) throw new Error(a.credentialId);
          return {
            creditBearing: c.creditBearing,
            creditsApplied: a.creditsApplied,
            hours: c.creditBearing && a.creditsApplied > 0 ? a.creditsApplied * 45 : (c.learningHours ?? 0),
            requirement: a.requirement,
            takeUpRate: null,
            displacesTuition: a.displacesTuition,
            costPerLearner: c.costPerLearner,
            setupCost: c.setupCost,
            isNew: true,
          };
        }),
    ],
  }));
}

function close(actual: number, expected: number, rel = 1e-9): void {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(rel * Math.max(1, Math.abs(expected)));
}

describe('the frontier', () => {
  it.each([
    ['EXPECTED', 'NET_REVENUE'],
    ['EXPECTED', 'NEW_ENROLLMENTS'],
  ] as const)(
    '%s %s: at least eight budgets from 0 to the unconstrained best plan, never falling',
    (risk, objective) => {
      const p = optimizePortfolio({ ...input, risk, objective });
      const unconstrained = optimizePortfolio({ ...input, risk, objective, budget: 1e12 });
      expect(p.frontier.length).toBeGreaterThanOrEqual(8);
      expect(p.frontier[0].budget).toBe(0);
      expect(p.frontier[0].expectedGain).toBe(0);
      close(p.frontier[p.frontier.length - 1].budget, unconstrained.cost);
      close(p.frontier[p.frontier.length - 1].expectedGain, unconstrained.optimisation.expectedGain);
      for (let i = 1; i < p.frontier.length; i++) {
        expect(p.frontier[i].budget).toBeGreaterThan(p.frontier[i - 1].budget);
        expect(p.frontier[i].expectedGain).toBeGreaterThanOrEqual(p.frontier[i - 1].expectedGain);
        expect(p.frontier[i].cost).toBeLessThanOrEqual(p.frontier[i].budget + 1e-6);
      }
    },
  );

  it('agrees with a solve at each of its budgets, and holds the plan budget itself', () => {
    for (const f of plan.frontier) {
      expect(optimizePortfolio({ ...input, budget: f.budget }).optimisation.expectedGain).toBe(f.expectedGain);
    }
    expect(plan.frontier.find((f) => f.budget === input.budget)?.expectedGain).toBe(plan.optimisation.expectedGain);
  });

  it('the best expected gain never falls as the budget grows (30 budgets)', () => {
    let last = -Infinity;
    for (let b = 0; b <= 600_000; b += 20_000) {
      const gain = optimizePortfolio({ ...input, budget: b }).optimisation.expectedGain;
      expect(gain).toBeGreaterThanOrEqual(last);
      last = gain;
    }
  });
});

describe('reproducibility', () => {
  it('the same seed gives the same plan, to the last bit', () => {
    expect(optimizePortfolio(input)).toEqual(plan);
  });

  it('the order in which programs and credentials are listed does not change the plan', () => {
    const shuffled = optimizePortfolio({ ...input, candidates: [...input.candidates].reverse() });
    const key = (p: PortfolioPlan): string[] =>
      p.additions.map((a) => `${a.programId}/${a.credentialId}/${a.requirement}`).sort();
    expect(key(shuffled)).toEqual(key(plan));
    close(shuffled.optimisation.expectedGain, plan.optimisation.expectedGain);
  });
});

describe('honest figures', () => {
  it('value and gain come from the evaluation seed; the choice from the optimisation seed only', () => {
    expect(plan.evaluation.seed).toBe(evaluationSeedFor(input.seed));
    expect(plan.evaluation.seed).not.toBe(input.seed);
    expect(plan.optimisation.seed).toBe(input.seed);
    expect(plan.gain.mean).not.toBe(plan.optimisation.expectedGain);
    const other = optimizePortfolio({ ...input, evaluationSeed: 12345 });
    expect(other.additions.map((a) => a.credentialId)).toEqual(plan.additions.map((a) => a.credentialId));
    expect(other.optimisation).toEqual(plan.optimisation);
    expect(other.gain.mean).not.toBe(plan.gain.mean);
  });

  it('the saved plan projects exactly what the plan reports (simulate on the evaluation draws)', () => {
    const horizonSum = (programs: ProgramModelInput[], metric: string, field: 'mean' | 'baseline'): number =>
      simulate({
        programs,
        assumptions: [...input.assumptions],
        conversion: input.conversion,
        horizonYears: input.horizonYears,
        draws: plan.evaluation.draws,
        seed: plan.evaluation.seed,
      })
        .rows.filter((r) => r.programId === null && r.metric === metric)
        .reduce((s, r) => s + r[field], 0);
    const saved = savedScenario(input, plan);
    const unchanged = savedScenario(input, { ...plan, additions: [] });
    close(horizonSum(saved, input.objective, 'mean'), plan.value.mean);
    close(horizonSum(saved, input.objective, 'baseline'), plan.baselineValue);
    close(horizonSum(saved, input.objective, 'mean') - horizonSum(unchanged, input.objective, 'mean'), plan.gain.mean);
    close(
      horizonSum(saved, 'CREDENTIAL_COST', 'mean') - horizonSum(unchanged, 'CREDENTIAL_COST', 'mean'),
      plan.evaluation.cost,
    );
  });

  it("each addition carries its program's gain and cost; the programs add up to the plan", () => {
    expect(plan.additions.length).toBeGreaterThan(0);
    for (const a of plan.additions) {
      const d = plan.programs.find((p) => p.programId === a.programId);
      expect(a.objectiveGain).toBe(d?.chosen.expectedGain);
      expect(a.cost).toBe(d?.chosen.cost);
    }
    close(
      plan.programs.reduce((s, p) => s + p.chosen.expectedGain, 0),
      plan.gain.mean,
    );
    close(
      plan.programs.reduce((s, p) => s + p.optimisation.cost, 0),
      plan.cost,
    );
    expect(plan.cost).toBeLessThanOrEqual(input.budget);
    expect(plan.candidatesEvaluated).toBeGreaterThanOrEqual(plan.optionsEvaluated * input.draws);
  });

  it('each program names its runner-up, which gains no more within the budget', () => {
    expect(plan.programs.some((d) => d.runnerUp?.withinBudget === false)).toBe(true);
    for (const d of plan.programs) {
      expect(d.runnerUp).not.toBeNull();
      if (d.runnerUp?.withinBudget) expect(d.runnerUp.criterionShortfall).toBeGreaterThanOrEqual(0);
      else expect(d.chosen.additions).toEqual([]);
      expect(d.runnerUp?.additions).not.toEqual(d.chosen.additions);
      close(d.runnerUp?.expectedGainShortfall ?? NaN, d.chosen.expectedGain - (d.runnerUp?.expectedGain ?? NaN));
    }
  });
});
