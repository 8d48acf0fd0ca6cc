import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { testTargets } from '../support/databases';
import { ok, startTestServer, type TestServer } from '../support/server';
import {
  AssumptionSetsDocument,
  CreateScenarioDocument,
  CredentialCatalogDocument,
  CredentialDocument,
  EmbedCredentialDocument,
  PreviewUpliftDocument,
  ProgramsWithCredentialsDocument,
  ScenarioProjectionDocument,
  ViewerDocument,
} from '../../schema/client/graphql';

// The README's first walk-through, driven through the generated typed documents.
describe.each(testTargets())('walk-through on %s', (target) => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer(target);
  });
  afterAll(async () => {
    await t?.close();
  });

  // The README's what-if: the Google Data Analytics certificate as a 6-credit ELECTIVE in B.A. Psychology (2,000
  // prospects, 13% enrolling: 260 entrants a year; $420 a credit, 45% aid, $110 a credit to teach), five years, 2,000
  // draws, seed 1.
  it("models the README's what-if: no change at the point estimate by default, 278.8 entrants as the survey states", async () => {
    const programs = ok(
      await t.typed(ProgramsWithCredentialsDocument, { first: 50, orderBy: { field: 'CODE' } }, t.keys.planner),
    ).programs.nodes;
    const catalog = ok(await t.typed(CredentialCatalogDocument, { first: 100 }, t.keys.planner)).credentials.nodes;
    const psychology = programs.find((p) => p.code === 'BA-PSY')!;
    // As in the README, B.A. Psychology has no credential yet (the walk-through below may embed one in it).
    expect(psychology.embeddedCredentials).toEqual([]);
    const programId = psychology.id;
    const credentialId = catalog.find((c) => c.title === 'Google Data Analytics Professional Certificate')!.id;
    const whatIf = {
      horizonYears: 5,
      draws: 2000,
      seed: 1,
      changes: [{ programId, add: [{ credentialId, creditsApplied: 6, requirement: 'ELECTIVE' as const }] }],
    };
    const metrics = ['NEW_ENROLLMENTS' as const, 'CONTRIBUTION_MARGIN' as const, 'TUITION_REVENUE' as const];
    type Row = { year: number; metric: string; baseline: number; pointEstimate: number; p90: number };
    const of = (rows: readonly Row[], metric: string): Row[] =>
      rows.filter((r) => r.metric === metric).sort((x, y) => x.year - y.year);

    // The README's baseline margin: gross tuition less 45% aid, less $110 for each credit taught (credits taught =
    // credits billed = tuition / $420): 767.5 students × 30 credits × ($420 × 0.55 − $110) = $2.786 M a year.
    const { tuitionPerCredit, discountRate, instructionalCostPerCredit } = psychology;
    const marginOf = (tuition: number): number =>
      tuition * (1 - discountRate) - (tuition / tuitionPerCredit) * instructionalCostPerCredit;

    // Saved without an assumption set: the global default, sceptical. No effect is its most likely value, so the
    // point estimate is no change in entrants and a margin lower by the credential's cost; the band still allows a gain.
    const scenario = ok(
      await t.typed(
        CreateScenarioDocument,
        { input: { name: 'Psychology + Google Data Analytics', ...whatIf } },
        t.keys.planner,
      ),
    ).createScenario.scenario;
    const sets = ok(await t.typed(AssumptionSetsDocument, {}, t.keys.planner)).assumptionSets;
    expect(sets.find((s) => s.id === scenario.assumptionSet.id)!.isDefault).toBe(true);
    const rows = ok(
      await t.typed(ScenarioProjectionDocument, { id: scenario.id, totalsOnly: true, metrics }, t.keys.planner),
    ).scenario!.projection.rows;
    const entrants = of(rows, 'NEW_ENROLLMENTS');
    expect(entrants.map((r) => [r.year, r.baseline, r.pointEstimate])).toEqual(
      [1, 2, 3, 4, 5].map((year) => [year, 260, 260]),
    );
    for (const r of entrants.slice(1)) expect(r.p90).toBeGreaterThan(260);
    const margin = of(rows, 'CONTRIBUTION_MARGIN');
    const tuition = of(rows, 'TUITION_REVENUE');
    expect(tuition[0].baseline).toBeCloseTo(9.671e6, -3);
    expect(margin[0].baseline).toBeCloseTo(marginOf(tuition[0].baseline), 6);
    expect(margin[0].baseline).toBeCloseTo(2.786e6, -3);
    // $3,000 set-up plus $294 for the 30% of 260 entrants who take it; $22,932 a year after.
    expect(margin[0].baseline - margin[0].pointEstimate).toBeCloseTo(25_932, 6);
    for (const r of margin.slice(1)) expect(r.baseline - r.pointEstimate).toBeCloseTo(22_932, 6);

    // The seed article's reading as stated: 2.4 times the odds discounted to 1.7 for a full-strength offer. The
    // certificate at 6 credits is 270 hours, a dose of 1 − e^(−270/135) = 0.86 at OFFER_HOURS_SCALE's mode. It fits
    // none of its 3 occupations in Psychology (data and management analysts, data scientists; the program leads to
    // psychologists and research assistants), so it keeps RELEVANCE_FLOOR's mode, a fifth, of its offer. A quarter
    // of the gained entrants (DIVERSION_SHARE's mode) would have enrolled in another program, so the rows are the
    // institution's net effect; half the effect in year 1 (prospects take two cycles to learn of the offer):
    // 269.4, then 278.8.
    const asStated = sets.find((s) => s.name.startsWith('Seed article reading, as stated'))!;
    const mode = (parameter: string): number => asStated.assumptions.find((a) => a.parameter === parameter)!.mode;
    const offer = ok(await t.typed(CredentialDocument, { id: credentialId, creditsApplied: 6 }, t.keys.planner))
      .credential!.offer;
    expect(offer).toMatchObject({ hours: 270, small: false });
    const fit = ok(
      await t.gql<{ node: { fitIn: { relevance: number; relevanceKnown: boolean; summary: string } } }>(
        `query($id: ID!, $programId: ID!) { node(id: $id) { ... on MicroCredential {
          fitIn(programId: $programId) { relevance relevanceKnown summary } } } }`,
        { id: credentialId, programId },
        t.keys.planner,
      ),
    ).node.fitIn;
    expect(fit).toEqual({ relevance: 0, relevanceKnown: true, summary: 'fits none of its 3 occupations' });
    const r = mode('RELEVANCE_FLOOR') + (1 - mode('RELEVANCE_FLOOR')) * fit.relevance;
    const p = 260 / 2000;
    const ratio = Math.exp(mode('ENROLLMENT_EFFECT'));
    const dose = 1 - Math.exp(-offer.hours / mode('OFFER_HOURS_SCALE'));
    const full = (ratio * p) / (1 - p + ratio * p);
    const netEntrants = (awareness: number): number =>
      260 + (1 - mode('DIVERSION_SHARE')) * (2000 * (p + awareness * dose * r * (full - p)) - 260);
    const stated = ok(
      await t.typed(
        PreviewUpliftDocument,
        { input: { ...whatIf, assumptionSetId: asStated.id }, totalsOnly: true, metrics },
        t.keys.planner,
      ),
    ).previewUplift.rows;
    const statedEntrants = of(stated, 'NEW_ENROLLMENTS');
    expect(statedEntrants.map((r) => r.baseline)).toEqual([260, 260, 260, 260, 260]);
    expect(statedEntrants[0].pointEstimate).toBeCloseTo(netEntrants(1 / mode('AWARENESS_RAMP_YEARS')), 6);
    expect(statedEntrants[0].pointEstimate).toBeCloseTo(269.4, 1);
    for (const row of statedEntrants.slice(1)) {
      expect(row.pointEstimate).toBeCloseTo(netEntrants(1), 6);
      expect(row.pointEstimate).toBeCloseTo(278.8, 1);
    }
    // The README's year-5 margin as stated: $3.002 M, the year's tuition after aid and teaching less the credential.
    const statedMargin = of(stated, 'CONTRIBUTION_MARGIN');
    expect(statedMargin[4].pointEstimate).toBeCloseTo(3.002e6, -3);
    expect(statedMargin[4].pointEstimate).toBeLessThan(marginOf(of(stated, 'TUITION_REVENUE')[4].pointEstimate));
  });

  it('lists programs with their embedded credentials and embeds one more', async () => {
    const me = ok(await t.typed(ViewerDocument, {}, t.keys.planner));
    expect(me.viewer.role).toBe('PLANNER');
    expect(me.viewer.institution?.slug).toBe('northbridge');

    const page = ok(
      await t.typed(ProgramsWithCredentialsDocument, { first: 50, orderBy: { field: 'CODE' } }, t.keys.planner),
    );
    expect(page.programs.totalCount).toBeGreaterThanOrEqual(12);
    const withEmbeddings = page.programs.nodes.filter((p) => p.embeddedCredentials.length > 0);
    expect(withEmbeddings.length).toBeGreaterThanOrEqual(4);

    // A bachelor program with room under its 25% cap, and a credit-bearing credential it lacks.
    const program = page.programs.nodes.find(
      (p) => p.level === 'BACHELOR' && p.status === 'ACTIVE' && p.embeddedCredits + 3 <= 0.25 * p.totalCredits,
    )!;
    expect(program).toBeDefined();
    const catalog = ok(
      await t.typed(CredentialCatalogDocument, { first: 100, filter: { creditBearing: true } }, t.keys.planner),
    );
    const taken = new Set(program.embeddedCredentials.map((e) => e.credential.id));
    const credential = catalog.credentials.nodes.find(
      (c) => !taken.has(c.id) && c.creditUnit === 'US_CREDIT_HOUR' && (c.creditValue ?? 0) >= 3,
    )!;
    expect(credential).toBeDefined();

    const embedded = ok(
      await t.typed(
        EmbedCredentialDocument,
        {
          input: { programId: program.id, credentialId: credential.id, creditsApplied: 3, requirement: 'ELECTIVE' },
        },
        t.keys.planner,
      ),
    );
    expect(embedded.embedCredential.embedding.status).toBe('ACTIVE');
    expect(embedded.embedCredential.embedding.program.embeddedCredits).toBeCloseTo(program.embeddedCredits + 3, 9);
    expect(embedded.embedCredential.embedding.credential.id).toBe(credential.id);
  });
});
