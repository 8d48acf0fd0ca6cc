import { execFile } from 'node:child_process';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { testTargets } from '../support/databases';
import { ADMIN_KEY, errorOf, ok, startTestServer, type TestServer } from '../support/server';
import { demo } from '../../seeds/demo';
import { parseGlobalId, toGlobalId } from '../../src/core/global-id';
import { PARAMETERS, type SummaryRow } from '../../src/model';
import { Assumption } from '../../src/modules/assumption/assumption.entity';
import { inParameterOrder } from '../../src/modules/assumption/assumption.rules';
import { institutionVariation } from '../../src/modules/metric/metric-observation.loaders';
import { defaultAssumptionSet } from '../../src/modules/assumption/assumption.service';
import { Role } from '../../src/auth/role';
import { Institution } from '../../src/modules/institution/institution.entity';
import { closePool, INLINE_WORK_LIMIT, workUnits } from '../../src/modules/scenario/projection.pool';
import { changeFits, inputHash, modelInput } from '../../src/modules/scenario/projection.service';
import { createLoaders } from '../../src/app/loaders';
import { resolveChanges } from '../../src/modules/scenario/scenario-changes';
import { Scenario } from '../../src/modules/scenario/scenario.entity';
import type { ScenarioChangeInput as ServiceChangeInput } from '../../src/modules/scenario/scenario.inputs';
import {
  CompareScenariosDocument,
  CreateScenarioDocument,
  DeleteScenarioDocument,
  PreviewUpliftDocument,
  ScenarioProjectionDocument,
  ScenarioSensitivityDocument,
  ScenariosDocument,
  UpdateScenarioDocument,
  type CreateScenarioInput,
  type OutcomeMetric,
  type PreviewUpliftInput,
  type ProjectionRowFieldsFragment,
  type ScenarioChangeInput,
  type ScenarioFieldsFragment,
} from '../../schema/client/graphql';

/**
 * Scenarios (issue 3 items 3 and 5, docs/MODEL.md): createScenario / updateScenario / deleteScenario /
 * scenarios / scenario / projection / sensitivity / compareScenarios / previewUplift on the demo
 * university, the validation of what-ifs (nothing written on a rejection), reproducibility, the
 * projection cache and its invalidation, the worker-thread path, and tenancy.
 */

const METRICS: OutcomeMetric[] = [
  'NEW_ENROLLMENTS',
  'HEADCOUNT',
  'ENGAGEMENT_RATE',
  'RETENTION_RATE',
  'COMPLETIONS',
  'TUITION_REVENUE',
  'CREDENTIAL_COST',
  'NET_REVENUE',
  'CONTRIBUTION_MARGIN',
];
const ADDITIVE: OutcomeMetric[] = [
  'NEW_ENROLLMENTS',
  'HEADCOUNT',
  'COMPLETIONS',
  'TUITION_REVENUE',
  'CREDENTIAL_COST',
  'NET_REVENUE',
  'CONTRIBUTION_MARGIN',
];
const RATES: OutcomeMetric[] = ['ENGAGEMENT_RATE', 'RETENTION_RATE'];

type Row = ProjectionRowFieldsFragment;
interface IdNode {
  id: string;
}
interface EmbeddingView {
  id: string;
  status: string;
  creditsApplied: number;
  credential: { id: string; title: string };
}
interface ProgramView {
  id: string;
  code: string;
  embeddedCredentials: EmbeddingView[];
}
interface CredentialView {
  id: string;
  title: string;
  creditBearing: boolean;
}
interface AssumptionView {
  parameter: string;
  low: number;
  mode: number;
  high: number;
  zeroMass: number;
}
interface SetView {
  id: string;
  name: string;
  isDefault: boolean;
  assumptions: AssumptionView[];
}
interface AdditionNode {
  __typename: string;
  id: string;
  status: string;
  creditsApplied: number;
  requirement: string;
  takeUpRate: number | null;
  displacesTuition: boolean;
  credential: IdNode;
  program: { id: string; code: string };
}

const CREATE_INSTITUTION = `mutation($input: CreateInstitutionInput!) { createInstitution(input: $input) { institution { id } } }`;
const CREATE_API_KEY = `mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret } }`;
const CREATE_PROGRAM = `mutation($input: CreateProgramInput!) { createProgram(input: $input) { program { id } } }`;
const UPDATE_PROGRAM = `mutation($input: UpdateProgramInput!) { updateProgram(input: $input) { program { id version } } }`;
const CREATE_CREDENTIAL = `mutation($input: CreateCredentialInput!) { createCredential(input: $input) { credential { id } } }`;
const UPDATE_CREDENTIAL = `mutation($input: UpdateCredentialInput!) { updateCredential(input: $input) { credential { id costPerLearner } } }`;
const EMBED = `mutation($input: EmbedCredentialInput!) { embedCredential(input: $input) { embedding { id } } }`;
const UPDATE_EMBEDDING = `mutation($input: UpdateEmbeddingInput!) { updateEmbedding(input: $input) { embedding { id takeUpRate } } }`;
const CREATE_SET = `mutation($input: CreateAssumptionSetInput!) { createAssumptionSet(input: $input) { assumptionSet { id } } }`;
const UPDATE_ASSUMPTION = `mutation($input: UpdateAssumptionInput!) { updateAssumption(input: $input) { assumptionSet { id version } } }`;
const PROGRAMS = `{ programs(first: 100) { nodes { id code embeddedCredentials { id status creditsApplied credential { id title } } } } }`;
const CREDENTIALS = `{ credentials(first: 100) { nodes { id title creditBearing } } }`;
const ASSUMPTION_SETS = `{ assumptionSets { id name isDefault assumptions { parameter low mode high zeroMass } } }`;
const NODE = `query($id: ID!) { node(id: $id) { __typename id } }`;
const ADDITION_NODE = `query($id: ID!) { node(id: $id) { __typename id ... on ProgramCredential {
  status creditsApplied requirement takeUpRate displacesTuition credential { id } program { id code } } } }`;
const PROJECTION_HASH = `query($id: ID!) { scenario(id: $id) { id projection { inputHash } } }`;
/** An engagement effect for the institutions' own sets: odds ×1.0 to ×1.6, most likely ×1.3. */
const CAUTIOUS_ENGAGEMENT = {
  parameter: 'ENGAGEMENT_EFFECT',
  low: 0,
  mode: Math.log(1.3),
  high: Math.log(1.6),
  distribution: 'TRIANGULAR',
};

/** The compiled model (what the worker threads run; `npm test` builds before jest). */
const MODEL_BUILD = path.resolve(__dirname, '../../dist/src/model');
const INLINE_SIMULATE = `
  const { simulate } = require(process.argv[1]);
  let text = '';
  process.stdin.on('data', (chunk) => { text += chunk; });
  process.stdin.on('end', () => process.stdout.write(JSON.stringify(simulate(JSON.parse(text)).rows)));
`;

const dbId = (globalId: string): number => {
  const parsed = parseGlobalId(globalId);
  if (!parsed) throw new Error(`not a global id: ${globalId}`);
  return parsed.id;
};

/** Equal up to floating-point summation order. */
function expectClose(actual: number, expected: number, what: string): void {
  const tolerance = 1e-9 * Math.max(1, Math.abs(actual), Math.abs(expected));
  if (!(Math.abs(actual - expected) <= tolerance)) throw new Error(`${what}: ${actual} is not ${expected}`);
}

function rowOf(rows: Row[], programId: string | null, year: number, metric: OutcomeMetric): Row {
  const row = rows.find((r) => r.programId === programId && r.year === year && r.metric === metric);
  if (!row) throw new Error(`no row ${programId ?? 'total'} year ${year} ${metric}`);
  return row;
}

describe.each(testTargets())('scenarios on %s', (target) => {
  let t: TestServer;
  let nbInstitutionDbId: number;
  let programs: Map<string, ProgramView>;
  let credentials: CredentialView[];
  let defaultSet: SetView;
  /**
   * The global "Seed article reading, as stated" set: the survey taken at its word (model v1's numbers). The
   * sceptical default's point estimate of any what-if is "no change", so the tests of the projection's mechanics
   * (effects in the expected direction, money following the credential terms) run on this set instead.
   */
  let asStated: SetView;
  /** The second institution: its planner and viewer keys and its own objects. */
  let sp: {
    planner: string;
    viewer: string;
    programId: string;
    credentialId: string;
    embeddingId: string;
    assumptionSetId: string;
    scenarioId: string;
  };
  /** A Northbridge-own credential (so the planner may change its cost) and a Northbridge-own assumption set. */
  let ownCredentialId: string;
  let ownSetId: string;

  const P = (code: string): string => {
    const p = programs.get(code);
    if (!p) throw new Error(`no demo program ${code}`);
    return p.id;
  };
  const C = (titlePrefix: string): string => {
    const c = credentials.find((x) => x.title.startsWith(titlePrefix));
    if (!c) throw new Error(`no credential ${titlePrefix}`);
    return c.id;
  };
  const E = (code: string, titlePrefix: string): EmbeddingView => {
    const e = programs.get(code)?.embeddedCredentials.find((x) => x.credential.title.startsWith(titlePrefix));
    if (!e) throw new Error(`no embedding of ${titlePrefix} in ${code}`);
    return e;
  };

  // --- helpers ----------------------------------------------------------------------------------

  const conn = () => t.server.orm.em.fork().getConnection();
  async function count(sql: string, params: unknown[] = []): Promise<number> {
    const rows = (await conn().execute(sql, params)) as { n: number | string }[];
    return Number(rows[0].n);
  }
  const cacheRows = (): Promise<number> => count('select count(*) as n from projection_cache');
  const cached = (key: string): Promise<number> =>
    count('select count(*) as n from projection_cache where key = ?', [key]);

  /** Rows of every scenario table, and the scenario count through the ORM: a rejected write leaves this unchanged. */
  async function scenarioState(): Promise<string> {
    const parts = [`orm scenarios: ${await t.server.orm.em.fork().count(Scenario, {})}`];
    for (const table of ['scenario', 'scenario_program', 'scenario_addition', 'scenario_removal']) {
      parts.push(`${table}: ${JSON.stringify(await conn().execute(`select * from ${table} order by id`))}`);
    }
    return parts.join('\n');
  }

  async function create(input: CreateScenarioInput, key = t.keys.planner): Promise<ScenarioFieldsFragment> {
    return ok(await t.typed(CreateScenarioDocument, { input }, key)).createScenario.scenario;
  }

  async function projectionOf(id: string, key = t.keys.planner) {
    const scenario = ok(await t.typed(ScenarioProjectionDocument, { id }, key)).scenario;
    if (!scenario) throw new Error(`scenario ${id} not visible`);
    return scenario.projection;
  }

  async function hashOf(id: string): Promise<string> {
    const res = ok(
      await t.gql<{ scenario: { projection: { inputHash: string } } | null }>(PROJECTION_HASH, { id }, t.keys.planner),
    );
    if (!res.scenario) throw new Error(`scenario ${id} not visible`);
    return res.scenario.projection.inputHash;
  }

  function expectBandsOrdered(rows: Row[]): void {
    for (const r of rows) {
      if (!(r.p10 <= r.p50 && r.p50 <= r.p90)) throw new Error(`bands out of order: ${JSON.stringify(r)}`);
    }
  }

  // The happy path: a credit-bearing (and a non-credit) credential added to A.A.S. Nursing, an
  // ACTIVE credit-bearing ELECTIVE embedding removed from B.S. Computer Science. Both programs'
  // current embeddings have fixed take-up, so their baseline does not depend on any parameter.
  const H = 5;
  const happyChanges = (): ScenarioChangeInput[] => [
    {
      programId: P('AAS-NUR'),
      add: [
        {
          credentialId: C('Business Foundations'),
          creditsApplied: 3,
          requirement: 'ELECTIVE',
          takeUpRate: 0.4,
          displacesTuition: true,
        },
        { credentialId: C('Google AI Essentials'), creditsApplied: 0, requirement: 'ADD_ON' },
      ],
    },
    { programId: P('BS-CS'), removeEmbeddingIds: [E('BS-CS', 'IBM Generative AI').id] },
  ];
  /** The happy path's options: on the seed article's reading as stated (see asStated). */
  const happyInput = (): PreviewUpliftInput => ({
    horizonYears: H,
    draws: 200,
    seed: 11,
    assumptionSetId: asStated.id,
    changes: happyChanges(),
  });
  let happy: ScenarioFieldsFragment;
  let happyRows: Row[];
  let happyHash: string;
  let noChange: ScenarioFieldsFragment;

  beforeAll(async () => {
    t = await startTestServer(target);
    const em = t.server.orm.em.fork();
    nbInstitutionDbId = (await em.findOneOrFail(Institution, { slug: 'northbridge' })).id;
    programs = new Map(
      ok(await t.gql<{ programs: { nodes: ProgramView[] } }>(PROGRAMS, {}, t.keys.planner)).programs.nodes.map((p) => [
        p.code,
        p,
      ]),
    );
    credentials = ok(await t.gql<{ credentials: { nodes: CredentialView[] } }>(CREDENTIALS, {}, t.keys.planner))
      .credentials.nodes;
    const sets = ok(await t.gql<{ assumptionSets: SetView[] }>(ASSUMPTION_SETS, {}, t.keys.planner)).assumptionSets;
    defaultSet = sets.find((s) => s.isDefault)!;
    expect(defaultSet.assumptions.map((a) => a.parameter)).toEqual([...PARAMETERS]);
    asStated = sets.find((s) => s.name.startsWith('Seed article reading, as stated'))!;
    expect(asStated.isDefault).toBe(false);
    expect(asStated.assumptions.map((a) => a.parameter)).toEqual([...PARAMETERS]);

    ownCredentialId = ok(
      await t.gql<{ createCredential: { credential: IdNode } }>(
        CREATE_CREDENTIAL,
        {
          input: {
            title: 'Northbridge Analytics Badge',
            issuer: 'Northbridge University',
            creditValue: 3,
            creditUnit: 'US_CREDIT_HOUR',
            creditRecognition: 'INSTITUTION',
            costPerLearner: 120,
            setupCost: 900,
          },
        },
        t.keys.planner,
      ),
    ).createCredential.credential.id;

    ownSetId = ok(
      await t.gql<{ createAssumptionSet: { assumptionSet: IdNode } }>(
        CREATE_SET,
        {
          input: {
            name: 'Northbridge cautious',
            overrides: [CAUTIOUS_ENGAGEMENT],
          },
        },
        t.keys.planner,
      ),
    ).createAssumptionSet.assumptionSet.id;

    // A second institution, with a program, an own credential embedded in it, an own assumption set and a scenario.
    const southport = ok(
      await t.gql<{ createInstitution: { institution: IdNode } }>(
        CREATE_INSTITUTION,
        {
          input: { name: 'Southport College', slug: 'southport', country: 'GB', creditUnit: 'ECTS', currency: 'GBP' },
        },
        ADMIN_KEY,
      ),
    ).createInstitution.institution;
    const key = async (role: string): Promise<string> =>
      ok(
        await t.gql<{ createApiKey: { secret: string } }>(
          CREATE_API_KEY,
          {
            input: { institutionId: southport.id, name: `Southport ${role}`, role },
          },
          ADMIN_KEY,
        ),
      ).createApiKey.secret;
    const spPlanner = await key('PLANNER');
    const spViewer = await key('VIEWER');
    const spProgram = ok(
      await t.gql<{ createProgram: { program: IdNode } }>(
        CREATE_PROGRAM,
        {
          input: {
            code: 'SC-BSC-DATA',
            title: 'BSc Data Science',
            level: 'BACHELOR',
            modality: 'HYBRID',
            totalCredits: 180,
            durationYears: 3,
            tuitionPerCredit: 77,
            baseline: { annualProspects: 900, annualNewEnrollments: 120, engagementRate: 0.55, retentionRate: 0.86 },
          },
        },
        spPlanner,
      ),
    ).createProgram.program;
    const spCredential = ok(
      await t.gql<{ createCredential: { credential: IdNode } }>(
        CREATE_CREDENTIAL,
        {
          input: {
            title: 'Southport Data Literacy Badge',
            issuer: 'Southport College',
            creditValue: 5,
            creditUnit: 'ECTS',
            creditRecognition: 'ECTS_ACCREDITED',
          },
        },
        spPlanner,
      ),
    ).createCredential.credential;
    const spEmbedding = ok(
      await t.gql<{ embedCredential: { embedding: IdNode } }>(
        EMBED,
        {
          input: { programId: spProgram.id, credentialId: spCredential.id, creditsApplied: 5, requirement: 'ELECTIVE' },
        },
        spPlanner,
      ),
    ).embedCredential.embedding;
    const spSet = ok(
      await t.gql<{ createAssumptionSet: { assumptionSet: IdNode } }>(
        CREATE_SET,
        {
          input: {
            name: 'Southport cautious',
            overrides: [CAUTIOUS_ENGAGEMENT],
          },
        },
        spPlanner,
      ),
    ).createAssumptionSet.assumptionSet;
    const spScenario = await create(
      {
        name: 'Southport: drop the badge',
        horizonYears: 3,
        draws: 20,
        assumptionSetId: spSet.id,
        changes: [{ programId: spProgram.id, removeEmbeddingIds: [spEmbedding.id] }],
      },
      spPlanner,
    );
    sp = {
      planner: spPlanner,
      viewer: spViewer,
      programId: spProgram.id,
      credentialId: spCredential.id,
      embeddingId: spEmbedding.id,
      assumptionSetId: spSet.id,
      scenarioId: spScenario.id,
    };

    happy = await create({
      name: 'Business foundations in nursing; no gen-AI elective in CS',
      description: 'happy path',
      ...happyInput(),
    });
    const projection = await projectionOf(happy.id);
    happyRows = projection.rows;
    happyHash = projection.inputHash;
    noChange = await create({
      name: 'No change',
      ...happyInput(),
      changes: [{ programId: P('AAS-NUR') }, { programId: P('BS-CS') }],
    });
  });

  afterAll(async () => {
    await t?.close();
    await closePool();
  });

  // --- create and read back ----------------------------------------------------------------------

  it('createScenario stores the changes: additions read back as PLANNED hypothetical embeddings, removals by id', async () => {
    expect(happy).toMatchObject({
      name: 'Business foundations in nursing; no gen-AI elective in CS',
      description: 'happy path',
      horizonYears: H,
      draws: 200,
      seed: 11,
      version: 1,
    });
    expect(happy.assumptionSet.id).toBe(asStated.id);
    expect(happy.changes.map((c) => c.program.code)).toEqual(['AAS-NUR', 'BS-CS']);
    const [nursing, cs] = happy.changes;
    expect(nursing.removeEmbeddingIds).toEqual([]);
    expect(nursing.add.map((a) => ({ ...a, id: undefined }))).toEqual([
      {
        id: undefined,
        creditsApplied: 3,
        requirement: 'ELECTIVE',
        takeUpRate: 0.4,
        displacesTuition: true,
        status: 'PLANNED',
        credential: {
          id: C('Business Foundations'),
          title: 'Business Foundations Specialization',
          creditBearing: true,
        },
      },
      {
        id: undefined,
        creditsApplied: 0,
        requirement: 'ADD_ON',
        takeUpRate: null,
        displacesTuition: false,
        status: 'PLANNED',
        credential: { id: C('Google AI Essentials'), title: 'Google AI Essentials', creditBearing: false },
      },
    ]);
    expect(cs.add).toEqual([]);
    expect(cs.removeEmbeddingIds).toEqual([E('BS-CS', 'IBM Generative AI').id]);

    // The hypothetical embeddings are nodes of type ProgramCredential, readable by a viewer too.
    for (const [i, a] of nursing.add.entries()) {
      expect(a.id).not.toBe(nursing.add[1 - i].id);
      const node = ok(await t.gql<{ node: AdditionNode | null }>(ADDITION_NODE, { id: a.id }, t.keys.viewer)).node;
      expect(node).toEqual({
        __typename: 'ProgramCredential',
        id: a.id,
        status: 'PLANNED',
        creditsApplied: a.creditsApplied,
        requirement: a.requirement,
        takeUpRate: a.takeUpRate,
        displacesTuition: a.displacesTuition,
        credential: { id: a.credential.id },
        program: { id: P('AAS-NUR'), code: 'AAS-NUR' },
      });
    }
    // They are not real embeddings: the program's embeddings are unchanged.
    const nursingNow = ok(
      await t.gql<{ programs: { nodes: ProgramView[] } }>(PROGRAMS, {}, t.keys.planner),
    ).programs.nodes.find((p) => p.code === 'AAS-NUR')!;
    expect(nursingNow.embeddedCredentials).toEqual(programs.get('AAS-NUR')!.embeddedCredentials);
    // The scenario itself is a node, and scenario(id) reads it back for a viewer.
    expect(
      ok(await t.gql<{ node: { __typename: string; id: string } | null }>(NODE, { id: happy.id }, t.keys.viewer)).node,
    ).toEqual({ __typename: 'Scenario', id: happy.id });
    const viewerRead = ok(
      await t.typed(ScenarioProjectionDocument, { id: happy.id, totalsOnly: true }, t.keys.viewer),
    ).scenario!;
    expect(viewerRead.changes).toEqual(happy.changes);
    expect(viewerRead.projection.rows).toHaveLength(H * 9);
  });

  it('projection: (programs + 1) × H × 9 rows; totals are the sums; bands ordered; money follows the credential terms', async () => {
    const nursing = P('AAS-NUR');
    const cs = P('BS-CS');
    expect(happyRows).toHaveLength(3 * H * 9);
    // Ordered by program (input order, then the total), year, metric.
    const expectedKeys = [nursing, cs, null].flatMap((pid) =>
      Array.from({ length: H }, (_, y) => METRICS.map((m) => `${pid}/${y + 1}/${m}`)).flat(),
    );
    expect(happyRows.map((r) => `${r.programId}/${r.year}/${r.metric}`)).toEqual(expectedKeys);
    expect(new Set(happyRows.map((r) => r.program?.code ?? null))).toEqual(new Set(['AAS-NUR', 'BS-CS', null]));
    expectBandsOrdered(happyRows);

    for (let y = 1; y <= H; y++) {
      for (const m of ADDITIVE) {
        const [a, b, total] = [
          rowOf(happyRows, nursing, y, m),
          rowOf(happyRows, cs, y, m),
          rowOf(happyRows, null, y, m),
        ];
        expectClose(total.baseline, a.baseline + b.baseline, `total baseline ${m} year ${y}`);
        expectClose(total.pointEstimate, a.pointEstimate + b.pointEstimate, `total point estimate ${m} year ${y}`);
      }
      // Rates in the total are headcount-weighted.
      for (const m of RATES) {
        const [a, b, total] = [
          rowOf(happyRows, nursing, y, m),
          rowOf(happyRows, cs, y, m),
          rowOf(happyRows, null, y, m),
        ];
        const [ha, hb] = [rowOf(happyRows, nursing, y, 'HEADCOUNT'), rowOf(happyRows, cs, y, 'HEADCOUNT')];
        expectClose(
          total.baseline,
          (a.baseline * ha.baseline + b.baseline * hb.baseline) / (ha.baseline + hb.baseline),
          `total baseline ${m} year ${y}`,
        );
        expectClose(
          total.pointEstimate,
          (a.pointEstimate * ha.pointEstimate + b.pointEstimate * hb.pointEstimate) /
            (ha.pointEstimate + hb.pointEstimate),
          `total point ${m} year ${y}`,
        );
      }

      // Adding a credit-bearing credential raises enrollment and engagement; removing one lowers them (on the
      // reading as stated, whose effects are positive at their modes; the sceptical default's are zero).
      expect(rowOf(happyRows, nursing, y, 'NEW_ENROLLMENTS').pointEstimate).toBeGreaterThan(
        rowOf(happyRows, nursing, y, 'NEW_ENROLLMENTS').baseline,
      );
      expect(rowOf(happyRows, nursing, y, 'ENGAGEMENT_RATE').pointEstimate).toBeGreaterThan(
        rowOf(happyRows, nursing, y, 'ENGAGEMENT_RATE').baseline,
      );
      expect(rowOf(happyRows, cs, y, 'NEW_ENROLLMENTS').pointEstimate).toBeLessThan(
        rowOf(happyRows, cs, y, 'NEW_ENROLLMENTS').baseline,
      );
      expect(rowOf(happyRows, cs, y, 'ENGAGEMENT_RATE').pointEstimate).toBeLessThan(
        rowOf(happyRows, cs, y, 'ENGAGEMENT_RATE').baseline,
      );

      // Money at the modes (ELECTIVE_TAKE_UP mode 0.3). A.A.S. Nursing: BLS (CORE, $85) stays;
      // Business Foundations (take-up 0.4, $237, setup $2,000, displaces 3 credits at $260) and
      // AI Essentials (ADD_ON at 0.3, $49, setup $500) are added. Tuition: 60/2 credits × $260 a head.
      const n = (pid: string, field: 'baseline' | 'pointEstimate') =>
        rowOf(happyRows, pid, y, 'NEW_ENROLLMENTS')[field];
      const head = (pid: string, field: 'baseline' | 'pointEstimate') => rowOf(happyRows, pid, y, 'HEADCOUNT')[field];
      // The rows are the institution's net entrants: N = N_base + (1 − δ)·(N_program − N_base), δ = DIVERSION_SHARE at
      // its mode 0.25. Credential cost and displaced credits fall on the program's own entrants (every one takes it).
      const own = (pid: string) => n(pid, 'baseline') + (n(pid, 'pointEstimate') - n(pid, 'baseline')) / (1 - 0.25);
      const setup = y === 1 ? 2000 + 500 : 0;
      expectClose(
        rowOf(happyRows, nursing, y, 'CREDENTIAL_COST').pointEstimate,
        own(nursing) * (85 + 0.4 * 237 + 0.3 * 49) + setup,
        `nursing cost year ${y}`,
      );
      expectClose(
        rowOf(happyRows, nursing, y, 'CREDENTIAL_COST').baseline,
        n(nursing, 'baseline') * 85,
        `nursing baseline cost year ${y}`,
      );
      expectClose(
        rowOf(happyRows, nursing, y, 'TUITION_REVENUE').pointEstimate,
        head(nursing, 'pointEstimate') * 7800 - own(nursing) * 0.4 * 3 * 260,
        `nursing tuition year ${y}`,
      );
      expectClose(
        rowOf(happyRows, nursing, y, 'TUITION_REVENUE').baseline,
        head(nursing, 'baseline') * 7800,
        `nursing baseline tuition year ${y}`,
      );
      // B.S. CS: the gen-AI elective (take-up 0.35, $294) goes; AI Essentials (CORE, $49) and AWS (0.15, $100) stay.
      expectClose(
        rowOf(happyRows, cs, y, 'CREDENTIAL_COST').pointEstimate,
        own(cs) * (49 + 0.15 * 100),
        `cs cost year ${y}`,
      );
      expectClose(
        rowOf(happyRows, cs, y, 'CREDENTIAL_COST').baseline,
        n(cs, 'baseline') * (0.35 * 294 + 49 + 0.15 * 100),
        `cs baseline cost year ${y}`,
      );
      expectClose(
        rowOf(happyRows, cs, y, 'TUITION_REVENUE').pointEstimate,
        head(cs, 'pointEstimate') * 13500,
        `cs tuition year ${y}`,
      );
      for (const pid of [nursing, cs, null]) {
        for (const f of ['baseline', 'pointEstimate'] as const) {
          expectClose(
            rowOf(happyRows, pid, y, 'NET_REVENUE')[f],
            rowOf(happyRows, pid, y, 'TUITION_REVENUE')[f] - rowOf(happyRows, pid, y, 'CREDENTIAL_COST')[f],
            `net ${pid} ${f} year ${y}`,
          );
        }
      }
      // The contribution margin: tuition after the program's aid, minus its teaching cost on the credits taught
      // (tuition / price: displaced credits are neither billed nor taught), minus credential cost.
      for (const [pid, code, price] of [
        [nursing, 'AAS-NUR', 260],
        [cs, 'BS-CS', 450],
      ] as const) {
        const seed = demo.programs.find((p) => p.code === code)!;
        for (const f of ['baseline', 'pointEstimate'] as const) {
          const tuition = rowOf(happyRows, pid, y, 'TUITION_REVENUE')[f];
          expectClose(
            rowOf(happyRows, pid, y, 'CONTRIBUTION_MARGIN')[f],
            tuition * (1 - seed.discountRate) -
              (tuition / price) * seed.instructionalCostPerCredit -
              rowOf(happyRows, pid, y, 'CREDENTIAL_COST')[f],
            `margin ${code} ${f} year ${y}`,
          );
        }
      }
    }
    // The year-to-year variation behind the prediction intervals, per program in the order of the changes: both
    // programs have eight recorded years of their own (the demo's history), so every component is their own.
    const variation = ok(await t.typed(ScenarioProjectionDocument, { id: happy.id, totalsOnly: true }, t.keys.viewer))
      .scenario!.projection.yearToYearVariation;
    expect(variation.map((v) => [v.programId, v.sources])).toEqual([
      [nursing, 'PROGRAM, PROGRAM, PROGRAM, PROGRAM'],
      [cs, 'PROGRAM, PROGRAM, PROGRAM, PROGRAM'],
    ]);
    for (const v of variation) {
      for (const sd of [v.prospectsSd, v.enrollmentSd, v.engagementSd, v.retentionSd]) {
        expect(Number.isFinite(sd) && sd >= 0).toBe(true);
      }
    }
    // Filters of rows.
    const only = await t.typed(
      ScenarioProjectionDocument,
      { id: happy.id, metrics: ['HEADCOUNT'], programId: cs },
      t.keys.planner,
    );
    expect(ok(only).scenario!.projection.rows).toEqual(
      happyRows.filter((r) => r.programId === cs && r.metric === 'HEADCOUNT'),
    );
  });

  it('the baseline column is the projection of the same programs with no change, whose bands collapse onto it', async () => {
    expect(noChange.changes.map((c) => [c.program.code, c.add, c.removeEmbeddingIds])).toEqual([
      ['AAS-NUR', [], []],
      ['BS-CS', [], []],
    ]);
    const rows = (await projectionOf(noChange.id)).rows;
    expect(rows.map((r) => `${r.programId}/${r.year}/${r.metric}`)).toEqual(
      happyRows.map((r) => `${r.programId}/${r.year}/${r.metric}`),
    );
    rows.forEach((r, i) => {
      const what = `${r.program?.code ?? 'total'} year ${r.year} ${r.metric}`;
      expect({ what, v: r.baseline }).toEqual({ what, v: happyRows[i].baseline });
      expect({ what, v: [r.pointEstimate, r.p10, r.p50, r.p90] }).toEqual({
        what,
        v: [r.baseline, r.baseline, r.baseline, r.baseline],
      });
      expectClose(r.mean, r.baseline, `mean ${what}`);
      // The prediction interval does not collapse: a year may record more or fewer entrants than the path.
      if (r.metric === 'NEW_ENROLLMENTS') {
        expect({ what, below: r.predictionP10 < r.baseline, above: r.predictionP90 > r.baseline }).toEqual({
          what,
          below: true,
          above: true,
        });
      }
    });
  });

  it('with one draw, mean = p10 = p50 = p90 and the point estimate is unchanged', async () => {
    const one = ok(
      await t.typed(PreviewUpliftDocument, { input: { ...happyInput(), draws: 1 } }, t.keys.planner),
    ).previewUplift;
    expect(one.draws).toBe(1);
    expect(one.rows).toHaveLength(happyRows.length);
    one.rows.forEach((r, i) => {
      expect([r.mean, r.p10, r.p90]).toEqual([r.p50, r.p50, r.p50]);
      expect([r.baseline, r.pointEstimate]).toEqual([happyRows[i].baseline, happyRows[i].pointEstimate]);
    });
    // Control: with 200 draws the scenario's bands are not degenerate.
    expect(happyRows.some((r) => r.p90 > r.p10)).toBe(true);
  });

  it('on the sceptical default, the point estimate of the same what-if is no change but its costs; the band still spreads', async () => {
    const sceptical = ok(
      await t.typed(
        PreviewUpliftDocument,
        { input: { ...happyInput(), assumptionSetId: defaultSet.id } },
        t.keys.planner,
      ),
    ).previewUplift;
    const rows = sceptical.rows;
    const [nursing, cs] = [P('AAS-NUR'), P('BS-CS')];
    expect(rows.map((r) => [r.programId, r.year, r.metric, r.baseline])).toEqual(
      happyRows.map((r) => [r.programId, r.year, r.metric, r.baseline]),
    );
    for (let y = 1; y <= H; y++) {
      for (const pid of [nursing, cs]) {
        // No effect is at least as likely as any: every effect is 0 at the point estimate.
        for (const m of ['NEW_ENROLLMENTS', 'HEADCOUNT', 'ENGAGEMENT_RATE', 'RETENTION_RATE', 'COMPLETIONS'] as const) {
          const r = rowOf(rows, pid, y, m);
          expectClose(r.pointEstimate, r.baseline, `${pid} ${m} point estimate year ${y}`);
        }
        // An outcome moved by one effect only has its median there too (half of the draws have no effect, and
        // some of the others a harmful one); headcount and completions mix the enrollment and retention effects.
        for (const m of ['NEW_ENROLLMENTS', 'ENGAGEMENT_RATE', 'RETENTION_RATE'] as const) {
          const r = rowOf(rows, pid, y, m);
          expectClose(r.p50, r.baseline, `${pid} ${m} P50 year ${y}`);
        }
      }
      // What the credentials cost is certain: the additions cost nursing money, the removal saves CS some.
      expect(rowOf(rows, nursing, y, 'NET_REVENUE').pointEstimate).toBeLessThan(
        rowOf(rows, nursing, y, 'NET_REVENUE').baseline,
      );
      expect(rowOf(rows, cs, y, 'NET_REVENUE').pointEstimate).toBeGreaterThan(
        rowOf(rows, cs, y, 'NET_REVENUE').baseline,
      );
    }
    // The band still spreads both ways: an effect may be there, harmful or helpful (from year 2, once the offer is
    // known to prospects).
    for (let y = 2; y <= H; y++) {
      const r = rowOf(rows, nursing, y, 'NEW_ENROLLMENTS');
      expect(r.p10).toBeLessThan(r.baseline);
      expect(r.p90).toBeGreaterThan(r.baseline);
      // Control: taken at its word, the survey puts even the pessimistic end above no change.
      expect(rowOf(happyRows, nursing, y, 'NEW_ENROLLMENTS').p10).toBeGreaterThan(r.baseline);
    }
  });

  // --- reproducibility ---------------------------------------------------------------------------

  it('is reproducible: same inputs and seed give the same hash and rows (preview, second scenario, recomputation); another seed differs', async () => {
    const input = happyInput();
    const preview = ok(await t.typed(PreviewUpliftDocument, { input }, t.keys.planner)).previewUplift;
    expect(preview.inputHash).toBe(happyHash);
    expect(preview.inputHash).toMatch(/^[0-9a-f]{64}$/);
    expect(preview.rows).toEqual(happyRows);

    const twin = await create({ name: 'Twin of the happy path', ...input });
    const twinProjection = await projectionOf(twin.id);
    expect(twinProjection.inputHash).toBe(happyHash);
    expect(twinProjection.rows).toEqual(happyRows);

    // Computed again from scratch (the cached result dropped): the very same numbers.
    expect(await cached(happyHash)).toBe(1);
    await conn().execute('delete from projection_cache where key = ?', [happyHash]);
    expect(await cached(happyHash)).toBe(0);
    const again = await projectionOf(happy.id);
    expect(again.inputHash).toBe(happyHash);
    expect(again.rows).toEqual(happyRows);
    expect(await cached(happyHash)).toBe(1);

    const otherSeed = ok(
      await t.typed(PreviewUpliftDocument, { input: { ...input, seed: 12 } }, t.keys.planner),
    ).previewUplift;
    expect(otherSeed.seed).toBe(12);
    expect(otherSeed.inputHash).not.toBe(happyHash);
    expect(otherSeed.rows.map((r) => [r.baseline, r.pointEstimate])).toEqual(
      happyRows.map((r) => [r.baseline, r.pointEstimate]),
    );
    expect(otherSeed.rows.some((r, i) => r.mean !== happyRows[i].mean)).toBe(true);
    expect(otherSeed.rows.some((r, i) => r.p10 !== happyRows[i].p10)).toBe(true);
    expectBandsOrdered(otherSeed.rows);
  });

  // --- cache and invalidation ----------------------------------------------------------------------

  it('caches each projection once per inputs, and a change of baseline, embedding, cost or assumption invalidates exactly the dependent scenarios', async () => {
    const a = await create({
      name: 'Cache A: analytics badge in nursing',
      horizonYears: 3,
      draws: 50,
      changes: [
        {
          programId: P('BSN'),
          add: [{ credentialId: ownCredentialId, creditsApplied: 3, requirement: 'ELECTIVE', takeUpRate: 0.5 }],
        },
      ],
    });
    const b = await create({
      name: 'Cache B: business as is',
      horizonYears: 3,
      draws: 50,
      changes: [{ programId: P('BS-BUS') }],
    });
    const d = await create({
      name: 'Cache D: own assumptions',
      horizonYears: 3,
      draws: 50,
      assumptionSetId: ownSetId,
      changes: [
        {
          programId: P('EDD-EL'),
          add: [{ credentialId: C('Google AI Essentials'), creditsApplied: 0, requirement: 'ADD_ON' }],
        },
      ],
    });
    expect(d.assumptionSet.id).toBe(ownSetId);
    const ids = { a: a.id, b: b.id, d: d.id };
    type Hashes = Record<keyof typeof ids, string>;
    const hashes = async (): Promise<Hashes> => ({
      a: await hashOf(ids.a),
      b: await hashOf(ids.b),
      d: await hashOf(ids.d),
    });

    const before = await cacheRows();
    let current = await hashes();
    expect(new Set(Object.values(current)).size).toBe(3);
    expect(await cacheRows()).toBe(before + 3);
    for (const h of Object.values(current)) expect(await cached(h)).toBe(1);
    expect(await hashes()).toEqual(current);
    expect(await cacheRows()).toBe(before + 3);

    /** After `change`, exactly `changed` get a new hash, stored once; asking again adds nothing. */
    const step = async (change: () => Promise<void>, changed: (keyof Hashes)[]): Promise<void> => {
      const rowsBefore = await cacheRows();
      await change();
      const next = await hashes();
      for (const k of Object.keys(ids) as (keyof Hashes)[]) {
        if (changed.includes(k)) expect({ k, changed: next[k] !== current[k] }).toEqual({ k, changed: true });
        else expect({ k, hash: next[k] }).toEqual({ k, hash: current[k] });
      }
      expect(await cacheRows()).toBe(rowsBefore + changed.length);
      for (const k of changed) expect(await cached(next[k])).toBe(1);
      expect(await hashes()).toEqual(next);
      expect(await cacheRows()).toBe(rowsBefore + changed.length);
      current = next;
    };

    // A title is no model input: nothing changes.
    await step(async () => {
      ok(await t.gql(UPDATE_PROGRAM, { input: { id: P('BSN'), title: 'B.S. Nursing (renamed)' } }, t.keys.planner));
    }, []);
    // The baseline of A's program.
    await step(async () => {
      ok(
        await t.gql(
          UPDATE_PROGRAM,
          {
            input: {
              id: P('BSN'),
              baseline: {
                annualProspects: 1950,
                annualNewEnrollments: 185,
                engagementRate: 0.71,
                retentionRate: 0.9,
                prospectGrowthRate: 0.015,
              },
            },
          },
          t.keys.planner,
        ),
      );
    }, ['a']);
    // An embedding of B's program.
    await step(async () => {
      const res = ok(
        await t.gql<{ updateEmbedding: { embedding: { takeUpRate: number | null } } }>(
          UPDATE_EMBEDDING,
          {
            input: { id: E('BS-BUS', 'Google Project Management').id, takeUpRate: 0.45 },
          },
          t.keys.planner,
        ),
      );
      expect(res.updateEmbedding.embedding.takeUpRate).toBe(0.45);
    }, ['b']);
    // The cost of the credential A adds.
    await step(async () => {
      const res = ok(
        await t.gql<{ updateCredential: { credential: { costPerLearner: number } } }>(
          UPDATE_CREDENTIAL,
          {
            input: { id: ownCredentialId, costPerLearner: 150 },
          },
          t.keys.planner,
        ),
      );
      expect(res.updateCredential.credential.costPerLearner).toBe(150);
    }, ['a']);
    // An assumption of D's own set.
    await step(async () => {
      ok(
        await t.gql(
          UPDATE_ASSUMPTION,
          {
            input: {
              assumptionSetId: ownSetId,
              override: { ...CAUTIOUS_ENGAGEMENT, mode: Math.log(1.4) },
            },
          },
          t.keys.planner,
        ),
      );
    }, ['d']);

    // The new cost really reaches the numbers: year 2 cost of A at the modes = entrants × (0.5 × $150).
    const rows = (await projectionOf(a.id)).rows;
    expectClose(
      rowOf(rows, P('BSN'), 2, 'CREDENTIAL_COST').pointEstimate,
      rowOf(rows, P('BSN'), 2, 'NEW_ENROLLMENTS').pointEstimate * (85 + 0.5 * 150),
      'cost after update',
    );
  });

  // --- worker threads ------------------------------------------------------------------------------

  it('a large projection runs off the main thread, equals the model run inline, and is served from the cache the second time', async () => {
    const changes: ScenarioChangeInput[] = [
      {
        programId: P('MPH-ONL'),
        add: [{ credentialId: C('Digital Health'), creditsApplied: 3, requirement: 'ELECTIVE' }],
      },
      {
        programId: P('UC-DA'),
        add: [
          {
            credentialId: C('AWS Certified Cloud Practitioner'),
            creditsApplied: 0,
            requirement: 'ADD_ON',
            takeUpRate: 0.2,
          },
        ],
      },
    ];
    const big = await create({
      name: 'Large: 40,000 draws over 30 years',
      horizonYears: 30,
      draws: 40_000,
      seed: 5,
      changes,
    });
    // Warm-up (another seed; 300,000 program-year-draws, also over the limit): the pool's threads start
    // with the first large projection, which is not what is measured below.
    const warm = ok(
      await t.typed(
        PreviewUpliftDocument,
        { input: { horizonYears: 30, draws: 5_000, seed: 6, changes }, totalsOnly: true },
        t.keys.planner,
      ),
    ).previewUplift;
    expect(warm.rows).toHaveLength(30 * 9);
    const rowsBefore = await cacheRows();

    // The main thread keeps ticking while the projection is computed.
    let last = performance.now();
    let maxGap = 0;
    const timer = setInterval(() => {
      const now = performance.now();
      maxGap = Math.max(maxGap, now - last);
      last = now;
    }, 5);
    const started = performance.now();
    const first = await projectionOf(big.id);
    clearInterval(timer);
    const elapsed = performance.now() - started;
    expect(first.rows).toHaveLength(3 * 30 * 9);
    expectBandsOrdered(first.rows);
    expect(first.rows.some((r) => r.p90 > r.p10)).toBe(true);
    expect(await cacheRows()).toBe(rowsBefore + 1);
    expect(maxGap).toBeLessThan(elapsed / 2);

    // The same input hashes the same and, run inline, gives the same numbers.
    const em = t.server.orm.em.fork();
    // The generated client types ids as string | number; these are the strings sent above.
    const resolved = await resolveChanges(
      em,
      { role: Role.PLANNER, institutionId: nbInstitutionDbId, keyId: null },
      changes as unknown as ServiceChangeInput[],
    );
    const set = await defaultAssumptionSet(em);
    const assumptions = inParameterOrder(await em.find(Assumption, { assumptionSet: set.id }));
    // The prediction interval's year-to-year variation, as the projection reads it.
    const { programs: byProgram, fallback } = await institutionVariation(em, nbInstitutionDbId);
    const variation = resolved.map((c) => byProgram.get(c.program.id) ?? fallback);
    // Each credential's fit in its program, through the request's own loaders as the projection reads it.
    const viewer = { role: Role.PLANNER, institutionId: nbInstitutionDbId, keyId: null };
    const fits = await changeFits({ loaders: createLoaders(() => em, viewer) }, resolved);
    const input = modelInput(
      resolved,
      set,
      assumptions,
      { horizonYears: 30, draws: 40_000, seed: 5 },
      fits,
      null,
      variation,
    );
    expect(workUnits(input)).toBeGreaterThan(INLINE_WORK_LIMIT);
    expect(inputHash(input)).toBe(first.inputHash);
    // Inline = on the main thread of a plain Node process, with the same compiled model as the worker
    // (inside Jest's sandbox the model runs some 40× slower).
    // Run without blocking this process's event loop: the server under test lives in it, and a long block leaves
    // its keep-alive sockets racing the client's next request (ECONNRESET).
    const inline = JSON.parse(
      await new Promise<string>((resolve, reject) => {
        const child = execFile(
          process.execPath,
          ['-e', INLINE_SIMULATE, MODEL_BUILD],
          { maxBuffer: 64 << 20 },
          (err, stdout) => (err ? reject(new Error(`inline simulation failed: ${err.message}`)) : resolve(stdout)),
        );
        child.stdin!.end(JSON.stringify(input));
      }),
    ) as SummaryRow[];
    const fromApi = first.rows.map((r) => ({
      programId: r.programId === null ? null : String(dbId(r.programId)),
      year: r.year,
      metric: r.metric,
      baseline: r.baseline,
      pointEstimate: r.pointEstimate,
      mean: r.mean,
      p10: r.p10,
      p50: r.p50,
      p90: r.p90,
      predictionP10: r.predictionP10,
      predictionP90: r.predictionP90,
    }));
    expect(fromApi).toEqual(inline);

    const second = await projectionOf(big.id);
    expect(second.inputHash).toBe(first.inputHash);
    expect(second.rows).toEqual(first.rows);
    expect(await cacheRows()).toBe(rowsBefore + 1);
  });

  // --- sensitivity ---------------------------------------------------------------------------------

  it("sensitivity ranks every parameter by |swing| with swing = outcomeAtHigh − outcomeAtLow at the set's low and high", async () => {
    const sens = async (id: string, year?: number) =>
      ok(await t.typed(ScenarioSensitivityDocument, { id, metric: 'NET_REVENUE', year }, t.keys.viewer)).scenario!
        .sensitivity;
    const whole = await sens(happy.id);
    expect(whole.map((e) => e.parameter).sort()).toEqual([...PARAMETERS].sort());
    for (let i = 1; i < whole.length; i++)
      expect(Math.abs(whole[i - 1].swing)).toBeGreaterThanOrEqual(Math.abs(whole[i].swing));
    expect(whole.some((e) => e.swing !== 0)).toBe(true);
    for (const e of whole) {
      expect(e.swing).toBe(e.outcomeAtHigh - e.outcomeAtLow);
      // The bar spans the set's low and high, and 0 when the parameter has a point mass there (none as stated).
      const spec = asStated.assumptions.find((s) => s.parameter === e.parameter)!;
      const zero = spec.zeroMass > 0;
      expect([e.lowValue, e.highValue]).toEqual([
        zero ? Math.min(spec.low, 0) : spec.low,
        zero ? Math.max(spec.high, 0) : spec.high,
      ]);
    }

    // Engagement moves no money: since model v2, retention has an effect of its own.
    const of = (entries: typeof whole, parameter: string) => entries.find((e) => e.parameter === parameter)!;
    expect(of(whole, 'ENGAGEMENT_EFFECT').swing).toBe(0);

    // At a parameter's high, every parameter is at its mode when that high is its mode: the point estimate. No
    // global set has such a parameter, so a copy of the reading as stated gets one: enrollment odds ×1.7 at most.
    const atHighSetId = ok(
      await t.gql<{ createAssumptionSet: { assumptionSet: IdNode } }>(
        CREATE_SET,
        {
          input: {
            name: 'As stated, enrollment at most ×1.7',
            fromId: asStated.id,
            overrides: [
              {
                parameter: 'ENROLLMENT_EFFECT',
                low: 0,
                mode: Math.log(1.7),
                high: Math.log(1.7),
                distribution: 'PERT',
              },
            ],
          },
        },
        t.keys.planner,
      ),
    ).createAssumptionSet.assumptionSet.id;
    const capped = await create({
      name: 'Happy path, enrollment capped',
      ...happyInput(),
      assumptionSetId: atHighSetId,
    });
    const cappedRows = (await projectionOf(capped.id)).rows;
    const totalNet = (rows: Row[], year: number) => rowOf(rows, null, year, 'NET_REVENUE').pointEstimate;
    const sumOfYears = (rows: Row[]) =>
      Array.from({ length: H }, (_, y) => totalNet(rows, y + 1)).reduce((s, v) => s + v, 0);
    const cappedWhole = await sens(capped.id);
    expect(of(cappedWhole, 'ENROLLMENT_EFFECT').highValue).toBe(Math.log(1.7));
    expectClose(of(cappedWhole, 'ENROLLMENT_EFFECT').outcomeAtHigh, sumOfYears(cappedRows), 'horizon at the modes');
    // Control: as stated, the enrollment effect's high (ln 2.05) is above its mode, so the bar's high end is not the
    // point estimate (the happy path adds in one program and removes in another, so it may lie either side).
    expect(Math.abs(of(whole, 'ENROLLMENT_EFFECT').outcomeAtHigh - sumOfYears(happyRows))).toBeGreaterThan(1000);

    // One year: the same at that year; the years add up to the horizon.
    expectClose(
      of(await sens(capped.id, 2), 'ENROLLMENT_EFFECT').outcomeAtHigh,
      totalNet(cappedRows, 2),
      'year-2 outcome at the modes',
    );
    const perYear = [];
    for (let y = 1; y <= H; y++) perYear.push(await sens(happy.id, y));
    for (const e of whole) {
      expectClose(
        perYear.reduce((s, entries) => s + entries.find((x) => x.parameter === e.parameter)!.outcomeAtLow, 0),
        e.outcomeAtLow,
        `${e.parameter} low over the years`,
      );
    }
    for (const entries of perYear) {
      expect(entries).toHaveLength(PARAMETERS.length);
      for (let i = 1; i < entries.length; i++)
        expect(Math.abs(entries[i - 1].swing)).toBeGreaterThanOrEqual(Math.abs(entries[i].swing));
    }

    for (const year of [0, H + 1]) {
      const res = await t.typed(
        ScenarioSensitivityDocument,
        { id: happy.id, metric: 'NET_REVENUE', year },
        t.keys.viewer,
      );
      expect(errorOf(res)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'year' });
    }
  });

  // --- comparison ----------------------------------------------------------------------------------

  it("compareScenarios gives each scenario's totals year by year in the order of the ids", async () => {
    const short = await create({
      name: 'Short horizon',
      horizonYears: 2,
      draws: 30,
      changes: [
        {
          programId: P('PHD-CS'),
          add: [{ credentialId: C('Applied Machine Learning'), creditsApplied: 2.5, requirement: 'CORE' }],
        },
      ],
    });
    const shortRows = (await projectionOf(short.id)).rows;
    const res = ok(
      await t.typed(CompareScenariosDocument, { ids: [short.id, happy.id], metric: 'HEADCOUNT' }, t.keys.viewer),
    ).compareScenarios;
    expect(res.metric).toBe('HEADCOUNT');
    const expected = [
      ...shortRows.filter((r) => r.programId === null && r.metric === 'HEADCOUNT').map((r) => ({ r, s: short })),
      ...happyRows.filter((r) => r.programId === null && r.metric === 'HEADCOUNT').map((r) => ({ r, s: happy })),
    ].map(({ r, s }) => ({
      scenario: { id: s.id, name: s.name },
      year: r.year,
      baseline: r.baseline,
      pointEstimate: r.pointEstimate,
      mean: r.mean,
      p10: r.p10,
      p50: r.p50,
      p90: r.p90,
      predictionP10: r.predictionP10,
      predictionP90: r.predictionP90,
    }));
    expect(res.rows).toHaveLength(2 + H);
    expect(res.rows).toEqual(expected);

    const unknown = await t.typed(
      CompareScenariosDocument,
      { ids: [happy.id, toGlobalId('Scenario', 987654)], metric: 'NET_REVENUE' },
      t.keys.viewer,
    );
    expect(errorOf(unknown)).toMatchObject({ code: 'NOT_FOUND', field: 'ids.1' });
    const foreign = await t.typed(
      CompareScenariosDocument,
      { ids: [sp.scenarioId, happy.id], metric: 'NET_REVENUE' },
      t.keys.planner,
    );
    expect(errorOf(foreign)).toMatchObject({ code: 'NOT_FOUND', field: 'ids.0' });
    const wrongType = await t.typed(
      CompareScenariosDocument,
      { ids: [happy.id, P('BS-CS')], metric: 'NET_REVENUE' },
      t.keys.viewer,
    );
    expect(errorOf(wrongType)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'ids.1' });
  });

  // --- update, delete, list ------------------------------------------------------------------------

  it('updateScenario changes name, horizon and changes (replaced), bumps the version, and rejects a stale version', async () => {
    const s = await create({
      name: 'To update',
      horizonYears: 3,
      draws: 20,
      changes: [
        {
          programId: P('PHD-CS'),
          add: [{ credentialId: C('Google AI Essentials'), creditsApplied: 0, requirement: 'CORE' }],
        },
        { programId: P('AAS-CYB') },
      ],
    });
    expect(s.version).toBe(1);
    const updated = ok(
      await t.typed(
        UpdateScenarioDocument,
        {
          input: {
            id: s.id,
            expectedVersion: 1,
            name: 'Updated',
            horizonYears: 4,
            changes: [
              {
                programId: P('PHD-CS'),
                add: [
                  {
                    credentialId: C('Applied Machine Learning'),
                    creditsApplied: 2.5,
                    requirement: 'ELECTIVE',
                    takeUpRate: 0.5,
                  },
                ],
              },
            ],
          },
        },
        t.keys.planner,
      ),
    ).updateScenario.scenario;
    expect(updated).toMatchObject({ id: s.id, name: 'Updated', horizonYears: 4, draws: 20, seed: s.seed, version: 2 });
    expect(updated.changes).toHaveLength(1);
    expect(updated.changes[0].program.code).toBe('PHD-CS');
    expect(updated.changes[0].add.map((x) => [x.credential.id, x.creditsApplied, x.requirement, x.takeUpRate])).toEqual(
      [[C('Applied Machine Learning'), 2.5, 'ELECTIVE', 0.5]],
    );
    // The old changes are gone from the database, not only from the answer.
    const sid = dbId(s.id);
    expect(await count('select count(*) as n from scenario_program where scenario_id = ?', [sid])).toBe(1);
    expect(
      await count(
        'select count(*) as n from scenario_addition a join scenario_program p on p.id = a.change_id where p.scenario_id = ?',
        [sid],
      ),
    ).toBe(1);
    // The projection follows the new horizon and programs.
    const rows = (await projectionOf(s.id)).rows;
    expect(rows).toHaveLength(2 * 4 * 9);
    expect(new Set(rows.map((r) => r.program?.code ?? null))).toEqual(new Set(['PHD-CS', null]));

    const state = await scenarioState();
    const stale = await t.typed(
      UpdateScenarioDocument,
      { input: { id: s.id, expectedVersion: 1, name: 'Stale' } },
      t.keys.planner,
    );
    expect(errorOf(stale).code).toBe('CONFLICT');
    const invalid = await t.typed(
      UpdateScenarioDocument,
      {
        input: {
          id: s.id,
          name: 'Invalid',
          changes: [
            {
              programId: P('PHD-CS'),
              add: [{ credentialId: C('Applied Machine Learning'), creditsApplied: 3, requirement: 'CORE' }],
            },
          ],
        },
      },
      t.keys.planner,
    );
    expect(errorOf(invalid)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.changes.0.add.0.creditsApplied' });
    const badHorizon = await t.typed(UpdateScenarioDocument, { input: { id: s.id, horizonYears: 31 } }, t.keys.planner);
    expect(errorOf(badHorizon)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.horizonYears' });
    const byViewer = await t.typed(UpdateScenarioDocument, { input: { id: s.id, name: 'Viewer' } }, t.keys.viewer);
    expect(errorOf(byViewer).code).toBe('FORBIDDEN');
    expect(await scenarioState()).toBe(state);
    const reread = ok(
      await t.typed(ScenarioProjectionDocument, { id: s.id, totalsOnly: true }, t.keys.planner),
    ).scenario!;
    expect(reread).toMatchObject({ name: 'Updated', version: 2, horizonYears: 4 });

    const current = ok(
      await t.typed(UpdateScenarioDocument, { input: { id: s.id, expectedVersion: 2, draws: 25 } }, t.keys.planner),
    ).updateScenario.scenario;
    expect(current).toMatchObject({ name: 'Updated', draws: 25, version: 3 });
    expect(current.changes).toEqual(updated.changes);
  });

  it('deleteScenario removes the scenario and its changes; it is then not found anywhere', async () => {
    const s = await create({
      name: 'To delete',
      horizonYears: 2,
      draws: 10,
      changes: [
        {
          programId: P('AAS-CYB'),
          add: [{ credentialId: C('AWS Certified Cloud Practitioner'), creditsApplied: 0, requirement: 'ADD_ON' }],
          removeEmbeddingIds: [E('AAS-CYB', 'Google Cybersecurity').id],
        },
      ],
    });
    const additionId = s.changes[0].add[0].id;
    expect(ok(await t.gql<{ node: IdNode | null }>(NODE, { id: additionId }, t.keys.planner)).node).toEqual({
      __typename: 'ProgramCredential',
      id: additionId,
    });
    const sid = dbId(s.id);

    const state = await scenarioState();
    expect(errorOf(await t.typed(DeleteScenarioDocument, { input: { id: s.id } }, t.keys.viewer)).code).toBe(
      'FORBIDDEN',
    );
    expect(await scenarioState()).toBe(state);

    expect(
      ok(await t.typed(DeleteScenarioDocument, { input: { id: s.id } }, t.keys.planner)).deleteScenario.deletedId,
    ).toBe(s.id);
    const gone = await t.typed(ScenarioProjectionDocument, { id: s.id }, t.keys.planner);
    expect(gone.data?.scenario).toBeNull();
    expect(errorOf(gone)).toMatchObject({ code: 'NOT_FOUND', field: 'id' });
    for (const id of [s.id, additionId]) {
      const res = await t.gql<{ node: IdNode | null }>(NODE, { id }, t.keys.planner);
      expect({ errors: res.errors, node: res.data?.node }).toEqual({ errors: undefined, node: null });
    }
    expect(await count('select count(*) as n from scenario where id = ?', [sid])).toBe(0);
    expect(await count('select count(*) as n from scenario_program where scenario_id = ?', [sid])).toBe(0);
    expect(await count('select count(*) as n from scenario_addition where id = ?', [dbId(additionId)])).toBe(0);
    expect(
      await count(
        'select count(*) as n from scenario_removal r where not exists (select 1 from scenario_program p where p.id = r.change_id)',
      ),
    ).toBe(0);
    // The embedding it removed is untouched.
    expect(
      await count('select count(*) as n from program_credential where id = ?', [
        dbId(E('AAS-CYB', 'Google Cybersecurity').id),
      ]),
    ).toBe(1);

    const again = await t.typed(DeleteScenarioDocument, { input: { id: s.id } }, t.keys.planner);
    expect(errorOf(again)).toMatchObject({ code: 'NOT_FOUND', field: 'input.id' });
  });

  it("scenarios pages through the institution's scenarios, newest first", async () => {
    const expected = await t.server.orm.em.fork().count(Scenario, { institution: nbInstitutionDbId });
    expect(expected).toBeGreaterThanOrEqual(5);
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 20; page++) {
      const res: {
        scenarios: {
          totalCount: number;
          pageInfo: { hasNextPage: boolean; endCursor?: string | null };
          nodes: { id: string }[];
        };
      } = ok(await t.typed(ScenariosDocument, { first: 2, after }, t.keys.viewer));
      expect(res.scenarios.totalCount).toBe(expected);
      expect(res.scenarios.nodes.length).toBeLessThanOrEqual(2);
      seen.push(...res.scenarios.nodes.map((n) => n.id));
      if (!res.scenarios.pageInfo.hasNextPage) break;
      after = res.scenarios.pageInfo.endCursor ?? null;
    }
    expect(seen).toHaveLength(expected);
    expect(new Set(seen).size).toBe(expected);
    const dbIds = seen.map(dbId);
    expect(dbIds).toEqual([...dbIds].sort((x, y) => y - x));
    expect(seen).toContain(happy.id);
    expect(seen).not.toContain(sp.scenarioId);
  });

  // --- validation ----------------------------------------------------------------------------------

  interface Case {
    name: string;
    input: () => Omit<CreateScenarioInput, 'name'>;
    code: string;
    field: string;
  }
  const ok1 = (): ScenarioChangeInput => ({ programId: P('AAS-NUR') });
  const cases: Case[] = [
    {
      name: 'horizon 0',
      input: () => ({ horizonYears: 0, changes: [ok1()] }),
      code: 'BAD_USER_INPUT',
      field: 'input.horizonYears',
    },
    {
      name: 'horizon 31',
      input: () => ({ horizonYears: 31, changes: [ok1()] }),
      code: 'BAD_USER_INPUT',
      field: 'input.horizonYears',
    },
    {
      name: 'draws 0',
      input: () => ({ horizonYears: 3, draws: 0, changes: [ok1()] }),
      code: 'BAD_USER_INPUT',
      field: 'input.draws',
    },
    {
      name: 'draws 100001',
      input: () => ({ horizonYears: 3, draws: 100_001, changes: [ok1()] }),
      code: 'BAD_USER_INPUT',
      field: 'input.draws',
    },
    {
      name: 'no changes',
      input: () => ({ horizonYears: 3, changes: [] }),
      code: 'BAD_USER_INPUT',
      field: 'input.changes',
    },
    {
      name: 'a program twice',
      input: () => ({ horizonYears: 3, changes: [ok1(), { programId: P('BS-CS') }, ok1()] }),
      code: 'BAD_USER_INPUT',
      field: 'input.changes.2.programId',
    },
    {
      name: 'a program twice (adjacent)',
      input: () => ({ horizonYears: 3, changes: [ok1(), ok1()] }),
      code: 'BAD_USER_INPUT',
      field: 'input.changes.1.programId',
    },
    {
      name: 'a credential already ACTIVE in the program',
      input: () => ({
        horizonYears: 3,
        changes: [
          {
            programId: P('BS-CS'),
            add: [{ credentialId: C('Google AI Essentials'), creditsApplied: 0, requirement: 'CORE' }],
          },
        ],
      }),
      code: 'BAD_USER_INPUT',
      field: 'input.changes.0.add.0.credentialId',
    },
    {
      name: 'an ACTIVE credential in the second change',
      input: () => ({
        horizonYears: 3,
        changes: [
          ok1(),
          {
            programId: P('BS-CS'),
            add: [
              { credentialId: C('Business Foundations'), creditsApplied: 3, requirement: 'ELECTIVE' },
              { credentialId: C('AWS Certified Cloud Practitioner'), creditsApplied: 0, requirement: 'ADD_ON' },
            ],
          },
        ],
      }),
      code: 'BAD_USER_INPUT',
      field: 'input.changes.1.add.1.credentialId',
    },
    {
      name: 'the same credential added twice',
      input: () => ({
        horizonYears: 3,
        changes: [
          {
            programId: P('AAS-NUR'),
            add: [
              { credentialId: C('Business Foundations'), creditsApplied: 3, requirement: 'ELECTIVE' },
              { credentialId: C('Business Foundations'), creditsApplied: 1, requirement: 'ELECTIVE' },
            ],
          },
        ],
      }),
      code: 'BAD_USER_INPUT',
      field: 'input.changes.0.add.1.credentialId',
    },
    {
      name: 'more credits than the credential is worth (5 ECTS = 2.5 credit hours)',
      input: () => ({
        horizonYears: 3,
        changes: [
          {
            programId: P('BS-CS'),
            add: [{ credentialId: C('Applied Machine Learning'), creditsApplied: 3, requirement: 'ELECTIVE' }],
          },
        ],
      }),
      code: 'BAD_USER_INPUT',
      field: 'input.changes.0.add.0.creditsApplied',
    },
    {
      name: 'credits on a non-credit credential',
      input: () => ({
        horizonYears: 3,
        changes: [
          {
            programId: P('BS-CS'),
            add: [
              {
                credentialId: C('Microsoft Certified: Azure Fundamentals'),
                creditsApplied: 1,
                requirement: 'ELECTIVE',
              },
            ],
          },
        ],
      }),
      code: 'BAD_USER_INPUT',
      field: 'input.changes.0.add.0.creditsApplied',
    },
    {
      name: 'the credit cap exceeded by the second addition (21 + 3 + 9 > 30)',
      input: () => ({
        horizonYears: 3,
        changes: [
          {
            programId: P('BS-DS'),
            add: [
              { credentialId: C('Business Foundations'), creditsApplied: 3, requirement: 'ELECTIVE' },
              { credentialId: C('Google Cybersecurity'), creditsApplied: 9, requirement: 'ELECTIVE' },
            ],
          },
        ],
      }),
      code: 'BAD_USER_INPUT',
      field: 'input.changes.0.add.1.creditsApplied',
    },
    {
      name: 'removing an embedding of another program',
      input: () => ({
        horizonYears: 3,
        changes: [{ programId: P('BS-CS'), removeEmbeddingIds: [E('BS-DS', 'IBM Data Science').id] }],
      }),
      code: 'BAD_USER_INPUT',
      field: 'input.changes.0.removeEmbeddingIds.0',
    },
    {
      name: 'removing a RETIRED embedding',
      input: () => ({
        horizonYears: 3,
        changes: [{ programId: P('MBA-ONL'), removeEmbeddingIds: [E('MBA-ONL', 'Business Foundations').id] }],
      }),
      code: 'BAD_USER_INPUT',
      field: 'input.changes.0.removeEmbeddingIds.0',
    },
    {
      name: 'removing a PLANNED embedding (second in the list)',
      input: () => ({
        horizonYears: 3,
        changes: [
          { programId: P('BSN'), removeEmbeddingIds: [E('BSN', 'BLS Provider').id, E('BSN', 'Digital Health').id] },
        ],
      }),
      code: 'BAD_USER_INPUT',
      field: 'input.changes.0.removeEmbeddingIds.1',
    },
    {
      name: 'a program id that is not a program',
      input: () => ({ horizonYears: 3, changes: [{ programId: C('Google AI Essentials') }] }),
      code: 'BAD_USER_INPUT',
      field: 'input.changes.0.programId',
    },
    {
      name: "another tenant's program",
      input: () => ({ horizonYears: 3, changes: [{ programId: sp.programId }] }),
      code: 'NOT_FOUND',
      field: 'input.changes.0.programId',
    },
    {
      name: "another tenant's credential",
      input: () => ({
        horizonYears: 3,
        changes: [
          { programId: P('BS-CS'), add: [{ credentialId: sp.credentialId, creditsApplied: 0, requirement: 'ADD_ON' }] },
        ],
      }),
      code: 'NOT_FOUND',
      field: 'input.changes.0.add.0.credentialId',
    },
    {
      name: "another tenant's embedding",
      input: () => ({ horizonYears: 3, changes: [{ programId: P('BS-CS'), removeEmbeddingIds: [sp.embeddingId] }] }),
      code: 'NOT_FOUND',
      field: 'input.changes.0.removeEmbeddingIds.0',
    },
    {
      name: "another tenant's assumption set",
      input: () => ({ horizonYears: 3, assumptionSetId: sp.assumptionSetId, changes: [ok1()] }),
      code: 'NOT_FOUND',
      field: 'input.assumptionSetId',
    },
  ];

  it.each(cases.map((c) => [c.name, c] as const))(
    'rejects %s in createScenario and previewUplift, writing nothing',
    async (_name, c) => {
      const state = await scenarioState();
      const cacheBefore = await cacheRows();
      const created = await t.typed(
        CreateScenarioDocument,
        { input: { name: `Invalid: ${c.name}`, ...c.input() } },
        t.keys.planner,
      );
      expect(created.data?.createScenario ?? null).toBeNull();
      expect(errorOf(created)).toMatchObject({ code: c.code, field: c.field });
      const preview = await t.typed(PreviewUpliftDocument, { input: { draws: 5, ...c.input() } }, t.keys.viewer);
      expect(errorOf(preview)).toMatchObject({ code: c.code, field: c.field });
      expect(await scenarioState()).toBe(state);
      expect(await cacheRows()).toBe(cacheBefore);
    },
  );

  it('the credit cap counts what the same change removes', async () => {
    const input = {
      horizonYears: 3,
      draws: 5,
      changes: [
        {
          programId: P('BS-DS'),
          removeEmbeddingIds: [E('BS-DS', 'IBM Data Science').id],
          add: [
            { credentialId: C('Business Foundations'), creditsApplied: 3, requirement: 'ELECTIVE' as const },
            { credentialId: C('Google Cybersecurity'), creditsApplied: 9, requirement: 'ELECTIVE' as const },
          ],
        },
      ],
    };
    expect(ok(await t.typed(PreviewUpliftDocument, { input }, t.keys.viewer)).previewUplift.rows).toHaveLength(
      2 * 3 * 9,
    );
    const s = await create({ name: 'Swap the IBM elective for two', ...input });
    expect(s.changes[0].add.map((a) => a.creditsApplied)).toEqual([3, 9]);
    expect(s.changes[0].removeEmbeddingIds).toEqual([E('BS-DS', 'IBM Data Science').id]);
  });

  it('a VIEWER may read and preview but not create a scenario; no key is UNAUTHENTICATED', async () => {
    const state = await scenarioState();
    const res = await t.typed(
      CreateScenarioDocument,
      { input: { name: 'By a viewer', horizonYears: 3, changes: happyChanges() } },
      t.keys.viewer,
    );
    expect(errorOf(res).code).toBe('FORBIDDEN');
    const anonymous = await t.typed(
      CreateScenarioDocument,
      { input: { name: 'Anonymous', horizonYears: 3, changes: happyChanges() } },
      null,
    );
    expect(errorOf(anonymous).code).toBe('UNAUTHENTICATED');
    const anonymousPreview = await t.typed(
      PreviewUpliftDocument,
      { input: { horizonYears: 3, changes: happyChanges() } },
      null,
    );
    expect(errorOf(anonymousPreview).code).toBe('UNAUTHENTICATED');
    expect(await scenarioState()).toBe(state);

    const preview = ok(await t.typed(PreviewUpliftDocument, { input: happyInput() }, t.keys.viewer)).previewUplift;
    expect(preview.inputHash).toBe(happyHash);
    expect(preview.rows).toEqual(happyRows);
    expect(
      ok(await t.typed(ScenariosDocument, { first: 100 }, t.keys.viewer)).scenarios.nodes.map((n) => n.id),
    ).toContain(happy.id);
  });

  // --- tenancy -------------------------------------------------------------------------------------

  it('another institution cannot read, list, compare, change or delete the scenario, nor use its ids', async () => {
    for (const key of [sp.planner, sp.viewer]) {
      const byId = await t.typed(ScenarioProjectionDocument, { id: happy.id }, key);
      expect(byId.data?.scenario).toBeNull();
      expect(errorOf(byId)).toMatchObject({ code: 'NOT_FOUND', field: 'id' });
      for (const id of [happy.id, happy.changes[0].add[0].id]) {
        const node = await t.gql<{ node: IdNode | null }>(NODE, { id }, key);
        expect({ errors: node.errors, node: node.data?.node }).toEqual({ errors: undefined, node: null });
      }
      const list = ok(await t.typed(ScenariosDocument, { first: 100 }, key)).scenarios;
      expect(list.totalCount).toBe(1);
      expect(list.nodes.map((n) => n.id)).toEqual([sp.scenarioId]);
      const compared = await t.typed(
        CompareScenariosDocument,
        { ids: [sp.scenarioId, happy.id], metric: 'NET_REVENUE' },
        key,
      );
      expect(errorOf(compared)).toMatchObject({ code: 'NOT_FOUND', field: 'ids.1' });
      const sensitivity = await t.typed(ScenarioSensitivityDocument, { id: happy.id, metric: 'NET_REVENUE' }, key);
      expect(errorOf(sensitivity)).toMatchObject({ code: 'NOT_FOUND', field: 'id' });
    }
    // Control: Southport reads its own scenario (ECTS program, own set).
    const own = ok(
      await t.typed(ScenarioProjectionDocument, { id: sp.scenarioId, totalsOnly: true }, sp.viewer),
    ).scenario!;
    expect(own.assumptionSet.id).toBe(sp.assumptionSetId);
    expect(own.projection.rows).toHaveLength(3 * 9);
    expect(own.changes[0].removeEmbeddingIds).toEqual([sp.embeddingId]);

    const state = await scenarioState();
    const update = await t.typed(UpdateScenarioDocument, { input: { id: happy.id, name: 'Hijacked' } }, sp.planner);
    expect(errorOf(update)).toMatchObject({ code: 'NOT_FOUND', field: 'input.id' });
    const del = await t.typed(DeleteScenarioDocument, { input: { id: happy.id } }, sp.planner);
    expect(errorOf(del)).toMatchObject({ code: 'NOT_FOUND', field: 'input.id' });
    // Northbridge's program, credential, embedding and set are NOT_FOUND for Southport.
    const foreign: [ScenarioChangeInput[], string | undefined, string][] = [
      [[{ programId: P('BS-CS') }], undefined, 'input.changes.0.programId'],
      [
        [
          {
            programId: sp.programId,
            add: [{ credentialId: ownCredentialId, creditsApplied: 0, requirement: 'ADD_ON' }],
          },
        ],
        undefined,
        'input.changes.0.add.0.credentialId',
      ],
      [
        [{ programId: sp.programId, removeEmbeddingIds: [E('BS-CS', 'AWS Certified Cloud Practitioner').id] }],
        undefined,
        'input.changes.0.removeEmbeddingIds.0',
      ],
      [[{ programId: sp.programId }], ownSetId, 'input.assumptionSetId'],
    ];
    for (const [changes, assumptionSetId, field] of foreign) {
      const res = await t.typed(
        CreateScenarioDocument,
        { input: { name: 'Foreign', horizonYears: 2, changes, assumptionSetId } },
        sp.planner,
      );
      expect(errorOf(res)).toMatchObject({ code: 'NOT_FOUND', field });
      const preview = await t.typed(
        PreviewUpliftDocument,
        { input: { horizonYears: 2, draws: 5, changes, assumptionSetId } },
        sp.viewer,
      );
      expect(errorOf(preview)).toMatchObject({ code: 'NOT_FOUND', field });
    }
    expect(await scenarioState()).toBe(state);
    // Northbridge cannot read Southport's scenario either.
    const back = await t.typed(ScenarioProjectionDocument, { id: sp.scenarioId }, t.keys.planner);
    expect(back.data?.scenario).toBeNull();
    expect(errorOf(back)).toMatchObject({ code: 'NOT_FOUND', field: 'id' });
    expect(
      ok(await t.typed(ScenarioProjectionDocument, { id: happy.id, totalsOnly: true }, t.keys.viewer)).scenario!.name,
    ).toBe(happy.name);
  });
});
