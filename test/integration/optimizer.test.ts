import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { testTargets } from '../support/databases';
import { ADMIN_KEY, errorOf, ok, startTestServer, type GqlResponse, type TestServer } from '../support/server';
import { toGlobalId } from '../../src/core/global-id';
import { DomainError } from '../../src/core/errors';
import {
  optimizePortfolio,
  OptimizerInputError,
  SearchTooLargeError,
  SolverFailedError,
} from '../../src/model/optimizer';
import type { CreditUnit } from '../../src/modules/common/enums';
import { maxCreditsFor } from '../../src/modules/embedding/program-credential.rules';
import { Institution } from '../../src/modules/institution/institution.entity';
import { closeOptimizerPool, OptimizerTimeoutError, runOptimizer } from '../../src/modules/optimizer/optimizer.pool';
import { smallInput } from '../unit/model/optimizer/fixtures';
import { optimizerError } from '../../src/modules/optimizer/optimizer.service';
import { closePool } from '../../src/modules/scenario/projection.pool';
import {
  OptimizePortfolioDocument,
  ScenarioProjectionDocument,
  type OptimizePortfolioInput,
  type OptimizePortfolioMutation,
  type PortfolioPlanFieldsFragment,
} from '../../schema/client/graphql';

/**
 * optimizePortfolio over HTTP (issue 10, docs/MODEL.md §16) on the demo university: plans at two budgets,
 * the frontier, locks and exclusions, CVAR_10, reproducibility, the saved scenario projecting exactly
 * the plan's figures, roles, every kind of bad input (nothing written), and the cost charged. The
 * optimiser itself (exactness against brute force, the solver re-check) is tested in
 * test/unit/model/optimizer.
 */

type Plan = PortfolioPlanFieldsFragment;
interface IdNode {
  id: string;
}
interface EmbeddingView {
  status: string;
  creditsApplied: number;
  credential: { id: string };
}
interface ProgramView {
  id: string;
  code: string;
  status: string;
  totalCredits: number;
  embeddedCredentials: EmbeddingView[];
}
interface CredentialView {
  id: string;
  title: string;
  creditBearing: boolean;
  creditValue: number | null;
  creditUnit: CreditUnit | null;
  costPerLearner: number;
  setupCost: number;
}

const PROGRAMS = `{ programs(first: 100) { nodes { id code status totalCredits embeddedCredentials { status creditsApplied credential { id } } } } }`;
const CREDENTIALS = `{ credentials(first: 100) { nodes { id title creditBearing creditValue creditUnit costPerLearner setupCost } } }`;
const CREATE_INSTITUTION = `mutation($input: CreateInstitutionInput!) { createInstitution(input: $input) { institution { id } } }`;
const CREATE_API_KEY = `mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret } }`;
const CREATE_PROGRAM = `mutation($input: CreateProgramInput!) { createProgram(input: $input) { program { id } } }`;
const CREATE_CREDENTIAL = `mutation($input: CreateCredentialInput!) { createCredential(input: $input) { credential { id } } }`;
const CREATE_SET = `mutation($input: CreateAssumptionSetInput!) { createAssumptionSet(input: $input) { assumptionSet { id } } }`;

const H = 5;

function expectClose(actual: number, expected: number, what: string): void {
  const tolerance = 1e-9 * Math.max(1, Math.abs(actual), Math.abs(expected));
  if (!(Math.abs(actual - expected) <= tolerance)) throw new Error(`${what}: ${actual} is not ${expected}`);
}

describe('errors of the optimiser map to API errors', () => {
  it('bad input names input.<field>; a too-large search and a timeout say what to narrow; a solver failure is internal, never a plan', () => {
    const bad = optimizerError(new OptimizerInputError('lock.2', 'nope')) as DomainError;
    expect(bad).toBeInstanceOf(DomainError);
    expect([bad.code, bad.field]).toEqual(['BAD_USER_INPUT', 'input.lock.2']);
    const big = optimizerError(new SearchTooLargeError('narrow it — fewer programs', 10, 1)) as DomainError;
    expect([big.code, big.field]).toEqual(['BAD_USER_INPUT', 'input']);
    expect(big.message).toMatch(/fewer programs/);
    const slow = optimizerError(new OptimizerTimeoutError(3)) as DomainError;
    expect([slow.code, slow.field]).toEqual(['BAD_USER_INPUT', 'input']);
    expect(slow.message).toMatch(/longer than 3 s.*narrow/);
    const failed = optimizerError(new SolverFailedError('the MIP answer does not re-check')) as DomainError;
    expect(failed.code).toBe('INTERNAL_SERVER_ERROR');
    expect(failed.message).toMatch(/no plan is returned/);
    const other = new Error('boom');
    expect(optimizerError(other)).toBe(other);
  });
});

describe('the worker thread', () => {
  afterAll(() => closeOptimizerPool());

  it('returns exactly the plan the optimiser computes in process', async () => {
    const input = smallInput({ budget: 30_000 });
    expect(await runOptimizer(input, {})).toEqual(optimizePortfolio(input));
  });

  it("brings the optimiser's typed errors back across the thread boundary, with their field", async () => {
    const run = runOptimizer(smallInput({ lock: [{ programId: 'A', credentialId: 'nope' }] }), {});
    await expect(run).rejects.toBeInstanceOf(OptimizerInputError);
    await expect(run).rejects.toMatchObject({ field: 'lock.0.credentialId' });
  });

  it('stops a search past its time limit', async () => {
    await expect(runOptimizer(smallInput({ draws: 20_000, evaluationDraws: 20_000 }), {}, 0.05)).rejects.toBeInstanceOf(
      OptimizerTimeoutError,
    );
  });
});

describe.each(testTargets())('optimizePortfolio on %s', (target) => {
  let t: TestServer;
  let programs: ProgramView[];
  let credentials: CredentialView[];
  let institution: Institution;
  let foreign: { programId: string; credentialId: string; assumptionSetId: string };
  let atLow: Plan;
  let atHigh: Plan;
  let highCost: { requestedQueryCost: number; actualQueryCost: number };

  const P = (code: string): ProgramView => {
    const p = programs.find((x) => x.code === code);
    if (!p) throw new Error(`no demo program ${code}`);
    return p;
  };

  async function optimize(
    input: OptimizePortfolioInput,
    key = t.keys.planner,
  ): Promise<GqlResponse<OptimizePortfolioMutation>> {
    return t.typed(OptimizePortfolioDocument, { input }, key);
  }
  async function plan(input: OptimizePortfolioInput): Promise<Plan> {
    return ok(await optimize(input)).optimizePortfolio.plan;
  }

  const conn = () => t.server.orm.em.fork().getConnection();
  async function written(): Promise<string> {
    const parts: string[] = [];
    for (const table of [
      'scenario',
      'scenario_program',
      'scenario_addition',
      'program_credential',
      'projection_cache',
    ]) {
      parts.push(`${table}: ${JSON.stringify(await conn().execute(`select count(*) as n from ${table}`))}`);
    }
    return parts.join('\n');
  }

  const base = (over: Partial<OptimizePortfolioInput> = {}): OptimizePortfolioInput => ({
    objective: 'NET_REVENUE',
    horizonYears: H,
    budget: 250_000,
    ...over,
  });

  beforeAll(async () => {
    t = await startTestServer(target);
    institution = await t.server.orm.em.fork().findOneOrFail(Institution, { slug: 'northbridge' });
    programs = ok(await t.gql<{ programs: { nodes: ProgramView[] } }>(PROGRAMS, {}, t.keys.planner)).programs.nodes;
    credentials = ok(await t.gql<{ credentials: { nodes: CredentialView[] } }>(CREDENTIALS, {}, t.keys.planner))
      .credentials.nodes;

    const southport = ok(
      await t.gql<{ createInstitution: { institution: IdNode } }>(
        CREATE_INSTITUTION,
        {
          input: { name: 'Southport College', slug: 'southport', country: 'GB', creditUnit: 'ECTS', currency: 'GBP' },
        },
        ADMIN_KEY,
      ),
    ).createInstitution.institution;
    const spPlanner = ok(
      await t.gql<{ createApiKey: { secret: string } }>(
        CREATE_API_KEY,
        {
          input: { institutionId: southport.id, name: 'Southport planner', role: 'PLANNER' },
        },
        ADMIN_KEY,
      ),
    ).createApiKey.secret;
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
    const cautious = {
      overrides: [
        {
          parameter: 'ENGAGEMENT_EFFECT',
          low: 0,
          mode: Math.log(1.3),
          high: Math.log(1.6),
          distribution: 'TRIANGULAR',
        },
      ],
    };
    const spSet = ok(
      await t.gql<{ createAssumptionSet: { assumptionSet: IdNode } }>(
        CREATE_SET,
        { input: { name: 'Southport cautious', ...cautious } },
        spPlanner,
      ),
    ).createAssumptionSet.assumptionSet;
    foreign = { programId: spProgram.id, credentialId: spCredential.id, assumptionSetId: spSet.id };
    // A CALIBRATED set is no longer refused: the optimiser draws whole vectors of its posterior sample, as its
    // projections do (test/integration/honest-evidence.test.ts optimizes on one and checks the saved plan).

    atLow = await plan(base({ budget: 50_000 }));
    const res = await optimize(base({ budget: 250_000 }));
    atHigh = ok(res).optimizePortfolio.plan;
    highCost = (res as { extensions?: { cost: typeof highCost } }).extensions!.cost;
  }, 120_000);

  afterAll(async () => {
    await t?.close();
    await Promise.all([closeOptimizerPool(), closePool()]);
  });

  it('the demo plan at two budgets: every ACTIVE program in scope, within budget, proven optimal, each addition a live-free whole-value pick', () => {
    const active = programs.filter((p) => p.status === 'ACTIVE');
    for (const p of [atLow, atHigh]) {
      expect(p.status).toBe('OPTIMAL');
      expect(p.gap).toBe(0);
      expect([p.objective, p.risk, p.horizonYears, p.draws, p.evaluationDraws, p.seed]).toEqual([
        'NET_REVENUE',
        'EXPECTED',
        H,
        500,
        500,
        1,
      ]);
      expect(p.evaluationSeed).not.toBe(p.seed);
      expect(p.cost).toBeLessThanOrEqual(p.budget);
      expect(p.programs.map((d) => d.programId).sort()).toEqual(active.map((x) => x.id).sort());
      expect(p.scenario).toBeNull();
      expect(p.caveat).toMatch(/learning hours/);
      // A decision, not only a status: OPTIMAL says nothing of how close the runner-up is.
      const d = p.decision;
      expect(['CLEAR', 'TIE', 'NO_ALTERNATIVE']).toContain(d.verdict);
      if (d.verdict !== 'NO_ALTERNATIVE') {
        expect(d.program).not.toBeNull();
        const runnerUp = p.programs.find((x) => x.programId === d.program!.id)!.runnerUp!;
        expect(runnerUp.withinBudget).toBe(true);
        expect(d.shortfall).toBe(runnerUp.expectedGainShortfall);
        // The closest alternative: no program's runner-up within budget loses less.
        for (const x of p.programs)
          if (x.runnerUp?.withinBudget) expect(x.runnerUp.expectedGainShortfall).toBeGreaterThanOrEqual(d.shortfall!);
        const inside = p.value.mean - d.shortfall! >= p.value.p10;
        expect(d.verdict).toBe(inside ? 'TIE' : 'CLEAR');
        expect(d.summary).toMatch(inside ? /^A tie, not a clear winner/ : /^A clear choice/);
        expect(d.summary).toContain(d.program!.code);
      }
      const perProgram = new Map<string, number>();
      for (const a of p.additions) {
        const program = programs.find((x) => x.id === a.program.id)!;
        expect(program.status).toBe('ACTIVE');
        expect(
          program.embeddedCredentials.filter((e) => e.status !== 'RETIRED').map((e) => e.credential.id),
        ).not.toContain(a.credential.id);
        const c = credentials.find((x) => x.id === a.credential.id)!;
        // The whole value in the program's unit (ECTS and CATS converted), 0 for non-credit.
        expect(a.creditsApplied).toBe(maxCreditsFor(c, institution));
        if (!c.creditBearing) expect(a.creditsApplied).toBe(0);
        expect(a.requirement).toBe('ELECTIVE');
        perProgram.set(a.program.id, (perProgram.get(a.program.id) ?? 0) + 1);
        const d = p.programs.find((x) => x.programId === a.program.id)!;
        expect([a.objectiveGain, a.cost]).toEqual([d.chosen.expectedGain, d.chosen.cost]);
      }
      for (const n of perProgram.values()) expect(n).toBe(1);
      expectClose(
        p.programs.reduce((s, d) => s + d.chosen.expectedGain, 0),
        p.gain.mean,
        'program gains add up to the plan gain',
      );
      expect(p.value.p10).toBeLessThanOrEqual(p.value.p50);
      expect(p.value.p50).toBeLessThanOrEqual(p.value.p90);
    }
    expect(atHigh.additions.length).toBeGreaterThan(0);
    // Not necessarily more additions: a larger budget may buy fewer, larger credentials (a second adds less).
    // The criterion maximised (optimisation draws) never falls as the budget grows.
    expect(atHigh.criterion!).toBeGreaterThanOrEqual(atLow.criterion!);
  });

  it('why this pick: each program names its runner-up and how much less it gains', () => {
    for (const d of atHigh.programs) {
      expect(d.runnerUp).not.toBeNull();
      const up = d.runnerUp!;
      if (up.withinBudget) expect(up.criterionShortfall).toBeGreaterThanOrEqual(-1e-9);
      expectClose(up.expectedGainShortfall, d.chosen.expectedGain - up.expectedGain, 'shortfall');
    }
  });

  it('the frontier: at least eight budgets from 0, never falling as the budget grows', () => {
    const f = atHigh.frontier;
    expect(f.length).toBeGreaterThanOrEqual(8);
    expect(f[0]).toMatchObject({ budget: 0, expectedGain: 0, cost: 0 });
    for (let i = 1; i < f.length; i++) {
      expect(f[i].budget).toBeGreaterThan(f[i - 1].budget);
      expect(f[i].expectedGain).toBeGreaterThanOrEqual(f[i - 1].expectedGain);
      expect(f[i].cost).toBeLessThanOrEqual(f[i].budget + 1e-6);
    }
  });

  it('a zero budget adds nothing that costs anything', async () => {
    const zero = await plan(base({ budget: 0 }));
    expect(zero.status).toBe('OPTIMAL');
    expect(zero.cost).toBe(0);
    for (const a of zero.additions) expect(a.cost).toBe(0);
  });

  it('the same seed gives the same plan; the cost of the search is charged in extensions.cost', async () => {
    const again = await plan(base({ budget: 250_000 }));
    expect(again).toEqual(atHigh);
    expect(highCost.requestedQueryCost).toBeGreaterThan(1);
    expect(highCost.actualQueryCost).toBeGreaterThanOrEqual(highCost.requestedQueryCost);
  });

  it('locks force a choice, exclusions remove one', async () => {
    const first = atHigh.additions[0];
    const excluded = await plan(
      base({ exclude: [{ programId: first.program.id, credentialId: first.credential.id }] }),
    );
    expect(
      excluded.additions.some((a) => a.program.id === first.program.id && a.credential.id === first.credential.id),
    ).toBe(false);
    // Lock a pick the unconstrained plan does not make.
    const program = P('MBA-ONL');
    const taken = new Set(program.embeddedCredentials.map((e) => e.credential.id));
    const chosen = atHigh.additions.filter((a) => a.program.id === program.id).map((a) => a.credential.id);
    const other = credentials.find((c) => !taken.has(c.id) && !chosen.includes(c.id) && !c.creditBearing)!;
    const locked = await plan(base({ lock: [{ programId: program.id, credentialId: other.id }], budget: 1e9 }));
    expect(locked.additions.filter((a) => a.program.id === program.id).map((a) => a.credential.id)).toEqual([other.id]);
  });

  it('CVAR_10 on a narrower scope: a verified plan with its status and gap, within budget', async () => {
    const scope = ['BS-CS', 'AAS-NUR', 'MBA-ONL'].map((c) => P(c).id);
    const cvar = await plan(
      base({
        risk: 'CVAR_10',
        programIds: scope,
        credentialIds: credentials.slice(0, 6).map((c) => c.id),
        draws: 200,
        budget: 60_000,
      }),
    );
    expect(cvar.risk).toBe('CVAR_10');
    expect(['OPTIMAL', 'FEASIBLE']).toContain(cvar.status);
    expect(cvar.gap).not.toBeNull();
    if (cvar.status === 'OPTIMAL') expect(cvar.gap).toBe(0);
    expect(cvar.cost).toBeLessThanOrEqual(60_000);
    expect(cvar.programs.map((d) => d.programId)).toEqual(scope);
  });

  it("saveAsScenario stores the plan as a scenario whose projection equals the plan's figures", async () => {
    const before = await written();
    const saved = await plan(base({ budget: 250_000, saveAsScenario: 'Recommended at 250k' }));
    expect(saved.scenario).not.toBeNull();
    expect(saved.additions).toEqual(atHigh.additions);
    expect(saved.scenario).toMatchObject({
      name: 'Recommended at 250k',
      horizonYears: H,
      draws: saved.evaluationDraws,
      seed: saved.evaluationSeed,
    });
    const scenario = ok(
      await t.typed(ScenarioProjectionDocument, { id: saved.scenario!.id, totalsOnly: true }, t.keys.planner),
    ).scenario!;
    expect(scenario.changes.map((c) => c.program.id)).toEqual(saved.programs.map((d) => d.programId));
    const adds = scenario.changes.flatMap((c) =>
      c.add.map((a) => ({
        program: c.program.id,
        credential: a.credential.id,
        creditsApplied: a.creditsApplied,
        requirement: a.requirement,
      })),
    );
    expect(adds).toEqual(
      saved.additions.map((a) => ({
        program: a.program.id,
        credential: a.credential.id,
        creditsApplied: a.creditsApplied,
        requirement: a.requirement,
      })),
    );
    const rows = scenario.projection.rows.filter((r) => r.metric === 'NET_REVENUE');
    expect(rows).toHaveLength(H);
    expectClose(
      rows.reduce((s, r) => s + r.mean, 0),
      saved.value.mean,
      'projected mean = plan value',
    );
    expectClose(
      rows.reduce((s, r) => s + r.baseline, 0),
      saved.baselineValue,
      'projected baseline = plan baseline',
    );
    expect(scenario.projection.rows).toHaveLength(H * 9); // totals only: one row per year and metric
    expect(await written()).not.toBe(before);
  });

  it('nothing is written without saveAsScenario', async () => {
    const before = await written();
    await plan(base({ budget: 100_000 }));
    expect(await written()).toBe(before);
  });

  it('a VIEWER is FORBIDDEN, and nothing is written', async () => {
    const before = await written();
    const res = await optimize(base({ saveAsScenario: 'nope' }), t.keys.viewer);
    expect(errorOf(res).code).toBe('FORBIDDEN');
    expect(await written()).toBe(before);
  });

  const bogus = (type: string) => toGlobalId(type, 999_999);
  const cases: [string, () => Partial<OptimizePortfolioInput>, string, string?][] = [
    ['a rate objective', () => ({ objective: 'ENGAGEMENT_RATE' }), 'input.objective'],
    ['the cost as objective', () => ({ objective: 'CREDENTIAL_COST' }), 'input.objective'],
    ['a negative budget', () => ({ budget: -1 }), 'input.budget'],
    ['maxAdditionsPerProgram 0', () => ({ maxAdditionsPerProgram: 0 }), 'input.maxAdditionsPerProgram'],
    ['maxAdditionsPerProgram 4', () => ({ maxAdditionsPerProgram: 4 }), 'input.maxAdditionsPerProgram'],
    ['0 draws', () => ({ draws: 0 }), 'input.draws'],
    ['too many draws', () => ({ draws: 100_001 }), 'input.draws'],
    ['0 evaluation draws', () => ({ evaluationDraws: 0 }), 'input.evaluationDraws'],
    ['a horizon of 0', () => ({ horizonYears: 0 }), 'input.horizonYears'],
    [
      "another institution's assumption set",
      () => ({ assumptionSetId: foreign.assumptionSetId }),
      'input.assumptionSetId',
      'NOT_FOUND',
    ],
    ['an unknown program', () => ({ programIds: [bogus('DegreeProgram')] }), 'input.programIds.0', 'NOT_FOUND'],
    [
      "another institution's program",
      () => ({ programIds: [P('BS-CS').id, foreign.programId] }),
      'input.programIds.1',
      'NOT_FOUND',
    ],
    [
      "another institution's credential",
      () => ({ credentialIds: [foreign.credentialId] }),
      'input.credentialIds.0',
      'NOT_FOUND',
    ],
    ['a program listed twice', () => ({ programIds: [P('BS-CS').id, P('BS-CS').id] }), 'input.programIds.1'],
    ['not an id', () => ({ programIds: ['nonsense'] }), 'input.programIds.0'],
    [
      'a lock on an unknown program',
      () => ({ lock: [{ programId: bogus('DegreeProgram'), credentialId: credentials[0].id }] }),
      'input.lock.0.programId',
      'NOT_FOUND',
    ],
    [
      "a lock on another institution's credential",
      () => ({ lock: [{ programId: P('BS-CS').id, credentialId: foreign.credentialId }] }),
      'input.lock.0.credentialId',
      'NOT_FOUND',
    ],
    [
      'an exclusion of an unknown credential',
      () => ({ exclude: [{ programId: P('BS-CS').id, credentialId: bogus('MicroCredential') }] }),
      'input.exclude.0.credentialId',
      'NOT_FOUND',
    ],
    [
      'a lock on a program out of scope',
      () => ({ programIds: [P('BSN').id], lock: [{ programId: P('BS-CS').id, credentialId: credentials[0].id }] }),
      'input.lock.0.programId',
    ],
    [
      'a lock on an embedded credential',
      () => {
        const p = P('BS-CS');
        return { lock: [{ programId: p.id, credentialId: p.embeddedCredentials[0].credential.id }] };
      },
      'input.lock.0',
    ],
    [
      'more locks than maxAdditionsPerProgram',
      () => {
        const p = P('MBA-ONL');
        const free = credentials.filter(
          (c) => !c.creditBearing && !p.embeddedCredentials.some((e) => e.credential.id === c.id),
        );
        return {
          lock: [
            { programId: p.id, credentialId: free[0].id },
            { programId: p.id, credentialId: free[1].id },
          ],
        };
      },
      'input.lock.1',
    ],
    [
      'a lock that breaks the credit cap',
      () => {
        // The certificate has 30 credits: 25% is 7.5, less than one 12-credit credential with what is embedded.
        const p = P('UC-DA');
        const big = credentials
          .filter(
            (c) =>
              c.creditBearing &&
              (c.creditValue ?? 0) >
                0.25 * p.totalCredits -
                  p.embeddedCredentials.reduce((s, e) => s + (e.status === 'RETIRED' ? 0 : e.creditsApplied), 0),
          )
          .find((c) => !p.embeddedCredentials.some((e) => e.credential.id === c.id))!;
        return { lock: [{ programId: p.id, credentialId: big.id }] };
      },
      'input.lock.0',
    ],
    [
      'a search past the bound',
      () => ({
        requirements: ['CORE', 'ELECTIVE', 'ADD_ON'],
        maxAdditionsPerProgram: 3,
        credentialIds: credentials.map((c) => c.id),
        draws: 300,
      }),
      'input',
    ],
  ];

  it.each(cases)(
    '%s is refused on its field, and nothing is written',
    async (_what, over, field, code = 'BAD_USER_INPUT') => {
      const before = await written();
      const res = await optimize(base({ ...over(), saveAsScenario: 'never' }));
      const e = errorOf(res);
      expect({ code: e.code, field: e.field }).toEqual({ code, field });
      expect(e.message.length).toBeGreaterThan(10);
      if (field === 'input') expect(e.message).toMatch(/narrow/);
      expect(await written()).toBe(before);
    },
  );
});
