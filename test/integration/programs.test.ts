import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { demo } from '../../seeds/demo';
import { testTargets } from '../support/databases';
import { errorOf, ok, startTestServer, type GqlResponse, type TestServer } from '../support/server';
import { DegreeProgram } from '../../src/modules/program/degree-program.entity';

// Programs over HTTP: create/update/archive, the ProgramFilter, ordering, keyset pagination,
// bad input (nothing written), optimistic locking and roles.

interface PageInfoT {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor: string | null;
  endCursor: string | null;
}
interface ProgramT {
  id: string;
  code: string;
  title: string;
  level: string;
  modality: string;
  cipCode: string | null;
  status: string;
  totalCredits: number;
  durationYears: number;
  tuitionPerCredit: number;
  capacity: number | null;
  discountRate: number;
  instructionalCostPerCredit: number;
  version: number;
  createdAt: string;
  updatedAt: string;
  embeddedCredits: number;
  baseline: {
    annualProspects: number;
    annualNewEnrollments: number;
    engagementRate: number;
    retentionRate: number;
    prospectGrowthRate: number;
    enrollmentRate: number;
  };
  embeddedCredentials: { id: string; status: string; creditsApplied: number }[];
}
interface ProgramsData {
  programs: {
    totalCount: number;
    pageInfo: PageInfoT;
    edges: { cursor: string; node: { id: string } }[];
    nodes: ProgramT[];
  };
}
type ProgramPayloadData<K extends string> = Record<K, { program: ProgramT }>;

const PROGRAM_FIELDS = `
  id code title level modality cipCode status totalCredits durationYears tuitionPerCredit version createdAt updatedAt embeddedCredits
  capacity discountRate instructionalCostPerCredit
  baseline { annualProspects annualNewEnrollments engagementRate retentionRate prospectGrowthRate enrollmentRate }
  embeddedCredentials { id status creditsApplied }
`;

const PROGRAMS = `
  query Programs($first: Int, $after: String, $last: Int, $before: String, $filter: ProgramFilter, $orderBy: ProgramOrder) {
    programs(first: $first, after: $after, last: $last, before: $before, filter: $filter, orderBy: $orderBy) {
      totalCount
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      edges { cursor node { id } }
      nodes { ${PROGRAM_FIELDS} }
    }
  }`;

const CREATE = `mutation Create($input: CreateProgramInput!) { createProgram(input: $input) { program { ${PROGRAM_FIELDS} } } }`;
const UPDATE = `mutation Update($input: UpdateProgramInput!) { updateProgram(input: $input) { program { ${PROGRAM_FIELDS} } } }`;
const ARCHIVE = `mutation Archive($input: ArchiveProgramInput!) { archiveProgram(input: $input) { program { ${PROGRAM_FIELDS} } } }`;
const ONE = `query One($id: ID!) { program(id: $id) { ${PROGRAM_FIELDS} } }`;

type Json = Record<string, unknown>;

function validInput(code: string, over: Json = {}): Json {
  return {
    code,
    title: `Test program ${code}`,
    level: 'BACHELOR',
    modality: 'ONLINE',
    cipCode: '11.0701',
    totalCredits: 120,
    durationYears: 4,
    tuitionPerCredit: 400,
    baseline: { annualProspects: 1000, annualNewEnrollments: 100, engagementRate: 0.5, retentionRate: 0.8 },
    ...over,
  };
}

function withBaseline(code: string, baseline: Json): Json {
  const base = validInput(code);
  return { ...base, baseline: { ...(base.baseline as Json), ...baseline } };
}

/** Byte-order string comparison (what SQLite and a C-collated PostgreSQL do for ASCII). */
const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const dbId = (globalId: string): number => {
  const m = /^DegreeProgram:(\d+)$/.exec(Buffer.from(globalId, 'base64url').toString('utf8'));
  if (!m) throw new Error(`not a program id: ${globalId}`);
  return Number(m[1]);
};
const globalId = (type: string, id: number): string => Buffer.from(`${type}:${id}`, 'utf8').toString('base64url');
const ids = (ps: { id: string }[]): string[] => ps.map((p) => p.id);

describe.each(testTargets())('programs on %s', (target) => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer(target);
  });
  afterAll(async () => {
    await t?.close();
  });

  const planner = () => t.keys.planner;
  const programs = async (vars: Json, key: string = t.keys.planner): Promise<GqlResponse<ProgramsData>> =>
    t.gql<ProgramsData>(PROGRAMS, vars, key);
  const all = async (orderBy: Json = { field: 'CODE' }): Promise<ProgramT[]> => {
    const data = ok(await programs({ first: 100, orderBy }));
    expect(data.programs.pageInfo.hasNextPage).toBe(false);
    expect(data.programs.nodes).toHaveLength(data.programs.totalCount);
    return data.programs.nodes;
  };
  const create = async (input: Json, key: string = t.keys.planner) =>
    t.gql<ProgramPayloadData<'createProgram'>>(CREATE, { input }, key);
  const update = async (input: Json, key: string = t.keys.planner) =>
    t.gql<ProgramPayloadData<'updateProgram'>>(UPDATE, { input }, key);
  const archive = async (input: Json, key: string = t.keys.planner) =>
    t.gql<ProgramPayloadData<'archiveProgram'>>(ARCHIVE, { input }, key);
  const countRows = async (): Promise<number> => t.server.orm.em.fork().count(DegreeProgram, {});
  const row = async (id: string): Promise<DegreeProgram> =>
    t.server.orm.em.fork().findOneOrFail(DegreeProgram, { id: dbId(id) });
  const byCode = async (code: string): Promise<ProgramT> => {
    const p = (await all()).find((x) => x.code === code);
    if (!p) throw new Error(`no program ${code}`);
    return p;
  };

  describe('create, update, archive', () => {
    it('createProgram returns every field as given, version 1, defaults applied', async () => {
      const before = await countRows();
      const input = validInput('CR-1', {
        title: '  Created Program  ',
        level: 'MASTER',
        modality: 'HYBRID',
        cipCode: '52.0201',
        totalCredits: 36,
        durationYears: 1.5,
        tuitionPerCredit: 975.5,
        baseline: {
          annualProspects: 800,
          annualNewEnrollments: 120,
          engagementRate: 0.61,
          retentionRate: 0.87,
          prospectGrowthRate: -0.02,
        },
      });
      const p = ok(await create(input)).createProgram.program;
      expect(p).toMatchObject({
        code: 'CR-1',
        title: 'Created Program',
        level: 'MASTER',
        modality: 'HYBRID',
        cipCode: '52.0201',
        totalCredits: 36,
        durationYears: 1.5,
        tuitionPerCredit: 975.5,
        status: 'ACTIVE',
        version: 1,
        embeddedCredits: 0,
        embeddedCredentials: [],
        baseline: {
          annualProspects: 800,
          annualNewEnrollments: 120,
          engagementRate: 0.61,
          retentionRate: 0.87,
          prospectGrowthRate: -0.02,
        },
      });
      expect(p.baseline.enrollmentRate).toBeCloseTo(120 / 800, 12);
      expect(Number.isNaN(Date.parse(p.createdAt))).toBe(false);
      expect(await countRows()).toBe(before + 1);

      // Readable back by id, and stored as returned.
      const back = ok(await t.gql<{ program: ProgramT }>(ONE, { id: p.id }, planner())).program;
      expect(back).toEqual(p);
      const stored = await row(p.id);
      expect(stored).toMatchObject({
        code: 'CR-1',
        title: 'Created Program',
        totalCredits: 36,
        annualNewEnrollments: 120,
        prospectGrowthRate: -0.02,
        version: 1,
      });

      // Optional fields: no cipCode, explicit status, growth defaults to 0.
      const q = ok(await create(validInput('CR-2', { cipCode: null, status: 'PLANNED' }))).createProgram.program;
      expect(q).toMatchObject({ cipCode: null, status: 'PLANNED', version: 1, baseline: { prospectGrowthRate: 0 } });
    });

    it('updateProgram changes only the given fields and bumps the version each time', async () => {
      const p = ok(await create(validInput('UP-1'))).createProgram.program;
      const u1 = ok(await update({ id: p.id, expectedVersion: 1, title: 'Renamed', totalCredits: 90 })).updateProgram
        .program;
      expect(u1).toMatchObject({
        id: p.id,
        title: 'Renamed',
        totalCredits: 90,
        version: 2,
        code: 'UP-1',
        durationYears: 4,
        tuitionPerCredit: 400,
        cipCode: '11.0701',
        status: 'ACTIVE',
      });
      expect(u1.baseline).toEqual(p.baseline);
      expect(Date.parse(u1.updatedAt)).toBeGreaterThanOrEqual(Date.parse(p.updatedAt));

      const u2 = ok(
        await update({
          id: p.id,
          durationYears: 3,
          tuitionPerCredit: 410,
          cipCode: '30.7001',
          status: 'PLANNED',
          baseline: {
            annualProspects: 2000,
            annualNewEnrollments: 300,
            engagementRate: 0.4,
            retentionRate: 0.7,
            prospectGrowthRate: 0.05,
          },
        }),
      ).updateProgram.program;
      expect(u2).toMatchObject({
        title: 'Renamed',
        totalCredits: 90,
        durationYears: 3,
        tuitionPerCredit: 410,
        cipCode: '30.7001',
        status: 'PLANNED',
        version: 3,
        baseline: {
          annualProspects: 2000,
          annualNewEnrollments: 300,
          engagementRate: 0.4,
          retentionRate: 0.7,
          prospectGrowthRate: 0.05,
        },
      });
      expect(u2.baseline.enrollmentRate).toBeCloseTo(0.15, 12);
      expect(await row(p.id)).toMatchObject({ title: 'Renamed', durationYears: 3, annualProspects: 2000, version: 3 });
    });

    it('archiveProgram archives, bumps the version, and the program stays readable', async () => {
      const p = ok(await create(validInput('AR-1'))).createProgram.program;
      const a = ok(await archive({ id: p.id })).archiveProgram.program;
      expect(a).toMatchObject({ id: p.id, code: 'AR-1', status: 'ARCHIVED', version: 2 });
      const back = ok(await t.gql<{ program: ProgramT }>(ONE, { id: p.id }, planner())).program;
      expect(back).toMatchObject({ status: 'ARCHIVED', version: 2 });
      expect((await row(p.id)).status).toBe('ARCHIVED');
    });
  });

  describe('capacity, discount rate and instructional cost', () => {
    /** What the three fields are in the database, with the version. */
    const stored = async (id: string) => {
      const r = await row(id);
      return {
        capacity: r.capacity ?? null,
        discountRate: r.discountRate,
        instructionalCostPerCredit: r.instructionalCostPerCredit,
        annualNewEnrollments: r.annualNewEnrollments,
        version: r.version,
      };
    };

    it('createProgram stores the three fields as given, or no limit and 0 when left out; they read back', async () => {
      const p = ok(
        await create(validInput('MONEY-1', { capacity: 140, discountRate: 0.42, instructionalCostPerCredit: 315.5 })),
      ).createProgram.program;
      expect(p).toMatchObject({ capacity: 140, discountRate: 0.42, instructionalCostPerCredit: 315.5, version: 1 });
      expect(ok(await t.gql<{ program: ProgramT }>(ONE, { id: p.id }, planner())).program).toEqual(p);
      expect(await stored(p.id)).toEqual({
        capacity: 140,
        discountRate: 0.42,
        instructionalCostPerCredit: 315.5,
        annualNewEnrollments: 100,
        version: 1,
      });

      const d = ok(await create(validInput('MONEY-2'))).createProgram.program;
      expect(d).toMatchObject({ capacity: null, discountRate: 0, instructionalCostPerCredit: 0 });
      expect(await stored(d.id)).toMatchObject({ capacity: null, discountRate: 0, instructionalCostPerCredit: 0 });
      const n = ok(await create(validInput('MONEY-3', { capacity: null, discountRate: 0 }))).createProgram.program;
      expect(n).toMatchObject({ capacity: null, discountRate: 0, instructionalCostPerCredit: 0 });

      // A capacity equal to today's entrants is allowed (the program is full).
      const full = ok(await create(validInput('MONEY-4', { capacity: 100 }))).createProgram.program;
      expect(full.capacity).toBe(100);
    });

    it("the demo's programs carry the seeded figures", async () => {
      for (const seed of demo.programs) {
        expect(await byCode(seed.code)).toMatchObject({
          capacity: seed.capacity,
          discountRate: seed.discountRate,
          instructionalCostPerCredit: seed.instructionalCostPerCredit,
        });
      }
      // Clinical placements bind nursing; a funded doctorate remits nearly all of its tuition.
      expect((await byCode('BSN')).capacity).not.toBeNull();
      expect((await byCode('PHD-CS')).discountRate).toBe(0.9);
    });

    it('updateProgram sets them, keeps what is left out, and capacity: null removes the limit', async () => {
      const p = ok(await create(validInput('MONEY-UP'))).createProgram.program;
      const u1 = ok(
        await update({
          id: p.id,
          expectedVersion: 1,
          capacity: 150,
          discountRate: 0.3,
          instructionalCostPerCredit: 410,
        }),
      ).updateProgram.program;
      expect(u1).toMatchObject({ capacity: 150, discountRate: 0.3, instructionalCostPerCredit: 410, version: 2 });

      // Left out: unchanged, including the capacity.
      const u2 = ok(await update({ id: p.id, title: 'Renamed', discountRate: 0 })).updateProgram.program;
      expect(u2).toMatchObject({ capacity: 150, discountRate: 0, instructionalCostPerCredit: 410, version: 3 });

      // A new baseline together with a capacity that holds it.
      const baseline = { annualProspects: 1000, annualNewEnrollments: 180, engagementRate: 0.5, retentionRate: 0.8 };
      const u3 = ok(await update({ id: p.id, baseline, capacity: 180 })).updateProgram.program;
      expect(u3).toMatchObject({ capacity: 180, version: 4, baseline: { annualNewEnrollments: 180 } });

      // null removes the limit; then a larger baseline needs none.
      const u4 = ok(await update({ id: p.id, capacity: null })).updateProgram.program;
      expect(u4).toMatchObject({ capacity: null, discountRate: 0, instructionalCostPerCredit: 410, version: 5 });
      const u5 = ok(await update({ id: p.id, baseline: { ...baseline, annualNewEnrollments: 400 } })).updateProgram
        .program;
      expect(u5).toMatchObject({ capacity: null, version: 6, baseline: { annualNewEnrollments: 400 } });
      expect(await stored(p.id)).toEqual({
        capacity: null,
        discountRate: 0,
        instructionalCostPerCredit: 410,
        annualNewEnrollments: 400,
        version: 6,
      });
    });

    const badMoney: [string, Json, string][] = [
      ['discountRate 1', { discountRate: 1 }, 'input.discountRate'],
      ['discountRate -0.1', { discountRate: -0.1 }, 'input.discountRate'],
      ['negative instructionalCostPerCredit', { instructionalCostPerCredit: -5 }, 'input.instructionalCostPerCredit'],
      [
        'absurd instructionalCostPerCredit',
        { instructionalCostPerCredit: 2_000_000 },
        'input.instructionalCostPerCredit',
      ],
      ['capacity 0', { capacity: 0 }, 'input.capacity'],
      ['capacity -10', { capacity: -10 }, 'input.capacity'],
    ];

    it.each(badMoney)('createProgram with %s → BAD_USER_INPUT, nothing written', async (_name, over, field) => {
      const before = await countRows();
      const res = await create(validInput('MONEY-BAD', over));
      expect(errorOf(res)).toEqual(expect.objectContaining({ code: 'BAD_USER_INPUT', field }));
      expect(res.data ?? null).toBeNull();
      expect(await countRows()).toBe(before);
    });

    it('createProgram refuses a capacity below the baseline new enrollments, naming input.capacity', async () => {
      const before = await countRows();
      const refused = await create({
        ...withBaseline('MONEY-BAD', { annualProspects: 1000, annualNewEnrollments: 150 }),
        capacity: 120,
      });
      expect(errorOf(refused)).toEqual({
        code: 'BAD_USER_INPUT',
        field: 'input.capacity',
        message:
          "Capacity (120) is below today's new enrollments (150); a program cannot take fewer entrants than it already does.",
      });
      expect(refused.data ?? null).toBeNull();
      expect(await countRows()).toBe(before);
    });

    it('updateProgram refuses bad values and a capacity below the entrants, and writes nothing', async () => {
      const p = ok(await create(validInput('MONEY-REF', { capacity: 120, discountRate: 0.2 }))).createProgram.program;
      const before = await stored(p.id);
      const baseline = { annualProspects: 1000, annualNewEnrollments: 100, engagementRate: 0.5, retentionRate: 0.8 };
      const cases: [Json, string, string | null][] = [
        ...badMoney.map(([, over, field]): [Json, string, string | null] => [over, field, null]),
        [
          { capacity: 90 },
          'input.capacity',
          "Capacity (90) is below today's new enrollments (100); a program cannot take fewer entrants than it already does.",
        ],
        [
          // A new baseline above the capacity the program keeps: the baseline's entrants are named.
          { baseline: { ...baseline, annualNewEnrollments: 150 } },
          'input.baseline.annualNewEnrollments',
          "New enrollments (150) exceed the program's capacity (120); raise the capacity, or remove it (capacity: null), in the same change.",
        ],
        [
          // Both given: the capacity the planner states is named, against the new baseline.
          { baseline: { ...baseline, annualNewEnrollments: 150 }, capacity: 140 },
          'input.capacity',
          "Capacity (140) is below today's new enrollments (150); a program cannot take fewer entrants than it already does.",
        ],
        // A capacity that holds together with a bad discount rate: still nothing written.
        [{ capacity: 200, discountRate: 1 }, 'input.discountRate', null],
      ];
      for (const [change, field, message] of cases) {
        const res = await update({ id: p.id, expectedVersion: before.version, ...change });
        expect([change, errorOf(res)]).toEqual([
          change,
          expect.objectContaining({ code: 'BAD_USER_INPUT', field, ...(message ? { message } : {}) }),
        ]);
        expect([change, await stored(p.id)]).toEqual([change, before]);
      }
      expect(before).toEqual({
        capacity: 120,
        discountRate: 0.2,
        instructionalCostPerCredit: 0,
        annualNewEnrollments: 100,
        version: 1,
      });
    });
  });

  describe('filters (checked against the full list filtered here)', () => {
    const expectFilter = async (filter: Json, predicate: (p: ProgramT) => boolean, minMatches = 1) => {
      const everything = await all();
      const expected = everything.filter(predicate).map((p) => p.id);
      expect(expected.length).toBeGreaterThanOrEqual(minMatches);
      expect(expected.length).toBeLessThan(everything.length); // the filter must actually filter
      const data = ok(await programs({ first: 100, filter }));
      expect(ids(data.programs.nodes)).toEqual(expected); // same set, and still in code order
      expect(data.programs.totalCount).toBe(expected.length);
    };

    it('level (any of)', async () => {
      await expectFilter({ level: ['MASTER'] }, (p) => p.level === 'MASTER', 3);
      await expectFilter(
        { level: ['ASSOCIATE', 'DOCTORATE'] },
        (p) => p.level === 'ASSOCIATE' || p.level === 'DOCTORATE',
        4,
      );
    });

    it('modality (any of)', async () => {
      await expectFilter({ modality: ['ONLINE'] }, (p) => p.modality === 'ONLINE', 4);
      await expectFilter({ modality: ['ON_CAMPUS', 'HYBRID'] }, (p) => p.modality !== 'ONLINE', 4);
    });

    it('status (any of)', async () => {
      await expectFilter({ status: ['ARCHIVED'] }, (p) => p.status === 'ARCHIVED', 1);
      await expectFilter(
        { status: ['PLANNED', 'ARCHIVED'] },
        (p) => p.status === 'PLANNED' || p.status === 'ARCHIVED',
        2,
      );
    });

    it('cipCodePrefix', async () => {
      await expectFilter({ cipCodePrefix: '11' }, (p) => (p.cipCode ?? '').startsWith('11'), 3);
      await expectFilter({ cipCodePrefix: '11.07' }, (p) => (p.cipCode ?? '').startsWith('11.07'), 2);
      await expectFilter({ cipCodePrefix: '51.' }, (p) => (p.cipCode ?? '').startsWith('51.'), 3);
      const none = ok(await programs({ first: 100, filter: { cipCodePrefix: '99' } }));
      expect(none.programs.totalCount).toBe(0);
      expect(none.programs.nodes).toEqual([]);
      const bad = await programs({ first: 10, filter: { cipCodePrefix: '1%' } });
      expect(errorOf(bad).code).toBe('BAD_USER_INPUT');
    });

    it('search: case-insensitive, on code and on title', async () => {
      const matches = (term: string) => (p: ProgramT) =>
        p.code.toLowerCase().includes(term.toLowerCase()) || p.title.toLowerCase().includes(term.toLowerCase());
      await expectFilter({ search: 'dAtA sCiEnCe' }, matches('data science'), 2); // title only
      await expectFilter({ search: 'bs-' }, matches('bs-'), 3); // codes only, lower case
      await expectFilter({ search: 'NURS' }, matches('nurs'), 2); // title "Nursing" (not code "BSN")
      await expectFilter({ search: 'aas-nur' }, matches('aas-nur'), 1); // code
      const none = ok(await programs({ first: 100, filter: { search: 'no such program anywhere' } }));
      expect(none.programs.totalCount).toBe(0);
    });

    it('search treats "_" and "%" as plain characters', async () => {
      const p = ok(await create(validInput('SRCH_U1', { title: 'Search 100% literal' }))).createProgram.program;
      const underscore = ok(await programs({ first: 100, filter: { search: 'srch_u' } }));
      expect(ids(underscore.programs.nodes)).toEqual([p.id]);
      const percent = ok(await programs({ first: 100, filter: { search: '100%' } }));
      expect(ids(percent.programs.nodes)).toEqual([p.id]);
      const lone = ok(await programs({ first: 100, filter: { search: '_' } }));
      const everything = await all();
      expect(ids(lone.programs.nodes)).toEqual(
        everything.filter((x) => x.code.includes('_') || x.title.includes('_')).map((x) => x.id),
      );
    });

    it('hasEmbeddedCredentials true/false counts PLANNED and ACTIVE embeddings only', async () => {
      // A program whose only embedding is RETIRED counts as having none.
      const p = ok(await create(validInput('EMB-RET'))).createProgram.program;
      const catalog = ok(
        await t.gql<{ credentials: { nodes: { id: string; creditBearing: boolean }[] } }>(
          `query { credentials(first: 100) { nodes { id creditBearing } } }`,
          {},
          planner(),
        ),
      );
      const nonCredit = catalog.credentials.nodes.find((c) => !c.creditBearing)!;
      expect(nonCredit).toBeDefined();
      const embedded = ok(
        await t.gql<{ embedCredential: { embedding: { id: string } } }>(
          `mutation E($input: EmbedCredentialInput!) { embedCredential(input: $input) { embedding { id } } }`,
          { input: { programId: p.id, credentialId: nonCredit.id, creditsApplied: 0, requirement: 'ADD_ON' } },
          planner(),
        ),
      );
      ok(
        await t.gql<{ updateEmbedding: { embedding: { status: string } } }>(
          `mutation U($input: UpdateEmbeddingInput!) { updateEmbedding(input: $input) { embedding { status } } }`,
          { input: { id: embedded.embedCredential.embedding.id, status: 'RETIRED' } },
          planner(),
        ),
      );

      const live = (x: ProgramT) => x.embeddedCredentials.some((e) => e.status === 'ACTIVE' || e.status === 'PLANNED');
      await expectFilter({ hasEmbeddedCredentials: true }, live, 8);
      await expectFilter({ hasEmbeddedCredentials: false }, (x) => !live(x), 3);
      const without = ok(await programs({ first: 100, filter: { hasEmbeddedCredentials: false } }));
      expect(ids(without.programs.nodes)).toContain(p.id);
      // GC-AI has only a PLANNED embedding: it counts.
      const withSome = ok(await programs({ first: 100, filter: { hasEmbeddedCredentials: true } }));
      expect(withSome.programs.nodes.map((x) => x.code)).toEqual(expect.arrayContaining(['GC-AI', 'BSN', 'MBA-ONL']));
    });

    it('conditions combine with AND', async () => {
      await expectFilter(
        { level: ['BACHELOR'], modality: ['ON_CAMPUS'], hasEmbeddedCredentials: true, search: 'b' },
        (p) =>
          p.level === 'BACHELOR' &&
          p.modality === 'ON_CAMPUS' &&
          p.embeddedCredentials.some((e) => e.status !== 'RETIRED') &&
          (p.code.toLowerCase().includes('b') || p.title.toLowerCase().includes('b')),
        2,
      );
    });
  });

  describe('order', () => {
    it('CODE, TITLE and CREATED_AT, ascending and descending, ties by creation order', async () => {
      const everything = await all();
      const byCodeAsc = [...everything].sort((a, b) => cmp(a.code, b.code) || dbId(a.id) - dbId(b.id));
      const byTitleAsc = [...everything].sort((a, b) => cmp(a.title, b.title) || dbId(a.id) - dbId(b.id));
      const byCreatedAsc = [...everything].sort((a, b) => dbId(a.id) - dbId(b.id));
      const cases: [Json, ProgramT[]][] = [
        [{ field: 'CODE' }, byCodeAsc],
        [{ field: 'CODE', direction: 'ASC' }, byCodeAsc],
        [{ field: 'CODE', direction: 'DESC' }, [...byCodeAsc].reverse()],
        [{ field: 'TITLE', direction: 'ASC' }, byTitleAsc],
        [{ field: 'TITLE', direction: 'DESC' }, [...byTitleAsc].reverse()],
        [{ field: 'CREATED_AT', direction: 'ASC' }, byCreatedAsc],
        [{ field: 'CREATED_AT', direction: 'DESC' }, [...byCreatedAsc].reverse()],
      ];
      for (const [orderBy, expected] of cases) {
        const data = ok(await programs({ first: 100, orderBy }));
        expect([orderBy, ids(data.programs.nodes)]).toEqual([orderBy, ids(expected)]);
      }
      // Default order is CODE ascending; createdAt never goes backwards in creation order.
      expect(ids(ok(await programs({ first: 100 })).programs.nodes)).toEqual(ids(byCodeAsc));
      for (let i = 1; i < byCreatedAsc.length; i++) {
        expect(Date.parse(byCreatedAsc[i].createdAt)).toBeGreaterThanOrEqual(Date.parse(byCreatedAsc[i - 1].createdAt));
      }
    });
  });

  describe('keyset pagination', () => {
    const walkForward = async (orderBy: Json, size: number) => {
      const pages: ProgramsData['programs'][] = [];
      let after: string | null = null;
      for (let i = 0; i < 50; i++) {
        const data: ProgramsData = ok(await programs({ first: size, after, orderBy }));
        pages.push(data.programs);
        if (!data.programs.pageInfo.hasNextPage) break;
        after = data.programs.pageInfo.endCursor;
      }
      return pages;
    };

    for (const orderBy of [
      { field: 'CODE' },
      { field: 'TITLE', direction: 'DESC' },
      { field: 'CREATED_AT', direction: 'ASC' },
    ]) {
      it(`forward with first: 4 over ${JSON.stringify(orderBy)} reproduces the whole list`, async () => {
        const expected = ids(await all(orderBy));
        const pages = await walkForward(orderBy, 4);
        const walked = pages.flatMap((p) => ids(p.nodes));
        expect(walked).toEqual(expected);
        expect(new Set(walked).size).toBe(walked.length);
        expect(pages.length).toBe(Math.ceil(expected.length / 4));
        pages.forEach((p, i) => {
          expect(p.totalCount).toBe(expected.length);
          expect(p.pageInfo.hasNextPage).toBe(i < pages.length - 1);
          expect(p.pageInfo.hasPreviousPage).toBe(i > 0);
          expect(p.nodes.length).toBe(i < pages.length - 1 ? 4 : expected.length - 4 * (pages.length - 1));
          expect(ids(p.edges.map((e) => e.node))).toEqual(ids(p.nodes));
          expect(p.pageInfo.startCursor).toBe(p.edges[0].cursor);
          expect(p.pageInfo.endCursor).toBe(p.edges[p.edges.length - 1].cursor);
        });
      });
    }

    it('backward with last/before reproduces the whole list', async () => {
      const expected = ids(await all({ field: 'CODE' }));
      const pages: ProgramsData['programs'][] = [];
      let before: string | null = null;
      for (let i = 0; i < 50; i++) {
        const data: ProgramsData = ok(await programs({ last: 4, before, orderBy: { field: 'CODE' } }));
        pages.push(data.programs);
        if (!data.programs.pageInfo.hasPreviousPage) break;
        before = data.programs.pageInfo.startCursor;
      }
      const walked = pages.reverse().flatMap((p) => ids(p.nodes));
      expect(walked).toEqual(expected);
      expect(new Set(walked).size).toBe(walked.length);
      // The last page (fetched first) holds the last 4 items in order, with nothing after it.
      const lastPage = pages[pages.length - 1];
      expect(ids(lastPage.nodes)).toEqual(expected.slice(-4));
      expect(lastPage.pageInfo.hasNextPage).toBe(false);
      expect(pages[0].pageInfo.hasPreviousPage).toBe(false);
      for (const p of pages) expect(p.totalCount).toBe(expected.length);

      // `before` a middle item's cursor gives exactly the items preceding it.
      const mid = ok(await programs({ first: 100, orderBy: { field: 'CODE' } })).programs.edges[6];
      const prev = ok(await programs({ last: 3, before: mid.cursor, orderBy: { field: 'CODE' } }));
      expect(ids(prev.programs.nodes)).toEqual(expected.slice(3, 6));
      expect(prev.programs.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: true });
    });

    it('a program created between two page fetches neither shifts nor duplicates items', async () => {
      const expected = ids(await all({ field: 'CODE' }));
      const page1 = ok(await programs({ first: 4, orderBy: { field: 'CODE' } })).programs;
      expect(ids(page1.nodes)).toEqual(expected.slice(0, 4));
      // Sorts before everything on page 1 (an OFFSET-based page 2 would repeat an item).
      const early = ok(await create(validInput('00-EARLY'))).createProgram.program;
      const page2 = ok(
        await programs({ first: 4, after: page1.pageInfo.endCursor, orderBy: { field: 'CODE' } }),
      ).programs;
      expect(ids(page2.nodes)).toEqual(expected.slice(4, 8));
      expect(page2.totalCount).toBe(expected.length + 1);
      expect(ids(page2.nodes)).not.toContain(early.id);
      // Sorts after the cursor: it shows up later, exactly once.
      const late = ok(await create(validInput('ZZ-LATE'))).createProgram.program;
      const rest: string[] = [];
      let after = page2.pageInfo.endCursor;
      for (;;) {
        const data = ok(await programs({ first: 4, after, orderBy: { field: 'CODE' } })).programs;
        rest.push(...ids(data.nodes));
        if (!data.pageInfo.hasNextPage) break;
        after = data.pageInfo.endCursor;
      }
      expect([...ids(page1.nodes), ...ids(page2.nodes), ...rest]).toEqual([...expected, late.id]);
    });

    it('page-size cap and argument errors', async () => {
      const cap = ok(await programs({ first: 100 }));
      expect(cap.programs.nodes.length).toBe(cap.programs.totalCount);
      const got: Json[] = [];
      const want: Json[] = [];
      for (const [vars, field] of [
        [{ first: 101 }, 'first'],
        [{ last: 101 }, 'last'],
        [{ first: -1 }, 'first'],
        [{ first: 2, last: 2 }, 'first'],
        [{ after: 'garbage!!' }, 'after'],
        [{ after: 'bm90LWpzb24' }, 'after'], // base64url of "not-json"
        [{ after: Buffer.from('[1,2,3]').toString('base64url') }, 'after'],
        [{ before: 'also garbage' }, 'before'],
      ] as [Json, string][]) {
        const res = await programs(vars);
        const { code, field: actual } = errorOf(res);
        expect(res.data ?? null).toBeNull();
        got.push({ vars, code, field: actual });
        want.push({ vars, code: 'BAD_USER_INPUT', field });
      }
      expect(got).toEqual(want);
      // first: 0 is an empty page that still counts.
      const empty = ok(await programs({ first: 0 }));
      expect(empty.programs.nodes).toEqual([]);
      expect(empty.programs.totalCount).toBe(cap.programs.totalCount);
    });
  });

  describe('bad input writes nothing', () => {
    const badCreates: [string, Json, string][] = [
      ['negative totalCredits', validInput('BAD-1', { totalCredits: -3 }), 'input.totalCredits'],
      ['zero totalCredits', validInput('BAD-1', { totalCredits: 0 }), 'input.totalCredits'],
      ['absurd totalCredits', validInput('BAD-1', { totalCredits: 5000 }), 'input.totalCredits'],
      ['zero durationYears', validInput('BAD-1', { durationYears: 0 }), 'input.durationYears'],
      ['negative tuition', validInput('BAD-1', { tuitionPerCredit: -1 }), 'input.tuitionPerCredit'],
      ['engagementRate 0', withBaseline('BAD-1', { engagementRate: 0 }), 'input.baseline.engagementRate'],
      ['engagementRate 1', withBaseline('BAD-1', { engagementRate: 1 }), 'input.baseline.engagementRate'],
      ['engagementRate 1.2', withBaseline('BAD-1', { engagementRate: 1.2 }), 'input.baseline.engagementRate'],
      ['retentionRate -0.1', withBaseline('BAD-1', { retentionRate: -0.1 }), 'input.baseline.retentionRate'],
      [
        'prospects 0',
        withBaseline('BAD-1', { annualProspects: 0, annualNewEnrollments: 0 }),
        'input.baseline.annualProspects',
      ],
      [
        'new enrollments = prospects',
        withBaseline('BAD-1', { annualProspects: 500, annualNewEnrollments: 500 }),
        'input.baseline.annualNewEnrollments',
      ],
      [
        'new enrollments > prospects',
        withBaseline('BAD-1', { annualProspects: 500, annualNewEnrollments: 900 }),
        'input.baseline.annualNewEnrollments',
      ],
      ['cipCode too short', validInput('BAD-1', { cipCode: '11.07' }), 'input.cipCode'],
      ['cipCode letters', validInput('BAD-1', { cipCode: 'ab.cdef' }), 'input.cipCode'],
      ['cipCode too long', validInput('BAD-1', { cipCode: '11.07011' }), 'input.cipCode'],
      ['duplicate code', validInput('BS-CS'), 'input.code'],
      ['title of 201 characters', validInput('BAD-1', { title: 'T'.repeat(201) }), 'input.title'],
      ['empty title', validInput('BAD-1', { title: '' }), 'input.title'],
      ['blank title', validInput('BAD-1', { title: '   ' }), 'input.title'],
      ['code of 33 characters', validInput('C'.repeat(33)), 'input.code'],
      ['code with a space', validInput('BAD 1'), 'input.code'],
      ['empty code', validInput(''), 'input.code'],
    ];

    it.each(badCreates)('createProgram with %s → BAD_USER_INPUT', async (_name, input, field) => {
      const before = await countRows();
      const res = await create(input);
      expect(errorOf(res)).toEqual(expect.objectContaining({ code: 'BAD_USER_INPUT', field }));
      expect(res.data ?? null).toBeNull();
      expect(await countRows()).toBe(before);
    });

    it('boundaries that are allowed: title of 200, code of 32, 1000 credits', async () => {
      const p = ok(await create(validInput('B'.repeat(32), { title: 'T'.repeat(200), totalCredits: 1000 })))
        .createProgram.program;
      expect(p.title).toHaveLength(200);
      expect(p.code).toHaveLength(32);
    });

    it('updateProgram rejects bad values and leaves the row as it was', async () => {
      const target = await byCode('BS-CS');
      const before = await row(target.id);
      const snapshot = {
        version: before.version,
        title: before.title,
        totalCredits: before.totalCredits,
        durationYears: before.durationYears,
        retentionRate: before.retentionRate,
        cipCode: before.cipCode,
      };
      const baseline = { annualProspects: 2400, annualNewEnrollments: 310, engagementRate: 0.62, retentionRate: 0.84 };
      const cases: [Json, string][] = [
        [{ totalCredits: -3 }, 'input.totalCredits'],
        [{ totalCredits: 0 }, 'input.totalCredits'],
        [{ totalCredits: 5000 }, 'input.totalCredits'],
        [{ durationYears: 0 }, 'input.durationYears'],
        [{ title: 'T'.repeat(201) }, 'input.title'],
        [{ title: '' }, 'input.title'],
        [{ title: '  ' }, 'input.title'],
        [{ cipCode: '1.0701' }, 'input.cipCode'],
        [{ baseline: { ...baseline, retentionRate: -0.1 } }, 'input.baseline.retentionRate'],
        [{ baseline: { ...baseline, engagementRate: 1 } }, 'input.baseline.engagementRate'],
        [{ baseline: { ...baseline, annualNewEnrollments: 2400 } }, 'input.baseline.annualNewEnrollments'],
        [{ id: 'xyz', title: 'x' }, 'input.id'],
      ];
      for (const [change, field] of cases) {
        const res = await update({ id: target.id, ...change });
        expect([change, errorOf(res)]).toEqual([change, expect.objectContaining({ code: 'BAD_USER_INPUT', field })]);
      }
      const after = await row(target.id);
      expect({
        version: after.version,
        title: after.title,
        totalCredits: after.totalCredits,
        durationYears: after.durationYears,
        retentionRate: after.retentionRate,
        cipCode: after.cipCode,
      }).toEqual(snapshot);
    });

    it('updateProgram cannot shrink totalCredits below what the embedded credits need', async () => {
      // BS-DS applies 21 active credits; the cap is 25%: 84 credits is the least that holds them.
      const ds = await byCode('BS-DS');
      expect(ds.embeddedCredits).toBe(21);
      const res = await update({ id: ds.id, totalCredits: 83, expectedVersion: ds.version });
      expect(errorOf(res)).toEqual(expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'input.totalCredits' }));
      expect(await row(ds.id)).toMatchObject({ totalCredits: 120, version: ds.version });
      // PLANNED embeddings count: BSN applies 3 planned credits.
      const bsn = await byCode('BSN');
      const res2 = await update({ id: bsn.id, totalCredits: 11 });
      expect(errorOf(res2)).toEqual(expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'input.totalCredits' }));
      expect(await row(bsn.id)).toMatchObject({ totalCredits: 120, version: bsn.version });
      // RETIRED ones do not: MBA-ONL applies 2.5 active (+3 retired), so 10 credits still hold them.
      const mba = await byCode('MBA-ONL');
      const shrunk = ok(await update({ id: mba.id, totalCredits: 10, expectedVersion: mba.version })).updateProgram
        .program;
      expect(shrunk).toMatchObject({ totalCredits: 10, version: mba.version + 1 });
      // Exactly at the cap is allowed.
      const exact = ok(await update({ id: ds.id, totalCredits: 84, expectedVersion: ds.version })).updateProgram
        .program;
      expect(exact).toMatchObject({ totalCredits: 84, version: ds.version + 1 });
    });

    it('unknown and malformed ids', async () => {
      const before = await countRows();
      const unknownId = globalId('DegreeProgram', 999999);
      for (const res of [await update({ id: unknownId, title: 'x' }), await archive({ id: unknownId })]) {
        expect(errorOf(res)).toEqual(expect.objectContaining({ code: 'NOT_FOUND', field: 'input.id' }));
      }
      const credential = ok(
        await t.gql<{ credentials: { nodes: { id: string }[] } }>(
          `query { credentials(first: 1) { nodes { id } } }`,
          {},
          planner(),
        ),
      ).credentials.nodes[0].id;
      for (const id of ['xyz', credential, '', globalId('DegreeProgram', 0)]) {
        for (const res of [await update({ id, title: 'x' }), await archive({ id })]) {
          expect([id, errorOf(res)]).toEqual([
            id,
            expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'input.id' }),
          ]);
        }
      }
      expect(await countRows()).toBe(before);
      expect(await t.server.orm.em.fork().count(DegreeProgram, { title: 'x' })).toBe(0);

      // The program query: unknown id → null with NOT_FOUND; malformed → BAD_USER_INPUT.
      const missing = await t.gql<{ program: ProgramT | null }>(ONE, { id: unknownId }, planner());
      expect(missing.data).toEqual({ program: null });
      expect(errorOf(missing).code).toBe('NOT_FOUND');
      const malformed = await t.gql<{ program: ProgramT | null }>(ONE, { id: credential }, planner());
      expect(malformed.data).toEqual({ program: null });
      expect(errorOf(malformed).code).toBe('BAD_USER_INPUT');
    });
  });

  describe('optimistic locking', () => {
    it('a stale expectedVersion is a CONFLICT and writes nothing; the current one succeeds', async () => {
      const p = ok(await create(validInput('LOCK-1'))).createProgram.program;
      const v2 = ok(await update({ id: p.id, expectedVersion: 1, title: 'First' })).updateProgram.program;
      expect(v2.version).toBe(2);
      const stale = await update({ id: p.id, expectedVersion: 1, title: 'Stale', totalCredits: 60 });
      expect(errorOf(stale)).toEqual(expect.objectContaining({ code: 'CONFLICT' }));
      expect(await row(p.id)).toMatchObject({ title: 'First', totalCredits: 120, version: 2 });
      const future = await update({ id: p.id, expectedVersion: 7, title: 'Future' });
      expect(errorOf(future).code).toBe('CONFLICT');
      const v3 = ok(await update({ id: p.id, expectedVersion: 2, title: 'Second' })).updateProgram.program;
      expect(v3).toMatchObject({ title: 'Second', version: 3 });
      expect(await row(p.id)).toMatchObject({ title: 'Second', version: 3 });
    });

    it('of 5 concurrent updates with the same expectedVersion exactly one wins', async () => {
      const p = ok(await create(validInput('LOCK-2'))).createProgram.program;
      const results = await Promise.all(
        [0, 1, 2, 3, 4].map((i) =>
          update({ id: p.id, expectedVersion: 1, title: `Racer ${i}`, totalCredits: 100 + i }),
        ),
      );
      const winners = results.filter((r) => !r.errors?.length);
      const losers = results.filter((r) => r.errors?.length);
      expect(winners).toHaveLength(1);
      expect(losers.map((r) => errorOf(r).code)).toEqual(['CONFLICT', 'CONFLICT', 'CONFLICT', 'CONFLICT']);
      const won = ok(winners[0]).updateProgram.program;
      expect(won.version).toBe(2);
      const stored = await row(p.id);
      expect(stored).toMatchObject({ version: 2, title: won.title, totalCredits: won.totalCredits });
      expect(won.totalCredits).toBe(100 + Number(won.title.slice('Racer '.length)));
    });
  });

  describe('roles', () => {
    it('a VIEWER reads programs but cannot create, update or archive them; no key is UNAUTHENTICATED', async () => {
      const viewerList = ok(await programs({ first: 100 }, t.keys.viewer));
      const plannerList = ok(await programs({ first: 100 }));
      expect(ids(viewerList.programs.nodes)).toEqual(ids(plannerList.programs.nodes));
      const target = plannerList.programs.nodes[0];
      expect(ok(await t.gql<{ program: ProgramT }>(ONE, { id: target.id }, t.keys.viewer)).program.id).toBe(target.id);

      const before = await countRows();
      const rowBefore = await row(target.id);
      expect(errorOf(await create(validInput('VIEW-1'), t.keys.viewer)).code).toBe('FORBIDDEN');
      expect(errorOf(await update({ id: target.id, title: 'Viewer was here' }, t.keys.viewer)).code).toBe('FORBIDDEN');
      expect(errorOf(await archive({ id: target.id }, t.keys.viewer)).code).toBe('FORBIDDEN');
      expect(errorOf(await create(validInput('ANON-1'), '')).code).toBe('UNAUTHENTICATED');
      expect(errorOf(await programs({ first: 1 }, '')).code).toBe('UNAUTHENTICATED');
      expect(await countRows()).toBe(before);
      expect(await row(target.id)).toMatchObject({
        version: rowBefore.version,
        title: rowBefore.title,
        status: rowBefore.status,
      });
    });
  });

  it('the server still serves after all of the above', async () => {
    const me = ok(
      await t.gql<{ viewer: { role: string; institution: { slug: string } | null } }>(
        `query { viewer { role institution { slug } } }`,
        {},
        planner(),
      ),
    );
    expect(me.viewer).toEqual({ role: 'PLANNER', institution: { slug: 'northbridge' } });
  });
});
