import { Entity, Enum, ManyToOne, Property, Unique } from '@mikro-orm/core';
import { BaseEntity } from '../common/base.entity';
import { Role } from '../common/enums';
import { Institution } from '../institution/institution.entity';

@Entity({ tableName: 'api_key' })
export class ApiKey extends BaseEntity {
  @ManyToOne(() => Institution, { deleteRule: 'cascade' })
  institution!: Institution;

  @Property({ type: 'string', length: 200 })
  name!: string;

  @Enum({ items: () => Role })
  role!: Role;

  /** Public lookup part of the key; the secret part is only stored as a SHA-256 hash. */
  @Property({ type: 'string', length: 32 })
  @Unique()
  prefix!: string;

  @Property({ type: 'string', length: 64, hidden: true })
  secretHash!: string;

  @Property({ type: Date, nullable: true })
  revokedAt?: Date | null;
}
