import { Collection, Entity, Enum, ManyToOne, OneToMany, Property, Opt } from '@mikro-orm/core';
import { VersionedEntity } from '../common/base.entity';
import { AssumptionSetKind, UpliftConversion } from '../common/enums';
import { Institution } from '../institution/institution.entity';
import type { Assumption } from './assumption.entity';

@Entity({ tableName: 'assumption_set' })
export class AssumptionSet extends VersionedEntity {
  @Property({ type: 'string', length: 200 })
  name!: string;

  @Property({ type: 'text', nullable: true })
  description?: string | null;

  /** null: a global set, readable by every institution. */
  @ManyToOne(() => Institution, { nullable: true, deleteRule: 'cascade' })
  institution?: Institution | null;

  @Enum({ items: () => UpliftConversion })
  conversion: UpliftConversion & Opt = UpliftConversion.ODDS;

  /** GLOBAL sets have no institution; CUSTOM and CALIBRATED ones belong to one. */
  @Enum({ items: () => AssumptionSetKind })
  kind: AssumptionSetKind & Opt = AssumptionSetKind.GLOBAL;

  /** The global default set built from the evidence. */
  @Property({ type: 'boolean' })
  isDefault: boolean & Opt = false;

  @OneToMany('Assumption', 'assumptionSet', { orphanRemoval: true })
  assumptions = new Collection<Assumption>(this);
}
