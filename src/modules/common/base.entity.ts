import { Entity, PrimaryKey, Property, Opt } from '@mikro-orm/core';

@Entity({ abstract: true })
export abstract class BaseEntity {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Property({ type: 'datetime' })
  createdAt: Date & Opt = new Date();

  @Property({ type: 'datetime', onUpdate: () => new Date() })
  updatedAt: Date & Opt = new Date();
}

/** Mutable entities carry an optimistic-lock version, bumped on every update. */
@Entity({ abstract: true })
export abstract class VersionedEntity extends BaseEntity {
  @Property({ type: 'integer', version: true })
  version: number & Opt = 1;
}
