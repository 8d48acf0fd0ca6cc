import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { testTargets } from '../support/databases';
import { ok, startTestServer, type TestServer } from '../support/server';
import { DegreeProgram } from '../../src/modules/program/degree-program.entity';
import { ProgramCredential } from '../../src/modules/embedding/program-credential.entity';
import { MicroCredential } from '../../src/modules/credential/micro-credential.entity';
import { CredentialAlignment } from '../../src/modules/occupation/credential-alignment.entity';
import { Institution } from '../../src/modules/institution/institution.entity';
import { MetricObservation } from '../../src/modules/metric/metric-observation.entity';
import {
  AssumptionSetKind,
  EmbeddingStatus,
  Modality,
  ObservedMetric,
  ProgramLevel,
  RequirementType,
} from '../../src/modules/common/enums';
import { AssumptionSet } from '../../src/modules/assumption/assumption-set.entity';
import { Scenario, ScenarioAddition, ScenarioProgram } from '../../src/modules/scenario/scenario.entity';
import { Calibration } from '../../src/modules/calibration/calibration.entity';
import { CalibrationStatus } from '../../src/modules/calibration/calibration.enums';

const NESTED = `query Nested($first: Int) {
  programs(first: $first, orderBy: { field: CODE, direction: DESC }) {
    totalCount
    nodes {
      id code embeddedCredits
      institution { id name }
      metrics(first: 3) { totalCount nodes { id value } }
      embeddedCredentials {
        id
        program { id }
        credential {
          id title
          programs { id code embeddedCredentials { id requirement } }
        }
      }
    }
  }
}`;

const SCENARIOS = `query Scenarios($first: Int) {
  scenarios(first: $first) {
    nodes {
      id name
      projection { inputHash rows(totalsOnly: true, metrics: [NET_REVENUE]) { year p50 } }
      assumptionSet { id assumptions { parameter evidence { id key source { id title } } } }
      changes {
        program { id code }
        add { id creditsApplied program { id } credential { id title } }
        removeEmbeddingIds
      }
    }
  }
  evidenceSources { id statistics { id key } }
}`;

const CALIBRATIONS = `query Calibrations($first: Int) {
  calibrations(first: $first) {
    totalCount
    nodes {
      id status warnings
      estimates { outcome }
      priorAssumptionSet { id name }
      assumptionSet { id kind calibration { id } }
      excludedPrograms { id code }
    }
  }
}`;

interface Nested {
  programs: {
    totalCount: number;
    nodes: { id: string; embeddedCredentials: { credential: { programs: { id: string }[] } }[] }[];
  };
}

/**
 * Each loader is reached from one parent list per query: on PostgreSQL two parents answer at
 * different moments, so a loader they share may batch twice, which is not an N+1.
 *
 * Every relation goes through a per-request loader, so the statement count of a nested query
 * depends on its depth, never on the page size. The counts are locked: a new N+1 fails here.
 */
describe.each(testTargets())('SQL statements of nested queries on %s', (target) => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer(target);
    // Enough programs that a page of 50 is full, each with embeddings and metrics.
    const em = t.server.orm.em.fork();
    const institution = await em.findOneOrFail(Institution, { slug: 'northbridge' });
    const credentials = await em.find(MicroCredential, { institution: null }, { orderBy: { id: 'ASC' } });
    // Programs of the demo's CIP codes and credentials the seeds align: every page's projections read relevance.
    const cips = ['11.0701', '52.0201', '51.3801', '30.7001', '42.0101'];
    const aligned = await em.find(
      MicroCredential,
      { id: { $in: (await em.find(CredentialAlignment, {})).map((a) => a.credential.id) } },
      { orderBy: { id: 'ASC' } },
    );
    for (let i = 0; i < 45; i++) {
      const program = em.create(DegreeProgram, {
        institution,
        code: `ZZ-${String(i).padStart(3, '0')}`,
        title: `Load program ${i}`,
        cipCode: cips[i % cips.length],
        level: ProgramLevel.BACHELOR,
        modality: Modality.ONLINE,
        totalCredits: 120,
        durationYears: 4,
        tuitionPerCredit: 400,
        annualProspects: 1000,
        annualNewEnrollments: 150,
        engagementRate: 0.6,
        retentionRate: 0.8,
      });
      for (const c of [credentials[i % credentials.length], credentials[(i + 3) % credentials.length]]) {
        em.create(ProgramCredential, {
          program,
          credential: c,
          creditsApplied: 0,
          requirement: RequirementType.ADD_ON,
          status: EmbeddingStatus.ACTIVE,
        });
      }
      em.create(MetricObservation, { program, academicYear: 2024, metric: ObservedMetric.PROSPECTS, value: 1000 });
    }
    await em.flush();
    // And as many scenarios, each changing two programs.
    const set = await em.findOneOrFail(AssumptionSet, { isDefault: true });
    const programs = await em.find(DegreeProgram, { institution }, { orderBy: { id: 'ASC' } });
    for (let i = 0; i < 50; i++) {
      const scenario = em.create(Scenario, {
        institution,
        name: `Scenario ${i}`,
        assumptionSet: set,
        horizonYears: 5,
        draws: 10,
        seed: i,
      });
      for (const [position, program] of [
        programs[i % programs.length],
        programs[(i + 1) % programs.length],
      ].entries()) {
        const change = em.create(ScenarioProgram, { scenario, program, position });
        em.create(ScenarioAddition, {
          change,
          credential: position === 0 ? aligned[i % aligned.length] : credentials[(i + position) % credentials.length],
          creditsApplied: 0,
          requirement: RequirementType.ELECTIVE,
        });
      }
    }
    await em.flush();
    // And as many saved calibrations, each with its calibrated set and one excluded program.
    for (let i = 0; i < 50; i++) {
      const calibrated = em.create(AssumptionSet, {
        name: `Calibrated ${i}`,
        institution,
        kind: AssumptionSetKind.CALIBRATED,
      });
      const excluded = [{ id: programs[i % programs.length].id, reason: 'UNKNOWN_START_YEAR' }];
      em.create(Calibration, {
        institution,
        name: `Calibration ${i}`,
        status: CalibrationStatus.OK,
        priorAssumptionSet: set,
        assumptionSet: calibrated,
        draws: 1000,
        seed: i,
        modelVersion: 2,
        effectiveSampleSize: 500,
        paretoK: null,
        observationCount: 0,
        observationHash: '0'.repeat(64),
        programYearCount: 0,
        programCount: 1,
        estimates: '[]',
        parameters: '[]',
        derived: '[]',
        warnings: '["FEW_TREATED_PROGRAMS"]',
        excludedPrograms: JSON.stringify(excluded),
        diagnostics: '{}',
        sample: '[]',
      });
    }
    await em.flush();
  });
  afterAll(async () => {
    await t?.close();
  });

  async function statementsFor(first: number): Promise<number> {
    t.sql.reset();
    const data = ok(await t.gql<Nested>(NESTED, { first }, t.keys.planner));
    expect(data.programs.nodes).toHaveLength(first);
    // The 45 load programs sort first, and each has two embeddings.
    expect(data.programs.nodes.filter((p) => p.embeddedCredentials.length >= 2).length).toBeGreaterThanOrEqual(
      Math.min(first, 45),
    );
    if (process.env.DEBUG_SQL) console.log(first, t.sql.statements.map((s) => s.slice(0, 160)).join('\n'));
    return t.sql.statements.length;
  }

  it('issues the same number of statements for 5 and for 50 programs', async () => {
    const five = await statementsFor(5);
    const fifty = await statementsFor(50);
    expect(fifty).toBe(five);
    // key lookup, page, count, metrics page, metric counts, institutions, embeddings with their
    // credentials (one join), programs by id, programs by credential, the embeddings of those programs.
    expect(five).toBe(LOCKED_COUNT);
  });

  it('locks the statements of scenarios → changes → additions → credentials and of the evidence graph', async () => {
    // The first read computes and stores the 50 projections; the counts below are of cached reads.
    ok(await t.gql(SCENARIOS, { first: 50 }, t.keys.planner));
    const counts: number[] = [];
    for (const first of [5, 50]) {
      t.sql.reset();
      const data = ok(
        await t.gql<{ scenarios: { nodes: { changes: { add: unknown[] }[] }[] } }>(
          SCENARIOS,
          { first },
          t.keys.planner,
        ),
      );
      expect(data.scenarios.nodes).toHaveLength(first);
      expect(
        data.scenarios.nodes.every((n) => n.changes.length === 2 && n.changes.every((c) => c.add.length === 1)),
      ).toBe(true);
      counts.push(t.sql.statements.length);
      // The prediction intervals' year-to-year variation reads the institution's actuals once per request,
      // however many scenarios and programs the page projects.
      expect(t.sql.statements.filter((s) => /from [`"]?metric_observation[`"]?/.test(s))).toHaveLength(1);
    }
    if (process.env.DEBUG_SQL) console.log(t.sql.statements.map((s) => s.slice(0, 140)).join('\n'));
    expect(counts[1]).toBe(counts[0]);
    expect(counts[0]).toBe(LOCKED_SCENARIO_COUNT);
  });

  it('locks the statements of calibrations → prior and calibrated sets → their calibration → programs', async () => {
    const counts: number[] = [];
    for (const first of [5, 50]) {
      t.sql.reset();
      type Page = { assumptionSet: { calibration: { id: string } } | null; excludedPrograms: unknown[] }[];
      const data = ok(await t.gql<{ calibrations: { nodes: Page } }>(CALIBRATIONS, { first }, t.keys.planner));
      expect(data.calibrations.nodes).toHaveLength(first);
      expect(
        data.calibrations.nodes.every((n) => n.assumptionSet?.calibration && n.excludedPrograms.length === 1),
      ).toBe(true);
      counts.push(t.sql.statements.length);
    }
    if (process.env.DEBUG_SQL) console.log(t.sql.statements.map((s) => s.slice(0, 140)).join('\n'));
    expect(counts[1]).toBe(counts[0]);
    expect(counts[0]).toBe(LOCKED_CALIBRATION_COUNT);
  });

  it("issues the same number of statements for programs' occupations, for 5 and for 50 programs", async () => {
    // The load programs lead to occupations too, through the demo's CIP codes.
    const em = t.server.orm.em.fork();
    const cips = ['11.0701', '52.0201', '51.3801', '30.7001', '42.0101'];
    for (let digit = 0; digit < 10; digit++) {
      await em.nativeUpdate(DegreeProgram, { code: { $like: `ZZ-%${digit}` } }, { cipCode: cips[digit % cips.length] });
    }
    const OCCUPATIONS = `query($first: Int) { programs(first: $first, orderBy: { field: CODE }) {
      nodes { code occupations { id code title employment projectedGrowth annualOpenings medianWage } } } }`;
    type Page = { programs: { nodes: { code: string; occupations: { code: string }[] }[] } };
    const counts: number[] = [];
    for (const first of [5, 50]) {
      t.sql.reset();
      const data = ok(await t.gql<Page>(OCCUPATIONS, { first }, t.keys.planner));
      expect(data.programs.nodes).toHaveLength(first);
      expect(data.programs.nodes.every((p) => p.occupations.length > 0)).toBe(true);
      counts.push(t.sql.statements.length);
    }
    if (process.env.DEBUG_SQL) console.log(t.sql.statements.map((s) => s.slice(0, 140)).join('\n'));
    expect(counts[1]).toBe(counts[0]);
    expect(counts[0]).toBe(LOCKED_OCCUPATION_COUNT);
  });

  it("issues the same number of statements for embedded credentials' occupations, for 5 and for 50 programs", async () => {
    // The load programs embed the shared catalog, whose demo credentials the seeds align to occupations.
    const OCCUPATIONS = `query($first: Int) { programs(first: $first, orderBy: { field: CODE, direction: DESC }) {
      nodes { code embeddedCredentials { credential { id occupations { id code title medianWage } } } } } }`;
    type Page = {
      programs: { nodes: { embeddedCredentials: { credential: { occupations: { code: string }[] } }[] }[] };
    };
    const counts: number[] = [];
    for (const first of [5, 50]) {
      t.sql.reset();
      const data = ok(await t.gql<Page>(OCCUPATIONS, { first }, t.keys.planner));
      expect(data.programs.nodes).toHaveLength(first);
      const aligned = data.programs.nodes
        .flatMap((p) => p.embeddedCredentials)
        .filter((e) => e.credential.occupations.length);
      expect(aligned.length).toBeGreaterThan(0);
      counts.push(t.sql.statements.length);
    }
    if (process.env.DEBUG_SQL) console.log(t.sql.statements.map((s) => s.slice(0, 140)).join('\n'));
    expect(counts[1]).toBe(counts[0]);
    expect(counts[0]).toBe(LOCKED_CREDENTIAL_OCCUPATION_COUNT);
  });
});

const LOCKED_COUNT = 10;
// key, page, the page's embeddings with their credentials (one join), the credentials' alignments for the viewer,
// their occupations.
const LOCKED_CREDENTIAL_OCCUPATION_COUNT = 5;
// key, sources, page, count, statistics, sets, changes (+additions, removals), sources by id,
// assumptions, programs, credentials, assumption evidence; and for the projections: their sets,
// assumptions, changes with credentials, programs, ACTIVE embeddings, and the stored results; since model v2, the
// year-to-year variation of the prediction intervals (read once per request, by institution, not per program or
// scenario): the institution's actuals and its ACTIVE embeddings with a start year (DEBUG_SQL=1 shows the two); since
// relevance, the credentials' alignments, the crosswalk rows of the programs' CIP codes and the occupations of each.
const LOCKED_SCENARIO_COUNT = 23;
// key, page, count, the prior and calibrated sets (one loader), the sets' calibrations, excluded programs.
const LOCKED_CALIBRATION_COUNT = 6;
// key, page, the crosswalk rows of the page's CIP codes, their occupations.
const LOCKED_OCCUPATION_COUNT = 4;
