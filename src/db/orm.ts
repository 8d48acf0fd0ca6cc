import { MikroORM } from '@mikro-orm/core';
import type { DatabaseConfig } from '../config';
import { ormConfig, type OrmOptions } from './mikro-orm.config';

export async function openOrm(db: DatabaseConfig, opts: OrmOptions = {}): Promise<MikroORM> {
  const orm = await MikroORM.init(ormConfig(db, opts));
  if (db.kind === 'sqlite') {
    // WAL lets readers proceed during a write; foreign keys are off by default in SQLite.
    const conn = orm.em.getConnection();
    if (db.url !== ':memory:') await conn.execute('pragma journal_mode = wal');
    await conn.execute('pragma foreign_keys = on');
    await conn.execute('pragma busy_timeout = 5000');
  }
  return orm;
}

export async function migrate(orm: MikroORM): Promise<string[]> {
  const applied = await orm.getMigrator().up();
  return applied.map((m) => m.name);
}
