import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { testTargets } from '../support/databases';
import { ADMIN_KEY, errorOf, ok, startTestServer, type GqlResponse, type TestServer } from '../support/server';
import { decodeId } from '../../src/core/global-id';
import { MicroCredential } from '../../src/modules/credential/micro-credential.entity';
import { AlignmentSource, CredentialAlignment } from '../../src/modules/occupation/credential-alignment.entity';

// Credential alignment (issue 19, step 2) over HTTP on a real server and database: MicroCredential.occupations (the
// institution's own choice, else the issuer's), setCredentialOccupations and its refusals, per-institution choices on
// a shared credential, and the Open Badges 3.0 and CTDL importers keeping the issuer's alignments.

const fixture = (name: string) => fs.readFileSync(path.join(__dirname, '../fixtures', name), 'utf8');

interface CredentialT {
  id: string;
  title: string;
  externalId: string | null;
  occupations: { code: string; title: string; medianWage: number | null }[];
}
const CREDENTIALS = `{ credentials(first: 100) { nodes { id title externalId occupations { code title medianWage } } } }`;
const SET = `mutation($input: SetCredentialOccupationsInput!) {
  setCredentialOccupations(input: $input) { credential { id occupations { code } } } }`;
const IMPORT = `mutation($input: ImportInput!) { importCredentials(input: $input) {
  report { created updated unchanged rejected problems { code message } } } }`;
const CREATE_INSTITUTION = `mutation($input: CreateInstitutionInput!) { createInstitution(input: $input) { institution { id } } }`;
const CREATE_API_KEY = `mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret } }`;
const CREATE_CREDENTIAL = `mutation($input: CreateCredentialInput!) { createCredential(input: $input) { credential { id } } }`;

type SetResult = { setCredentialOccupations: { credential: { id: string; occupations: { code: string }[] } } };
type Report = { created: number; updated: number; unchanged: number; rejected: number; problems: unknown[] };

describe.each(testTargets())('credential occupations on %s', (target) => {
  let t: TestServer;
  let southportPlanner: string;
  beforeAll(async () => {
    t = await startTestServer(target);
    const southport = ok(
      await t.gql<{ createInstitution: { institution: { id: string } } }>(
        CREATE_INSTITUTION,
        { input: { name: 'Southport College', slug: 'southport', country: 'GB', creditUnit: 'ECTS', currency: 'GBP' } },
        ADMIN_KEY,
      ),
    ).createInstitution.institution;
    southportPlanner = ok(
      await t.gql<{ createApiKey: { secret: string } }>(
        CREATE_API_KEY,
        { input: { institutionId: southport.id, name: 'Southport planner', role: 'PLANNER' } },
        ADMIN_KEY,
      ),
    ).createApiKey.secret;
  });
  afterAll(async () => {
    await t?.close();
  });

  const em = () => t.server.orm.em.fork();
  const credentials = async (key: string = t.keys.planner) =>
    ok(await t.gql<{ credentials: { nodes: CredentialT[] } }>(CREDENTIALS, {}, key)).credentials.nodes;
  const byTitle = async (title: string, key: string = t.keys.planner) =>
    (await credentials(key)).find((c) => c.title === title)!;
  const codes = (c: { occupations: { code: string }[] }) => c.occupations.map((o) => o.code);
  const set = (
    credentialId: string,
    socCodes: string[],
    key: string = t.keys.planner,
  ): Promise<GqlResponse<SetResult>> => t.gql<SetResult>(SET, { input: { credentialId, socCodes } }, key);
  const importCredentials = async (document: string, format: string) =>
    ok(
      await t.gql<{ importCredentials: { report: Report } }>(
        IMPORT,
        { input: { document, format, creditUnit: 'US_CREDIT_HOUR' } },
        t.keys.planner,
      ),
    ).importCredentials.report;
  const alignmentRows = async () =>
    (await em().find(CredentialAlignment, {}, { orderBy: { id: 'ASC' } })).map((a) => ({
      credential: a.credential.id,
      institution: a.institution?.id ?? null,
      source: a.source,
      socCode: a.socCode,
    }));
  const rowsOf = (externalId: string) =>
    em().find(
      CredentialAlignment,
      { credential: { externalId } },
      { orderBy: { framework: 'ASC', targetCode: 'ASC' }, populate: ['credential'] },
    );

  it("shows the demo credentials' occupations with their figures; a credential without alignment has none", async () => {
    const analytics = await byTitle('Google Data Analytics Professional Certificate');
    expect(codes(analytics)).toEqual(['13-1111', '13-1161', '15-2051']);
    expect(analytics.occupations[2]).toMatchObject({ code: '15-2051', title: 'Data scientists' });
    expect(analytics.occupations[2].medianWage).toBeGreaterThan(0);
    expect(codes(await byTitle('AWS Cloud Solutions Architect Professional Certificate'))).toEqual([
      '15-1241',
      '15-1244',
      '15-1299',
    ]);
    expect(codes(await byTitle('AWS Certified Cloud Practitioner', t.keys.viewer))).toEqual([]);
    const rows = await em().find(CredentialAlignment, {});
    expect(rows.every((r) => r.source === AlignmentSource.ASSERTED_BY_ISSUER && r.institution == null)).toBe(true);
  });

  it("a planner's choice on a shared credential is its institution's alone; [] gives the issuer's back", async () => {
    const analytics = await byTitle('Google Data Analytics Professional Certificate');
    const chosen = ok(await set(analytics.id, ['15-2041', ' 15-1252 ', '15-2041'])).setCredentialOccupations;
    expect(chosen.credential.id).toBe(analytics.id);
    expect(codes(chosen.credential)).toEqual(['15-1252', '15-2041']);
    expect(codes(await byTitle(analytics.title))).toEqual(['15-1252', '15-2041']);
    expect(codes(await byTitle(analytics.title, t.keys.viewer))).toEqual(['15-1252', '15-2041']);
    // Another institution still sees the issuer's.
    expect(codes(await byTitle(analytics.title, southportPlanner))).toEqual(['13-1111', '13-1161', '15-2051']);
    // A second choice replaces the first.
    expect(codes(ok(await set(analytics.id, ['15-2051'])).setCredentialOccupations.credential)).toEqual(['15-2051']);
    const id = decodeId(analytics.id, 'MicroCredential', 'id');
    const planner = await em().find(CredentialAlignment, { credential: id, source: AlignmentSource.SET_BY_PLANNER });
    expect(planner.map((a) => a.socCode)).toEqual(['15-2051']);
    // [] removes the choice: the issuer's applies again, and the issuer's rows were never touched.
    expect(codes(ok(await set(analytics.id, [])).setCredentialOccupations.credential)).toEqual([
      '13-1111',
      '13-1161',
      '15-2051',
    ]);
    expect(await em().count(CredentialAlignment, { credential: id, source: AlignmentSource.SET_BY_PLANNER })).toBe(0);
    expect(await em().count(CredentialAlignment, { credential: id, institution: null })).toBe(3);
  });

  it('refuses unknown and malformed codes by index, a VIEWER and another institution’s credential, writing nothing', async () => {
    const analytics = await byTitle('Google Data Analytics Professional Certificate');
    const before = await alignmentRows();

    const unknown = errorOf(await set(analytics.id, ['15-1252', '99-9999']));
    expect(unknown).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.socCodes.1' });
    expect(unknown.message).toContain('99-9999');
    const malformed = errorOf(await set(analytics.id, ['15-1252', '151252']));
    expect(malformed).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.socCodes.1' });
    expect(malformed.message).toContain('"151252"');
    expect(errorOf(await set(analytics.id, ['15-1252.00']))).toMatchObject({ field: 'input.socCodes.0' });

    expect(errorOf(await set(analytics.id, ['15-1252'], t.keys.viewer))).toMatchObject({ code: 'FORBIDDEN' });

    const theirs = ok(
      await t.gql<{ createCredential: { credential: { id: string } } }>(
        CREATE_CREDENTIAL,
        { input: { title: 'Southport Cloud Badge', issuer: 'Southport College', creditRecognition: 'NONE' } },
        southportPlanner,
      ),
    ).createCredential.credential.id;
    expect(errorOf(await set(theirs, ['15-1252']))).toMatchObject({ code: 'NOT_FOUND', field: 'input.credentialId' });
    expect(await alignmentRows()).toEqual(before);

    // Its own planner may align it.
    expect(codes(ok(await set(theirs, ['15-1252'], southportPlanner)).setCredentialOccupations.credential)).toEqual([
      '15-1252',
    ]);
    expect(await em().count(MicroCredential, { id: decodeId(theirs, 'MicroCredential', 'id') })).toBe(1);
  });

  it("keeps an Open Badges 3.0 issuer's SOC alignments (and other frameworks' as written); re-import is idempotent", async () => {
    const doc = fixture('open-badges-3/uplift-soc-aligned.json');
    expect(await importCredentials(doc, 'OPEN_BADGES_3')).toMatchObject({ created: 1, rejected: 0 });
    const externalId = 'https://badges.example.org/achievements/cloud-application-developer';
    const imported = (await credentials()).find((c) => c.externalId === externalId)!;
    expect(codes(imported)).toEqual(['15-1244', '15-1252']);
    const rows = await rowsOf(externalId);
    expect(
      rows.map((r) => [r.source, r.institution ?? null, r.socCode, r.framework, r.targetCode, r.targetName]),
    ).toEqual([
      [AlignmentSource.ASSERTED_BY_ISSUER, null, null, 'ESCO occupations', '2512.4', 'software developer'],
      [AlignmentSource.ASSERTED_BY_ISSUER, null, '15-1244', 'O*NET-SOC 2019', '15-1244.00', expect.any(String)],
      [
        AlignmentSource.ASSERTED_BY_ISSUER,
        null,
        '15-1252',
        'Standard Occupational Classification (SOC) 2018',
        '15-1252',
        'Software Developers',
      ],
    ]);

    // The same document again: nothing changes.
    expect(await importCredentials(doc, 'OPEN_BADGES_3')).toMatchObject({ created: 0, updated: 0, unchanged: 1 });
    expect((await rowsOf(externalId)).map((r) => r.id)).toEqual(rows.map((r) => r.id));

    // A planner's choice survives the issuer's next version, which replaces the issuer's set.
    ok(await set(imported.id, ['15-2051']));
    const next = JSON.parse(doc) as { credentialSubject: { achievement: { alignment: unknown[] } } };
    next.credentialSubject.achievement.alignment = next.credentialSubject.achievement.alignment.slice(0, 1);
    expect(await importCredentials(JSON.stringify(next), 'OPEN_BADGES_3')).toMatchObject({ updated: 1 });
    const after = await rowsOf(externalId);
    expect(after.filter((r) => r.institution == null).map((r) => r.socCode)).toEqual(['15-1252']);
    expect(after.filter((r) => r.institution != null).map((r) => r.socCode)).toEqual(['15-2051']);
    ok(await set(imported.id, []));
    expect(codes((await credentials()).find((c) => c.externalId === externalId)!)).toEqual(['15-1252']);
  });

  it('keeps CTDL ceterms:occupationType as the issuer’s alignments', async () => {
    const doc = fixture('ctdl/uplift-occupation-type.json');
    expect(await importCredentials(doc, 'CTDL')).toMatchObject({ created: 1, rejected: 0 });
    const externalId = 'ce-5b1f4f4e-0c39-4d4c-9a55-0e6a7b1c2d3e';
    const imported = (await credentials()).find((c) => c.externalId === externalId)!;
    expect(codes(imported)).toEqual(['15-1212', '15-1299']);
    const rows = await rowsOf(externalId);
    expect(rows.map((r) => [r.socCode, r.framework, r.targetCode])).toEqual([
      [null, 'Company job families', 'SEC-OPS-2'],
      ['15-1299', 'O*NET-SOC', '15-1299.05'],
      ['15-1212', 'Standard Occupational Classification', '15-1212'],
    ]);
    expect(await importCredentials(doc, 'CTDL')).toMatchObject({ created: 0, updated: 0, unchanged: 1 });
    expect((await rowsOf(externalId)).map((r) => r.id)).toEqual(rows.map((r) => r.id));
  });
});
