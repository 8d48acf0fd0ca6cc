import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { Connection } from '../../core/connection';
import { NodeInterface } from '../../core/node';
import { ModelParameter, OutcomeMetric, UpliftConversion } from '../common/enums';

// Additions of a scenario read as (hypothetical) embeddings.
@ObjectType('ProjectionRow', {
  description:
    "One program (or the total), one year, one outcome: the baseline and the scenario's distribution. Flat, for BI tools.",
})
export class ProjectionRowType {
  @Field(() => ID, { nullable: true, description: 'Id of the program; null on the total.' })
  programId!: string | null;

  @Field(() => Int, { description: 'Projection year, 1 = the first academic year after today.' })
  year!: number;

  @Field(() => OutcomeMetric, { description: 'The outcome.' })
  metric!: OutcomeMetric;

  @Field(() => Float, { description: 'Without the change, at the most likely values of the assumptions.' })
  baseline!: number;

  @Field(() => Float, {
    description:
      'With the change, every assumption at its most likely value (its mode, or zero for an effect whose point ' +
      'mass at "no effect" is at least one half).',
  })
  pointEstimate!: number;

  @Field(() => Float, { description: 'Mean over the Monte Carlo draws.' })
  mean!: number;

  @Field(() => Float, {
    description:
      '10th percentile over the draws of the assumptions: a pessimistic outcome if the program followed the model ' +
      'exactly. Parameter uncertainty only; predictionP10 adds the program’s year-to-year variation.',
  })
  p10!: number;

  @Field(() => Float, { description: 'Median over the draws.' })
  p50!: number;

  @Field(() => Float, {
    description:
      '90th percentile over the draws of the assumptions: an optimistic outcome (parameter uncertainty only).',
  })
  p90!: number;

  @Field(() => Float, {
    description:
      'P10 and P90 of the prediction interval: parameter uncertainty plus the program’s year-to-year variation ' +
      '(its own recorded scatter around its trend with four or more years, else the institution’s pooled figure, ' +
      'else a default) and binomial noise on counts. What a single year may actually record; wider than p10–p90.',
  })
  predictionP10!: number;

  @Field(() => Float, { description: 'Upper end (P90) of the prediction interval; see predictionP10.' })
  predictionP90!: number;
}

@ObjectType('YearToYearVariation', {
  description:
    "The year-to-year variation a program's prediction interval uses (docs/MODEL.md §9): standard deviations of " +
    'year shocks beyond binomial noise, and where each came from.',
})
export class YearToYearVariationType {
  @Field(() => ID, { description: 'Id of the program.' })
  programId!: string;

  @Field(() => Float, { description: 'Of log prospects (0.08 ≈ ±8% a year).' })
  prospectsSd!: number;

  @Field(() => Float, { description: 'Of the log-odds of the enrollment rate (new entrants / prospects).' })
  enrollmentSd!: number;

  @Field(() => Float, { description: 'Of the log-odds of the engagement rate.' })
  engagementSd!: number;

  @Field(() => Float, { description: 'Of the log-odds of the retention rate.' })
  retentionSd!: number;

  @Field(() => String, {
    description:
      'Where the figures came from, per component in the order above: PROGRAM (its own four or more recorded ' +
      'years), INSTITUTION (pooled over its programs) or DEFAULT (no program has enough years); e.g. ' +
      '"PROGRAM, PROGRAM, INSTITUTION, DEFAULT".',
  })
  sources!: string;
}

@ObjectType('Projection', {
  description: 'Year-by-year projections of a what-if against the baseline, with uncertainty bands.',
})
export class ProjectionType {
  @Field(() => Int, { description: 'Years projected.' })
  horizonYears!: number;

  @Field(() => Int, { description: 'Monte Carlo draws behind mean and percentiles.' })
  draws!: number;

  @Field(() => Int, { description: 'Seed of the random draws: same inputs and seed give the same numbers.' })
  seed!: number;

  @Field({
    description:
      'Hash of every input the numbers depend on (programs, embeddings, credentials, assumptions, seed, draws).',
  })
  inputHash!: string;

  @Field(() => UpliftConversion, { description: 'How the likelihood ratios were applied to rates.' })
  conversion!: UpliftConversion;
}

@ObjectType('SensitivityEntry', {
  description:
    'How much one assumption moves an outcome: the parameter at its low and high, all others at their modes (one bar of a tornado chart).',
})
export class SensitivityEntryType {
  @Field(() => ModelParameter, { description: 'The parameter.' })
  parameter!: ModelParameter;

  @Field(() => Float, { description: 'Its low value.' })
  lowValue!: number;

  @Field(() => Float, { description: 'Its high value.' })
  highValue!: number;

  @Field(() => Float, { description: 'The outcome with the parameter at low.' })
  outcomeAtLow!: number;

  @Field(() => Float, { description: 'The outcome with the parameter at high.' })
  outcomeAtHigh!: number;

  @Field(() => Float, { description: 'outcomeAtHigh − outcomeAtLow; entries are ranked by its absolute value.' })
  swing!: number;
}

@ObjectType('ScenarioChange', { description: 'What a scenario does to one program.' })
export class ScenarioChangeType {
  @Field(() => [ID], { description: 'Ids of the ACTIVE embeddings the scenario removes.' })
  removeEmbeddingIds!: string[];
}

@ObjectType('Scenario', {
  implements: NodeInterface,
  description:
    'A saved what-if for your institution: credentials to embed in (or remove from) programs, projected with the uplift model.',
})
export class ScenarioType extends NodeInterface {
  @Field({ description: 'Name.' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'What the scenario is for.' })
  description!: string | null;

  @Field(() => Int, { description: 'Years projected, 1–30.' })
  horizonYears!: number;

  @Field(() => Int, { description: 'Monte Carlo draws, 1–100,000.' })
  draws!: number;

  @Field(() => Int, { description: 'Seed of the random draws.' })
  seed!: number;

  @Field(() => Int, { description: 'Optimistic-lock version; pass it as expectedVersion to update safely.' })
  version!: number;
}

export const ScenarioConnection = Connection(ScenarioType, 'Scenario', 'scenario');

@ObjectType('ScenarioComparisonRow', { description: 'The total of one scenario in one year.' })
export class ScenarioComparisonRowType {
  @Field(() => Int, { description: 'Projection year.' })
  year!: number;

  @Field(() => Float, { description: 'Without the change.' })
  baseline!: number;

  @Field(() => Float, { description: 'At the modes.' })
  pointEstimate!: number;

  @Field(() => Float, { description: 'Mean over the draws.' })
  mean!: number;

  @Field(() => Float, { description: '10th percentile.' })
  p10!: number;

  @Field(() => Float, { description: 'Median.' })
  p50!: number;

  @Field(() => Float, { description: '90th percentile.' })
  p90!: number;

  @Field(() => Float, {
    description:
      'P10 of the prediction interval: parameter uncertainty plus year-to-year variation (see ProjectionRow).',
  })
  predictionP10!: number;

  @Field(() => Float, { description: 'P90 of the prediction interval.' })
  predictionP90!: number;
}

@ObjectType('ScenarioComparison', {
  description: "Several scenarios side by side on one outcome, year by year (totals across each scenario's programs).",
})
export class ScenarioComparisonType {
  @Field(() => OutcomeMetric, { description: 'The outcome compared.' })
  metric!: OutcomeMetric;
}

@ObjectType({ description: 'The scenario as it is after the change.' })
export class ScenarioPayload {
  @Field(() => ScenarioType, { description: 'The scenario.' })
  scenario!: ScenarioType;
}

@ObjectType({ description: 'What was deleted.' })
export class DeleteScenarioPayload {
  @Field(() => ID, { description: 'Id of the deleted scenario.' })
  deletedId!: string;
}
