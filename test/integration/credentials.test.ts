/**
 * The micro-credential catalog over HTTP: the shared catalog plus the caller's own, every
 * CredentialFilter condition checked against the full list filtered in JS, ordering, keyset
 * pagination, createCredential / updateCredential with the derived creditBearing flag, and bad
 * input (BAD_USER_INPUT naming the field, nothing written).
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { testTargets } from '../support/databases';
import { ADMIN_KEY, errorOf, ok, startTestServer, type GqlResponse, type TestServer } from '../support/server';
import {
  CreateApiKeyDocument,
  CreateCredentialDocument,
  CreateInstitutionDocument,
  CreateProgramDocument,
  CredentialCatalogDocument,
  EmbedCredentialDocument,
  UpdateCredentialDocument,
  type CreateCredentialInput,
  type CredentialCatalogQuery,
  type CredentialFilter,
  type CredentialOrder,
} from '../../schema/client/graphql';
import { MicroCredential } from '../../src/modules/credential/micro-credential.entity';
import { toGlobalId } from '../../src/core/global-id';

type Credential = CredentialCatalogQuery['credentials']['nodes'][number];

/** The database id inside a global id, to check tie-breaking by creation order. */
const dbId = (globalId: string): number => Number(Buffer.from(globalId, 'base64url').toString('utf8').split(':')[1]);
const ids = (list: { id: string }[]): string[] => list.map((c) => c.id);
const sortedIds = (list: { id: string }[]): string[] => ids(list).sort();

/** A valid credential input; tests override what they check. */
function credentialInput(over: Partial<CreateCredentialInput> = {}): CreateCredentialInput {
  return {
    title: 'Test credential',
    issuer: 'Test Issuer',
    creditRecognition: 'NONE',
    category: 'Testing',
    skills: ['Testing'],
    ...over,
  };
}

describe.each(testTargets())('credentials on %s', (target) => {
  let t: TestServer;
  /** A PLANNER key of a second institution, to check that own catalogs stay apart. */
  let otherPlanner: string;

  /** Every credential a key can see with this filter and order, through pages of 100. */
  async function all(key: string, filter?: CredentialFilter, orderBy?: CredentialOrder): Promise<Credential[]> {
    const out: Credential[] = [];
    let after: string | null = null;
    for (;;) {
      const page: CredentialCatalogQuery = ok(
        await t.typed(CredentialCatalogDocument, { first: 100, after, filter, orderBy }, key),
      );
      out.push(...page.credentials.nodes);
      expect(page.credentials.totalCount).toBeGreaterThanOrEqual(out.length);
      if (!page.credentials.pageInfo.hasNextPage) {
        expect(page.credentials.totalCount).toBe(out.length);
        return out;
      }
      after = page.credentials.pageInfo.endCursor;
    }
  }

  const countRows = () => t.server.orm.em.fork().count(MicroCredential, {});
  const sharedIds = async () =>
    (await t.server.orm.em.fork().find(MicroCredential, { institution: null })).map((c) =>
      toGlobalId('MicroCredential', c.id),
    );

  async function create(input: CreateCredentialInput, key = t.keys.planner) {
    return ok(await t.typed(CreateCredentialDocument, { input }, key)).createCredential.credential;
  }

  /** A rejected write: the exact code and field, and no credential row added. */
  async function expectRejected(
    run: () => Promise<GqlResponse<unknown>>,
    code: string,
    field: string | undefined,
  ): Promise<string> {
    const before = await countRows();
    const e = errorOf(await run());
    expect({ code: e.code, field: e.field }).toEqual({ code, field });
    expect(await countRows()).toBe(before);
    return e.message;
  }

  beforeAll(async () => {
    t = await startTestServer(target);
    const inst = ok(
      await t.typed(
        CreateInstitutionDocument,
        {
          input: {
            name: 'Other College',
            slug: 'other-college',
            country: 'GB',
            creditUnit: 'UK_CATS',
            currency: 'GBP',
          },
        },
        ADMIN_KEY,
      ),
    ).createInstitution.institution;
    otherPlanner = ok(
      await t.typed(
        CreateApiKeyDocument,
        { input: { institutionId: inst.id, name: 'other planner', role: 'PLANNER' } },
        ADMIN_KEY,
      ),
    ).createApiKey.secret;

    // Northbridge's own catalog: entries that make every filter below discriminate.
    await create(
      credentialInput({
        title: 'Northbridge Clinical Skills Badge',
        issuer: 'Northbridge University',
        category: 'Health',
        achievementType: 'Badge',
        skills: ['Clinical skills', 'Machine learning ops'],
        creditRecognition: 'INSTITUTION',
        creditValue: 2,
        creditUnit: 'US_CREDIT_HOUR',
      }),
    );
    await create(
      credentialInput({
        title: 'Northbridge Research Methods',
        issuer: 'Northbridge University',
        category: 'Research',
        skills: ['Research design', 'Node_JS', '100% test coverage'],
        creditRecognition: 'NONE',
      }),
    );
    // The other institution's own credential: never visible to Northbridge.
    await create(
      credentialInput({
        title: 'Other College Secret Course',
        issuer: 'Other College',
        category: 'Health',
        skills: ['Clinical skills'],
      }),
      otherPlanner,
    );
  });
  afterAll(async () => {
    await t?.close();
  });

  it("lists the shared catalog (at least 15 demo credentials) plus the caller's own, and nothing of another institution", async () => {
    const shared = await sharedIds();
    expect(shared.length).toBeGreaterThanOrEqual(15);
    const mine = await all(t.keys.planner);
    const ownTitles = mine
      .filter((c) => !shared.includes(c.id))
      .map((c) => c.title)
      .sort();
    expect(ownTitles).toEqual(['Northbridge Clinical Skills Badge', 'Northbridge Research Methods']);
    expect(sortedIds(mine.filter((c) => shared.includes(c.id)))).toEqual([...shared].sort());
    expect(mine.map((c) => c.title)).not.toContain('Other College Secret Course');

    // A VIEWER of Northbridge reads the same list.
    expect(sortedIds(await all(t.keys.viewer))).toEqual(sortedIds(mine));

    const theirs = await all(otherPlanner);
    expect(theirs).toHaveLength(shared.length + 1);
    expect(theirs.filter((c) => !shared.includes(c.id)).map((c) => c.title)).toEqual(['Other College Secret Course']);

    // The demo catalog has both kinds, several units, issuers and categories.
    const demo = mine.filter((c) => shared.includes(c.id));
    expect(demo.some((c) => c.creditBearing)).toBe(true);
    expect(demo.some((c) => !c.creditBearing)).toBe(true);
    expect(new Set(demo.map((c) => c.creditUnit).filter(Boolean))).toEqual(
      new Set(['US_CREDIT_HOUR', 'ECTS', 'UK_CATS']),
    );
    expect(new Set(demo.map((c) => c.issuer)).size).toBeGreaterThanOrEqual(5);
    expect(new Set(demo.map((c) => c.category)).size).toBeGreaterThanOrEqual(4);
  });

  it('reports creditBearing exactly when recognition is not NONE and there is a credit value', async () => {
    for (const c of await all(t.keys.planner)) {
      expect(c.creditBearing).toBe(c.creditRecognition !== 'NONE' && c.creditValue != null && c.creditValue > 0);
      expect(c.creditValue == null).toBe(c.creditUnit == null);
    }
  });

  describe('CredentialFilter, each condition against the full list filtered in JS', () => {
    let full: Credential[];
    beforeAll(async () => {
      full = await all(t.keys.planner);
    });

    /** The filtered list equals the JS filter, and the filter really narrows the list. */
    async function check(filter: CredentialFilter, keep: (c: Credential) => boolean) {
      const expected = full.filter(keep);
      expect(expected.length).toBeGreaterThan(0);
      expect(expected.length).toBeLessThan(full.length);
      const got = await all(t.keys.planner, filter);
      expect(sortedIds(got)).toEqual(sortedIds(expected));
      return got;
    }

    it('category: any of a list, exact', async () => {
      await check({ category: ['Health', 'Cloud'] }, (c) => c.category === 'Health' || c.category === 'Cloud');
      await check({ category: ['Research'] }, (c) => c.category === 'Research');
      // Exact: a different case or a part of a category matches nothing.
      expect(await all(t.keys.planner, { category: ['health', 'Heal'] })).toEqual([]);
    });

    it('issuer: contains, case-insensitive', async () => {
      const got = await check({ issuer: 'gOOgLe' }, (c) => c.issuer.toLowerCase().includes('google'));
      expect(got.length).toBeGreaterThanOrEqual(3);
      await check({ issuer: 'UNIVERSITY' }, (c) => c.issuer.toLowerCase().includes('university'));
      await check({ issuer: 'web serv' }, (c) => c.issuer.toLowerCase().includes('web serv'));
      // LIKE wildcards in the text are literal characters, not patterns.
      expect(await all(t.keys.planner, { issuer: '%' })).toEqual([]);
      expect(await all(t.keys.planner, { issuer: 'G_ogle' })).toEqual([]);
      expect(await all(t.keys.planner, { issuer: 'Goo%le' })).toEqual([]);
    });

    it('creditBearing: true and false partition the catalog', async () => {
      const yes = await check({ creditBearing: true }, (c) => c.creditBearing);
      const no = await check({ creditBearing: false }, (c) => !c.creditBearing);
      expect(yes.length + no.length).toBe(full.length);
      expect(no.map((c) => c.title)).toContain('Northbridge Research Methods');
      expect(yes.map((c) => c.title)).toContain('Northbridge Clinical Skills Badge');
    });

    it('creditRecognition: any of a list', async () => {
      await check(
        { creditRecognition: ['ECTS_ACCREDITED', 'INSTITUTION'] },
        (c) => c.creditRecognition === 'ECTS_ACCREDITED' || c.creditRecognition === 'INSTITUTION',
      );
      await check({ creditRecognition: ['ACE_RECOMMENDED'] }, (c) => c.creditRecognition === 'ACE_RECOMMENDED');
      await check({ creditRecognition: ['NONE'] }, (c) => c.creditRecognition === 'NONE');
    });

    it('skill: the whole skill, case-insensitive', async () => {
      const has = (skill: string) => (c: Credential) => c.skills.some((s) => s.toLowerCase() === skill.toLowerCase());
      const ml = await check({ skill: 'MACHINE LEARNING' }, has('machine learning'));
      // "Machine learning ops" is a different skill: a whole-skill match, not a substring one.
      expect(ml.map((c) => c.title)).not.toContain('Northbridge Clinical Skills Badge');
      await check({ skill: 'machine learning ops' }, has('machine learning ops'));
      await check({ skill: 'sql' }, has('sql'));
      await check({ skill: ' Prompt Engineering ' }, has('prompt engineering'));
      expect(await all(t.keys.planner, { skill: 'machine' })).toEqual([]);
      // Characters that are wildcards in SQL LIKE are matched literally.
      await check({ skill: 'node_js' }, has('node_js'));
      await check({ skill: '100% TEST COVERAGE' }, has('100% test coverage'));
      expect(await all(t.keys.planner, { skill: 'node-js' })).toEqual([]);
      expect(await all(t.keys.planner, { skill: '100%' })).toEqual([]);
    });

    it("shared: only the shared catalog, or only the caller's own", async () => {
      const shared = await sharedIds();
      await check({ shared: true }, (c) => shared.includes(c.id));
      const own = await check({ shared: false }, (c) => !shared.includes(c.id));
      expect(own.map((c) => c.title).sort()).toEqual([
        'Northbridge Clinical Skills Badge',
        'Northbridge Research Methods',
      ]);
    });

    it('combines conditions with AND', async () => {
      const shared = await sharedIds();
      await check(
        { creditBearing: false, category: ['Generative AI', 'Health'], shared: true },
        (c) => !c.creditBearing && (c.category === 'Generative AI' || c.category === 'Health') && shared.includes(c.id),
      );
      await check(
        { issuer: 'microsoft', skill: 'data visualization' },
        (c) =>
          c.issuer.toLowerCase().includes('microsoft') &&
          c.skills.some((s) => s.toLowerCase() === 'data visualization'),
      );
    });
  });

  describe('order and pagination', () => {
    /** Accepts byte order (SQLite, PostgreSQL "C") or a linguistic collation, but nothing else. */
    function expectSortedBy(list: Credential[], key: (c: Credential) => string, desc = false) {
      const binary = (a: Credential, b: Credential) =>
        key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : dbId(a.id) - dbId(b.id);
      const collator = new Intl.Collator('en-US');
      const linguistic = (a: Credential, b: Credential) => collator.compare(key(a), key(b)) || dbId(a.id) - dbId(b.id);
      const sorted = (cmp: (a: Credential, b: Credential) => number) =>
        ids([...list].sort(desc ? (a, b) => cmp(b, a) : cmp));
      expect([sorted(binary), sorted(linguistic)]).toContainEqual(ids(list));
    }

    it('orders by TITLE by default and on request, ascending and descending', async () => {
      const byDefault = await all(t.keys.planner);
      expectSortedBy(byDefault, (c) => c.title);
      expect(ids(await all(t.keys.planner, undefined, { field: 'TITLE' }))).toEqual(ids(byDefault));
      const desc = await all(t.keys.planner, undefined, { field: 'TITLE', direction: 'DESC' });
      expect(ids(desc)).toEqual(ids(byDefault).reverse());
    });

    it('orders by ISSUER, ties broken by creation order', async () => {
      const asc = await all(t.keys.planner, undefined, { field: 'ISSUER' });
      expectSortedBy(asc, (c) => c.issuer);
      const googles = asc.filter((c) => c.issuer === 'Google');
      expect(googles.length).toBeGreaterThanOrEqual(3);
      expect(googles.map((c) => dbId(c.id))).toEqual(googles.map((c) => dbId(c.id)).sort((a, b) => a - b));
      const desc = await all(t.keys.planner, undefined, { field: 'ISSUER', direction: 'DESC' });
      expect(ids(desc)).toEqual(ids(asc).reverse());
    });

    it('pages forward with first/after through the whole list, without gaps or repeats, across ties', async () => {
      for (const orderBy of [
        { field: 'TITLE' },
        { field: 'ISSUER' },
        { field: 'ISSUER', direction: 'DESC' },
      ] as CredentialOrder[]) {
        const whole = await all(t.keys.planner, undefined, orderBy);
        const seen: string[] = [];
        let after: string | null = null;
        let pages = 0;
        for (;;) {
          const page: CredentialCatalogQuery = ok(
            await t.typed(CredentialCatalogDocument, { first: 4, after, orderBy }, t.keys.planner),
          );
          pages += 1;
          expect(page.credentials.totalCount).toBe(whole.length);
          expect(page.credentials.nodes.length).toBe(Math.min(4, whole.length - seen.length));
          seen.push(...ids(page.credentials.nodes));
          if (!page.credentials.pageInfo.hasNextPage) break;
          after = page.credentials.pageInfo.endCursor;
        }
        expect(pages).toBe(Math.ceil(whole.length / 4));
        expect(seen).toEqual(ids(whole));
      }
    });

    it('pages with a filter and keeps totalCount to the filtered list', async () => {
      const filter: CredentialFilter = { creditBearing: false };
      const whole = await all(t.keys.planner, filter, { field: 'ISSUER' });
      const first = ok(
        await t.typed(CredentialCatalogDocument, { first: 3, filter, orderBy: { field: 'ISSUER' } }, t.keys.planner),
      ).credentials;
      expect(first.totalCount).toBe(whole.length);
      expect(ids(first.nodes)).toEqual(ids(whole).slice(0, 3));
      const second = ok(
        await t.typed(
          CredentialCatalogDocument,
          { first: 3, after: first.pageInfo.endCursor, filter, orderBy: { field: 'ISSUER' } },
          t.keys.planner,
        ),
      ).credentials;
      expect(ids(second.nodes)).toEqual(ids(whole).slice(3, 6));
    });

    it('pages backward with last/before', async () => {
      const whole = await all(t.keys.planner);
      type Page = {
        credentials: {
          nodes: { id: string }[];
          pageInfo: { hasPreviousPage: boolean; hasNextPage: boolean; startCursor: string | null };
        };
      };
      const q =
        'query($last: Int, $before: String) { credentials(last: $last, before: $before) { nodes { id } pageInfo { hasPreviousPage hasNextPage startCursor } } }';
      const tail = ok(await t.gql<Page>(q, { last: 3 }, t.keys.planner)).credentials;
      expect(ids(tail.nodes)).toEqual(ids(whole).slice(-3));
      expect(tail.pageInfo.hasPreviousPage).toBe(true);
      const before = ok(
        await t.gql<Page>(q, { last: 3, before: tail.pageInfo.startCursor }, t.keys.planner),
      ).credentials;
      expect(ids(before.nodes)).toEqual(ids(whole).slice(-6, -3));
      expect(before.pageInfo.hasNextPage).toBe(true);
    });

    it('caps the page size at 100 and rejects a foreign cursor', async () => {
      const big = errorOf(await t.typed(CredentialCatalogDocument, { first: 101 }, t.keys.planner));
      expect(big.code).toBe('BAD_USER_INPUT');
      expect(big.message).toMatch(/100/);
      const cursor = errorOf(
        await t.typed(CredentialCatalogDocument, { first: 5, after: 'not-a-cursor' }, t.keys.planner),
      );
      expect(cursor.code).toBe('BAD_USER_INPUT');
      expect(cursor.field).toBe('after');
    });
  });

  describe('createCredential', () => {
    it("adds to the caller's own catalog as PLANNER, with every field stored", async () => {
      const c = await create({
        title: '  Planner Data Storytelling  ',
        issuer: 'Northbridge University',
        description: 'Tell stories with data.',
        url: 'https://northbridge.example.edu/credentials/storytelling',
        category: 'Data',
        skills: [' Storytelling ', 'Data visualization'],
        achievementType: 'MicroCredential',
        creditValue: 3,
        creditUnit: 'US_CREDIT_HOUR',
        learningHours: 45,
        eqfLevel: 5,
        creditRecognition: 'INSTITUTION',
        costPerLearner: 120.5,
        setupCost: 900,
        externalId: 'ctid:ce-1234',
      });
      expect(c).toMatchObject({
        title: 'Planner Data Storytelling',
        issuer: 'Northbridge University',
        description: 'Tell stories with data.',
        url: 'https://northbridge.example.edu/credentials/storytelling',
        category: 'Data',
        skills: ['Storytelling', 'Data visualization'],
        achievementType: 'MicroCredential',
        creditValue: 3,
        creditUnit: 'US_CREDIT_HOUR',
        learningHours: 45,
        eqfLevel: 5,
        creditRecognition: 'INSTITUTION',
        creditBearing: true,
        costPerLearner: 120.5,
        setupCost: 900,
        externalId: 'ctid:ce-1234',
        version: 1,
      });
      const row = await t.server.orm.em
        .fork()
        .findOneOrFail(MicroCredential, { id: dbId(c.id) }, { populate: ['institution'] });
      expect(row.institution?.slug).toBe('northbridge');
      expect(ids(await all(t.keys.planner, { shared: false }))).toContain(c.id);
      expect(ids(await all(otherPlanner))).not.toContain(c.id);
      // Filters see it at once.
      expect(ids(await all(t.keys.planner, { skill: 'storytelling' }))).toEqual([c.id]);
    });

    it('adds to the shared catalog as the platform admin with shared: true, visible to every institution', async () => {
      const c = await create(
        credentialInput({
          title: 'Shared Catalog Addition',
          issuer: 'Platform Partners',
          creditRecognition: 'ECTS_ACCREDITED',
          creditValue: 6,
          creditUnit: 'ECTS',
          shared: true,
        }),
        ADMIN_KEY,
      );
      expect(c.creditBearing).toBe(true);
      const row = await t.server.orm.em.fork().findOneOrFail(MicroCredential, { id: dbId(c.id) });
      expect(row.institution).toBeNull();
      expect(ids(await all(t.keys.planner, { shared: true }))).toContain(c.id);
      expect(ids(await all(otherPlanner, { shared: true }))).toContain(c.id);
    });

    it('refuses the shared catalog to a PLANNER and an own catalog to the platform admin and to a VIEWER', async () => {
      await expectRejected(
        () =>
          t.typed(
            CreateCredentialDocument,
            { input: credentialInput({ title: 'Sneaky shared', shared: true }) },
            t.keys.planner,
          ),
        'FORBIDDEN',
        undefined,
      );
      await expectRejected(
        () => t.typed(CreateCredentialDocument, { input: credentialInput({ title: 'Admin own' }) }, ADMIN_KEY),
        'FORBIDDEN',
        undefined,
      );
      await expectRejected(
        () => t.typed(CreateCredentialDocument, { input: credentialInput({ title: 'Viewer own' }) }, t.keys.viewer),
        'FORBIDDEN',
        undefined,
      );
      await expectRejected(
        () => t.typed(CreateCredentialDocument, { input: credentialInput({ title: 'Anonymous' }) }, null),
        'UNAUTHENTICATED',
        undefined,
      );
    });

    it('derives creditBearing: recognition NONE with a value is not credit-bearing; recognition without a value is not either', async () => {
      const noneWithValue = await create(
        credentialInput({
          title: 'None but valued',
          creditRecognition: 'NONE',
          creditValue: 3,
          creditUnit: 'US_CREDIT_HOUR',
        }),
      );
      expect(noneWithValue).toMatchObject({
        creditBearing: false,
        creditValue: 3,
        creditUnit: 'US_CREDIT_HOUR',
        creditRecognition: 'NONE',
      });
      const recognisedNoValue = await create(
        credentialInput({ title: 'Recognised no value', creditRecognition: 'ACE_RECOMMENDED' }),
      );
      expect(recognisedNoValue).toMatchObject({
        creditBearing: false,
        creditValue: null,
        creditUnit: null,
        creditRecognition: 'ACE_RECOMMENDED',
      });
      const both = await create(
        credentialInput({
          title: 'Recognised and valued',
          creditRecognition: 'ACE_RECOMMENDED',
          creditValue: 1.5,
          creditUnit: 'US_CREDIT_HOUR',
        }),
      );
      expect(both.creditBearing).toBe(true);
      const em = t.server.orm.em.fork();
      expect((await em.findOneOrFail(MicroCredential, { id: dbId(noneWithValue.id) })).creditBearing).toBe(false);
      expect((await em.findOneOrFail(MicroCredential, { id: dbId(recognisedNoValue.id) })).creditBearing).toBe(false);
      // The creditBearing filter agrees with the derived flag.
      const bearing = ids(await all(t.keys.planner, { creditBearing: true }));
      expect(bearing).toContain(both.id);
      expect(bearing).not.toContain(noneWithValue.id);
      expect(bearing).not.toContain(recognisedNoValue.id);
    });

    const bad: Array<[string, Partial<CreateCredentialInput>, string]> = [
      ['a credit value without a unit', { creditRecognition: 'INSTITUTION', creditValue: 3 }, 'input.creditUnit'],
      ['a credit unit without a value', { creditRecognition: 'INSTITUTION', creditUnit: 'ECTS' }, 'input.creditValue'],
      [
        'a negative credit value',
        { creditRecognition: 'INSTITUTION', creditValue: -3, creditUnit: 'US_CREDIT_HOUR' },
        'input.creditValue',
      ],
      [
        'a credit value of 0',
        { creditRecognition: 'INSTITUTION', creditValue: 0, creditUnit: 'US_CREDIT_HOUR' },
        'input.creditValue',
      ],
      [
        'an absurd credit value (10,000)',
        { creditRecognition: 'INSTITUTION', creditValue: 10_000, creditUnit: 'ECTS' },
        'input.creditValue',
      ],
      ['EQF level 9', { eqfLevel: 9 }, 'input.eqfLevel'],
      ['EQF level 0', { eqfLevel: 0 }, 'input.eqfLevel'],
      ['a negative cost per learner', { costPerLearner: -1 }, 'input.costPerLearner'],
      ['a negative setup cost', { setupCost: -100 }, 'input.setupCost'],
      ['a 301-character title', { title: 'T'.repeat(301) }, 'input.title'],
      ['an empty title', { title: '' }, 'input.title'],
      ['a 201-character issuer', { issuer: 'I'.repeat(201) }, 'input.issuer'],
      ['51 skills', { skills: Array.from({ length: 51 }, (_, i) => `Skill ${i}`) }, 'input.skills'],
      ['a 101-character skill', { skills: ['S'.repeat(101)] }, 'input.skills'],
      ['a non-http url', { url: 'ftp://files.example.org/credential' }, 'input.url'],
      ['a url that is not a url', { url: 'javascript:alert(1)' }, 'input.url'],
      ['negative learning hours', { learningHours: -5 }, 'input.learningHours'],
    ];
    it.each(bad)('rejects %s with BAD_USER_INPUT on the field, writing nothing', async (_what, over, field) => {
      const title = over.title ?? `Rejected ${field}`;
      const message = await expectRejected(
        () => t.typed(CreateCredentialDocument, { input: credentialInput({ ...over, title }) }, t.keys.planner),
        'BAD_USER_INPUT',
        field,
      );
      expect(message.length).toBeGreaterThan(10);
      expect(await t.server.orm.em.fork().count(MicroCredential, { title })).toBe(0);
    });

    it('rejects 51 skills on the shared catalog too', async () => {
      await expectRejected(
        () =>
          t.typed(
            CreateCredentialDocument,
            {
              input: credentialInput({
                title: 'Too many shared skills',
                skills: Array.from({ length: 51 }, (_, i) => `S${i}`),
                shared: true,
              }),
            },
            ADMIN_KEY,
          ),
        'BAD_USER_INPUT',
        'input.skills',
      );
    });
  });

  describe('updateCredential', () => {
    it('changes costs and the title and bumps the version', async () => {
      const c = await create(credentialInput({ title: 'Costly', costPerLearner: 100, setupCost: 1000 }));
      const u = ok(
        await t.typed(
          UpdateCredentialDocument,
          { input: { id: c.id, expectedVersion: 1, costPerLearner: 150.25, setupCost: 0, title: 'Costlier' } },
          t.keys.planner,
        ),
      ).updateCredential.credential;
      expect(u).toMatchObject({ id: c.id, costPerLearner: 150.25, setupCost: 0, title: 'Costlier', version: 2 });
      const row = await t.server.orm.em.fork().findOneOrFail(MicroCredential, { id: dbId(c.id) });
      expect({ cost: row.costPerLearner, setup: row.setupCost, title: row.title, version: row.version }).toEqual({
        cost: 150.25,
        setup: 0,
        title: 'Costlier',
        version: 2,
      });
    });

    it('fails with CONFLICT on a stale expectedVersion and changes nothing', async () => {
      const c = await create(credentialInput({ title: 'Versioned', costPerLearner: 10 }));
      ok(
        await t.typed(
          UpdateCredentialDocument,
          { input: { id: c.id, expectedVersion: 1, costPerLearner: 20 } },
          t.keys.planner,
        ),
      );
      const e = errorOf(
        await t.typed(
          UpdateCredentialDocument,
          { input: { id: c.id, expectedVersion: 1, costPerLearner: 30 } },
          t.keys.planner,
        ),
      );
      expect({ code: e.code, field: e.field }).toEqual({ code: 'CONFLICT', field: 'input.expectedVersion' });
      const row = await t.server.orm.em.fork().findOneOrFail(MicroCredential, { id: dbId(c.id) });
      expect({ cost: row.costPerLearner, version: row.version }).toEqual({ cost: 20, version: 2 });
    });

    it('recomputes creditBearing when the recognition changes', async () => {
      const c = await create(
        credentialInput({
          title: 'Becomes recognised',
          creditRecognition: 'NONE',
          creditValue: 4,
          creditUnit: 'US_CREDIT_HOUR',
        }),
      );
      expect(c.creditBearing).toBe(false);
      const u = ok(
        await t.typed(
          UpdateCredentialDocument,
          { input: { id: c.id, creditRecognition: 'INSTITUTION' } },
          t.keys.planner,
        ),
      ).updateCredential.credential;
      expect(u.creditBearing).toBe(true);
      const back = ok(
        await t.typed(UpdateCredentialDocument, { input: { id: c.id, creditRecognition: 'NONE' } }, t.keys.planner),
      ).updateCredential.credential;
      expect(back.creditBearing).toBe(false);
      expect((await t.server.orm.em.fork().findOneOrFail(MicroCredential, { id: dbId(c.id) })).creditBearing).toBe(
        false,
      );
    });

    it("refuses recognition NONE while a program applies the credential's credits", async () => {
      const c = await create(
        credentialInput({
          title: 'Applied for credit',
          creditRecognition: 'INSTITUTION',
          creditValue: 3,
          creditUnit: 'US_CREDIT_HOUR',
        }),
      );
      const program = ok(
        await t.typed(
          CreateProgramDocument,
          {
            input: {
              code: 'CRED-TEST',
              title: 'Credential Test Program',
              level: 'BACHELOR',
              modality: 'ONLINE',
              totalCredits: 120,
              durationYears: 4,
              tuitionPerCredit: 300,
              baseline: { annualProspects: 1000, annualNewEnrollments: 100, engagementRate: 0.5, retentionRate: 0.8 },
            },
          },
          t.keys.planner,
        ),
      ).createProgram.program;
      ok(
        await t.typed(
          EmbedCredentialDocument,
          { input: { programId: program.id, credentialId: c.id, creditsApplied: 3, requirement: 'ELECTIVE' } },
          t.keys.planner,
        ),
      );

      const e = errorOf(
        await t.typed(
          UpdateCredentialDocument,
          { input: { id: c.id, creditRecognition: 'NONE', costPerLearner: 999 } },
          t.keys.planner,
        ),
      );
      expect({ code: e.code, field: e.field }).toEqual({ code: 'BAD_USER_INPUT', field: 'input.creditRecognition' });
      const row = await t.server.orm.em.fork().findOneOrFail(MicroCredential, { id: dbId(c.id) });
      expect({
        recognition: row.creditRecognition,
        bearing: row.creditBearing,
        cost: row.costPerLearner,
        version: row.version,
      }).toEqual({ recognition: 'INSTITUTION', bearing: true, cost: 0, version: 1 });

      // Another recognition that keeps it credit-bearing is fine.
      const u = ok(
        await t.typed(
          UpdateCredentialDocument,
          { input: { id: c.id, creditRecognition: 'ACE_RECOMMENDED' } },
          t.keys.planner,
        ),
      ).updateCredential.credential;
      expect(u).toMatchObject({ creditRecognition: 'ACE_RECOMMENDED', creditBearing: true, version: 2 });
    });

    it("keeps shared credentials to the platform admin and other institutions' credentials hidden", async () => {
      const shared = (await all(t.keys.planner, { shared: true }))[0];
      const e = errorOf(
        await t.typed(UpdateCredentialDocument, { input: { id: shared.id, costPerLearner: 1 } }, t.keys.planner),
      );
      expect(e.code).toBe('FORBIDDEN');
      const row = await t.server.orm.em.fork().findOneOrFail(MicroCredential, { id: dbId(shared.id) });
      expect(row.costPerLearner).toBe(shared.costPerLearner);
      expect(row.version).toBe(shared.version);

      const byAdmin = ok(
        await t.typed(
          UpdateCredentialDocument,
          { input: { id: shared.id, costPerLearner: shared.costPerLearner + 1 } },
          ADMIN_KEY,
        ),
      ).updateCredential.credential;
      expect(byAdmin.costPerLearner).toBe(shared.costPerLearner + 1);

      const theirs = (await all(otherPlanner, { shared: false }))[0];
      const hidden = errorOf(
        await t.typed(UpdateCredentialDocument, { input: { id: theirs.id, costPerLearner: 1 } }, t.keys.planner),
      );
      expect({ code: hidden.code, field: hidden.field }).toEqual({ code: 'NOT_FOUND', field: 'input.id' });
      expect(
        (await t.server.orm.em.fork().findOneOrFail(MicroCredential, { id: dbId(theirs.id) })).costPerLearner,
      ).toBe(0);
    });
  });
});
