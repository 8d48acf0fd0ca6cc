import os from 'node:os';
import path from 'node:path';
import fs from 'node:fs';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import type { DatabaseConfig } from '../../src/config';

export type TargetName = 'sqlite' | 'postgresql';

/**
 * The databases the integration suite runs on: SQLite always; PostgreSQL when TEST_DATABASE_URL
 * is set. UPLIFT_REQUIRE_PG=1 (as in CI) turns a missing PostgreSQL into a failure.
 */
export function testTargets(): TargetName[] {
  if (process.env.UPLIFT_REQUIRE_PG === '1' && !process.env.TEST_DATABASE_URL) {
    throw new Error('UPLIFT_REQUIRE_PG=1 but TEST_DATABASE_URL is not set');
  }
  return process.env.TEST_DATABASE_URL ? ['sqlite', 'postgresql'] : ['sqlite'];
}

export interface TestDatabase {
  config: DatabaseConfig;
  drop(): Promise<void>;
}

/** A brand-new, empty database for one test file, so parallel runs can never collide. */
export async function createTestDatabase(target: TargetName): Promise<TestDatabase> {
  const tag = `${process.pid}_${randomBytes(4).toString('hex')}`;
  if (target === 'sqlite') {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'uplift-test-'));
    return {
      config: { kind: 'sqlite', url: path.join(dir, `t_${tag}.db`) },
      drop: async () => fs.rmSync(dir, { recursive: true, force: true }),
    };
  }
  const adminUrl = process.env.TEST_DATABASE_URL!;
  const name = `uplift_t_${tag}`;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`create database ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    config: { kind: 'postgresql', url: url.toString() },
    drop: async () => {
      const c = new Client({ connectionString: adminUrl });
      await c.connect();
      try {
        await c.query(`drop database if exists ${name} with (force)`);
      } finally {
        await c.end();
      }
    },
  };
}
