import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { testTargets } from '../support/databases';
import { ADMIN_KEY, errorOf, ok, startTestServer, type GqlResponse, type TestServer } from '../support/server';
import { generateKey } from '../../src/modules/api-key/api-key.rules';
import { parseGlobalId } from '../../src/core/global-id';

/**
 * API keys (SECURITY.md, issue 2 item 4): hashed at rest, shown once, revocation effective on the
 * very next request, bad or missing keys UNAUTHENTICATED, and key management confined to the
 * caller's own institution.
 */

const CREATE_API_KEY = `mutation($input: CreateApiKeyInput!) {
  createApiKey(input: $input) { secret apiKey { id name role prefix createdAt revokedAt } }
}`;
const REVOKE_API_KEY = `mutation($input: RevokeApiKeyInput!) { revokeApiKey(input: $input) { apiKey { id revokedAt } } }`;
const API_KEYS = `{ apiKeys(first: 100) { totalCount nodes { id name role prefix createdAt revokedAt } } }`;
const VIEWER = `{ viewer { role institution { slug } } }`;

interface ApiKeyFields {
  id: string;
  name: string;
  role: string;
  prefix: string;
  createdAt: string;
  revokedAt: string | null;
}
interface Created {
  createApiKey: { secret: string; apiKey: ApiKeyFields };
}
interface ViewerResult {
  viewer: { role: string; institution: { slug: string } | null };
}
type Row = Record<string, unknown>;

const sha256 = (s: string): string => createHash('sha256').update(s, 'utf8').digest('hex');
const dbId = (globalId: string): number => {
  const parsed = parseGlobalId(globalId);
  if (!parsed) throw new Error(`not a global id: ${globalId}`);
  return parsed.id;
};

describe.each(testTargets())('API keys on %s', (target) => {
  let t: TestServer;
  let southportId: string;
  let southportAdmin: { secret: string; id: string };

  /** A POST with exactly the headers given (to send malformed Authorization headers). */
  async function post<T>(query: string, headers: Record<string, string>): Promise<GqlResponse<T>> {
    const res = await fetch(t.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query }),
    });
    return { status: res.status, ...((await res.json()) as Omit<GqlResponse<T>, 'status'>) };
  }

  async function apiKeyRows(): Promise<Row[]> {
    return (await t.server.orm.em.fork().getConnection().execute('select * from api_key order by id')) as Row[];
  }

  async function create(key: string, input: Record<string, unknown>): Promise<Created['createApiKey']> {
    return ok(await t.gql<Created>(CREATE_API_KEY, { input }, key)).createApiKey;
  }

  beforeAll(async () => {
    t = await startTestServer(target);
    const southport = ok(
      await t.gql<{ createInstitution: { institution: { id: string } } }>(
        `mutation($input: CreateInstitutionInput!) { createInstitution(input: $input) { institution { id } } }`,
        { input: { name: 'Southport College', slug: 'southport', country: 'GB', creditUnit: 'ECTS', currency: 'GBP' } },
        ADMIN_KEY,
      ),
    ).createInstitution.institution;
    southportId = southport.id;
    const created = await create(ADMIN_KEY, {
      institutionId: southportId,
      name: 'Southport admin',
      role: 'INSTITUTION_ADMIN',
    });
    southportAdmin = { secret: created.secret, id: created.apiKey.id };
  });
  afterAll(async () => {
    await t?.close();
  });

  it('stores only a SHA-256 of the secret part: no column holds the key or its secret', async () => {
    const before = (await apiKeyRows()).length;
    const { secret, apiKey } = await create(t.keys.admin, { name: 'Power BI extract', role: 'VIEWER' });
    const m = /^upl_([A-Za-z0-9_-]{12})_([A-Za-z0-9_-]{43})$/.exec(secret);
    expect(m).not.toBeNull();
    const [, prefix, secretPart] = m!;
    expect(apiKey).toMatchObject({ name: 'Power BI extract', role: 'VIEWER', prefix, revokedAt: null });

    const rows = await apiKeyRows();
    expect(rows).toHaveLength(before + 1);
    const row = rows.find((r) => Number(r.id) === dbId(apiKey.id))!;
    expect(row).toBeDefined();
    expect(row.prefix).toBe(prefix);
    expect(row.secret_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(row.secret_hash).toBe(sha256(secretPart));
    // Nothing anywhere in the table gives the secret away, for this key or any other.
    for (const r of rows) {
      for (const [column, value] of Object.entries(r)) {
        const text = value instanceof Date ? value.toISOString() : String(value);
        expect({ column, leaks: text.includes(secretPart) || text.includes(secret) }).toEqual({ column, leaks: false });
      }
    }
    // The demo keys too are stored hashed: their plaintexts appear nowhere.
    for (const plaintext of Object.values(t.keys)) {
      // The secret is the fixed-length tail: base64url may itself contain "_".
      const demoSecret = plaintext.slice(-43);
      expect(JSON.stringify(rows)).not.toContain(demoSecret);
    }

    // The key works as shown.
    expect(ok(await t.gql<ViewerResult>(VIEWER, {}, secret)).viewer).toEqual({
      role: 'VIEWER',
      institution: { slug: 'northbridge' },
    });
  });

  it('exposes the secret once: no field of the schema except createApiKey.secret holds a secret or a hash', async () => {
    const schema = ok(
      await t.gql<{ __schema: { types: { name: string; fields: { name: string }[] | null }[] } }>(
        `{ __schema { types { name fields { name } } } }`,
        {},
        t.keys.viewer,
      ),
    );
    const suspicious = schema.__schema.types
      .filter((ty) => !ty.name.startsWith('__'))
      .flatMap((ty) => (ty.fields ?? []).map((f) => `${ty.name}.${f.name}`))
      .filter((f) => /secret|hash/i.test(f));
    // Projection.inputHash and Calibration.observationHash are digests of planning inputs and actuals the caller
    // already holds, not of a credential.
    expect(suspicious.sort()).toEqual([
      'Calibration.observationHash',
      'CreateApiKeyPayload.secret',
      'Projection.inputHash',
    ]);
    const apiKeyType = schema.__schema.types.find((ty) => ty.name === 'ApiKey')!;
    expect(apiKeyType.fields!.map((f) => f.name).sort()).toEqual([
      'createdAt',
      'id',
      'name',
      'prefix',
      'revokedAt',
      'role',
    ]);

    // Reading the key back, by list and by node, shows everything but the secret.
    const { secret, apiKey } = await create(t.keys.admin, { name: 'Shown once', role: 'PLANNER' });
    const secretPart = secret.slice(-43);
    const listed = ok(await t.gql<{ apiKeys: { nodes: ApiKeyFields[] } }>(API_KEYS, {}, t.keys.admin)).apiKeys.nodes;
    expect(listed.find((k) => k.id === apiKey.id)).toEqual(apiKey);
    const node = ok(
      await t.gql<{ node: ApiKeyFields }>(
        `query($id: ID!) { node(id: $id) { ... on ApiKey { id name role prefix createdAt revokedAt } } }`,
        { id: apiKey.id },
        t.keys.admin,
      ),
    ).node;
    expect(node).toEqual(apiKey);
    expect(JSON.stringify([listed, node])).not.toContain(secretPart);
  });

  it('revocation takes effect on the very next request (UNAUTHENTICATED, HTTP 401)', async () => {
    const { secret, apiKey } = await create(t.keys.admin, { name: 'Short-lived', role: 'PLANNER' });
    const first = await t.gql<ViewerResult>(VIEWER, {}, secret);
    expect(first.status).toBe(200);
    expect(ok(first).viewer.role).toBe('PLANNER');

    const revoked = ok(
      await t.gql<{ revokeApiKey: { apiKey: { id: string; revokedAt: string | null } } }>(
        REVOKE_API_KEY,
        { input: { id: apiKey.id } },
        t.keys.admin,
      ),
    ).revokeApiKey.apiKey;
    expect(revoked.id).toBe(apiKey.id);
    expect(Number.isNaN(Date.parse(revoked.revokedAt ?? ''))).toBe(false);
    const row = (await apiKeyRows()).find((r) => Number(r.id) === dbId(apiKey.id))!;
    expect(row.revoked_at).not.toBeNull();

    const next = await t.gql<ViewerResult>(VIEWER, {}, secret);
    expect(next.status).toBe(401);
    expect(errorOf(next).code).toBe('UNAUTHENTICATED');
    expect(next.data ?? null).toBeNull();
    // Also for a write, which must not happen.
    const write = await t.gql<unknown>(
      `mutation { createAssumptionSet(input: { name: "After revocation" }) { assumptionSet { id } } }`,
      {},
      secret,
    );
    expect(write.status).toBe(401);
    expect(errorOf(write).code).toBe('UNAUTHENTICATED');
    const sets = (await t.server.orm.em
      .fork()
      .getConnection()
      .execute(`select id from assumption_set where name = 'After revocation'`)) as Row[];
    expect(sets).toHaveLength(0);

    // Listed as revoked, with the same time.
    const listed = ok(await t.gql<{ apiKeys: { nodes: ApiKeyFields[] } }>(API_KEYS, {}, t.keys.admin)).apiKeys.nodes;
    expect(listed.find((k) => k.id === apiKey.id)?.revokedAt).toBe(revoked.revokedAt);
  });

  describe('bad credentials are UNAUTHENTICATED with HTTP 401', () => {
    const cases: { name: string; headers: () => Record<string, string> }[] = [
      { name: 'Basic scheme', headers: () => ({ authorization: 'Basic dXNlcjpwYXNzd29yZA==' }) },
      { name: 'Bearer without a key', headers: () => ({ authorization: 'Bearer' }) },
      { name: 'Bearer with two tokens', headers: () => ({ authorization: `Bearer ${t.keys.planner} extra` }) },
      { name: 'the key without a scheme', headers: () => ({ authorization: t.keys.planner }) },
      { name: 'a key of the wrong shape', headers: () => ({ authorization: 'Bearer upl_short_key' }) },
      {
        name: 'an unknown key of the right shape',
        headers: () => ({ authorization: `Bearer ${generateKey().plaintext}` }),
      },
      {
        name: 'a valid prefix with a wrong secret',
        headers: () => {
          const prefix = t.keys.planner.slice(4, 16);
          expect(`upl_${prefix}_`).toBe(t.keys.planner.slice(0, 17));
          return { authorization: `Bearer upl_${prefix}_${generateKey().secret}` };
        },
      },
      {
        name: 'a valid prefix with the secret of another key',
        headers: () => {
          const prefix = t.keys.planner.slice(4, 16);
          return { authorization: `Bearer upl_${prefix}_${t.keys.viewer.slice(17)}` };
        },
      },
      { name: 'a near miss of the platform admin key', headers: () => ({ authorization: `Bearer ${ADMIN_KEY}x` }) },
    ];

    it.each(cases)('$name', async (c) => {
      for (const query of [VIEWER, `{ programs(first: 1) { totalCount } }`]) {
        const res = await post<unknown>(query, c.headers());
        expect(res.status).toBe(401);
        expect(errorOf(res).code).toBe('UNAUTHENTICATED');
        expect(res.data ?? null).toBeNull();
      }
    });

    it('an unknown prefix and a wrong secret get the same answer (existence is not revealed)', async () => {
      const unknown = await t.gql<unknown>(VIEWER, {}, generateKey().plaintext);
      const wrongSecret = await t.gql<unknown>(
        VIEWER,
        {},
        `upl_${t.keys.planner.slice(4, 16)}_${generateKey().secret}`,
      );
      expect(errorOf(unknown)).toEqual(errorOf(wrongSecret));
      expect(errorOf(unknown).code).toBe('UNAUTHENTICATED');
    });
  });

  it('no key is UNAUTHENTICATED on viewer and on programs, and on writes', async () => {
    for (const query of [
      VIEWER,
      `{ programs(first: 5) { totalCount nodes { id } } }`,
      `{ apiKeys(first: 5) { totalCount } }`,
    ]) {
      const res = await t.gql<unknown>(query, {}, null);
      expect({ query, code: errorOf(res).code, data: res.data ?? null }).toEqual({
        query,
        code: 'UNAUTHENTICATED',
        data: null,
      });
    }
    const before = (await apiKeyRows()).length;
    const res = await t.gql<unknown>(
      CREATE_API_KEY,
      { input: { institutionId: southportId, name: 'Anonymous', role: 'VIEWER' } },
      null,
    );
    expect(errorOf(res).code).toBe('UNAUTHENTICATED');
    expect(await apiKeyRows()).toHaveLength(before);
  });

  it.each([
    ['the platform admin', () => ADMIN_KEY, () => ({ institutionId: southportId })],
    ['an institution admin', (): string => t.keys.admin, () => ({})],
  ] as [string, () => string, () => Record<string, unknown>][])(
    'creating a PLATFORM_ADMIN key as %s → BAD_USER_INPUT on input.role, nothing written',
    async (_who, key, extra) => {
      const before = await apiKeyRows();
      const res = await t.gql<unknown>(
        CREATE_API_KEY,
        { input: { ...extra(), name: 'Root', role: 'PLATFORM_ADMIN' } },
        key(),
      );
      expect(errorOf(res)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.role' });
      expect(res.data ?? null).toBeNull();
      expect(await apiKeyRows()).toEqual(before);
    },
  );

  it("an INSTITUTION_ADMIN lists and revokes only its own institution's keys", async () => {
    const em = t.server.orm.em.fork();
    const ownIds = async (slug: string): Promise<number[]> =>
      (
        (await em
          .getConnection()
          .execute(
            'select k.id from api_key k join institution i on i.id = k.institution_id where i.slug = ? order by k.id',
            [slug],
          )) as Row[]
      ).map((r: Row) => Number(r.id));

    const southportPlanner = await create(southportAdmin.secret, { name: 'Southport planner', role: 'PLANNER' });
    expect(southportPlanner.apiKey.role).toBe('PLANNER');
    const northbridgeKey = await create(t.keys.admin, { name: 'Northbridge BI', role: 'VIEWER' });

    for (const [slug, key] of [
      ['northbridge', t.keys.admin],
      ['southport', southportAdmin.secret],
    ] as const) {
      const listed = ok(
        await t.gql<{ apiKeys: { totalCount: number; nodes: ApiKeyFields[] } }>(API_KEYS, {}, key),
      ).apiKeys;
      const expected = await ownIds(slug);
      expect(listed.totalCount).toBe(expected.length);
      expect(listed.nodes.map((k) => dbId(k.id))).toEqual(expected);
    }
    const northbridgeListed = ok(
      await t.gql<{ apiKeys: { nodes: ApiKeyFields[] } }>(API_KEYS, {}, t.keys.admin),
    ).apiKeys.nodes.map((k) => k.id);
    expect(northbridgeListed).toContain(northbridgeKey.apiKey.id);
    expect(northbridgeListed).not.toContain(southportAdmin.id);
    expect(northbridgeListed).not.toContain(southportPlanner.apiKey.id);

    // The platform admin lists all of them.
    const all = ok(
      await t.gql<{ apiKeys: { totalCount: number; nodes: ApiKeyFields[] } }>(API_KEYS, {}, ADMIN_KEY),
    ).apiKeys;
    expect(all.totalCount).toBe((await ownIds('northbridge')).length + (await ownIds('southport')).length);

    // Revoking the other's key: NOT_FOUND, not revoked, still working.
    for (const [key, victim, victimSecret] of [
      [t.keys.admin, southportPlanner.apiKey.id, southportPlanner.secret],
      [southportAdmin.secret, northbridgeKey.apiKey.id, northbridgeKey.secret],
    ] as const) {
      const before = await apiKeyRows();
      const res = await t.gql<unknown>(REVOKE_API_KEY, { input: { id: victim } }, key);
      expect(errorOf(res)).toMatchObject({ code: 'NOT_FOUND', field: 'input.id' });
      expect(await apiKeyRows()).toEqual(before);
      expect(ok(await t.gql<ViewerResult>(VIEWER, {}, victimSecret)).viewer.role).toBeDefined();
    }

    // Revoking its own works, and only that key stops working.
    ok(await t.gql<unknown>(REVOKE_API_KEY, { input: { id: southportPlanner.apiKey.id } }, southportAdmin.secret));
    expect((await t.gql<unknown>(VIEWER, {}, southportPlanner.secret)).status).toBe(401);
    expect(ok(await t.gql<ViewerResult>(VIEWER, {}, southportAdmin.secret)).viewer).toEqual({
      role: 'INSTITUTION_ADMIN',
      institution: { slug: 'southport' },
    });
    expect(ok(await t.gql<ViewerResult>(VIEWER, {}, northbridgeKey.secret)).viewer).toEqual({
      role: 'VIEWER',
      institution: { slug: 'northbridge' },
    });
  });

  it('caps the active keys of an institution (UPLIFT_MAX_KEYS_PER_INSTITUTION), for its admin and the platform admin', async () => {
    const previous = process.env.UPLIFT_MAX_KEYS_PER_INSTITUTION;
    process.env.UPLIFT_MAX_KEYS_PER_INSTITUTION = '3';
    try {
      const eastfield = ok(
        await t.gql<{ createInstitution: { institution: { id: string } } }>(
          `mutation($input: CreateInstitutionInput!) { createInstitution(input: $input) { institution { id } } }`,
          {
            input: { name: 'Eastfield College', slug: 'eastfield', country: 'GB', creditUnit: 'ECTS', currency: 'GBP' },
          },
          ADMIN_KEY,
        ),
      ).createInstitution.institution.id;
      const admin = await create(ADMIN_KEY, {
        institutionId: eastfield,
        name: 'Eastfield admin',
        role: 'INSTITUTION_ADMIN',
      });
      const second = await create(admin.secret, { name: 'BI 1', role: 'VIEWER' });
      await create(ADMIN_KEY, { institutionId: eastfield, name: 'BI 2', role: 'VIEWER' });

      // The fourth is refused, for the institution's admin and for the platform admin; nothing is written.
      const before = await apiKeyRows();
      for (const [key, input] of [
        [admin.secret, { name: 'BI 3', role: 'VIEWER' }],
        [ADMIN_KEY, { institutionId: eastfield, name: 'BI 3', role: 'VIEWER' }],
      ] as const) {
        const res = await t.gql<unknown>(CREATE_API_KEY, { input }, key);
        expect(errorOf(res)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.institutionId' });
        expect(errorOf(res).message).toMatch(
          /already has 3 active API keys.*UPLIFT_MAX_KEYS_PER_INSTITUTION=3.*revoke/,
        );
      }
      expect(await apiKeyRows()).toEqual(before);
      // Other institutions are not counted against it.
      await create(southportAdmin.secret, { name: 'Southport BI', role: 'VIEWER' });

      // A revoked key frees its place; creations racing for the one place get it once.
      ok(await t.gql<unknown>(REVOKE_API_KEY, { input: { id: second.apiKey.id } }, admin.secret));
      const raced = await Promise.all(
        [1, 2, 3, 4].map((i) =>
          t.gql<Created>(CREATE_API_KEY, { input: { name: `Race ${i}`, role: 'VIEWER' } }, admin.secret),
        ),
      );
      expect(raced.filter((r) => !r.errors).length).toBe(1);
      for (const r of raced.filter((x) => x.errors)) expect(errorOf(r).code).toBe('BAD_USER_INPUT');
      const active = (await apiKeyRows()).filter(
        (r) => Number(r.institution_id) === dbId(eastfield) && r.revoked_at === null,
      );
      expect(active).toHaveLength(3);
    } finally {
      if (previous === undefined) delete process.env.UPLIFT_MAX_KEYS_PER_INSTITUTION;
      else process.env.UPLIFT_MAX_KEYS_PER_INSTITUTION = previous;
    }
  });
});
