import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { DomainError } from '../../../../../src/core/errors';
import { CreditUnit } from '../../../../../src/modules/common/enums';
import type { CredentialRecord } from '../../../../../src/modules/import/formats/credential-record';
import { parseJsonDocument, type Json } from '../../../../../src/modules/import/formats/json.format';
import { ctdlItems, langString } from '../../../../../src/modules/import/formats/ctdl.format';
import { openBadgesItems } from '../../../../../src/modules/import/formats/open-badges.format';
import type { ImportItem } from '../../../../../src/modules/import/engine/import-item';

const fixture = (name: string): Json =>
  parseJsonDocument(fs.readFileSync(path.join(__dirname, '../../../../fixtures', name), 'utf8'));
const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

function summary(items: ImportItem<CredentialRecord>[]) {
  return items.map((i) =>
    i.kind === 'record'
      ? { kind: i.kind, location: i.location, externalId: i.record.externalId, fields: i.record.fields }
      : i.kind === 'rejected'
        ? { kind: i.kind, location: i.location, problems: i.problems }
        : { kind: i.kind, problem: i.problem },
  );
}

function documentError(f: () => unknown): { field?: string; message: string } {
  try {
    f();
  } catch (err) {
    if (err instanceof DomainError) return { field: err.field, message: err.message };
    throw err;
  }
  throw new Error('expected a document error');
}

describe('Open Badges 3.0 mapping', () => {
  it('maps the 1EdTech complete credential (a Degree with creditsAvailable 36) field by field', () => {
    expect(summary(openBadgesItems(fixture('open-badges-3/1edtech-complete.json'), CreditUnit.US_CREDIT_HOUR))).toEqual(
      [
        {
          kind: 'notice',
          problem: {
            location: '$.credentialSubject.achievement.achievementType',
            field: 'achievementType',
            code: 'DEGREE_KEPT',
            message:
              '"1EdTech University Degree" has achievementType Degree: a degree rather than a micro-credential. It is kept as given; check that it belongs in the catalog before embedding it.',
          },
        },
        {
          kind: 'record',
          location: '$.credentialSubject.achievement',
          externalId: 'https://1edtech.edu/achievements/degree',
          fields: {
            title: '1EdTech University Degree',
            issuer: '1EdTech University',
            description: '1EdTech University Degree Description',
            url: 'https://credentialengineregistry.org/resources/ce-98cb027b-95ef-4494-908d-6f7790ec6b6b',
            category: 'Research',
            skills: ['research', 'computer science'],
            achievementType: 'Degree',
            creditValue: 36,
            creditUnit: 'US_CREDIT_HOUR',
          },
        },
      ],
    );
  });

  it('without a credit unit, creditsAvailable is a MISSING_UNIT problem at its JSON path', () => {
    const items = openBadgesItems(fixture('open-badges-3/1edtech-complete.json'), null);
    expect(summary(items)).toHaveLength(1);
    expect(summary(items)[0]).toEqual({
      kind: 'rejected',
      location: '$.credentialSubject.achievement',
      problems: [
        {
          location: '$.credentialSubject.achievement.creditsAvailable',
          field: 'creditsAvailable',
          code: 'MISSING_UNIT',
          message:
            "creditsAvailable is 36, but Open Badges 3.0 does not say in which unit: give the import's creditUnit (US_CREDIT_HOUR, ECTS or UK_CATS).",
        },
      ],
    });
  });

  it('maps the simple Teamwork badge, taking the issuer from the credential when the achievement has no creator', () => {
    expect(summary(openBadgesItems(fixture('open-badges-3/1edtech-simple.json'), null))).toEqual([
      {
        kind: 'record',
        location: '$.credentialSubject.achievement',
        externalId: 'https://example.com/achievements/21st-century-skills/teamwork',
        fields: {
          title: 'Teamwork',
          issuer: 'Example Corp',
          description:
            'This badge recognizes the development of the capacity to collaborate within a group environment.',
          url: null,
          category: null,
          skills: [],
          achievementType: null,
          creditValue: null,
          creditUnit: null,
        },
      },
    ]);
  });

  it('takes a bare Achievement and a list, locating problems by JSON path', () => {
    const simple = fixture('open-badges-3/1edtech-simple.json') as {
      credentialSubject: { achievement: Record<string, Json> };
    };
    const bare = {
      ...clone(simple.credentialSubject.achievement),
      creator: { id: 'https://x.edu', type: ['Profile'], name: 'X University' },
      achievementType: 'ext:MicroBadge',
      tag: ['Teamwork', ' teamwork ', 'Collaboration'],
      creditsAvailable: 0,
    };
    const broken = { ...clone(bare), name: '', id: 'urn:uuid:2', creditsAvailable: '3', fieldOfStudy: 'x'.repeat(101) };
    const items = summary(openBadgesItems([bare, { type: ['BadgeClass'], name: 'Old' }, broken], CreditUnit.ECTS));
    expect(items).toEqual([
      {
        kind: 'record',
        location: '$[0]',
        externalId: 'https://example.com/achievements/21st-century-skills/teamwork',
        fields: {
          title: 'Teamwork',
          issuer: 'X University',
          description: expect.any(String),
          url: null,
          category: null,
          skills: ['Teamwork', 'Collaboration'],
          achievementType: 'ext:MicroBadge',
          creditValue: null,
          creditUnit: null,
        },
      },
      {
        kind: 'rejected',
        location: '$[1]',
        problems: [
          {
            location: '$[1].type',
            field: 'type',
            code: 'NOT_OPEN_BADGES_3',
            message:
              'Not an Open Badges 3.0 credential or achievement: it is an Open Badges 2.0 BadgeClass; ask the issuer for the Open Badges 3.0 version.',
          },
        ],
      },
      {
        kind: 'rejected',
        location: '$[2]',
        problems: [
          { location: '$[2].name', field: 'name', code: 'REQUIRED', message: 'The achievement has no name.' },
          {
            location: '$[2].creditsAvailable',
            field: 'creditsAvailable',
            code: 'INVALID_VALUE',
            message: 'creditsAvailable must be a number of 0 or more; got "3".',
          },
        ],
      },
    ]);
    // Validators of createCredential, named as the document names them.
    const long = { ...clone(bare), fieldOfStudy: 'x'.repeat(101) };
    expect(summary(openBadgesItems(long, null))).toEqual([
      {
        kind: 'rejected',
        location: '$',
        problems: [
          {
            location: '$.fieldOfStudy',
            field: 'fieldOfStudy',
            code: 'INVALID_VALUE',
            message: 'fieldOfStudy must be shorter than or equal to 100 characters',
          },
        ],
      },
    ]);
  });

  it('refuses documents that are not Open Badges 3.0, saying what they are', () => {
    expect(documentError(() => openBadgesItems(fixture('ctdl/ce-credential-1-bachelor.json'), null))).toEqual({
      field: 'input.document',
      message:
        'This is not an Open Badges 3.0 OpenBadgeCredential, AchievementCredential or Achievement: it looks like a CTDL (Credential Engine) document: import it with format CTDL.',
    });
    expect(
      documentError(() => openBadgesItems({ '@context': 'https://w3id.org/openbadges/v2', type: 'Assertion' }, null))
        .message,
    ).toBe(
      'This is not an Open Badges 3.0 OpenBadgeCredential, AchievementCredential or Achievement: it is an Open Badges 2.0 Assertion; ask the issuer for the Open Badges 3.0 version.',
    );
    expect(documentError(() => openBadgesItems({ type: ['VerifiableCredential'] }, null)).message).toMatch(
      /its type is VerifiableCredential\.$/,
    );
    expect(documentError(() => openBadgesItems('hello', null)).message).toMatch(
      /it is a JSON string, not an object\.$/,
    );
    expect(documentError(() => openBadgesItems([], null)).message).toMatch(/^The document is an empty list/);
    expect(documentError(() => parseJsonDocument('{"type": ["OpenBadgeCredential"],}'))).toEqual({
      field: 'input.document',
      message: expect.stringMatching(/^The document is not JSON: /),
    });
    expect(documentError(() => parseJsonDocument('  \n'))).toEqual({
      field: 'input.document',
      message: 'The document is empty.',
    });
  });
});

describe('CTDL mapping', () => {
  it('reports the Credential Engine bachelor degree instead of importing it', () => {
    expect(summary(ctdlItems(fixture('ctdl/ce-credential-1-bachelor.json'), null))).toEqual([
      {
        kind: 'rejected',
        location: '$',
        problems: [
          {
            location: "$['@type']",
            field: '@type',
            code: 'NOT_A_MICRO_CREDENTIAL',
            message:
              'ceterms:BachelorDegree "Bachelor of Science in Cybersecurity" is a degree, not a micro-credential, so it is not imported. Import the micro-credentials, badges or certificates it includes instead.',
          },
        ],
      },
    ]);
  });

  const org = {
    '@id': 'https://example.org/org/1',
    '@type': 'ceterms:CredentialOrganization',
    'ceterms:name': { 'en-US': 'Example Community College' },
  };
  const micro = {
    '@id': 'https://example.org/cred/1',
    '@type': 'ceterms:MicroCredential',
    'ceterms:ctid': 'ce-11111111-2222-3333-4444-555555555555',
    'ceterms:name': { es: 'Analítica de datos', 'en-US': 'Data Analytics Micro-Credential' },
    'ceterms:description': { 'en-US': 'Six weeks of SQL and dashboards.' },
    'ceterms:ownedBy': ['https://example.org/org/1'],
    'ceterms:subjectWebpage': 'https://example.org/data',
    'ceterms:keyword': { 'en-US': ['SQL', 'Dashboards'] },
    'ceterms:creditValue': [
      {
        '@type': 'ceterms:ValueProfile',
        'schema:value': 3,
        'ceterms:creditUnitType': [
          { '@type': 'ceterms:CredentialAlignmentObject', 'ceterms:targetNode': 'creditUnit:SemesterHour' },
        ],
      },
    ],
  };

  it('maps a micro-credential in an @graph, resolving its organization and credit unit; other resources are noted', () => {
    const ects = {
      ...clone(micro),
      '@type': 'ceterms:Badge',
      'ceterms:ctid': 'ce-2',
      'ceterms:ownedBy': [{ '@type': 'ceterms:CredentialOrganization', 'ceterms:name': 'TU Example' }],
      'ceterms:creditValue': { 'schema:value': '5', 'ceterms:creditUnitType': 'creditUnit:ECTS' },
    };
    const hours = {
      ...clone(micro),
      '@type': 'ceterms:Certificate',
      'ceterms:ctid': 'ce-3',
      'ceterms:creditValue': [{ 'schema:value': 40, 'ceterms:creditUnitType': ['creditUnit:ClockHour'] }],
    };
    const items = summary(
      ctdlItems(
        { '@context': 'https://credreg.net/ctdl/schema/context/json', '@graph': [org, micro, ects, hours] },
        null,
      ),
    );
    expect(items).toEqual([
      {
        kind: 'notice',
        problem: {
          location: "$['@graph'][0]['@type']",
          field: '@type',
          code: 'NOT_A_CREDENTIAL',
          message: 'ceterms:CredentialOrganization is not a credential; skipped.',
        },
      },
      {
        kind: 'record',
        location: "$['@graph'][1]",
        externalId: 'ce-11111111-2222-3333-4444-555555555555',
        fields: {
          title: 'Data Analytics Micro-Credential',
          issuer: 'Example Community College',
          description: 'Six weeks of SQL and dashboards.',
          url: 'https://example.org/data',
          skills: ['SQL', 'Dashboards'],
          achievementType: 'MicroCredential',
          creditValue: 3,
          creditUnit: 'US_CREDIT_HOUR',
        },
      },
      {
        kind: 'record',
        location: "$['@graph'][2]",
        externalId: 'ce-2',
        fields: expect.objectContaining({
          issuer: 'TU Example',
          achievementType: 'Badge',
          creditValue: 5,
          creditUnit: 'ECTS',
        }),
      },
      {
        kind: 'record',
        location: "$['@graph'][3]",
        externalId: 'ce-3',
        fields: expect.objectContaining({
          achievementType: 'Certificate',
          creditValue: null,
          creditUnit: null,
          learningHours: 40,
        }),
      },
    ]);
  });

  it('rejects what it cannot keep, at the JSON path of the cause', () => {
    const quarter = {
      ...clone(micro),
      'ceterms:creditValue': [{ 'schema:value': 4, 'ceterms:creditUnitType': ['creditUnit:QuarterHour'] }],
    };
    const noCtid = { ...clone(micro), 'ceterms:ctid': undefined, 'ceterms:ownedBy': ['https://elsewhere.org/org/9'] };
    const range = {
      ...clone(micro),
      'ceterms:ctid': 'ce-9',
      'ceterms:creditValue': [{ 'schema:minValue': 3, 'schema:maxValue': 6 }],
    };
    expect(summary(ctdlItems([org, quarter, noCtid, range], null)).slice(1)).toEqual([
      {
        kind: 'rejected',
        location: '$[1]',
        problems: [
          {
            location: "$[1]['ceterms:creditValue'][0]['ceterms:creditUnitType']",
            field: 'ceterms:creditUnitType',
            code: 'UNSUPPORTED_UNIT',
            message:
              'Credit unit QuarterHour is not one Uplift keeps (SemesterHour, ECTS or UK CATS; ClockHour and ContactHour become learning hours). Convert the value, or leave ceterms:creditValue out.',
          },
        ],
      },
      {
        kind: 'rejected',
        location: '$[2]',
        problems: [
          {
            location: "$[2]['ceterms:ctid']",
            field: 'ceterms:ctid',
            code: 'REQUIRED',
            message: 'The credential has no ceterms:ctid; Uplift matches re-imports by it.',
          },
          {
            location: "$[2]['ceterms:ownedBy']",
            field: 'ceterms:ownedBy',
            code: 'REQUIRED',
            message:
              "No issuer name: ceterms:ownedBy only links to https://elsewhere.org/org/9; include that organization with its ceterms:name in the document's @graph.",
          },
        ],
      },
      {
        kind: 'rejected',
        location: '$[3]',
        problems: [
          {
            location: "$[3]['ceterms:creditValue'][0]['schema:value']",
            field: 'schema:value',
            code: 'INVALID_VALUE',
            message:
              'The credit value is a range (schema:minValue–schema:maxValue); Uplift needs one value (schema:value).',
          },
        ],
      },
    ]);
  });

  it('refuses a document without any credential, pointing Open Badges to its format', () => {
    expect(documentError(() => ctdlItems(fixture('open-badges-3/1edtech-simple.json'), null)).message).toBe(
      'The document has no CTDL credential (ceterms:MicroCredential, Badge, Certificate, Certification …); found no @type. It looks like Open Badges 3.0: import it with format OPEN_BADGES_3.',
    );
    expect(documentError(() => ctdlItems({ '@graph': [org] }, null)).message).toMatch(
      /found ceterms:CredentialOrganization\.$/,
    );
    expect(documentError(() => ctdlItems(42, null)).field).toBe('input.document');
  });

  it('reads language maps English first', () => {
    expect(langString({ fr: 'Bonjour', 'en-GB': 'Hello' })).toBe('Hello');
    expect(langString({ fr: 'Bonjour' })).toBe('Bonjour');
    expect(langString([{ de: '' }, 'plain'])).toBe('plain');
    expect(langString(7)).toBeNull();
  });
});
