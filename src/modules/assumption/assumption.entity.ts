import { Collection, Entity, Enum, ManyToMany, ManyToOne, Property, Unique, Opt } from '@mikro-orm/core';
import { BaseEntity } from '../common/base.entity';
import { Distribution, ModelParameter } from '../common/enums';
import { EvidenceStatistic } from '../evidence/evidence-statistic.entity';
import { AssumptionSet } from './assumption-set.entity';

@Entity({ tableName: 'assumption' })
@Unique({ properties: ['assumptionSet', 'parameter'] })
export class Assumption extends BaseEntity {
  @ManyToOne(() => AssumptionSet, { deleteRule: 'cascade' })
  assumptionSet!: AssumptionSet;

  @Enum({ items: () => ModelParameter })
  parameter!: ModelParameter;

  @Property({ type: 'double', runtimeType: 'number' })
  low!: number;

  @Property({ type: 'double', runtimeType: 'number' })
  mode!: number;

  @Property({ type: 'double', runtimeType: 'number' })
  high!: number;

  @Enum({ items: () => Distribution })
  distribution: Distribution & Opt = Distribution.PERT;

  /** Probability that the parameter is exactly 0, beside the distribution (docs/MODEL.md §3); 0 for none. */
  @Property({ type: 'double', runtimeType: 'number' })
  zeroMass: number & Opt = 0;

  @Property({ type: 'text', nullable: true })
  rationale?: string | null;

  @ManyToMany(() => EvidenceStatistic, undefined, { pivotTable: 'assumption_evidence', owner: true })
  evidence = new Collection<EvidenceStatistic>(this);
}
