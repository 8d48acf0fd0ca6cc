import { Entity, Enum, Index, ManyToOne, Property, Opt } from '@mikro-orm/core';
import { VersionedEntity } from '../common/base.entity';
import { CreditRecognition, CreditUnit } from '../common/enums';
import { Institution } from '../institution/institution.entity';

@Entity({ tableName: 'micro_credential' })
@Index({ properties: ['institution', 'title'] })
export class MicroCredential extends VersionedEntity {
  /** null: the shared catalog, readable by every institution. */
  @ManyToOne(() => Institution, { nullable: true, deleteRule: 'cascade' })
  institution?: Institution | null;

  @Property({ type: 'string', length: 300 })
  title!: string;

  @Property({ type: 'string', length: 200 })
  issuer!: string;

  @Property({ type: 'text', nullable: true })
  description?: string | null;

  @Property({ type: 'string', length: 2000, nullable: true })
  url?: string | null;

  @Property({ type: 'json' })
  skills: string[] & Opt = [];

  /** Lower-cased "|skill|skill|" so a skill filter is a portable LIKE on both databases. */
  @Property({ type: 'text' })
  skillsIndex: string & Opt = '|';

  @Property({ type: 'string', length: 100, nullable: true })
  category?: string | null;

  @Property({ type: 'string', length: 100, nullable: true })
  achievementType?: string | null;

  @Property({ type: 'double', runtimeType: 'number', nullable: true })
  creditValue?: number | null;

  @Enum({ items: () => CreditUnit, nullable: true })
  creditUnit?: CreditUnit | null;

  @Property({ type: 'double', runtimeType: 'number', nullable: true })
  learningHours?: number | null;

  @Property({ type: 'integer', nullable: true })
  eqfLevel?: number | null;

  @Enum({ items: () => CreditRecognition })
  creditRecognition!: CreditRecognition;

  /** Derived on every write: recognised for credit and carrying a credit value. */
  @Property({ type: 'boolean' })
  creditBearing: boolean & Opt = false;

  @Property({ type: 'double', runtimeType: 'number' })
  costPerLearner: number & Opt = 0;

  @Property({ type: 'double', runtimeType: 'number' })
  setupCost: number & Opt = 0;

  @Property({ type: 'string', length: 500, nullable: true })
  @Index()
  externalId?: string | null;
}
