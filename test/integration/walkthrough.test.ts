import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { testTargets } from '../support/databases';
import { ok, startTestServer, type TestServer } from '../support/server';
import {
  CredentialCatalogDocument,
  EmbedCredentialDocument,
  ProgramsWithCredentialsDocument,
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
