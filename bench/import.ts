/**
 * `npm run bench:import` — prints figures, asserts nothing.
 *
 * Generates a 20,000-program CSV and a 200,000-row metrics CSV (20,000 programs × 2 academic
 * years × 5 metrics) in a temporary directory, then imports them through the same service the API
 * and the CLI use (stream-parsed, validated and written in batches of 1,000, one transaction per
 * import), on a fresh SQLite file and, when reachable, on a fresh PostgreSQL database
 * (BENCH_PG_URL, default postgres://postgres@127.0.0.1:5432/postgres; the bench creates and drops
 * its own database). A smaller metrics file (20,000 rows) and a re-import of the large one (every
 * row unchanged) show that memory does not grow with the file and what the update path costs.
 *
 * Each import runs in its own child process (node --expose-gc), so its peak RSS
 * (process.resourceUsage().maxRSS) belongs to that import alone; "base RSS" is the child's RSS after
 * opening the database, before reading the file; "live heap" is the largest V8 heap left after a
 * forced full GC, taken every 25,000 rows: what the import really holds, garbage excluded. Rows per
 * second is data rows / wall time of the import call (process.hrtime.bigint), including parsing,
 * validation, the writes and the commit (and the few forced GCs).
 */
import 'reflect-metadata';
import { fork } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import type { DatabaseConfig } from '../src/config';
import { migrate, openOrm } from '../src/db/orm';
import { CreditUnit } from '../src/modules/common/enums';
import { Institution } from '../src/modules/institution/institution.entity';
import { importMetricsCsv, importProgramsCsv } from '../src/modules/import/import.service';

const PROGRAMS = 20_000;
const YEARS = [2023, 2024];
const METRICS = ['PROSPECTS', 'NEW_ENROLLMENTS', 'ENGAGEMENT_RATE', 'RETENTION_RATE', 'COMPLETIONS'];
const PG_URL = process.env.BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const SLUG = 'bench-university';

interface ChildResult {
  rows: number;
  seconds: number;
  baseRssMb: number;
  peakRssMb: number;
  liveHeapMb: number;
  created: number;
  updated: number;
  unchanged: number;
  rejected: number;
}

const code = (i: number) => `P${String(i).padStart(5, '0')}`;

async function writeLines(
  file: string,
  header: string,
  lines: (write: (line: string) => Promise<void>) => Promise<void>,
): Promise<void> {
  const out = fs.createWriteStream(file);
  const write = (line: string) =>
    new Promise<void>((resolve) => {
      if (out.write(line + '\n')) resolve();
      else out.once('drain', resolve);
    });
  await write(header);
  await lines(write);
  await new Promise<void>((resolve, reject) => out.end((err?: Error | null) => (err ? reject(err) : resolve())));
}

async function generate(dir: string): Promise<{ programs: string; metrics: string; metricsSmall: string }> {
  const programs = path.join(dir, 'programs.csv');
  const metrics = path.join(dir, 'metrics.csv');
  const metricsSmall = path.join(dir, 'metrics-20k.csv');
  await writeLines(
    programs,
    'code,title,level,modality,cip_code,total_credits,duration_years,tuition_per_credit,status,annual_prospects,annual_new_enrollments,engagement_rate,retention_rate,prospect_growth_rate',
    async (w) => {
      for (let i = 1; i <= PROGRAMS; i++) {
        const prospects = 500 + (i % 3000);
        await w(
          `${code(i)},"Program ${i}, Bench Track",${['BACHELOR', 'MASTER', 'ASSOCIATE', 'CERTIFICATE'][i % 4]},${['ON_CAMPUS', 'ONLINE', 'HYBRID'][i % 3]},11.${String(i % 10000).padStart(4, '0')},120,4,${400 + (i % 200)},ACTIVE,${prospects},${Math.floor(prospects / 8)},0.${50 + (i % 40)},0.${60 + (i % 35)},0.02`,
        );
      }
    },
  );
  const metricRow = (i: number, year: number, metric: string) => {
    const den = 100 + (i % 400);
    if (metric === 'ENGAGEMENT_RATE' || metric === 'RETENTION_RATE') {
      const num = Math.floor(den * 0.7);
      return `${code(i)},${year},${metric},${(num / den).toFixed(4)},${num},${den}`;
    }
    return `${code(i)},${year},${metric},${den * (metric === 'PROSPECTS' ? 8 : 1)},,`;
  };
  const header = 'program_code,academic_year,metric,value,numerator,denominator';
  await writeLines(metrics, header, async (w) => {
    for (let i = 1; i <= PROGRAMS; i++) for (const y of YEARS) for (const m of METRICS) await w(metricRow(i, y, m));
  });
  await writeLines(metricsSmall, header, async (w) => {
    for (let i = 1; i <= PROGRAMS / 10; i++)
      for (const y of YEARS) for (const m of METRICS) await w(metricRow(i, y, m));
  });
  return { programs, metrics, metricsSmall };
}

// ----------------------------------------------------------------------------------------------
// Child: one import, measured
// ----------------------------------------------------------------------------------------------

async function child(kind: 'programs' | 'metrics', file: string, db: DatabaseConfig): Promise<ChildResult> {
  const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);
  let liveHeap = 0;
  const sample = () => {
    gc();
    liveHeap = Math.max(liveHeap, process.memoryUsage().heapUsed);
  };
  const orm = await openOrm(db);
  try {
    await migrate(orm);
    const em = orm.em.fork();
    let institution = await em.findOne(Institution, { slug: SLUG });
    if (!institution) {
      institution = em.create(Institution, {
        name: 'Bench University',
        slug: SLUG,
        country: 'US',
        creditUnit: CreditUnit.US_CREDIT_HOUR,
        currency: 'USD',
      });
      await em.flush();
    }
    sample();
    const baseRss = process.memoryUsage().rss;
    const onProgress = (n: number) => {
      if (n % 25_000 === 0) sample();
    };
    const started = process.hrtime.bigint();
    const source = fs.createReadStream(file, { highWaterMark: 256 * 1024 });
    const report =
      kind === 'programs'
        ? await importProgramsCsv(orm.em.fork(), institution.id, source, { onProgress })
        : await importMetricsCsv(orm.em.fork(), institution.id, source, { onProgress });
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    if (report.rejected) throw new Error(`bench import rejected rows: ${JSON.stringify(report.problems.slice(0, 3))}`);
    const rows = report.created + report.updated + report.unchanged;
    return {
      rows,
      seconds,
      baseRssMb: baseRss / 2 ** 20,
      peakRssMb: process.resourceUsage().maxRSS / 1024,
      liveHeapMb: liveHeap / 2 ** 20,
      created: report.created,
      updated: report.updated,
      unchanged: report.unchanged,
      rejected: report.rejected,
    };
  } finally {
    await orm.close(true);
  }
}

function runChild(kind: 'programs' | 'metrics', file: string, db: DatabaseConfig): Promise<ChildResult> {
  return new Promise((resolve, reject) => {
    const proc = fork(__filename, ['child', kind, file, JSON.stringify(db)], {
      execArgv: ['--expose-gc'],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    let result: ChildResult | null = null;
    proc.on('message', (m) => {
      result = m as ChildResult;
    });
    proc.on('error', reject);
    proc.on('exit', (code) =>
      result && code === 0 ? resolve(result) : reject(new Error(`bench child for ${kind} exited with ${code}`)),
    );
  });
}

// ----------------------------------------------------------------------------------------------
// Parent: databases, files, table
// ----------------------------------------------------------------------------------------------

async function postgresDatabase(): Promise<{ config: DatabaseConfig; drop(): Promise<void> } | string> {
  const name = `uplift_bench_${process.pid}_${randomBytes(3).toString('hex')}`;
  const admin = new Client({ connectionString: PG_URL, connectionTimeoutMillis: 3000 });
  try {
    await admin.connect();
    await admin.query(`create database ${name}`);
  } catch (err) {
    return (err as Error).message;
  } finally {
    await admin.end().catch(() => undefined);
  }
  const url = new URL(PG_URL);
  url.pathname = `/${name}`;
  return {
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

const fmt = (n: number, digits = 0) =>
  n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });

async function parent(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'uplift-bench-import-'));
  try {
    const files = await generate(dir);
    const size = (f: string) => `${fmt(fs.statSync(f).size / 2 ** 20, 1)} MB`;
    console.log(
      `Uplift import bench — Node ${process.version}, ${os.cpus()[0]?.model ?? 'cpu'} × ${os.cpus().length}, ${os.platform()}`,
    );
    console.log(
      `files: programs.csv ${fmt(PROGRAMS)} rows (${size(files.programs)}), metrics.csv ${fmt(PROGRAMS * YEARS.length * METRICS.length)} rows (${size(files.metrics)}), metrics-20k.csv (${size(files.metricsSmall)})\n`,
    );
    const header = `${'database'.padEnd(11)}${'import'.padEnd(34)}${'rows'.padStart(9)}${'seconds'.padStart(9)}${'rows/s'.padStart(9)}${'base RSS'.padStart(10)}${'peak RSS'.padStart(10)}${'live heap'.padStart(11)}`;
    console.log(header);
    console.log('-'.repeat(header.length));
    const targets: { name: string; db: () => Promise<{ config: DatabaseConfig; drop(): Promise<void> } | string> }[] = [
      {
        name: 'SQLite',
        db: async () => ({ config: { kind: 'sqlite', url: path.join(dir, 'bench.db') }, drop: async () => undefined }),
      },
      { name: 'PostgreSQL', db: postgresDatabase },
    ];
    for (const target of targets) {
      const db = await target.db();
      if (typeof db === 'string') {
        console.log(
          `${target.name.padEnd(11)}skipped: PostgreSQL is not reachable at ${PG_URL.replace(/\/\/[^@]*@/, '//…@')} (${db})`,
        );
        continue;
      }
      try {
        const runs: [string, 'programs' | 'metrics', string][] = [
          ['programs (new)', 'programs', files.programs],
          ['metrics 20k (new)', 'metrics', files.metricsSmall],
          ['metrics 200k (180k new, 20k same)', 'metrics', files.metrics],
          ['metrics 200k again (all unchanged)', 'metrics', files.metrics],
        ];
        for (const [label, kind, file] of runs) {
          const r = await runChild(kind, file, db.config);
          console.log(
            `${target.name.padEnd(11)}${label.padEnd(34)}${fmt(r.rows).padStart(9)}${fmt(r.seconds, 1).padStart(9)}${fmt(r.rows / r.seconds).padStart(9)}${`${fmt(r.baseRssMb)} MB`.padStart(10)}${`${fmt(r.peakRssMb)} MB`.padStart(10)}${`${fmt(r.liveHeapMb)} MB`.padStart(11)}`,
          );
        }
      } finally {
        await db.drop();
      }
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[2] === 'child') {
  const [, , , kind, file, db] = process.argv;
  child(kind as 'programs' | 'metrics', file, JSON.parse(db) as DatabaseConfig).then(
    (r) => {
      process.send!(r, () => process.exit(0));
    },
    (err: unknown) => {
      console.error(err);
      process.exit(1);
    },
  );
} else {
  parent().catch((err: unknown) => {
    console.error(err);
    process.exit(1);
  });
}
