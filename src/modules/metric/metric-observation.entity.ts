import { Entity, Enum, ManyToOne, Property, Unique } from '@mikro-orm/core';
import { BaseEntity } from '../common/base.entity';
import { ObservedMetric } from '../common/enums';
import { DegreeProgram } from '../program/degree-program.entity';

@Entity({ tableName: 'metric_observation' })
@Unique({ properties: ['program', 'academicYear', 'metric'] })
export class MetricObservation extends BaseEntity {
  @ManyToOne(() => DegreeProgram, { deleteRule: 'cascade' })
  program!: DegreeProgram;

  /** The calendar year the academic year starts in (2024 = 2024/25). */
  @Property({ type: 'integer' })
  academicYear!: number;

  @Enum({ items: () => ObservedMetric })
  metric!: ObservedMetric;

  @Property({ type: 'double', runtimeType: 'number' })
  value!: number;

  @Property({ type: 'double', runtimeType: 'number', nullable: true })
  numerator?: number | null;

  @Property({ type: 'double', runtimeType: 'number', nullable: true })
  denominator?: number | null;
}
