import { Entity, Enum, ManyToOne, Property, Unique } from '@mikro-orm/core';
import { BaseEntity } from '../common/base.entity';
import { StatisticKind } from '../common/enums';
import { EvidenceSource } from './evidence-source.entity';

@Entity({ tableName: 'evidence_statistic' })
export class EvidenceStatistic extends BaseEntity {
  @ManyToOne(() => EvidenceSource, { deleteRule: 'cascade' })
  source!: EvidenceSource;

  @Property({ type: 'string', length: 100 })
  @Unique()
  key!: string;

  @Property({ type: 'text' })
  description!: string;

  @Property({ type: 'string', length: 40 })
  population!: string;

  @Enum({ items: () => StatisticKind })
  kind!: StatisticKind;

  @Property({ type: 'double', runtimeType: 'number' })
  value!: number;

  @Property({ type: 'double', runtimeType: 'number', nullable: true })
  comparisonValue?: number | null;

  @Property({ type: 'integer', nullable: true })
  comparisonYear?: number | null;

  /** Qualifiers and disagreements between sources. */
  @Property({ type: 'text', nullable: true })
  note?: string | null;

  /** The sentence of the source the figure comes from. */
  @Property({ type: 'text', nullable: true })
  quote?: string | null;
}
