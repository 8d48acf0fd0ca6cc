import { Entity, Enum, Property, Unique, Opt } from '@mikro-orm/core';
import { VersionedEntity } from '../common/base.entity';
import { CreditUnit } from '../common/enums';

@Entity({ tableName: 'institution' })
export class Institution extends VersionedEntity {
  @Property({ type: 'string', length: 200 })
  name!: string;

  @Property({ type: 'string', length: 64 })
  @Unique()
  slug!: string;

  @Property({ type: 'string', length: 2 })
  country!: string;

  @Enum({ items: () => CreditUnit })
  creditUnit!: CreditUnit;

  @Property({ type: 'double', runtimeType: 'number' })
  ectsPerCreditHour: number & Opt = 2;

  @Property({ type: 'double', runtimeType: 'number' })
  maxEmbeddedCreditShare: number & Opt = 0.25;

  @Property({ type: 'string', length: 3 })
  currency!: string;
}
