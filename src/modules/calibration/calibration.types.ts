import { Field, Float, Int, ObjectType } from 'type-graphql';
import { DateTimeISOResolver } from 'graphql-scalars';
import { Connection } from '../../core/connection';
import { NodeInterface } from '../../core/node';
import { ModelParameter } from '../common/enums';
import { DistributionSummaryType } from '../optimizer/optimizer.types';
import { CalibrationOutcome, CalibrationQuantity, CalibrationStatus, StandardErrorMethod } from './calibration.enums';

@ObjectType('EventStudyCoefficient', {
  description:
    "One year of a local estimate's event study: the treated programs' departure from their comparisons that many " +
    'years before (leads) or after (lags) their start, on the log-odds scale.',
})
export class EventStudyCoefficientType {
  @Field(() => Int, {
    description:
      'Years since the start (0 = the start year). Leads (−2 and earlier) are relative to the year before the start ' +
      '(−1, the reference, listed at 0); the earliest lead bins all earlier years, the last lag all later ones.',
  })
  relativeYear!: number;

  @Field(() => Float, {
    description:
      'The coefficient (log-odds). A lag is the precision-weighted mean effect of the treated program-years that many ' +
      "years after the start; a lead is the adopters' departure from their comparisons before the start, which " +
      'should be near 0 if they would have trended alike.',
  })
  estimate!: number;

  @Field(() => Float, {
    description: 'Its standard error, clustered by program (0 for the reference year).',
  })
  standardError!: number;

  @Field(() => Float, { description: 'Lower end of its 95% confidence interval.' })
  lower95!: number;

  @Field(() => Float, { description: 'Upper end of its 95% confidence interval.' })
  upper95!: number;

  @Field(() => Float, {
    nullable: true,
    description: "Degrees of freedom of the Student's t behind the interval; null: normal quantiles, or the reference.",
  })
  degreesOfFreedom!: number | null;

  @Field(() => Int, { description: 'Treated programs with data at this relative year (or in its bin).' })
  programs!: number;
}

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
    description:
      'Standard error of logOddsLift, clustered by program (standardErrorMethod): it covers binomial noise, ' +
      "year-to-year shocks that persist within a program, and the programs' own effects differing. Calibrations " +
      'made before it was clustered treated program-years as independent.',
  })
  standardError!: number;

  @Field(() => Float, {
    description: "Lower end of the 95% confidence interval of logOddsLift (Student's t on degreesOfFreedom).",
  })
  lower95!: number;

  @Field(() => Float, {
    description: "Upper end of the 95% confidence interval of logOddsLift (Student's t on degreesOfFreedom).",
  })
  upper95!: number;

  @Field(() => StandardErrorMethod, {
    nullable: true,
    description:
      'How standardError was computed; null for a calibration made before clustering (it assumed independent ' +
      'program-years, and its interval is likely too narrow).',
  })
  standardErrorMethod!: StandardErrorMethod | null;

  @Field(() => Float, {
    nullable: true,
    description:
      "Degrees of freedom of the Student's t behind lower95/upper95 and the likelihood; null: normal quantiles (or a " +
      'calibration made before clustering).',
  })
  degreesOfFreedom!: number | null;

  @Field(() => Float, {
    nullable: true,
    description:
      'The standard error as if program-years were independent (binomial noise and year-to-year variation only), for ' +
      'comparison with the clustered one; null for a calibration made before clustering.',
  })
  independentStandardError!: number | null;

  @Field(() => [EventStudyCoefficientType], {
    nullable: true,
    description:
      'The event study behind the estimate, ascending by relativeYear: leads (−2 and earlier, against the year ' +
      'before the start), the reference −1 at 0, and lags (0 = the start year onwards), each with its clustered ' +
      'standard error. A relative year needs at least two treated programs. Null for a calibration made before event ' +
      'studies.',
  })
  eventStudy!: EventStudyCoefficientType[] | null;

  @Field(() => Float, {
    nullable: true,
    description:
      'p-value of the pre-trend test on the leads (the joint test that every lead is 0, and the test of a steady ' +
      'drift before the start, combined by weighted Bonferroni): small means the treated programs were already ' +
      'moving away from their comparisons before they started (PRETREND). Null without two pre-years that each have ' +
      'two treated programs, or for a calibration made before event studies.',
  })
  pretrendPValue!: number | null;

  @Field(() => Float, {
    nullable: true,
    description:
      "Two-sided prior predictive p-value of logOddsLift: how surprising this data-only estimate was under the prior's " +
      'predicted lifts, each with its sampling error (PRIOR_DATA_CONFLICT below 0.01). Null for a calibration made ' +
      'before it was reported.',
  })
  priorPredictivePValue!: number | null;

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

  @Field(() => ModelParameter, {
    description: 'The model parameter this outcome measures (ENROLLMENT_RATE → ENROLLMENT_EFFECT, and so on).',
  })
  effect!: ModelParameter;

  @Field(() => Float, {
    description:
      'posterior probability that the realised effect on this outcome is above zero. For a calibration made before ' +
      "model v2 (no sample of the effect kept), a normal approximation from predictedByPosterior's P10–P90.",
  })
  probabilityPositive!: number;

  @Field(() => Float, {
    description:
      "posterior probability that there is no effect at all on this outcome (the prior's point mass at zero, " +
      'updated); 0 for a calibration made before model v2, whose priors could not say "no effect".',
  })
  probabilityNoEffect!: number;

  @Field(() => Float, {
    nullable: true,
    description: 'The same probability of an effect above zero under the prior; null before model v2.',
  })
  priorProbabilityPositive!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'The same probability of no effect at all under the prior; null before model v2.',
  })
  priorProbabilityNoEffect!: number | null;
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
