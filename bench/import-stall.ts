/**
 * `node dist/bench/import-stall.js` (after `npx tsc -p tsconfig.build.json`) — prints figures, asserts nothing.
 *
 * How long a large import holds the main thread (issue 20): the real server in this process (production
 * settings, demo data, rate limiting off, the cost limit raised so the imports are not refused), 1,000
 * programs imported, then 30,000 metric rows through importMetrics over HTTP — accepted (new rows each
 * run) and all rejected (every value unreadable) — BENCH_RUNS times each (default 3). While each import
 * runs, this process measures its own event loop: the longest delay (perf_hooks monitorEventLoopDelay, 1 ms
 * resolution), the total time in stalls over 20 ms (a 1 ms interval timer's gaps), and a client asking
 * `{ __typename }` (no key, so no database) back to back: its longest wait and how often it was answered.
 * SQLite on a temporary file; PostgreSQL on a temporary database at BENCH_PG_URL unless BENCH_PG=off.
 */
import 'reflect-metadata';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import type { AppConfig, DatabaseConfig } from '../src/config';
import { startServer } from '../src/app/server';
import { DEFAULT_LIMITS } from '../src/app/limits';
import { DEFAULT_RATE_LIMIT } from '../src/app/rate-limit';
import { createLogger } from '../src/core/logger';

const PG_URL = process.env.BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const RUNS = Number(process.env.BENCH_RUNS) || 3;
const PROGRAMS = 1000;
const METRICS = ['PROSPECTS', 'NEW_ENROLLMENTS', 'ENGAGEMENT_RATE', 'RETENTION_RATE', 'COMPLETIONS'];
const ADMIN_KEY = 'bench-admin-key-0123456789abcdef';
const code = (i: number) => `S${String(i).padStart(4, '0')}`;

function programsCsv(): string {
  const lines = [
    'code,title,level,modality,total_credits,duration_years,tuition_per_credit,annual_prospects,annual_new_enrollments,engagement_rate,retention_rate',
  ];
  for (let i = 1; i <= PROGRAMS; i++) lines.push(`${code(i)},Program ${i},BACHELOR,ONLINE,120,4,400,1000,150,0.6,0.8`);
  return `${lines.join('\n')}\n`;
}

/** 30,000 rows: 1,000 programs × 6 years from `firstYear` × 5 metrics. */
function metricsCsv(firstYear: number, bad: boolean): string {
  const lines = ['program_code,academic_year,metric,value'];
  for (let i = 1; i <= PROGRAMS; i++) {
    for (let y = firstYear; y < firstYear + 6; y++) {
      for (const m of METRICS) {
        const value = bad ? 'n/a' : m.endsWith('_RATE') ? '0.7' : m === 'PROSPECTS' ? '800' : '100';
        lines.push(`${code(i)},${y},${m},${value}`);
      }
    }
  }
  return `${lines.join('\n')}\n`;
}

interface Target {
  name: string;
  config: DatabaseConfig;
  drop(): Promise<void>;
}

async function pgTarget(): Promise<Target | string> {
  const name = `uplift_bench_${process.pid}_${randomBytes(4).toString('hex')}`;
  const admin = new Client({ connectionString: PG_URL, connectionTimeoutMillis: 5_000 });
  try {
    await admin.connect();
    await admin.query(`create database ${name}`);
  } catch (err) {
    return `PostgreSQL skipped: ${(err as Error).message}`;
  } finally {
    await admin.end().catch(() => undefined);
  }
  const url = new URL(PG_URL);
  url.pathname = `/${name}`;
  return {
    name: 'PostgreSQL (temporary database)',
    config: { kind: 'postgresql', url: url.toString() },
    drop: async () => {
      const c = new Client({ connectionString: PG_URL });
      await c.connect();
      try {
        await c.query(`drop database if exists ${name} with (force)`);
      } finally {
        await c.end();
      }
    },
  };
}

interface Figures {
  ms: number;
  maxDelay: number;
  stalled: number;
  longestWait: number;
  answered: number;
  result: string;
}

async function benchOne(target: Target): Promise<void> {
  const config: AppConfig = {
    port: 0,
    database: target.config,
    adminKey: ADMIN_KEY,
    demo: true,
    production: true,
    logLevel: 'silent',
    introspection: 'key',
    limits: { ...DEFAULT_LIMITS, maxCost: 1_000_000_000 },
    rateLimit: { ...DEFAULT_RATE_LIMIT, enabled: false, redisUrl: null },
  };
  const server = await startServer(config, { logger: createLogger('silent') });
  const url = server.url.replace('localhost', '127.0.0.1');
  const key = server.demoKeys!.planner;
  const post = async (query: string, variables: Record<string, unknown>, auth: string | null) => {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(auth ? { authorization: `Bearer ${auth}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return (await res.json()) as { data?: Record<string, { report: Record<string, number> }>; errors?: unknown[] };
  };
  const IMPORT = (field: string) =>
    `mutation($input: ImportInput!) { ${field}(input: $input) { report { created updated unchanged rejected } } }`;
  const run = async (field: string, document: string): Promise<Figures> => {
    for (let i = 0; i < 5; i++) await post('{ __typename }', {}, null);
    const h = monitorEventLoopDelay({ resolution: 1 });
    let last = performance.now();
    let stalled = 0;
    const tick = setInterval(() => {
      const now = performance.now();
      if (now - last > 20) stalled += now - last;
      last = now;
    }, 1);
    h.enable();
    const start = performance.now();
    let done = false;
    const importing = post(IMPORT(field), { input: { document, format: 'CSV' } }, key).finally(() => (done = true));
    let longestWait = 0;
    let answered = 0;
    while (!done) {
      const asked = performance.now();
      await post('{ __typename }', {}, null);
      longestWait = Math.max(longestWait, performance.now() - asked);
      answered++;
    }
    const res = await importing;
    const ms = performance.now() - start;
    h.disable();
    clearInterval(tick);
    const r = res.data?.[field]?.report;
    const result = r
      ? `created ${r.created}, rejected ${r.rejected}`
      : `error ${JSON.stringify(res.errors).slice(0, 200)}`;
    return { ms, maxDelay: h.max / 1e6, stalled, longestWait, answered, result };
  };
  try {
    console.log(`\n${target.name}`);
    const programs = await run('importPrograms', programsCsv());
    console.log(`  1,000 programs: ${programs.ms.toFixed(0)} ms (${programs.result})`);
    const line = (label: string, f: Figures) =>
      console.log(
        `  ${label.padEnd(22)} import ${f.ms.toFixed(0).padStart(5)} ms | max event-loop delay ${f.maxDelay.toFixed(0).padStart(5)} ms | ` +
          `stalls >20 ms total ${f.stalled.toFixed(0).padStart(5)} ms | {__typename} longest wait ${f.longestWait.toFixed(0).padStart(5)} ms, ` +
          `answered ${String(f.answered).padStart(4)}× | ${f.result}`,
      );
    for (let r = 0; r < RUNS; r++)
      line(`30,000 rows accepted #${r + 1}`, await run('importMetrics', metricsCsv(2000 + 6 * r, false)));
    for (let r = 0; r < RUNS; r++)
      line(`30,000 rows rejected #${r + 1}`, await run('importMetrics', metricsCsv(2000, true)));
  } finally {
    await server.close();
    await target.drop();
  }
}

async function main(): Promise<void> {
  const cpus = os.cpus();
  console.log(
    `Uplift import-stall — ${cpus.length} CPU(s) (${cpus[0]?.model.trim() ?? 'unknown'}), node ${process.version}; ` +
      `server and client in this process, production settings, rate limiting off, ${RUNS} runs each`,
  );
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'uplift-bench-stall-'));
  const targets: Target[] = [
    {
      name: 'SQLite (temporary file)',
      config: { kind: 'sqlite', url: path.join(dir, 'bench.db') },
      drop: async () => fs.rmSync(dir, { recursive: true, force: true }),
    },
  ];
  if (process.env.BENCH_PG !== 'off') {
    const pg = await pgTarget();
    if (typeof pg === 'string') console.log(pg);
    else targets.push(pg);
  }
  for (const t of targets) await benchOne(t);
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    console.error(err);
    process.exit(1);
  },
);
