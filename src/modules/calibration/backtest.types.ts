import { Field, Float, Int, ObjectType } from 'type-graphql';
import { DateTimeISOResolver } from 'graphql-scalars';
import { Connection } from '../../core/connection';
import { NodeInterface } from '../../core/node';
import { ObservedMetric } from '../common/enums';

@ObjectType('BacktestPoint', {
  description: 'One program, one later year, one metric: what happened against what was forecast as of asOfYear.',
})
export class BacktestPointType {
  @Field(() => Int, { description: 'The academic year forecast (the calendar year it starts in).' })
  year!: number;

  @Field(() => ObservedMetric, { description: 'NEW_ENROLLMENTS (a count), ENGAGEMENT_RATE or RETENTION_RATE (0–1).' })
  metric!: ObservedMetric;

  @Field(() => Float, { description: 'What was recorded.' })
  actual!: number;

  @Field(() => Float, {
    description: 'the forecast made as of asOfYear, for this year: P10 of its prediction interval',
  })
  p10!: number;

  @Field(() => Float, { description: 'Median of the forecast.' })
  p50!: number;

  @Field(() => Float, { description: 'P90 of the forecast’s prediction interval.' })
  p90!: number;

  @Field({ description: 'the actual lies within [p10, p90]' })
  covered!: boolean;

  @Field(() => Float, {
    description: 'Continuous ranked probability score of the forecast for this actual (lower is better).',
  })
  crps!: number;
}

@ObjectType('BacktestScore', { description: 'How the forecasts of one metric did, over all its points.' })
export class BacktestScoreType {
  @Field(() => ObservedMetric, { description: 'The metric.' })
  metric!: ObservedMetric;

  @Field(() => Int, { description: 'Actuals forecast (program-years).' })
  points!: number;

  @Field(() => Float, {
    description:
      'share of actuals inside the 80% forecast interval: about 0.8 when the forecasts are as sure as they should be; ' +
      'far below, they were overconfident',
  })
  coverage80!: number;

  @Field(() => Float, {
    description:
      'mean continuous ranked probability score of the forecast (lower is better; in the metric’s own unit: ' +
      'entrants, or a share)',
  })
  crps!: number;

  @Field(() => Float, {
    description:
      'the same score for persistence: the last value seen carried forward (a single number, so its score is its ' +
      'absolute error)',
  })
  crpsPersistence!: number;

  @Field(() => Float, {
    description:
      'the same score for the model with every credential effect at zero (same draws, same year-to-year variation): ' +
      'lower than crps means the effects made the forecasts worse. Equal to crps when no credential went live after ' +
      'asOfYear: the baselines as they stood already carry the effect of those before',
  })
  crpsNoEffect!: number;
}

@ObjectType('Backtest', {
  implements: NodeInterface,
  description:
    'How good the forecasts would have been: as of a year, with only what was known then — baselines as they stood, ' +
    'a calibration on the years up to it, the embeddings as they actually went live — the model forecast every later ' +
    'recorded year, scored here against what happened (docs/MODEL.md §17). Saved as it came out.',
})
export class BacktestType extends NodeInterface {
  @Field({ description: 'Name.' })
  name!: string;

  @Field(() => Int, { description: 'the last academic year the fit and the baselines may see' })
  asOfYear!: number;

  @Field({
    description:
      'Whether the forecasts drew from the calibration’s posterior (it was OK) rather than from the prior set.',
  })
  usedPosterior!: boolean;

  @Field(() => Int, { description: 'Simulations behind each forecast.' })
  draws!: number;

  @Field(() => Int, { description: 'Seed: the same data and seed give the same back-test.' })
  seed!: number;

  @Field(() => Int, { description: 'Programs forecast.' })
  forecastPrograms!: number;

  @Field(() => Int, { description: 'Version of the model it ran with.' })
  modelVersion!: number;

  @Field(() => DateTimeISOResolver, { description: 'When it ran.' })
  createdAt!: Date;
}

export const BacktestConnection = Connection(BacktestType, 'Backtest', 'back-test');

@ObjectType('RunBacktestPayload', { description: 'The result of runBacktest.' })
export class RunBacktestPayload {
  @Field(() => BacktestType, { description: 'The saved back-test.' })
  backtest!: BacktestType;
}
