import { Field, Float, Int, ObjectType } from 'type-graphql';
import { OutcomeMetric, RequirementType } from '../common/enums';
import { OptimizationRisk, OptimizationStatus, PlanVerdict } from './optimizer.enums';

@ObjectType('DistributionSummary', { description: 'A distribution over Monte Carlo draws: its mean and percentiles.' })
export class DistributionSummaryType {
  @Field(() => Float, { description: 'Mean over the draws.' })
  mean!: number;

  @Field(() => Float, { description: '10th percentile: a pessimistic outcome.' })
  p10!: number;

  @Field(() => Float, { description: 'Median.' })
  p50!: number;

  @Field(() => Float, { description: '90th percentile: an optimistic outcome.' })
  p90!: number;
}

@ObjectType('PlanAddition', { description: 'One credential the plan embeds in one program.' })
export class PlanAdditionType {
  @Field(() => RequirementType, { description: 'How the program requires it.' })
  requirement!: RequirementType;

  @Field(() => Float, {
    description: "the credential's whole value, converted to the program's unit (0 for non-credit)",
  })
  creditsApplied!: number;

  @Field(() => Float, {
    description:
      "expected set-up plus per-learner cost over the horizon (of the program's additions together, on the evaluation draws)",
  })
  cost!: number;

  @Field(() => Float, {
    description:
      "expected objective gained by this program's additions, over the program with no change (evaluation draws)",
  })
  objectiveGain!: number;
}

@ObjectType('FrontierPoint', {
  description: 'The best expected gain a plan can reach for a budget (optimisation draws).',
})
export class FrontierPointType {
  @Field(() => Float, { description: 'The budget.' })
  budget!: number;

  @Field(() => Float, { description: 'Best expected gain of a plan costing at most the budget.' })
  expectedGain!: number;

  @Field(() => Float, { description: "That plan's expected cost." })
  cost!: number;
}

@ObjectType('PlanOptionAddition', { description: 'A credential within a program option.' })
export class PlanOptionAdditionType {
  @Field(() => RequirementType, { description: 'How the program would require it.' })
  requirement!: RequirementType;

  @Field(() => Float, { description: "Credits it applies, in the program's unit (0 for non-credit)." })
  creditsApplied!: number;
}

@ObjectType('PlanOption', {
  description:
    'One option for a program: no change (no additions) or a set of additions, with its figures on the evaluation draws.',
})
export class PlanOptionType {
  @Field(() => [PlanOptionAdditionType], { description: 'The credentials added; empty for no change.' })
  additions!: unknown[];

  @Field(() => Float, { description: 'Expected objective gained over no change.' })
  expectedGain!: number;

  @Field(() => Float, { description: 'Expected credential cost of the additions over the horizon.' })
  cost!: number;
}

@ObjectType('PlanRunnerUp', {
  description: "Why this pick: the program's best other option and how much less it gains.",
})
export class PlanRunnerUpType extends PlanOptionType {
  @Field(() => Float, {
    description: "How much less the plan's criterion would be with this option instead (optimisation draws).",
  })
  criterionShortfall!: number;

  @Field(() => Float, { description: "The pick's expected gain minus this option's (evaluation draws)." })
  expectedGainShortfall!: number;

  @Field(() => Boolean, {
    description:
      'false: no other option fits the budget, and this is the best that does not (it may gain more, at a cost the budget cannot bear).',
  })
  withinBudget!: boolean;
}

@ObjectType('PlanProgramDecision', { description: 'What the plan does to one program in scope, and why.' })
export class PlanProgramDecisionType {
  @Field(() => PlanOptionType, { description: 'The option chosen (no change has no additions).' })
  chosen!: unknown;

  @Field(() => PlanRunnerUpType, {
    nullable: true,
    description: 'The runner-up; null when the program had no other option.',
  })
  runnerUp!: unknown;
}

@ObjectType('PlanDecision', {
  description:
    'How clearly the plan beats its closest alternative: the same plan with one program swapped to its runner-up ' +
    'within budget, the swap that loses least (evaluation draws).',
})
export class PlanDecisionType {
  @Field(() => PlanVerdict, { description: 'CLEAR, TIE or NO_ALTERNATIVE.' })
  verdict!: PlanVerdict;

  @Field(() => PlanOptionType, {
    nullable: true,
    description: "The changed program's option in the closest alternative (no additions: no change there).",
  })
  alternative!: unknown;

  @Field(() => Float, {
    nullable: true,
    description: "Expected objective of the plan minus the closest alternative's; null with NO_ALTERNATIVE.",
  })
  shortfall!: number | null;

  @Field({ description: 'The verdict in one sentence, with the figures it rests on.' })
  summary!: string;
}

@ObjectType('PortfolioPlan', {
  description: 'The recommended portfolio: which credentials to embed where, its cost, and how sure it is.',
})
export class PortfolioPlanType {
  @Field(() => OptimizationStatus, {
    description: 'OPTIMAL only when proven best on the draws it was chosen on; how close the runner-up is: decision.',
  })
  status!: OptimizationStatus;

  @Field(() => PlanDecisionType, {
    description: 'Whether the plan is a clear choice or a tie with its closest alternative (read it with status).',
  })
  decision!: unknown;

  @Field(() => OutcomeMetric, {
    description: 'The outcome maximised, summed over the horizon across the programs in scope.',
  })
  objective!: OutcomeMetric;

  @Field(() => OptimizationRisk, { description: 'The criterion maximised.' })
  risk!: OptimizationRisk;

  @Field(() => Float, { description: 'The budget the plan keeps to.' })
  budget!: number;

  @Field(() => Int, { description: 'Years summed.' })
  horizonYears!: number;

  @Field(() => Float, {
    description: 'expected cost of the plan over the horizon (on the optimisation draws: the figure the budget bounds)',
  })
  cost!: number;

  @Field(() => Float, { description: "the objective with no change (at the modes, as a projection's baseline)" })
  baselineValue!: number;

  @Field(() => DistributionSummaryType, {
    description: 'the objective under the plan, on fresh evaluation draws (not those it was optimised on)',
  })
  value!: unknown;

  @Field(() => DistributionSummaryType, { description: 'plan minus no change, draw by draw, on the evaluation draws' })
  gain!: unknown;

  @Field(() => [FrontierPointType], {
    description:
      'best expected gain at other budgets: at least eight, from 0 to what the unconstrained best plan costs, and the budget asked for',
  })
  frontier!: unknown[];

  @Field(() => Int, {
    description:
      'Model runs of the search: options × optimisation draws plus the evaluated options × evaluation draws.',
  })
  candidatesEvaluated!: number;

  @Field(() => Int, { description: 'Program options (no change, or a set of additions) valued through the model.' })
  optionsEvaluated!: number;

  @Field(() => Float, {
    nullable: true,
    description: 'Relative gap of the solve: 0 when proven optimal, null when INFEASIBLE.',
  })
  gap!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'When INFEASIBLE: the least expected cost of a plan that meets the locks.',
  })
  minimumCost!: number | null;

  @Field(() => Float, {
    nullable: true,
    description:
      'The criterion of the gain (its mean, or the mean of its worst 10%) on the optimisation draws; null when INFEASIBLE.',
  })
  criterion!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'The same criterion on the evaluation draws; null when INFEASIBLE.',
  })
  evaluationCriterion!: number | null;

  @Field(() => Float, { description: 'Expected cost of the plan on the evaluation draws.' })
  evaluationCost!: number;

  @Field(() => Int, { description: 'Draws the plan was chosen on.' })
  draws!: number;

  @Field(() => Int, { description: 'Seed of those draws.' })
  seed!: number;

  @Field(() => Int, {
    description:
      'Fresh draws the figures are measured on; a scenario with evaluationSeed and these draws projects exactly value and baselineValue.',
  })
  evaluationDraws!: number;

  @Field(() => Int, { description: 'Seed of the evaluation draws (never the optimisation seed).' })
  evaluationSeed!: number;

  @Field({ description: "How to read the plan: what the model's structure implies for the picks." })
  caveat!: string;
}

@ObjectType('OptimizePortfolioPayload', { description: 'The result of optimizePortfolio.' })
export class OptimizePortfolioPayload {
  @Field(() => PortfolioPlanType, { description: 'The plan.' })
  plan!: unknown;
}
