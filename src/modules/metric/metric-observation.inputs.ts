import { ArgsType, Field, Float, ID, InputType, Int } from 'type-graphql';
import { ArrayMaxSize, IsInt, IsOptional, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { MAX_PAGE_SIZE } from '../../core/connection';
import { ObservedMetric } from '../common/enums';

export const MAX_METRICS_PER_BATCH = 1000;

@InputType({ description: 'One actual: a program, an academic year, a metric and its value.' })
export class MetricObservationInput {
  @Field(() => ID, { description: 'A program of your institution.' })
  programId!: string;

  @Field(() => Int, { description: 'Calendar year the academic year starts in, 1900–2200.' })
  @IsInt()
  @Min(1900)
  @Max(2200)
  academicYear!: number;

  @Field(() => ObservedMetric, { description: 'Which metric.' })
  metric!: ObservedMetric;

  @Field(() => Float, {
    description:
      'Counts: a whole number ≥ 0. Rates: from 0 to 1 (equal to numerator / denominator when those are given).',
  })
  @Min(0)
  @Max(100_000_000)
  value!: number;

  @Field(() => Float, { nullable: true, description: 'For rates: students meeting the definition.' })
  @IsOptional()
  @Min(0)
  @Max(100_000_000)
  numerator?: number;

  @Field(() => Float, { nullable: true, description: 'For rates: students it is out of (more than 0).' })
  @IsOptional()
  @Min(0)
  @Max(100_000_000)
  denominator?: number;
}

@InputType({
  description: `Actuals to record, all or nothing: 1 to ${MAX_METRICS_PER_BATCH} observations. An existing (program, year, metric) is replaced.`,
})
export class RecordMetricsInput {
  @Field(() => [MetricObservationInput], { description: 'The observations.' })
  @ArrayMaxSize(MAX_METRICS_PER_BATCH)
  @ValidateNested({ each: true })
  observations!: MetricObservationInput[];
}

@ArgsType()
export class ProgramMetricsArgs {
  @Field(() => ObservedMetric, { nullable: true, description: 'Only this metric.' })
  @IsOptional()
  metric?: ObservedMetric;

  @Field(() => Int, {
    nullable: true,
    description: `Observations from the start (oldest year first); default 20, at most ${MAX_PAGE_SIZE}.`,
  })
  @IsOptional()
  @Min(0)
  @Max(MAX_PAGE_SIZE, { message: `at most ${MAX_PAGE_SIZE} items can be requested per page` })
  first?: number;

  @Field(() => String, { nullable: true, description: 'Cursor after which the page starts.' })
  @IsOptional()
  @MaxLength(500)
  after?: string;
}
