/**
 * `npm run bench:api` — the GraphQL API against a hand-written SQL + JSON endpoint on the same database
 * (issue 12's ladder). Prints figures, asserts nothing but the equality of the data both sides return.
 *
 * For SQLite (always) and PostgreSQL (BENCH_PG_URL, default postgres://postgres@127.0.0.1:5432/postgres;
 * a fresh temporary database is created and dropped; skipped with a note when unreachable, or with
 * BENCH_PG=off), a real server is started in this process: production settings, default query limits,
 * rate limiting off, the demo university loaded, then topped up to 100 programs and one program with
 * 50+ metric observations. Beside it, in this file only, a plain node:http endpoint answers each rung with
 * prepared statements on its own connection to the same database (better-sqlite3 `prepare`, or `pg` named
 * prepared queries), the same API-key check (found by prefix, SHA-256 of the secret compared, revocation
 * read on every request) and `JSON.stringify`.
 *
 * Each rung is first answered by both and compared (deep equality; the bench fails if they differ), then
 * run in turns, GraphQL then raw, BENCH_TURNS times (default 8) for BENCH_SECONDS each (default 2), after a
 * 1 s warm-up per side; autocannon in process, BENCH_CONNECTIONS connections (default 10), loopback only.
 * req/s is every response over the time of that side's turns; p50/p99 are from every response.
 */
import 'reflect-metadata';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { randomBytes } from 'node:crypto';
import autocannon from 'autocannon';
import { Client, Pool } from 'pg';
import type { AppConfig, DatabaseConfig } from '../src/config';
import { DEFAULT_LIMITS } from '../src/app/limits';
import { DEFAULT_RATE_LIMIT } from '../src/app/rate-limit';
import { createLogger } from '../src/core/logger';
import { startServer, type RunningServer } from '../src/app/server';
import { toGlobalId } from '../src/core/global-id';
import { parseKey, secretMatches } from '../src/modules/api-key/api-key.rules';
import { enrollmentRateOf } from '../src/modules/program/degree-program.rules';

// Many short turns rather than a few long ones: this machine's speed drifts over seconds, and both
// sides should see the same drift (docs/PERFORMANCE.md).
const SECONDS = Number(process.env.BENCH_SECONDS ?? 2);
const TURNS = Number(process.env.BENCH_TURNS ?? 8);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const WARMUP_S = 1;
const PG_URL = process.env.BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const ADMIN_KEY = 'bench-admin-key-0123456789abcdef';
const PROGRAMS_WANTED = 100;
const METRICS_WANTED = 50;

type Row = Record<string, unknown>;
type Data = Record<string, unknown>;

/** One connection of the raw side: a prepared statement per name, `?` placeholders. */
interface RawDb {
  all(name: string, sql: string, params: unknown[]): Promise<Row[]>;
  close(): Promise<void>;
}

/** The part of better-sqlite3 used here (its module comes from MikroORM's knex client, already loaded). */
interface SqliteDatabase {
  prepare(sql: string): { all(...params: unknown[]): Row[] };
  pragma(source: string): unknown;
  close(): void;
}
type SqliteConstructor = new (file: string) => SqliteDatabase;

function sqliteDb(server: RunningServer, file: string): RawDb {
  const knex = (
    server.orm.em.getConnection() as unknown as { getKnex(): { client: { driver: SqliteConstructor } } }
  ).getKnex();
  const db = new knex.client.driver(file);
  db.pragma('journal_mode = WAL');
  const statements = new Map<string, ReturnType<SqliteDatabase['prepare']>>();
  return {
    all: (name, sql, params) => {
      let stmt = statements.get(name);
      if (!stmt) statements.set(name, (stmt = db.prepare(sql)));
      return Promise.resolve(stmt.all(...params));
    },
    close: () => Promise.resolve(db.close()),
  };
}

function pgDb(url: string): RawDb {
  const pool = new Pool({ connectionString: url, max: CONNECTIONS });
  const texts = new Map<string, string>();
  return {
    all: async (name, sql, params) => {
      let text = texts.get(name);
      if (text === undefined) {
        let n = 0;
        texts.set(name, (text = sql.replace(/\?/g, () => `$${++n}`)));
      }
      return (await pool.query({ name, text, values: params })).rows as Row[];
    },
    close: () => pool.end(),
  };
}

interface RawViewer {
  role: string;
  institutionId: number;
}

/** The product's check, by hand: Bearer, key parsed, row found by prefix, hash compared, not revoked. */
async function rawAuth(db: RawDb, header: string | undefined): Promise<RawViewer | null> {
  const m = header ? /^Bearer\s+(\S+)\s*$/i.exec(header) : null;
  const parsed = m ? parseKey(m[1]) : null;
  if (!parsed) return null;
  const [key] = await db.all(
    'auth',
    'select role as "role", secret_hash as "secretHash", revoked_at as "revokedAt", institution_id as "institutionId" from api_key where prefix = ?',
    [parsed.prefix],
  );
  if (!key || !secretMatches(parsed.secret, String(key.secretHash)) || key.revokedAt) return null;
  return { role: String(key.role), institutionId: Number(key.institutionId) };
}

const PROGRAM_COLUMNS =
  'id as "id", code as "code", title as "title", level as "level", modality as "modality", cip_code as "cipCode", ' +
  'status as "status", total_credits as "totalCredits", duration_years as "durationYears", ' +
  'tuition_per_credit as "tuitionPerCredit", version as "version"';
const BASELINE_COLUMNS =
  'annual_prospects as "annualProspects", annual_new_enrollments as "annualNewEnrollments", ' +
  'engagement_rate as "engagementRate", retention_rate as "retentionRate", prospect_growth_rate as "prospectGrowthRate"';
const FLAT_FIELDS = 'id code title level modality cipCode status totalCredits durationYears tuitionPerCredit version';

function flatProgram(r: Row): Data {
  return {
    id: toGlobalId('DegreeProgram', Number(r.id)),
    code: r.code,
    title: r.title,
    level: r.level,
    modality: r.modality,
    cipCode: r.cipCode ?? null,
    status: r.status,
    totalCredits: Number(r.totalCredits),
    durationYears: Number(r.durationYears),
    tuitionPerCredit: Number(r.tuitionPerCredit),
    version: Number(r.version),
  };
}

async function programPage(db: RawDb, v: RawViewer, first: number): Promise<Data> {
  const rows = await db.all(
    'programs',
    `select ${PROGRAM_COLUMNS} from degree_program where institution_id = ? order by code, id limit ?`,
    [v.institutionId, first],
  );
  return { programs: { nodes: rows.map(flatProgram) } };
}

interface Rung {
  name: string;
  /** The GraphQL request (the viewer's key is the planner's). */
  query: string;
  variables: Record<string, unknown>;
  raw: (db: RawDb, viewer: RawViewer) => Promise<Data>;
}

function rungs(ids: {
  program: string;
  programDbId: number;
  scenario: string;
  scenarioDbId: number;
  cacheKey: string;
}): Rung[] {
  return [
    {
      name: '{ __typename } with a key',
      query: '{ __typename }',
      variables: {},
      raw: () => Promise.resolve({ __typename: 'Query' }),
    },
    {
      name: 'viewer',
      query: '{ viewer { role institution { id name } } }',
      variables: {},
      raw: async (db, v) => {
        const [i] = await db.all('institution', 'select id as "id", name as "name" from institution where id = ?', [
          v.institutionId,
        ]);
        return { viewer: { role: v.role, institution: { id: toGlobalId('Institution', Number(i.id)), name: i.name } } };
      },
    },
    {
      name: 'programs page, flat (20)',
      query: `query($first: Int) { programs(first: $first) { nodes { ${FLAT_FIELDS} } } }`,
      variables: { first: 20 },
      raw: (db, v) => programPage(db, v, 20),
    },
    {
      name: 'planner page, nested (20)',
      query: `query($first: Int) { programs(first: $first) { nodes { ${FLAT_FIELDS}
        baseline { annualProspects annualNewEnrollments engagementRate retentionRate prospectGrowthRate enrollmentRate }
        embeddedCredentials { id creditsApplied requirement status credential { title } } } } }`,
      variables: { first: 20 },
      raw: async (db, v) => {
        const programs = await db.all(
          'nested-programs',
          `select ${PROGRAM_COLUMNS}, ${BASELINE_COLUMNS} from degree_program where institution_id = ? order by code, id limit ?`,
          [v.institutionId, 20],
        );
        const embeddings = await db.all(
          'nested-embeddings',
          'select pc.id as "id", pc.program_id as "programId", pc.credits_applied as "creditsApplied", ' +
            'pc.requirement as "requirement", pc.status as "status", mc.title as "title" ' +
            'from program_credential pc join micro_credential mc on mc.id = pc.credential_id ' +
            'where pc.program_id in (select id from degree_program where institution_id = ? order by code, id limit ?) ' +
            'order by pc.id',
          [v.institutionId, 20],
        );
        const byProgram = new Map<number, Data[]>();
        for (const e of embeddings) {
          const list = byProgram.get(Number(e.programId)) ?? [];
          list.push({
            id: toGlobalId('ProgramCredential', Number(e.id)),
            creditsApplied: Number(e.creditsApplied),
            requirement: e.requirement,
            status: e.status,
            credential: { title: e.title },
          });
          byProgram.set(Number(e.programId), list);
        }
        return {
          programs: {
            nodes: programs.map((p) => {
              const baseline = {
                annualProspects: Number(p.annualProspects),
                annualNewEnrollments: Number(p.annualNewEnrollments),
                engagementRate: Number(p.engagementRate),
                retentionRate: Number(p.retentionRate),
                prospectGrowthRate: Number(p.prospectGrowthRate),
              };
              return {
                ...flatProgram(p),
                baseline: { ...baseline, enrollmentRate: enrollmentRateOf(baseline) },
                embeddedCredentials: byProgram.get(Number(p.id)) ?? [],
              };
            }),
          },
        };
      },
    },
    {
      name: 'BI page, flat (100)',
      query: `query($first: Int) { programs(first: $first) { nodes { ${FLAT_FIELDS} } } }`,
      variables: { first: 100 },
      raw: (db, v) => programPage(db, v, 100),
    },
    {
      name: 'one program, 50 metrics',
      query:
        'query($id: ID!, $first: Int) { program(id: $id) { id code metrics(first: $first) { nodes { id academicYear metric value numerator denominator } } } }',
      variables: { id: ids.program, first: METRICS_WANTED },
      raw: async (db, v) => {
        const [p] = await db.all(
          'metrics-program',
          'select id as "id", code as "code" from degree_program where id = ? and institution_id = ?',
          [ids.programDbId, v.institutionId],
        );
        if (!p) return { program: null };
        const rows = await db.all(
          'metrics',
          'select id as "id", academic_year as "academicYear", metric as "metric", value as "value", ' +
            'numerator as "numerator", denominator as "denominator" from metric_observation ' +
            'where program_id = ? order by academic_year, id limit ?',
          [p.id, METRICS_WANTED],
        );
        const num = (x: unknown) => (x === null || x === undefined ? null : Number(x));
        return {
          program: {
            id: toGlobalId('DegreeProgram', Number(p.id)),
            code: p.code,
            metrics: {
              nodes: rows.map((r) => ({
                id: toGlobalId('MetricObservation', Number(r.id)),
                academicYear: Number(r.academicYear),
                metric: r.metric,
                value: Number(r.value),
                numerator: num(r.numerator),
                denominator: num(r.denominator),
              })),
            },
          },
        };
      },
    },
    {
      name: 'cached scenario projection',
      query:
        'query($id: ID!) { scenario(id: $id) { id name projection { inputHash horizonYears draws seed ' +
        'rows(metrics: [NET_REVENUE], totalsOnly: true) { year metric baseline pointEstimate mean p10 p50 p90 } } } }',
      variables: { id: ids.scenario },
      // The same reads as the product's inputs (scenario, its programs, their embeddings, the assumptions),
      // then the cached row. The input hash itself is not recomputed here: its key is the one learned at setup.
      raw: async (db, v) => {
        const [s] = await db.all(
          'scenario',
          'select id as "id", name as "name", horizon_years as "horizonYears", draws as "draws", seed as "seed", ' +
            'assumption_set_id as "setId" from scenario where id = ? and institution_id = ?',
          [ids.scenarioDbId, v.institutionId],
        );
        if (!s) return { scenario: null };
        await db.all(
          'scenario-programs',
          `select sp.position as "position", ${PROGRAM_COLUMNS.replace(/(^|, )(\w+) as/g, '$1p.$2 as')}, ${BASELINE_COLUMNS} ` +
            'from scenario_program sp join degree_program p on p.id = sp.program_id where sp.scenario_id = ? order by sp.position',
          [s.id],
        );
        await db.all(
          'scenario-embeddings',
          'select pc.*, mc.credit_bearing, mc.credit_value, mc.credit_unit, mc.cost_per_learner, mc.setup_cost ' +
            'from scenario_program sp join program_credential pc on pc.program_id = sp.program_id ' +
            'join micro_credential mc on mc.id = pc.credential_id where sp.scenario_id = ? order by pc.id',
          [s.id],
        );
        await db.all('scenario-assumptions', 'select * from assumption where assumption_set_id = ? order by id', [
          s.setId,
        ]);
        const [cached] = await db.all('projection', 'select result as "result" from projection_cache where key = ?', [
          ids.cacheKey,
        ]);
        const rows = (JSON.parse(String(cached.result)) as Row[]).filter(
          (r) => r.programId === null && r.metric === 'NET_REVENUE',
        );
        return {
          scenario: {
            id: toGlobalId('Scenario', Number(s.id)),
            name: s.name,
            projection: {
              inputHash: ids.cacheKey,
              horizonYears: Number(s.horizonYears),
              draws: Number(s.draws),
              seed: Number(s.seed),
              rows: rows.map((r) => ({
                year: r.year,
                metric: r.metric,
                baseline: r.baseline,
                pointEstimate: r.pointEstimate,
                mean: r.mean,
                p10: r.p10,
                p50: r.p50,
                p90: r.p90,
              })),
            },
          },
        };
      },
    },
  ];
}

/** The hand-written endpoint: POST /<rung index>, body = the rung's variables (ignored: fixed per rung). */
async function startRaw(db: RawDb, list: Rung[]): Promise<{ url: string; close(): Promise<void> }> {
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      void (async () => {
        try {
          const rung = list[Number((req.url ?? '/').slice(1))];
          const viewer = await rawAuth(db, req.headers.authorization);
          if (!viewer || !rung) {
            res.writeHead(viewer ? 404 : 401, { 'content-type': 'application/json' });
            res.end(JSON.stringify({ errors: [{ message: viewer ? 'no such rung' : 'The API key is not valid.' }] }));
            return;
          }
          const body = JSON.stringify({ data: await rung.raw(db, viewer) });
          res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
          res.end(body);
        } catch (err) {
          res.writeHead(500, { 'content-type': 'application/json' });
          res.end(JSON.stringify({ errors: [{ message: String(err) }] }));
        }
      })();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

async function post(url: string, key: string, body: string): Promise<{ data?: Data; errors?: unknown[] }> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
    body,
  });
  return (await res.json()) as { data?: Data; errors?: unknown[] };
}

async function gql(url: string, key: string, query: string, variables: Record<string, unknown> = {}): Promise<Data> {
  const body = await post(url, key, JSON.stringify({ query, variables }));
  if (body.errors || !body.data) throw new Error(`GraphQL request failed: ${JSON.stringify(body.errors)}`);
  return body.data;
}

function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

interface Side {
  requests: number;
  ms: number;
  latencies: number[];
  bad: number;
}

function cannon(url: string, key: string, body: string, seconds: number, side: Side | null): Promise<void> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const instance = autocannon(
      {
        url,
        connections: CONNECTIONS,
        duration: seconds,
        timeout: 10,
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
        body,
      },
      (err, result) => {
        if (err) return reject(err instanceof Error ? err : new Error(String(err)));
        if (side) {
          side.ms += Date.now() - started;
          side.bad += result.errors + result.timeouts + result.non2xx;
        }
        resolve();
      },
    );
    instance.on('response', (_client: unknown, _status: number, _bytes: number, responseTime: number) => {
      if (!side) return;
      side.requests++;
      side.latencies.push(responseTime);
    });
  });
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
    name: `PostgreSQL (${url.host}, temporary database)`,
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

async function benchOne(target: Target): Promise<void> {
  const config: AppConfig = {
    port: 0,
    database: target.config,
    adminKey: ADMIN_KEY,
    demo: true,
    production: true,
    logLevel: 'silent',
    introspection: 'key',
    limits: DEFAULT_LIMITS,
    rateLimit: { ...DEFAULT_RATE_LIMIT, enabled: false, redisUrl: null },
  };
  const server = await startServer(config, { logger: createLogger('silent') });
  const url = server.url.replace('localhost', '127.0.0.1');
  const key = server.demoKeys!.planner;
  let db: RawDb | null = null;
  let raw: { url: string; close(): Promise<void> } | null = null;
  try {
    // Top the demo up: 100 programs, one program with 50+ observations, one saved scenario, its projection cached.
    const listIds = async () =>
      ((await gql(url, key, '{ programs(first: 100) { nodes { id } } }')).programs as { nodes: { id: string }[] })
        .nodes;
    let programs = await listIds();
    for (let i = programs.length; i < PROGRAMS_WANTED; i++) {
      await gql(url, key, 'mutation($input: CreateProgramInput!) { createProgram(input: $input) { program { id } } }', {
        input: {
          code: `BENCH${String(i).padStart(3, '0')}`,
          title: `Bench program ${i}`,
          level: 'BACHELOR',
          modality: i % 2 ? 'ONLINE' : 'ON_CAMPUS',
          totalCredits: 120,
          durationYears: 4,
          tuitionPerCredit: 400 + i,
          baseline: { annualProspects: 1_000 + i, annualNewEnrollments: 200, engagementRate: 0.6, retentionRate: 0.85 },
        },
      });
    }
    programs = await listIds();
    const program = programs[0].id;
    await gql(
      url,
      key,
      'mutation($input: RecordMetricsInput!) { recordMetrics(input: $input) { observations { id } } }',
      {
        input: {
          observations: Array.from({ length: 25 }, (_, i) => ({
            programId: program,
            academicYear: 1990 + i,
            metric: 'PROSPECTS',
            value: 1_000 + i,
          })),
        },
      },
    );
    const scenarioData = await gql(
      url,
      key,
      'mutation($input: CreateScenarioInput!) { createScenario(input: $input) { scenario { id } } }',
      {
        input: {
          name: 'Bench: 20 programs, 10 years',
          horizonYears: 10,
          draws: 2_000,
          changes: programs.slice(0, 20).map((p) => ({ programId: p.id })),
        },
      },
    );
    const scenario = (scenarioData.createScenario as { scenario: { id: string } }).scenario.id;
    const filled = await gql(url, key, 'query($id: ID!) { scenario(id: $id) { projection { inputHash } } }', {
      id: scenario,
    });
    const cacheKey = (filled.scenario as { projection: { inputHash: string } }).projection.inputHash;
    const dbId = (globalId: string) => Number(Buffer.from(globalId, 'base64url').toString('utf8').split(':')[1]);

    db = target.config.kind === 'sqlite' ? sqliteDb(server, target.config.url) : pgDb(target.config.url);
    // BENCH_RUNGS=nested,projection runs only the rungs whose names contain one of those words.
    const only = (process.env.BENCH_RUNGS ?? '').split(',').filter(Boolean);
    const list = rungs({
      program,
      programDbId: dbId(program),
      scenario,
      scenarioDbId: dbId(scenario),
      cacheKey,
    }).filter((r) => !only.length || only.some((word) => r.name.includes(word)));
    raw = await startRaw(db, list);

    // Both sides answer the same data, or there is nothing to compare.
    const bodies = list.map((r) => JSON.stringify({ query: r.query, variables: r.variables }));
    for (const [i, rung] of list.entries()) {
      const a = await gql(url, key, rung.query, rung.variables);
      const b = await post(`${raw.url}/${i}`, key, '{}');
      const same = isDeepStrictEqual(JSON.parse(JSON.stringify(a)), b.data);
      if (!same) {
        throw new Error(
          `${target.name}, rung "${rung.name}": GraphQL and raw differ\nGraphQL: ${JSON.stringify(a).slice(0, 2000)}\nraw:     ${JSON.stringify(b).slice(0, 2000)}`,
        );
      }
    }
    const sizes = (await Promise.all(list.map((_, i) => post(`${raw!.url}/${i}`, key, '{}')))).map(
      (b) => JSON.stringify(b).length,
    );
    console.log(
      `\n${target.name}: both sides return the same data on every rung (raw response sizes: ${sizes.join(', ')} bytes)`,
    );

    const table: string[][] = [
      ['rung', 'GraphQL req/s', 'p50 ms', 'p99 ms', 'raw req/s', 'p50 ms', 'p99 ms', 'GraphQL/raw'],
    ];
    for (const [i, rung] of list.entries()) {
      const sides: [Side, Side] = [
        { requests: 0, ms: 0, latencies: [], bad: 0 },
        { requests: 0, ms: 0, latencies: [], bad: 0 },
      ];
      const targets = [
        { url, body: bodies[i] },
        { url: `${raw.url}/${i}`, body: '{}' },
      ];
      for (const t of targets) await cannon(t.url, key, t.body, WARMUP_S, null);
      for (let turn = 0; turn < TURNS; turn++) {
        for (const [s, t] of targets.entries()) await cannon(t.url, key, t.body, SECONDS, sides[s]);
      }
      for (const s of sides)
        if (s.bad) throw new Error(`${target.name}, rung "${rung.name}": ${s.bad} failed requests`);
      const [g, r] = sides.map((s) => {
        const sorted = s.latencies.sort((x, y) => x - y);
        return { rps: s.requests / (s.ms / 1000), p50: percentile(sorted, 50), p99: percentile(sorted, 99) };
      });
      table.push([
        rung.name,
        g.rps.toFixed(0),
        g.p50.toFixed(1),
        g.p99.toFixed(1),
        r.rps.toFixed(0),
        r.p50.toFixed(1),
        r.p99.toFixed(1),
        `${((g.rps / r.rps) * 100).toFixed(1)}%`,
      ]);
    }
    const widths = table[0].map((_, c) => Math.max(...table.map((row) => row[c].length)));
    for (const row of table)
      console.log(row.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  '));
  } finally {
    await raw?.close();
    await db?.close();
    await server.close();
  }
}

async function main(): Promise<void> {
  const perDb = 7 * (2 * WARMUP_S + 2 * TURNS * SECONDS) + 120;
  const watchdog = setTimeout(
    () => {
      console.error(`bench:api: watchdog fired after ${2 * perDb} s`);
      process.exit(2);
    },
    2 * perDb * 1000,
  );
  watchdog.unref();
  const cpus = os.cpus();
  console.log(
    `Uplift bench:api — ${cpus.length} CPU(s) (${cpus[0]?.model.trim() ?? 'unknown'}), node ${process.version}, ${os.platform()} ${os.release()}\n` +
      `settings: ${CONNECTIONS} connections, ${TURNS} turns × ${SECONDS} s per side per rung (+${WARMUP_S} s warm-up), ` +
      `GraphQL then raw in turns, autocannon and both servers in this process, loopback; production settings, ` +
      `default query limits, rate limiting off, planner key`,
  );
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'uplift-bench-api-'));
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
  try {
    for (const t of targets) await benchOne(t);
  } finally {
    for (const t of targets) await t.drop();
    clearTimeout(watchdog);
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
