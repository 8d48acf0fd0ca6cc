/**
 * The shared projection cache's rows (issue 20, SECURITY.md "Availability under hostile load"): a saved scenario's
 * projection is SAVED and kept; a preview's is a PREVIEW, kept within a row cap, a byte budget and an expiry
 * (projection-cache.limits.ts). SQL both dialects share, in bounded statements.
 */
import { DeadlockException, LockWaitTimeoutException, type EntityManager, type QueryResult } from '@mikro-orm/core';
import type { AbstractSqlConnection } from '@mikro-orm/knex';
import { previewCacheLimits, type PreviewCacheLimits } from './projection-cache.limits';
import { ProjectionCacheKind } from './scenario.entity';

/** Whether a stored preview is past its time (UPLIFT_PREVIEW_CACHE_TTL). */
export function expired(createdAt: Date): boolean {
  return Date.now() - createdAt.getTime() >= previewCacheLimits().ttlSeconds * 1000;
}

const TABLE = '"projection_cache"';

/** One statement of the SQL both dialects share (double-quoted names, `on conflict`, window functions). */
async function run(em: EntityManager, sql: string, params: unknown[]): Promise<QueryResult> {
  return (em.getConnection() as AbstractSqlConnection).execute<QueryResult>(sql, params, 'run');
}

/**
 * Stores a computed projection in one statement, whichever instance stored it first (the result is identical by
 * construction). SAVED makes an existing row SAVED; PREVIEW renews an existing preview's time and leaves a SAVED
 * row alone, then evicts what previews exceed. A preview over the limits is not stored (null).
 */
export async function store(
  em: EntityManager,
  key: string,
  result: string,
  kind: ProjectionCacheKind,
): Promise<ProjectionCacheKind | null> {
  const bytes = Buffer.byteLength(result);
  const limits = previewCacheLimits();
  const preview = kind === ProjectionCacheKind.PREVIEW;
  if (preview && (limits.rows === 0 || limits.ttlSeconds === 0 || bytes > limits.bytes)) return null;
  const onConflict = preview
    ? `do update set "created_at" = excluded."created_at" where ${TABLE}."kind" = 'PREVIEW'`
    : `do update set "kind" = 'SAVED'`;
  await run(
    em,
    `insert into ${TABLE} ("key", "result", "created_at", "kind", "bytes") values (?, ?, ?, ?, ?) on conflict ("key") ${onConflict}`,
    [key, result, em.getPlatform().processDateProperty(new Date()), kind, bytes],
  );
  if (preview) await evictPreviews(em, limits);
  return kind;
}

/** Makes a stored preview a saved scenario's; stores it again if it was evicted in the meantime. */
export async function keepSaved(em: EntityManager, key: string, result: string): Promise<void> {
  const res = await run(em, `update ${TABLE} set "kind" = 'SAVED' where "key" = ?`, [key]);
  if (res.affectedRows === 0) await store(em, key, result, ProjectionCacheKind.SAVED);
}

/** Rows one eviction statement deletes at most, and statements one store runs at most. */
const EVICT_BATCH = 100;
const EVICT_ROUNDS = 5;

/**
 * Deletes the previews beyond the newest `rows`, beyond `bytes` counted from the newest, or older than the TTL, in
 * statements of at most EVICT_BATCH rows. It reads the previews' keys, times and sizes from
 * projection_cache_eviction_index alone. Every instance evicts after each preview it stores, so with several
 * instances on one database the previews exceed the limits at most by those being stored at that moment; a statement
 * that meets another instance's eviction (a deadlock or a busy database) gives way to it.
 */
async function evictPreviews(em: EntityManager, limits: PreviewCacheLimits): Promise<void> {
  const cutoff = em.getPlatform().processDateProperty(new Date(Date.now() - limits.ttlSeconds * 1000));
  const sql =
    `delete from ${TABLE} where "key" in (select "key" from (` +
    `select "key", "created_at", row_number() over newest as "n", sum("bytes") over newest as "total" ` +
    `from ${TABLE} where "kind" = 'PREVIEW' ` +
    `window newest as (order by "created_at" desc, "key" desc rows between unbounded preceding and current row)` +
    `) as "ranked" where "n" > ? or "total" > ? or "created_at" < ? limit ?)`;
  for (let round = 0; round < EVICT_ROUNDS; round++) {
    let deleted: number;
    try {
      deleted = (await run(em, sql, [limits.rows, limits.bytes, cutoff, EVICT_BATCH])).affectedRows;
    } catch (err) {
      if (err instanceof DeadlockException || err instanceof LockWaitTimeoutException) return;
      throw err;
    }
    if (deleted < EVICT_BATCH) return;
  }
}
