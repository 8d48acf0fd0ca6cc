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

export enum PlanVerdict {
  CLEAR = 'CLEAR',
  TIE = 'TIE',
  NO_ALTERNATIVE = 'NO_ALTERNATIVE',
}

registerEnumType(PlanVerdict, {
  name: 'PlanVerdict',
  description: 'How clearly a plan beats its closest alternative.',
  valuesConfig: {
    CLEAR: { description: "The closest alternative's expected value lies below the plan's P10." },
    TIE: {
      description:
        "The closest alternative's expected value lies inside the plan's own P10–P90: the difference is smaller than the uncertainty, so the two are a tie.",
    },
    NO_ALTERNATIVE: { description: 'No other plan fits the budget and the rules (or none meets the locks).' },
  },
});
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
    OPTIMAL: {
      description:
        'Proven best for the criterion on the optimisation draws (gap 0); whether it is clearly better than the runner-up: PortfolioPlan.decision.',
    },
    FEASIBLE: {
      description:
        'Within the budget and the rules, but the solver stopped (time limit) before proving it best: see gap.',
    },
    INFEASIBLE: { description: 'No plan meets the locks within the budget: the plan is no change; see minimumCost.' },
  },
});
