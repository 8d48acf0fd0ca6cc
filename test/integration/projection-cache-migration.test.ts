import type { MikroORM } from '@mikro-orm/core';
import { afterEach, describe, expect, it } from '@jest/globals';
import { createTestDatabase, testTargets, type TestDatabase } from '../support/databases';
import { openOrm } from '../../src/db/orm';

/**
 * Migration20261208003652 (issue 20): rows stored before it become PREVIEW with their sizes, so what an unbounded
 * cache held is evicted like any preview (a saved scenario that reads its row first keeps it); eviction reads the
 * previews from its index alone.
 */
describe.each(testTargets())('projection_cache before bounded previews, on %s', (target) => {
  let db: TestDatabase | undefined;
  let orm: MikroORM | undefined;

  afterEach(async () => {
    await orm?.close(true);
    await db?.drop();
    orm = db = undefined;
  });

  it('marks the rows stored before as PREVIEW with their sizes in bytes', async () => {
    db = await createTestDatabase(target);
    orm = await openOrm(db.config);
    await orm.getMigrator().up({ to: 'Migration20261208000400' });
    const conn = orm.em.getConnection();
    const now = target === 'sqlite' ? Date.now() : new Date().toISOString();
    const result = JSON.stringify([{ year: 1, metric: 'NEW_ENROLLMENTS', note: 'café' }]);
    await conn.execute(`insert into "projection_cache" ("key", "result", "created_at") values (?, ?, ?)`, [
      'a'.repeat(64),
      result,
      now,
    ]);
    await orm.getMigrator().up();
    const rows = (await conn.execute(`select "key", "kind", "bytes" from "projection_cache"`)) as {
      kind: string;
      bytes: number | string;
    }[];
    expect(rows.map((r) => [r.kind, Number(r.bytes)])).toEqual([['PREVIEW', Buffer.byteLength(result)]]);

    if (target === 'sqlite') {
      // The eviction's scan of previews newest first reads the covering index, never the rows (and their results).
      const plan = (await conn.execute(
        `explain query plan select "key", "created_at", row_number() over newest as "n", sum("bytes") over newest as "total" ` +
          `from "projection_cache" where "kind" = 'PREVIEW' ` +
          `window newest as (order by "created_at" desc, "key" desc rows between unbounded preceding and current row)`,
      )) as { detail: string }[];
      expect(plan.map((p) => p.detail).join('\n')).toMatch(/USING COVERING INDEX projection_cache_eviction_index/);
    }
  });
});
