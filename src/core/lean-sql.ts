import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/core';
import type { AbstractSqlConnection } from '@mikro-orm/knex';

/**
 * Reads that need no unit of work (docs/PERFORMANCE.md): a fixed SQL text with `?` placeholders,
 * prepared once per database connection and reused, rows returned as plain objects with the
 * database's column names. The ORM's own path inlines every parameter into the SQL, so SQLite
 * prepares each statement again on every request and PostgreSQL never reuses a plan.
 *
 * Each statement is reported to the ORM's query logger like any other, so the locked statement
 * counts (test/integration/n-plus-one.test.ts) still see it. Inside a transaction the read goes
 * through the transaction's connection instead, where it sees the transaction's own writes.
 */

export type Row = Record<string, unknown>;
type Param = string | number | boolean | null;

interface SqliteStatement {
  all(...params: Param[]): Row[];
}
interface SqliteDatabase {
  prepare(sql: string): SqliteStatement;
}
interface PgClient {
  query(config: { name: string; text: string; values: Param[] }): Promise<{ rows: Row[] }>;
}

const sqliteStatements = new WeakMap<object, Map<string, SqliteStatement>>();
const pgTexts = new Map<string, { name: string; text: string }>();

const names = new Map<string, string>();
function statementName(text: string): string {
  let name = names.get(text);
  if (!name) names.set(text, (name = `lean_${createHash('sha1').update(text).digest('hex').slice(0, 16)}`));
  return name;
}

/** The same text in PostgreSQL's numbered placeholders, with a stable statement name. */
function pgText(sql: string): { name: string; text: string } {
  let found = pgTexts.get(sql);
  if (!found) {
    let n = 0;
    const text = sql.replace(/\?/g, () => `$${++n}`);
    found = { name: statementName(text), text };
    pgTexts.set(sql, found);
  }
  return found;
}

function sqliteStatement(db: SqliteDatabase, sql: string): SqliteStatement {
  let cache = sqliteStatements.get(db);
  if (!cache) sqliteStatements.set(db, (cache = new Map<string, SqliteStatement>()));
  let stmt = cache.get(sql);
  if (!stmt) cache.set(sql, (stmt = db.prepare(sql)));
  return stmt;
}

/** True when the ORM talks to SQLite (booleans come back as 0/1, dates as numbers). */
export function isSqlite(em: EntityManager): boolean {
  return em.getPlatform().constructor.name.toLowerCase().includes('sqlite');
}

/**
 * Runs one SELECT with `?` placeholders; see the module comment. With `native`, the text already
 * has the driver's own placeholders (what the ORM's query builder produces, `$1` for PostgreSQL).
 */
export async function selectRows(
  em: EntityManager,
  sql: string,
  params: Param[] = [],
  opts: { native?: boolean } = {},
): Promise<Row[]> {
  const connection = em.getConnection() as AbstractSqlConnection;
  if (em.isInTransaction()) {
    return connection.execute<Row[]>(sql, params, 'all', em.getTransactionContext());
  }
  const client = connection.getKnex().client as {
    acquireConnection(): Promise<unknown>;
    releaseConnection(c: unknown): Promise<void>;
  };
  const started = Date.now();
  // Driver errors become the ORM's exceptions (ConnectionException …), as on the ORM's own path.
  const raw = await client.acquireConnection().catch((err: Error) => {
    throw em.getDriver().convertException(err);
  });
  try {
    let rows: Row[];
    if (isSqlite(em)) {
      rows = sqliteStatement(raw as SqliteDatabase, sql).all(...params);
    } else {
      const text = opts.native ? { name: statementName(sql), text: sql } : pgText(sql);
      rows = (await (raw as PgClient).query({ ...text, values: params })).rows;
    }
    em.config.getLogger().logQuery({ query: sql, took: Date.now() - started, results: rows.length, level: 'info' });
    return rows;
  } catch (err) {
    throw em.getDriver().convertException(err as Error);
  } finally {
    await client.releaseConnection(raw);
  }
}

/** `?, ?, ?` for an IN list of n values (n ≥ 1). The texts differ by n, so a statement exists per list length. */
export function placeholders(n: number): string {
  return Array.from({ length: n }, () => '?').join(', ');
}
