import fs from 'node:fs';
import path from 'node:path';
import { defineConfig as defineSqlite } from '@mikro-orm/better-sqlite';
import { defineConfig as definePostgres } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import type { Options } from '@mikro-orm/core';
import type { DatabaseConfig } from '../config';
import { entities } from './entities';
import { sqliteMigrations } from './migrations/sqlite';
import { postgresMigrations } from './migrations/postgresql';

export interface OrmOptions {
  /** Receives every SQL statement; tests count them to catch N+1 queries. */
  onQuery?: (sql: string) => void;
  /** Receives the query builder's own warnings (e.g. a dropped connection), which it would print raw. */
  onDriverWarning?: (message: string) => void;
}

/** The same entities and migrations run on both databases; only the driver differs. */
export function ormConfig(db: DatabaseConfig, opts: OrmOptions = {}): Options {
  const common = {
    entities,
    extensions: [Migrator],
    discovery: { disableDynamicFileAccess: true, requireEntitiesArray: true },
    allowGlobalContext: false,
    forceUtcTimezone: true,
    debug: opts.onQuery ? ['query' as const] : false,
    logger: opts.onQuery ?? (() => undefined),
    // Schema changes only ever come from committed migrations.
    ensureDatabase: false,
  };
  const warn = (message: unknown) => opts.onDriverWarning?.(String(message));
  const knexLog = { warn, error: warn, deprecate: warn, debug: () => undefined };
  if (db.kind === 'sqlite') {
    if (db.url !== ':memory:') fs.mkdirSync(path.dirname(db.url), { recursive: true });
    return defineSqlite({
      ...common,
      dbName: db.url,
      driverOptions: { log: knexLog },
      migrations: {
        migrationsList: sqliteMigrations,
        transactional: true,
        snapshot: false,
        path: 'src/db/migrations/sqlite',
        pathTs: 'src/db/migrations/sqlite',
      },
    });
  }
  return definePostgres({
    ...common,
    clientUrl: db.url,
    // Fail fast, never hang, when PostgreSQL is unreachable: a connection attempt gives up after 5 s,
    // a request waits at most 10 s for a pooled connection, and a query gets no answer for 30 s only
    // when the network is gone (pg's client-side timeout; statement_timeout cannot fire then).
    pool: { acquireTimeoutMillis: 10_000 },
    driverOptions: { connection: { connectionTimeoutMillis: 5_000, query_timeout: 30_000 }, log: knexLog },
    migrations: {
      migrationsList: postgresMigrations,
      transactional: true,
      snapshot: false,
      path: 'src/db/migrations/postgresql',
      pathTs: 'src/db/migrations/postgresql',
    },
  });
}
