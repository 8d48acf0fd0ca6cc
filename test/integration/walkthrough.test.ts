import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { testTargets } from '../support/databases';
import { ok, startTestServer, type TestServer } from '../support/server';
import {
  AssumptionSetsDocument,
  CreateScenarioDocument,
  CredentialCatalogDocument,
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
  // prospects, 13% enrolling: 260 entrants a year), five years, 2,000 draws, seed 1.
  it("models the README's what-if: no change at the point estimate by default, 405.1 entrants as the survey states", async () => {
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

    // Saved without an assumption set: the global default, sceptical. No effect is its most likely value, so the
    // point estimate is no change; the band still allows a gain.
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
      await t.typed(
        ScenarioProjectionDocument,
        { id: scenario.id, totalsOnly: true, metrics: ['NEW_ENROLLMENTS'] },
        t.keys.planner,
      ),
    ).scenario!.projection.rows;
    expect(rows.map((r) => [r.year, r.baseline, r.pointEstimate])).toEqual(
      [1, 2, 3, 4, 5].map((year) => [year, 260, 260]),
    );
    for (const r of rows.slice(1)) expect(r.p90).toBeGreaterThan(260);

    // The seed article's reading as stated gives model v1's numbers: 2.4 times the odds discounted to 1.7, half of
    // it in year 1 (prospects take two cycles to learn of the offer): 332.6, then 405.1.
    const asStated = sets.find((s) => s.name.startsWith('Seed article reading, as stated'))!;
    const stated = ok(
      await t.typed(
        PreviewUpliftDocument,
        { input: { ...whatIf, assumptionSetId: asStated.id }, totalsOnly: true, metrics: ['NEW_ENROLLMENTS'] },
        t.keys.planner,
      ),
    ).previewUplift.rows;
    expect(stated.map((r) => r.baseline)).toEqual([260, 260, 260, 260, 260]);
    expect(stated[0].pointEstimate).toBeCloseTo(332.6, 1);
    for (const r of stated.slice(1)) expect(r.pointEstimate).toBeCloseTo(405.1, 1);
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
