import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { testTargets } from '../support/databases';
import { ADMIN_KEY, errorOf, ok, startTestServer, type TestServer } from '../support/server';
import { parseGlobalId } from '../../src/core/global-id';
import { ApiKey } from '../../src/modules/api-key/api-key.entity';
import { AssumptionSet } from '../../src/modules/assumption/assumption-set.entity';
import { MicroCredential } from '../../src/modules/credential/micro-credential.entity';
import { ProgramCredential } from '../../src/modules/embedding/program-credential.entity';
import { DegreeProgram } from '../../src/modules/program/degree-program.entity';

/**
 * Tenancy (SECURITY.md, issue 2 item 4): a key of one institution can never read, list or change
 * anything of another — not by id, not through node/nodes, not through nested fields or lists,
 * not by mutation — in both directions. The shared catalog is readable by all and writable only
 * by the platform admin; roles below the one a write needs are FORBIDDEN.
 */

type TenantName = 'Northbridge' | 'Southport';

interface Tenant {
  name: TenantName;
  institutionId: string;
  institutionDbId: number;
  keys: { admin: string; planner: string; viewer: string };
  programId: string;
  /** The institution's own (non-shared) credential. */
  credentialId: string;
  /** Embedding of the own credential in the program. */
  embeddingId: string;
  /** Embedding of the shared credential that both institutions embed. */
  sharedEmbeddingId: string;
  metricId: string;
  /** An institution-own assumption set, copied with createAssumptionSet. */
  assumptionSetId: string;
  /** One of the institution's API keys. */
  apiKeyId: string;
}

interface Fixture {
  tenants: Record<TenantName, Tenant>;
  /** A shared-catalog credential embedded by both institutions. */
  sharedId: string;
  /** A shared-catalog credential embedded by neither institution's new program. */
  otherSharedId: string;
}

interface IdNode {
  id: string;
}
interface NodeResult {
  id: string;
  __typename: string;
}

const dbId = (globalId: string): number => {
  const parsed = parseGlobalId(globalId);
  if (!parsed) throw new Error(`not a global id: ${globalId}`);
  return parsed.id;
};

// ---------------------------------------------------------------------------------------------
// Operations
// ---------------------------------------------------------------------------------------------

const CREATE_INSTITUTION = `mutation($input: CreateInstitutionInput!) { createInstitution(input: $input) { institution { id slug creditUnit country currency } } }`;
const CREATE_API_KEY = `mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret apiKey { id role } } }`;
const REVOKE_API_KEY = `mutation($input: RevokeApiKeyInput!) { revokeApiKey(input: $input) { apiKey { id revokedAt } } }`;
const CREATE_PROGRAM = `mutation($input: CreateProgramInput!) { createProgram(input: $input) { program { id } } }`;
const UPDATE_PROGRAM = `mutation($input: UpdateProgramInput!) { updateProgram(input: $input) { program { id title } } }`;
const ARCHIVE_PROGRAM = `mutation($input: ArchiveProgramInput!) { archiveProgram(input: $input) { program { id status } } }`;
const CREATE_CREDENTIAL = `mutation($input: CreateCredentialInput!) { createCredential(input: $input) { credential { id } } }`;
const UPDATE_CREDENTIAL = `mutation($input: UpdateCredentialInput!) { updateCredential(input: $input) { credential { id title } } }`;
const EMBED = `mutation($input: EmbedCredentialInput!) { embedCredential(input: $input) { embedding { id } } }`;
const UPDATE_EMBEDDING = `mutation($input: UpdateEmbeddingInput!) { updateEmbedding(input: $input) { embedding { id status } } }`;
const REMOVE_EMBEDDING = `mutation($input: RemoveEmbeddingInput!) { removeEmbedding(input: $input) { removedId } }`;
const RECORD_METRICS = `mutation($input: RecordMetricsInput!) { recordMetrics(input: $input) { observations { id } } }`;
const CREATE_SET = `mutation($input: CreateAssumptionSetInput!) { createAssumptionSet(input: $input) { assumptionSet { id institution { id } } } }`;
const UPDATE_ASSUMPTION = `mutation($input: UpdateAssumptionInput!) { updateAssumption(input: $input) { assumptionSet { id version } } }`;

const NODE = `query($id: ID!) { node(id: $id) { id __typename } }`;
const NODES = `query($ids: [ID!]!) { nodes(ids: $ids) { id __typename } }`;
const PROGRAM = `query($id: ID!) { program(id: $id) { id } }`;
const CREDENTIAL = `query($id: ID!) { credential(id: $id) { id } }`;

const NEW_PROGRAM_BASELINE = {
  annualProspects: 900,
  annualNewEnrollments: 120,
  engagementRate: 0.55,
  retentionRate: 0.86,
};
const VALID_OVERRIDE = {
  parameter: 'ENGAGEMENT_EFFECT',
  low: 0,
  mode: Math.log(1.3),
  high: Math.log(1.6),
  distribution: 'TRIANGULAR',
};

describe.each(testTargets())('tenancy on %s', (target) => {
  let t: TestServer;
  let fx: Fixture;

  /** Every row of every tenant-owned table: a rejected write must leave this unchanged. */
  async function snapshot(): Promise<string> {
    const conn = t.server.orm.em.fork().getConnection();
    const tables = [
      'institution',
      'degree_program',
      'micro_credential',
      'program_credential',
      'metric_observation',
      'assumption_set',
      'assumption',
      'api_key',
    ];
    const parts: string[] = [];
    for (const table of tables)
      parts.push(`${table}: ${JSON.stringify(await conn.execute(`select * from ${table} order by id`))}`);
    parts.push(
      `assumption_evidence: ${JSON.stringify(await conn.execute('select * from assumption_evidence order by 1, 2'))}`,
    );
    const all = parts.join('\n');
    // Control: the snapshot really holds both tenants' rows.
    if (fx && (!all.includes('SC-BSC-DATA') || !all.includes('NB-TENANCY')))
      throw new Error('snapshot misses tenant rows');
    return all;
  }

  async function createKey(institutionId: string, role: string): Promise<{ secret: string; id: string }> {
    const res = ok(
      await t.gql<{ createApiKey: { secret: string; apiKey: { id: string; role: string } } }>(
        CREATE_API_KEY,
        { input: { institutionId, name: `Southport ${role.toLowerCase()}`, role } },
        ADMIN_KEY,
      ),
    );
    expect(res.createApiKey.apiKey.role).toBe(role);
    return { secret: res.createApiKey.secret, id: res.createApiKey.apiKey.id };
  }

  /** A program, an own credential embedded in it, the shared credential embedded too, a metric and an own assumption set. */
  async function populate(
    planner: string,
    spec: {
      code: string;
      totalCredits: number;
      credential: { title: string; issuer: string; creditValue: number; creditUnit: string; creditRecognition: string };
      creditsApplied: number;
    },
    sharedId: string,
  ): Promise<
    Pick<Tenant, 'programId' | 'credentialId' | 'embeddingId' | 'sharedEmbeddingId' | 'metricId' | 'assumptionSetId'>
  > {
    const program = ok(
      await t.gql<{ createProgram: { program: IdNode } }>(
        CREATE_PROGRAM,
        {
          input: {
            code: spec.code,
            title: `Tenancy program ${spec.code}`,
            level: 'BACHELOR',
            modality: 'HYBRID',
            totalCredits: spec.totalCredits,
            durationYears: 3,
            tuitionPerCredit: 77,
            baseline: NEW_PROGRAM_BASELINE,
          },
        },
        planner,
      ),
    ).createProgram.program;
    const credential = ok(
      await t.gql<{ createCredential: { credential: IdNode } }>(CREATE_CREDENTIAL, { input: spec.credential }, planner),
    ).createCredential.credential;
    const embedding = ok(
      await t.gql<{ embedCredential: { embedding: IdNode } }>(
        EMBED,
        {
          input: {
            programId: program.id,
            credentialId: credential.id,
            creditsApplied: spec.creditsApplied,
            requirement: 'ELECTIVE',
          },
        },
        planner,
      ),
    ).embedCredential.embedding;
    const sharedEmbedding = ok(
      await t.gql<{ embedCredential: { embedding: IdNode } }>(
        EMBED,
        {
          input: { programId: program.id, credentialId: sharedId, creditsApplied: 0, requirement: 'ADD_ON' },
        },
        planner,
      ),
    ).embedCredential.embedding;
    const metrics = ok(
      await t.gql<{ recordMetrics: { observations: IdNode[] } }>(
        RECORD_METRICS,
        {
          input: { observations: [{ programId: program.id, academicYear: 2024, metric: 'PROSPECTS', value: 880 }] },
        },
        planner,
      ),
    ).recordMetrics.observations;
    expect(metrics).toHaveLength(1);
    const set = ok(
      await t.gql<{ createAssumptionSet: { assumptionSet: { id: string; institution: IdNode | null } } }>(
        CREATE_SET,
        {
          input: { name: `${spec.code} cautious`, overrides: [VALID_OVERRIDE] },
        },
        planner,
      ),
    ).createAssumptionSet.assumptionSet;
    expect(set.institution).not.toBeNull();
    return {
      programId: program.id,
      credentialId: credential.id,
      embeddingId: embedding.id,
      sharedEmbeddingId: sharedEmbedding.id,
      metricId: metrics[0].id,
      assumptionSetId: set.id,
    };
  }

  beforeAll(async () => {
    t = await startTestServer(target);

    // The platform admin creates a second institution and its keys.
    const southport = ok(
      await t.gql<{
        createInstitution: {
          institution: { id: string; slug: string; creditUnit: string; country: string; currency: string };
        };
      }>(
        CREATE_INSTITUTION,
        { input: { name: 'Southport College', slug: 'southport', country: 'GB', creditUnit: 'ECTS', currency: 'GBP' } },
        ADMIN_KEY,
      ),
    ).createInstitution.institution;
    expect(southport).toMatchObject({ slug: 'southport', creditUnit: 'ECTS', country: 'GB', currency: 'GBP' });
    const spAdmin = await createKey(southport.id, 'INSTITUTION_ADMIN');
    const spPlanner = await createKey(southport.id, 'PLANNER');
    const spViewer = await createKey(southport.id, 'VIEWER');

    const nb = ok(
      await t.gql<{ viewer: { institution: IdNode } }>(`{ viewer { institution { id } } }`, {}, t.keys.planner),
    ).viewer.institution;
    const nbKeys = ok(
      await t.gql<{ apiKeys: { nodes: IdNode[] } }>(`{ apiKeys(first: 100) { nodes { id } } }`, {}, t.keys.admin),
    ).apiKeys.nodes;
    expect(nbKeys.length).toBeGreaterThanOrEqual(3);

    const shared = ok(
      await t.gql<{ credentials: { nodes: IdNode[] } }>(
        `{ credentials(first: 2, filter: { shared: true }, orderBy: { field: TITLE }) { nodes { id } } }`,
        {},
        ADMIN_KEY,
      ),
    ).credentials.nodes;
    expect(shared).toHaveLength(2);
    const sharedId = shared[0].id;

    const nbData = await populate(
      t.keys.planner,
      {
        code: 'NB-TENANCY',
        totalCredits: 120,
        creditsApplied: 3,
        credential: {
          title: 'Northbridge Lab Safety Certificate',
          issuer: 'Northbridge University',
          creditValue: 3,
          creditUnit: 'US_CREDIT_HOUR',
          creditRecognition: 'INSTITUTION',
        },
      },
      sharedId,
    );
    const spData = await populate(
      spPlanner.secret,
      {
        code: 'SC-BSC-DATA',
        totalCredits: 180,
        creditsApplied: 5,
        credential: {
          title: 'Southport Data Literacy Badge',
          issuer: 'Southport College',
          creditValue: 5,
          creditUnit: 'ECTS',
          creditRecognition: 'ECTS_ACCREDITED',
        },
      },
      sharedId,
    );

    fx = {
      sharedId,
      otherSharedId: shared[1].id,
      tenants: {
        Northbridge: {
          name: 'Northbridge',
          institutionId: nb.id,
          institutionDbId: dbId(nb.id),
          keys: t.keys,
          apiKeyId: nbKeys[0].id,
          ...nbData,
        },
        Southport: {
          name: 'Southport',
          institutionId: southport.id,
          institutionDbId: dbId(southport.id),
          keys: { admin: spAdmin.secret, planner: spPlanner.secret, viewer: spViewer.secret },
          apiKeyId: spAdmin.id,
          ...spData,
        },
      },
    };
  });
  afterAll(async () => {
    await t?.close();
  });

  /** The global ids of every node type an institution owns, with the GraphQL type each must resolve to. */
  const ownedNodes = (x: Tenant): [string, string][] => [
    ['Institution', x.institutionId],
    ['DegreeProgram', x.programId],
    ['MicroCredential', x.credentialId],
    ['ProgramCredential', x.embeddingId],
    ['ProgramCredential', x.sharedEmbeddingId],
    ['MetricObservation', x.metricId],
    ['AssumptionSet', x.assumptionSetId],
    ['ApiKey', x.apiKeyId],
  ];

  it('the platform admin sees both institutions and every node of both', async () => {
    const list = ok(
      await t.gql<{ institutions: { nodes: { slug: string }[] } }>(
        `{ institutions(first: 10) { nodes { slug } } }`,
        {},
        ADMIN_KEY,
      ),
    );
    expect(list.institutions.nodes.map((i) => i.slug)).toEqual(['northbridge', 'southport']);
    for (const x of Object.values(fx.tenants)) {
      const ids = ownedNodes(x).map(([, id]) => id);
      const res = ok(await t.gql<{ nodes: (NodeResult | null)[] }>(NODES, { ids }, ADMIN_KEY));
      expect(res.nodes.map((n) => n?.__typename)).toEqual(ownedNodes(x).map(([type]) => type));
    }
  });

  describe.each([
    ['Northbridge', 'Southport'],
    ['Southport', 'Northbridge'],
  ] as [TenantName, TenantName][])('%s key against %s data', (aName, bName) => {
    const A = (): Tenant => fx.tenants[aName];
    const B = (): Tenant => fx.tenants[bName];

    // --- reads by id ------------------------------------------------------------------------

    it('node() resolves every own node (control)', async () => {
      for (const [type, id] of ownedNodes(A())) {
        const res = ok(await t.gql<{ node: NodeResult | null }>(NODE, { id }, A().keys.admin));
        expect({ type, node: res.node }).toEqual({ type, node: { id, __typename: type } });
      }
    });

    it.each(['admin', 'planner', 'viewer'] as const)(
      'node() is null for every node type of the other institution (%s key)',
      async (role) => {
        for (const [type, id] of ownedNodes(B())) {
          const res = await t.gql<{ node: NodeResult | null }>(NODE, { id }, A().keys[role]);
          expect({ type, errors: res.errors, node: res.data?.node }).toEqual({ type, errors: undefined, node: null });
        }
      },
    );

    it.each(['admin', 'planner', 'viewer'] as const)(
      "nodes() is null exactly at the other institution's ids (%s key)",
      async (role) => {
        const mine = ownedNodes(A()).filter(([type]) => role === 'admin' || type !== 'ApiKey');
        const theirs = ownedNodes(B());
        const ids = [...theirs.map(([, id]) => id), ...mine.map(([, id]) => id)];
        const res = ok(await t.gql<{ nodes: (NodeResult | null)[] }>(NODES, { ids }, A().keys[role]));
        expect(res.nodes).toEqual([...theirs.map(() => null), ...mine.map(([type, id]) => ({ id, __typename: type }))]);
      },
    );

    it('program(id) of the other institution is null with NOT_FOUND on id', async () => {
      expect(
        ok(await t.gql<{ program: IdNode | null }>(PROGRAM, { id: A().programId }, A().keys.viewer)).program,
      ).toEqual({ id: A().programId });
      const res = await t.gql<{ program: IdNode | null }>(PROGRAM, { id: B().programId }, A().keys.admin);
      expect(res.data?.program).toBeNull();
      expect(errorOf(res)).toMatchObject({ code: 'NOT_FOUND', field: 'id' });
    });

    it("credential(id) of the other institution's own credential is null with NOT_FOUND on id", async () => {
      expect(
        ok(await t.gql<{ credential: IdNode | null }>(CREDENTIAL, { id: A().credentialId }, A().keys.viewer))
          .credential,
      ).toEqual({ id: A().credentialId });
      const res = await t.gql<{ credential: IdNode | null }>(CREDENTIAL, { id: B().credentialId }, A().keys.admin);
      expect(res.data?.credential).toBeNull();
      expect(errorOf(res)).toMatchObject({ code: 'NOT_FOUND', field: 'id' });
    });

    // --- lists ------------------------------------------------------------------------------

    it("programs lists exactly the own institution's programs", async () => {
      const res = ok(
        await t.gql<{ programs: { totalCount: number; nodes: { id: string; institution: IdNode }[] } }>(
          `{ programs(first: 100) { totalCount nodes { id institution { id } } } }`,
          {},
          A().keys.viewer,
        ),
      );
      const em = t.server.orm.em.fork();
      const expected = await em.find(DegreeProgram, { institution: A().institutionDbId }, { orderBy: { code: 'ASC' } });
      expect(res.programs.totalCount).toBe(expected.length);
      expect(res.programs.nodes.map((p) => dbId(p.id))).toEqual(expected.map((p) => p.id));
      expect(new Set(res.programs.nodes.map((p) => p.institution.id))).toEqual(new Set([A().institutionId]));
      expect(res.programs.nodes.map((p) => p.id)).toContain(A().programId);
      expect(res.programs.nodes.map((p) => p.id)).not.toContain(B().programId);
    });

    it("credentials lists the shared catalog and the own catalog, never the other's", async () => {
      const all = ok(
        await t.gql<{ credentials: { totalCount: number; nodes: IdNode[] } }>(
          `{ credentials(first: 100) { totalCount nodes { id } } }`,
          {},
          A().keys.viewer,
        ),
      ).credentials;
      const em = t.server.orm.em.fork();
      const expected = await em.find(MicroCredential, {
        $or: [{ institution: null }, { institution: A().institutionDbId }],
      });
      expect(all.totalCount).toBe(expected.length);
      expect(new Set(all.nodes.map((c) => dbId(c.id)))).toEqual(new Set(expected.map((c) => c.id)));
      expect(all.nodes.map((c) => c.id)).toContain(A().credentialId);
      expect(all.nodes.map((c) => c.id)).toContain(fx.sharedId);
      expect(all.nodes.map((c) => c.id)).not.toContain(B().credentialId);

      const own = ok(
        await t.gql<{ credentials: { totalCount: number; nodes: IdNode[] } }>(
          `{ credentials(first: 100, filter: { shared: false }) { totalCount nodes { id } } }`,
          {},
          A().keys.viewer,
        ),
      ).credentials;
      expect(own).toEqual({ totalCount: 1, nodes: [{ id: A().credentialId }] });

      // Filters that match the other's credential find nothing of it.
      const byIssuer = ok(
        await t.gql<{ credentials: { nodes: IdNode[] } }>(
          `query($issuer: String) { credentials(first: 100, filter: { issuer: $issuer }) { nodes { id } } }`,
          { issuer: B().name === 'Southport' ? 'Southport College' : 'Northbridge University' },
          A().keys.viewer,
        ),
      ).credentials;
      expect(byIssuer.nodes.map((c) => c.id)).not.toContain(B().credentialId);
    });

    it('institutions lists only the own institution', async () => {
      for (const role of ['admin', 'planner', 'viewer'] as const) {
        const res = ok(
          await t.gql<{ institutions: { totalCount: number; nodes: IdNode[] } }>(
            `{ institutions(first: 100) { totalCount nodes { id } } }`,
            {},
            A().keys[role],
          ),
        );
        expect(res.institutions).toEqual({ totalCount: 1, nodes: [{ id: A().institutionId }] });
      }
    });

    it("assumptionSets lists the global sets and the own sets, never the other's", async () => {
      const res = ok(
        await t.gql<{ assumptionSets: { id: string; institution: IdNode | null }[] }>(
          `{ assumptionSets { id institution { id } } }`,
          {},
          A().keys.viewer,
        ),
      );
      const em = t.server.orm.em.fork();
      const expected = await em.find(AssumptionSet, {
        $or: [{ institution: null }, { institution: A().institutionDbId }],
      });
      expect(new Set(res.assumptionSets.map((s) => dbId(s.id)))).toEqual(new Set(expected.map((s) => s.id)));
      expect(res.assumptionSets.map((s) => s.id)).toContain(A().assumptionSetId);
      expect(res.assumptionSets.map((s) => s.id)).not.toContain(B().assumptionSetId);
      for (const s of res.assumptionSets) expect([null, A().institutionId]).toContain(s.institution?.id ?? null);
    });

    it("apiKeys lists exactly the own institution's keys", async () => {
      const res = ok(
        await t.gql<{ apiKeys: { totalCount: number; nodes: IdNode[] } }>(
          `{ apiKeys(first: 100) { totalCount nodes { id } } }`,
          {},
          A().keys.admin,
        ),
      );
      const em = t.server.orm.em.fork();
      const expected = await em.find(ApiKey, { institution: A().institutionDbId }, { orderBy: { id: 'ASC' } });
      expect(expected.length).toBeGreaterThanOrEqual(3);
      expect(res.apiKeys.totalCount).toBe(expected.length);
      expect(res.apiKeys.nodes.map((k) => dbId(k.id))).toEqual(expected.map((k) => k.id));
      expect(res.apiKeys.nodes.map((k) => k.id)).not.toContain(B().apiKeyId);
    });

    // --- nested -----------------------------------------------------------------------------

    it('a shared credential embedded by both shows only the own programs in MicroCredential.programs', async () => {
      const em = t.server.orm.em.fork();
      const links = await em.find(
        ProgramCredential,
        { credential: dbId(fx.sharedId), program: { institution: A().institutionDbId } },
        { orderBy: { program: { code: 'ASC' }, id: 'ASC' } },
      );
      const expected = links.map((l) => l.program.id);
      expect(expected.length).toBeGreaterThanOrEqual(1);

      const res = ok(
        await t.gql<{ credential: { programs: { id: string; institution: IdNode }[] } }>(
          `query($id: ID!) { credential(id: $id) { programs { id institution { id } } } }`,
          { id: fx.sharedId },
          A().keys.viewer,
        ),
      );
      expect(res.credential.programs.map((p) => dbId(p.id))).toEqual(expected);
      expect(res.credential.programs.map((p) => p.id)).toContain(A().programId);
      expect(res.credential.programs.map((p) => p.id)).not.toContain(B().programId);
      expect(new Set(res.credential.programs.map((p) => p.institution.id))).toEqual(new Set([A().institutionId]));

      // The same through node() and from an embedding up to the credential and back down.
      const viaNode = ok(
        await t.gql<{ node: { programs: IdNode[] } }>(
          `query($id: ID!) { node(id: $id) { ... on MicroCredential { programs { id } } } }`,
          { id: fx.sharedId },
          A().keys.viewer,
        ),
      );
      expect(viaNode.node.programs.map((p) => dbId(p.id))).toEqual(expected);
      const viaEmbedding = ok(
        await t.gql<{ node: { program: IdNode; credential: { id: string; programs: IdNode[] } } }>(
          `query($id: ID!) { node(id: $id) { ... on ProgramCredential { program { id } credential { id programs { id } } } } }`,
          { id: A().sharedEmbeddingId },
          A().keys.viewer,
        ),
      );
      expect(viaEmbedding.node.program.id).toBe(A().programId);
      expect(viaEmbedding.node.credential.id).toBe(fx.sharedId);
      expect(viaEmbedding.node.credential.programs.map((p) => dbId(p.id))).toEqual(expected);
    });

    it('a page of programs never reaches the other institution through nested fields', async () => {
      const res = ok(
        await t.gql<{
          programs: {
            nodes: {
              id: string;
              institution: IdNode;
              metrics: { nodes: { program: IdNode }[] };
              embeddedCredentials: {
                program: IdNode;
                credential: { programs: { id: string; institution: IdNode }[] };
              }[];
            }[];
          };
        }>(
          `{ programs(first: 100) { nodes { id institution { id }
            metrics(first: 100) { nodes { program { id } } }
            embeddedCredentials { program { id } credential { programs { id institution { id } } } } } } }`,
          {},
          A().keys.viewer,
        ),
      );
      const seenInstitutions = new Set<string>();
      const seenPrograms = new Set<string>();
      for (const p of res.programs.nodes) {
        seenInstitutions.add(p.institution.id);
        seenPrograms.add(p.id);
        for (const m of p.metrics.nodes) seenPrograms.add(m.program.id);
        for (const e of p.embeddedCredentials) {
          seenPrograms.add(e.program.id);
          for (const q of e.credential.programs) {
            seenPrograms.add(q.id);
            seenInstitutions.add(q.institution.id);
          }
        }
      }
      expect([...seenInstitutions]).toEqual([A().institutionId]);
      expect(seenPrograms.has(A().programId)).toBe(true);
      expect(seenPrograms.has(B().programId)).toBe(false);
    });

    // --- mutations with the other institution's ids ------------------------------------------

    interface MutationCase {
      name: string;
      key: 'admin' | 'planner';
      query: string;
      variables: () => Record<string, unknown>;
      field: string;
    }
    const crossTenantWrites: MutationCase[] = [
      {
        name: 'updateProgram',
        key: 'planner',
        query: UPDATE_PROGRAM,
        variables: () => ({ input: { id: B().programId, title: 'Hijacked' } }),
        field: 'input.id',
      },
      {
        name: 'archiveProgram',
        key: 'planner',
        query: ARCHIVE_PROGRAM,
        variables: () => ({ input: { id: B().programId } }),
        field: 'input.id',
      },
      {
        name: "embedCredential into the other's program",
        key: 'planner',
        query: EMBED,
        field: 'input.programId',
        variables: () => ({
          input: { programId: B().programId, credentialId: fx.otherSharedId, creditsApplied: 0, requirement: 'ADD_ON' },
        }),
      },
      {
        name: "embedCredential of the other's own credential",
        key: 'planner',
        query: EMBED,
        field: 'input.credentialId',
        variables: () => ({
          input: { programId: A().programId, credentialId: B().credentialId, creditsApplied: 0, requirement: 'ADD_ON' },
        }),
      },
      {
        name: "updateCredential of the other's own credential",
        key: 'planner',
        query: UPDATE_CREDENTIAL,
        variables: () => ({ input: { id: B().credentialId, title: 'Hijacked' } }),
        field: 'input.id',
      },
      {
        name: 'updateEmbedding',
        key: 'planner',
        query: UPDATE_EMBEDDING,
        variables: () => ({ input: { id: B().embeddingId, status: 'RETIRED' } }),
        field: 'input.id',
      },
      {
        name: 'updateEmbedding (shared credential)',
        key: 'planner',
        query: UPDATE_EMBEDDING,
        variables: () => ({ input: { id: B().sharedEmbeddingId, status: 'RETIRED' } }),
        field: 'input.id',
      },
      {
        name: 'removeEmbedding',
        key: 'planner',
        query: REMOVE_EMBEDDING,
        variables: () => ({ input: { id: B().embeddingId } }),
        field: 'input.id',
      },
      {
        name: 'recordMetrics (one own and one foreign observation)',
        key: 'planner',
        query: RECORD_METRICS,
        field: 'input.observations.1.programId',
        variables: () => ({
          input: {
            observations: [
              { programId: A().programId, academicYear: 2031, metric: 'PROSPECTS', value: 1234 },
              { programId: B().programId, academicYear: 2031, metric: 'PROSPECTS', value: 1234 },
            ],
          },
        }),
      },
      {
        name: 'updateAssumption',
        key: 'planner',
        query: UPDATE_ASSUMPTION,
        variables: () => ({ input: { assumptionSetId: B().assumptionSetId, override: VALID_OVERRIDE } }),
        field: 'input.assumptionSetId',
      },
      {
        name: 'createAssumptionSet fromId',
        key: 'planner',
        query: CREATE_SET,
        variables: () => ({ input: { name: 'Stolen copy', fromId: B().assumptionSetId } }),
        field: 'input.fromId',
      },
      {
        name: 'createApiKey with institutionId',
        key: 'admin',
        query: CREATE_API_KEY,
        field: 'input.institutionId',
        variables: () => ({
          input: { institutionId: B().institutionId, name: 'Back door', role: 'INSTITUTION_ADMIN' },
        }),
      },
      {
        name: 'revokeApiKey',
        key: 'admin',
        query: REVOKE_API_KEY,
        variables: () => ({ input: { id: B().apiKeyId } }),
        field: 'input.id',
      },
    ];

    it.each(crossTenantWrites)('$name, aimed at the other institution → NOT_FOUND, nothing written', async (c) => {
      const before = await snapshot();
      const res = await t.gql<Record<string, unknown>>(c.query, c.variables(), A().keys[c.key]);
      expect(errorOf(res)).toMatchObject({ code: 'NOT_FOUND', field: c.field });
      expect(res.data ?? null).toBeNull();
      expect(await snapshot()).toBe(before);
    });

    it("the other institution's keys still work and its data is unchanged after the attempts", async () => {
      const res = ok(
        await t.gql<{
          program: { id: string; title: string; status: string; embeddedCredentials: { id: string; status: string }[] };
        }>(
          `query($id: ID!) { program(id: $id) { id title status embeddedCredentials { id status } } }`,
          { id: B().programId },
          B().keys.admin,
        ),
      );
      expect(res.program.title).toBe(`Tenancy program ${B().name === 'Southport' ? 'SC-BSC-DATA' : 'NB-TENANCY'}`);
      expect(res.program.status).toBe('ACTIVE');
      expect(res.program.embeddedCredentials).toEqual([
        { id: B().embeddingId, status: 'ACTIVE' },
        { id: B().sharedEmbeddingId, status: 'ACTIVE' },
      ]);
    });

    // --- roles ------------------------------------------------------------------------------

    const viewerWrites: { name: string; query: string; variables: () => Record<string, unknown> }[] = [
      {
        name: 'createProgram',
        query: CREATE_PROGRAM,
        variables: () => ({
          input: {
            code: 'VIEWER-1',
            title: 'Not allowed',
            level: 'MASTER',
            modality: 'ONLINE',
            totalCredits: 30,
            durationYears: 1,
            tuitionPerCredit: 500,
            baseline: NEW_PROGRAM_BASELINE,
          },
        }),
      },
      {
        name: 'updateProgram',
        query: UPDATE_PROGRAM,
        variables: () => ({ input: { id: A().programId, title: 'Not allowed' } }),
      },
      { name: 'archiveProgram', query: ARCHIVE_PROGRAM, variables: () => ({ input: { id: A().programId } }) },
      {
        name: 'createCredential',
        query: CREATE_CREDENTIAL,
        variables: () => ({ input: { title: 'Not allowed', issuer: 'Nobody', creditRecognition: 'NONE' } }),
      },
      {
        name: 'updateCredential',
        query: UPDATE_CREDENTIAL,
        variables: () => ({ input: { id: A().credentialId, title: 'Not allowed' } }),
      },
      {
        name: 'embedCredential',
        query: EMBED,
        variables: () => ({
          input: { programId: A().programId, credentialId: fx.otherSharedId, creditsApplied: 0, requirement: 'ADD_ON' },
        }),
      },
      {
        name: 'updateEmbedding',
        query: UPDATE_EMBEDDING,
        variables: () => ({ input: { id: A().embeddingId, status: 'RETIRED' } }),
      },
      { name: 'removeEmbedding', query: REMOVE_EMBEDDING, variables: () => ({ input: { id: A().embeddingId } }) },
      {
        name: 'recordMetrics',
        query: RECORD_METRICS,
        variables: () => ({
          input: { observations: [{ programId: A().programId, academicYear: 2032, metric: 'PROSPECTS', value: 1 }] },
        }),
      },
      { name: 'createAssumptionSet', query: CREATE_SET, variables: () => ({ input: { name: 'Not allowed' } }) },
      {
        name: 'updateAssumption',
        query: UPDATE_ASSUMPTION,
        variables: () => ({ input: { assumptionSetId: A().assumptionSetId, override: VALID_OVERRIDE } }),
      },
      {
        name: 'createApiKey',
        query: CREATE_API_KEY,
        variables: () => ({ input: { name: 'Not allowed', role: 'VIEWER' } }),
      },
      { name: 'revokeApiKey', query: REVOKE_API_KEY, variables: () => ({ input: { id: A().apiKeyId } }) },
    ];

    it.each(viewerWrites)('a VIEWER cannot $name on its own data → FORBIDDEN, nothing written', async (c) => {
      const before = await snapshot();
      const res = await t.gql<Record<string, unknown>>(c.query, c.variables(), A().keys.viewer);
      expect(errorOf(res)).toEqual({ message: expect.any(String), code: 'FORBIDDEN', field: undefined });
      expect(res.data ?? null).toBeNull();
      expect(await snapshot()).toBe(before);
    });

    const keyManagement: { name: string; query: string; variables: () => Record<string, unknown> }[] = [
      {
        name: 'createApiKey',
        query: CREATE_API_KEY,
        variables: () => ({ input: { name: 'Planner-made', role: 'VIEWER' } }),
      },
      {
        name: 'createApiKey for its own institution by id',
        query: CREATE_API_KEY,
        variables: () => ({ input: { institutionId: A().institutionId, name: 'Planner-made', role: 'PLANNER' } }),
      },
      { name: 'revokeApiKey', query: REVOKE_API_KEY, variables: () => ({ input: { id: A().apiKeyId } }) },
      { name: 'apiKeys', query: `{ apiKeys(first: 10) { totalCount } }`, variables: () => ({}) },
    ];

    it.each(keyManagement)('a PLANNER cannot $name → FORBIDDEN, nothing written', async (c) => {
      const before = await snapshot();
      const res = await t.gql<Record<string, unknown>>(c.query, c.variables(), A().keys.planner);
      expect(errorOf(res)).toEqual({ message: expect.any(String), code: 'FORBIDDEN', field: undefined });
      expect(res.data ?? null).toBeNull();
      expect(await snapshot()).toBe(before);
    });

    // --- the shared catalog -----------------------------------------------------------------

    it('the shared catalog is readable with every role', async () => {
      for (const role of ['admin', 'planner', 'viewer'] as const) {
        const res = ok(
          await t.gql<{ credential: { id: string; programs: IdNode[] } }>(
            `query($id: ID!) { credential(id: $id) { id programs { id } } }`,
            { id: fx.otherSharedId },
            A().keys[role],
          ),
        );
        expect(res.credential.id).toBe(fx.otherSharedId);
      }
    });

    const sharedWrites: {
      name: string;
      key: 'planner' | 'admin';
      query: string;
      variables: () => Record<string, unknown>;
    }[] = [
      {
        name: 'createCredential shared: true as PLANNER',
        key: 'planner',
        query: CREATE_CREDENTIAL,
        variables: () => ({
          input: { title: 'Catalog spam', issuer: 'Nobody', creditRecognition: 'NONE', shared: true },
        }),
      },
      {
        name: 'createCredential shared: true as INSTITUTION_ADMIN',
        key: 'admin',
        query: CREATE_CREDENTIAL,
        variables: () => ({
          input: { title: 'Catalog spam', issuer: 'Nobody', creditRecognition: 'NONE', shared: true },
        }),
      },
      {
        name: 'updateCredential on a shared credential as PLANNER',
        key: 'planner',
        query: UPDATE_CREDENTIAL,
        variables: () => ({ input: { id: fx.sharedId, title: 'Renamed' } }),
      },
      {
        name: 'updateCredential on a shared credential as INSTITUTION_ADMIN',
        key: 'admin',
        query: UPDATE_CREDENTIAL,
        variables: () => ({ input: { id: fx.sharedId, costPerLearner: 0 } }),
      },
    ];

    it.each(sharedWrites)('$name → FORBIDDEN, nothing written', async (c) => {
      const before = await snapshot();
      const res = await t.gql<Record<string, unknown>>(c.query, c.variables(), A().keys[c.key]);
      expect(errorOf(res)).toEqual({ message: expect.any(String), code: 'FORBIDDEN', field: undefined });
      expect(res.data ?? null).toBeNull();
      expect(await snapshot()).toBe(before);
    });
  });

  it('the platform admin writes the shared catalog, and both institutions read the result', async () => {
    const created = ok(
      await t.gql<{ createCredential: { credential: IdNode } }>(
        CREATE_CREDENTIAL,
        {
          input: {
            title: 'Platform Cloud Fundamentals',
            issuer: 'Uplift Consortium',
            creditRecognition: 'ACE_RECOMMENDED',
            creditValue: 3,
            creditUnit: 'US_CREDIT_HOUR',
            shared: true,
          },
        },
        ADMIN_KEY,
      ),
    ).createCredential.credential;
    const updated = ok(
      await t.gql<{ updateCredential: { credential: { id: string; title: string } } }>(
        UPDATE_CREDENTIAL,
        { input: { id: created.id, title: 'Platform Cloud Fundamentals II' } },
        ADMIN_KEY,
      ),
    ).updateCredential.credential;
    expect(updated).toEqual({ id: created.id, title: 'Platform Cloud Fundamentals II' });
    const row = await t.server.orm.em.fork().findOneOrFail(MicroCredential, dbId(created.id));
    expect(row.institution).toBeNull();
    expect(row.title).toBe('Platform Cloud Fundamentals II');
    for (const x of Object.values(fx.tenants)) {
      const res = ok(
        await t.gql<{ credential: { id: string; title: string } }>(
          `query($id: ID!) { credential(id: $id) { id title } }`,
          { id: created.id },
          x.keys.viewer,
        ),
      );
      expect(res.credential).toEqual({ id: created.id, title: 'Platform Cloud Fundamentals II' });
    }
  });
});
