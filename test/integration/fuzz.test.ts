import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isLeafType,
  isListType,
  isNonNullType,
  isUnionType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLOutputType,
} from 'graphql';
import { testTargets } from '../support/databases';
import { ADMIN_KEY, startTestServer, type TestServer } from '../support/server';
import { buildUpliftSchema } from '../../src/app/schema';
import { toGlobalId } from '../../src/core/global-id';

/**
 * A seeded fuzz test (issue 4 item 7): thousands of malformed and random requests — bodies that are
 * not JSON or not GraphQL, mutated query text, and operations built at random from the schema with
 * random arguments and variables (wrong types, huge numbers, NaN-ish strings, unknown fields, random
 * ids) — must never get a 5xx or an INTERNAL_SERVER_ERROR, never crash the server, and every
 * mutation that fails must leave the database exactly as it was.
 *
 * Reproduce a failure with FUZZ_SEED=<seed printed in the failure>.
 */

const SEED = Number(process.env.FUZZ_SEED ?? 20240611);
const READS = 1_400;
const GARBAGE = 400;
const MUTATIONS = 450;
const IN_FLIGHT = 8;

/** mulberry32: a tiny seeded PRNG. */
function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)];
  const chance = (p: number) => next() < p;
  return { next, int, pick, chance };
}
type Rng = ReturnType<typeof prng>;

const NODE_TYPES: string[] = [
  'Institution',
  'DegreeProgram',
  'MicroCredential',
  'ProgramCredential',
  'EvidenceSource',
  'EvidenceStatistic',
  'AssumptionSet',
  'MetricObservation',
  'ApiKey',
  'Scenario',
];
const WORDS = [
  'id',
  'name',
  'programs',
  'nodes',
  'edges',
  'viewer',
  'foo',
  '__typename',
  '__schema',
  'totalCount',
  'baseline',
  'input',
  'first',
  'x',
];

function randomString(r: Rng): string {
  return r.pick([
    '',
    'x',
    'Nursing',
    'NaN',
    'Infinity',
    '-0',
    '1e999',
    'null',
    'true',
    '0x1F',
    ' ',
    'Ω≈ç√∫˜µ≤≥÷ 😀',
    '\u0000',
    '\ud800',
    "' OR 1=1 --",
    '"; drop table degree_program; --',
    '<script>alert(1)</script>',
    '../../etc/passwd',
    '%s%s%n',
    'a'.repeat(5_000),
    'B'.repeat(40),
    '2024-13-45T99:99:99Z',
    'upl_xxxxxxxxxxxx_yyy',
    `${r.int(1e9)}`,
  ]);
}

function randomId(r: Rng): unknown {
  return r.pick([
    () => toGlobalId(r.pick(NODE_TYPES), r.pick([1, 2, 3, 5, 8, 13, 21, 0, -1, 2 ** 31, 999_999])),
    () =>
      Buffer.from(
        `${r.pick(['DegreeProgram', 'Nope', ''])}:${r.pick(['1', 'x', '-5', '1.5', '99999999999999999999'])}`,
      ).toString('base64url'),
    () => randomString(r),
    () => r.int(100),
    () => null,
  ])();
}

function randomScalar(r: Rng, name: string): unknown {
  const numbers = [
    0,
    1,
    -1,
    2,
    42,
    0.5,
    0.999999,
    1.0000001,
    2 ** 31 - 1,
    2 ** 31,
    -(2 ** 31) - 1,
    1e15,
    1e21,
    1e308,
    -1e308,
    1e-300,
    3.14159,
    2024,
    1900,
    2200,
    100_000,
    100_001,
  ];
  switch (name) {
    case 'Int':
      return r.chance(0.85)
        ? r.pick(numbers.filter((n) => Number.isInteger(n)))
        : r.pick(['7', 3.5, true, 'NaN', null, 1e21]);
    case 'Float':
      return r.chance(0.85) ? r.pick(numbers) : r.pick(['NaN', 'Infinity', '0.5', true, null, '1e999']);
    case 'Boolean':
      return r.chance(0.85) ? r.chance(0.5) : r.pick(['true', 0, 1, null]);
    case 'ID':
      return randomId(r);
    case 'String':
      return r.chance(0.9) ? randomString(r) : r.pick([5, true, null, { a: 1 }]);
    default:
      return r.chance(0.5)
        ? randomString(r)
        : r.pick([0, null, '2024-01-01T00:00:00Z', 'not-a-date', 'https://example.org', 'US', 'usd']);
  }
}

/** A random value for an input type: mostly well-formed, sometimes missing, mistyped or with extra fields. */
function randomValue(r: Rng, type: GraphQLInputType, depth = 0): unknown {
  if (isNonNullType(type)) return r.chance(0.03) ? null : randomValue(r, type.ofType, depth);
  if (r.chance(0.05)) return null;
  if (isListType(type)) {
    if (r.chance(0.05)) return randomValue(r, type.ofType, depth + 1);
    return Array.from({ length: r.pick([0, 1, 1, 2, 3]) }, () => randomValue(r, type.ofType, depth + 1));
  }
  if (isEnumType(type)) return r.chance(0.9) ? r.pick(type.getValues()).value : r.pick(['NOPE', '', 3, 'bachelor']);
  if (isInputObjectType(type)) {
    if (depth > 4) return {};
    const out: Record<string, unknown> = {};
    for (const field of Object.values(type.getFields())) {
      if (r.chance(isNonNullType(field.type) ? 0.95 : 0.6)) out[field.name] = randomValue(r, field.type, depth + 1);
    }
    if (r.chance(0.08)) out[r.pick(WORDS)] = randomString(r);
    return out;
  }
  return randomScalar(r, (type as GraphQLNamedType).name);
}

/** The GraphQL type expression of an input type, for a variable definition. */
function typeExpr(type: GraphQLInputType): string {
  return type.toString();
}

/** A GraphQL literal for a value (for inline arguments); non-enum strings where an enum is expected stay strings. */
function literal(value: unknown, type: GraphQLInputType | null): string {
  const named = type ? getNamedType(type) : null;
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) {
    const nullable = type && isNonNullType(type) ? type.ofType : type;
    const item = nullable && isListType(nullable) ? nullable.ofType : null;
    return `[${value.map((v) => literal(v, item)).join(', ')}]`;
  }
  if (typeof value === 'object') {
    const fields = named && isInputObjectType(named) ? named.getFields() : {};
    return `{ ${Object.entries(value as Record<string, unknown>)
      .map(([k, v]) => `${k}: ${literal(v, fields[k]?.type ?? null)}`)
      .join(', ')} }`;
  }
  if (typeof value === 'string')
    return named && isEnumType(named) && named.getValue(value) ? value : JSON.stringify(value);
  return typeof value === 'number' || typeof value === 'boolean' ? String(value) : JSON.stringify(value);
}

function selection(
  r: Rng,
  type: GraphQLOutputType,
  depth: number,
  variables: Map<string, { type: GraphQLInputType; value: unknown }>,
): string {
  const named = getNamedType(type);
  if (isLeafType(named)) return '';
  if (depth > 3) return '{ __typename }';
  if (isInterfaceType(named) || isUnionType(named)) {
    const schema = buildUpliftSchema();
    const impl = r.pick(schema.getPossibleTypes(named));
    return `{ __typename ... on ${impl.name} ${selection(r, impl, depth, variables)} }`;
  }
  const fields = Object.values((named as GraphQLObjectType).getFields());
  const chosen = Array.from({ length: 1 + r.int(4) }, () => r.pick(fields));
  const parts = [...new Set(chosen)].map(
    (f) => `${f.name}${args(r, f, variables)} ${selection(r, f.type, depth + 1, variables)}`,
  );
  if (r.chance(0.05)) parts.push(r.pick(WORDS)); // a field that may not exist here
  return `{ ${parts.join(' ')} }`;
}

function args(
  r: Rng,
  field: GraphQLField<unknown, unknown>,
  variables: Map<string, { type: GraphQLInputType; value: unknown }>,
): string {
  const out: string[] = [];
  for (const arg of field.args) {
    if (!isNonNullType(arg.type) && !r.chance(0.5)) continue;
    if (isNonNullType(arg.type) && r.chance(0.02)) continue; // a required argument left out
    const value = randomValue(r, arg.type);
    if (r.chance(0.6)) {
      const name = `v${variables.size}`;
      variables.set(name, { type: arg.type, value });
      out.push(`${arg.name}: $${name}`);
    } else {
      out.push(`${arg.name}: ${literal(value, arg.type)}`);
    }
  }
  if (r.chance(0.03)) out.push(`${r.pick(WORDS)}: 1`);
  return out.length ? `(${out.join(', ')})` : '';
}

/** A random operation on a random root field of Query or Mutation. */
function randomOperation(r: Rng, kind: 'query' | 'mutation'): { query: string; variables: Record<string, unknown> } {
  const schema = buildUpliftSchema();
  const root = (kind === 'query' ? schema.getQueryType() : schema.getMutationType())!;
  const variables = new Map<string, { type: GraphQLInputType; value: unknown }>();
  const fields = Object.values(root.getFields());
  const picked = [...new Set(Array.from({ length: kind === 'mutation' ? 1 : 1 + r.int(2) }, () => r.pick(fields)))];
  const body = picked.map((f) => `${f.name}${args(r, f, variables)} ${selection(r, f.type, 1, variables)}`).join(' ');
  const defs = [...variables.entries()].map(([name, v]) => `$${name}: ${r.chance(0.03) ? 'Int' : typeExpr(v.type)}`);
  const values = Object.fromEntries(
    [...variables.entries()].filter(() => !r.chance(0.02)).map(([name, v]) => [name, v.value]),
  );
  return { query: `${kind}${defs.length ? `(${defs.join(', ')})` : ''} { ${body} }`, variables: values };
}

/** Corrupts a query text: deletes, duplicates or inserts characters. */
function mangle(r: Rng, text: string): string {
  let s = text;
  for (let i = 0, n = 1 + r.int(4); i < n; i++) {
    const at = r.int(s.length + 1);
    const op = r.int(4);
    if (op === 0) s = s.slice(0, at) + s.slice(at + 1 + r.int(5));
    else if (op === 1)
      s =
        s.slice(0, at) +
        r.pick(['{', '}', '(', ')', '$', '"', '@', '...', ':', '!', '[', ']', '#', '\\', '\u0000']) +
        s.slice(at);
    else if (op === 2) s = s.slice(0, at) + s.slice(at, at + 10).repeat(2) + s.slice(at + 10);
    else s = s.slice(0, at) + ` ${r.pick(WORDS)} ` + s.slice(at);
  }
  return s;
}

/** A request body that is broken at the HTTP or GraphQL-over-HTTP level. */
function garbageBody(r: Rng): string {
  return r.pick([
    () => Array.from({ length: r.int(60) }, () => String.fromCharCode(r.int(256))).join(''),
    () => JSON.stringify({ query: '{ viewer { role } }' }).slice(0, r.int(30)),
    () =>
      r.pick([
        '',
        'null',
        '42',
        '"x"',
        'true',
        '[]',
        '{}',
        '[1,2]',
        '{"query": null}',
        '{"query": 5}',
        '{"query": {}}',
        '{"query": ["{ viewer { role } }"]}',
      ]),
    () => JSON.stringify({ query: '{ viewer { role } }', variables: r.pick(['x', 5, [], true]) }),
    () => JSON.stringify({ query: '{ viewer { role } }', operationName: r.pick([5, {}, 'Nope', '']) }),
    () =>
      JSON.stringify({
        query: '{ viewer { role } }',
        extensions: r.pick(['x', { persistedQuery: { version: 1, sha256Hash: 'abc' } }, { persistedQuery: 'x' }]),
      }),
    () =>
      JSON.stringify([
        { query: '{ viewer { role } }' },
        { query: 'mutation { archiveProgram(input: { id: "x" }) { program { id } } }' },
      ]),
    () => `{"query": "{ viewer { role } }", "variables": {"a": ${'['.repeat(2_000)}${']'.repeat(2_000)}}}`,
    () => JSON.stringify({ query: `{ ${'viewer { institution { '.repeat(60)}id${' } }'.repeat(60)} }` }),
    () =>
      JSON.stringify({
        query: `query { programs(first: ${r.pick(['99999999999999999999', '1e10', '-0', '0x10', '1.5'])}) { totalCount } }`,
      }),
  ])();
}

interface Outcome {
  status: number;
  codes: string[];
  text: string;
}

describe.each(testTargets())('fuzz on %s', (target) => {
  let t: TestServer;
  const seen = new Map<string, number>();

  beforeAll(async () => {
    t = await startTestServer(target);
  });
  afterAll(async () => {
    await t?.close();
  });

  async function send(body: string, key: string | null, contentType = 'application/json'): Promise<Outcome> {
    const res = await fetch(t.url, {
      method: 'POST',
      headers: { 'content-type': contentType, ...(key ? { authorization: `Bearer ${key}` } : {}) },
      body,
    });
    const text = await res.text();
    let codes: string[];
    try {
      const parsed = JSON.parse(text) as { errors?: { extensions?: { code?: string } }[] };
      codes = (parsed.errors ?? []).map((e) => e.extensions?.code ?? 'NO_CODE');
    } catch {
      codes = ['NOT_JSON'];
    }
    for (const c of codes) seen.set(c, (seen.get(c) ?? 0) + 1);
    return { status: res.status, codes, text };
  }

  /** Every answer: below 500, JSON, every error with a code and none INTERNAL_SERVER_ERROR. */
  function expectClean(outcome: Outcome, what: string): void {
    const bad =
      outcome.status >= 500 ||
      outcome.codes.some((c) => c === 'INTERNAL_SERVER_ERROR' || c === 'NO_CODE' || c === 'NOT_JSON');
    if (bad) throw new Error(`seed ${SEED}: ${what}\n→ ${outcome.status} ${outcome.text.slice(0, 1_000)}`);
  }

  async function pool<T>(items: T[], run: (item: T) => Promise<void>): Promise<void> {
    let next = 0;
    await Promise.all(
      Array.from({ length: IN_FLIGHT }, async () => {
        while (next < items.length) await run(items[next++]);
      }),
    );
  }

  /** Row counts, version sums and latest updates of every table, and the metric values: any write changes it. */
  async function fingerprint(): Promise<string> {
    const em = t.server.orm.em.fork();
    const parts: string[] = [];
    for (const meta of Object.values(em.getMetadata().getAll())) {
      if (meta.abstract || meta.embeddable || !meta.tableName) continue;
      const cols = Object.values(meta.properties).flatMap((p) => p.fieldNames ?? []);
      // Same columns in every branch of the union, all text (PostgreSQL will not mix types).
      const exprs = [
        'count(*)',
        cols.includes('version') ? 'coalesce(sum(version), 0)' : null,
        cols.includes('updated_at') ? 'max(updated_at)' : null,
        cols.includes('value') ? 'coalesce(sum(value), 0)' : null,
      ].map((e, i) => `${e ? `cast(${e} as text)` : 'cast(null as text)'} as c${i}`);
      parts.push(`select '${meta.tableName}' as t, ${exprs.join(', ')} from ${meta.tableName}`);
    }
    const rows = (await em.getConnection().execute(parts.join(' union all '))) as Record<string, unknown>[];
    return JSON.stringify(
      rows.map((row: Record<string, unknown>) => [row.t, row.c0, row.c1, row.c2, row.c3].map(String)).sort(),
    );
  }

  it(`survives ${READS + GARBAGE + MUTATIONS} random and malformed requests (seed ${SEED})`, async () => {
    const r = prng(SEED);
    const keys = [
      t.keys.planner,
      t.keys.viewer,
      t.keys.admin,
      null,
      'upl_AAAAAAAAAAAA_BBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB',
      'garbage',
    ];

    // Random and mangled queries, and broken bodies, many at a time.
    const requests: { body: string; key: string | null; contentType?: string; what: string }[] = [];
    for (let i = 0; i < READS; i++) {
      const op = randomOperation(r, 'query');
      const text = r.chance(0.25) ? mangle(r, op.query) : op.query;
      requests.push({
        body: JSON.stringify({ query: text, variables: op.variables }),
        key: r.pick(keys),
        what: `query ${text} ${JSON.stringify(op.variables).slice(0, 500)}`,
      });
    }
    for (let i = 0; i < GARBAGE; i++) {
      const body = garbageBody(r);
      requests.push({
        body,
        key: r.pick(keys),
        contentType: r.chance(0.1)
          ? r.pick(['text/plain', 'application/xml', 'application/json; charset=latin1'])
          : undefined,
        what: `body ${body.slice(0, 300)}`,
      });
    }
    await pool(requests, async (req) => expectClean(await send(req.body, req.key, req.contentType), req.what));

    // Random mutations, one at a time, with keys that may write: a failed one must leave no trace.
    // (First, proof that the fingerprint sees a write.)
    let before = await fingerprint();
    const control = await send(
      JSON.stringify({
        query: 'mutation($input: UpdateProgramInput!) { updateProgram(input: $input) { program { id } } }',
        variables: { input: { id: toGlobalId('DegreeProgram', 1), tuitionPerCredit: 321.5 } },
      }),
      t.keys.planner,
    );
    expect(control.codes).toEqual([]);
    expect(await fingerprint()).not.toBe(before);
    let failed = 0;
    let succeeded = 0;
    before = await fingerprint();
    for (let i = 0; i < MUTATIONS; i++) {
      const op = randomOperation(r, 'mutation');
      const text = r.chance(0.1) ? mangle(r, op.query) : op.query;
      const key = r.pick([t.keys.planner, t.keys.planner, t.keys.planner, t.keys.viewer, null]);
      const what = `mutation ${text} ${JSON.stringify(op.variables).slice(0, 800)}`;
      const outcome = await send(JSON.stringify({ query: text, variables: op.variables }), key);
      expectClean(outcome, what);
      const after = await fingerprint();
      if (outcome.codes.length) {
        failed++;
        if (after !== before)
          throw new Error(`seed ${SEED}: a failed mutation wrote something: ${what}\n→ ${outcome.text.slice(0, 500)}`);
      } else {
        succeeded++;
      }
      before = after;
    }

    // Still alive and well.
    const health = await send(JSON.stringify({ query: '{ viewer { role institution { slug } } }' }), t.keys.viewer);
    expect(health.status).toBe(200);
    expect(JSON.parse(health.text)).toMatchObject({
      data: { viewer: { role: 'VIEWER', institution: { slug: 'northbridge' } } },
    });
    const base = t.url.replace(/\/graphql$/, '');
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    expect((await fetch(`${base}/readyz`)).status).toBe(200);
    expect((await send(JSON.stringify({ query: '{ viewer { role } }' }), ADMIN_KEY)).status).toBe(200);

    // The fuzz reached deep: most mutations failed on their input (a few may go through), and the errors were varied.
    expect(failed).toBeGreaterThan(MUTATIONS / 2);
    expect(failed + succeeded).toBe(MUTATIONS);
    for (const code of ['BAD_USER_INPUT', 'UNAUTHENTICATED', 'FORBIDDEN', 'BAD_REQUEST'])
      expect(seen.get(code) ?? 0).toBeGreaterThan(0);
  }, 120_000);
});
