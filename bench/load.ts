/**
 * `npm run load` — an autocannon run of a realistic planner and BI mix; prints figures, asserts nothing.
 *
 * A real server is started in this process on a temporary SQLite file with the demo university
 * loaded, production settings, the default query limits and rate limiting OFF (a trusted internal
 * deployment: the run measures the API, not the throttle). Then several autocannon instances run at
 * the same time for LOAD_DURATION seconds (default 20) over LOAD_CONNECTIONS connections in total
 * (default 10), one instance per kind of request, connections shared out by the weights below:
 *
 *   planner  programs page with embedded credentials (ProgramsWithCredentials, first 20)
 *   planner  one program with its embeddings and metrics (Program, a different program each time)
 *   planner  the credential catalog, filtered (CredentialCatalog, creditBearing, first 50)
 *   planner  a saved scenario's projection, already cached (ScenarioProjection, NET_REVENUE + HEADCOUNT)
 *   BI       every program, first 100, flat fields (ProgramsWithCredentials, first 100)
 *   BI       a program's metrics, first 100 (ProgramMetrics, a different program each time)
 *   write    recordMetrics upserting 5 observations of one program (replacing existing values)
 *
 * Latency is measured by autocannon per response (from the request being written to the whole
 * response read); p50/p99 are computed here from every response, per kind and overall. Errors are
 * connection errors and timeouts; non-2xx are HTTP statuses; GraphQL errors are 200 responses that
 * carry `errors`. The client runs in the same process as the server, so the figures include the
 * client's own share of the CPU.
 */
import 'reflect-metadata';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { print, type DocumentNode } from 'graphql';
import type { AppConfig } from '../src/config';
import { DEFAULT_LIMITS } from '../src/app/limits';
import { DEFAULT_RATE_LIMIT } from '../src/app/rate-limit';
import { createLogger } from '../src/core/logger';
import { startServer } from '../src/app/server';
import {
  CredentialCatalogDocument,
  ProgramDocument,
  ProgramMetricsDocument,
  ProgramsWithCredentialsDocument,
  ScenarioProjectionDocument,
} from '../schema/client/graphql';

const DURATION_S = Number(process.env.LOAD_DURATION ?? 20);
const CONNECTIONS = Number(process.env.LOAD_CONNECTIONS ?? 10);
const WATCHDOG_MS = (DURATION_S + 60) * 1000;
const ADMIN_KEY = 'load-admin-key-0123456789abcdef';

interface Kind {
  name: string;
  group: 'planner' | 'BI' | 'write';
  weight: number;
  key: 'planner' | 'viewer';
  /** The body of the next request. */
  body: (n: number) => string;
}

interface Tally {
  latencies: number[];
  requests: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  graphqlErrors: number;
  bytes: number;
}

function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

const gqlBody = (doc: DocumentNode, variables: Record<string, unknown>) =>
  JSON.stringify({ query: print(doc), variables });

async function post<T>(url: string, key: string, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: T; errors?: unknown[] };
  if (body.errors || !body.data) throw new Error(`setup request failed: ${JSON.stringify(body.errors)}`);
  return body.data;
}

function run(
  url: string,
  kind: Kind,
  key: string,
  connections: number,
): Promise<{ kind: Kind; tally: Tally; durationMs: number }> {
  const tally: Tally = { latencies: [], requests: 0, errors: 0, timeouts: 0, non2xx: 0, graphqlErrors: 0, bytes: 0 };
  let n = 0;
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const instance = autocannon(
      {
        url,
        connections,
        duration: DURATION_S,
        timeout: 10,
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
        requests: [
          {
            setupRequest: (req) => ({ ...req, body: kind.body(n++) }),
            onResponse: (status, body) => {
              if (status === 200 && body.includes('"errors"')) tally.graphqlErrors++;
            },
          },
        ],
      },
      (err, result) => {
        if (err) return reject(err instanceof Error ? err : new Error(String(err)));
        tally.errors = result.errors;
        tally.timeouts = result.timeouts;
        tally.non2xx = result.non2xx;
        resolve({ kind, tally, durationMs: Date.now() - started });
      },
    );
    instance.on('response', (_client: unknown, _status: number, resBytes: number, responseTime: number) => {
      tally.requests++;
      tally.bytes += resBytes;
      tally.latencies.push(responseTime);
    });
  });
}

async function main(): Promise<void> {
  const watchdog = setTimeout(() => {
    console.error(`load: watchdog fired after ${WATCHDOG_MS} ms`);
    process.exit(2);
  }, WATCHDOG_MS);
  watchdog.unref();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'uplift-load-'));
  const config: AppConfig = {
    port: 0,
    database: { kind: 'sqlite', url: path.join(dir, 'load.db') },
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
  try {
    // Ids for the mix, and one saved scenario whose projection is computed (and cached) before the run.
    const programs = (
      await post<{ programs: { nodes: { id: string }[] } }>(
        url,
        keys.viewer,
        '{ programs(first: 100) { nodes { id } } }',
      )
    ).programs.nodes.map((p) => p.id);
    const scenario = (
      await post<{ createScenario: { scenario: { id: string } } }>(
        url,
        keys.planner,
        'mutation($input: CreateScenarioInput!) { createScenario(input: $input) { scenario { id } } }',
        {
          input: {
            name: 'Load: all programs, 10 years',
            horizonYears: 10,
            draws: 2_000,
            changes: programs.map((programId) => ({ programId })),
          },
        },
      )
    ).createScenario.scenario.id;
    await post(url, keys.viewer, print(ScenarioProjectionDocument), {
      id: scenario,
      metrics: ['NET_REVENUE'],
      totalsOnly: true,
    });

    const kinds: Kind[] = [
      {
        name: 'programs page + embeddings',
        group: 'planner',
        weight: 2,
        key: 'planner',
        body: () => gqlBody(ProgramsWithCredentialsDocument, { first: 20, orderBy: { field: 'CODE' } }),
      },
      {
        name: 'program + metrics',
        group: 'planner',
        weight: 1,
        key: 'planner',
        body: (n) => gqlBody(ProgramDocument, { id: programs[n % programs.length] }),
      },
      {
        name: 'credential catalog (filter)',
        group: 'planner',
        weight: 1,
        key: 'planner',
        body: () =>
          gqlBody(CredentialCatalogDocument, {
            first: 50,
            filter: { creditBearing: true },
            orderBy: { field: 'TITLE' },
          }),
      },
      {
        name: 'cached scenario projection',
        group: 'planner',
        weight: 1,
        key: 'planner',
        body: () => gqlBody(ScenarioProjectionDocument, { id: scenario, metrics: ['NET_REVENUE', 'HEADCOUNT'] }),
      },
      {
        name: 'programs first 100',
        group: 'BI',
        weight: 2,
        key: 'viewer',
        body: () => gqlBody(ProgramsWithCredentialsDocument, { first: 100 }),
      },
      {
        name: 'program metrics first 100',
        group: 'BI',
        weight: 2,
        key: 'viewer',
        body: (n) => gqlBody(ProgramMetricsDocument, { id: programs[n % programs.length], first: 100 }),
      },
      {
        name: 'recordMetrics upsert (5 rows)',
        group: 'write',
        weight: 1,
        key: 'planner',
        body: (n) =>
          JSON.stringify({
            query:
              'mutation($input: RecordMetricsInput!) { recordMetrics(input: $input) { observations { id value } } }',
            variables: {
              input: {
                observations: Array.from({ length: 5 }, (_, i) => ({
                  programId: programs[n % programs.length],
                  academicYear: 2015 + i,
                  metric: 'PROSPECTS',
                  value: 1_000 + (n % 500),
                })),
              },
            },
          }),
      },
    ];
    const totalWeight = kinds.reduce((s, k) => s + k.weight, 0);
    const shares = kinds.map((k) => Math.max(1, Math.round((k.weight / totalWeight) * CONNECTIONS)));

    console.log(
      `Uplift load run: ${DURATION_S} s, ${shares.reduce((a, b) => a + b, 0)} connections (${kinds.length} autocannon instances in parallel), in-process server on SQLite, rate limiting off, node ${process.version}, ${os.cpus().length} CPU(s)\n`,
    );
    const results = await Promise.all(kinds.map((k, i) => run(url, k, keys[k.key], shares[i])));

    const rows: string[][] = [
      ['mix', 'conns', 'requests', 'req/s', 'p50 ms', 'p99 ms', 'errors', 'non-2xx', 'GraphQL errors'],
    ];
    const line = (name: string, conns: number, tallies: Tally[], seconds: number) => {
      const lat = tallies.flatMap((t) => t.latencies).sort((a, b) => a - b);
      const sum = (f: (t: Tally) => number) => tallies.reduce((s, t) => s + f(t), 0);
      rows.push([
        name,
        String(conns),
        String(sum((t) => t.requests)),
        (sum((t) => t.requests) / seconds).toFixed(1),
        percentile(lat, 50).toFixed(1),
        percentile(lat, 99).toFixed(1),
        String(sum((t) => t.errors + t.timeouts)),
        String(sum((t) => t.non2xx)),
        String(sum((t) => t.graphqlErrors)),
      ]);
    };
    const seconds = Math.max(...results.map((r) => r.durationMs)) / 1000;
    results.forEach((r, i) => line(`${r.kind.group}: ${r.kind.name}`, shares[i], [r.tally], r.durationMs / 1000));
    for (const group of ['planner', 'BI', 'write'] as const) {
      const of = results.map((r, i) => ({ r, i })).filter(({ r }) => r.kind.group === group);
      line(
        `= ${group}`,
        of.reduce((s, { i }) => s + shares[i], 0),
        of.map(({ r }) => r.tally),
        seconds,
      );
    }
    line(
      '= overall',
      shares.reduce((a, b) => a + b, 0),
      results.map((r) => r.tally),
      seconds,
    );
    const widths = rows[0].map((_, c) => Math.max(...rows.map((row) => row[c].length)));
    for (const row of rows)
      console.log(row.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  '));
  } finally {
    await server.close();
    fs.rmSync(dir, { recursive: true, force: true });
    clearTimeout(watchdog);
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
