import { Entity, PrimaryKey, Property, Opt } from '@mikro-orm/core';

@Entity({ abstract: true })
export abstract class BaseEntity {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  // `type: Date` (not 'datetime'): MikroORM then compares by value, so SQLite's integer timestamps
  // do not look changed on every flush (which bumped the version of every loaded entity).
  @Property({ type: Date })
  createdAt: Date & Opt = new Date();

  @Property({ type: Date, onUpdate: () => new Date() })
  updatedAt: Date & Opt = new Date();
}

/** Mutable entities carry an optimistic-lock version, bumped on every update. */
@Entity({ abstract: true })
export abstract class VersionedEntity extends BaseEntity {
  @Property({ type: 'integer', version: true })
  version: number & Opt = 1;
}
