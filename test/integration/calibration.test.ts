/**
 * calibrateAssumptions / calibrations / calibration / AssumptionSet.calibration over HTTP, on the demo's pilot
 * history (seeds/pilot-history.ts: generated with a realised effect well below the survey's, above the sceptical
 * default's typical one), on every database: from the sceptical default, and from the survey's reading as stated.
 */
import { PARAMETERS } from '../../src/model';
import { ADMIN_KEY, errorOf, ok, startTestServer, type GqlResponse, type TestServer } from '../support/server';
import { testTargets } from '../support/databases';

jest.setTimeout(120_000);

const SUMMARY = 'mean p10 p50 p90';
const CALIBRATION = `
  id name status draws seed effectiveSampleSize paretoK warnings observationCount observationHash programYearCount
  programCount createdAt
  priorAssumptionSet { id name }
  assumptionSet { id kind name assumptions { parameter low mode high distribution zeroMass } calibration { id } }
  estimates {
    outcome logOddsLift standardError lower95 upper95 percentagePoints preRate treatedPrograms comparisonPrograms
    observations betweenProgramSd predictedByPrior { ${SUMMARY} } predictedByPosterior { ${SUMMARY} }
    effect probabilityPositive probabilityNoEffect priorProbabilityPositive priorProbabilityNoEffect
  }
  parameters { parameter prior { ${SUMMARY} } posterior { ${SUMMARY} } }
  realisedRatios { quantity prior { ${SUMMARY} } posterior { ${SUMMARY} } }
  excludedPrograms { id code }
`;
const CALIBRATE = `mutation C($input: CalibrateAssumptionsInput!) {
  calibrateAssumptions(input: $input) { calibration { ${CALIBRATION} } }
}`;
const ONE = `query Q($id: ID!) { calibration(id: $id) { ${CALIBRATION} } }`;
const LIST = `query L($first: Int, $after: String) {
  calibrations(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { id name status } }
}`;
const PROGRAMS = `{ programs(first: 100) { nodes { id code } } }`;
const CREDENTIALS = `{ credentials(first: 100) { nodes { id title creditBearing creditValue } } }`;
const SETS = `{ assumptionSets { id kind name } }`;
const PREVIEW = `query P($input: PreviewUpliftInput!) {
  previewUplift(input: $input) {
    inputHash
    rows(totalsOnly: true, metrics: [NEW_ENROLLMENTS]) { year baseline mean p10 p50 p90 }
  }
}`;
const CREATE_SCENARIO = `mutation S($input: CreateScenarioInput!) {
  createScenario(input: $input) { scenario { id } }
}`;
const SENSITIVITY = `query T($id: ID!) {
  node(id: $id) { ... on Scenario { sensitivity(metric: NEW_ENROLLMENTS) { parameter lowValue highValue swing } } }
}`;
const UPDATE_ASSUMPTION = `mutation U($input: UpdateAssumptionInput!) {
  updateAssumption(input: $input) { assumptionSet { id } }
}`;
const RECORD = `mutation R($input: RecordMetricsInput!) { recordMetrics(input: $input) { observations { id } } }`;
const NODE = `query N($id: ID!) { node(id: $id) { __typename id ... on Calibration { name status } } }`;

interface Summary {
  mean: number;
  p10: number;
  p50: number;
  p90: number;
}
interface CalibrationT {
  id: string;
  name: string;
  status: string;
  draws: number;
  seed: number;
  effectiveSampleSize: number;
  paretoK: number | null;
  warnings: string[];
  observationCount: number;
  observationHash: string;
  programYearCount: number;
  programCount: number;
  createdAt: string;
  priorAssumptionSet: { id: string; name: string };
  assumptionSet: null | {
    id: string;
    kind: string;
    name: string;
    calibration: { id: string } | null;
    assumptions: {
      parameter: string;
      low: number;
      mode: number;
      high: number;
      distribution: string;
      zeroMass: number;
    }[];
  };
  estimates: {
    outcome: string;
    logOddsLift: number;
    standardError: number;
    lower95: number;
    upper95: number;
    percentagePoints: number;
    treatedPrograms: number;
    comparisonPrograms: number;
    observations: number;
    predictedByPrior: Summary;
    predictedByPosterior: Summary;
    effect: string;
    probabilityPositive: number;
    probabilityNoEffect: number;
    priorProbabilityPositive: number | null;
    priorProbabilityNoEffect: number | null;
  }[];
  parameters: { parameter: string; prior: Summary; posterior: Summary }[];
  realisedRatios: { quantity: string; prior: Summary; posterior: Summary }[];
  excludedPrograms: { id: string; code: string }[];
}
type CalibrateData = { calibrateAssumptions: { calibration: CalibrationT } };
type Row = { year: number; baseline: number; mean: number; p10: number; p50: number; p90: number };

describe.each(testTargets())('calibration on %s', (target) => {
  let t: TestServer;
  let programs: Map<string, string>;
  /** From the global default: the sceptical prior. */
  let demo: CalibrationT;
  let cost: unknown;
  /** From the seed article's reading as stated: the survey taken at its word. */
  let fromSurvey: CalibrationT;
  let asStatedSetId: string;

  const calibrate = (input: Record<string, unknown>, key = t.keys.planner): Promise<GqlResponse<CalibrateData>> =>
    t.gql<CalibrateData>(CALIBRATE, { input }, key);
  const P = (code: string): string => programs.get(code)!;
  const count = async (key = t.keys.viewer): Promise<{ calibrations: number; sets: number }> => ({
    calibrations: ok(await t.gql<{ calibrations: { totalCount: number } }>(LIST, {}, key)).calibrations.totalCount,
    sets: ok(await t.gql<{ assumptionSets: unknown[] }>(SETS, {}, key)).assumptionSets.length,
  });

  beforeAll(async () => {
    t = await startTestServer(target);
    const list = ok(await t.gql<{ programs: { nodes: { id: string; code: string }[] } }>(PROGRAMS, {}, t.keys.viewer));
    programs = new Map(list.programs.nodes.map((p) => [p.code, p.id]));
    const res = await calibrate({ name: 'Demo pilots', seed: 7 });
    demo = ok(res).calibrateAssumptions.calibration;
    cost = (res as GqlResponse & { extensions?: { cost?: unknown } }).extensions?.cost;
    const sets = ok(await t.gql<{ assumptionSets: { id: string; name: string }[] }>(SETS, {}, t.keys.viewer));
    asStatedSetId = sets.assumptionSets.find((s) => s.name.startsWith('Seed article reading, as stated'))!.id;
    fromSurvey = ok(
      await calibrate({
        name: 'Demo pilots against the survey',
        seed: 7,
        draws: 2_000,
        assumptionSetId: asStatedSetId,
      }),
    ).calibrateAssumptions.calibration;
  });
  afterAll(async () => t?.close());

  it('learns from the demo: OK, a reliable sample, and the sceptical prior moved towards the pilots, not all the way', () => {
    expect(demo).toMatchObject({ name: 'Demo pilots', status: 'OK', draws: 4_000, seed: 7 });
    expect(demo.effectiveSampleSize).toBeGreaterThanOrEqual(400);
    expect(demo.priorAssumptionSet.name).toMatch(/./);
    // 14 programs with actuals (the planned GC-AI has none) × 8 years; every outcome has data.
    expect(demo.programCount).toBe(15);
    expect(demo.observationCount).toBeGreaterThan(14 * 8 * 4);
    expect(demo.observationHash).toMatch(/^[0-9a-f]{64}$/);
    expect(demo.excludedPrograms).toEqual([]);
    expect(demo.estimates.map((e) => e.outcome)).toEqual(['ENROLLMENT_RATE', 'ENGAGEMENT_RATE', 'RETENTION_RATE']);
    const enrollment = demo.estimates[0];
    expect(enrollment.treatedPrograms).toBeGreaterThanOrEqual(3);
    expect(enrollment.comparisonPrograms).toBeGreaterThanOrEqual(3);
    expect(enrollment.lower95).toBeLessThan(enrollment.logOddsLift);
    expect(enrollment.upper95).toBeGreaterThan(enrollment.logOddsLift);
    expect(demo.estimates.map((e) => e.effect)).toEqual(['ENROLLMENT_EFFECT', 'ENGAGEMENT_EFFECT', 'RETENTION_EFFECT']);
    // The sceptical default: no enrollment effect at all has probability one half, a gain less than that.
    expect(enrollment.priorProbabilityNoEffect).toBeCloseTo(0.5, 1);
    expect(enrollment.priorProbabilityPositive!).toBeLessThan(0.5);
    // The pilots (truth ln 1.14) show a gain: the posterior makes one more likely than the prior did, and no effect
    // less likely, but the data are weak (the 95% interval includes 0), so no effect stays quite possible.
    expect(enrollment.logOddsLift).toBeGreaterThan(0);
    expect(enrollment.lower95).toBeLessThan(0);
    expect(enrollment.probabilityPositive).toBeGreaterThan(enrollment.priorProbabilityPositive!);
    expect(enrollment.probabilityNoEffect).toBeLessThan(enrollment.priorProbabilityNoEffect!);
    expect(enrollment.probabilityNoEffect).toBeGreaterThan(0.2);
    // The predicted lift moves up towards what the pilots show, and stops short of it (the prior shrinks it).
    expect(enrollment.predictedByPosterior.mean).toBeGreaterThan(enrollment.predictedByPrior.mean);
    expect(enrollment.predictedByPosterior.mean).toBeLessThan(enrollment.logOddsLift);
    const ratio = demo.realisedRatios.find((r) => r.quantity === 'REALISED_ENROLLMENT_RATIO')!;
    expect(ratio.prior.p50).toBe(1);
    expect(ratio.posterior.mean).toBeGreaterThan(ratio.prior.mean);
    expect(ratio.posterior.mean).toBeLessThan(Math.exp(enrollment.logOddsLift));
    for (const w of demo.warnings) expect(typeof w).toBe('string');
    expect(demo.parameters.map((p) => p.parameter)).toEqual([...PARAMETERS]);
    const { requestedQueryCost, actualQueryCost } = cost as { requestedQueryCost: number; actualQueryCost: number };
    expect(requestedQueryCost).toBeGreaterThan(1);
    expect(actualQueryCost).toBeGreaterThanOrEqual(requestedQueryCost);
  });

  it('learns from the demo against the survey as stated: the pilots show much less, and the posterior says so', () => {
    expect(fromSurvey).toMatchObject({ status: 'OK', priorAssumptionSet: { id: asStatedSetId } });
    expect(fromSurvey.effectiveSampleSize).toBeGreaterThanOrEqual(400);
    const enrollment = fromSurvey.estimates[0];
    // The same data, so the same data-only estimate as from the default.
    expect(enrollment.logOddsLift).toBe(demo.estimates[0].logOddsLift);
    // Taken at its word, the survey allows neither harm nor no effect.
    expect([enrollment.priorProbabilityPositive, enrollment.priorProbabilityNoEffect]).toEqual([1, 0]);
    // The pilots show much less than the survey: the posterior's predicted lift sits below the prior's.
    expect(enrollment.predictedByPosterior.p50).toBeLessThan(enrollment.predictedByPrior.p50);
    const ratio = fromSurvey.realisedRatios.find((r) => r.quantity === 'REALISED_ENROLLMENT_RATIO')!;
    expect(ratio.prior.p50).toBeGreaterThan(1.5);
    expect(ratio.posterior.p50).toBeLessThan(ratio.prior.p50);
    expect(ratio.posterior.p90 - ratio.posterior.p10).toBeLessThan(ratio.prior.p90 - ratio.prior.p10);
    // Yet a prior that excludes "no effect" cannot learn it: still above the sceptical posterior.
    const sceptical = demo.realisedRatios.find((r) => r.quantity === 'REALISED_ENROLLMENT_RATIO')!;
    expect(ratio.posterior.p50).toBeGreaterThan(sceptical.posterior.p90);
  });

  it('creates an immutable CALIBRATED set of EMPIRICAL assumptions, linked both ways', async () => {
    const set = demo.assumptionSet!;
    expect(set).toMatchObject({ kind: 'CALIBRATED', name: 'Demo pilots', calibration: { id: demo.id } });
    expect(set.assumptions.map((a) => a.parameter)).toEqual([...PARAMETERS]);
    for (const a of set.assumptions) {
      expect(a.distribution).toBe('EMPIRICAL');
      expect(a.low).toBeLessThanOrEqual(a.mode);
      expect(a.mode).toBeLessThanOrEqual(a.high);
      const post = demo.parameters.find((p) => p.parameter === a.parameter)!.posterior;
      expect(a.mode).toBeCloseTo(post.p50, 9);
      // Each effect's point mass at zero is the posterior's probability of no effect.
      const estimate = demo.estimates.find((e) => e.effect === a.parameter);
      if (estimate) expect(a.zeroMass).toBeCloseTo(estimate.probabilityNoEffect, 1);
      else expect(a.zeroMass).toBe(0);
    }
    const err = errorOf(
      await t.gql(
        UPDATE_ASSUMPTION,
        {
          input: {
            assumptionSetId: set.id,
            override: { parameter: 'ENROLLMENT_EFFECT', low: 0, mode: 0.1, high: 0.2 },
          },
        },
        t.keys.planner,
      ),
    );
    expect(err).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.assumptionSetId' });
    expect(err.message).toMatch(/immutable/);
    const read = ok(await t.gql<{ calibration: CalibrationT }>(ONE, { id: demo.id }, t.keys.viewer)).calibration;
    expect(read.assumptionSet!.assumptions).toEqual(set.assumptions);
  });

  it('gives the same posterior for the same data and seed, and another for another seed', async () => {
    const again = ok(await calibrate({ name: 'Demo pilots again', seed: 7 })).calibrateAssumptions.calibration;
    expect(again.id).not.toBe(demo.id);
    expect(again.parameters).toEqual(demo.parameters);
    expect(again.estimates).toEqual(demo.estimates);
    expect(again.realisedRatios).toEqual(demo.realisedRatios);
    expect(again.effectiveSampleSize).toBe(demo.effectiveSampleSize);
    expect(again.observationHash).toBe(demo.observationHash);
    expect(again.assumptionSet!.assumptions).toEqual(demo.assumptionSet!.assumptions);
    const other = ok(await calibrate({ name: 'Demo pilots, seed 8', seed: 8, draws: 1_000 })).calibrateAssumptions
      .calibration;
    expect(other.estimates.map((e) => e.logOddsLift)).toEqual(demo.estimates.map((e) => e.logOddsLift));
    expect(other.parameters).not.toEqual(demo.parameters);
  });

  it('projects on the calibrated set from the joint sample, reproducibly: above the sceptical prior, below the survey', async () => {
    const credentials = ok(
      await t.gql<{ credentials: { nodes: { id: string; creditBearing: boolean; creditValue: number | null }[] } }>(
        CREDENTIALS,
        {},
        t.keys.viewer,
      ),
    ).credentials.nodes;
    const credit = credentials.find((c) => c.creditBearing && (c.creditValue ?? 0) >= 3)!;
    const changes = [
      { programId: P('BA-PSY'), add: [{ credentialId: credit.id, creditsApplied: 3, requirement: 'CORE' }] },
    ];
    const input = { horizonYears: 5, draws: 2_000, seed: 5, changes };
    type PreviewData = { previewUplift: { inputHash: string; rows: Row[] } };
    const onPrior = ok(await t.gql<PreviewData>(PREVIEW, { input }, t.keys.planner)).previewUplift;
    const calibrated = { ...input, assumptionSetId: demo.assumptionSet!.id };
    const first = ok(await t.gql<PreviewData>(PREVIEW, { input: calibrated }, t.keys.planner)).previewUplift;
    const second = ok(await t.gql<PreviewData>(PREVIEW, { input: calibrated }, t.keys.planner)).previewUplift;
    expect(second).toEqual(first);
    expect(first.inputHash).not.toBe(onPrior.inputHash);
    const gain = (rows: Row[]): number => rows[rows.length - 1].mean - rows[rows.length - 1].baseline;
    expect(gain(first.rows)).toBeGreaterThan(0);
    // The pilots moved the sceptical prior (onPrior: the default) up, and stay well below the survey as stated.
    expect(gain(first.rows)).toBeGreaterThan(gain(onPrior.rows));
    const onSurvey = ok(
      await t.gql<PreviewData>(PREVIEW, { input: { ...input, assumptionSetId: asStatedSetId } }, t.keys.planner),
    ).previewUplift;
    expect(gain(first.rows)).toBeLessThan(gain(onSurvey.rows));
    const otherSeed = ok(
      await t.gql<PreviewData>(PREVIEW, { input: { ...calibrated, seed: 6 } }, t.keys.planner),
    ).previewUplift;
    expect(otherSeed.rows).not.toEqual(first.rows);

    // Saved, with sensitivity across each parameter's posterior P10–P90.
    const scenario = ok(
      await t.gql<{ createScenario: { scenario: { id: string } } }>(
        CREATE_SCENARIO,
        {
          input: { name: 'Psychology on the calibrated set', ...calibrated },
        },
        t.keys.planner,
      ),
    ).createScenario.scenario;
    type SensData = { node: { sensitivity: { parameter: string; lowValue: number; highValue: number }[] } };
    const entries = ok(await t.gql<SensData>(SENSITIVITY, { id: scenario.id }, t.keys.viewer)).node.sensitivity;
    for (const e of entries) {
      const post = demo.parameters.find((p) => p.parameter === e.parameter)!.posterior;
      expect(e.lowValue).toBeCloseTo(post.p10, 9);
      expect(e.highValue).toBeCloseTo(post.p90, 9);
    }
  });

  it('does not change a saved calibration when actuals change later; a new one sees them', async () => {
    const before = ok(await t.gql<{ calibration: CalibrationT }>(ONE, { id: demo.id }, t.keys.viewer)).calibration;
    ok(
      await t.gql(
        RECORD,
        {
          input: {
            observations: [
              { programId: P('BSN'), academicYear: 2026, metric: 'PROSPECTS', value: 2000 },
              { programId: P('BSN'), academicYear: 2026, metric: 'NEW_ENROLLMENTS', value: 900 },
              { programId: P('BSN'), academicYear: 2025, metric: 'NEW_ENROLLMENTS', value: 50 },
            ],
          },
        },
        t.keys.planner,
      ),
    );
    const after = ok(await t.gql<{ calibration: CalibrationT }>(ONE, { id: demo.id }, t.keys.viewer)).calibration;
    expect(after).toEqual(before);
    const fresh = ok(await calibrate({ name: 'After new actuals', seed: 7, draws: 1_000 })).calibrateAssumptions
      .calibration;
    expect(fresh.observationHash).not.toBe(demo.observationHash);
    expect(fresh.observationCount).toBe(demo.observationCount + 2);
    expect(fresh.estimates[0].logOddsLift).not.toBe(demo.estimates[0].logOddsLift);
  });

  it('says INSUFFICIENT_DATA, with no calibrated set, when no program in scope is a pilot', async () => {
    const c = ok(await calibrate({ name: 'Comparisons only', programIds: [P('BA-PSY'), P('PHD-CS')], draws: 1_000 }))
      .calibrateAssumptions.calibration;
    expect(c).toMatchObject({
      status: 'INSUFFICIENT_DATA',
      assumptionSet: null,
      programCount: 2,
      effectiveSampleSize: 0,
    });
  });

  it('refuses bad input with the field and writes nothing', async () => {
    const before = await count();
    const cases: [Record<string, unknown>, string, string][] = [
      [{ name: 'x', draws: 999 }, 'BAD_USER_INPUT', 'input.draws'],
      [{ name: 'x', draws: 100_001 }, 'BAD_USER_INPUT', 'input.draws'],
      [{ name: 'x', programIds: [] }, 'BAD_USER_INPUT', 'input.programIds'],
      [{ name: '  ' }, 'BAD_USER_INPUT', 'input.name'],
      [{ name: 'x', programIds: [P('BSN'), P('BSN')] }, 'BAD_USER_INPUT', 'input.programIds.1'],
      [{ name: 'x', assumptionSetId: demo.assumptionSet!.id }, 'BAD_USER_INPUT', 'input.assumptionSetId'],
    ];
    for (const [input, code, field] of cases) expect(errorOf(await calibrate(input))).toMatchObject({ code, field });
    expect(errorOf(await calibrate({ name: 'x' }, t.keys.viewer)).code).toBe('FORBIDDEN');
    expect(await count()).toEqual(before);
  });

  describe('another institution', () => {
    let other: { planner: string; programId: string };

    beforeAll(async () => {
      const inst = ok(
        await t.gql<{ createInstitution: { institution: { id: string } } }>(
          `mutation($input: CreateInstitutionInput!) { createInstitution(input: $input) { institution { id } } }`,
          {
            input: { name: 'Southport College', slug: 'southport', country: 'GB', creditUnit: 'ECTS', currency: 'GBP' },
          },
          ADMIN_KEY,
        ),
      ).createInstitution.institution;
      const key = ok(
        await t.gql<{ createApiKey: { secret: string } }>(
          `mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret } }`,
          { input: { institutionId: inst.id, name: 'Southport planner', role: 'PLANNER' } },
          ADMIN_KEY,
        ),
      ).createApiKey.secret;
      const program = ok(
        await t.gql<{ createProgram: { program: { id: string } } }>(
          `mutation($input: CreateProgramInput!) { createProgram(input: $input) { program { id } } }`,
          {
            input: {
              code: 'SP-1',
              title: 'Southport program',
              level: 'BACHELOR',
              modality: 'HYBRID',
              totalCredits: 180,
              durationYears: 3,
              tuitionPerCredit: 50,
              baseline: { annualProspects: 900, annualNewEnrollments: 120, engagementRate: 0.55, retentionRate: 0.8 },
            },
          },
          key,
        ),
      ).createProgram.program;
      other = { planner: key, programId: program.id };
    });

    it('cannot see or use the demo calibration, its set or its programs', async () => {
      expect(ok(await t.gql<{ calibration: unknown }>(ONE, { id: demo.id }, other.planner)).calibration).toBeNull();
      expect(ok(await t.gql<{ node: unknown }>(NODE, { id: demo.id }, other.planner)).node).toBeNull();
      expect((await count(other.planner)).calibrations).toBe(0);
      const err = errorOf(await calibrate({ name: 'x', programIds: [P('BSN'), other.programId] }));
      expect(err).toMatchObject({ code: 'NOT_FOUND', field: 'input.programIds.1' });
      const stolen = errorOf(await calibrate({ name: 'x', programIds: [P('BSN')] }, other.planner));
      expect(stolen).toMatchObject({ code: 'NOT_FOUND', field: 'input.programIds.0' });
      const prior = errorOf(await calibrate({ name: 'x', assumptionSetId: demo.assumptionSet!.id }, other.planner));
      expect(prior).toMatchObject({ code: 'NOT_FOUND', field: 'input.assumptionSetId' });
    });

    it('calibrates its own program with no pilots as INSUFFICIENT_DATA', async () => {
      const c = ok(await calibrate({ name: 'Southport', draws: 1_000 }, other.planner)).calibrateAssumptions
        .calibration;
      expect(c.status).toBe('INSUFFICIENT_DATA');
      expect((await count(other.planner)).calibrations).toBe(1);
    });
  });

  it('serves node(id) and the newest-first list', async () => {
    const node = ok(
      await t.gql<{ node: { __typename: string; id: string; name: string } }>(NODE, { id: demo.id }, t.keys.viewer),
    ).node;
    expect(node).toMatchObject({ __typename: 'Calibration', id: demo.id, name: 'Demo pilots' });
    type ListData = {
      calibrations: {
        totalCount: number;
        pageInfo: { hasNextPage: boolean; endCursor: string };
        nodes: { id: string }[];
      };
    };
    const page1 = ok(await t.gql<ListData>(LIST, { first: 2 }, t.keys.viewer)).calibrations;
    const page2 = ok(
      await t.gql<ListData>(LIST, { first: 100, after: page1.pageInfo.endCursor }, t.keys.viewer),
    ).calibrations;
    const ids = [...page1.nodes, ...page2.nodes].map((n) => n.id);
    expect(ids).toHaveLength(page1.totalCount);
    expect(ids[ids.length - 1]).toBe(demo.id);
  });
});
