/**
 * `npm run bench:dashboard` — issue 11's "a scenario's charts appear within a second of its projection arriving",
 * measured in a real Chromium on the built dashboard. Prints figures; asserts nothing but that the page works
 * (the responses succeed, every chart is drawn, no page or console error).
 *
 * A real server is started in this process (production settings, default query limits, rate limiting off, the
 * demo university, a temporary SQLite file) and serves dist/web at `/`. A scenario is saved through the API
 * (BENCH_PROGRAMS programs, default 10; BENCH_DRAWS draws, default 2,000; a 10-year horizon), then Debian's
 * Chromium (CHROMIUM_PATH, default /usr/bin/chromium; the e2e suite's flags) opens `#/scenarios/<id>` in a new
 * tab BENCH_RUNS times (default 10), the planner key put in sessionStorage (`uplift.apiKey`) before the app
 * starts. The first run is cold (the server computes the projection and the tornado; the browser has nothing
 * cached) and reported on its own; the others are warm (cached answers, assets in the browser's cache).
 *
 * The timing is taken in the page, on its own clock (performance.now()): an init script wraps window.fetch to
 * note each GraphQL operation by name, and a MutationObserver notes when each `svg[role=img]` enters the DOM and,
 * one frame later, when it has been painted. "Arrived" is the Resource Timing responseEnd of the /graphql request
 * of that operation (its last byte). The number of charts to wait for comes from the answers themselves: one fan
 * chart per outcome metric in the projection's institution totals, plus the tornado when the sensitivity has
 * items. Playwright's waitForResponse checks the answers and gives their size.
 */
import 'reflect-metadata';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page, type Response } from 'playwright-core';
import type { AppConfig } from '../src/config';
import { DEFAULT_LIMITS } from '../src/app/limits';
import { DEFAULT_RATE_LIMIT } from '../src/app/rate-limit';
import { createLogger } from '../src/core/logger';
import { startServer, type RunningServer } from '../src/app/server';
import { dashboardDir } from '../src/app/web';

const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 10));
const PROGRAMS = Math.max(1, Number(process.env.BENCH_PROGRAMS ?? 10));
const DRAWS = Math.max(1, Number(process.env.BENCH_DRAWS ?? 2_000));
const HORIZON = 10;
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
/** The e2e suite's flags (test/e2e/dashboard.e2e.test.ts). */
const LAUNCH_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const ADMIN_KEY = 'bench-admin-key-0123456789abcdef';
/** One run may wait this long for its answers and its charts (the cold run computes the projection). */
const RUN_TIMEOUT_MS = 120_000;
/** After the last chart, how long to keep watching for redraws (a chart redraws once its width is known). */
const SETTLE_MS = 750;
const WATCHDOG_S = Math.max(300, 120 + RUNS * 20);
const PROJECTION_OP = 'ScenarioProjection';
const SENSITIVITY_OP = 'ScenarioSensitivity';

/**
 * Runs in the page before the app (as a string: this file is compiled without the DOM library, and Playwright's
 * init scripts are not subject to the page's Content-Security-Policy).
 */
const PAGE_PROBE = `(() => {
  const b = { ops: [], counts: [], inserts: [], waiters: [] };
  window.__bench = b;
  const realFetch = window.fetch.bind(window);
  window.fetch = async (input, init) => {
    let name = null;
    try {
      const m = /^\\s*(?:query|mutation)\\s+(\\w+)/.exec(JSON.parse(String(init && init.body)).query);
      name = m ? m[1] : null;
    } catch (e) {}
    const op = { name, start: performance.now(), headers: null, parsed: null };
    b.ops.push(op);
    const res = await realFetch(input, init);
    op.headers = performance.now();
    const json = res.json.bind(res);
    res.json = async () => {
      const value = await json();
      op.parsed = performance.now();
      return value;
    };
    return res;
  };
  const seen = new WeakSet();
  const scan = () => {
    const t = performance.now();
    const svgs = document.querySelectorAll('svg[role=img]');
    let fans = 0;
    let tornado = 0;
    for (const svg of svgs) {
      const label = svg.getAttribute('aria-label') || '';
      if (/P10–P90 band.* by year$/.test(label)) fans++;
      else if (/^Sensitivity of /.test(label)) tornado++;
      if (!seen.has(svg)) {
        seen.add(svg);
        b.inserts.push({ t, label });
      }
    }
    const last = b.counts[b.counts.length - 1];
    if (!last || last.fans !== fans || last.tornado !== tornado || last.total !== svgs.length) {
      const entry = { t, fans, tornado, total: svgs.length, painted: null };
      b.counts.push(entry);
      requestAnimationFrame(() => setTimeout(() => { entry.painted = performance.now(); }, 0));
    }
    b.waiters = b.waiters.filter((w) => !w());
  };
  new MutationObserver(scan).observe(document, { childList: true, subtree: true });
  b.whenDrawn = (fans, tornado, ms) => new Promise((resolve, reject) => {
    const done = () => {
      const c = b.counts[b.counts.length - 1];
      return !!c && c.fans >= fans && c.tornado >= tornado;
    };
    if (done()) return resolve(true);
    const timer = setTimeout(() => {
      reject(new Error('charts not drawn within ' + ms + ' ms; last count ' + JSON.stringify(b.counts[b.counts.length - 1] || null)));
    }, ms);
    b.waiters.push(() => {
      if (!done()) return false;
      clearTimeout(timer);
      resolve(true);
      return true;
    });
  });
  b.collect = () => {
    const entries = performance.getEntriesByType('resource').filter((e) => /\\/graphql$/.test(e.name));
    const ops = b.ops.map((op) => {
      let best = null;
      for (const e of entries) {
        if (e.startTime < op.start - 5) continue;
        if (!best || Math.abs(e.startTime - op.start) < Math.abs(best.startTime - op.start)) best = e;
      }
      return { ...op, responseEnd: best ? best.responseEnd : null };
    });
    const scripts = performance
      .getEntriesByType('resource')
      .filter((e) => /\\.js(\\?|$)/.test(e.name))
      .map((e) => ({ name: e.name.split('/').pop(), startTime: e.startTime, responseEnd: e.responseEnd }));
    return { ops, counts: b.counts, inserts: b.inserts, scripts };
  };
})();`;

interface PageOp {
  name: string | null;
  start: number;
  headers: number | null;
  parsed: number | null;
  responseEnd: number | null;
}
interface PageCount {
  t: number;
  fans: number;
  tornado: number;
  total: number;
  painted: number | null;
}
interface Collected {
  ops: PageOp[];
  counts: PageCount[];
  inserts: { t: number; label: string }[];
  scripts: { name: string; startTime: number; responseEnd: number }[];
}

interface RunFigures {
  /** projection arrived → every fan chart in the DOM */
  fans: number;
  /** … and painted (the frame after) */
  fansPainted: number;
  /** projection arrived → every chart (fans and tornado) in the DOM */
  all: number;
  /** the later of the two answers arrived → every chart in the DOM */
  allAfterBoth: number;
  /** projection arrived → the last svg inserted (redraws included) */
  settled: number;
  /** projection arrived → the last script chunk requested after the projection request fetched (NaN if none) */
  lateScript: number;
  /** that chunk's file name */
  lateScriptName: string;
  /** request sent → projection arrived (server and network) */
  projectionRequest: number;
  /** request sent → sensitivity arrived */
  sensitivityRequest: number;
  fanCharts: number;
  tornadoCharts: number;
  projectionBytes: number;
  sensitivityBytes: number;
  rows: number;
}

type Data = Record<string, unknown>;

async function gql(url: string, key: string, query: string, variables: Record<string, unknown> = {}): Promise<Data> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: Data; errors?: unknown[] };
  if (body.errors || !body.data) throw new Error(`GraphQL request failed: ${JSON.stringify(body.errors)}`);
  return body.data;
}

function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** The scenario: the first PROGRAMS programs, each with the 0-credit security badge as an elective if it can. */
async function createScenario(url: string, key: string): Promise<{ id: string; name: string; what: string }> {
  const programs = (
    (await gql(url, key, `{ programs(first: ${PROGRAMS}) { nodes { id code } } }`)).programs as {
      nodes: { id: string; code: string }[];
    }
  ).nodes;
  if (programs.length < PROGRAMS) throw new Error(`the demo has ${programs.length} programs, ${PROGRAMS} wanted`);
  const credentials = (
    (await gql(url, key, '{ credentials(first: 100) { nodes { id title } } }')).credentials as {
      nodes: { id: string; title: string }[];
    }
  ).nodes;
  const badge = credentials.find((c) => c.title === 'Data Security Awareness – Level 1');
  const mutation = 'mutation($input: CreateScenarioInput!) { createScenario(input: $input) { scenario { id name } } }';
  const base = { horizonYears: HORIZON, draws: DRAWS };
  const attempts = [
    ...(badge
      ? [
          {
            what: `+ ${badge.title} (elective, 0 credits) in each`,
            changes: programs.map((p) => ({
              programId: p.id,
              add: [{ credentialId: badge.id, requirement: 'ELECTIVE', creditsApplied: 0 }],
            })),
          },
        ]
      : []),
    { what: 'no change (the programs as they are)', changes: programs.map((p) => ({ programId: p.id })) },
  ];
  let failure: unknown = null;
  for (const a of attempts) {
    try {
      const name = `Bench: ${PROGRAMS} programs, ${HORIZON} years, ${DRAWS} draws`;
      const data = await gql(url, key, mutation, { input: { ...base, name, changes: a.changes } });
      const scenario = (data.createScenario as { scenario: { id: string; name: string } }).scenario;
      return { ...scenario, what: `${programs.map((p) => p.code).join(', ')}: ${a.what}` };
    } catch (err) {
      failure = err;
    }
  }
  throw failure instanceof Error ? failure : new Error(String(failure));
}

function isOperation(name: string): (r: Response) => boolean {
  const re = new RegExp(`^\\s*query\\s+${name}\\b`);
  return (r) => {
    const req = r.request();
    if (req.method() !== 'POST' || !new URL(req.url()).pathname.endsWith('/graphql')) return false;
    try {
      const body = req.postDataJSON() as { query?: unknown } | null;
      return typeof body?.query === 'string' && re.test(body.query);
    } catch {
      return false;
    }
  };
}

/** The answer of one operation: it must have succeeded. */
async function answer(r: Response, name: string): Promise<{ data: Data; bytes: number }> {
  const raw = await r.body();
  const body = JSON.parse(raw.toString('utf8')) as { data?: Data; errors?: unknown[] };
  if (r.status() !== 200 || body.errors || !body.data)
    throw new Error(`${name} failed: HTTP ${r.status()} ${raw.toString('utf8').slice(0, 500)}`);
  return { data: body.data, bytes: raw.length };
}

async function oneRun(page: Page, origin: string, scenario: { id: string; name: string }): Promise<RunFigures> {
  const problems: string[] = [];
  page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
  page.on('console', (msg) => {
    if (msg.type() !== 'error') return;
    // A browser asks for /favicon.ico on its own.
    if (/Failed to load resource/.test(msg.text()) && /\/favicon\.ico$/.test(msg.location().url)) return;
    problems.push(`console: ${msg.text()} (${msg.location().url})`);
  });
  const projectionP = page.waitForResponse(isOperation(PROJECTION_OP), { timeout: RUN_TIMEOUT_MS });
  const sensitivityP = page.waitForResponse(isOperation(SENSITIVITY_OP), { timeout: RUN_TIMEOUT_MS });
  // Both are awaited below; a failed navigation must not leave them unhandled.
  projectionP.catch(() => undefined);
  sensitivityP.catch(() => undefined);
  await page.goto(`${origin}/#/scenarios/${encodeURIComponent(scenario.id)}`);
  const projection = await answer(await projectionP, PROJECTION_OP);
  const sensitivity = await answer(await sensitivityP, SENSITIVITY_OP);

  const { rows } = (
    projection.data.scenario as { projection: { rows: { programId: string | null; metric: string }[] } }
  ).projection;
  const fans = new Set(rows.filter((r) => r.programId === null).map((r) => r.metric)).size;
  const items = (sensitivity.data.scenario as { sensitivity: unknown[] } | null)?.sensitivity ?? [];
  const tornado = items.length > 0 ? 1 : 0;
  if (fans === 0) throw new Error('the projection has no institution totals: no fan chart to wait for');

  await page.evaluate(`window.__bench.whenDrawn(${fans}, ${tornado}, ${RUN_TIMEOUT_MS})`);
  await page.waitForTimeout(SETTLE_MS);
  const c = await page.evaluate<Collected>('window.__bench.collect()');
  if ((await page.getByRole('heading', { level: 1, name: scenario.name, exact: true }).count()) !== 1)
    problems.push(`no heading "${scenario.name}"`);
  if (problems.length) throw new Error(`the page does not work:\n  ${problems.join('\n  ')}`);

  const arrived = (name: string): { start: number; end: number } => {
    const op = c.ops.filter((o) => o.name === name && o.parsed !== null).pop();
    if (!op) throw new Error(`the page never read the answer of ${name}`);
    return { start: op.start, end: op.responseEnd ?? op.headers ?? op.parsed! };
  };
  const p = arrived(PROJECTION_OP);
  const s = arrived(SENSITIVITY_OP);
  const first = (ok: (x: PageCount) => boolean): PageCount => {
    const hit = c.counts.find(ok);
    if (!hit) throw new Error(`charts never all drawn: ${JSON.stringify(c.counts)}`);
    return hit;
  };
  const fansAt = first((x) => x.fans >= fans);
  const allAt = first((x) => x.fans >= fans && x.tornado >= tornado);
  // Chunks the page asked for once the projection was on its way: Observable Plot is imported by the first chart.
  const late = c.scripts
    .filter((x) => x.startTime >= p.start)
    .sort((a, b) => a.responseEnd - b.responseEnd)
    .pop();
  const lastInsert = c.inserts.length ? c.inserts[c.inserts.length - 1].t : allAt.t;
  return {
    fans: fansAt.t - p.end,
    fansPainted: (fansAt.painted ?? fansAt.t) - p.end,
    all: allAt.t - p.end,
    allAfterBoth: allAt.t - Math.max(p.end, s.end),
    settled: lastInsert - p.end,
    lateScript: late ? late.responseEnd - p.end : NaN,
    lateScriptName: late?.name ?? '',
    projectionRequest: p.end - p.start,
    sensitivityRequest: s.end - s.start,
    fanCharts: fans,
    tornadoCharts: tornado,
    projectionBytes: projection.bytes,
    sensitivityBytes: sensitivity.bytes,
    rows: rows.length,
  };
}

function report(runs: RunFigures[]): void {
  const measures: [Exclude<keyof RunFigures, 'fanCharts' | 'tornadoCharts' | 'rows' | 'lateScriptName'>, string][] = [
    ['fans', 'projection arrived → every fan chart in the DOM'],
    ['fansPainted', 'projection arrived → every fan chart painted (next frame)'],
    ['all', 'projection arrived → every chart (fans + tornado) in the DOM'],
    ['allAfterBoth', 'later of projection/sensitivity arrived → every chart in the DOM'],
    ['settled', 'projection arrived → last chart redraw in the DOM'],
    ['lateScript', `projection arrived → chunk ${runs[0].lateScriptName || '(none)'} fetched (requested after it)`],
    ['projectionRequest', 'projection: request sent → arrived (server + loopback)'],
    ['sensitivityRequest', 'sensitivity: request sent → arrived (server + loopback)'],
  ];
  const warm = runs.slice(1);
  const ms = (v: number) => (Number.isFinite(v) ? v.toFixed(1) : '–');
  const finite = (xs: number[]) => xs.filter((x) => Number.isFinite(x));
  const table: string[][] = [['ms', 'cold (run 1)', `warm median (n=${warm.length})`, 'warm p90', 'warm max']];
  for (const [k, label] of measures) {
    const sorted = finite(warm.map((r) => r[k])).sort((a, b) => a - b);
    table.push([
      label,
      ms(runs[0][k]),
      ms(percentile(sorted, 50)),
      ms(percentile(sorted, 90)),
      ms(sorted.at(-1) ?? NaN),
    ]);
  }
  const widths = table[0].map((_, c) => Math.max(...table.map((row) => row[c].length)));
  for (const row of table)
    console.log(row.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  '));
  const r = runs[0];
  console.log(
    `\nruns: ${runs.length} (1 cold + ${warm.length} warm); charts per page: ${r.fanCharts + r.tornadoCharts} ` +
      `(${r.fanCharts} fan charts + ${r.tornadoCharts} tornado); ` +
      `projection answer: ${(r.projectionBytes / 1024).toFixed(1)} KB (${r.rows} rows), ` +
      `sensitivity answer: ${(r.sensitivityBytes / 1024).toFixed(1)} KB`,
  );
  console.log(
    `per run, projection arrived → every chart in the DOM (ms): ${runs.map((x) => x.all.toFixed(1)).join(', ')}`,
  );
  const within = (k: 'fans' | 'all') =>
    `worst ${Math.max(...runs.map((x) => x[k])).toFixed(1)} ms, ${runs.filter((x) => x[k] <= 1000).length}/${runs.length} runs within 1,000 ms`;
  console.log(
    `issue 11 (a scenario's charts within 1 s of its projection arriving): fan charts ${within('fans')}; ` +
      `every chart incl. the tornado (which also waits for its own answer) ${within('all')}`,
  );
}

async function main(): Promise<void> {
  const index = path.join(dashboardDir(), 'index.html');
  if (!fs.existsSync(index)) {
    console.error(
      `bench:dashboard: the dashboard is not built (no ${index}); run npm run build (or npm run build:web)`,
    );
    process.exit(1);
  }
  if (!fs.existsSync(CHROMIUM)) {
    console.error(
      `bench:dashboard: chromium not found at ${CHROMIUM}; install Debian's chromium (apt-get install chromium) or set CHROMIUM_PATH`,
    );
    process.exit(1);
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'uplift-bench-dashboard-'));
  let server: RunningServer | null = null;
  let browser: Browser | null = null;
  const watchdog = setTimeout(() => {
    console.error(`bench:dashboard: watchdog fired after ${WATCHDOG_S} s`);
    fs.rmSync(dir, { recursive: true, force: true });
    process.exit(2);
  }, WATCHDOG_S * 1000);
  watchdog.unref();
  try {
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
    server = await startServer(config, { logger: createLogger('silent') });
    const url = server.url.replace('localhost', '127.0.0.1');
    const origin = url.replace(/\/graphql$/, '');
    const key = server.demoKeys!.planner;
    const scenario = await createScenario(url, key);

    browser = await chromium.launch({ executablePath: CHROMIUM, args: LAUNCH_ARGS });
    const cpus = os.cpus();
    const load = os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(' ');
    console.log(
      `Uplift bench:dashboard — ${cpus.length} CPU(s) (${cpus[0]?.model.trim() ?? 'unknown'}), node ${process.version}, ` +
        `${os.platform()} ${os.release()}, Chromium ${browser.version()} (${CHROMIUM}, headless), ` +
        `load average ${load} at the start\n` +
        `scenario: ${PROGRAMS} programs, ${HORIZON} years, ${DRAWS} draws — ${scenario.what}\n` +
        `settings: server in this process (production settings, default query limits, rate limiting off, SQLite ` +
        `temporary file, demo university), planner key in sessionStorage; ${RUNS} runs, each a new tab of one browser ` +
        `context opening #/scenarios/<id> (1280×800); run 1 cold (projection and tornado computed, nothing cached), ` +
        `the others warm\nmeasured in the page (performance.now()): "arrived" = Resource Timing responseEnd of the ` +
        `/graphql request of ${PROJECTION_OP} (or ${SENSITIVITY_OP}), found by a window.fetch wrapper; a chart = ` +
        `an svg[role=img] entering the DOM (MutationObserver); "painted" = the first task after the next animation frame\n`,
    );
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    // As the key form does (web/src/lib/session.ts); about:blank has no storage.
    await context.addInitScript({
      content: `try { sessionStorage.setItem('uplift.apiKey', ${JSON.stringify(key)}); } catch (e) {}`,
    });
    await context.addInitScript({ content: PAGE_PROBE });
    const runs: RunFigures[] = [];
    for (let i = 0; i < RUNS; i++) {
      const page = await context.newPage();
      try {
        runs.push(await oneRun(page, origin, scenario));
      } finally {
        await page.close();
      }
    }
    await context.close();
    report(runs);
  } finally {
    await browser?.close();
    await server?.close();
    fs.rmSync(dir, { recursive: true, force: true });
    clearTimeout(watchdog);
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
