import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/core';
import type { AbstractSqlConnection } from '@mikro-orm/knex';

/**
 * Reads that need no unit of work (docs/PERFORMANCE.md): a fixed SQL text with `?` placeholders,
 * prepared once per database connection and reused, rows returned as arrays with the column names
 * once (selectTable) or as objects keyed by column name (selectRows). Values are always bound, never
 * part of the text, so the texts — and the statements kept — are as many as the queries' shapes. The ORM's own path inlines every parameter into the SQL, so SQLite
 * prepares each statement again on every request and PostgreSQL never reuses a plan.
 *
 * Each statement is reported to the ORM's query logger like any other, so the locked statement
 * counts (test/integration/n-plus-one.test.ts) still see it. Inside a transaction the read goes
 * through the transaction's connection instead, where it sees the transaction's own writes.
 */

export type Row = Record<string, unknown>;
type Param = string | number | boolean | null;

/** A result as the drivers give it cheapest: the column names once, each row an array in that order. */
export interface Table {
  columns: string[];
  rows: unknown[][];
}

interface SqliteStatement {
  all(...params: Param[]): unknown[][];
  raw(on: boolean): SqliteStatement;
  columns(): { name: string }[];
}
interface SqliteDatabase {
  prepare(sql: string): SqliteStatement;
}
interface PgClient {
  query(config: { name: string; text: string; values: Param[]; rowMode: 'array' }): Promise<{
    rows: unknown[][];
    fields: { name: string }[];
  }>;
}

interface Prepared {
  stmt: SqliteStatement;
  columns: string[];
}
const sqliteStatements = new WeakMap<object, Map<string, Prepared>>();
const STATEMENTS_KEPT = 1_000;
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

function sqliteStatement(db: SqliteDatabase, sql: string): Prepared {
  let cache = sqliteStatements.get(db);
  if (!cache) sqliteStatements.set(db, (cache = new Map<string, Prepared>()));
  let prepared = cache.get(sql);
  if (!prepared) {
    if (cache.size >= STATEMENTS_KEPT) cache.clear(); // a bound, should shapes ever multiply
    // Rows as arrays: better-sqlite3 then builds no object per row (about half the time on wide rows).
    const stmt = db.prepare(sql).raw(true);
    prepared = { stmt, columns: stmt.columns().map((c) => c.name) };
    cache.set(sql, prepared);
  }
  return prepared;
}

interface KnexClient {
  acquireConnection(): Promise<unknown>;
  releaseConnection(c: unknown): Promise<void>;
  pool?: {
    numUsed(): number;
    numPendingAcquires(): number;
    free: { resource: unknown }[];
  };
}

/**
 * SQLite's one connection, when nobody holds it. better-sqlite3 runs a statement synchronously, so
 * while the pool shows it free and nobody waiting, no transaction is open on it and nothing can take
 * it before the statement ends: the read needs no checkout. Checking it out costs a pending operation
 * with a timer in tarn, more than the statement itself on small reads (docs/PERFORMANCE.md). Held
 * (a transaction is open), the read waits for it through the pool as before.
 */
function idleSqlite(client: KnexClient): SqliteDatabase | null {
  const pool = client.pool;
  if (!pool || pool.numUsed() !== 0 || pool.numPendingAcquires() !== 0 || pool.free.length !== 1) return null;
  return pool.free[0].resource as SqliteDatabase;
}

function runSqlite(db: SqliteDatabase, sql: string, params: Param[]): Table {
  const { stmt, columns } = sqliteStatement(db, sql);
  return { columns, rows: stmt.all(...params) };
}

function logged(em: EntityManager, sql: string, started: number, table: Table): Table {
  em.config.getLogger().logQuery({ query: sql, took: Date.now() - started, results: table.rows.length, level: 'info' });
  return table;
}

/** True when the ORM talks to SQLite (booleans come back as 0/1, dates as numbers). */
export function isSqlite(em: EntityManager): boolean {
  return em.getPlatform().constructor.name.toLowerCase().includes('sqlite');
}

/**
 * Runs one SELECT with `?` placeholders; see the module comment. With `native`, the text already
 * has the driver's own placeholders (what the ORM's query builder produces, `$1` for PostgreSQL).
 */
export async function selectTable(
  em: EntityManager,
  sql: string,
  params: Param[] = [],
  opts: { native?: boolean } = {},
): Promise<Table> {
  const connection = em.getConnection() as AbstractSqlConnection;
  if (em.isInTransaction()) {
    const text = opts.native && !isSqlite(em) ? sql.replace(/\$\d+/g, '?') : sql;
    const objects = await connection.execute<Row[]>(text, params, 'all', em.getTransactionContext());
    const columns = objects.length ? Object.keys(objects[0]) : [];
    return { columns, rows: objects.map((o) => columns.map((c) => o[c])) };
  }
  const client = connection.getKnex().client as KnexClient;
  const started = Date.now();
  const sqlite = isSqlite(em);
  if (sqlite) {
    const idle = idleSqlite(client);
    if (idle) {
      try {
        return logged(em, sql, started, runSqlite(idle, sql, params));
      } catch (err) {
        throw em.getDriver().convertException(err as Error);
      }
    }
  }
  // Driver errors become the ORM's exceptions (ConnectionException …), as on the ORM's own path.
  let raw: unknown;
  try {
    raw = await client.acquireConnection();
  } catch (err) {
    throw em.getDriver().convertException(err as Error);
  }
  try {
    if (sqlite) return logged(em, sql, started, runSqlite(raw as SqliteDatabase, sql, params));
    const text = opts.native ? { name: statementName(sql), text: sql } : pgText(sql);
    const result = await (raw as PgClient).query({ ...text, values: params, rowMode: 'array' });
    return logged(em, sql, started, { columns: result.fields.map((f) => f.name), rows: result.rows });
  } catch (err) {
    throw em.getDriver().convertException(err as Error);
  } finally {
    // knex gives the connection back at once (its promise only reports that); not awaited, one tick less.
    void client.releaseConnection(raw);
  }
}

/** The same, each row an object keyed by column name (for a few rows: building objects costs). */
export async function selectRows(
  em: EntityManager,
  sql: string,
  params: Param[] = [],
  opts: { native?: boolean } = {},
): Promise<Row[]> {
  const { columns, rows } = await selectTable(em, sql, params, opts);
  return rows.map((values) => {
    const row: Row = {};
    columns.forEach((c, i) => (row[c] = values[i]));
    return row;
  });
}

/** `?, ?, ?` for an IN list of n values (n ≥ 1). The texts differ by n, so a statement exists per list length. */
export function placeholders(n: number): string {
  const list = () => Array.from({ length: n }, () => '?').join(', ');
  return n > 1_000 ? list() : (placeholderLists[n] ??= list()); // kept for the batch sizes seen
}
const placeholderLists: string[] = [];
