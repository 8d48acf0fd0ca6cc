import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { DatabaseConfig } from '../config';
import { openOrm } from './orm';

/**
 * Developer tool: diffs the entities against a database migrated to the latest committed
 * migration and writes the next migration for both dialects. Registering it in the dialect's
 * index.ts stays a reviewed, manual step.
 */
export async function makeMigrations(pgUrl: string | undefined): Promise<void> {
  const targets: DatabaseConfig[] = [
    { kind: 'sqlite', url: path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'uplift-mig-')), 'm.db') },
  ];
  if (pgUrl) targets.push({ kind: 'postgresql', url: pgUrl });
  for (const db of targets) {
    const orm = await openOrm(db);
    try {
      const migrator = orm.getMigrator();
      await migrator.up();
      const dir = path.resolve('src/db/migrations', db.kind);
      const result = await migrator.createMigration(dir, false, false);
      console.log(`${db.kind}: ${result.fileName || 'no changes'}`);
    } finally {
      await orm.close(true);
    }
  }
}
