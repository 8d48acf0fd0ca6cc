import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { spawn, type ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { getIntrospectionQuery } from 'graphql';

/**
 * Availability under hostile load (issue 20, SECURITY.md "Availability"): `npm start`'s defaults in their own
 * process, attackers and a measuring client here, on loopback. Assertions compare figures of one run (the measuring
 * client's median at rest and under attack), never absolute times of another machine; the run is bounded in time.
 */
const main = path.resolve(__dirname, '../../dist/src/main.js');
const ADMIN = 'hostile-load-admin-key-0123456789';
const ATTACK_MS = 6_000;

interface Answer {
  status: number;
  ms: number;
  body: { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] };
}

async function freePort(): Promise<number> {
  const s = net.createServer();
  await new Promise<void>((resolve) => s.listen(0, '127.0.0.1', resolve));
  const port = (s.address() as net.AddressInfo).port;
  await new Promise<void>((resolve) => s.close(() => resolve()));
  return port;
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
};

/** 30 aliased full introspections (graphql-js's own introspection query): 1.5 KB that once made 5.9 MB of response. */
const INTROSPECTION_30 = (() => {
  const full = getIntrospectionQuery();
  const open = full.indexOf('__schema');
  const close = full.indexOf('fragment');
  const selection = full.slice(open, full.lastIndexOf('}', close - 1)).trim();
  const aliases = Array.from({ length: 30 }, (_, i) => `s${i}: ${selection}`).join('\n');
  return `query Attack {\n${aliases}\n}\n${full.slice(close)}`;
})();
/** A 1,600-deep ofType chain: it once escaped the depth limit and took graphql-jit seconds to compile. */
const OF_TYPE_1600 = `{ __schema { queryType { ${'ofType { '.repeat(1600)}name${' }'.repeat(1600)} } } }`;
/** 1,660 aliases of __typename, once unlimited and free. */
const TYPENAME_1660 = `{ ${Array.from({ length: 1660 }, (_, i) => `t${i}: __typename`).join(' ')} }`;

describe('availability under hostile load (a server in its own process)', () => {
  let server: ChildProcess;
  let url = '';
  let scratch = '';
  let viewerKey = '';
  const programIds: string[] = [];

  const post = async (query: string, key?: string, variables?: object): Promise<Answer> => {
    const started = performance.now();
    const res = await fetch(url, {
      method: 'POST',
      // The GraphQL-over-HTTP media type: a request refused before execution is a 4xx (src/app/http.ts).
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json',
        ...(key ? { authorization: `Bearer ${key}` } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    const text = await res.text();
    const ms = performance.now() - started;
    const parse = (): Answer['body'] => {
      try {
        return JSON.parse(text) as Answer['body'];
      } catch {
        return {};
      }
    };
    return { status: res.status, ms, body: parse() };
  };
  const data = <T>(a: Answer): T => {
    if (a.body.errors?.length) throw new Error(JSON.stringify(a.body.errors));
    return a.body.data as T;
  };
  const code = (a: Answer): string | undefined => a.body.errors?.[0]?.extensions?.code;

  beforeAll(async () => {
    expect(fs.existsSync(main)).toBe(true); // `npm test` builds dist/ first
    scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'uplift-hostile-'));
    const port = await freePort();
    url = `http://127.0.0.1:${port}/graphql`;
    server = spawn(process.execPath, [main, 'serve'], {
      env: {
        PATH: process.env.PATH ?? '',
        HOME: process.env.HOME ?? '',
        PORT: String(port),
        LOG_LEVEL: 'silent',
        UPLIFT_DEMO: 'off',
        UPLIFT_ADMIN_KEY: ADMIN,
        DATABASE_URL: `sqlite:${path.join(scratch, 'uplift.db')}`,
      },
      stdio: 'ignore',
    });
    const deadline = Date.now() + 60_000;
    for (;;) {
      try {
        if ((await fetch(`http://127.0.0.1:${port}/readyz`)).ok) break;
      } catch {
        // not listening yet
      }
      if (Date.now() > deadline) throw new Error('the server did not become ready');
      await new Promise((r) => setTimeout(r, 200));
    }
    const institution = data<{ createInstitution: { institution: { id: string } } }>(
      await post(
        `mutation($input: CreateInstitutionInput!) { createInstitution(input: $input) { institution { id } } }`,
        ADMIN,
        {
          input: {
            name: 'Target University',
            slug: 'target',
            country: 'US',
            creditUnit: 'US_CREDIT_HOUR',
            currency: 'USD',
          },
        },
      ),
    ).createInstitution.institution.id;
    const key = async (role: string) =>
      data<{ createApiKey: { secret: string } }>(
        await post(`mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret } }`, ADMIN, {
          input: { institutionId: institution, name: role, role },
        }),
      ).createApiKey.secret;
    viewerKey = await key('VIEWER');
    const planner = await key('PLANNER');
    // Twenty programs: a what-if of all of them is the size of a small institution's plan.
    for (let i = 0; i < 20; i++) {
      const created = data<{ createProgram: { program: { id: string } } }>(
        await post(
          `mutation($input: CreateProgramInput!) { createProgram(input: $input) { program { id } } }`,
          planner,
          {
            input: {
              code: `T-${i}`,
              title: `Target program ${i}`,
              level: 'BACHELOR',
              modality: 'ON_CAMPUS',
              totalCredits: 120,
              durationYears: 4,
              tuitionPerCredit: 400,
              baseline: { annualProspects: 1000, annualNewEnrollments: 100, engagementRate: 0.5, retentionRate: 0.8 },
            },
          },
        ),
      );
      programIds.push(created.createProgram.program.id);
    }
  }, 90_000);

  afterAll(() => {
    server?.kill('SIGKILL');
    if (scratch) fs.rmSync(scratch, { recursive: true, force: true });
  });

  it('refuses the attack documents without a key, with a limit code, in under a second', async () => {
    for (const query of [INTROSPECTION_30, OF_TYPE_1600, TYPENAME_1660]) {
      const a = await post(query);
      expect(a.status).toBeGreaterThanOrEqual(400);
      expect(a.status).toBeLessThan(500);
      expect(code(a)).toMatch(/LIMIT|COST|UNAUTHENTICATED|FORBIDDEN|INTROSPECTION/);
      expect(a.ms).toBeLessThan(1_000);
    }
  });

  it('keeps a keyed client responsive while four clients attack', async () => {
    const probe = '{ viewer { role } }';
    const measure = async (untilMs: number): Promise<number[]> => {
      const times: number[] = [];
      const end = performance.now() + untilMs;
      while (performance.now() < end) {
        const a = await post(probe, viewerKey);
        expect(code(a)).toBeUndefined();
        times.push(a.ms);
      }
      return times;
    };
    for (let i = 0; i < 10; i++) await post(probe, viewerKey); // warm
    const rest = median(await measure(2_000));

    const previews = `{ ${Array.from(
      { length: 30 },
      (_, i) =>
        `p${i}: previewUplift(input: { horizonYears: 5, draws: 2000, seed: ${i + 1}, changes: [${programIds
          .map((id) => `{ programId: "${id}" }`)
          .join(', ')}] }) { inputHash }`,
    ).join(' ')} }`;
    let stop = false;
    const attacker = async (query: string, key?: string): Promise<number> => {
      let sent = 0;
      while (!stop) {
        await post(query, key);
        sent++;
      }
      return sent;
    };
    const attacks = [
      attacker(INTROSPECTION_30),
      attacker(OF_TYPE_1600),
      attacker(previews, viewerKey),
      attacker(TYPENAME_1660),
    ];
    const underAttack = median(await measure(ATTACK_MS));
    stop = true;
    const sent = await Promise.all(attacks);
    // The attackers were busy the whole time, and the keyed client's median stayed within a small multiple of its
    // median at rest (the issue's bar: 200 ms against 8 ms at rest), with a floor for a sub-millisecond rest. Before
    // the fixes the median under this attack was 10.5 s against 1.1 ms at rest.
    if (process.env.DEBUG_LOAD) console.log({ rest, underAttack, sent });
    expect(sent.every((n) => n > 0)).toBe(true);
    expect(underAttack).toBeLessThan(Math.max(25 * rest, 100));
  }, 60_000);
});
