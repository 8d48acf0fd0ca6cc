import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Client } from 'pg';
import { createTestDatabase, testTargets, type TestDatabase } from '../support/databases';
import { ADMIN_KEY } from '../support/server';
import type { AppConfig } from '../../src/config';
import { createLogger } from '../../src/core/logger';
import { DEFAULT_LIMITS } from '../../src/app/limits';
import { DEFAULT_RATE_LIMIT } from '../../src/app/rate-limit';
import { startServer, type RunningServer } from '../../src/app/server';

/**
 * Database faults (issue 4 item 7), PostgreSQL only: a TCP proxy in this test sits between the
 * server and PostgreSQL; traffic with acknowledged writes runs through it; the proxy is cut
 * mid-traffic (every socket destroyed, no new connection accepted). While it is cut, requests end
 * quickly with clean errors (a code, no stack, no SQL, no internal message) and /readyz says 503;
 * once it is back, /readyz says 200 and requests succeed again; and every write acknowledged before
 * the cut is in the database.
 */

const onPostgres = testTargets().includes('postgresql');
if (!onPostgres) console.warn('faults.test.ts: PostgreSQL only (set TEST_DATABASE_URL); SKIPPED on SQLite.');
const describePg = onPostgres ? describe : describe.skip;

/** Answers must come within this, even while the database is unreachable. */
const BOUND_MS = 5_000;

/**
 * A TCP proxy that can be cut (sockets destroyed, listener closed), frozen (a network partition:
 * connections stay open but no byte gets through, new ones are accepted and left hanging) and
 * restored on the same port.
 */
class Proxy {
  private server: net.Server | null = null;
  private readonly sockets = new Set<net.Socket>();
  private readonly pairs = new Set<[net.Socket, net.Socket]>();
  private frozen = false;
  port = 0;
  accepted = 0;
  constructor(
    private readonly host: string,
    private readonly targetPort: number,
  ) {}

  private track(s: net.Socket): void {
    this.sockets.add(s);
    s.on('close', () => this.sockets.delete(s));
  }

  async start(): Promise<void> {
    this.frozen = false;
    const server = net.createServer((client) => {
      this.accepted++;
      this.track(client);
      client.on('error', () => client.destroy());
      if (this.frozen) return; // accepted, never answered
      const upstream = net.connect(this.targetPort, this.host);
      this.track(upstream);
      const pair: [net.Socket, net.Socket] = [client, upstream];
      this.pairs.add(pair);
      const end = () => {
        this.pairs.delete(pair);
        client.destroy();
        upstream.destroy();
      };
      upstream.on('error', end);
      client.on('close', end);
      upstream.on('close', end);
      client.pipe(upstream);
      upstream.pipe(client);
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.port, '127.0.0.1', () => resolve());
    });
    this.port = (server.address() as net.AddressInfo).port;
    this.server = server;
  }

  /** Nothing gets through any more, in either direction, but no connection is closed. */
  freeze(): void {
    this.frozen = true;
    for (const [client, upstream] of this.pairs) {
      client.unpipe(upstream);
      upstream.unpipe(client);
      client.pause();
      upstream.pause();
    }
  }

  async cut(): Promise<void> {
    const server = this.server;
    this.server = null;
    const closed = server ? new Promise<void>((resolve) => server.close(() => resolve())) : Promise.resolve();
    for (const s of this.sockets) s.destroy();
    this.sockets.clear();
    this.pairs.clear();
    await closed;
  }
}

interface Reply {
  status: number;
  ms: number;
  text: string;
  body: {
    data?: Record<string, unknown> | null;
    errors?: { message: string; extensions?: { code?: string; requestId?: string } }[];
  } | null;
}

async function timed(url: string, init: RequestInit): Promise<Reply> {
  const started = Date.now();
  const res = await fetch(url, { ...init, signal: AbortSignal.timeout(BOUND_MS * 4) });
  const text = await res.text();
  let body: Reply['body'];
  try {
    body = JSON.parse(text) as Reply['body'];
  } catch {
    body = null;
  }
  return { status: res.status, ms: Date.now() - started, text, body };
}

const programInput = (code: string) => ({
  code,
  title: `Fault ${code}`,
  level: 'CERTIFICATE',
  modality: 'ONLINE',
  totalCredits: 30,
  durationYears: 1,
  tuitionPerCredit: 250,
  baseline: { annualProspects: 500, annualNewEnrollments: 50, engagementRate: 0.5, retentionRate: 0.7 },
});
const CREATE = 'mutation($input: CreateProgramInput!) { createProgram(input: $input) { program { id code } } }';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A clean failure: within the bound, JSON, every error with a code, and nothing internal in the text. */
function expectClean(reply: Reply): void {
  expect(reply.ms).toBeLessThan(BOUND_MS);
  expect(reply.body).not.toBeNull();
  for (const e of reply.body?.errors ?? []) {
    expect(typeof e.extensions?.code).toBe('string');
    expect(e.extensions?.requestId).toBeDefined();
  }
  expect(reply.text).not.toMatch(
    /ECONNREFUSED|ECONNRESET|Connection terminated|select |insert |stack|at \w+ \(|node_modules|127\.0\.0\.1|postgres/i,
  );
}

describePg('database faults through a TCP proxy on postgresql', () => {
  let db: TestDatabase;
  let proxy: Proxy;
  let server: RunningServer;
  let url: string;
  let base: string;
  let planner: string;
  const pgUrl = new URL(process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres');

  beforeAll(async () => {
    db = await createTestDatabase('postgresql');
    proxy = new Proxy(pgUrl.hostname, Number(pgUrl.port || 5432));
    await proxy.start();
    const viaProxy = new URL(db.config.url);
    viaProxy.hostname = '127.0.0.1';
    viaProxy.port = String(proxy.port);
    const config: AppConfig = {
      port: 0,
      database: { kind: 'postgresql', url: viaProxy.toString() },
      adminKey: ADMIN_KEY,
      demo: true,
      production: true,
      logLevel: 'silent',
      introspection: 'key',
      limits: DEFAULT_LIMITS,
      rateLimit: { ...DEFAULT_RATE_LIMIT, enabled: false, redisUrl: null },
    };
    server = await startServer(config, { logger: createLogger('silent') });
    url = server.url.replace('localhost', '127.0.0.1');
    base = url.replace(/\/graphql$/, '');
    planner = server.demoKeys!.planner;
  });
  afterAll(async () => {
    await proxy?.start().catch(() => undefined); // let the pool close cleanly
    await server?.close();
    await proxy?.cut();
    await db?.drop();
  });

  const create = (code: string) =>
    timed(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${planner}` },
      body: JSON.stringify({ query: CREATE, variables: { input: programInput(code) } }),
    });
  const readyz = () => timed(`${base}/readyz`, { method: 'GET' });

  it('fails cleanly while the database is cut off, recovers when it is back, and keeps every acknowledged write', async () => {
    expect(proxy.accepted).toBeGreaterThan(0); // the server really talks to PostgreSQL through the proxy
    expect((await readyz()).status).toBe(200);

    // Traffic: four writers creating programs; a write counts once its response has the program.
    const acknowledged: string[] = [];
    const failures: Reply[] = [];
    let stop = false;
    let n = 0;
    const writer = async () => {
      while (!stop) {
        const code = `F-${n++}`;
        const reply = await create(code);
        const program = (reply.body?.data as { createProgram?: { program?: { code: string } } } | undefined)
          ?.createProgram?.program;
        if (program && !reply.body?.errors) acknowledged.push(program.code);
        else failures.push(reply);
      }
    };
    const writers = Array.from({ length: 4 }, writer);
    while (acknowledged.length < 40) await sleep(10);

    // Cut mid-traffic.
    await proxy.cut();
    const ackedBeforeCut = [...acknowledged];
    const failuresBeforeCut = failures.length;
    await sleep(1_500);
    const ready = await readyz();
    expect(ready.status).toBe(503);
    expect(ready.body).toEqual({ status: 'unavailable', reason: 'database unreachable' });
    expect(ready.ms).toBeLessThan(BOUND_MS);
    const health = await timed(`${base}/healthz`, { method: 'GET' });
    expect(health.status).toBe(200); // the process itself is alive
    stop = true;
    await Promise.all(writers);

    // Requests during the cut ended quickly with clean errors.
    const duringCut = failures.slice(failuresBeforeCut);
    expect(duringCut.length).toBeGreaterThan(0);
    for (const reply of duringCut) expectClean(reply);
    const codes = new Set(duringCut.flatMap((r) => (r.body?.errors ?? []).map((e) => e.extensions?.code)));
    expect([...codes].every((c) => c === 'INTERNAL_SERVER_ERROR' || c === 'SERVICE_UNAVAILABLE')).toBe(true);
    const read = await timed(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${planner}` },
      body: JSON.stringify({ query: '{ programs(first: 5) { nodes { id } } }' }),
    });
    expectClean(read);
    expect(read.body?.errors?.length).toBeGreaterThan(0);

    // Restore: ready again within a few seconds, and writes succeed.
    await proxy.start();
    const restoredAt = Date.now();
    let readyAgain = await readyz();
    while (readyAgain.status !== 200 && Date.now() - restoredAt < 10_000) {
      await sleep(200);
      readyAgain = await readyz();
    }
    expect(readyAgain.status).toBe(200);
    const after = await create('F-after');
    expect(after.body?.errors).toBeUndefined();
    expect((after.body?.data as { createProgram: { program: { code: string } } }).createProgram.program.code).toBe(
      'F-after',
    );

    // Every write acknowledged before the cut is there (read directly, not through the proxy).
    const direct = new Client({ connectionString: db.config.url });
    await direct.connect();
    try {
      const rows = (
        await direct.query<{ code: string }>('select code from degree_program where code like $1', ['F-%'])
      ).rows.map((r) => r.code);
      expect(ackedBeforeCut.length).toBeGreaterThanOrEqual(40);
      for (const code of acknowledged) expect(rows).toContain(code);
      expect(rows).toContain('F-after');
      // Nothing half-written: every program row has its baseline and institution.
      const broken = await direct.query<{ n: number }>(
        'select count(*)::int as n from degree_program where code like $1 and (institution_id is null or annual_prospects is null)',
        ['F-%'],
      );
      expect(broken.rows[0].n).toBe(0);
    } finally {
      await direct.end();
    }
  }, 60_000);

  it('answers /readyz 503 quickly during a network partition (the database silent, not refusing), and recovers', async () => {
    expect((await readyz()).status).toBe(200);
    proxy.freeze();
    // A request caught by the partition (its pooled connection is silent) ...
    const stuck = create('P-stuck');
    // ... does not stop /readyz from answering, quickly, that the database is unavailable.
    const ready = await readyz();
    expect(ready.status).toBe(503);
    expect(ready.body).toEqual({ status: 'unavailable', reason: 'database unreachable' });
    expect(ready.ms).toBeLessThan(BOUND_MS);
    // When the partition ends in a reset, the stuck request ends with a clean error.
    await proxy.cut();
    const stuckReply = await stuck;
    expectClean(stuckReply);
    expect(['INTERNAL_SERVER_ERROR', 'SERVICE_UNAVAILABLE']).toContain(stuckReply.body?.errors?.[0].extensions?.code);
    await proxy.start();
    const restoredAt = Date.now();
    let readyAgain = await readyz();
    while (readyAgain.status !== 200 && Date.now() - restoredAt < 10_000) {
      await sleep(200);
      readyAgain = await readyz();
    }
    expect(readyAgain.status).toBe(200);
    const after = await create('P-after');
    expect(after.body?.errors).toBeUndefined();
  }, 60_000);
});
