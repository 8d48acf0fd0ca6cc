import { Field, Float, Int, ObjectType } from 'type-graphql';
import { DateTimeISOResolver } from 'graphql-scalars';
import { Connection } from '../../core/connection';
import { NodeInterface } from '../../core/node';
import { ModelParameter } from '../common/enums';
import { DistributionSummaryType } from '../optimizer/optimizer.types';
import { CalibrationOutcome, CalibrationQuantity, CalibrationStatus } from './calibration.enums';

@ObjectType('LocalEffectEstimate', {
  description: 'The effect measured in your own programs on one outcome, beside what the model predicts for it.',
})
export class LocalEffectEstimateType {
  @Field(() => CalibrationOutcome, { description: 'The outcome measured.' })
  outcome!: CalibrationOutcome;

  @Field(() => Float, {
    description:
      "difference-in-differences on the log-odds scale: treated programs' change after the start minus " +
      "the comparison programs' change",
  })
  logOddsLift!: number;

  @Field(() => Float, {
    description: "Standard error of logOddsLift: binomial noise and the comparison programs' year-to-year variation.",
  })
  standardError!: number;

  @Field(() => Float, { description: 'Lower end of the 95% confidence interval of logOddsLift.' })
  lower95!: number;

  @Field(() => Float, { description: 'Upper end of the 95% confidence interval of logOddsLift.' })
  upper95!: number;

  @Field(() => Float, { description: "the same lift in percentage points at the treated programs' pre-period rate" })
  percentagePoints!: number;

  @Field(() => Float, {
    description: "The treated programs' pre-period rate (0–1) the percentage points are taken at.",
  })
  preRate!: number;

  @Field(() => Int, { description: 'Treated programs with years both before and after their start.' })
  treatedPrograms!: number;

  @Field(() => Int, { description: 'Comparison programs (never treated, or not yet treated) in the same years.' })
  comparisonPrograms!: number;

  @Field(() => Int, { description: 'Program-years of data behind the estimate.' })
  observations!: number;

  @Field(() => Float, {
    description: 'Estimated standard deviation of the effect between treated programs (log-odds).',
  })
  betweenProgramSd!: number;

  @Field(() => DistributionSummaryType, {
    description: "the model's predicted lift for the same programs and years (log-odds), under the prior",
  })
  predictedByPrior!: DistributionSummaryType;

  @Field(() => DistributionSummaryType, {
    description: "the model's predicted lift for the same programs and years (log-odds), under the posterior",
  })
  predictedByPosterior!: DistributionSummaryType;
}

@ObjectType('ParameterPosterior', {
  description: 'One model parameter before (prior) and after (posterior) the calibration.',
})
export class ParameterPosteriorType {
  @Field(() => ModelParameter, { description: 'The parameter.' })
  parameter!: ModelParameter;

  @Field(() => DistributionSummaryType, { description: 'Its distribution under the prior assumption set.' })
  prior!: DistributionSummaryType;

  @Field(() => DistributionSummaryType, { description: 'Its distribution after learning from the pilots.' })
  posterior!: DistributionSummaryType;
}

@ObjectType('DerivedPosterior', {
  description: 'A quantity the pilots identify better than any one parameter, prior vs posterior.',
})
export class DerivedPosteriorType {
  @Field(() => CalibrationQuantity, { description: 'The quantity.' })
  quantity!: CalibrationQuantity;

  @Field(() => DistributionSummaryType, { description: 'Under the prior.' })
  prior!: DistributionSummaryType;

  @Field(() => DistributionSummaryType, { description: 'Under the posterior.' })
  posterior!: DistributionSummaryType;
}

@ObjectType('Calibration', {
  implements: NodeInterface,
  description:
    "What your programs' own results say about the model's parameters: a difference-in-differences of the treated " +
    'programs (from the start year of their first ACTIVE embedding) against comparison programs, and the posterior ' +
    'of the parameters given it. Saved as it came out: later actuals do not change it.',
})
export class CalibrationType extends NodeInterface {
  @Field({ description: 'Name.' })
  name!: string;

  @Field(() => CalibrationStatus, { description: 'OK, UNRELIABLE or INSUFFICIENT_DATA.' })
  status!: CalibrationStatus;

  @Field(() => Int, { description: 'Particles of the posterior sampler.' })
  draws!: number;

  @Field(() => Int, { description: 'Seed of the calibration: same data and seed give the same posterior.' })
  seed!: number;

  @Field(() => Float, { description: 'Effective sample size of the posterior sample (OK needs at least 400).' })
  effectiveSampleSize!: number;

  @Field(() => Float, {
    nullable: true,
    description: 'Pareto-smoothed importance sampling diagnostic k-hat; null when no reweighting was needed',
  })
  paretoK!: number | null;

  @Field(() => Int, { description: 'Metric observations of the programs in scope that it read.' })
  observationCount!: number;

  @Field({ description: 'SHA-256 of those observations: the same hash means the same actuals.' })
  observationHash!: string;

  @Field(() => Int, { description: 'Distinct program-years behind the estimates.' })
  programYearCount!: number;

  @Field(() => Int, { description: 'Programs in scope.' })
  programCount!: number;

  @Field(() => Int, { description: 'Version of the model it ran with.' })
  modelVersion!: number;

  @Field(() => DateTimeISOResolver, { description: 'When it ran.' })
  createdAt!: Date;
}

export const CalibrationConnection = Connection(CalibrationType, 'Calibration', 'calibration');

@ObjectType('CalibrateAssumptionsPayload', { description: 'The result of calibrateAssumptions.' })
export class CalibrateAssumptionsPayload {
  @Field(() => CalibrationType, { description: 'The saved calibration; its assumptionSet is set when status is OK.' })
  calibration!: CalibrationType;
}
