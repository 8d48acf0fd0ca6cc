/**
 * `npm run bench:optimizer` — optimizePortfolio timed over HTTP on a real in-process server (temporary
 * SQLite file, demo university loaded, production settings, default query limits, rate limiting off).
 * Prints figures, asserts nothing:
 *
 *   1. the demo university: its 15 programs, its whole visible catalog, one addition each, 500 draws,
 *      NET_REVENUE over 5 years, EXPECTED at two budgets (and CVAR_10 at one), with the plan;
 *   2. a 200-program institution with 20 candidate credentials of its own, 500 draws, while a cheap
 *      query (the viewer and the first 5 programs) runs back to back: its latency before, during the
 *      optimisation, and, for comparison, during a large projection of the same programs.
 *
 * Peak memory is the process's resident set (main thread plus the optimiser's worker thread),
 * sampled every 10 ms during each run.
 */
import 'reflect-metadata';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { print } from 'graphql';
import type { AppConfig } from '../src/config';
import { DEFAULT_LIMITS } from '../src/app/limits';
import { DEFAULT_RATE_LIMIT } from '../src/app/rate-limit';
import { startServer } from '../src/app/server';
import { createLogger } from '../src/core/logger';
import { closeOptimizerPool } from '../src/modules/optimizer/optimizer.pool';
import {
  OptimizePortfolioDocument,
  type OptimizePortfolioInput,
  type PortfolioPlanFieldsFragment,
} from '../schema/client/graphql';

const ADMIN_KEY = 'bench-admin-key-0123456789abcdef';
const WATCHDOG_MS = 15 * 60 * 1000;
const CHEAP = '{ viewer { role } programs(first: 5) { nodes { id code } } }';

interface Body<T> {
  data?: T;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
  extensions?: { cost?: { actualQueryCost: number } };
}

async function post<T>(
  url: string,
  key: string,
  query: string,
  variables?: Record<string, unknown>,
): Promise<{ data: T; cost: number | null }> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as Body<T>;
  if (body.errors?.length || !body.data) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors)}`);
  return { data: body.data, cost: body.extensions?.cost?.actualQueryCost ?? null };
}

function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

const mb = (bytes: number): string => `${(bytes / 2 ** 20).toFixed(0)} MB`;
const money = (v: number): string => Math.round(v).toLocaleString('en-US');

/** Runs `work` while sampling RSS; returns its result, wall time and the peak RSS. */
async function measured<T>(work: () => Promise<T>): Promise<{ result: T; ms: number; peakRss: number }> {
  let peakRss = process.memoryUsage.rss();
  const timer = setInterval(() => {
    peakRss = Math.max(peakRss, process.memoryUsage.rss());
  }, 10);
  const start = performance.now();
  try {
    const result = await work();
    return { result, ms: performance.now() - start, peakRss: Math.max(peakRss, process.memoryUsage.rss()) };
  } finally {
    clearInterval(timer);
  }
}

/** The cheap query back to back until `until` settles; its latencies in ms. */
async function cheapLatencies(url: string, key: string, until: Promise<unknown> | null, count = 50): Promise<number[]> {
  let done = false;
  void until?.then(
    () => {
      done = true;
    },
    () => {
      done = true;
    },
  );
  const out: number[] = [];
  while (until ? !done : out.length < count) {
    const start = performance.now();
    await post(url, key, CHEAP);
    out.push(performance.now() - start);
  }
  return out;
}

function latencyLine(label: string, ms: number[]): string {
  const sorted = [...ms].sort((a, b) => a - b);
  return `${label}: ${sorted.length} requests, p50 ${percentile(sorted, 50).toFixed(1)} ms, p99 ${percentile(sorted, 99).toFixed(1)} ms, max ${sorted[sorted.length - 1].toFixed(1)} ms`;
}

function printPlan(plan: PortfolioPlanFieldsFragment): void {
  console.log(
    `  status ${plan.status}, gap ${plan.gap}, cost ${money(plan.cost)} of ${money(plan.budget)}; baseline ${money(plan.baselineValue)}; ` +
      `gain mean ${money(plan.gain.mean)} (p10 ${money(plan.gain.p10)}, p90 ${money(plan.gain.p90)}) on ${plan.evaluationDraws} fresh draws; ` +
      `${plan.optionsEvaluated} options, ${plan.candidatesEvaluated} model runs`,
  );
  for (const a of plan.additions) {
    console.log(
      `    ${a.program.code.padEnd(8)} + ${a.credential.title} (${a.requirement}, ${a.creditsApplied} credits): gain ${money(a.objectiveGain)}, cost ${money(a.cost)}`,
    );
  }
  console.log(`  frontier: ${plan.frontier.map((f) => `${money(f.budget)} → ${money(f.expectedGain)}`).join('; ')}`);
}

async function main(): Promise<void> {
  const watchdog = setTimeout(() => {
    console.error(`bench:optimizer: watchdog fired after ${WATCHDOG_MS} ms`);
    process.exit(2);
  }, WATCHDOG_MS);
  watchdog.unref();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'uplift-bench-opt-'));
  const config: AppConfig = {
    port: 0,
    database: { kind: 'sqlite', url: path.join(dir, 'bench.db') },
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
  const keys = server.demoKeys!;
  const optimize = (key: string, input: OptimizePortfolioInput) =>
    post<{ optimizePortfolio: { plan: PortfolioPlanFieldsFragment } }>(url, key, print(OptimizePortfolioDocument), {
      input,
    });
  try {
    console.log(
      `Uplift optimizer bench: node ${process.version}, ${os.cpus().length} CPU(s), in-process server on SQLite\n`,
    );
    // Warm-up: the worker thread, the schema and the connection (not timed).
    await optimize(keys.planner, { objective: 'NET_REVENUE', horizonYears: 1, budget: 0, draws: 10 });

    const demoPrograms = (
      await post<{ programs: { nodes: { id: string }[] } }>(
        url,
        keys.planner,
        '{ programs(first: 100) { nodes { id } } }',
      )
    ).data.programs.nodes.map((p) => p.id);
    const demo = (budget: number, risk: 'EXPECTED' | 'CVAR_10' = 'EXPECTED'): OptimizePortfolioInput => ({
      objective: 'NET_REVENUE',
      horizonYears: 5,
      budget,
      risk,
      programIds: demoPrograms,
      maxAdditionsPerProgram: 1,
      draws: 500,
    });
    for (const [budget, risk] of [
      [50_000, 'EXPECTED'],
      [250_000, 'EXPECTED'],
      [250_000, 'CVAR_10'],
    ] as const) {
      const run = await measured(() => optimize(keys.planner, demo(budget, risk)));
      console.log(
        `Demo: ${demoPrograms.length} programs, whole catalog, 1 addition each, 500 draws, NET_REVENUE over 5 years, ${risk}, budget ${money(budget)}: ` +
          `${(run.ms / 1000).toFixed(2)} s, peak RSS ${mb(run.peakRss)}, cost ${run.result.cost} points`,
      );
      printPlan(run.result.data.optimizePortfolio.plan);
      console.log('');
    }

    // A 200-program institution with 20 credentials of its own.
    const institution = (
      await post<{ createInstitution: { institution: { id: string } } }>(
        url,
        ADMIN_KEY,
        'mutation($input: CreateInstitutionInput!) { createInstitution(input: $input) { institution { id } } }',
        {
          input: {
            name: 'Bench State University',
            slug: 'bench-state',
            country: 'US',
            creditUnit: 'US_CREDIT_HOUR',
            currency: 'USD',
          },
        },
      )
    ).data.createInstitution.institution.id;
    const planner = (
      await post<{ createApiKey: { secret: string } }>(
        url,
        ADMIN_KEY,
        'mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret } }',
        { input: { institutionId: institution, name: 'bench planner', role: 'PLANNER' } },
      )
    ).data.createApiKey.secret;
    const programIds: string[] = [];
    for (let i = 0; i < 200; i++) {
      const credits = [120, 60, 36, 30][i % 4];
      programIds.push(
        (
          await post<{ createProgram: { program: { id: string } } }>(
            url,
            planner,
            'mutation($input: CreateProgramInput!) { createProgram(input: $input) { program { id } } }',
            {
              input: {
                code: `P${String(i).padStart(3, '0')}`,
                title: `Program ${i}`,
                level: ['BACHELOR', 'ASSOCIATE', 'MASTER', 'CERTIFICATE'][i % 4],
                modality: 'HYBRID',
                totalCredits: credits,
                durationYears: credits / 30,
                tuitionPerCredit: 250 + (i % 9) * 75,
                baseline: {
                  annualProspects: 400 + (i % 17) * 60,
                  annualNewEnrollments: 40 + (i % 13) * 9,
                  engagementRate: 0.35 + (i % 7) * 0.05,
                  retentionRate: 0.7 + (i % 5) * 0.04,
                },
              },
            },
          )
        ).data.createProgram.program.id,
      );
    }
    const credentialIds: string[] = [];
    for (let j = 0; j < 20; j++) {
      const credit = j % 4 !== 3;
      credentialIds.push(
        (
          await post<{ createCredential: { credential: { id: string } } }>(
            url,
            planner,
            'mutation($input: CreateCredentialInput!) { createCredential(input: $input) { credential { id } } }',
            {
              input: {
                title: `Bench credential ${j}`,
                issuer: 'Bench Issuer',
                creditRecognition: credit ? 'INSTITUTION' : 'NONE',
                ...(credit ? { creditValue: [3, 6, 9][j % 3], creditUnit: 'US_CREDIT_HOUR' } : {}),
                costPerLearner: 50 + j * 40,
                setupCost: 500 + j * 250,
              },
            },
          )
        ).data.createCredential.credential.id,
      );
    }
    const big: OptimizePortfolioInput = {
      objective: 'NET_REVENUE',
      horizonYears: 5,
      budget: 2_000_000,
      programIds,
      credentialIds,
      maxAdditionsPerProgram: 1,
      draws: 500,
    };
    const before = await cheapLatencies(url, planner, null);
    let during: number[] = [];
    const run = await measured(async () => {
      const pending = optimize(planner, big);
      during = await cheapLatencies(url, planner, pending);
      return pending;
    });
    // For comparison: the same cheap query during a large projection (previewUplift of the 200 programs, 20,000 draws, 5 years).
    let duringProjection: number[] = [];
    const projection = await measured(async () => {
      const pending = post(
        url,
        planner,
        'query($input: PreviewUpliftInput!) { previewUplift(input: $input) { inputHash } }',
        {
          input: { horizonYears: 5, draws: 20_000, changes: programIds.map((programId) => ({ programId })) },
        },
      );
      duringProjection = await cheapLatencies(url, planner, pending);
      return pending;
    });
    const plan = run.result.data.optimizePortfolio.plan;
    console.log(
      `200 programs × 20 credentials, 1 addition each, 500 draws, NET_REVENUE over 5 years, EXPECTED, budget ${money(big.budget)}: ` +
        `${(run.ms / 1000).toFixed(2)} s, peak RSS ${mb(run.peakRss)}, cost ${run.result.cost} points`,
    );
    console.log(
      `  status ${plan.status}, ${plan.additions.length} additions, cost ${money(plan.cost)}, gain mean ${money(plan.gain.mean)}; ${plan.optionsEvaluated} options, ${plan.candidatesEvaluated} model runs`,
    );
    console.log(`  ${latencyLine('cheap query before', before)}`);
    console.log(`  ${latencyLine('cheap query during the optimisation', during)}`);
    console.log(
      `  ${latencyLine(`cheap query during a large projection (200 programs × 5 years × 20,000 draws, ${(projection.ms / 1000).toFixed(2)} s)`, duringProjection)}`,
    );
  } finally {
    await server.close();
    await closeOptimizerPool();
    fs.rmSync(dir, { recursive: true, force: true });
    clearTimeout(watchdog);
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
