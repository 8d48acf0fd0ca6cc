/**
 * Embedding credentials in programs under the docs/ARCHITECTURE.md "Domain rules" rules, over HTTP: each broken rule is a
 * BAD_USER_INPUT naming the field (or NOT_FOUND for ids the caller cannot see), and nothing is
 * written (checked through the ORM). Credit conversion into the institution's unit, the
 * embedded-credit cap (ACTIVE + PLANNED only), updateEmbedding / removeEmbedding, and
 * DegreeProgram.embeddedCredits.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { testTargets } from '../support/databases';
import { ADMIN_KEY, errorOf, ok, startTestServer, type GqlResponse, type TestServer } from '../support/server';
import {
  CreateApiKeyDocument,
  CreateCredentialDocument,
  CreateInstitutionDocument,
  CreateProgramDocument,
  CredentialCatalogDocument,
  EmbedCredentialDocument,
  RemoveEmbeddingDocument,
  UpdateEmbeddingDocument,
  type CreateCredentialInput,
  type EmbedCredentialInput,
} from '../../schema/client/graphql';
import { toGlobalId } from '../../src/core/global-id';
import { EmbeddingStatus } from '../../src/modules/common/enums';
import { ProgramCredential } from '../../src/modules/embedding/program-credential.entity';

const dbId = (globalId: string): number => Number(Buffer.from(globalId, 'base64url').toString('utf8').split(':')[1]);

interface ProgramView {
  program: {
    id: string;
    code: string;
    totalCredits: number;
    embeddedCredits: number;
    embeddedCredentials: {
      id: string;
      creditsApplied: number;
      status: string;
      version: number;
      credential: { id: string };
    }[];
  } | null;
}
const PROGRAM = `query($id: ID!) { program(id: $id) { id code totalCredits embeddedCredits
  embeddedCredentials { id creditsApplied status version credential { id } } } }`;

interface ProgramsView {
  programs: {
    nodes: {
      id: string;
      code: string;
      embeddedCredits: number;
      embeddedCredentials: { creditsApplied: number; status: string }[];
    }[];
  };
}
const PROGRAMS =
  '{ programs(first: 100) { nodes { id code embeddedCredits embeddedCredentials { creditsApplied status } } } }';

describe.each(testTargets())('embeddings on %s', (target) => {
  let t: TestServer;
  /** Northbridge (US credit hours, 2 ECTS per hour, cap 25%): a 40-credit program, cap 10. */
  let programId: string;
  const cred: Record<'ects5' | 'cats15' | 'us6' | 'us3' | 'nonCredit' | 'noneValued', string> = {} as never;
  /** An ECTS institution with its own planner, program and credentials. */
  let euro: { planner: string; programId: string; us3: string; cats15: string };

  const rows = (where: object = {}) => t.server.orm.em.fork().count(ProgramCredential, where);
  const embeddingRow = (id: string) => t.server.orm.em.fork().findOneOrFail(ProgramCredential, { id: dbId(id) });

  async function createCredential(input: CreateCredentialInput, key = t.keys.planner): Promise<string> {
    return ok(await t.typed(CreateCredentialDocument, { input }, key)).createCredential.credential.id;
  }

  async function createProgram(code: string, totalCredits: number, key = t.keys.planner): Promise<string> {
    return ok(
      await t.typed(
        CreateProgramDocument,
        {
          input: {
            code,
            title: `Program ${code}`,
            level: 'BACHELOR',
            modality: 'HYBRID',
            totalCredits,
            durationYears: 4,
            tuitionPerCredit: 400,
            baseline: { annualProspects: 1200, annualNewEnrollments: 150, engagementRate: 0.55, retentionRate: 0.82 },
          },
        },
        key,
      ),
    ).createProgram.program.id;
  }

  const embed = (input: EmbedCredentialInput, key = t.keys.planner) => t.typed(EmbedCredentialDocument, { input }, key);

  async function program(id: string, key = t.keys.planner) {
    const p = ok(await t.gql<ProgramView>(PROGRAM, { id }, key)).program;
    if (!p) throw new Error(`program ${id} not found`);
    return p;
  }

  /** A rejected write: exact code and field, and not one embedding row more or changed. */
  async function expectRejected(
    res: Promise<GqlResponse<unknown>>,
    code: string,
    field: string | undefined,
  ): Promise<string> {
    const before = await rows();
    const e = errorOf(await res);
    expect({ code: e.code, field: e.field }).toEqual({ code, field });
    expect(await rows()).toBe(before);
    return e.message;
  }

  beforeAll(async () => {
    t = await startTestServer(target);
    programId = await createProgram('EMB-40', 40);
    cred.ects5 = await createCredential({
      title: 'Five ECTS',
      issuer: 'EU Uni',
      creditRecognition: 'ECTS_ACCREDITED',
      creditValue: 5,
      creditUnit: 'ECTS',
    });
    cred.cats15 = await createCredential({
      title: 'Fifteen CATS',
      issuer: 'UK Uni',
      creditRecognition: 'INSTITUTION',
      creditValue: 15,
      creditUnit: 'UK_CATS',
    });
    cred.us6 = await createCredential({
      title: 'Six hours',
      issuer: 'US Co',
      creditRecognition: 'INSTITUTION',
      creditValue: 6,
      creditUnit: 'US_CREDIT_HOUR',
    });
    cred.us3 = await createCredential({
      title: 'Three hours',
      issuer: 'US Co',
      creditRecognition: 'ACE_RECOMMENDED',
      creditValue: 3,
      creditUnit: 'US_CREDIT_HOUR',
    });
    cred.nonCredit = await createCredential({ title: 'No credit', issuer: 'Badge Co', creditRecognition: 'NONE' });
    cred.noneValued = await createCredential({
      title: 'Valued but unrecognised',
      issuer: 'Badge Co',
      creditRecognition: 'NONE',
      creditValue: 3,
      creditUnit: 'US_CREDIT_HOUR',
    });

    const inst = ok(
      await t.typed(
        CreateInstitutionDocument,
        {
          input: { name: 'Europa Hochschule', slug: 'europa', country: 'DE', creditUnit: 'ECTS', currency: 'EUR' },
        },
        ADMIN_KEY,
      ),
    ).createInstitution.institution;
    expect(inst).toMatchObject({ creditUnit: 'ECTS', maxEmbeddedCreditShare: 0.25 });
    const planner = ok(
      await t.typed(
        CreateApiKeyDocument,
        { input: { institutionId: inst.id, name: 'euro planner', role: 'PLANNER' } },
        ADMIN_KEY,
      ),
    ).createApiKey.secret;
    euro = {
      planner,
      programId: await createProgram('EU-180', 180, planner),
      us3: await createCredential(
        {
          title: 'Three US hours',
          issuer: 'US Co',
          creditRecognition: 'INSTITUTION',
          creditValue: 3,
          creditUnit: 'US_CREDIT_HOUR',
        },
        planner,
      ),
      cats15: await createCredential(
        {
          title: 'Fifteen CATS (EU)',
          issuer: 'UK Uni',
          creditRecognition: 'INSTITUTION',
          creditValue: 15,
          creditUnit: 'UK_CATS',
        },
        planner,
      ),
    };
  });
  afterAll(async () => {
    await t?.close();
  });

  describe('in a US-credit-hour institution (ectsPerCreditHour 2, cap 25% of 40 = 10)', () => {
    let ects5Embedding: string;
    let us6Embedding: string;
    let us3Embedding: string;

    it('caps an ECTS credential at its value in credit hours: 5 ECTS allows 2.5, not 2.6', async () => {
      const message = await expectRejected(
        embed({ programId, credentialId: cred.ects5, creditsApplied: 2.6, requirement: 'ELECTIVE' }),
        'BAD_USER_INPUT',
        'input.creditsApplied',
      );
      expect(message).toContain('2.5');
      expect(await rows({ program: dbId(programId) })).toBe(0);

      const e = ok(
        await embed({
          programId,
          credentialId: cred.ects5,
          creditsApplied: 2.5,
          requirement: 'ELECTIVE',
          takeUpRate: 0.4,
        }),
      ).embedCredential.embedding;
      expect(e).toMatchObject({
        creditsApplied: 2.5,
        status: 'ACTIVE',
        requirement: 'ELECTIVE',
        takeUpRate: 0.4,
        version: 1,
        program: { id: programId, embeddedCredits: 2.5 },
      });
      expect(e.credential).toMatchObject({ id: cred.ects5, creditBearing: true });
      ects5Embedding = e.id;
      const row = await embeddingRow(e.id);
      expect({ credits: row.creditsApplied, program: row.program.id }).toEqual({
        credits: 2.5,
        program: dbId(programId),
      });
    });

    it('converts UK CATS through ECTS: 15 CATS = 7.5 ECTS = 3.75 credit hours', async () => {
      await expectRejected(
        embed({ programId, credentialId: cred.cats15, creditsApplied: 3.76, requirement: 'CORE' }),
        'BAD_USER_INPUT',
        'input.creditsApplied',
      );
      const e = ok(
        await embed({
          programId,
          credentialId: cred.cats15,
          creditsApplied: 3.75,
          requirement: 'CORE',
          status: 'PLANNED',
        }),
      ).embedCredential.embedding;
      expect(e).toMatchObject({ creditsApplied: 3.75, status: 'PLANNED', program: { embeddedCredits: 6.25 } });
    });

    it('embeds a credential at most once per program', async () => {
      const message = await expectRejected(
        embed({ programId, credentialId: cred.ects5, creditsApplied: 0, requirement: 'ADD_ON' }),
        'BAD_USER_INPUT',
        'input.credentialId',
      );
      expect(message).toContain('EMB-40');
      expect(await rows({ program: dbId(programId), credential: dbId(cred.ects5) })).toBe(1);
      expect((await embeddingRow(ects5Embedding)).requirement).toBe('ELECTIVE');
    });

    it('lets non-credit credentials apply 0 credits and nothing more', async () => {
      await expectRejected(
        embed({ programId, credentialId: cred.nonCredit, creditsApplied: 1, requirement: 'CORE' }),
        'BAD_USER_INPUT',
        'input.creditsApplied',
      );
      // Recognition NONE makes a credential non-credit even with a credit value.
      await expectRejected(
        embed({ programId, credentialId: cred.noneValued, creditsApplied: 0.5, requirement: 'CORE' }),
        'BAD_USER_INPUT',
        'input.creditsApplied',
      );
      const e = ok(await embed({ programId, credentialId: cred.nonCredit, creditsApplied: 0, requirement: 'CORE' }))
        .embedCredential.embedding;
      expect(e).toMatchObject({
        creditsApplied: 0,
        status: 'ACTIVE',
        credential: { creditBearing: false },
        program: { embeddedCredits: 6.25 },
      });
    });

    it('rejects negative and absurd creditsApplied', async () => {
      await expectRejected(
        embed({ programId, credentialId: cred.us3, creditsApplied: -1, requirement: 'ELECTIVE' }),
        'BAD_USER_INPUT',
        'input.creditsApplied',
      );
      await expectRejected(
        embed({ programId, credentialId: cred.us3, creditsApplied: 1e6, requirement: 'ELECTIVE' }),
        'BAD_USER_INPUT',
        'input.creditsApplied',
      );
      await expectRejected(
        embed({ programId, credentialId: cred.us3, creditsApplied: 1, requirement: 'ELECTIVE', takeUpRate: 1.5 }),
        'BAD_USER_INPUT',
        'input.takeUpRate',
      );
    });

    it('keeps ACTIVE + PLANNED credits within maxEmbeddedCreditShare × totalCredits; RETIRED ones do not count', async () => {
      // 2.5 + 3.75 + 3.75 = 10: exactly the cap.
      const e = ok(await embed({ programId, credentialId: cred.us6, creditsApplied: 3.75, requirement: 'ELECTIVE' }))
        .embedCredential.embedding;
      expect(e.program.embeddedCredits).toBe(10);
      us6Embedding = e.id;

      const message = await expectRejected(
        embed({ programId, credentialId: cred.us3, creditsApplied: 0.5, requirement: 'ELECTIVE' }),
        'BAD_USER_INPUT',
        'input.creditsApplied',
      );
      expect(message).toMatch(/\b10\b/);
      await expectRejected(
        embed({ programId, credentialId: cred.us3, creditsApplied: 0.5, requirement: 'ELECTIVE', status: 'PLANNED' }),
        'BAD_USER_INPUT',
        'input.creditsApplied',
      );
      expect(await rows({ program: dbId(programId), credential: dbId(cred.us3) })).toBe(0);

      // A RETIRED embedding is outside the cap.
      const retired = ok(
        await embed({
          programId,
          credentialId: cred.us3,
          creditsApplied: 3,
          requirement: 'ELECTIVE',
          status: 'RETIRED',
        }),
      ).embedCredential.embedding;
      expect(retired).toMatchObject({ status: 'RETIRED', creditsApplied: 3, program: { embeddedCredits: 10 } });
      us3Embedding = retired.id;
      const p = await program(programId);
      expect(p.embeddedCredits).toBe(10);
      expect(p.embeddedCredentials).toHaveLength(5);
    });

    it('refuses to re-activate a RETIRED embedding that would break the cap, and changes nothing', async () => {
      const before = await embeddingRow(us3Embedding);
      await expectRejected(
        t.typed(UpdateEmbeddingDocument, { input: { id: us3Embedding, status: 'ACTIVE' } }, t.keys.planner),
        'BAD_USER_INPUT',
        'input.status',
      );
      await expectRejected(
        t.typed(
          UpdateEmbeddingDocument,
          { input: { id: us3Embedding, status: 'PLANNED', creditsApplied: 1 } },
          t.keys.planner,
        ),
        'BAD_USER_INPUT',
        'input.creditsApplied',
      );
      const after = await embeddingRow(us3Embedding);
      expect({ status: after.status, credits: after.creditsApplied, version: after.version }).toEqual({
        status: 'RETIRED',
        credits: 3,
        version: before.version,
      });
      expect((await program(programId)).embeddedCredits).toBe(10);
    });

    it('updates an embedding, bumping its version; a stale expectedVersion is a CONFLICT', async () => {
      const u = ok(
        await t.typed(
          UpdateEmbeddingDocument,
          { input: { id: us6Embedding, expectedVersion: 1, creditsApplied: 1.75, requirement: 'CORE' } },
          t.keys.planner,
        ),
      ).updateEmbedding.embedding;
      expect(u).toMatchObject({
        id: us6Embedding,
        creditsApplied: 1.75,
        requirement: 'CORE',
        version: 2,
        program: { embeddedCredits: 8 },
      });

      const stale = errorOf(
        await t.typed(
          UpdateEmbeddingDocument,
          { input: { id: us6Embedding, expectedVersion: 1, creditsApplied: 0 } },
          t.keys.planner,
        ),
      );
      expect({ code: stale.code, field: stale.field }).toEqual({ code: 'CONFLICT', field: 'input.expectedVersion' });
      const row = await embeddingRow(us6Embedding);
      expect({ credits: row.creditsApplied, version: row.version, requirement: row.requirement }).toEqual({
        credits: 1.75,
        version: 2,
        requirement: 'CORE',
      });

      // An update is held to the same rules: the credential's converted value and the cap.
      await expectRejected(
        t.typed(UpdateEmbeddingDocument, { input: { id: ects5Embedding, creditsApplied: 2.6 } }, t.keys.planner),
        'BAD_USER_INPUT',
        'input.creditsApplied',
      );
      expect((await embeddingRow(ects5Embedding)).creditsApplied).toBe(2.5);

      // Now 2 credits fit: re-activating the retired one with 2 reaches the cap exactly.
      await expectRejected(
        t.typed(UpdateEmbeddingDocument, { input: { id: us3Embedding, status: 'ACTIVE' } }, t.keys.planner),
        'BAD_USER_INPUT',
        'input.status',
      );
      const back = ok(
        await t.typed(
          UpdateEmbeddingDocument,
          { input: { id: us3Embedding, status: 'ACTIVE', creditsApplied: 2 } },
          t.keys.planner,
        ),
      ).updateEmbedding.embedding;
      expect(back).toMatchObject({ status: 'ACTIVE', creditsApplied: 2, version: 2, program: { embeddedCredits: 10 } });
      // Retiring it again frees its credits.
      const retired = ok(
        await t.typed(
          UpdateEmbeddingDocument,
          { input: { id: us3Embedding, expectedVersion: 2, status: 'RETIRED' } },
          t.keys.planner,
        ),
      ).updateEmbedding.embedding;
      expect(retired).toMatchObject({ status: 'RETIRED', version: 3, program: { embeddedCredits: 8 } });
    });

    it('removes an embedding, returning its id and the program without it', async () => {
      const r = ok(
        await t.typed(RemoveEmbeddingDocument, { input: { id: us6Embedding } }, t.keys.planner),
      ).removeEmbedding;
      expect(r.removedId).toBe(us6Embedding);
      expect(r.program).toEqual({ id: programId, embeddedCredits: 6.25 });
      expect(await rows({ id: dbId(us6Embedding) })).toBe(0);
      const p = await program(programId);
      expect(p.embeddedCredentials.map((e) => e.id)).not.toContain(us6Embedding);
      expect(p.embeddedCredentials.map((e) => e.credential.id)).not.toContain(cred.us6);
      expect(p.embeddedCredits).toBe(6.25);

      const again = await expectRejected(
        t.typed(RemoveEmbeddingDocument, { input: { id: us6Embedding } }, t.keys.planner),
        'NOT_FOUND',
        'input.id',
      );
      expect(again).not.toMatch(/sql|select/i);
      // The credential can be embedded afresh afterwards.
      const fresh = ok(
        await embed({ programId, credentialId: cred.us6, creditsApplied: 3.75, requirement: 'ELECTIVE' }),
      ).embedCredential.embedding;
      expect(fresh).toMatchObject({ version: 1, program: { embeddedCredits: 10 } });
    });

    it('needs a PLANNER: a VIEWER can neither embed, update nor remove', async () => {
      await expectRejected(
        embed({ programId, credentialId: cred.us3, creditsApplied: 0, requirement: 'ADD_ON' }, t.keys.viewer),
        'FORBIDDEN',
        undefined,
      );
      const before = await embeddingRow(ects5Embedding);
      expect(
        errorOf(
          await t.typed(UpdateEmbeddingDocument, { input: { id: ects5Embedding, creditsApplied: 1 } }, t.keys.viewer),
        ).code,
      ).toBe('FORBIDDEN');
      expect(
        errorOf(await t.typed(RemoveEmbeddingDocument, { input: { id: ects5Embedding } }, t.keys.viewer)).code,
      ).toBe('FORBIDDEN');
      const after = await embeddingRow(ects5Embedding);
      expect({ credits: after.creditsApplied, version: after.version }).toEqual({
        credits: before.creditsApplied,
        version: before.version,
      });
    });
  });

  describe('archived programs', () => {
    const ARCHIVE =
      'mutation($input: ArchiveProgramInput!) { archiveProgram(input: $input) { program { id status } } }';
    const CREATE_SCENARIO =
      'mutation($input: CreateScenarioInput!) { createScenario(input: $input) { scenario { id } } }';
    const archivedDemoProgram = async () => {
      const nodes = ok(await t.gql<ProgramsView>(PROGRAMS, {}, t.keys.planner)).programs.nodes;
      const p = nodes.find((n) => n.code === 'AA-LIB');
      if (!p) throw new Error('the demo has no AA-LIB');
      return p.id;
    };

    it('refuses to embed a credential in an ARCHIVED program, naming the program and writing nothing', async () => {
      const message = await expectRejected(
        embed({
          programId: await archivedDemoProgram(),
          credentialId: cred.us3,
          creditsApplied: 3,
          requirement: 'ELECTIVE',
        }),
        'BAD_USER_INPUT',
        'input.programId',
      );
      expect(message).toBe('Program AA-LIB is ARCHIVED; embed credentials in ACTIVE or PLANNED programs.');
    });

    it('refuses to make an embedding live or ACTIVE again once its program is archived, but lets it step back', async () => {
      const pid = await createProgram('EMB-ARCH', 40);
      const live = ok(
        await embed({ programId: pid, credentialId: cred.us3, creditsApplied: 3, requirement: 'ELECTIVE' }),
      ).embedCredential.embedding.id;
      const retired = ok(
        await embed({
          programId: pid,
          credentialId: cred.us6,
          creditsApplied: 6,
          requirement: 'ELECTIVE',
          status: 'RETIRED',
        }),
      ).embedCredential.embedding.id;
      expect(
        ok(
          await t.gql<{ archiveProgram: { program: { status: string } } }>(
            ARCHIVE,
            { input: { id: pid } },
            t.keys.planner,
          ),
        ).archiveProgram.program.status,
      ).toBe('ARCHIVED');
      for (const status of ['ACTIVE', 'PLANNED'] as const) {
        await expectRejected(
          t.typed(UpdateEmbeddingDocument, { input: { id: retired, status } }, t.keys.planner),
          'BAD_USER_INPUT',
          'input.status',
        );
      }
      expect((await embeddingRow(retired)).status).toBe('RETIRED');
      // An embedding that is already live may still be edited and stepped back, but not made ACTIVE again.
      ok(await t.typed(UpdateEmbeddingDocument, { input: { id: live, creditsApplied: 2 } }, t.keys.planner));
      ok(await t.typed(UpdateEmbeddingDocument, { input: { id: live, status: 'PLANNED' } }, t.keys.planner));
      await expectRejected(
        t.typed(UpdateEmbeddingDocument, { input: { id: live, status: 'ACTIVE' } }, t.keys.planner),
        'BAD_USER_INPUT',
        'input.status',
      );
      ok(await t.typed(UpdateEmbeddingDocument, { input: { id: live, status: 'RETIRED' } }, t.keys.planner));
      expect((await embeddingRow(live)).status).toBe('RETIRED');
    });

    it('refuses a what-if that adds credentials to an ARCHIVED program', async () => {
      const e = errorOf(
        await t.gql(
          CREATE_SCENARIO,
          {
            input: {
              name: 'Archived what-if',
              horizonYears: 3,
              changes: [
                {
                  programId: await archivedDemoProgram(),
                  add: [{ credentialId: cred.us3, creditsApplied: 3, requirement: 'ELECTIVE' }],
                },
              ],
            },
          },
          t.keys.planner,
        ),
      );
      expect(e).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.changes.0.programId' });
      expect(e.message).toContain('is ARCHIVED; embed credentials in ACTIVE or PLANNED programs');
    });
  });

  describe('ids the caller cannot use', () => {
    it('answers unknown program and credential ids with NOT_FOUND on the field', async () => {
      await expectRejected(
        embed({
          programId: toGlobalId('DegreeProgram', 999_999),
          credentialId: cred.us3,
          creditsApplied: 0,
          requirement: 'CORE',
        }),
        'NOT_FOUND',
        'input.programId',
      );
      await expectRejected(
        embed({
          programId,
          credentialId: toGlobalId('MicroCredential', 999_999),
          creditsApplied: 0,
          requirement: 'CORE',
        }),
        'NOT_FOUND',
        'input.credentialId',
      );
      await expectRejected(
        t.typed(
          UpdateEmbeddingDocument,
          { input: { id: toGlobalId('ProgramCredential', 999_999), creditsApplied: 0 } },
          t.keys.planner,
        ),
        'NOT_FOUND',
        'input.id',
      );
    });

    it('answers malformed ids and ids of the wrong type with BAD_USER_INPUT on the field', async () => {
      await expectRejected(
        embed({ programId: 'not-an-id!', credentialId: cred.us3, creditsApplied: 0, requirement: 'CORE' }),
        'BAD_USER_INPUT',
        'input.programId',
      );
      await expectRejected(
        embed({ programId: cred.us3, credentialId: cred.us3, creditsApplied: 0, requirement: 'CORE' }),
        'BAD_USER_INPUT',
        'input.programId',
      );
      await expectRejected(
        embed({ programId, credentialId: programId, creditsApplied: 0, requirement: 'CORE' }),
        'BAD_USER_INPUT',
        'input.credentialId',
      );
    });

    it("treats another institution's program, own credential and embedding as not found", async () => {
      await expectRejected(
        embed({ programId: euro.programId, credentialId: cred.us3, creditsApplied: 0, requirement: 'CORE' }),
        'NOT_FOUND',
        'input.programId',
      );
      await expectRejected(
        embed({ programId, credentialId: euro.us3, creditsApplied: 0, requirement: 'CORE' }),
        'NOT_FOUND',
        'input.credentialId',
      );
      await expectRejected(
        embed(
          { programId: euro.programId, credentialId: cred.us3, creditsApplied: 0, requirement: 'CORE' },
          euro.planner,
        ),
        'NOT_FOUND',
        'input.credentialId',
      );
      const nb = (await program(programId)).embeddedCredentials[0];
      await expectRejected(
        t.typed(UpdateEmbeddingDocument, { input: { id: nb.id, creditsApplied: 0 } }, euro.planner),
        'NOT_FOUND',
        'input.id',
      );
      await expectRejected(
        t.typed(RemoveEmbeddingDocument, { input: { id: nb.id } }, euro.planner),
        'NOT_FOUND',
        'input.id',
      );
      expect(await rows({ id: dbId(nb.id) })).toBe(1);
    });
  });

  describe('in an ECTS institution', () => {
    it('converts a 3-credit-hour credential to 6 ECTS and 15 UK CATS to 7.5 ECTS', async () => {
      await expectRejected(
        embed(
          { programId: euro.programId, credentialId: euro.us3, creditsApplied: 6.01, requirement: 'CORE' },
          euro.planner,
        ),
        'BAD_USER_INPUT',
        'input.creditsApplied',
      );
      const us = ok(
        await embed(
          { programId: euro.programId, credentialId: euro.us3, creditsApplied: 6, requirement: 'CORE' },
          euro.planner,
        ),
      ).embedCredential.embedding;
      expect(us).toMatchObject({ creditsApplied: 6, program: { embeddedCredits: 6 } });

      await expectRejected(
        embed(
          { programId: euro.programId, credentialId: euro.cats15, creditsApplied: 7.6, requirement: 'ELECTIVE' },
          euro.planner,
        ),
        'BAD_USER_INPUT',
        'input.creditsApplied',
      );
      const cats = ok(
        await embed(
          { programId: euro.programId, credentialId: euro.cats15, creditsApplied: 7.5, requirement: 'ELECTIVE' },
          euro.planner,
        ),
      ).embedCredential.embedding;
      expect(cats.program.embeddedCredits).toBe(13.5);
    });

    it('uses shared-catalog credentials converted the same way, within its own cap (25% of 180 = 45 ECTS)', async () => {
      const shared = ok(
        await t.typed(
          CredentialCatalogDocument,
          { first: 100, filter: { shared: true, creditBearing: true } },
          euro.planner,
        ),
      ).credentials.nodes;
      const twelveHours = shared.find((c) => c.creditUnit === 'US_CREDIT_HOUR' && c.creditValue === 12)!;
      expect(twelveHours).toBeDefined();
      await expectRejected(
        embed(
          { programId: euro.programId, credentialId: twelveHours.id, creditsApplied: 24.5, requirement: 'ELECTIVE' },
          euro.planner,
        ),
        'BAD_USER_INPUT',
        'input.creditsApplied',
      );
      const e = ok(
        await embed(
          { programId: euro.programId, credentialId: twelveHours.id, creditsApplied: 24, requirement: 'ELECTIVE' },
          euro.planner,
        ),
      ).embedCredential.embedding;
      expect(e.program.embeddedCredits).toBe(37.5);
      // 37.5 + 8 > 45.
      const other = shared.find(
        (c) => c.id !== twelveHours.id && c.creditUnit === 'US_CREDIT_HOUR' && (c.creditValue ?? 0) >= 4,
      )!;
      await expectRejected(
        embed(
          { programId: euro.programId, credentialId: other.id, creditsApplied: 8, requirement: 'ELECTIVE' },
          euro.planner,
        ),
        'BAD_USER_INPUT',
        'input.creditsApplied',
      );
      const fits = ok(
        await embed(
          { programId: euro.programId, credentialId: other.id, creditsApplied: 7.5, requirement: 'ELECTIVE' },
          euro.planner,
        ),
      ).embedCredential.embedding;
      expect(fits.program.embeddedCredits).toBe(45);
    });
  });

  it('reports DegreeProgram.embeddedCredits as the sum over ACTIVE and PLANNED embeddings, for every program', async () => {
    for (const key of [t.keys.planner, euro.planner]) {
      const nodes = ok(await t.gql<ProgramsView>(PROGRAMS, {}, key)).programs.nodes;
      expect(nodes.length).toBeGreaterThan(0);
      const em = t.server.orm.em.fork();
      for (const p of nodes) {
        const live = p.embeddedCredentials.filter((e) => e.status === 'ACTIVE' || e.status === 'PLANNED');
        expect(p.embeddedCredits).toBeCloseTo(
          live.reduce((s, e) => s + e.creditsApplied, 0),
          9,
        );
        const stored = await em.find(ProgramCredential, {
          program: dbId(p.id),
          status: { $in: [EmbeddingStatus.ACTIVE, EmbeddingStatus.PLANNED] },
        });
        expect(p.embeddedCredits).toBeCloseTo(
          stored.reduce((s, e) => s + e.creditsApplied, 0),
          9,
        );
      }
    }
    // The demo data has programs with RETIRED or PLANNED embeddings, and our test program has a RETIRED one.
    const ours = await program(programId);
    expect(ours.embeddedCredentials.some((e) => e.status === 'RETIRED')).toBe(true);
    expect(ours.embeddedCredentials.some((e) => e.status === 'PLANNED')).toBe(true);
    expect(ours.embeddedCredits).toBe(10);
  });
});
