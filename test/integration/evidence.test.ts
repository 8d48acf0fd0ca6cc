/**
 * The evidence registry and assumption sets over HTTP: the Coursera 2025 source with its
 * methodology and every figure of the seed article; the intention–behaviour literature behind
 * INTENT_REALISATION; the default assumption set with exactly the docs/MODEL.md parameters and their
 * evidence links; the Inside Higher Ed reading as a second global set; copying a set with overrides;
 * updateAssumption with versions and access; bad input rejected with nothing written; and an existing
 * database, seeded before issue 9, brought up to date on start.
 */
import type { EntityManager } from '@mikro-orm/core';
import { print } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createTestDatabase, testTargets } from '../support/databases';
import { ADMIN_KEY, errorOf, ok, startTestServer, type GqlResponse, type TestServer } from '../support/server';
import {
  AssumptionSetsDocument,
  CreateApiKeyDocument,
  CreateAssumptionSetDocument,
  CreateInstitutionDocument,
  EvidenceSourcesDocument,
  UpdateAssumptionDocument,
  type AssumptionOverrideInput,
  type AssumptionSetsQuery,
  type EvidenceSourcesQuery,
} from '../../schema/client/graphql';
import {
  defaultAssumptionSet,
  insideHigherEdAssumptionSet,
  supersededDefaultAssumptions,
} from '../../seeds/assumptions';
import { evidenceSources } from '../../seeds/evidence';
import { DEFAULT_LIMITS } from '../../src/app/limits';
import { DEFAULT_RATE_LIMIT } from '../../src/app/rate-limit';
import { startServer } from '../../src/app/server';
import type { AppConfig } from '../../src/config';
import { createLogger } from '../../src/core/logger';
import { migrate, openOrm } from '../../src/db/orm';
import { seedBase } from '../../src/db/seed';
import { AssumptionSet } from '../../src/modules/assumption/assumption-set.entity';
import { Assumption } from '../../src/modules/assumption/assumption.entity';
import {
  AssumptionSetKind,
  type CreditUnit,
  type Distribution,
  type ModelParameter,
  type StatisticKind,
  type UpliftConversion,
} from '../../src/modules/common/enums';
import { EvidenceSource } from '../../src/modules/evidence/evidence-source.entity';
import { EvidenceStatistic } from '../../src/modules/evidence/evidence-statistic.entity';
import { Institution } from '../../src/modules/institution/institution.entity';

type Source = EvidenceSourcesQuery['evidenceSources'][number];
type Statistic = Source['statistics'][number];
type Set = AssumptionSetsQuery['assumptionSets'][number];

const dbId = (globalId: string): number => Number(Buffer.from(globalId, 'base64url').toString('utf8').split(':')[1]);

/** docs/MODEL.md: parameter → [mode, low, high], in the model's order. */
const DESIGN_PARAMETERS: Array<[string, number, number, number]> = [
  ['ENGAGEMENT_RATIO', 2.0, 1.5, 2.0],
  ['ENROLLMENT_RATIO', 2.4, 1.7, 2.4],
  ['INTENT_REALISATION', 0.5, 0, 0.75],
  ['RETENTION_PASS_THROUGH', 0.5, 0, 1],
  ['NON_CREDIT_EFFECT_SHARE', 0.5, 0.25, 0.75],
  ['ELECTIVE_TAKE_UP', 0.3, 0.1, 0.6],
  ['AWARENESS_RAMP_YEARS', 2, 1, 3],
];

/** Every figure of the seed article (/work/shared/reference/seed-article-micro-credentials-2025.txt), as stored values. */
const ARTICLE_VALUES = [
  0.85,
  0.91,
  0.96,
  0.9,
  0.87,
  2,
  2.4,
  0.94,
  0.41,
  0.8,
  1 / 3,
  0.9,
  0.75,
  0.28,
  0.21,
  0.7,
  0.6,
  0.8,
];

interface StatisticNode {
  node: {
    __typename: string;
    key?: string;
    value?: number;
    source?: { id: string; title: string; year: number } | null;
  } | null;
}
const STATISTIC_NODE =
  'query($id: ID!) { node(id: $id) { __typename ... on EvidenceStatistic { key value source { id title year } } } }';

/** Added by issue 9: what a database seeded before it lacks. */
const LITERATURE = ['sheeran_2002_intention_behavior_relations', 'sheeran_webb_2016_intention_behavior_gap'];
const IHE_STATISTICS = ['students_enrollment_ratio_any_credential_ihe', 'students_enrollment_ratio_credit_bearing_ihe'];
const IHE = 'Inside Higher Ed reading';

/**
 * What seedBase wrote before issue 9: the report's evidence without the literature or Inside Higher Ed's
 * statistics, and one global set, the default, with the old INTENT_REALISATION (0.25–0.75) and its links.
 * Plus an institution's copy of that default, as createAssumptionSet made it.
 */
async function seedTheOldWay(em: EntityManager): Promise<void> {
  const stats = new Map<string, EvidenceStatistic>();
  for (const s of evidenceSources.filter((x) => !LITERATURE.includes(x.key))) {
    const source = em.create(EvidenceSource, {
      key: s.key,
      title: s.title,
      publisher: s.publisher,
      year: s.year,
      url: s.url ?? null,
      methodology: s.methodology,
      notes: s.notes ?? null,
    });
    for (const st of s.statistics.filter((x) => !IHE_STATISTICS.includes(x.key))) {
      stats.set(
        st.key,
        em.create(EvidenceStatistic, {
          source,
          key: st.key,
          description: st.description,
          population: st.population,
          kind: st.kind as StatisticKind,
          value: st.value,
          comparisonValue: st.comparisonValue ?? null,
          comparisonYear: st.comparisonYear ?? null,
          note: st.note ?? null,
          quote: st.quote,
        }),
      );
    }
  }
  const old = new Map(supersededDefaultAssumptions.map((a) => [a.parameter, a]));
  const oldAssumptions = defaultAssumptionSet.assumptions.map((a) => old.get(a.parameter) ?? a);
  const institution = em.create(Institution, {
    name: 'Oldtown University',
    slug: 'oldtown',
    country: 'US',
    currency: 'USD',
    creditUnit: 'US_CREDIT_HOUR' as CreditUnit,
  });
  const sets = [
    em.create(AssumptionSet, {
      name: defaultAssumptionSet.name,
      description: defaultAssumptionSet.description,
      conversion: defaultAssumptionSet.conversion as UpliftConversion,
      isDefault: true,
      institution: null,
    }),
    em.create(AssumptionSet, {
      name: 'Oldtown copy',
      conversion: defaultAssumptionSet.conversion as UpliftConversion,
      kind: AssumptionSetKind.CUSTOM,
      institution,
    }),
  ];
  for (const set of sets) {
    for (const a of oldAssumptions) {
      em.create(Assumption, {
        assumptionSet: set,
        parameter: a.parameter as ModelParameter,
        low: a.low,
        mode: a.mode,
        high: a.high,
        distribution: a.distribution as Distribution,
        rationale: a.rationale,
      }).evidence.set(a.evidenceKeys.map((k) => stats.get(k)!));
    }
  }
  await em.flush();
}

/** One set's INTENT_REALISATION as stored, with its evidence keys sorted. */
async function storedRealisation(em: EntityManager, where: { isDefault: true } | { name: string }) {
  const set = await em.findOneOrFail(AssumptionSet, where, { populate: ['assumptions', 'assumptions.evidence'] });
  const a = set.assumptions.getItems().find((x) => x.parameter === 'INTENT_REALISATION')!;
  return {
    version: set.version,
    low: a.low,
    mode: a.mode,
    high: a.high,
    distribution: a.distribution,
    rationale: a.rationale,
    evidence: a.evidence
      .getItems()
      .map((e) => e.key)
      .sort(),
  };
}

describe.each(testTargets())('evidence and assumptions on %s', (target) => {
  let t: TestServer;
  let otherPlanner: string;

  const sets = async (key = t.keys.planner): Promise<Set[]> =>
    ok(await t.typed(AssumptionSetsDocument, {}, key)).assumptionSets;
  const defaultSet = async (key = t.keys.planner): Promise<Set> => {
    const d = (await sets(key)).filter((s) => s.isDefault);
    expect(d).toHaveLength(1);
    return d[0];
  };
  const counts = async () => {
    const em = t.server.orm.em.fork();
    return { sets: await em.count(AssumptionSet, {}), assumptions: await em.count(Assumption, {}) };
  };
  /** Stored values of one set, straight from the database. */
  const stored = async (setId: string) => {
    const em = t.server.orm.em.fork();
    const set = await em.findOneOrFail(
      AssumptionSet,
      { id: dbId(setId) },
      { populate: ['assumptions', 'assumptions.evidence'] },
    );
    return {
      version: set.version,
      assumptions: Object.fromEntries(
        set.assumptions.getItems().map((a) => [
          a.parameter,
          {
            low: a.low,
            mode: a.mode,
            high: a.high,
            distribution: a.distribution,
            evidence: a.evidence
              .getItems()
              .map((s) => s.key)
              .sort(),
          },
        ]),
      ),
    };
  };

  /** A rejected write: exact code and field, and no set or assumption added. */
  async function expectRejected(
    res: Promise<GqlResponse<unknown>>,
    code: string,
    field: string | undefined,
  ): Promise<string> {
    const before = await counts();
    const e = errorOf(await res);
    expect({ code: e.code, field: e.field }).toEqual({ code, field });
    expect(await counts()).toEqual(before);
    return e.message;
  }

  beforeAll(async () => {
    t = await startTestServer(target);
    const inst = ok(
      await t.typed(
        CreateInstitutionDocument,
        {
          input: {
            name: 'Another University',
            slug: 'another',
            country: 'CA',
            creditUnit: 'US_CREDIT_HOUR',
            currency: 'CAD',
          },
        },
        ADMIN_KEY,
      ),
    ).createInstitution.institution;
    otherPlanner = ok(
      await t.typed(CreateApiKeyDocument, { input: { institutionId: inst.id, name: 'p', role: 'PLANNER' } }, ADMIN_KEY),
    ).createApiKey.secret;
  });
  afterAll(async () => {
    await t?.close();
  });

  describe('evidenceSources', () => {
    let source: Source;
    const stat = (key: string): Statistic => {
      const s = source.statistics.find((x) => x.key === key);
      if (!s) throw new Error(`no statistic ${key}`);
      return s;
    };

    beforeAll(async () => {
      const all = ok(await t.typed(EvidenceSourcesDocument, {}, t.keys.viewer)).evidenceSources;
      const matches = all.filter((s) => s.title === 'Micro-Credentials Impact Report 2025');
      expect(matches).toHaveLength(1);
      source = matches[0];
    });

    it('holds the Coursera Micro-Credentials Impact Report 2025 with its methodology', () => {
      expect(source).toMatchObject({ publisher: 'Coursera', year: 2025 });
      expect(source.methodology).toMatch(/online survey/i);
      expect(source.methodology).toMatch(/self-reported/i);
      expect(source.methodology).toMatch(/stated intention/i);
      expect(source.methodology).toMatch(/1,200 students/);
      expect(source.methodology).toMatch(/1,000 employers/);
    });

    it('needs an API key', async () => {
      expect(errorOf(await t.typed(EvidenceSourcesDocument, {}, null)).code).toBe('UNAUTHENTICATED');
    });

    it('gives the two ratios as RATIO statistics, each noting the differing reading', () => {
      const engagement = stat('students_engagement_ratio');
      expect(engagement).toMatchObject({ kind: 'RATIO', value: 2, population: 'STUDENTS' });
      const enrollment = stat('students_enrollment_ratio');
      expect(enrollment).toMatchObject({ kind: 'RATIO', value: 2.4, population: 'STUDENTS' });
      for (const s of [engagement, enrollment]) {
        expect(s.note).toMatch(/Inside Higher Ed/);
        expect(s.note).toMatch(/enrol/i);
        expect(s.note).toMatch(/self-reported|stated/i);
        expect(s.quote).toContain('twice as likely to stay engaged and 2.4 times more likely to enroll');
      }
    });

    it('gives 94% with its comparison: 55% in 2023', () => {
      const desire = source.statistics.filter((s) => s.value === 0.94);
      expect(desire).toHaveLength(1);
      expect(desire[0]).toMatchObject({ kind: 'SHARE', comparisonValue: 0.55, comparisonYear: 2023 });
      // Only that figure has a comparison.
      expect(source.statistics.filter((s) => s.comparisonValue != null)).toHaveLength(1);
    });

    it('holds every figure of the seed article', () => {
      const needed = new Map<number, number>();
      for (const v of ARTICLE_VALUES) needed.set(v, (needed.get(v) ?? 0) + 1);
      for (const [value, n] of needed) {
        const found = source.statistics.filter((s) => Math.abs(s.value - value) < 1e-9);
        expect({ value, atLeast: Math.min(found.length, n) }).toEqual({ value, atLeast: n });
      }
      expect(source.statistics.length).toBeGreaterThanOrEqual(ARTICLE_VALUES.length);
      for (const s of source.statistics) {
        expect(['SHARE', 'RATIO']).toContain(s.kind);
        if (s.kind === 'SHARE') {
          expect(s.value).toBeGreaterThan(0);
          expect(s.value).toBeLessThanOrEqual(1);
        }
        expect(['STUDENTS', 'EMPLOYERS', 'ENTRY_LEVEL_EMPLOYEES', 'HIGHER_ED_LEADERS', 'CREDENTIAL_HOLDERS']).toContain(
          s.population,
        );
        expect(s.description.length).toBeGreaterThan(10);
        expect(s.quote).toBeTruthy();
      }
      // Keys are unique.
      expect(new Set(source.statistics.map((s) => s.key)).size).toBe(source.statistics.length);
      // Qualified figures say so.
      expect(stat('students_increased_self_assurance').note).toMatch(/nearly/i);
      expect(stat('students_credential_helped_secure_internship').value).toBeCloseTo(1 / 3, 12);
    });

    it('resolves statistic.source, through node() and through assumption evidence', async () => {
      for (const s of [stat('students_enrollment_ratio'), stat('entry_level_earned_promotion')]) {
        const n = ok(await t.gql<StatisticNode>(STATISTIC_NODE, { id: s.id }, t.keys.viewer)).node;
        expect(n).toEqual({
          __typename: 'EvidenceStatistic',
          key: s.key,
          value: s.value,
          source: { id: source.id, title: source.title, year: 2025 },
        });
      }
      const enrollment = (await defaultSet()).assumptions.find((a) => a.parameter === 'ENROLLMENT_RATIO')!;
      const linked = enrollment.evidence.find((e) => e.key === 'students_enrollment_ratio')!;
      expect(linked.source).toEqual({ id: source.id, title: source.title });
    });
  });

  describe('the default assumption set', () => {
    it("has exactly the 7 parameters of docs/MODEL.md, in the model's order, with ODDS conversion", async () => {
      const d = await defaultSet(t.keys.viewer);
      expect(d).toMatchObject({ isDefault: true, kind: 'GLOBAL', institution: null, conversion: 'ODDS' });
      expect(d.assumptions.map((a) => [a.parameter, a.mode, a.low, a.high])).toEqual(DESIGN_PARAMETERS);
      for (const a of d.assumptions) {
        expect(a.low).toBeLessThanOrEqual(a.mode);
        expect(a.mode).toBeLessThanOrEqual(a.high);
        expect(['UNIFORM', 'TRIANGULAR', 'PERT']).toContain(a.distribution);
        expect(a.rationale?.length ?? 0).toBeGreaterThan(40);
      }
      // The platform admin sees the same default set.
      expect((await defaultSet(ADMIN_KEY)).id).toBe(d.id);
      expect((await defaultSet(otherPlanner)).id).toBe(d.id);
    });

    it('links each assumption to its evidence or says it has none', async () => {
      const d = await defaultSet();
      for (const a of d.assumptions) {
        expect(a.hasNoEvidence).toBe(a.evidence.length === 0);
        if (a.hasNoEvidence) expect(a.rationale).toMatch(/no direct evidence/i);
      }
      const by = Object.fromEntries(d.assumptions.map((a) => [a.parameter, a]));
      expect(by.AWARENESS_RAMP_YEARS.hasNoEvidence).toBe(true);
      expect(by.AWARENESS_RAMP_YEARS.evidence).toEqual([]);
      expect(by.ENGAGEMENT_RATIO.hasNoEvidence).toBe(false);

      const engagement = by.ENGAGEMENT_RATIO.evidence.find((e) => e.key === 'students_engagement_ratio');
      expect(engagement).toMatchObject({
        value: 2,
        kind: 'RATIO',
        source: { title: 'Micro-Credentials Impact Report 2025' },
      });
      const enrollment = by.ENROLLMENT_RATIO.evidence.find((e) => e.key === 'students_enrollment_ratio');
      expect(enrollment).toMatchObject({
        value: 2.4,
        kind: 'RATIO',
        source: { title: 'Micro-Credentials Impact Report 2025' },
      });
      // The stated-intent discount rests on the ratios it discounts.
      expect(by.INTENT_REALISATION.evidence.map((e) => e.key)).toEqual(
        expect.arrayContaining(['students_engagement_ratio', 'students_enrollment_ratio']),
      );
    });
  });

  describe('the intention–behaviour evidence behind INTENT_REALISATION', () => {
    it('lists Sheeran 2002 and Sheeran & Webb 2016 as sources with their figures', async () => {
      const all = ok(await t.typed(EvidenceSourcesDocument, {}, t.keys.viewer)).evidenceSources;
      expect(all.map((s) => s.key)).toEqual(expect.arrayContaining(LITERATURE));
      const byKey = Object.fromEntries(all.map((s) => [s.key, s]));
      const sheeran = byKey.sheeran_2002_intention_behavior_relations;
      expect(sheeran).toMatchObject({
        year: 2002,
        title: 'Intention–behavior relations: a conceptual and empirical review',
      });
      expect(sheeran.methodology).toMatch(/422 studies/);
      expect(sheeran.statistics.map((x) => [x.key, x.kind, x.value, x.population])).toEqual([
        ['intentions_behaviour_variance_explained', 'SHARE', 0.28, 'RESEARCH_PARTICIPANTS'],
      ]);
      const webb = byKey.sheeran_webb_2016_intention_behavior_gap;
      expect(webb).toMatchObject({
        year: 2016,
        title: 'The Intention–Behavior Gap',
        url: 'https://doi.org/10.1111/spc3.12265',
      });
      expect(webb.statistics.map((x) => [x.key, x.kind, x.value])).toEqual([['intenders_who_act', 'SHARE', 0.5]]);
      expect(webb.statistics[0].quote).toMatch(/roughly half of the time/);
    });

    it('gives the default a prior from 0 (no behavioural effect) to 0.75, linked to the literature', async () => {
      const d = await defaultSet(t.keys.viewer);
      const a = d.assumptions.find((x) => x.parameter === 'INTENT_REALISATION')!;
      expect(a).toMatchObject({
        low: 0,
        mode: 0.5,
        high: 0.75,
        distribution: 'PERT',
        hasNoEvidence: false,
      });
      expect(a.rationale).toMatch(/low end is 0/);
      expect(a.rationale).toMatch(/cannot exclude/);
      expect(a.rationale).toMatch(/Sheeran 2002; Sheeran & Webb 2016/);
      const linked = Object.fromEntries(a.evidence.map((e) => [e.key, e]));
      expect(linked.intenders_who_act).toMatchObject({
        value: 0.5,
        kind: 'SHARE',
        source: { title: 'The Intention–Behavior Gap' },
      });
      expect(linked.intentions_behaviour_variance_explained).toMatchObject({
        value: 0.28,
        source: {
          title: 'Intention–behavior relations: a conceptual and empirical review',
        },
      });
      expect(await storedRealisation(t.server.orm.em.fork(), { isDefault: true })).toMatchObject({
        version: 1,
        low: 0,
        mode: 0.5,
        high: 0.75,
        evidence: [
          'intenders_who_act',
          'intentions_behaviour_variance_explained',
          'students_engagement_ratio',
          'students_enrollment_ratio',
        ],
      });
    });
  });

  describe('the Inside Higher Ed reading', () => {
    const ihe = async (key = t.keys.viewer): Promise<Set> => {
      const found = (await sets(key)).filter((s) => s.name === IHE);
      expect(found).toHaveLength(1);
      return found[0];
    };

    it('is a second GLOBAL set, not the default, seen by every institution and the platform admin', async () => {
      for (const key of [t.keys.viewer, otherPlanner, ADMIN_KEY]) {
        const global = (await sets(key)).filter((s) => s.institution === null);
        expect(global.map((s) => [s.name, s.kind, s.isDefault])).toEqual([
          [defaultAssumptionSet.name, 'GLOBAL', true],
          [IHE, 'GLOBAL', false],
        ]);
      }
      expect(await t.server.orm.em.fork().count(AssumptionSet, { kind: AssumptionSetKind.GLOBAL })).toBe(2);
    });

    it('reads 2.4× as enrollment with credit and 2.0× without; engagement rests on no evidence', async () => {
      const set = await ihe();
      expect(set).toMatchObject({ conversion: 'ODDS', version: 1 });
      expect(set.assumptions.map((a) => [a.parameter, a.mode, a.low, a.high, a.distribution])).toEqual(
        insideHigherEdAssumptionSet.assumptions.map((a) => [a.parameter, a.mode, a.low, a.high, a.distribution]),
      );
      const by = Object.fromEntries(set.assumptions.map((a) => [a.parameter, a]));
      expect(by.ENROLLMENT_RATIO).toMatchObject({ mode: 2.4 });
      expect(by.ENROLLMENT_RATIO.evidence.map((e) => e.key)).toContain('students_enrollment_ratio_credit_bearing_ihe');
      expect(by.NON_CREDIT_EFFECT_SHARE.mode).toBeCloseTo((2.0 - 1) / (2.4 - 1), 12);
      expect(by.NON_CREDIT_EFFECT_SHARE.evidence.map((e) => [e.key, e.value, e.kind]).sort()).toEqual([
        ['students_enrollment_ratio_any_credential_ihe', 2, 'RATIO'],
        ['students_enrollment_ratio_credit_bearing_ihe', 2.4, 'RATIO'],
      ]);
      expect(by.ENGAGEMENT_RATIO).toMatchObject({
        hasNoEvidence: true,
        evidence: [],
        low: 1,
      });
      expect(by.ENGAGEMENT_RATIO.rationale).toMatch(/no direct evidence/i);
      // The rest is the default, evidence included.
      const d = Object.fromEntries((await defaultSet()).assumptions.map((a) => [a.parameter, a]));
      for (const p of ['INTENT_REALISATION', 'RETENTION_PASS_THROUGH', 'ELECTIVE_TAKE_UP', 'AWARENESS_RAMP_YEARS']) {
        expect(by[p]).toEqual(d[p]);
      }
    });

    it('is copied like any global set (kind CUSTOM) and is refused to a PLANNER for editing', async () => {
      const set = await ihe(t.keys.planner);
      const c = ok(
        await t.typed(CreateAssumptionSetDocument, { input: { name: 'Our IHE copy', fromId: set.id } }, t.keys.planner),
      ).createAssumptionSet.assumptionSet;
      const copy = (await sets()).find((s) => s.id === c.id)!;
      expect(copy).toMatchObject({
        kind: 'CUSTOM',
        isDefault: false,
        institution: { name: 'Northbridge University' },
      });
      expect(copy.assumptions.map((a) => [a.parameter, a.mode, a.evidence.map((e) => e.key)])).toEqual(
        set.assumptions.map((a) => [a.parameter, a.mode, a.evidence.map((e) => e.key)]),
      );
      await expectRejected(
        t.typed(
          UpdateAssumptionDocument,
          {
            input: {
              assumptionSetId: set.id,
              expectedVersion: 1,
              override: {
                parameter: 'ENROLLMENT_RATIO',
                low: 1.1,
                mode: 1.2,
                high: 1.3,
              },
            },
          },
          t.keys.planner,
        ),
        'FORBIDDEN',
        undefined,
      );
    });

    // A non-credit credential keeps 0.71 of the effect under this reading, 0.5 under the default.
    it('projects a non-credit credential higher than the default does', async () => {
      const data = ok(
        await t.gql<{
          programs: { nodes: { id: string; code: string }[] };
          credentials: { nodes: { id: string }[] };
        }>(
          `{ programs(first: 50) { nodes { id code } }
             credentials(first: 1, filter: { creditBearing: false }) { nodes { id } } }`,
          {},
          t.keys.planner,
        ),
      );
      const programId = data.programs.nodes.find((p) => p.code === 'BA-PSY')!.id;
      const add = [
        {
          credentialId: data.credentials.nodes[0].id,
          creditsApplied: 0,
          requirement: 'ELECTIVE',
        },
      ];
      const enrollments = async (assumptionSetId: string): Promise<number> => {
        const res = ok(
          await t.gql<{
            previewUplift: {
              rows: { pointEstimate: number; baseline: number }[];
            };
          }>(
            `query($input: PreviewUpliftInput!) {
               previewUplift(input: $input) {
                 rows(totalsOnly: true, metrics: [NEW_ENROLLMENTS]) { baseline pointEstimate }
               }
             }`,
            {
              input: {
                assumptionSetId,
                horizonYears: 3,
                draws: 10,
                changes: [{ programId, add }],
              },
            },
            t.keys.planner,
          ),
        );
        return res.previewUplift.rows.reduce((sum, r) => sum + r.pointEstimate - r.baseline, 0);
      };
      const byDefault = await enrollments((await defaultSet()).id);
      const byIhe = await enrollments((await ihe(t.keys.planner)).id);
      expect(byDefault).toBeGreaterThan(0);
      expect(byIhe).toBeGreaterThan(byDefault);
    });
  });

  describe('createAssumptionSet', () => {
    let copyId: string;

    it('copies the default with overrides: the rest keeps values and evidence links; overridden values rest on no evidence', async () => {
      const d = await defaultSet();
      const before = await counts();
      const created = ok(
        await t.typed(
          CreateAssumptionSetDocument,
          {
            input: {
              name: 'Cautious Northbridge',
              description: 'Halve the ratios.',
              overrides: [
                {
                  parameter: 'ENGAGEMENT_RATIO',
                  low: 1.2,
                  mode: 1.5,
                  high: 1.8,
                  rationale: 'Our 2023 pilot showed a smaller effect.',
                },
                { parameter: 'ELECTIVE_TAKE_UP', low: 0.05, mode: 0.2, high: 0.4, distribution: 'TRIANGULAR' },
              ],
            },
          },
          t.keys.planner,
        ),
      ).createAssumptionSet.assumptionSet;
      copyId = created.id;
      expect(created).toMatchObject({ name: 'Cautious Northbridge', conversion: 'ODDS', version: 1 });
      expect(await counts()).toEqual({ sets: before.sets + 1, assumptions: before.assumptions + 7 });

      const copy = (await sets()).find((s) => s.id === copyId)!;
      expect(copy).toMatchObject({
        isDefault: false,
        kind: 'CUSTOM',
        description: 'Halve the ratios.',
        institution: { name: 'Northbridge University' },
      });
      const byDefault = Object.fromEntries(d.assumptions.map((a) => [a.parameter, a]));
      expect(copy.assumptions.map((a) => a.parameter)).toEqual(d.assumptions.map((a) => a.parameter));
      for (const a of copy.assumptions) {
        const original = byDefault[a.parameter];
        if (a.parameter === 'ENGAGEMENT_RATIO') {
          expect(a).toMatchObject({
            low: 1.2,
            mode: 1.5,
            high: 1.8,
            distribution: original.distribution,
            rationale: 'Our 2023 pilot showed a smaller effect.',
          });
        } else if (a.parameter === 'ELECTIVE_TAKE_UP') {
          expect(a).toMatchObject({ low: 0.05, mode: 0.2, high: 0.4, distribution: 'TRIANGULAR' });
          // Without a rationale of its own, the override says what it replaced and that no evidence backs it.
          expect(a.rationale).toMatch(/0\.1 \/ 0\.3 \/ 0\.6/);
          expect(a.rationale).toMatch(/no evidence/i);
        } else {
          expect({
            low: a.low,
            mode: a.mode,
            high: a.high,
            distribution: a.distribution,
            rationale: a.rationale,
          }).toEqual({
            low: original.low,
            mode: original.mode,
            high: original.high,
            distribution: original.distribution,
            rationale: original.rationale,
          });
        }
        if (a.parameter === 'ENGAGEMENT_RATIO' || a.parameter === 'ELECTIVE_TAKE_UP') {
          // Local values no longer rest on the survey: the trace says so.
          expect(original.evidence.length).toBeGreaterThan(0);
          expect({ evidence: a.evidence, hasNoEvidence: a.hasNoEvidence }).toEqual({
            evidence: [],
            hasNoEvidence: true,
          });
        } else {
          // Evidence links are copied.
          expect(a.evidence.map((e) => e.id).sort()).toEqual(original.evidence.map((e) => e.id).sort());
          expect(a.hasNoEvidence).toBe(original.hasNoEvidence);
        }
      }
      const db = await stored(copyId);
      expect(db.assumptions.ENGAGEMENT_RATIO).toMatchObject({ low: 1.2, mode: 1.5, high: 1.8, evidence: [] });
      expect(db.assumptions.ENROLLMENT_RATIO.evidence).toEqual(
        byDefault.ENROLLMENT_RATIO.evidence.map((e) => e.key).sort(),
      );
      expect(db.assumptions.ENROLLMENT_RATIO.evidence).toContain('students_enrollment_ratio');
      // The default keeps its own links.
      expect((await stored(d.id)).assumptions.ENGAGEMENT_RATIO.evidence).toContain('students_engagement_ratio');
      // The default itself is untouched.
      expect((await defaultSet()).assumptions.map((a) => [a.parameter, a.mode, a.low, a.high])).toEqual(
        DESIGN_PARAMETERS,
      );
    });

    it('is visible to its institution only', async () => {
      expect((await sets(t.keys.viewer)).map((s) => s.id)).toContain(copyId);
      expect((await sets(otherPlanner)).map((s) => s.id)).not.toContain(copyId);
      const e = await expectRejected(
        t.typed(CreateAssumptionSetDocument, { input: { name: 'Copy of theirs', fromId: copyId } }, otherPlanner),
        'NOT_FOUND',
        'input.fromId',
      );
      expect(e).not.toMatch(/Cautious/);
    });

    it("copies another of the caller's sets with fromId and a new conversion", async () => {
      const c = ok(
        await t.typed(
          CreateAssumptionSetDocument,
          { input: { name: 'Capped copy', fromId: copyId, conversion: 'RISK_CAPPED' } },
          t.keys.planner,
        ),
      ).createAssumptionSet.assumptionSet;
      expect(c.conversion).toBe('RISK_CAPPED');
      expect(c.assumptions.find((a) => a.parameter === 'ENGAGEMENT_RATIO')).toMatchObject({
        low: 1.2,
        mode: 1.5,
        high: 1.8,
      });
    });

    const bad: Array<[string, AssumptionOverrideInput[], string]> = [
      ['low above mode', [{ parameter: 'ENGAGEMENT_RATIO', low: 2.2, mode: 2.0, high: 2.4 }], 'input.overrides.0'],
      ['mode above high', [{ parameter: 'INTENT_REALISATION', low: 0.2, mode: 0.8, high: 0.7 }], 'input.overrides.0'],
      [
        'a share above 1',
        [
          { parameter: 'ENROLLMENT_RATIO', low: 1.5, mode: 2, high: 2.4 },
          { parameter: 'ELECTIVE_TAKE_UP', low: 0.2, mode: 0.5, high: 1.2 },
        ],
        'input.overrides.1',
      ],
      [
        'a negative share',
        [{ parameter: 'RETENTION_PASS_THROUGH', low: -0.1, mode: 0.5, high: 1 }],
        'input.overrides.0',
      ],
      ['a ratio of 0', [{ parameter: 'ENROLLMENT_RATIO', low: 0, mode: 1, high: 2 }], 'input.overrides.0'],
      [
        'an awareness ramp of 0 years',
        [{ parameter: 'AWARENESS_RAMP_YEARS', low: 0, mode: 0, high: 0 }],
        'input.overrides.0',
      ],
      [
        'the same parameter twice',
        [
          { parameter: 'ELECTIVE_TAKE_UP', low: 0.1, mode: 0.2, high: 0.3 },
          { parameter: 'ELECTIVE_TAKE_UP', low: 0.2, mode: 0.3, high: 0.4 },
        ],
        'input.overrides.1.parameter',
      ],
    ];
    it.each(bad)('rejects %s with BAD_USER_INPUT on the field, writing nothing', async (_what, overrides, field) => {
      const message = await expectRejected(
        t.typed(CreateAssumptionSetDocument, { input: { name: `Bad ${field}`, overrides } }, t.keys.planner),
        'BAD_USER_INPUT',
        field,
      );
      expect(message).toContain(overrides[overrides.length - 1].parameter);
      expect(await t.server.orm.em.fork().count(AssumptionSet, { name: `Bad ${field}` })).toBe(0);
    });

    it('needs a PLANNER', async () => {
      await expectRejected(
        t.typed(CreateAssumptionSetDocument, { input: { name: 'By a viewer' } }, t.keys.viewer),
        'FORBIDDEN',
        undefined,
      );
      await expectRejected(
        t.typed(CreateAssumptionSetDocument, { input: { name: 'By nobody' } }, null),
        'UNAUTHENTICATED',
        undefined,
      );
    });
  });

  describe('updateAssumption', () => {
    let setId: string;
    beforeAll(async () => {
      setId = ok(await t.typed(CreateAssumptionSetDocument, { input: { name: 'Editable' } }, t.keys.planner))
        .createAssumptionSet.assumptionSet.id;
    });

    it("changes one parameter of the caller's own set and bumps the set's version", async () => {
      const u = ok(
        await t.typed(
          UpdateAssumptionDocument,
          {
            input: {
              assumptionSetId: setId,
              expectedVersion: 1,
              override: {
                parameter: 'INTENT_REALISATION',
                low: 0.3,
                mode: 0.4,
                high: 0.6,
                distribution: 'UNIFORM',
                rationale: 'Local view.',
              },
            },
          },
          t.keys.planner,
        ),
      ).updateAssumption.assumptionSet;
      expect(u.version).toBe(2);
      expect(u.assumptions.find((a) => a.parameter === 'INTENT_REALISATION')).toMatchObject({
        low: 0.3,
        mode: 0.4,
        high: 0.6,
        distribution: 'UNIFORM',
        rationale: 'Local view.',
      });
      // The others are as in the default.
      expect(u.assumptions.find((a) => a.parameter === 'ENROLLMENT_RATIO')).toMatchObject({
        low: 1.7,
        mode: 2.4,
        high: 2.4,
      });
      const db = await stored(setId);
      expect(db.version).toBe(2);
      // The changed parameter no longer rests on the survey; the others keep their links.
      expect(db.assumptions.INTENT_REALISATION).toEqual({
        low: 0.3,
        mode: 0.4,
        high: 0.6,
        distribution: 'UNIFORM',
        evidence: [],
      });
      expect(db.assumptions.ENROLLMENT_RATIO.evidence).toContain('students_enrollment_ratio');

      // Restating the same values with a new rationale keeps the evidence.
      const restated = ok(
        await t.typed(
          UpdateAssumptionDocument,
          {
            input: {
              assumptionSetId: setId,
              expectedVersion: 2,
              override: {
                parameter: 'ENROLLMENT_RATIO',
                low: 1.7,
                mode: 2.4,
                high: 2.4,
                rationale: 'Confirmed locally.',
              },
            },
          },
          t.keys.planner,
        ),
      ).updateAssumption.assumptionSet;
      expect(restated.version).toBe(3);
      expect(restated.assumptions.find((a) => a.parameter === 'ENROLLMENT_RATIO')).toMatchObject({
        rationale: 'Confirmed locally.',
        low: 1.7,
        mode: 2.4,
        high: 2.4,
      });
      expect((await stored(setId)).assumptions.ENROLLMENT_RATIO.evidence).toContain('students_enrollment_ratio');

      const again = ok(
        await t.typed(
          UpdateAssumptionDocument,
          {
            input: {
              assumptionSetId: setId,
              expectedVersion: 3,
              override: { parameter: 'AWARENESS_RAMP_YEARS', low: 1, mode: 1.5, high: 2 },
            },
          },
          t.keys.planner,
        ),
      ).updateAssumption.assumptionSet;
      expect(again.version).toBe(4);
    });

    it('fails with CONFLICT on a stale expectedVersion and changes nothing', async () => {
      const before = await stored(setId);
      const e = errorOf(
        await t.typed(
          UpdateAssumptionDocument,
          {
            input: {
              assumptionSetId: setId,
              expectedVersion: 1,
              override: { parameter: 'ELECTIVE_TAKE_UP', low: 0.2, mode: 0.25, high: 0.3 },
            },
          },
          t.keys.planner,
        ),
      );
      expect({ code: e.code, field: e.field }).toEqual({ code: 'CONFLICT', field: 'input.expectedVersion' });
      expect(await stored(setId)).toEqual(before);
    });

    it('rejects bad values with BAD_USER_INPUT and changes nothing', async () => {
      const before = await stored(setId);
      const cases: Array<[AssumptionOverrideInput, string]> = [
        [{ parameter: 'ENGAGEMENT_RATIO', low: 2.5, mode: 2, high: 3 }, 'input.override'],
        [{ parameter: 'NON_CREDIT_EFFECT_SHARE', low: 0.5, mode: 0.9, high: 1.1 }, 'input.override'],
      ];
      for (const [override, field] of cases) {
        await expectRejected(
          t.typed(UpdateAssumptionDocument, { input: { assumptionSetId: setId, override } }, t.keys.planner),
          'BAD_USER_INPUT',
          field,
        );
      }
      expect(await stored(setId)).toEqual(before);
    });

    it('refuses the global default set to a PLANNER with FORBIDDEN, and changes nothing', async () => {
      const d = await defaultSet();
      const before = await stored(d.id);
      await expectRejected(
        t.typed(
          UpdateAssumptionDocument,
          {
            input: {
              assumptionSetId: d.id,
              expectedVersion: d.version,
              override: { parameter: 'ENROLLMENT_RATIO', low: 1.1, mode: 1.2, high: 1.3 },
            },
          },
          t.keys.planner,
        ),
        'FORBIDDEN',
        undefined,
      );
      expect(await stored(d.id)).toEqual(before);
      expect((await defaultSet()).assumptions.map((a) => [a.parameter, a.mode, a.low, a.high])).toEqual(
        DESIGN_PARAMETERS,
      );
    });

    it('refuses a VIEWER and hides the set from another institution', async () => {
      const before = await stored(setId);
      const override = { parameter: 'ELECTIVE_TAKE_UP', low: 0.2, mode: 0.25, high: 0.3 } as const;
      await expectRejected(
        t.typed(UpdateAssumptionDocument, { input: { assumptionSetId: setId, override } }, t.keys.viewer),
        'FORBIDDEN',
        undefined,
      );
      await expectRejected(
        t.typed(UpdateAssumptionDocument, { input: { assumptionSetId: setId, override } }, otherPlanner),
        'NOT_FOUND',
        'input.assumptionSetId',
      );
      expect(await stored(setId)).toEqual(before);
    });
  });

  describe('an existing database, seeded before issue 9', () => {
    const config = (database: AppConfig['database']): AppConfig => ({
      port: 0,
      database,
      adminKey: ADMIN_KEY,
      demo: false,
      production: false,
      logLevel: 'silent',
      introspection: true,
      limits: DEFAULT_LIMITS,
      rateLimit: { ...DEFAULT_RATE_LIMIT, enabled: false, redisUrl: null },
    });

    it('gets the new prior, its evidence and the Inside Higher Ed set on start; copies stay', async () => {
      const db = await createTestDatabase(target);
      try {
        const orm = await openOrm(db.config);
        try {
          await migrate(orm);
          await seedTheOldWay(orm.em.fork());
          expect(await storedRealisation(orm.em.fork(), { isDefault: true })).toMatchObject({ low: 0.25, version: 1 });
        } finally {
          await orm.close(true);
        }

        const server = await startServer(config(db.config), {
          logger: createLogger('silent'),
        });
        try {
          const res = await fetch(server.url.replace('localhost', '127.0.0.1'), {
            method: 'POST',
            headers: {
              'content-type': 'application/json',
              authorization: `Bearer ${ADMIN_KEY}`,
            },
            body: JSON.stringify({ query: print(AssumptionSetsDocument) }),
          });
          const all = ok((await res.json()) as GqlResponse<AssumptionSetsQuery>).assumptionSets;
          const global = all.filter((s) => s.institution === null);
          expect(global.map((s) => [s.name, s.kind, s.isDefault])).toEqual([
            [defaultAssumptionSet.name, 'GLOBAL', true],
            [IHE, 'GLOBAL', false],
          ]);
          // The default now holds exactly what a fresh database gets, evidence and sources included.
          const realisation = global[0].assumptions.find((a) => a.parameter === 'INTENT_REALISATION')!;
          const fresh = defaultAssumptionSet.assumptions.find((a) => a.parameter === 'INTENT_REALISATION')!;
          expect(realisation).toMatchObject({
            low: 0,
            mode: 0.5,
            high: 0.75,
            distribution: 'PERT',
            rationale: fresh.rationale,
            hasNoEvidence: false,
          });
          expect(realisation.evidence.map((e) => e.key).sort()).toEqual([...fresh.evidenceKeys].sort());
          expect(realisation.evidence.find((e) => e.key === 'intenders_who_act')?.source.title).toBe(
            'The Intention–Behavior Gap',
          );
          expect(global[1].assumptions.map((a) => [a.parameter, a.mode, a.low, a.high])).toEqual(
            insideHigherEdAssumptionSet.assumptions.map((a) => [a.parameter, a.mode, a.low, a.high]),
          );
          expect(
            global[1].assumptions
              .find((a) => a.parameter === 'NON_CREDIT_EFFECT_SHARE')!
              .evidence.map((e) => e.key)
              .sort(),
          ).toEqual(IHE_STATISTICS);

          const em = server.orm.em.fork();
          // The change bumps the default's version, so an edit made against the old values fails.
          expect(await storedRealisation(em, { isDefault: true })).toMatchObject({ version: 2, low: 0 });
          expect(await em.count(EvidenceSource, { key: { $in: LITERATURE } })).toBe(2);
          // The institution's copy is its own: still the old prior, with its old links.
          const old = supersededDefaultAssumptions[0];
          expect(await storedRealisation(em, { name: 'Oldtown copy' })).toEqual({
            version: 1,
            low: old.low,
            mode: old.mode,
            high: old.high,
            distribution: old.distribution,
            rationale: old.rationale,
            evidence: [...old.evidenceKeys].sort(),
          });

          // A second start changes nothing.
          const counts = async () => ({
            sets: await em.fork().count(AssumptionSet, {}),
            assumptions: await em.fork().count(Assumption, {}),
            sources: await em.fork().count(EvidenceSource, {}),
            statistics: await em.fork().count(EvidenceStatistic, {}),
          });
          const before = await counts();
          expect(before).toMatchObject({
            sources: evidenceSources.length,
            sets: 3,
          });
          expect(await seedBase(server.orm.em.fork())).toEqual({
            created: false,
          });
          expect(await counts()).toEqual(before);
          expect(await storedRealisation(em.fork(), { isDefault: true })).toMatchObject({ version: 2 });
        } finally {
          await server.close();
        }
      } finally {
        await db.drop();
      }
    });

    it('keeps a default prior the platform admin has changed, and still adds the evidence and the set', async () => {
      const db = await createTestDatabase(target);
      try {
        const orm = await openOrm(db.config);
        try {
          await migrate(orm);
          await seedTheOldWay(orm.em.fork());
          const em = orm.em.fork();
          const set = await em.findOneOrFail(AssumptionSet, { isDefault: true }, { populate: ['assumptions'] });
          const a = set.assumptions.getItems().find((x) => x.parameter === 'INTENT_REALISATION')!;
          Object.assign(a, {
            low: 0.3,
            mode: 0.5,
            high: 0.7,
            rationale: "The platform's own view.",
          });
          await em.flush();
          const edited = await storedRealisation(orm.em.fork(), {
            isDefault: true,
          });

          expect(await seedBase(orm.em.fork())).toEqual({ created: true });
          expect(await storedRealisation(orm.em.fork(), { isDefault: true })).toEqual(edited);
          expect(await orm.em.fork().count(EvidenceSource, { key: { $in: LITERATURE } })).toBe(2);
          expect(
            await orm.em.fork().count(AssumptionSet, {
              name: IHE,
              kind: AssumptionSetKind.GLOBAL,
              isDefault: false,
            }),
          ).toBe(1);
        } finally {
          await orm.close(true);
        }
      } finally {
        await db.drop();
      }
    });
  });
});
