/**
 * The evidence registry and assumption sets over HTTP, model v2: the Coursera 2025 source with its methodology and
 * every figure of the seed article; the intention–behaviour literature; the external enrollment benchmarks behind
 * the sceptical default; the default set with exactly the model's six parameters (the three effects NORMAL with half
 * of their mass at exactly zero) and its evidence links; the survey's readings "as stated" as further global sets,
 * converted from model v1's readings; copying a set with overrides (zeroMass included); updateAssumption with
 * versions and access; bad input (model v1 parameters, a zeroMass out of place) rejected with nothing written; and
 * an existing database from before model v2, migrated and brought up to date on start.
 */
import type { MikroORM } from '@mikro-orm/core';
import { print } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createTestDatabase, testTargets, type TargetName, type TestDatabase } from '../support/databases';
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
  seedArticleAssumptionSet,
  v1DefaultSetName,
  v1InsideHigherEdReading,
  v1SeedArticleReading,
  v1Specs,
  v1SupersededRealisation,
  offerHoursScaleSeed,
  diversionShareSeed,
  relevanceFloorSeed,
} from '../../seeds/assumptions';
import { evidenceSources } from '../../seeds/evidence';
import type { AssumptionSetSeed, V1AssumptionSeed } from '../../seeds/types';
import { DEFAULT_LIMITS } from '../../src/app/limits';
import { DEFAULT_RATE_LIMIT } from '../../src/app/rate-limit';
import { startServer, type RunningServer } from '../../src/app/server';
import type { AppConfig } from '../../src/config';
import { createLogger } from '../../src/core/logger';
import { toGlobalId } from '../../src/core/global-id';
import { migrate, openOrm } from '../../src/db/orm';
import { seedBase } from '../../src/db/seed';
import { EFFECT_PARAMETERS, PARAMETERS, quantile, uplift, V1_PARAMETERS, type ParameterValues } from '../../src/model';
import {
  conversionRationale,
  convertV1Specs,
  convertV1Vector,
  type V1Values,
  type V2_0Values,
} from '../../src/model/v1';
import { AssumptionSet } from '../../src/modules/assumption/assumption-set.entity';
import { Assumption } from '../../src/modules/assumption/assumption.entity';
import { decodeSample, empiricalSpec } from '../../src/modules/calibration/calibration.rules';
import { AssumptionSetKind } from '../../src/modules/common/enums';
import { EvidenceSource } from '../../src/modules/evidence/evidence-source.entity';
import { EvidenceStatistic } from '../../src/modules/evidence/evidence-statistic.entity';

type Source = EvidenceSourcesQuery['evidenceSources'][number];
type Statistic = Source['statistics'][number];
type ASet = AssumptionSetsQuery['assumptionSets'][number];
type ApiAssumption = ASet['assumptions'][number];

const dbId = (globalId: string): number => Number(Buffer.from(globalId, 'base64url').toString('utf8').split(':')[1]);

/** A seed set as the API gives it: parameter, low, mode, high, distribution, zeroMass, in the model's order. */
const valuesOf = (set: AssumptionSetSeed) =>
  set.assumptions.map((a) => [a.parameter, a.low, a.mode, a.high, a.distribution, a.zeroMass ?? 0]);
const apiValuesOf = (
  assumptions: readonly Pick<ApiAssumption, 'parameter' | 'low' | 'mode' | 'high' | 'distribution' | 'zeroMass'>[],
) => assumptions.map((a) => [a.parameter, a.low, a.mode, a.high, a.distribution, a.zeroMass]);
const evidenceKeys = (a: { evidence: readonly { key: string }[] }): string[] => a.evidence.map((e) => e.key).sort();

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
/** Added by model v2: the external benchmarks of the sceptical prior. */
const BENCHMARK_SOURCES = [
  'thec_tennessee_promise_enrollment_2015',
  'dynarski_deming_grant_aid',
  'webb_sheeran_2006_changing_intentions',
  'castleman_page_2014_summer_melt',
  'murphy_et_al_2005_hypothetical_bias',
  'stackable_credentials_returns',
];
const BENCHMARK_STATISTICS = evidenceSources
  .filter((s) => BENCHMARK_SOURCES.includes(s.key))
  .flatMap((s) => s.statistics.map((st) => st.key));
const DEFAULT = defaultAssumptionSet.name;
const AS_STATED = seedArticleAssumptionSet.name;
const IHE = insideHigherEdAssumptionSet.name;
const SHARED_PARAMETERS = ['NON_CREDIT_EFFECT_SHARE', 'ELECTIVE_TAKE_UP', 'AWARENESS_RAMP_YEARS'];

/** One stored set, straight from the database: its version and each assumption with its evidence keys. */
async function storedSet(orm: MikroORM, id: number) {
  const em = orm.em.fork();
  const set = await em.findOneOrFail(AssumptionSet, { id }, { populate: ['assumptions', 'assumptions.evidence'] });
  return {
    name: set.name,
    kind: set.kind,
    isDefault: set.isDefault,
    version: set.version,
    assumptions: Object.fromEntries(
      set.assumptions.getItems().map((a) => [
        a.parameter as string,
        {
          low: a.low,
          mode: a.mode,
          high: a.high,
          distribution: a.distribution,
          zeroMass: a.zeroMass,
          rationale: a.rationale ?? null,
          evidence: a.evidence
            .getItems()
            .map((s) => s.key)
            .sort(),
        },
      ]),
    ),
  };
}

// ---------------------------------------------------------------------------------------------------------------
// A database from before model v2, written with plain SQL against the schema of Migration20261201140000, so the
// test does not depend on today's entities.

/** A row of a v1 set: any parameter model v1 had. */
interface V1Row {
  parameter: string;
  low: number;
  mode: number;
  high: number;
  distribution: string;
  rationale: string;
  evidenceKeys: readonly string[];
}

/** A deterministic v1 joint sample: 40 vectors in model v1's order, five with no realisation at all. */
const V1_ORDER = [...V1_PARAMETERS, 'NON_CREDIT_EFFECT_SHARE', 'ELECTIVE_TAKE_UP', 'AWARENESS_RAMP_YEARS'] as const;
const V1_SAMPLE: number[][] = Array.from({ length: 40 }, (_, k) => {
  const u = (m: number): number => ((k * m) % 40) / 39;
  return [
    1.1 + 0.9 * u(11), // ENGAGEMENT_RATIO
    1.2 + 1.2 * u(7), // ENROLLMENT_RATIO
    k % 8 === 0 ? 0 : 0.05 + 0.7 * u(13), // INTENT_REALISATION
    u(17), // RETENTION_PASS_THROUGH
    0.25 + 0.5 * u(19), // NON_CREDIT_EFFECT_SHARE
    0.1 + 0.5 * u(23), // ELECTIVE_TAKE_UP
    1 + 2 * u(29), // AWARENESS_RAMP_YEARS
  ];
});
const v1Vector = (r: readonly number[]): V1Values =>
  Object.fromEntries(V1_ORDER.map((p, j) => [p, r[j]])) as unknown as V1Values;
const CONVERTED_SAMPLE: V2_0Values[] = V1_SAMPLE.map((r) => convertV1Vector(v1Vector(r)));

/** The CALIBRATED set as model v1's calibration wrote it: every parameter EMPIRICAL, summarising the sample. */
const V1_CALIBRATED_ROWS: V1Row[] = V1_ORDER.map((p, j) => {
  const values = V1_SAMPLE.map((r) => r[j]);
  return {
    parameter: p,
    low: Math.min(...values),
    mode: quantile(values, 0.5),
    high: Math.max(...values),
    distribution: 'EMPIRICAL',
    rationale: `Posterior of the calibration "Oldtown pilots" for ${p}, drawn jointly with the other parameters.`,
    evidenceKeys: v1SeedArticleReading.find((a) => a.parameter === p)!.evidenceKeys,
  };
});

const rowsOf = (reading: readonly V1AssumptionSeed[]): V1Row[] => reading.map((a) => ({ ...a }));

/** The institution's copy of the v1 default, with a local ENROLLMENT_RATIO (which dropped its evidence). */
const OLDTOWN_COPY: V1Row[] = rowsOf(v1SeedArticleReading).map((a) =>
  a.parameter === 'ENROLLMENT_RATIO'
    ? {
        ...a,
        low: 1.2,
        mode: 1.5,
        high: 1.8,
        distribution: 'TRIANGULAR',
        rationale: 'Our 2023 pilot showed a smaller effect.',
        evidenceKeys: [],
      }
    : a,
);

interface V1Database {
  defaultId: number;
  iheId: number | null;
  institutionId: number | null;
  copyId: number | null;
  calibratedId: number | null;
  calibrationId: number | null;
}

/**
 * Migrates a fresh database up to Migration20261201140000 (the last before model v2) and writes what a v1
 * deployment held: the evidence (without the benchmarks; before issue 9 also without the literature and Inside
 * Higher Ed's statistics), the v1 default, the Inside Higher Ed reading (from issue 9), and an institution with a
 * CUSTOM copy and a CALIBRATED set with its calibration.
 */
async function writeV1Database(
  target: TargetName,
  orm: MikroORM,
  opts: { defaultRows?: readonly V1Row[]; beforeIssue9?: boolean; institution?: boolean } = {},
): Promise<V1Database> {
  await orm.getMigrator().up({ to: 'Migration20261201140000' });
  const conn = orm.em.getConnection();
  const exec = async (sql: string, params: unknown[] = []): Promise<Record<string, unknown>[]> =>
    (await conn.execute(sql, params, 'all')) as Record<string, unknown>[];
  const insert = async (table: string, row: Record<string, unknown>): Promise<number> => {
    const columns = Object.keys(row);
    const [{ id }] = await exec(
      `insert into "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) values (${columns.map(() => '?').join(', ')}) returning "id"`,
      Object.values(row),
    );
    return Number(id);
  };
  // What MikroORM writes: integer milliseconds on SQLite, timestamptz on PostgreSQL; booleans as 0/1 on SQLite.
  const now = target === 'sqlite' ? Date.now() : new Date().toISOString();
  const bool = (b: boolean): unknown => (target === 'sqlite' ? (b ? 1 : 0) : b);
  const stamps = { created_at: now, updated_at: now };

  const statIds = new Map<string, number>();
  for (const s of evidenceSources) {
    if (BENCHMARK_SOURCES.includes(s.key) || (opts.beforeIssue9 && LITERATURE.includes(s.key))) continue;
    const sourceId = await insert('evidence_source', {
      ...stamps,
      key: s.key,
      title: s.title,
      publisher: s.publisher,
      year: s.year,
      url: s.url ?? null,
      methodology: s.methodology,
      notes: s.notes ?? null,
    });
    for (const st of s.statistics) {
      if (opts.beforeIssue9 && IHE_STATISTICS.includes(st.key)) continue;
      statIds.set(
        st.key,
        await insert('evidence_statistic', {
          ...stamps,
          source_id: sourceId,
          key: st.key,
          description: st.description,
          population: st.population,
          kind: st.kind,
          value: st.value,
          comparison_value: st.comparisonValue ?? null,
          comparison_year: st.comparisonYear ?? null,
          note: st.note ?? null,
          quote: st.quote,
        }),
      );
    }
  }

  const insertSet = async (
    set: { name: string; description: string | null; institutionId: number | null; kind: string; isDefault: boolean },
    rows: readonly V1Row[],
  ): Promise<number> => {
    const setId = await insert('assumption_set', {
      ...stamps,
      version: 1,
      name: set.name,
      description: set.description,
      institution_id: set.institutionId,
      conversion: 'ODDS',
      is_default: bool(set.isDefault),
      kind: set.kind,
    });
    for (const a of rows) {
      const assumptionId = await insert('assumption', {
        ...stamps,
        assumption_set_id: setId,
        parameter: a.parameter,
        low: a.low,
        mode: a.mode,
        high: a.high,
        distribution: a.distribution,
        rationale: a.rationale,
      });
      // A statistic the database did not have yet was not linked.
      for (const key of a.evidenceKeys.filter((k) => statIds.has(k))) {
        await exec('insert into "assumption_evidence" ("assumption_id", "evidence_statistic_id") values (?, ?)', [
          assumptionId,
          statIds.get(key),
        ]);
      }
    }
    return setId;
  };

  const defaultRows =
    opts.defaultRows ??
    rowsOf(
      opts.beforeIssue9
        ? v1SeedArticleReading.map((a) =>
            a.parameter === 'INTENT_REALISATION'
              ? { ...v1SupersededRealisation, rationale: 'Before issue 9.', evidenceKeys: a.evidenceKeys }
              : a,
          )
        : v1SeedArticleReading,
    );
  const defaultId = await insertSet(
    {
      name: v1DefaultSetName,
      description: "Coursera's Micro-Credentials Impact Report 2025 as the seed article reads it.",
      institutionId: null,
      kind: 'GLOBAL',
      isDefault: true,
    },
    defaultRows,
  );
  const iheId = opts.beforeIssue9
    ? null
    : await insertSet(
        {
          name: IHE,
          description: 'The Micro-Credentials Impact Report 2025 as Inside Higher Ed reads it.',
          institutionId: null,
          kind: 'GLOBAL',
          isDefault: false,
        },
        rowsOf(v1InsideHigherEdReading),
      );
  if (!opts.institution) {
    return { defaultId, iheId, institutionId: null, copyId: null, calibratedId: null, calibrationId: null };
  }

  const institutionId = await insert('institution', {
    ...stamps,
    version: 1,
    name: 'Oldtown University',
    slug: 'oldtown',
    country: 'US',
    credit_unit: 'US_CREDIT_HOUR',
    ects_per_credit_hour: 2,
    max_embedded_credit_share: 0.25,
    currency: 'USD',
  });
  const copyId = await insertSet(
    { name: 'Oldtown copy', description: null, institutionId, kind: 'CUSTOM', isDefault: false },
    OLDTOWN_COPY,
  );
  const calibratedId = await insertSet(
    {
      name: 'Oldtown pilots',
      description: 'Learnt from your own results by the calibration "Oldtown pilots".',
      institutionId,
      kind: 'CALIBRATED',
      isDefault: false,
    },
    V1_CALIBRATED_ROWS,
  );
  const calibrationId = await insert('calibration', {
    ...stamps,
    institution_id: institutionId,
    name: 'Oldtown pilots',
    status: 'OK',
    prior_assumption_set_id: defaultId,
    assumption_set_id: calibratedId,
    draws: 1000,
    seed: 1,
    model_version: 2,
    effective_sample_size: 512.5,
    pareto_k: 0.4,
    observation_count: 64,
    observation_hash: 'a'.repeat(64),
    program_year_count: 16,
    program_count: 2,
    estimates: '[]',
    parameters: '[]',
    derived: '[]',
    warnings: '[]',
    excluded_programs: '[]',
    diagnostics: JSON.stringify({ stages: 3, acceptanceRate: 0.4, distinct: 900, priorParetoK: 0.9, priorEss: 60 }),
    sample: JSON.stringify(V1_SAMPLE),
  });
  return { defaultId, iheId, institutionId, copyId, calibratedId, calibrationId };
}

const serverConfig = (database: AppConfig['database']): AppConfig => ({
  port: 0,
  database,
  adminKey: ADMIN_KEY,
  demo: false,
  production: false,
  logLevel: 'silent',
  introspection: 'key',
  limits: DEFAULT_LIMITS,
  rateLimit: { ...DEFAULT_RATE_LIMIT, enabled: false, redisUrl: null },
});

/** GraphQL over HTTP against a server started here. */
async function gqlOn<T>(
  server: RunningServer,
  query: string | Parameters<typeof print>[0],
  variables: Record<string, unknown> = {},
  key: string = ADMIN_KEY,
): Promise<GqlResponse<T>> {
  const res = await fetch(server.url.replace('localhost', '127.0.0.1'), {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
    body: JSON.stringify({ query: typeof query === 'string' ? query : print(query), variables }),
  });
  return { status: res.status, ...((await res.json()) as Omit<GqlResponse<T>, 'status'>) };
}

/** Every row of the assumption tables and the evidence counts: what a second start must leave as it is. */
async function snapshot(orm: MikroORM) {
  const em = orm.em.fork();
  const sets = await em.find(
    AssumptionSet,
    {},
    { populate: ['assumptions', 'assumptions.evidence'], orderBy: { id: 'ASC' } },
  );
  return {
    sources: await em.count(EvidenceSource, {}),
    statistics: await em.count(EvidenceStatistic, {}),
    assumptions: await em.count(Assumption, {}),
    sets: sets.map((s) => ({
      id: s.id,
      name: s.name,
      description: s.description,
      version: s.version,
      assumptions: s.assumptions
        .getItems()
        .map((a) => ({
          parameter: a.parameter,
          values: [a.low, a.mode, a.high, a.distribution, a.zeroMass],
          rationale: a.rationale,
          evidence: a.evidence
            .getItems()
            .map((e) => e.key)
            .sort(),
        }))
        .sort((a, b) => a.parameter.localeCompare(b.parameter)),
    })),
  };
}

describe.each(testTargets())('evidence and assumptions on %s', (target) => {
  let t: TestServer;
  let otherPlanner: string;

  const sets = async (key = t.keys.planner): Promise<ASet[]> =>
    ok(await t.typed(AssumptionSetsDocument, {}, key)).assumptionSets;
  const defaultSet = async (key = t.keys.planner): Promise<ASet> => {
    const d = (await sets(key)).filter((s) => s.isDefault);
    expect(d).toHaveLength(1);
    return d[0];
  };
  const globalSet = async (name: string, key = t.keys.viewer): Promise<ASet> => {
    const found = (await sets(key)).filter((s) => s.name === name && s.institution === null);
    expect(found).toHaveLength(1);
    return found[0];
  };
  const counts = async () => {
    const em = t.server.orm.em.fork();
    return { sets: await em.count(AssumptionSet, {}), assumptions: await em.count(Assumption, {}) };
  };
  /** Stored values of one set, straight from the database. */
  const stored = async (setId: string) => {
    const { version, assumptions } = await storedSet(t.server.orm, dbId(setId));
    return { version, assumptions };
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
      // The sceptical default links the survey's 2.4 as the claim it is sceptical of.
      const enrollment = (await defaultSet()).assumptions.find((a) => a.parameter === 'ENROLLMENT_EFFECT')!;
      const linked = enrollment.evidence.find((e) => e.key === 'students_enrollment_ratio')!;
      expect(linked.source).toEqual({ id: source.id, title: source.title });
    });
  });

  describe('the external benchmarks', () => {
    it('lists each benchmark source with its methodology and statistics, as seeded', async () => {
      const all = ok(await t.typed(EvidenceSourcesDocument, {}, t.keys.viewer)).evidenceSources;
      expect(all).toHaveLength(evidenceSources.length);
      const byKey = Object.fromEntries(all.map((s) => [s.key, s]));
      for (const seed of evidenceSources.filter((s) => BENCHMARK_SOURCES.includes(s.key))) {
        const s = byKey[seed.key];
        expect(s).toMatchObject({
          title: seed.title,
          publisher: seed.publisher,
          year: seed.year,
          url: seed.url ?? null,
          methodology: seed.methodology,
          notes: seed.notes ?? null,
        });
        expect(s.statistics.map((x) => [x.key, x.kind, x.value, x.population, x.note, x.quote])).toEqual(
          seed.statistics.map((x) => [x.key, x.kind, x.value, x.population, x.note ?? null, x.quote]),
        );
      }
      expect(BENCHMARK_STATISTICS).toHaveLength(6);
    });

    it("gives Tennessee Promise's +10.1% as a ratio of counts of college entrants, and the other scales", async () => {
      const all = ok(await t.typed(EvidenceSourcesDocument, {}, t.keys.viewer)).evidenceSources;
      const stats = Object.fromEntries(all.flatMap((s) => s.statistics.map((x) => [x.key, { ...x, source: s }])));
      const tn = stats.tennessee_promise_freshman_increase;
      expect(tn).toMatchObject({ kind: 'RATIO', value: 1.101, population: 'COLLEGE_ENTRANTS' });
      expect(tn.note).toMatch(/not a likelihood ratio/);
      expect(tn.source).toMatchObject({ year: 2015, publisher: 'Tennessee Higher Education Commission' });
      expect(stats.grant_aid_attendance_per_1000).toMatchObject({ kind: 'SHARE', value: 0.035 });
      expect(stats.summer_melt_share).toMatchObject({ kind: 'SHARE', value: 0.1, population: 'COLLEGE_ENTRANTS' });
      expect(stats.hypothetical_bias_median_ratio).toMatchObject({ kind: 'RATIO', value: 1.35 });
      expect(stats.induced_intention_behaviour_pass_through).toMatchObject({ kind: 'SHARE', value: 0.55 });
      expect(stats.stackable_credentials_employment_gain).toMatchObject({
        kind: 'SHARE',
        value: 0.04,
        population: 'CREDENTIAL_HOLDERS',
      });
      // node() resolves a benchmark statistic with its source.
      const n = ok(await t.gql<StatisticNode>(STATISTIC_NODE, { id: tn.id }, t.keys.viewer)).node;
      expect(n).toEqual({
        __typename: 'EvidenceStatistic',
        key: 'tennessee_promise_freshman_increase',
        value: 1.101,
        source: { id: tn.source.id, title: 'Promise provides enrollment boost', year: 2015 },
      });
    });
  });

  describe('the default assumption set', () => {
    it("is the sceptical one: exactly the model's six parameters, in the model's order, with ODDS conversion", async () => {
      const d = await defaultSet(t.keys.viewer);
      expect(d).toMatchObject({
        name: DEFAULT,
        description: defaultAssumptionSet.description,
        isDefault: true,
        kind: 'GLOBAL',
        institution: null,
        conversion: 'ODDS',
        version: 1,
      });
      expect(d.assumptions.map((a) => a.parameter)).toEqual([...PARAMETERS]);
      expect(apiValuesOf(d.assumptions)).toEqual(valuesOf(defaultAssumptionSet));
      const by = Object.fromEntries(d.assumptions.map((a) => [a.parameter, a]));
      // Each effect: exactly zero with probability one half, else NORMAL around a small effect, harm possible.
      for (const [p, mean, sd] of [
        ['ENROLLMENT_EFFECT', Math.log(1.05), 0.1],
        ['ENGAGEMENT_EFFECT', Math.log(1.1), 0.1],
        ['RETENTION_EFFECT', Math.log(1.05), 0.08],
      ] as const) {
        expect(by[p]).toMatchObject({ distribution: 'NORMAL', zeroMass: 0.5 });
        expect(by[p].mode).toBeCloseTo(mean, 12);
        expect(by[p].low).toBeCloseTo(mean - 3 * sd, 12);
        expect(by[p].high).toBeCloseTo(mean + 3 * sd, 12);
      }
      for (const p of SHARED_PARAMETERS) expect(by[p]).toMatchObject({ distribution: 'PERT', zeroMass: 0 });
      for (const a of d.assumptions) {
        expect(a.low).toBeLessThanOrEqual(a.mode);
        expect(a.mode).toBeLessThanOrEqual(a.high);
        expect(a.rationale).toBe(defaultAssumptionSet.assumptions.find((x) => x.parameter === a.parameter)!.rationale);
        expect(a.rationale?.length ?? 0).toBeGreaterThan(40);
      }
      // The platform admin and another institution see the same default set.
      expect((await defaultSet(ADMIN_KEY)).id).toBe(d.id);
      expect((await defaultSet(otherPlanner)).id).toBe(d.id);
      // Stored as served, zero mass included.
      const db = await stored(d.id);
      expect(db.version).toBe(1);
      expect(db.assumptions.ENROLLMENT_EFFECT).toMatchObject({ distribution: 'NORMAL', zeroMass: 0.5 });
      expect(Object.keys(db.assumptions).sort()).toEqual([...PARAMETERS].sort());
    });

    it('links each assumption to its evidence or says it has none; the effects rest on the benchmarks', async () => {
      const d = await defaultSet();
      for (const a of d.assumptions) {
        expect(a.hasNoEvidence).toBe(a.evidence.length === 0);
        if (a.hasNoEvidence) expect(a.rationale).toMatch(/no direct evidence/i);
        const seed = defaultAssumptionSet.assumptions.find((x) => x.parameter === a.parameter)!;
        expect(evidenceKeys(a)).toEqual([...seed.evidenceKeys].sort());
      }
      const by = Object.fromEntries(d.assumptions.map((a) => [a.parameter, a]));
      expect(by.AWARENESS_RAMP_YEARS.hasNoEvidence).toBe(true);
      expect(by.AWARENESS_RAMP_YEARS.evidence).toEqual([]);
      // Every benchmark backs at least one of the effects.
      const effectEvidence = new Map(EFFECT_PARAMETERS.flatMap((p) => by[p].evidence.map((e) => [e.key, e] as const)));
      for (const key of BENCHMARK_STATISTICS)
        expect({ key, linked: effectEvidence.has(key) }).toEqual({ key, linked: true });
      expect(effectEvidence.get('tennessee_promise_freshman_increase')).toMatchObject({
        value: 1.101,
        kind: 'RATIO',
        source: { title: 'Promise provides enrollment boost' },
      });
      expect(by.ENROLLMENT_EFFECT.evidence.map((e) => e.key)).toEqual(
        expect.arrayContaining([
          'tennessee_promise_freshman_increase',
          'grant_aid_attendance_per_1000',
          'summer_melt_share',
          'hypothetical_bias_median_ratio',
          'induced_intention_behaviour_pass_through',
        ]),
      );
      expect(by.RETENTION_EFFECT.evidence.find((e) => e.key === 'stackable_credentials_employment_gain')).toMatchObject(
        { value: 0.04, kind: 'SHARE' },
      );
      // The stated ratios are linked as the claims the prior is sceptical of.
      expect(by.ENGAGEMENT_EFFECT.evidence.find((e) => e.key === 'students_engagement_ratio')).toMatchObject({
        value: 2,
        kind: 'RATIO',
        source: { title: 'Micro-Credentials Impact Report 2025' },
      });
      expect(by.ENROLLMENT_EFFECT.evidence.find((e) => e.key === 'students_enrollment_ratio')).toMatchObject({
        value: 2.4,
        kind: 'RATIO',
        source: { title: 'Micro-Credentials Impact Report 2025' },
      });
    });
  });

  describe('the intention–behaviour evidence', () => {
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

    it('backs the effects of the reading as stated (the realisation share) and the sceptical engagement effect', async () => {
      const asStated = Object.fromEntries((await globalSet(AS_STATED)).assumptions.map((a) => [a.parameter, a]));
      for (const p of EFFECT_PARAMETERS) {
        const linked = Object.fromEntries(asStated[p].evidence.map((e) => [e.key, e]));
        expect(linked.intenders_who_act).toMatchObject({
          value: 0.5,
          kind: 'SHARE',
          source: { title: 'The Intention–Behavior Gap' },
        });
        expect(linked.intentions_behaviour_variance_explained).toMatchObject({
          value: 0.28,
          source: { title: 'Intention–behavior relations: a conceptual and empirical review' },
        });
        // The derivation names the realisation share and its reasons.
        expect(asStated[p].rationale).toMatch(/INTENT_REALISATION/);
        expect(asStated[p].rationale).toMatch(/Sheeran 2002; Sheeran & Webb 2016/);
        expect(asStated[p].rationale).toMatch(/cannot exclude/);
      }
      const d = Object.fromEntries((await defaultSet()).assumptions.map((a) => [a.parameter, a]));
      expect(d.ENGAGEMENT_EFFECT.evidence.find((e) => e.key === 'intenders_who_act')?.source.title).toBe(
        'The Intention–Behavior Gap',
      );
    });
  });

  describe('the readings as stated', () => {
    it('are GLOBAL sets, not the default, seen by every institution and the platform admin', async () => {
      for (const key of [t.keys.viewer, otherPlanner, ADMIN_KEY]) {
        const global = (await sets(key)).filter((s) => s.institution === null);
        expect(global.map((s) => [s.name, s.kind, s.isDefault])).toEqual([
          [DEFAULT, 'GLOBAL', true],
          [AS_STATED, 'GLOBAL', false],
          [IHE, 'GLOBAL', false],
        ]);
      }
      expect(await t.server.orm.em.fork().count(AssumptionSet, { kind: AssumptionSetKind.GLOBAL })).toBe(3);
    });

    it.each([
      ['seed article', seedArticleAssumptionSet, v1SeedArticleReading],
      ['Inside Higher Ed', insideHigherEdAssumptionSet, v1InsideHigherEdReading],
    ] as const)(
      "serves the %s reading: effects converted from model v1's reading, no point mass at zero",
      async (_name, seed, reading) => {
        const set = await globalSet(seed.name);
        expect(set).toMatchObject({ description: seed.description, conversion: 'ODDS', version: 1 });
        expect(apiValuesOf(set.assumptions)).toEqual(valuesOf(seed));
        const specs = v1Specs(reading);
        const converted = convertV1Specs(specs);
        expect(apiValuesOf(set.assumptions.filter((a) => EFFECT_PARAMETERS.includes(a.parameter as never)))).toEqual(
          converted.map((c) => [c.parameter, c.low, c.mode, c.high, c.distribution, 0]),
        );
        for (const c of converted) {
          const a = set.assumptions.find((x) => x.parameter === c.parameter)!;
          expect(a.rationale).toContain(conversionRationale(c, specs));
          // The evidence of every input it was computed from.
          const inputs = c.from.map((p) => reading.find((r) => r.parameter === p)!);
          expect(evidenceKeys(a)).toEqual([...new Set(inputs.flatMap((r) => r.evidenceKeys))].sort());
        }
        for (const a of set.assumptions) {
          const s = seed.assumptions.find((x) => x.parameter === a.parameter)!;
          expect([a.rationale, evidenceKeys(a)]).toEqual([s.rationale, [...s.evidenceKeys].sort()]);
        }
      },
    );

    it("reads 2.4× as enrollment with credit and 2.0× without under Inside Higher Ed's reading", async () => {
      const set = await globalSet(IHE);
      const by = Object.fromEntries(set.assumptions.map((a) => [a.parameter, a]));
      // ln(1 + 0.5 × (2.4 − 1)) at the modes, as in the seed article's reading.
      expect(by.ENROLLMENT_EFFECT.mode).toBeCloseTo(Math.log(1.7), 12);
      expect(by.ENROLLMENT_EFFECT.evidence.map((e) => e.key)).toContain('students_enrollment_ratio_credit_bearing_ihe');
      expect(by.NON_CREDIT_EFFECT_SHARE.mode).toBeCloseTo((2.0 - 1) / (2.4 - 1), 12);
      expect(by.NON_CREDIT_EFFECT_SHARE.evidence.map((e) => [e.key, e.value, e.kind]).sort()).toEqual([
        ['students_enrollment_ratio_any_credential_ihe', 2, 'RATIO'],
        ['students_enrollment_ratio_credit_bearing_ihe', 2.4, 'RATIO'],
      ]);
      // No engagement ratio from the report under this reading: the effect rests on the realisation share only.
      expect(by.ENGAGEMENT_EFFECT.mode).toBeCloseTo(Math.log(1.25), 12);
      expect(by.ENGAGEMENT_EFFECT.rationale).toMatch(/no direct evidence under this reading/i);
      expect(by.ENGAGEMENT_EFFECT.evidence.map((e) => e.key)).not.toContain('leaders_engagement_and_satisfaction');
      // The rest is the default's, evidence included.
      const d = Object.fromEntries((await defaultSet()).assumptions.map((a) => [a.parameter, a]));
      for (const p of ['ELECTIVE_TAKE_UP', 'AWARENESS_RAMP_YEARS']) expect(by[p]).toEqual(d[p]);
    });

    it('is copied like any global set (kind CUSTOM, zero mass too) and is refused to a PLANNER for editing', async () => {
      for (const name of [IHE, DEFAULT]) {
        const set = await globalSet(name, t.keys.planner);
        const c = ok(
          await t.typed(
            CreateAssumptionSetDocument,
            { input: { name: `Our copy of ${name}`, fromId: set.id } },
            t.keys.planner,
          ),
        ).createAssumptionSet.assumptionSet;
        const copy = (await sets()).find((s) => s.id === c.id)!;
        expect(copy).toMatchObject({
          kind: 'CUSTOM',
          isDefault: false,
          version: 1,
          institution: { name: 'Northbridge University' },
        });
        expect(copy.assumptions.map((a) => [...apiValuesOf([a])[0], a.rationale, evidenceKeys(a)])).toEqual(
          set.assumptions.map((a) => [...apiValuesOf([a])[0], a.rationale, evidenceKeys(a)]),
        );
        expect(apiValuesOf(c.assumptions)).toEqual(apiValuesOf(set.assumptions));
        await expectRejected(
          t.typed(
            UpdateAssumptionDocument,
            {
              input: {
                assumptionSetId: set.id,
                expectedVersion: 1,
                override: { parameter: 'ENROLLMENT_EFFECT', low: 0, mode: 0.1, high: 0.2 },
              },
            },
            t.keys.planner,
          ),
          'FORBIDDEN',
          undefined,
        );
      }
    });

    it('projects a what-if: no change at the point estimate for the default, gains for the readings as stated', async () => {
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
      const add = [{ credentialId: data.credentials.nodes[0].id, creditsApplied: 0, requirement: 'ELECTIVE' }];
      const enrollments = async (assumptionSetId: string) => {
        const res = ok(
          await t.gql<{ previewUplift: { rows: { pointEstimate: number; baseline: number; p90: number }[] } }>(
            `query($input: PreviewUpliftInput!) {
               previewUplift(input: $input) {
                 rows(totalsOnly: true, metrics: [NEW_ENROLLMENTS]) { baseline pointEstimate p90 }
               }
             }`,
            { input: { assumptionSetId, horizonYears: 3, draws: 200, changes: [{ programId, add }] } },
            t.keys.planner,
          ),
        );
        const rows = res.previewUplift.rows;
        return {
          point: rows.reduce((sum, r) => sum + r.pointEstimate - r.baseline, 0),
          p90: rows.reduce((sum, r) => sum + r.p90 - r.baseline, 0),
        };
      };
      const byDefault = await enrollments((await defaultSet()).id);
      const bySeedArticle = await enrollments((await globalSet(AS_STATED)).id);
      const byIhe = await enrollments((await globalSet(IHE)).id);
      // No effect is the default's most likely value, so its point estimate is no change; its band allows a gain.
      expect(byDefault.point).toBeCloseTo(0, 9);
      expect(byDefault.p90).toBeGreaterThan(0);
      expect(bySeedArticle.point).toBeGreaterThan(0);
      // A non-credit credential keeps 0.71 of the enrollment effect under Inside Higher Ed's reading, 0.5 otherwise.
      expect(byIhe.point).toBeGreaterThan(bySeedArticle.point);
    });
  });

  describe('createAssumptionSet', () => {
    let copyId: string;

    it('copies the default with overrides: the rest keeps values, zero mass and evidence; overridden values rest on no evidence', async () => {
      const d = await defaultSet();
      const before = await counts();
      const created = ok(
        await t.typed(
          CreateAssumptionSetDocument,
          {
            input: {
              name: 'Cautious Northbridge',
              description: 'A smaller enrollment effect.',
              overrides: [
                {
                  parameter: 'ENROLLMENT_EFFECT',
                  low: -0.05,
                  mode: 0.02,
                  high: 0.1,
                  rationale: 'Our 2023 pilot showed a smaller effect.',
                },
                { parameter: 'ELECTIVE_TAKE_UP', low: 0.05, mode: 0.2, high: 0.4, distribution: 'TRIANGULAR' },
                // The same values, but an effect more likely than not: only the zero mass changes.
                {
                  parameter: 'ENGAGEMENT_EFFECT',
                  low: d.assumptions[1].low,
                  mode: d.assumptions[1].mode,
                  high: d.assumptions[1].high,
                  zeroMass: 0.2,
                },
              ],
            },
          },
          t.keys.planner,
        ),
      ).createAssumptionSet.assumptionSet;
      copyId = created.id;
      expect(created).toMatchObject({ name: 'Cautious Northbridge', conversion: 'ODDS', version: 1 });
      expect(await counts()).toEqual({ sets: before.sets + 1, assumptions: before.assumptions + PARAMETERS.length });

      const copy = (await sets()).find((s) => s.id === copyId)!;
      expect(copy).toMatchObject({
        isDefault: false,
        kind: 'CUSTOM',
        description: 'A smaller enrollment effect.',
        institution: { name: 'Northbridge University' },
      });
      const byDefault = Object.fromEntries(d.assumptions.map((a) => [a.parameter, a]));
      expect(copy.assumptions.map((a) => a.parameter)).toEqual([...PARAMETERS]);
      const overridden = ['ENROLLMENT_EFFECT', 'ELECTIVE_TAKE_UP', 'ENGAGEMENT_EFFECT'];
      for (const a of copy.assumptions) {
        const original = byDefault[a.parameter];
        if (a.parameter === 'ENROLLMENT_EFFECT') {
          // distribution and zero mass not given: kept.
          expect(a).toMatchObject({
            low: -0.05,
            mode: 0.02,
            high: 0.1,
            distribution: 'NORMAL',
            zeroMass: 0.5,
            rationale: 'Our 2023 pilot showed a smaller effect.',
          });
        } else if (a.parameter === 'ELECTIVE_TAKE_UP') {
          expect(a).toMatchObject({ low: 0.05, mode: 0.2, high: 0.4, distribution: 'TRIANGULAR', zeroMass: 0 });
          // Without a rationale of its own, the override says what it replaced and that no evidence backs it.
          expect(a.rationale).toMatch(/0\.1 \/ 0\.3 \/ 0\.6/);
          expect(a.rationale).toMatch(/no evidence/i);
        } else if (a.parameter === 'ENGAGEMENT_EFFECT') {
          expect(a).toMatchObject({
            low: original.low,
            mode: original.mode,
            high: original.high,
            distribution: 'NORMAL',
            zeroMass: 0.2,
          });
          expect(a.rationale).toMatch(/zero mass 0\.5/);
          expect(a.rationale).toMatch(/no evidence/i);
        } else {
          expect(apiValuesOf([a])).toEqual(apiValuesOf([original]));
          expect(a.rationale).toBe(original.rationale);
        }
        if (overridden.includes(a.parameter)) {
          // Local values no longer rest on the survey or the benchmarks: the trace says so.
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
      expect(db.assumptions.ENROLLMENT_EFFECT).toMatchObject({
        low: -0.05,
        mode: 0.02,
        high: 0.1,
        zeroMass: 0.5,
        evidence: [],
      });
      expect(db.assumptions.ENGAGEMENT_EFFECT).toMatchObject({ zeroMass: 0.2, evidence: [] });
      expect(db.assumptions.RETENTION_EFFECT).toMatchObject({ distribution: 'NORMAL', zeroMass: 0.5 });
      expect(db.assumptions.RETENTION_EFFECT.evidence).toEqual(evidenceKeys(byDefault.RETENTION_EFFECT));
      expect(db.assumptions.RETENTION_EFFECT.evidence).toContain('stackable_credentials_employment_gain');
      // The default keeps its own links and values.
      expect((await stored(d.id)).assumptions.ENROLLMENT_EFFECT.evidence).toContain('students_enrollment_ratio');
      expect(apiValuesOf((await defaultSet()).assumptions)).toEqual(valuesOf(defaultAssumptionSet));
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
          {
            input: {
              name: 'Capped copy',
              fromId: copyId,
              conversion: 'RISK_CAPPED',
              overrides: [{ parameter: 'RETENTION_EFFECT', low: -0.1, mode: 0, high: 0.1, zeroMass: 1 }],
            },
          },
          t.keys.planner,
        ),
      ).createAssumptionSet.assumptionSet;
      expect(c.conversion).toBe('RISK_CAPPED');
      const by = Object.fromEntries(c.assumptions.map((a) => [a.parameter, a]));
      expect(by.ENROLLMENT_EFFECT).toMatchObject({ low: -0.05, mode: 0.02, high: 0.1, zeroMass: 0.5 });
      expect(by.ENGAGEMENT_EFFECT).toMatchObject({ zeroMass: 0.2 });
      // A zero mass of 1: certainly no effect.
      expect(by.RETENTION_EFFECT).toMatchObject({ low: -0.1, mode: 0, high: 0.1, zeroMass: 1, distribution: 'NORMAL' });
    });

    const bad: Array<[string, AssumptionOverrideInput[], string, RegExp]> = [
      [
        'low above mode',
        [{ parameter: 'ENROLLMENT_EFFECT', low: 0.3, mode: 0.2, high: 0.4 }],
        'input.overrides.0',
        /ENROLLMENT_EFFECT/,
      ],
      [
        'mode above high',
        [{ parameter: 'RETENTION_EFFECT', low: 0, mode: 0.5, high: 0.4 }],
        'input.overrides.0',
        /RETENTION_EFFECT/,
      ],
      [
        'a share above 1',
        [
          { parameter: 'ENROLLMENT_EFFECT', low: 0, mode: 0.1, high: 0.2 },
          { parameter: 'ELECTIVE_TAKE_UP', low: 0.2, mode: 0.5, high: 1.2 },
        ],
        'input.overrides.1',
        /ELECTIVE_TAKE_UP/,
      ],
      [
        'a negative share',
        [{ parameter: 'NON_CREDIT_EFFECT_SHARE', low: -0.1, mode: 0.5, high: 1 }],
        'input.overrides.0',
        /NON_CREDIT_EFFECT_SHARE/,
      ],
      [
        'an effect beyond odds ×e^5',
        [{ parameter: 'ENGAGEMENT_EFFECT', low: 0, mode: 1, high: 6 }],
        'input.overrides.0',
        /ENGAGEMENT_EFFECT/,
      ],
      [
        'an awareness ramp of 0 years',
        [{ parameter: 'AWARENESS_RAMP_YEARS', low: 0, mode: 0, high: 0 }],
        'input.overrides.0',
        /AWARENESS_RAMP_YEARS/,
      ],
      [
        'the same parameter twice',
        [
          { parameter: 'ELECTIVE_TAKE_UP', low: 0.1, mode: 0.2, high: 0.3 },
          { parameter: 'ELECTIVE_TAKE_UP', low: 0.2, mode: 0.3, high: 0.4 },
        ],
        'input.overrides.1.parameter',
        /ELECTIVE_TAKE_UP/,
      ],
      [
        'a zero mass above 1',
        [{ parameter: 'ENROLLMENT_EFFECT', low: 0, mode: 0.1, high: 0.2, zeroMass: 1.5 }],
        'input.overrides.0.zeroMass',
        /zeroMass must be a probability/,
      ],
      [
        'a negative zero mass',
        [
          { parameter: 'ELECTIVE_TAKE_UP', low: 0.1, mode: 0.2, high: 0.3 },
          { parameter: 'RETENTION_EFFECT', low: 0, mode: 0.1, high: 0.2, zeroMass: -0.1 },
        ],
        'input.overrides.1.zeroMass',
        /RETENTION_EFFECT: zeroMass must be a probability/,
      ],
      [
        'a zero mass on AWARENESS_RAMP_YEARS, which cannot be 0',
        [{ parameter: 'AWARENESS_RAMP_YEARS', low: 1, mode: 2, high: 3, zeroMass: 0.2 }],
        'input.overrides.0.zeroMass',
        /AWARENESS_RAMP_YEARS: cannot be exactly 0/,
      ],
      [
        'EMPIRICAL, which only a calibration sets',
        [{ parameter: 'ENROLLMENT_EFFECT', low: 0, mode: 0.1, high: 0.2, distribution: 'EMPIRICAL' }],
        'input.overrides.0.distribution',
        /calibrateAssumptions/,
      ],
      [
        "model v1's ENROLLMENT_RATIO",
        [{ parameter: 'ENROLLMENT_RATIO', low: 1.5, mode: 2, high: 2.4 }],
        'input.overrides.0.parameter',
        /ENROLLMENT_RATIO belongs to model v1.*set ENROLLMENT_EFFECT/,
      ],
      [
        "model v1's ENGAGEMENT_RATIO after a valid override",
        [
          { parameter: 'ELECTIVE_TAKE_UP', low: 0.1, mode: 0.2, high: 0.3 },
          { parameter: 'ENGAGEMENT_RATIO', low: 1.5, mode: 2, high: 2 },
        ],
        'input.overrides.1.parameter',
        /ENGAGEMENT_RATIO belongs to model v1.*set ENGAGEMENT_EFFECT/,
      ],
      [
        "model v1's INTENT_REALISATION",
        [{ parameter: 'INTENT_REALISATION', low: 0.1, mode: 0.2, high: 0.3 }],
        'input.overrides.0.parameter',
        /INTENT_REALISATION belongs to model v1.*ENROLLMENT_EFFECT, ENGAGEMENT_EFFECT, RETENTION_EFFECT/,
      ],
      [
        "model v1's RETENTION_PASS_THROUGH",
        [{ parameter: 'RETENTION_PASS_THROUGH', low: 0, mode: 0.5, high: 1 }],
        'input.overrides.0.parameter',
        /RETENTION_PASS_THROUGH belongs to model v1.*set RETENTION_EFFECT/,
      ],
    ];
    it.each(bad)(
      'rejects %s with BAD_USER_INPUT on the field, writing nothing',
      async (what, overrides, field, message) => {
        const name = `Bad: ${what}`;
        const e = await expectRejected(
          t.typed(CreateAssumptionSetDocument, { input: { name, overrides } }, t.keys.planner),
          'BAD_USER_INPUT',
          field,
        );
        expect(e).toMatch(message);
        expect(await t.server.orm.em.fork().count(AssumptionSet, { name })).toBe(0);
      },
    );

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
                parameter: 'ENROLLMENT_EFFECT',
                low: -0.1,
                mode: 0.05,
                high: 0.2,
                distribution: 'UNIFORM',
                rationale: 'Local view.',
              },
            },
          },
          t.keys.planner,
        ),
      ).updateAssumption.assumptionSet;
      expect(u.version).toBe(2);
      expect(u.assumptions.find((a) => a.parameter === 'ENROLLMENT_EFFECT')).toMatchObject({
        low: -0.1,
        mode: 0.05,
        high: 0.2,
        distribution: 'UNIFORM',
        zeroMass: 0.5,
        rationale: 'Local view.',
      });
      // The others are as in the default.
      const d = defaultAssumptionSet.assumptions.find((a) => a.parameter === 'RETENTION_EFFECT')!;
      expect(u.assumptions.find((a) => a.parameter === 'RETENTION_EFFECT')).toMatchObject({
        low: d.low,
        mode: d.mode,
        high: d.high,
        distribution: 'NORMAL',
        zeroMass: 0.5,
      });
      const db = await stored(setId);
      expect(db.version).toBe(2);
      // The changed parameter no longer rests on the benchmarks; the others keep their links.
      expect(db.assumptions.ENROLLMENT_EFFECT).toEqual({
        low: -0.1,
        mode: 0.05,
        high: 0.2,
        distribution: 'UNIFORM',
        zeroMass: 0.5,
        rationale: 'Local view.',
        evidence: [],
      });
      expect(db.assumptions.RETENTION_EFFECT.evidence).toContain('leaders_2024_support_retention');

      // Restating the same values with a new rationale keeps the evidence.
      const engagement = defaultAssumptionSet.assumptions.find((a) => a.parameter === 'ENGAGEMENT_EFFECT')!;
      const restated = ok(
        await t.typed(
          UpdateAssumptionDocument,
          {
            input: {
              assumptionSetId: setId,
              expectedVersion: 2,
              override: {
                parameter: 'ENGAGEMENT_EFFECT',
                low: engagement.low,
                mode: engagement.mode,
                high: engagement.high,
                zeroMass: 0.5,
                rationale: 'Confirmed locally.',
              },
            },
          },
          t.keys.planner,
        ),
      ).updateAssumption.assumptionSet;
      expect(restated.version).toBe(3);
      expect(restated.assumptions.find((a) => a.parameter === 'ENGAGEMENT_EFFECT')).toMatchObject({
        rationale: 'Confirmed locally.',
        low: engagement.low,
        mode: engagement.mode,
        high: engagement.high,
        zeroMass: 0.5,
      });
      expect((await stored(setId)).assumptions.ENGAGEMENT_EFFECT.evidence).toEqual([...engagement.evidenceKeys].sort());

      // Changing only the zero mass is a change of values: the evidence goes, the rationale says what it was.
      const retention = defaultAssumptionSet.assumptions.find((a) => a.parameter === 'RETENTION_EFFECT')!;
      const noMass = ok(
        await t.typed(
          UpdateAssumptionDocument,
          {
            input: {
              assumptionSetId: setId,
              expectedVersion: 3,
              override: {
                parameter: 'RETENTION_EFFECT',
                low: retention.low,
                mode: retention.mode,
                high: retention.high,
                zeroMass: 0,
              },
            },
          },
          t.keys.planner,
        ),
      ).updateAssumption.assumptionSet;
      expect(noMass.version).toBe(4);
      const r = noMass.assumptions.find((a) => a.parameter === 'RETENTION_EFFECT')!;
      expect(r).toMatchObject({ zeroMass: 0, distribution: 'NORMAL', mode: retention.mode });
      expect(r.rationale).toMatch(/zero mass 0\.5/);
      expect((await stored(setId)).assumptions.RETENTION_EFFECT.evidence).toEqual([]);

      const again = ok(
        await t.typed(
          UpdateAssumptionDocument,
          {
            input: {
              assumptionSetId: setId,
              expectedVersion: 4,
              override: { parameter: 'AWARENESS_RAMP_YEARS', low: 1, mode: 1.5, high: 2 },
            },
          },
          t.keys.planner,
        ),
      ).updateAssumption.assumptionSet;
      expect(again.version).toBe(5);
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

    it('rejects bad values, a misplaced zero mass and model v1 parameters with BAD_USER_INPUT and changes nothing', async () => {
      const before = await stored(setId);
      const cases: Array<[AssumptionOverrideInput, string, RegExp]> = [
        [{ parameter: 'ENROLLMENT_EFFECT', low: 0.25, mode: 0.2, high: 0.3 }, 'input.override', /low ≤ mode ≤ high/],
        [
          { parameter: 'NON_CREDIT_EFFECT_SHARE', low: 0.5, mode: 0.9, high: 1.1 },
          'input.override',
          /NON_CREDIT_EFFECT_SHARE/,
        ],
        [
          { parameter: 'ENGAGEMENT_EFFECT', low: 0, mode: 0.1, high: 0.2, zeroMass: 2 },
          'input.override.zeroMass',
          /zeroMass must be a probability/,
        ],
        [
          { parameter: 'AWARENESS_RAMP_YEARS', low: 1, mode: 2, high: 3, zeroMass: 0.5 },
          'input.override.zeroMass',
          /cannot be exactly 0/,
        ],
        [
          { parameter: 'ENROLLMENT_RATIO', low: 1.7, mode: 2.4, high: 2.4 },
          'input.override.parameter',
          /ENROLLMENT_RATIO belongs to model v1.*set ENROLLMENT_EFFECT/,
        ],
        [
          { parameter: 'INTENT_REALISATION', low: 0.3, mode: 0.4, high: 0.6 },
          'input.override.parameter',
          /INTENT_REALISATION belongs to model v1/,
        ],
      ];
      for (const [override, field, message] of cases) {
        const e = await expectRejected(
          t.typed(UpdateAssumptionDocument, { input: { assumptionSetId: setId, override } }, t.keys.planner),
          'BAD_USER_INPUT',
          field,
        );
        expect(e).toMatch(message);
      }
      expect(await stored(setId)).toEqual(before);
    });

    it('refuses the global sets to a PLANNER with FORBIDDEN, and changes nothing', async () => {
      for (const name of [DEFAULT, AS_STATED]) {
        const set = await globalSet(name, t.keys.planner);
        const before = await stored(set.id);
        await expectRejected(
          t.typed(
            UpdateAssumptionDocument,
            {
              input: {
                assumptionSetId: set.id,
                expectedVersion: set.version,
                override: { parameter: 'ENROLLMENT_EFFECT', low: 0, mode: 0.1, high: 0.2 },
              },
            },
            t.keys.planner,
          ),
          'FORBIDDEN',
          undefined,
        );
        expect(await stored(set.id)).toEqual(before);
      }
      expect(apiValuesOf((await defaultSet()).assumptions)).toEqual(valuesOf(defaultAssumptionSet));
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

    it('lets the platform admin change a global set, under the same versions and rules', async () => {
      const set = await globalSet(IHE, ADMIN_KEY);
      const override = { parameter: 'ELECTIVE_TAKE_UP', low: 0.2, mode: 0.3, high: 0.5 } as const;
      const u = ok(
        await t.typed(
          UpdateAssumptionDocument,
          { input: { assumptionSetId: set.id, expectedVersion: set.version, override } },
          ADMIN_KEY,
        ),
      ).updateAssumption.assumptionSet;
      expect(u.version).toBe(set.version + 1);
      expect(u.assumptions.find((a) => a.parameter === 'ELECTIVE_TAKE_UP')).toMatchObject({ ...override, zeroMass: 0 });
      const e = errorOf(
        await t.typed(
          UpdateAssumptionDocument,
          { input: { assumptionSetId: set.id, expectedVersion: set.version, override } },
          ADMIN_KEY,
        ),
      );
      expect({ code: e.code, field: e.field }).toEqual({ code: 'CONFLICT', field: 'input.expectedVersion' });
      await expectRejected(
        t.typed(
          UpdateAssumptionDocument,
          {
            input: {
              assumptionSetId: set.id,
              override: { parameter: 'ENGAGEMENT_RATIO', low: 1, mode: 1.5, high: 2 },
            },
          },
          ADMIN_KEY,
        ),
        'BAD_USER_INPUT',
        'input.override.parameter',
      );
    });
  });

  describe('an existing database from before model v2', () => {
    describe('with untouched global sets, an institution copy and a calibrated set', () => {
      let db: TestDatabase;
      let v1: V1Database;
      let server: RunningServer;
      let all: ASet[];
      const byId = (id: number | null): ASet => {
        const s = all.find((x) => dbId(x.id) === id);
        if (!s) throw new Error(`no set ${id}`);
        return s;
      };

      beforeAll(async () => {
        db = await createTestDatabase(target);
        const orm = await openOrm(db.config);
        try {
          v1 = await writeV1Database(target, orm, { institution: true });
        } finally {
          await orm.close(true);
        }
        // Start: the remaining migrations (the schema, then the conversion), then the seeds.
        server = await startServer(serverConfig(db.config), { logger: createLogger('silent') });
        all = ok(await gqlOn<AssumptionSetsQuery>(server, AssumptionSetsDocument)).assumptionSets;
      });
      afterAll(async () => {
        await server?.close();
        await db?.drop();
      });

      it('holds no model v1 parameter any more, and every set has the six parameters', async () => {
        const em = server.orm.em.fork();
        expect(await em.count(Assumption, { parameter: { $in: [...V1_PARAMETERS] as never[] } })).toBe(0);
        for (const s of all) expect(s.assumptions.map((a) => a.parameter)).toEqual([...PARAMETERS]);
        expect(all.map((s) => [s.name, s.kind])).toEqual([
          [DEFAULT, 'GLOBAL'],
          [IHE, 'GLOBAL'],
          ['Oldtown copy', 'CUSTOM'],
          ['Oldtown pilots', 'CALIBRATED'],
          // Created on start, so after the sets the database had.
          [AS_STATED, 'GLOBAL'],
        ]);
      });

      it('makes the untouched v1 default the sceptical one, renamed, with its evidence; its version goes up', async () => {
        const d = byId(v1.defaultId);
        expect(d).toMatchObject({
          name: DEFAULT,
          description: defaultAssumptionSet.description,
          isDefault: true,
          kind: 'GLOBAL',
          institution: null,
        });
        expect(apiValuesOf(d.assumptions)).toEqual(valuesOf(defaultAssumptionSet));
        for (const a of d.assumptions) {
          const seed = defaultAssumptionSet.assumptions.find((x) => x.parameter === a.parameter)!;
          expect([a.parameter, a.rationale, evidenceKeys(a)]).toEqual([
            a.parameter,
            seed.rationale,
            [...seed.evidenceKeys].sort(),
          ]);
        }
        // The benchmarks, new in this start, are linked.
        const enrollment = d.assumptions.find((a) => a.parameter === 'ENROLLMENT_EFFECT')!;
        expect(enrollment.evidence.find((e) => e.key === 'tennessee_promise_freshman_increase')?.source.title).toBe(
          'Promise provides enrollment boost',
        );
        // Once for the conversion, once for the size and diversion parameters, once for the relevance floor, once for
        // the sceptical values: an edit based on the v1 values fails.
        expect(d.version).toBe(5);
        const e = errorOf(
          await gqlOn(server, UpdateAssumptionDocument, {
            input: {
              assumptionSetId: d.id,
              expectedVersion: 1,
              override: { parameter: 'ELECTIVE_TAKE_UP', low: 0.1, mode: 0.3, high: 0.5 },
            },
          }),
        );
        expect({ code: e.code, field: e.field }).toEqual({ code: 'CONFLICT', field: 'input.expectedVersion' });
        // The evidence a fresh database has, the benchmarks included.
        const em = server.orm.em.fork();
        expect(await em.count(EvidenceSource, {})).toBe(evidenceSources.length);
        expect(await em.count(EvidenceSource, { key: { $in: BENCHMARK_SOURCES } })).toBe(BENCHMARK_SOURCES.length);
      });

      it("adds the seed article's reading as stated and upgrades the untouched Inside Higher Ed reading", () => {
        const global = all.filter((s) => s.institution === null);
        expect(global.map((s) => [s.name, s.kind, s.isDefault])).toEqual([
          [DEFAULT, 'GLOBAL', true],
          [IHE, 'GLOBAL', false],
          [AS_STATED, 'GLOBAL', false],
        ]);
        for (const seed of [seedArticleAssumptionSet, insideHigherEdAssumptionSet]) {
          const set = global.find((s) => s.name === seed.name)!;
          expect(apiValuesOf(set.assumptions)).toEqual(valuesOf(seed));
          for (const a of set.assumptions) {
            const s = seed.assumptions.find((x) => x.parameter === a.parameter)!;
            expect([a.parameter, a.rationale, evidenceKeys(a)]).toEqual([
              a.parameter,
              s.rationale,
              [...s.evidenceKeys].sort(),
            ]);
          }
        }
        expect(byId(v1.iheId).version).toBe(5);
        expect(global.find((s) => s.name === AS_STATED)!.version).toBe(1);
      });

      it("converts the institution's copy by the formulas and leaves it its own (not the sceptical values)", async () => {
        const copy = byId(v1.copyId);
        expect(copy).toMatchObject({
          name: 'Oldtown copy',
          kind: 'CUSTOM',
          institution: { name: 'Oldtown University' },
        });
        const specs = v1Specs(OLDTOWN_COPY as V1AssumptionSeed[]);
        const converted = convertV1Specs(specs);
        const db = await storedSet(server.orm, v1.copyId!);
        // Converted, then given the size and diversion parameters, then the relevance floor.
        expect(db.version).toBe(4);
        expect(Object.keys(db.assumptions).sort()).toEqual([...PARAMETERS].sort());
        expect(db.assumptions.INTENT_REALISATION).toBeUndefined();
        for (const c of converted) {
          const inputs = c.from.map((p) => OLDTOWN_COPY.find((r) => r.parameter === p)!);
          expect(db.assumptions[c.parameter]).toEqual({
            low: c.low,
            mode: c.mode,
            high: c.high,
            distribution: c.distribution,
            zeroMass: 0,
            rationale: conversionRationale(c, specs),
            // The union of its inputs' evidence.
            evidence: [...new Set(inputs.flatMap((r) => r.evidenceKeys))].sort(),
          });
          expect(db.assumptions[c.parameter].rationale).toMatch(/^Converted from model v1: /);
        }
        // The local ENROLLMENT_RATIO 1.2 / 1.5 / 1.8 with the realisation 0 / 0.5 / 0.75: ln 1, ln 1.25, ln 1.6.
        expect(db.assumptions.ENROLLMENT_EFFECT).toMatchObject({ low: 0, distribution: 'PERT' });
        expect(db.assumptions.ENROLLMENT_EFFECT.mode).toBeCloseTo(Math.log(1.25), 12);
        expect(db.assumptions.ENROLLMENT_EFFECT.high).toBeCloseTo(Math.log(1 + 0.75 * 0.8), 12);
        // Its local value dropped the survey's evidence; the realisation share's stays behind the effect.
        expect(db.assumptions.ENROLLMENT_EFFECT.evidence).not.toContain('leaders_programs_more_attractive');
        expect(db.assumptions.ENROLLMENT_EFFECT.evidence).toContain('intenders_who_act');
        for (const p of SHARED_PARAMETERS) {
          const v1Row = OLDTOWN_COPY.find((r) => r.parameter === p)!;
          expect(db.assumptions[p]).toEqual({
            low: v1Row.low,
            mode: v1Row.mode,
            high: v1Row.high,
            distribution: v1Row.distribution,
            zeroMass: 0,
            rationale: v1Row.rationale,
            evidence: [...v1Row.evidenceKeys].sort(),
          });
        }
        // Served the same, and not the sceptical default.
        expect(apiValuesOf(copy.assumptions)).toEqual(
          PARAMETERS.map((p) => {
            const a = db.assumptions[p];
            return [p, a.low, a.mode, a.high, a.distribution, a.zeroMass];
          }),
        );
        expect(apiValuesOf(copy.assumptions)).not.toEqual(valuesOf(defaultAssumptionSet));
        expect(copy.assumptions.every((a) => a.distribution !== 'NORMAL' && a.zeroMass === 0)).toBe(true);
      });

      it("converts a calibrated set's joint sample vector by vector, exactly, and projects from it", async () => {
        // The stored sample: a number per parameter in the model's order, the first six the exact conversion of its v1
        // vector, the next two (added by Migration20261207230000) and the last (Migration20261208000400) drawn from the
        // default's priors, seeded, each independently of the others.
        const [row] = (await server.orm.em
          .getConnection()
          .execute('select "sample" from "calibration" where "id" = ?', [v1.calibrationId])) as { sample: unknown }[];
        const raw = JSON.parse(String(row.sample)) as number[][];
        expect(raw).toHaveLength(V1_SAMPLE.length);
        for (const r of raw) expect(r).toHaveLength(PARAMETERS.length);
        const sample = decodeSample(String(row.sample));
        const firstSix = (v: ParameterValues): V2_0Values => {
          const { OFFER_HOURS_SCALE: _o, DIVERSION_SHARE: _d, RELEVANCE_FLOOR: _r, ...rest } = v;
          return rest;
        };
        expect(sample.map(firstSix)).toEqual(CONVERTED_SAMPLE);
        for (const v of sample) {
          expect(v.OFFER_HOURS_SCALE).toBeGreaterThanOrEqual(offerHoursScaleSeed.low);
          expect(v.OFFER_HOURS_SCALE).toBeLessThanOrEqual(offerHoursScaleSeed.high);
          expect(v.DIVERSION_SHARE).toBeGreaterThanOrEqual(diversionShareSeed.low);
          expect(v.DIVERSION_SHARE).toBeLessThanOrEqual(diversionShareSeed.high);
          expect(v.RELEVANCE_FLOOR).toBeGreaterThanOrEqual(relevanceFloorSeed.low);
          expect(v.RELEVANCE_FLOOR).toBeLessThanOrEqual(relevanceFloorSeed.high);
        }
        expect(new Set(sample.map((v) => v.OFFER_HOURS_SCALE)).size).toBe(sample.length);
        expect(new Set(sample.map((v) => v.RELEVANCE_FLOOR)).size).toBe(sample.length);
        // Drawn on its own stream: not the hour scale's uniforms again.
        const rank = (xs: number[]): number[] => xs.map((x) => xs.filter((y) => y < x).length);
        expect(rank(sample.map((v) => v.RELEVANCE_FLOOR))).not.toEqual(rank(sample.map((v) => v.OFFER_HOURS_SCALE)));
        V1_SAMPLE.forEach((v, k) => {
          const [engagementRatio, enrollmentRatio, realisation, passThrough, share, takeUp, ramp] = v;
          const realisedEngagement = 1 + realisation * (engagementRatio - 1);
          expect(firstSix(sample[k])).toEqual({
            ENROLLMENT_EFFECT: Math.log(1 + realisation * (enrollmentRatio - 1)),
            ENGAGEMENT_EFFECT: Math.log(realisedEngagement),
            RETENTION_EFFECT: Math.log(1 + passThrough * (realisedEngagement - 1)),
            NON_CREDIT_EFFECT_SHARE: share,
            ELECTIVE_TAKE_UP: takeUp,
            AWARENESS_RAMP_YEARS: ramp,
          });
        });
        // Vectors with no realisation at all are exactly no effect: a point mass the v2 summary shows.
        expect(sample.filter((v) => v.ENROLLMENT_EFFECT === 0)).toHaveLength(5);

        // The set's effects: EMPIRICAL summaries of the converted sample; the other parameters as they were.
        const set = byId(v1.calibratedId);
        expect(set).toMatchObject({ kind: 'CALIBRATED', version: 4 });
        expect(set.assumptions.map((a) => a.parameter)).toEqual([...PARAMETERS]);
        for (const a of set.assumptions) {
          const expected = empiricalSpec(sample, a.parameter as (typeof PARAMETERS)[number]);
          expect(apiValuesOf([a])[0]).toEqual([
            a.parameter,
            expected.low,
            expected.mode,
            expected.high,
            'EMPIRICAL',
            EFFECT_PARAMETERS.includes(a.parameter as never) ? expected.zeroMass : 0,
          ]);
          if (EFFECT_PARAMETERS.includes(a.parameter as never)) {
            expect(a.rationale).toMatch(/^Converted from model v1: the calibration's joint posterior sample/);
            expect(a.zeroMass).toBe(5 / 40);
          }
          if (['OFFER_HOURS_SCALE', 'DIVERSION_SHARE', 'RELEVANCE_FLOOR'].includes(a.parameter))
            expect(a.rationale).toMatch(/^Not learnt by this calibration/);
        }

        // A projection draws whole vectors: a 6-credit (270-hour) core credential added to a program converting 10% of
        // 2,000 prospects, year 5 (the awareness ramp at most 3 years): the offer is its dose d = 1 − exp(−270 / scale),
        // and a share δ of the gain is diverted: 200 + (1 − δ)·(2,000·(0.1 + d·(uplift(0.1, e^effect) − 0.1)) − 200).
        const institutionId = toGlobalId('Institution', v1.institutionId!);
        const key = ok(
          await gqlOn<{ createApiKey: { secret: string } }>(server, CreateApiKeyDocument, {
            input: { institutionId, name: 'Oldtown planner', role: 'PLANNER' },
          }),
        ).createApiKey.secret;
        const program = ok(
          await gqlOn<{ createProgram: { program: { id: string } } }>(
            server,
            `mutation($input: CreateProgramInput!) { createProgram(input: $input) { program { id } } }`,
            {
              input: {
                code: 'OT-1',
                title: 'Oldtown program',
                level: 'BACHELOR',
                modality: 'ON_CAMPUS',
                totalCredits: 120,
                durationYears: 4,
                tuitionPerCredit: 400,
                baseline: {
                  annualProspects: 2000,
                  annualNewEnrollments: 200,
                  engagementRate: 0.7,
                  retentionRate: 0.85,
                },
              },
            },
            key,
          ),
        ).createProgram.program;
        const credential = ok(
          await gqlOn<{ createCredential: { credential: { id: string } } }>(
            server,
            `mutation($input: CreateCredentialInput!) { createCredential(input: $input) { credential { id } } }`,
            {
              input: {
                title: 'Data Analytics',
                issuer: 'Oldtown',
                creditRecognition: 'INSTITUTION',
                creditValue: 6,
                creditUnit: 'US_CREDIT_HOUR',
              },
            },
            key,
          ),
        ).createCredential.credential;
        const preview = ok(
          await gqlOn<{ previewUplift: { rows: { year: number; pointEstimate: number; p10: number; p90: number }[] } }>(
            server,
            `query($input: PreviewUpliftInput!) {
               previewUplift(input: $input) { rows(totalsOnly: true, metrics: [NEW_ENROLLMENTS]) { year pointEstimate p10 p90 } }
             }`,
            {
              input: {
                assumptionSetId: set.id,
                horizonYears: 5,
                draws: 2000,
                seed: 7,
                changes: [
                  {
                    programId: program.id,
                    add: [{ credentialId: credential.id, creditsApplied: 6, requirement: 'CORE' }],
                  },
                ],
              },
            },
            key,
          ),
        ).previewUplift.rows.find((r) => r.year === 5)!;
        const entrants = (effect: number, d: number, diverted: number): number =>
          200 + (1 - diverted) * (2000 * (0.1 + d * (uplift(0.1, Math.exp(effect), 'ODDS') - 0.1)) - 200);
        const effects = sample.map((v) => v.ENROLLMENT_EFFECT);
        const median = (p: (typeof PARAMETERS)[number]): number => empiricalSpec(sample, p).mode;
        const dMedian = 1 - Math.exp(-270 / median('OFFER_HOURS_SCALE'));
        expect(preview.pointEstimate).toBeCloseTo(
          entrants(median('ENROLLMENT_EFFECT'), dMedian, median('DIVERSION_SHARE')),
          6,
        );
        // No effect is the least a draw can give (every effect ≥ 0); a full dose and no diversion the most.
        expect(preview.p10).toBeGreaterThanOrEqual(200 - 1e-6);
        expect(preview.p90).toBeLessThanOrEqual(entrants(Math.max(...effects), 1, 0) + 1e-6);
        expect(preview.p10).toBeLessThan(preview.p90);
      });

      it('changes nothing on a second start', async () => {
        const before = await snapshot(server.orm);
        expect(before.sets).toHaveLength(5);
        expect(await seedBase(server.orm.em.fork())).toEqual({ created: false });
        expect(await snapshot(server.orm)).toEqual(before);
        // A real restart: no migration left to run, nothing for the seeds to do.
        await server.close();
        server = await startServer(serverConfig(db.config), { logger: createLogger('silent') });
        expect(await snapshot(server.orm)).toEqual(before);
        expect(await server.orm.getMigrator().getPendingMigrations()).toEqual([]);
      });
    });

    it('keeps a default the platform admin had changed: converted by the formulas, not replaced by the sceptical one', async () => {
      const db = await createTestDatabase(target);
      try {
        const orm = await openOrm(db.config);
        try {
          // The admin's own realisation share: every effect is computed from it, so none is as the seed converts.
          const edited = rowsOf(v1SeedArticleReading).map((a) =>
            a.parameter === 'INTENT_REALISATION'
              ? { ...a, low: 0.3, mode: 0.5, high: 0.7, rationale: "The platform's own view." }
              : a,
          );
          const v1 = await writeV1Database(target, orm, { defaultRows: edited });
          await migrate(orm);
          const migrated = await storedSet(orm, v1.defaultId);
          expect(await seedBase(orm.em.fork())).toEqual({ created: true });
          const after = await storedSet(orm, v1.defaultId);
          expect(after.isDefault).toBe(true);
          const specs = v1Specs(edited as V1AssumptionSeed[]);
          for (const c of convertV1Specs(specs)) {
            expect(after.assumptions[c.parameter]).toMatchObject({
              low: c.low,
              mode: c.mode,
              high: c.high,
              distribution: 'PERT',
              zeroMass: 0,
              rationale: conversionRationale(c, specs),
            });
            expect(after.assumptions[c.parameter]).toEqual(migrated.assumptions[c.parameter]);
            // Not the sceptical prior.
            expect(after.assumptions[c.parameter].distribution).not.toBe('NORMAL');
          }
          expect(after.assumptions.ENROLLMENT_EFFECT.mode).toBeCloseTo(Math.log(1 + 0.5 * 1.4), 12);
          expect(after.assumptions.ENROLLMENT_EFFECT.low).toBeCloseTo(Math.log(1 + 0.3 * 0.7), 12);
          expect(after.assumptions.INTENT_REALISATION).toBeUndefined();
          for (const p of SHARED_PARAMETERS) {
            expect(after.assumptions[p]).toEqual(migrated.assumptions[p]);
          }
          // The evidence and the reading as stated are still added; the untouched IHE reading is upgraded.
          const em = orm.em.fork();
          expect(await em.count(EvidenceSource, { key: { $in: BENCHMARK_SOURCES } })).toBe(BENCHMARK_SOURCES.length);
          expect(
            await em.count(AssumptionSet, { name: AS_STATED, kind: AssumptionSetKind.GLOBAL, isDefault: false }),
          ).toBe(1);
          const ihe = await storedSet(orm, v1.iheId!);
          expect(ihe.assumptions.ENROLLMENT_EFFECT.rationale).toBe(
            insideHigherEdAssumptionSet.assumptions[0].rationale,
          );
          // A second run changes nothing.
          const before = await snapshot(orm);
          expect(await seedBase(orm.em.fork())).toEqual({ created: false });
          expect(await snapshot(orm)).toEqual(before);
        } finally {
          await orm.close(true);
        }
      } finally {
        await db.drop();
      }
    });

    it('recognises a default still holding the issue-9 realisation share (0.25–0.75) as untouched, and upgrades it', async () => {
      const db = await createTestDatabase(target);
      try {
        let v1: V1Database;
        const orm = await openOrm(db.config);
        try {
          v1 = await writeV1Database(target, orm, { beforeIssue9: true });
        } finally {
          await orm.close(true);
        }
        const server = await startServer(serverConfig(db.config), { logger: createLogger('silent') });
        try {
          const all = ok(await gqlOn<AssumptionSetsQuery>(server, AssumptionSetsDocument)).assumptionSets;
          const global = all.filter((s) => s.institution === null);
          // The default (upgraded), then the readings the seeds added: a database from before issue 9 had neither.
          expect(global.map((s) => [s.name, s.kind, s.isDefault])).toEqual([
            [DEFAULT, 'GLOBAL', true],
            [AS_STATED, 'GLOBAL', false],
            [IHE, 'GLOBAL', false],
          ]);
          const d = global[0];
          expect(dbId(d.id)).toBe(v1.defaultId);
          expect(apiValuesOf(d.assumptions)).toEqual(valuesOf(defaultAssumptionSet));
          for (const a of d.assumptions) {
            const seed = defaultAssumptionSet.assumptions.find((x) => x.parameter === a.parameter)!;
            expect([a.parameter, a.rationale, evidenceKeys(a)]).toEqual([
              a.parameter,
              seed.rationale,
              [...seed.evidenceKeys].sort(),
            ]);
          }
          expect(d.version).toBe(5);
          for (const seed of [seedArticleAssumptionSet, insideHigherEdAssumptionSet]) {
            const set = global.find((s) => s.name === seed.name)!;
            expect(apiValuesOf(set.assumptions)).toEqual(valuesOf(seed));
            expect(set.version).toBe(1);
          }
          const em = server.orm.em.fork();
          expect(await em.count(EvidenceSource, {})).toBe(evidenceSources.length);
          expect(await em.count(EvidenceSource, { key: { $in: LITERATURE } })).toBe(2);
          expect(await em.count(EvidenceStatistic, { key: { $in: IHE_STATISTICS } })).toBe(2);
        } finally {
          await server.close();
        }
      } finally {
        await db.drop();
      }
    });
  });
});
