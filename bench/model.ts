/**
 * `npm run bench:model` — prints figures, asserts nothing.
 *
 * Part A, the model alone: simulate() on the demo university (every program of seeds/demo.ts with
 * its ACTIVE embeddings, plus one what-if: the Google Data Analytics certificate as a 6-credit
 * ELECTIVE in B.A. Psychology) with the default assumption set of seeds/assumptions.ts, at a few
 * sizes up to 100,000 draws × 30 years × all programs. Each size runs in a fresh child process so
 * its peak RSS (resourceUsage().maxRSS) belongs to that size alone. Throughput is
 * program-years × draws per second of wall time (process.hrtime.bigint).
 *
 * Part B, the server: a real server started in-process on a temporary SQLite file with the demo
 * loaded and every other setting at its default (loadConfig on a minimal environment). The latency of a cheap query ({ viewer { role } }, demo PLANNER key) is measured on the
 * idle server (sequential requests), then again while a 100,000-draw, 30-year previewUplift over
 * every demo program runs (sequential requests until the projection answers). The client runs in
 * the same process as the server, so every latency includes the main thread's own delay.
 *
 * Everything is bounded: fixed sizes, a capped number of requests, and a watchdog that stops the
 * run after WATCHDOG_MS.
 */
import 'reflect-metadata';
import { fork } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  baselineOf,
  simulate,
  type AssumptionSpec,
  type EmbeddingTerms,
  type ProgramModelInput,
  type SimulationInput,
} from '../src/model';
import { offerHours } from '../src/model/dose';
import { defaultAssumptionSet } from '../seeds/assumptions';
import { demo } from '../seeds/demo';
import type { CredentialSeed, EmbeddingSeed } from '../seeds/types';

const WATCHDOG_MS = 8 * 60_000;
const SEED = 1;
/** The what-if of both parts: one addition to one bachelor program; every other program unchanged. */
const WHAT_IF = {
  programCode: 'BA-PSY',
  credentialKey: 'google_data_analytics',
  creditsApplied: 6,
  requirement: 'ELECTIVE' as const,
};
/** Part A sizes: [draws, years, programs (null = all demo programs)]. */
const MODEL_SIZES: [number, number, number | null][] = [
  [1_000, 10, null],
  [10_000, 30, 1],
  [10_000, 30, null],
  [100_000, 30, 1],
  [100_000, 30, null],
];
const IDLE_REQUESTS = 200;
const WARMUP_REQUESTS = 20;
const MAX_BUSY_REQUESTS = 100_000;
const LARGE = { draws: 100_000, horizonYears: 30 };

// ----------------------------------------------------------------------------------------------
// Model input from the seeds (the same mapping the scenario module applies to database rows)
// ----------------------------------------------------------------------------------------------

function credentialByKey(key: string): CredentialSeed {
  const c = demo.credentials.find((x) => x.key === key);
  if (!c) throw new Error(`no demo credential ${key}`);
  return c;
}

function terms(
  e: Pick<EmbeddingSeed, 'credentialKey' | 'creditsApplied' | 'requirement' | 'takeUpRate' | 'displacesTuition'>,
  isNew: boolean,
): EmbeddingTerms {
  const c = credentialByKey(e.credentialKey);
  const creditBearing = c.creditRecognition !== 'NONE' && c.creditValue != null && c.creditValue > 0;
  return {
    creditBearing,
    creditsApplied: e.creditsApplied,
    hours: offerHours(
      { creditBearing, creditsApplied: e.creditsApplied, learningHours: c.learningHours },
      'US_CREDIT_HOUR',
    ),
    requirement: e.requirement,
    takeUpRate: e.takeUpRate ?? null,
    displacesTuition: e.displacesTuition,
    costPerLearner: c.costPerLearner,
    setupCost: c.setupCost,
    isNew,
  };
}

function demoPrograms(): ProgramModelInput[] {
  return demo.programs.map((p) => {
    const current = demo.embeddings
      .filter((e) => e.programCode === p.code && e.status === 'ACTIVE')
      .map((e) => terms(e, false));
    const added = p.code === WHAT_IF.programCode ? [terms({ ...WHAT_IF, displacesTuition: false }, true)] : [];
    return {
      id: p.code,
      ...baselineOf(p),
      current,
      scenario: [...current, ...added],
    };
  });
}

function defaultSpecs(): AssumptionSpec[] {
  return defaultAssumptionSet.assumptions.map((a) => ({
    parameter: a.parameter,
    low: a.low,
    mode: a.mode,
    high: a.high,
    distribution: a.distribution,
    // Model v2: the probability of no effect at all (0 draws exactly what a spec without it draws).
    zeroMass: a.zeroMass ?? 0,
  }));
}

function modelInput(draws: number, years: number, programCount: number | null): SimulationInput {
  const all = demoPrograms();
  // One program: the one the what-if changes (so the run is not a no-op).
  const programs =
    programCount == null
      ? all
      : [all.find((p) => p.id === WHAT_IF.programCode)!, ...all.filter((p) => p.id !== WHAT_IF.programCode)].slice(
          0,
          programCount,
        );
  return {
    programs,
    assumptions: defaultSpecs(),
    conversion: defaultAssumptionSet.conversion,
    horizonYears: years,
    draws,
    seed: SEED,
  };
}

// ----------------------------------------------------------------------------------------------
// Part A: one size per child process
// ----------------------------------------------------------------------------------------------

interface ModelRun {
  draws: number;
  years: number;
  programs: number;
  reps: number;
  seconds: number;
  maxRssMiB: number;
  /** Total NEW_ENROLLMENTS P50 in the last year (to check the server computes the same). */
  lastYearEnrollmentP50: number;
}

function runModelChild(draws: number, years: number, programCount: number | null): void {
  const input = modelInput(draws, years, programCount);
  // Warm-up: JIT-compile the kernel on a small run.
  simulate({ ...input, draws: 200 });
  const units = draws * years * input.programs.length;
  const reps = Math.max(1, Math.min(5, Math.ceil(50_000_000 / units)));
  const times: number[] = [];
  let result = simulate({ ...input, draws: 1 });
  for (let r = 0; r < reps; r++) {
    const t0 = process.hrtime.bigint();
    result = simulate(input);
    times.push(Number(process.hrtime.bigint() - t0) / 1e9);
  }
  times.sort((a, b) => a - b);
  const last = result.rows.find(
    (row) => row.programId === null && row.year === years && row.metric === 'NEW_ENROLLMENTS',
  )!;
  const out: ModelRun = {
    draws,
    years,
    programs: input.programs.length,
    reps,
    seconds: times[Math.floor(times.length / 2)],
    maxRssMiB: process.resourceUsage().maxRSS / 1024,
    lastYearEnrollmentP50: last.p50,
  };
  process.send!(out, () => process.exit(0));
}

function modelRunInChild(draws: number, years: number, programCount: number | null): Promise<ModelRun> {
  return new Promise((resolve, reject) => {
    const child = fork(
      __filename,
      ['--model-run', String(draws), String(years), programCount == null ? 'all' : String(programCount)],
      { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] },
    );
    let result: ModelRun | null = null;
    child.on('message', (m) => {
      result = m as ModelRun;
    });
    child.on('error', reject);
    child.on('exit', (code) => (result ? resolve(result) : reject(new Error(`model run exited with code ${code}`))));
  });
}

// ----------------------------------------------------------------------------------------------
// Part B: the server
// ----------------------------------------------------------------------------------------------

interface Stats {
  n: number;
  p50: number;
  p90: number;
  p99: number;
  max: number;
  mean: number;
}

function stats(ms: number[]): Stats {
  const s = [...ms].sort((a, b) => a - b);
  // Nearest rank: the smallest value with at least p·n values at or below it.
  const at = (p: number): number => s[Math.min(s.length - 1, Math.max(0, Math.ceil(p * s.length) - 1))];
  return {
    n: s.length,
    p50: at(0.5),
    p90: at(0.9),
    p99: at(0.99),
    max: s[s.length - 1],
    mean: s.reduce((a, b) => a + b, 0) / s.length,
  };
}

interface GqlBody<T> {
  data?: T;
  errors?: { message: string }[];
}

async function benchServer(modelSecondsAtLarge: number | null, modelP50AtLarge: number | null): Promise<void> {
  // Imported here so part A's children never load the server.
  const { startServer } = await import('../src/app/server');
  const { loadConfig } = await import('../src/config');
  const { createLogger } = await import('../src/core/logger');
  const { closePool } = await import('../src/modules/scenario/projection.pool');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'uplift-bench-'));
  // The server's own configuration from a minimal environment: every other setting at its default.
  const config = loadConfig({
    PORT: '0',
    DATABASE_URL: `sqlite:${path.join(dir, 'uplift.db')}`,
    UPLIFT_DEMO: 'on',
    LOG_LEVEL: 'silent',
  });
  const server = await startServer(config, { logger: createLogger('silent') });
  try {
    const url = server.url.replace('localhost', '127.0.0.1');
    const key = server.demoKeys?.planner;
    if (!key) throw new Error('the demo did not load: no planner key');
    const post = async <T>(query: string, variables?: Record<string, unknown>): Promise<T> => {
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await res.json()) as GqlBody<T>;
      if (body.errors?.length || !body.data) throw new Error(`GraphQL error: ${JSON.stringify(body.errors)}`);
      return body.data;
    };
    const cheap = async (): Promise<number> => {
      const t0 = process.hrtime.bigint();
      const d = await post<{ viewer: { role: string } }>('{ viewer { role } }');
      if (d.viewer.role !== 'PLANNER') throw new Error(`unexpected role ${d.viewer.role}`);
      return Number(process.hrtime.bigint() - t0) / 1e6;
    };

    const data = await post<{
      programs: { totalCount: number; nodes: { id: string; code: string }[] };
      credentials: { nodes: { id: string; title: string }[] };
    }>(
      '{ programs(first: 100) { totalCount nodes { id code } } credentials(first: 100, filter: { creditBearing: true }) { nodes { id title } } }',
    );
    const credential = data.credentials.nodes.find((c) => c.title === credentialByKey(WHAT_IF.credentialKey).title);
    if (!credential) throw new Error('the what-if credential is not in the catalog');
    // Same order as seeds/demo.ts, so the model sees exactly part A's input.
    const order = demo.programs.map((p) => p.code);
    const programs = [...data.programs.nodes].sort((a, b) => order.indexOf(a.code) - order.indexOf(b.code));
    const changes = programs.map((p) =>
      p.code === WHAT_IF.programCode
        ? {
            programId: p.id,
            add: [
              { credentialId: credential.id, creditsApplied: WHAT_IF.creditsApplied, requirement: WHAT_IF.requirement },
            ],
          }
        : { programId: p.id },
    );

    for (let i = 0; i < WARMUP_REQUESTS; i++) await cheap();
    const idle: number[] = [];
    for (let i = 0; i < IDLE_REQUESTS; i++) idle.push(await cheap());

    let done = false;
    let projectionMs = 0;
    const t0 = process.hrtime.bigint();
    const large = post<{
      previewUplift: { inputHash: string; draws: number; horizonYears: number; rows: { year: number; p50: number }[] };
    }>(
      `query Large($input: PreviewUpliftInput!) { previewUplift(input: $input) { inputHash draws horizonYears rows(totalsOnly: true, metrics: [NEW_ENROLLMENTS]) { year p50 } } }`,
      { input: { horizonYears: LARGE.horizonYears, draws: LARGE.draws, seed: SEED, changes } },
    ).finally(() => {
      projectionMs = Number(process.hrtime.bigint() - t0) / 1e6;
      done = true;
    });
    large.catch(() => undefined); // awaited below; no unhandled rejection while the loop runs
    const busy: number[] = [];
    while (!done && busy.length < MAX_BUSY_REQUESTS) busy.push(await cheap());
    const answer = await large;

    const a = stats(idle);
    // A projection answered before the first cheap request would leave nothing to compare.
    const b = busy.length > 0 ? stats(busy) : { n: 0, p50: NaN, p90: NaN, p99: NaN, max: NaN, mean: NaN };
    const row = (label: string, s: Stats): string =>
      `${label.padEnd(34)}${String(s.n).padStart(8)}${[s.p50, s.p90, s.p99, s.max, s.mean].map((v) => v.toFixed(2).padStart(10)).join('')}`;
    console.log('');
    console.log(`B. Server: latency of { viewer { role } } (ms, sequential requests, client in the same process)`);
    console.log(
      `${''.padEnd(34)}${'n'.padStart(8)}${['p50', 'p90', 'p99', 'max', 'mean'].map((h) => h.padStart(10)).join('')}`,
    );
    console.log(row('idle server', a));
    console.log(row('while the large projection runs', b));
    console.log('');
    const workUnits = LARGE.draws * LARGE.horizonYears * programs.length;
    console.log(
      `Large projection: previewUplift, ${LARGE.draws.toLocaleString('en-US')} draws × ${LARGE.horizonYears} years × ${programs.length} programs` +
        ` (${(workUnits / 1e6).toFixed(0)} M program-year-draws), answered in ${(projectionMs / 1000).toFixed(2)} s` +
        ` (worker thread; includes starting the worker, validation and storing the result).`,
    );
    if (modelSecondsAtLarge != null) {
      console.log(
        `The same simulation on the calling thread (part A) takes ${modelSecondsAtLarge.toFixed(2)} s: the time every other request would wait if it ran inline.`,
      );
    }
    const last = answer.previewUplift.rows.find((r) => r.year === LARGE.horizonYears);
    if (last && modelP50AtLarge != null) {
      const same = last.p50 === modelP50AtLarge;
      console.log(
        `Check: total NEW_ENROLLMENTS P50 in year ${LARGE.horizonYears}: server ${last.p50.toFixed(4)}, part A ${modelP50AtLarge.toFixed(4)} (${same ? 'identical' : 'DIFFERENT'}).`,
      );
    }
    console.log(
      `Peak RSS of the whole process (server + worker thread): ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB.`,
    );
  } finally {
    await server.close();
    await closePool();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

// ----------------------------------------------------------------------------------------------

async function main(): Promise<void> {
  const watchdog = setTimeout(() => {
    console.error(`bench:model stopped after ${WATCHDOG_MS / 60_000} minutes (watchdog).`);
    process.exit(2);
  }, WATCHDOG_MS);
  watchdog.unref();

  const cores = os.availableParallelism?.() ?? os.cpus().length;
  console.log(
    `Uplift model benchmark — Node ${process.version}, ${cores} cores (${os.cpus()[0]?.model ?? 'unknown CPU'}), ${os.platform()} ${os.arch()}`,
  );
  console.log(
    `Demo university: ${demo.programs.length} programs; what-if: ${credentialByKey(WHAT_IF.credentialKey).title} as a ${WHAT_IF.creditsApplied}-credit ${WHAT_IF.requirement} in ${WHAT_IF.programCode}; default assumptions (${defaultAssumptionSet.conversion}); seed ${SEED}.`,
  );
  console.log('');
  console.log(
    'A. Model alone: simulate() on one thread, each size in a fresh process (median of reps; peak RSS of that process)',
  );
  const header = [
    'draws',
    'years',
    'programs',
    'prog-yr-draws',
    'reps',
    'seconds',
    'M prog-yr-draws/s',
    'peak RSS MiB',
  ];
  const widths = [9, 7, 10, 15, 6, 10, 19, 14];
  console.log(header.map((h, i) => h.padStart(widths[i])).join(''));
  let large: ModelRun | null = null;
  for (const [draws, years, programs] of MODEL_SIZES) {
    const r = await modelRunInChild(draws, years, programs);
    const units = r.draws * r.years * r.programs;
    const cells = [
      r.draws.toLocaleString('en-US'),
      String(r.years),
      String(r.programs),
      units.toLocaleString('en-US'),
      String(r.reps),
      r.seconds.toFixed(3),
      (units / r.seconds / 1e6).toFixed(2),
      r.maxRssMiB.toFixed(0),
    ];
    console.log(cells.map((c, i) => c.padStart(widths[i])).join(''));
    if (programs == null && draws === LARGE.draws && years === LARGE.horizonYears) large = r;
  }

  await benchServer(large?.seconds ?? null, large?.lastYearEnrollmentP50 ?? null);
  clearTimeout(watchdog);
}

if (process.argv[2] === '--model-run') {
  const [draws, years, programs] = process.argv.slice(3);
  runModelChild(Number(draws), Number(years), programs === 'all' ? null : Number(programs));
} else {
  main().then(
    () => process.exit(0),
    (err: unknown) => {
      console.error(err instanceof Error ? (err.stack ?? err.message) : err);
      process.exit(1);
    },
  );
}
