import { Collection, Entity, OneToMany, Property, Unique } from '@mikro-orm/core';
import { BaseEntity } from '../common/base.entity';
import type { EvidenceStatistic } from './evidence-statistic.entity';

@Entity({ tableName: 'evidence_source' })
export class EvidenceSource extends BaseEntity {
  /** Stable seed key, so re-seeding never duplicates. */
  @Property({ type: 'string', length: 100 })
  @Unique()
  key!: string;

  @Property({ type: 'string', length: 300 })
  title!: string;

  @Property({ type: 'string', length: 200 })
  publisher!: string;

  @Property({ type: 'integer' })
  year!: number;

  @Property({ type: 'string', length: 2000, nullable: true })
  url?: string | null;

  @Property({ type: 'text' })
  methodology!: string;

  @Property({ type: 'text', nullable: true })
  notes?: string | null;

  @OneToMany('EvidenceStatistic', 'source')
  statistics = new Collection<EvidenceStatistic>(this);
}
