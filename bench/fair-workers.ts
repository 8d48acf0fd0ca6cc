/**
 * `node dist/bench/fair-workers.js` (after `npm run build`) — prints figures, asserts nothing.
 *
 * How long institution B waits for one preview while institution A has three large ones in the worker
 * pool (issue 20, finding 4), against B's preview on an idle pool.
 *
 * Part A, the pool alone: runSimulation (src/modules/scenario/projection.pool.ts) on the demo
 * university's programs (seeds/demo.ts, default assumptions). A's preview: 100,000 draws × 20 years ×
 * 3 programs; B's: 10,000 draws × 20 years × 2 programs (both above the inline limit, so both go to
 * the pool). Three ways, each in a fresh child process (its own pool, threads started and the model
 * compiled by a warm-up first), in turns whose order rotates: `alone` (B's preview on the idle pool),
 * `fifo` (A's three, then B's 100 ms later, none attributed: one queue, first come first served, as
 * the pools were before), `fair` (the same, A's attributed to institution 1 and B's to institution 2).
 *
 * Part B, the server: a real server in a child process (temporary SQLite file, the demo loaded as
 * institution A, rate limiting off, every other setting at its default), the load from this process
 * over HTTP. B is a second institution created through the API (the platform admin's key) with two
 * programs of its own. B's previewUplift alone, and 100 ms after A's three, in alternating turns; every
 * request has its own seed so nothing comes from the projection cache. The server attributes work to
 * an institution only where its services pass the institution to the pools (`runSimulation(input,
 * { institutionId })`); work they do not attribute shares one lane, first come first served.
 *
 * BENCH_TURNS (default 3) turns per way; BENCH_PARTS (default "pool,server"); UPLIFT_MODEL_THREADS and
 * UPLIFT_WORKERS_PER_INSTITUTION pass through to both parts. A watchdog stops the run after 15 minutes.
 */
import 'reflect-metadata';
import { fork, type ChildProcess } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { baselineOf, type AssumptionSpec, type ProgramModelInput, type SimulationInput } from '../src/model';
import { defaultAssumptionSet } from '../seeds/assumptions';
import { demo } from '../seeds/demo';

const WATCHDOG_MS = 15 * 60_000;
const TURNS = Math.max(1, Number(process.env.BENCH_TURNS) || 3);
const PARTS = (process.env.BENCH_PARTS ?? 'pool,server').split(',').map((s) => s.trim());
const A = { draws: 100_000, horizonYears: 20, programs: 3 };
const B = { draws: 10_000, horizonYears: 20, programs: 2 };
/** How long after A's three previews B's is sent: A's are queued first, as in the finding. */
const B_DELAY_MS = 100;

type Mode = 'alone' | 'fifo' | 'fair';
interface Turn {
  mode: Mode;
  /** B's preview, from sending it to its answer. */
  bMs: number;
  /** A's three, from sending the first to the last answer (none for `alone`). */
  aMs: number | null;
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
const now = (): number => Number(process.hrtime.bigint()) / 1e6;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

function summary(label: string, xs: number[]): string {
  const s = [...xs].sort((a, b) => a - b);
  return `${label.padEnd(44)}${(median(s) / 1000).toFixed(2).padStart(8)} s   (${s.map((x) => (x / 1000).toFixed(2)).join(', ')})`;
}

// ----------------------------------------------------------------------------------------------
// Part A: the pool alone, one way per child process
// ----------------------------------------------------------------------------------------------

function specs(): AssumptionSpec[] {
  return defaultAssumptionSet.assumptions.map((a) => ({
    parameter: a.parameter,
    low: a.low,
    mode: a.mode,
    high: a.high,
    distribution: a.distribution,
    zeroMass: a.zeroMass ?? 0,
  }));
}

/** The first `count` demo programs as they stand (their ACTIVE embeddings, unchanged). */
function modelInput(size: { draws: number; horizonYears: number; programs: number }, seed: number): SimulationInput {
  const programs: ProgramModelInput[] = demo.programs.slice(0, size.programs).map((p) => ({
    id: p.code,
    ...baselineOf(p),
    current: [],
    scenario: [],
  }));
  return {
    programs,
    assumptions: specs(),
    conversion: defaultAssumptionSet.conversion,
    horizonYears: size.horizonYears,
    draws: size.draws,
    seed,
  };
}

async function poolChild(mode: Mode): Promise<void> {
  const { runSimulation, closePool, workUnits, INLINE_WORK_LIMIT } =
    await import('../src/modules/scenario/projection.pool');
  const a = { institutionId: mode === 'fair' ? 1 : undefined };
  const b = { institutionId: mode === 'fair' ? 2 : undefined };
  if (workUnits(modelInput(B, 1)) <= INLINE_WORK_LIMIT) throw new Error("B's preview would run inline");
  // Warm-up: the pool's threads start and the model compiles on B's size.
  await runSimulation(modelInput(B, 1), b);
  let aMs: number | null = null;
  let aDone: Promise<unknown> = Promise.resolve();
  if (mode !== 'alone') {
    const t0 = now();
    aDone = Promise.all([2, 3, 4].map((seed) => runSimulation(modelInput(A, seed), a))).then(() => {
      aMs = now() - t0;
    });
    await sleep(B_DELAY_MS);
  }
  const t0 = now();
  await runSimulation(modelInput(B, 5), b);
  const bMs = now() - t0;
  await aDone;
  await closePool();
  const turn: Turn = { mode, bMs, aMs };
  process.send!(turn, () => process.exit(0));
}

function inChild<T>(args: string[], env: NodeJS.ProcessEnv = process.env): Promise<T> {
  return new Promise((resolve, reject) => {
    const child = fork(__filename, args, { stdio: ['ignore', 'inherit', 'inherit', 'ipc'], env });
    let result: T | null = null;
    child.on('message', (m) => (result = m as T));
    child.on('error', reject);
    child.on('exit', (code) => (result ? resolve(result) : reject(new Error(`${args.join(' ')} exited with ${code}`))));
  });
}

async function partPool(): Promise<void> {
  const modes: Mode[] = ['alone', 'fifo', 'fair'];
  const turns: Turn[] = [];
  for (let t = 0; t < TURNS; t++) {
    // The order rotates from turn to turn, so no way always runs first or last.
    for (let i = 0; i < modes.length; i++) turns.push(await inChild<Turn>(['--pool', modes[(i + t) % modes.length]]));
  }
  const of = (mode: Mode): Turn[] => turns.filter((t) => t.mode === mode);
  console.log('');
  console.log(
    `A. The pool alone (runSimulation, ${TURNS} turns per way, each in a fresh process): median (every turn)`,
  );
  console.log(
    summary(
      "B's preview, idle pool",
      of('alone').map((t) => t.bMs),
    ),
  );
  console.log(
    summary(
      "B's preview, A's three queued first, FIFO",
      of('fifo').map((t) => t.bMs),
    ),
  );
  console.log(
    summary(
      "B's preview, A's three queued first, fair",
      of('fair').map((t) => t.bMs),
    ),
  );
  console.log(
    summary(
      "A's three, all answered, FIFO",
      of('fifo').map((t) => t.aMs ?? NaN),
    ),
  );
  console.log(
    summary(
      "A's three, all answered, fair",
      of('fair').map((t) => t.aMs ?? NaN),
    ),
  );
}

// ----------------------------------------------------------------------------------------------
// Part B: the server in a child process, the load from this one
// ----------------------------------------------------------------------------------------------

interface ServerReady {
  url: string;
  planner: string;
}

async function serverChild(): Promise<void> {
  const { startServer } = await import('../src/app/server');
  const { loadConfig } = await import('../src/config');
  const { createLogger } = await import('../src/core/logger');
  const config = loadConfig(process.env);
  const server = await startServer(config, { logger: createLogger('silent') });
  const planner = server.demoKeys?.planner;
  if (!planner) throw new Error('the demo did not load: no planner key');
  const ready: ServerReady = { url: server.url.replace('localhost', '127.0.0.1'), planner };
  process.send!(ready);
  process.on('disconnect', () => void server.close().then(() => process.exit(0)));
}

interface GqlBody<T> {
  data?: T;
  errors?: { message: string }[];
}

function client(url: string) {
  return async <T>(key: string, query: string, variables?: Record<string, unknown>): Promise<T> => {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as GqlBody<T>;
    if (body.errors?.length || !body.data) throw new Error(`GraphQL error: ${JSON.stringify(body.errors)}`);
    return body.data;
  };
}

const PREVIEW = `query P($input: PreviewUpliftInput!) { previewUplift(input: $input) { inputHash rows(totalsOnly: true, metrics: [NET_REVENUE]) { year mean } } }`;

async function partServer(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'uplift-fair-'));
  const adminKey = crypto.randomBytes(24).toString('hex');
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: '0',
    DATABASE_URL: `sqlite:${path.join(dir, 'uplift.db')}`,
    UPLIFT_DEMO: 'on',
    UPLIFT_ADMIN_KEY: adminKey,
    UPLIFT_RATE_LIMIT: 'off',
    LOG_LEVEL: 'silent',
  };
  const child: ChildProcess = fork(__filename, ['--server'], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'], env });
  try {
    const ready = await new Promise<ServerReady>((resolve, reject) => {
      child.once('message', (m) => resolve(m as ServerReady));
      child.once('exit', (code) => reject(new Error(`the server exited with ${code}`)));
    });
    const post = client(ready.url);
    // Institution A: the demo university, three of its programs.
    const aData = await post<{ programs: { nodes: { id: string }[] } }>(
      ready.planner,
      `{ programs(first: ${A.programs}) { nodes { id } } }`,
    );
    const aChanges = aData.programs.nodes.map((p) => ({ programId: p.id }));
    // Institution B: created by the platform admin, with a planner key and two programs.
    const inst = await post<{ createInstitution: { institution: { id: string } } }>(
      adminKey,
      `mutation { createInstitution(input: { name: "Tenant B", slug: "tenant-b", country: "US", creditUnit: US_CREDIT_HOUR, currency: "USD" }) { institution { id } } }`,
    );
    const key = await post<{ createApiKey: { secret: string } }>(
      adminKey,
      `mutation K($id: ID!) { createApiKey(input: { institutionId: $id, name: "bench", role: PLANNER }) { secret } }`,
      { id: inst.createInstitution.institution.id },
    );
    const bKey = key.createApiKey.secret;
    const bChanges: { programId: string }[] = [];
    for (let i = 0; i < B.programs; i++) {
      const p = await post<{ createProgram: { program: { id: string } } }>(
        bKey,
        `mutation { createProgram(input: { code: "B-${i}", title: "Program ${i}", level: BACHELOR, modality: ONLINE, durationYears: 4, totalCredits: 120, tuitionPerCredit: 400,
           baseline: { annualProspects: 2000, annualNewEnrollments: 300, engagementRate: 0.3, retentionRate: 0.8 } }) { program { id } } }`,
      );
      bChanges.push({ programId: p.createProgram.program.id });
    }
    let seed = 1000;
    const preview = (key: string, size: typeof A, changes: unknown[]) =>
      post(key, PREVIEW, {
        input: { horizonYears: size.horizonYears, draws: size.draws, seed: seed++, changes },
      });
    // Warm-up: threads started, the model compiled, the statements prepared, for both institutions.
    await preview(bKey, B, bChanges);
    await preview(ready.planner, B, aChanges);

    const alone: number[] = [];
    const loaded: number[] = [];
    const aAll: number[] = [];
    for (let t = 0; t < TURNS; t++) {
      for (const way of t % 2 ? ['loaded', 'alone'] : ['alone', 'loaded']) {
        if (way === 'alone') {
          const t0 = now();
          await preview(bKey, B, bChanges);
          alone.push(now() - t0);
          continue;
        }
        const a0 = now();
        const as = Promise.all([0, 1, 2].map(() => preview(ready.planner, A, aChanges))).then(() =>
          aAll.push(now() - a0),
        );
        await sleep(B_DELAY_MS);
        const t0 = now();
        await preview(bKey, B, bChanges);
        loaded.push(now() - t0);
        await as;
      }
    }
    console.log('');
    console.log(
      `B. The server (a child process; previewUplift over HTTP from this one; ${TURNS} turns per way): median (every turn)`,
    );
    console.log(summary("B's preview, idle server", alone));
    console.log(summary("B's preview, 100 ms after A's three", loaded));
    console.log(summary("A's three, all answered", aAll));
  } finally {
    child.disconnect?.();
    await new Promise<void>((resolve) => (child.exitCode !== null ? resolve() : child.once('exit', () => resolve())));
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

// ----------------------------------------------------------------------------------------------

async function main(): Promise<void> {
  const [flag, arg] = process.argv.slice(2);
  if (flag === '--pool') return poolChild(arg as Mode);
  if (flag === '--server') return serverChild();
  const watchdog = setTimeout(() => {
    console.error(`watchdog: stopped after ${WATCHDOG_MS / 60_000} minutes`);
    process.exit(2);
  }, WATCHDOG_MS);
  watchdog.unref();
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  console.log(
    `Uplift bench:fair-workers — ${os.availableParallelism()} CPU(s) (${cpu.trim()}), node ${process.version}; ` +
      `UPLIFT_MODEL_THREADS=${process.env.UPLIFT_MODEL_THREADS ?? '(default)'}, ` +
      `UPLIFT_WORKERS_PER_INSTITUTION=${process.env.UPLIFT_WORKERS_PER_INSTITUTION ?? '(default)'}`,
  );
  console.log(
    `A's preview: ${A.draws.toLocaleString('en-US')} draws × ${A.horizonYears} years × ${A.programs} programs; ` +
      `B's: ${B.draws.toLocaleString('en-US')} draws × ${B.horizonYears} years × ${B.programs} programs.`,
  );
  if (PARTS.includes('pool')) await partPool();
  if (PARTS.includes('server')) await partServer();
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
