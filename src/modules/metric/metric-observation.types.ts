import { Field, Float, Int, ObjectType } from 'type-graphql';
import { NodeInterface } from '../../core/node';
import { ObservedMetric } from '../common/enums';
import { Connection } from '../../core/connection';

@ObjectType('MetricObservation', {
  implements: NodeInterface,
  description: 'An actual value of a program metric in one academic year.',
})
export class MetricObservationType extends NodeInterface {
  @Field(() => Int, { description: 'Calendar year the academic year starts in (2024 = 2024/25).' })
  academicYear!: number;

  @Field(() => ObservedMetric, { description: 'Which metric.' })
  metric!: ObservedMetric;

  @Field(() => Float, { description: 'The value: a count, or a rate from 0 to 1.' })
  value!: number;

  @Field(() => Float, { nullable: true, description: 'For rates: the count of students meeting the definition.' })
  numerator!: number | null;

  @Field(() => Float, { nullable: true, description: 'For rates: the count of students it is out of.' })
  denominator!: number | null;
}

export const MetricObservationConnection = Connection(MetricObservationType, 'MetricObservation', 'metric observation');

@ObjectType({ description: 'The observations as stored.' })
export class RecordMetricsPayload {
  @Field(() => [MetricObservationType], { description: 'In the order given.' })
  observations!: MetricObservationType[];
}
