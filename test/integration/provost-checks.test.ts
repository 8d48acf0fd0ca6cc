import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { fixed } from '../support/assumptions';
import { testTargets } from '../support/databases';
import { ok, startTestServer, type TestServer } from '../support/server';

/**
 * A provost's hand checks of model v2's size and saturation, diversion, capacity and contribution margin, through the
 * API (docs/MODEL.md §4 and §8). Every assumption is FIXED, so each point estimate is a number a calculator gives:
 *
 *   q = 100 / 1,000 = 0.1 entrants per prospect;  U(q, 2) = 0.2 / 1.1 (odds × 2, ENROLLMENT_EFFECT = ln 2)
 *   d(h) = 1 − exp(−h / 135)   (OFFER_HOURS_SCALE 135; a US credit hour is 45 hours)
 *   s = 1 − Π(1 − w·d),  entrants = 1,000·(q + s·(U − q))   (AWARENESS_RAMP_YEARS 1: in full from year 1)
 *
 * The formulas are written out here, not imported from src/model: these are the checks a planner makes by hand.
 */
const U = 0.2 / 1.1;
const dose = (hours: number): number => 1 - Math.exp(-hours / 135);
const entrants = (s: number): number => 1000 * (0.1 + s * (U - 0.1));

const CHECK_SET = [
  fixed('ENROLLMENT_EFFECT', Math.log(2)),
  fixed('ENGAGEMENT_EFFECT', 0),
  fixed('RETENTION_EFFECT', 0),
  fixed('NON_CREDIT_EFFECT_SHARE', 0.5),
  fixed('ELECTIVE_TAKE_UP', 0.3),
  fixed('AWARENESS_RAMP_YEARS', 1),
  fixed('OFFER_HOURS_SCALE', 135),
  fixed('DIVERSION_SHARE', 0),
];

const CREATE_SET = `mutation($input: CreateAssumptionSetInput!) { createAssumptionSet(input: $input) { assumptionSet { id } } }`;
const CREATE_PROGRAM = `mutation($input: CreateProgramInput!) { createProgram(input: $input) { program { id } } }`;
const CREATE_CREDENTIAL = `mutation($input: CreateCredentialInput!) {
  createCredential(input: $input) { credential { id offer { hours small } } }
}`;
const PREVIEW = `query($input: PreviewUpliftInput!) {
  previewUplift(input: $input) { rows(totalsOnly: true) { year metric baseline pointEstimate } }
}`;

interface Row {
  year: number;
  metric: string;
  baseline: number;
  pointEstimate: number;
}

describe.each(testTargets())('a provost’s hand checks on %s', (target) => {
  let t: TestServer;
  let checks: string;
  let diverted: string;
  let program: string;
  let capped: string;
  const credential: Record<string, { id: string; offer: { hours: number; small: boolean } }> = {};

  const create = async <D, T>(query: string, input: object, pick: (d: D) => T): Promise<T> =>
    pick(ok(await t.gql<D>(query, { input }, t.keys.planner)));

  /** Year-2 rows of a what-if adding `adds` (credential key, credits) as CORE to `programId`. */
  const preview = async (programId: string, adds: [string, number][], setId = checks): Promise<Row[]> => {
    const res = await t.gql<{ previewUplift: { rows: Row[] } }>(
      PREVIEW,
      {
        input: {
          assumptionSetId: setId,
          horizonYears: 2,
          draws: 20,
          seed: 1,
          changes: [
            {
              programId,
              add: adds.map(([key, creditsApplied]) => ({
                credentialId: credential[key].id,
                creditsApplied,
                requirement: 'CORE',
              })),
            },
          ],
        },
      },
      t.keys.planner,
    );
    return ok(res).previewUplift.rows.filter((r) => r.year === 2);
  };
  const value = (rows: Row[], metric: string, field: 'baseline' | 'pointEstimate' = 'pointEstimate'): number =>
    rows.find((r) => r.metric === metric)![field];
  const gained = async (adds: [string, number][], programId = program, setId = checks): Promise<number> =>
    value(await preview(programId, adds, setId), 'NEW_ENROLLMENTS') - 100;

  beforeAll(async () => {
    t = await startTestServer(target);
    checks = await create(
      CREATE_SET,
      { name: 'Hand checks', overrides: CHECK_SET },
      (d: { createAssumptionSet: { assumptionSet: { id: string } } }) => d.createAssumptionSet.assumptionSet.id,
    );
    diverted = await create(
      CREATE_SET,
      { name: 'Hand checks, half diverted', fromId: checks, overrides: [fixed('DIVERSION_SHARE', 0.5)] },
      (d: { createAssumptionSet: { assumptionSet: { id: string } } }) => d.createAssumptionSet.assumptionSet.id,
    );
    const baseProgram = {
      level: 'BACHELOR',
      modality: 'ON_CAMPUS',
      totalCredits: 120,
      durationYears: 4,
      tuitionPerCredit: 400,
      baseline: { annualProspects: 1000, annualNewEnrollments: 100, engagementRate: 0.5, retentionRate: 0.8 },
      discountRate: 0.4,
      instructionalCostPerCredit: 150,
    };
    const programId = (d: { createProgram: { program: { id: string } } }) => d.createProgram.program.id;
    program = await create(CREATE_PROGRAM, { ...baseProgram, code: 'HAND-1', title: 'Hand checks' }, programId);
    capped = await create(
      CREATE_PROGRAM,
      { ...baseProgram, code: 'HAND-CAP', title: 'Hand checks, capped', capacity: 110 },
      programId,
    );
    const credentialOf = (d: { createCredential: { credential: (typeof credential)[string] } }) =>
      d.createCredential.credential;
    const certificate = { issuer: 'Hand checks', creditRecognition: 'INSTITUTION', creditUnit: 'US_CREDIT_HOUR' };
    credential.cert12 = await create(
      CREATE_CREDENTIAL,
      { ...certificate, title: 'Certificate A', creditValue: 12, costPerLearner: 100 },
      credentialOf,
    );
    credential.cert6 = await create(
      CREATE_CREDENTIAL,
      { ...certificate, title: 'Certificate B', creditValue: 6 },
      credentialOf,
    );
    credential.module = await create(
      CREATE_CREDENTIAL,
      { issuer: 'Hand checks', title: 'A 1.5-hour module', creditRecognition: 'NONE', learningHours: 1.5 },
      credentialOf,
    );
  }, 60_000);

  afterAll(async () => {
    await t?.close();
  });

  it('says how large each credential is as an offer', () => {
    expect(credential.cert12.offer).toEqual({ hours: 12 * 45, small: false });
    expect(credential.module.offer).toEqual({ hours: 1.5, small: true });
  });

  it('a larger credential is a stronger offer: 1, 3, 6 and 12 credits', async () => {
    const gains: number[] = [];
    for (const credits of [1, 3, 6, 12]) {
      const gain = await gained([['cert12', credits]]);
      // 1 credit: d = 0.283469, 123.19 entrants; 3: 0.632121, 151.72; 6: 0.864665, 170.74; 12: 0.981684, 180.32.
      expect(gain).toBeCloseTo(entrants(dose(credits * 45)) - 100, 6);
      gains.push(gain);
    }
    for (let i = 1; i < gains.length; i++) expect(gains[i]).toBeGreaterThan(gains[i - 1]);
  });

  it('a second credential adds less than the first', async () => {
    const first = await gained([['cert6', 6]]);
    const both = await gained([
      ['cert6', 6],
      ['cert12', 6],
    ]);
    // s = 1 − (1 − 0.864665)² = 0.981684: 180.32 entrants, the second adding 9.58 to the first's 70.75.
    expect(both).toBeCloseTo(entrants(1 - (1 - dose(270)) ** 2) - 100, 6);
    expect(both - first).toBeLessThan(first / 5);
  });

  it('a 1.5-hour module earns a small fraction of a 6-credit certificate’s gain', async () => {
    const certificate = await gained([['cert6', 6]]);
    const module = await gained([['module', 0]]);
    // w = 0.5 (no credit), d = 1 − exp(−1.5/135) = 0.011050: s = 0.005525, +0.45 entrants against +70.75.
    expect(module).toBeCloseTo(entrants(0.5 * dose(1.5)) - 100, 6);
    expect(module).toBeGreaterThan(0);
    expect(module / certificate).toBeLessThan(0.01);
  });

  it('half diversion halves the institution’s entrant gain', async () => {
    const gross = await gained([['cert6', 6]]);
    const net = await gained([['cert6', 6]], program, diverted);
    expect(net).toBeCloseTo(gross / 2, 9);
  });

  it('capacity caps entrants', async () => {
    const rows = await preview(capped, [['cert6', 6]]);
    // 170.74 wanted, 110 taken.
    expect(value(rows, 'NEW_ENROLLMENTS')).toBe(110);
    expect(value(rows, 'NEW_ENROLLMENTS', 'baseline')).toBe(100);
  });

  it('the margin is tuition × (1 − aid) − teaching cost − credential cost', async () => {
    const rows = await preview(program, [['cert12', 12]]);
    for (const field of ['baseline', 'pointEstimate'] as const) {
      const tuition = value(rows, 'TUITION_REVENUE', field);
      const credits = tuition / 400;
      const cost = value(rows, 'CREDENTIAL_COST', field);
      expect(value(rows, 'CONTRIBUTION_MARGIN', field)).toBeCloseTo(tuition * 0.6 - credits * 150 - cost, 4);
    }
    // Year 2: two new cohorts of 180.32 and 100·0.8² + 100·0.8³ from before; $100 for each of the year's entrants.
    const n = entrants(dose(540));
    expect(value(rows, 'CREDENTIAL_COST')).toBeCloseTo(n * 100, 6);
    const head = n + n * 0.8 + 100 * 0.8 ** 2 + 100 * 0.8 ** 3;
    expect(value(rows, 'TUITION_REVENUE')).toBeCloseTo(head * 30 * 400, 4);
    expect(value(rows, 'CONTRIBUTION_MARGIN')).toBeCloseTo(head * 30 * (400 * 0.6 - 150) - n * 100, 4);
  });
});
