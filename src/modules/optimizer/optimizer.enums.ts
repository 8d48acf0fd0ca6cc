import { registerEnumType } from 'type-graphql';

export enum OptimizationRisk {
  EXPECTED = 'EXPECTED',
  CVAR_10 = 'CVAR_10',
}
export enum OptimizationStatus {
  OPTIMAL = 'OPTIMAL',
  FEASIBLE = 'FEASIBLE',
  INFEASIBLE = 'INFEASIBLE',
}

registerEnumType(OptimizationRisk, {
  name: 'OptimizationRisk',
  description: 'What the plan maximises about the gain, over the draws.',
  valuesConfig: {
    EXPECTED: { description: 'The mean over the draws (risk-neutral).' },
    CVAR_10: { description: 'The mean of the worst 10% of draws (risk-averse: CVaR at 10%).' },
  },
});
registerEnumType(OptimizationStatus, {
  name: 'OptimizationStatus',
  description: 'How good the plan is known to be.',
  valuesConfig: {
    OPTIMAL: { description: 'Proven best for the criterion on the optimisation draws (gap 0).' },
    FEASIBLE: {
      description:
        'Within the budget and the rules, but the solver stopped (time limit) before proving it best: see gap.',
    },
    INFEASIBLE: { description: 'No plan meets the locks within the budget: the plan is no change; see minimumCost.' },
  },
});
