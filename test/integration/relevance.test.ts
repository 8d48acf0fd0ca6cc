import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { fixed } from '../support/assumptions';
import { testTargets } from '../support/databases';
import { errorOf, ok, startTestServer, type TestServer } from '../support/server';

/**
 * Relevance (issue 19, docs/MODEL.md §4.6) over HTTP on a real server and database. A credential aligned to software
 * occupations fits B.S.-like programs of CIP 11.0701 (Computer Science) and not of 42.0101 (Psychology), and scales
 * its offer by r = RELEVANCE_FLOOR + (1 − RELEVANCE_FLOOR)·ρ. With every assumption FIXED, one credential added to a
 * program with none: entrants = N_base + (1 − δ)·P·a·w·d·r·(U − q), so two programs alike but for their CIP code gain
 * in the ratio of their r. Written out here, not imported from src/model.
 */
const checkSet = (floor: number) => [
  fixed('ENROLLMENT_EFFECT', Math.log(2)),
  fixed('ENGAGEMENT_EFFECT', Math.log(1.5)),
  fixed('RETENTION_EFFECT', 0),
  fixed('NON_CREDIT_EFFECT_SHARE', 0.5),
  fixed('ELECTIVE_TAKE_UP', 0.3),
  fixed('AWARENESS_RAMP_YEARS', 1),
  fixed('OFFER_HOURS_SCALE', 135),
  fixed('DIVERSION_SHARE', 0),
  fixed('RELEVANCE_FLOOR', floor),
];

const CREATE_SET = `mutation($input: CreateAssumptionSetInput!) { createAssumptionSet(input: $input) { assumptionSet { id } } }`;
const CREATE_PROGRAM = `mutation($input: CreateProgramInput!) { createProgram(input: $input) { program { id } } }`;
const CREATE_CREDENTIAL = `mutation($input: CreateCredentialInput!) { createCredential(input: $input) { credential { id } } }`;
const SET_OCCUPATIONS = `mutation($input: SetCredentialOccupationsInput!) {
  setCredentialOccupations(input: $input) { credential { id } } }`;
const FIT = `query($id: ID!, $programId: ID!) { node(id: $id) { ... on MicroCredential {
  fitIn(programId: $programId) { programId credentialId relevance relevanceKnown matchedOccupations credentialOccupations programOccupations summary } } } }`;
const PREVIEW = `query($input: PreviewUpliftInput!) { previewUplift(input: $input) {
  rows(totalsOnly: true) { year metric baseline pointEstimate mean }
  relevance { programId credentialId relevance relevanceKnown summary }
  warnings { code programId credentialId message } } }`;
const EMBED = `mutation($input: EmbedCredentialInput!) { embedCredential(input: $input) {
  embedding { id relevance relevanceKnown fit { matchedOccupations credentialOccupations summary } } } }`;
const OPTIMIZE = `mutation($input: OptimizePortfolioInput!) { optimizePortfolio(input: $input) { plan {
  additions { program { id } credential { id } relevance fit { relevanceKnown summary } }
  warnings { code programId credentialId message } } } }`;

interface Row {
  year: number;
  metric: string;
  baseline: number;
  pointEstimate: number;
  mean: number;
}
interface Fit {
  programId: string;
  credentialId: string;
  relevance: number;
  relevanceKnown: boolean;
  summary: string;
}
interface Warning {
  code: string;
  programId: string;
  credentialId: string;
  message: string;
}
interface Preview {
  rows: Row[];
  relevance: Fit[];
  warnings: Warning[];
}

describe.each(testTargets())('relevance on %s', (target) => {
  let t: TestServer;
  const sets: Record<number, string> = {};
  const program: Record<'cs' | 'psy' | 'none', string> = { cs: '', psy: '', none: '' };
  const credential: Record<'software' | 'half' | 'unaligned', string> = { software: '', half: '', unaligned: '' };

  const create = async <D>(query: string, input: object): Promise<D> =>
    ok(await t.gql<D>(query, { input }, t.keys.planner));
  const preview = async (programId: string, credentialId: string, setId: string): Promise<Preview> =>
    ok(
      await t.gql<{ previewUplift: Preview }>(
        PREVIEW,
        {
          input: {
            assumptionSetId: setId,
            horizonYears: 2,
            draws: 20,
            seed: 1,
            changes: [{ programId, add: [{ credentialId, creditsApplied: 6, requirement: 'CORE' }] }],
          },
        },
        t.keys.planner,
      ),
    ).previewUplift;
  /** Year-2 entrants gained over the baseline (at the point estimate; every draw is the same). */
  const gain = (p: Preview): number => {
    const row = p.rows.find((r) => r.year === 2 && r.metric === 'NEW_ENROLLMENTS')!;
    expect(row.mean).toBeCloseTo(row.pointEstimate, 9);
    return row.pointEstimate - row.baseline;
  };
  const fitIn = async (credentialId: string, programId: string) =>
    ok(await t.gql<{ node: { fitIn: Fit } }>(FIT, { id: credentialId, programId }, t.keys.viewer)).node.fitIn;

  beforeAll(async () => {
    t = await startTestServer(target);
    for (const floor of [0, 0.2]) {
      sets[floor] = (
        await create<{ createAssumptionSet: { assumptionSet: { id: string } } }>(CREATE_SET, {
          name: `Relevance checks, floor ${floor}`,
          overrides: checkSet(floor),
        })
      ).createAssumptionSet.assumptionSet.id;
    }
    const base = {
      level: 'BACHELOR',
      modality: 'ON_CAMPUS',
      totalCredits: 120,
      durationYears: 4,
      tuitionPerCredit: 400,
      baseline: { annualProspects: 1000, annualNewEnrollments: 100, engagementRate: 0.5, retentionRate: 0.8 },
    };
    const programOf = (d: { createProgram: { program: { id: string } } }) => d.createProgram.program.id;
    program.cs = programOf(
      await create(CREATE_PROGRAM, { ...base, code: 'REL-CS', title: 'Computing', cipCode: '11.0701' }),
    );
    program.psy = programOf(
      await create(CREATE_PROGRAM, { ...base, code: 'REL-PSY', title: 'Psychology', cipCode: '42.0101' }),
    );
    program.none = programOf(await create(CREATE_PROGRAM, { ...base, code: 'REL-NONE', title: 'No CIP code' }));
    const credentialOf = (d: { createCredential: { credential: { id: string } } }) => d.createCredential.credential.id;
    const certificate = {
      issuer: 'Relevance checks',
      creditRecognition: 'INSTITUTION',
      creditUnit: 'US_CREDIT_HOUR',
      creditValue: 6,
    };
    credential.software = credentialOf(
      await create(CREATE_CREDENTIAL, { ...certificate, title: 'Software certificate' }),
    );
    credential.half = credentialOf(
      await create(CREATE_CREDENTIAL, { ...certificate, title: 'Software and finance certificate' }),
    );
    credential.unaligned = credentialOf(
      await create(CREATE_CREDENTIAL, { ...certificate, title: 'Unaligned certificate' }),
    );
    // Software developers, testers and web developers (all led to by CIP 11.0701); a software developer and a
    // financial analyst (13-2051, not among its occupations).
    await create(SET_OCCUPATIONS, { credentialId: credential.software, socCodes: ['15-1252', '15-1253', '15-1254'] });
    await create(SET_OCCUPATIONS, { credentialId: credential.half, socCodes: ['15-1252', '13-1111'] });
  });
  afterAll(async () => {
    await t?.close();
  });

  it('a credential aligned to software occupations fits Computer Science and not Psychology', async () => {
    expect(await fitIn(credential.software, program.cs)).toMatchObject({
      programId: program.cs,
      credentialId: credential.software,
      relevance: 1,
      relevanceKnown: true,
      summary: 'fits all 3 of its occupations',
    });
    expect(await fitIn(credential.software, program.psy)).toMatchObject({
      relevance: 0,
      relevanceKnown: true,
      summary: 'fits none of its 3 occupations',
    });
    expect(await fitIn(credential.half, program.cs)).toMatchObject({
      relevance: 0.5,
      summary: 'fits 1 of its 2 occupations',
    });
    // Unknown either way: no occupations on the credential, or none for a program without a CIP code.
    expect(await fitIn(credential.unaligned, program.cs)).toMatchObject({ relevance: 1, relevanceKnown: false });
    expect((await fitIn(credential.unaligned, program.cs)).summary).toMatch(
      /^relevance unknown: the credential is aligned/,
    );
    expect(await fitIn(credential.software, program.none)).toMatchObject({ relevance: 1, relevanceKnown: false });
  });

  it('scales the offer by the floor plus (1 − floor)·ρ: Psychology gains the floor’s share, nothing at floor 0', async () => {
    const cs = gain(await preview(program.cs, credential.software, sets[0.2]));
    // entrants = 1,000·(0.1 + d·r·(U − 0.1)), d = 1 − e^(−270/135), U = 0.2/1.1: r = 1 in Computer Science.
    const d = 1 - Math.exp(-2);
    expect(cs).toBeCloseTo(1000 * d * (0.2 / 1.1 - 0.1), 6);
    expect(gain(await preview(program.psy, credential.software, sets[0.2]))).toBeCloseTo(0.2 * cs, 6);
    expect(gain(await preview(program.cs, credential.half, sets[0.2]))).toBeCloseTo((0.2 + 0.8 * 0.5) * cs, 6);
    // At RELEVANCE_FLOOR 0 the software certificate gains Psychology nothing at all, in every year and every draw.
    const none = await preview(program.psy, credential.software, sets[0]);
    for (const r of none.rows.filter((x) => x.metric === 'NEW_ENROLLMENTS')) {
      expect(r.pointEstimate).toBe(r.baseline);
      expect(r.mean).toBe(r.baseline);
    }
    expect(gain(await preview(program.cs, credential.software, sets[0]))).toBeCloseTo(cs, 9);
    // An unknown relevance is full relevance, and the projection says so.
    const unknown = await preview(program.cs, credential.unaligned, sets[0]);
    expect(gain(unknown)).toBeCloseTo(cs, 9);
    expect(unknown.relevance).toEqual([
      expect.objectContaining({ programId: program.cs, credentialId: credential.unaligned, relevanceKnown: false }),
    ]);
    expect(unknown.warnings).toEqual([
      {
        code: 'RELEVANCE_UNKNOWN',
        programId: program.cs,
        credentialId: credential.unaligned,
        message: expect.stringMatching(/^"Unaligned certificate" in REL-CS: relevance unknown/),
      },
    ]);
    expect((await preview(program.psy, credential.software, sets[0])).warnings).toEqual([]);
  });

  it('reports an embedding’s relevance', async () => {
    const res = await t.gql<{
      embedCredential: { embedding: { relevance: number; relevanceKnown: boolean; fit: object } };
    }>(
      EMBED,
      { input: { programId: program.psy, credentialId: credential.half, creditsApplied: 6, requirement: 'ELECTIVE' } },
      t.keys.planner,
    );
    expect(ok(res).embedCredential.embedding).toEqual({
      id: expect.any(String),
      relevance: 0,
      relevanceKnown: true,
      fit: { matchedOccupations: 0, credentialOccupations: 2, summary: 'fits none of its 2 occupations' },
    });
  });

  it('the optimiser leaves out additions below minRelevance, keeps unknown ones with a warning', async () => {
    const input = {
      objective: 'NEW_ENROLLMENTS',
      horizonYears: 3,
      budget: 1e9,
      assumptionSetId: sets[0.2],
      programIds: [program.cs, program.psy],
      credentialIds: [credential.software, credential.unaligned],
      maxAdditionsPerProgram: 2,
      draws: 20,
    };
    type Plan = {
      optimizePortfolio: {
        plan: {
          additions: {
            program: { id: string };
            credential: { id: string };
            relevance: number;
            fit: { relevanceKnown: boolean };
          }[];
          warnings: Warning[];
        };
      };
    };
    const pairs = (plan: Plan['optimizePortfolio']['plan']) =>
      plan.additions
        .map(
          (a) =>
            `${a.program.id === program.cs ? 'cs' : 'psy'}:${a.credential.id === credential.software ? 'software' : 'unaligned'}`,
        )
        .sort();
    // Every addition gains entrants, so without a minimum the plan takes both credentials in both programs.
    const all = ok(await t.gql<Plan>(OPTIMIZE, { input }, t.keys.planner)).optimizePortfolio.plan;
    expect(pairs(all)).toEqual(['cs:software', 'cs:unaligned', 'psy:software', 'psy:unaligned']);
    expect(
      all.additions.find((a) => a.program.id === program.psy && a.credential.id === credential.software)!.relevance,
    ).toBe(0);
    // The unaligned credential is kept (its relevance unknown, never below a minimum), with a warning for each program.
    const picky = ok(await t.gql<Plan>(OPTIMIZE, { input: { ...input, minRelevance: 0.5 } }, t.keys.planner))
      .optimizePortfolio.plan;
    expect(pairs(picky)).toEqual(['cs:software', 'cs:unaligned', 'psy:unaligned']);
    expect(picky.warnings.map((w) => [w.code, w.programId, w.credentialId])).toEqual([
      ['RELEVANCE_UNKNOWN', program.cs, credential.unaligned],
      ['RELEVANCE_UNKNOWN', program.psy, credential.unaligned],
    ]);
    // Requiring a known relevance leaves out the unaligned credential too (no plan may prefer it for lacking data).
    const known = ok(
      await t.gql<Plan>(
        OPTIMIZE,
        { input: { ...input, minRelevance: 0.5, requireKnownRelevance: true } },
        t.keys.planner,
      ),
    ).optimizePortfolio.plan;
    expect(pairs(known)).toEqual(['cs:software']);
    expect(known.warnings).toEqual([]);
    // Out of range, and a lock the minimum rules out: refused by field, nothing written.
    expect(errorOf(await t.gql(OPTIMIZE, { input: { ...input, minRelevance: 1.5 } }, t.keys.planner))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.minRelevance',
    });
    const lock = [{ programId: program.psy, credentialId: credential.software }];
    const locked = errorOf(await t.gql(OPTIMIZE, { input: { ...input, minRelevance: 0.5, lock } }, t.keys.planner));
    expect(locked).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.lock.0' });
    expect(locked.message).toMatch(/below minRelevance/);
  });

  it('a program of another institution is NOT_FOUND for fit', async () => {
    const other = Buffer.from('DegreeProgram:999999').toString('base64url');
    const res = await t.gql(FIT, { id: credential.software, programId: other }, t.keys.viewer);
    expect(errorOf(res)).toMatchObject({ code: 'NOT_FOUND', field: 'programId' });
  });
});
