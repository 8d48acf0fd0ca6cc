import { badInput } from '../../../core/errors';
import { CreditUnit } from '../../common/enums';
import type { ImportItem } from '../engine/import-item';
import { DOCUMENT_FIELD, problem, type ImportProblemData } from '../engine/import-problem';
import { cleanSkills, credentialProblems, type CredentialRecord } from './credential-record';
import { asArray, isObject, pathOf, typesOf, type Json, type JsonObject } from './json.format';

/** CTDL credential classes that are micro-credentials, certificates, badges and the like (imported). */
const CREDENTIAL_CLASSES = new Set([
  'MicroCredential',
  'Badge',
  'DigitalBadge',
  'OpenBadge',
  'Certificate',
  'CertificateOfCompletion',
  'CertificateOfParticipation',
  'Certification',
  'ProfessionalCertificate',
  'AcademicCertificate',
  'ApprenticeshipCertificate',
  'BasicTechnicalCertificate',
  'JourneymanCertificate',
  'MasterCertificate',
  'License',
  'QualityAssuranceCredential',
  'Credential',
]);
/** CTDL classes of degrees and diplomas: credentials, but not micro-credentials (reported, not imported). */
const DEGREE_CLASS = /(Degree|Doctorate)$|^(Diploma|SecondarySchoolDiploma|GeneralEducationDevelopment)$/;

/** ceterms:creditUnitType targets → Uplift's units; clock and contact hours are workload, not credit. */
const CREDIT_UNITS: Record<string, CreditUnit> = {
  SemesterHour: CreditUnit.US_CREDIT_HOUR,
  SemesterCreditHour: CreditUnit.US_CREDIT_HOUR,
  ECTS: CreditUnit.ECTS,
  CATS: CreditUnit.UK_CATS,
  UKCATS: CreditUnit.UK_CATS,
};
const HOUR_UNITS = new Set(['ClockHour', 'ContactHour']);
const OPEN_BADGES_TYPES = ['OpenBadgeCredential', 'AchievementCredential', 'Achievement'];

const localName = (t: string) => t.replace(/^.*[:/#]/, '');
const describeType = (types: string[]) => types.join(', ') || 'no @type';

/** A CTDL language map ({"en-US": "…"}), a plain string, or a list of either → one string, English first. */
export function langString(v: Json | undefined): string | null {
  if (typeof v === 'string') return v.trim() || null;
  if (Array.isArray(v)) {
    for (const x of v) {
      const s = langString(x);
      if (s) return s;
    }
    return null;
  }
  if (!isObject(v)) return null;
  const keys = Object.keys(v);
  const english = keys.filter((k) => k.toLowerCase().startsWith('en'));
  const order = [...keys.filter((k) => k === 'en-US' || k === 'en'), ...english, ...keys];
  for (const k of order) {
    const s = langString(v[k]);
    if (s) return s;
  }
  return null;
}

/** Every string of a language map of lists (ceterms:keyword), English first. */
function langStrings(v: Json | undefined): string[] {
  if (typeof v === 'string') return [v];
  if (Array.isArray(v)) return v.flatMap((x) => langStrings(x));
  if (!isObject(v)) return [];
  const keys = Object.keys(v);
  const english = keys.filter((k) => k.toLowerCase().startsWith('en'));
  return (english.length ? english : keys.slice(0, 1)).flatMap((k) => langStrings(v[k]));
}

/** schema:value as a number; CTDL documents often write it as a string ("3"). */
function numberOf(v: Json | undefined): number | null {
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  return typeof v === 'string' && /^\d+(\.\d+)?$/.test(v.trim()) ? Number(v) : null;
}

/** The resources of a document: the @graph, a list, or the one resource, with their JSON paths. */
function resourcesOf(doc: Json): { value: Json; path: string }[] {
  if (isObject(doc) && Array.isArray(doc['@graph'])) {
    return doc['@graph'].map((value, i) => ({ value, path: pathOf(pathOf('$', '@graph'), i) }));
  }
  if (Array.isArray(doc)) return doc.map((value, i) => ({ value, path: `$[${i}]` }));
  if (isObject(doc)) return [{ value: doc, path: '$' }];
  throw badInput(
    DOCUMENT_FIELD,
    'This is not a CTDL document: expected a credential resource, a list of them, or an object with "@graph".',
  );
}

/**
 * CTDL JSON-LD (Credential Engine) → catalog entries. The document is one resource, a list, or an
 * object with "@graph". Mapping: ceterms:name → title, ceterms:description, the @type's class →
 * achievementType, ceterms:ctid → externalId, ceterms:creditValue (ValueProfile: schema:value +
 * ceterms:creditUnitType) → creditValue/creditUnit (clock or contact hours → learningHours),
 * ceterms:ownedBy / offeredBy organization name → issuer, ceterms:keyword → skills,
 * ceterms:subjectWebpage → url, ceterms:occupationType (CredentialAlignmentObject: ceterms:frameworkName or
 * ceterms:framework, ceterms:codedNotation, ceterms:targetNodeName, ceterms:targetNode) → the issuer's
 * alignments. Degrees are reported and not imported; other resources
 * (organizations, profiles…) are noted and skipped.
 */
export function ctdlItems(doc: Json, creditUnit: CreditUnit | null): ImportItem<CredentialRecord>[] {
  const resources = resourcesOf(doc);
  // Organizations are often separate resources of the @graph that credentials link to by @id.
  const byId = new Map<string, JsonObject>();
  for (const { value } of resources) {
    if (isObject(value) && typeof value['@id'] === 'string') byId.set(value['@id'], value);
  }

  const items: ImportItem<CredentialRecord>[] = [];
  let credentials = 0;
  for (const { value, path } of resources) {
    const types = isObject(value) ? typesOf(value['@type']) : [];
    const classes = types.map(localName);
    const typePath = pathOf(path, '@type');
    if (isObject(value) && classes.some((c) => CREDENTIAL_CLASSES.has(c))) {
      credentials++;
      items.push(
        credentialItem(
          value,
          path,
          classes.find((c) => CREDENTIAL_CLASSES.has(c))!,
          byId,
          creditUnit,
        ),
      );
    } else if (isObject(value) && classes.some((c) => DEGREE_CLASS.test(c))) {
      credentials++;
      const name = langString(value['ceterms:name']);
      items.push({
        kind: 'rejected',
        location: path,
        problems: [
          problem(
            typePath,
            '@type',
            'NOT_A_MICRO_CREDENTIAL',
            `${describeType(types)}${name ? ` "${name}"` : ''} is a degree, not a micro-credential, so it is not ` +
              'imported. Import the micro-credentials, badges or certificates it includes instead.',
          ),
        ],
      });
    } else {
      const skipped = `${describeType(types)} is not a credential; skipped.`;
      items.push({ kind: 'notice', problem: problem(typePath, '@type', 'NOT_A_CREDENTIAL', skipped) });
    }
  }
  if (!credentials) {
    const first = resources[0]?.value;
    const hint =
      isObject(first) && typesOf(first.type).some((t) => OPEN_BADGES_TYPES.includes(t))
        ? ' It looks like Open Badges 3.0: import it with format OPEN_BADGES_3.'
        : '';
    const found = [...new Set(resources.flatMap((r) => (isObject(r.value) ? typesOf(r.value['@type']) : [])))];
    throw badInput(
      DOCUMENT_FIELD,
      'The document has no CTDL credential (ceterms:MicroCredential, Badge, Certificate, ' +
        `Certification …); found ${describeType(found)}.${hint}`,
    );
  }
  return items;
}

function organizationName(ref: Json, byId: Map<string, JsonObject>): string | null {
  if (isObject(ref)) {
    return (
      langString(ref['ceterms:name']) ??
      (typeof ref['@id'] === 'string' ? langString(byId.get(ref['@id'])?.['ceterms:name']) : null)
    );
  }
  if (typeof ref === 'string') return langString(byId.get(ref)?.['ceterms:name']);
  return null;
}

interface Credit {
  creditValue: number | null;
  creditUnit: CreditUnit | null;
  learningHours?: number;
}

/** The first ValueProfile of ceterms:creditValue → a credit value in a unit Uplift keeps, or learning hours. */
function creditOf(
  r: JsonObject,
  at: (key: string) => string,
  creditUnit: CreditUnit | null,
  problems: ImportProblemData[],
): Credit {
  const credit: Credit = { creditValue: null, creditUnit: null };
  asArray(r['ceterms:creditValue']).forEach((vp, i) => {
    if (credit.creditValue !== null || !isObject(vp)) return;
    const p = pathOf(at('ceterms:creditValue'), i);
    const value = numberOf(vp['schema:value']);
    const unitNames = asArray(vp['ceterms:creditUnitType'])
      .map((u) => (isObject(u) ? u['ceterms:targetNode'] : u))
      .filter((u): u is string => typeof u === 'string')
      .map(localName);
    if (value === null) {
      const range = vp['schema:minValue'] !== undefined || vp['schema:maxValue'] !== undefined;
      problems.push(
        problem(
          pathOf(p, 'schema:value'),
          'schema:value',
          'INVALID_VALUE',
          range
            ? 'The credit value is a range (schema:minValue–schema:maxValue); Uplift needs one value (schema:value).'
            : 'The ValueProfile has no numeric schema:value.',
        ),
      );
      return;
    }
    const unitPath = pathOf(p, 'ceterms:creditUnitType');
    if (!unitNames.length) {
      if (creditUnit) Object.assign(credit, { creditValue: value, creditUnit });
      else {
        problems.push(
          problem(
            unitPath,
            'ceterms:creditUnitType',
            'MISSING_UNIT',
            `The credit value ${value} has no ceterms:creditUnitType; give one, or the import's creditUnit.`,
          ),
        );
      }
      return;
    }
    const known = unitNames.find((u) => CREDIT_UNITS[u]);
    if (known) {
      Object.assign(credit, { creditValue: value, creditUnit: CREDIT_UNITS[known] });
      return;
    }
    if (unitNames.some((u) => HOUR_UNITS.has(u))) {
      credit.learningHours = value;
      return;
    }
    problems.push(
      problem(
        unitPath,
        'ceterms:creditUnitType',
        'UNSUPPORTED_UNIT',
        `Credit unit ${unitNames.join(', ')} is not one Uplift keeps (SemesterHour, ECTS or UK CATS; ClockHour and ` +
          'ContactHour become learning hours). Convert the value, or leave ceterms:creditValue out.',
      ),
    );
  });
  if (credit.creditValue === 0) return { ...credit, creditValue: null, creditUnit: null };
  return credit;
}

/** The issuer: the first ceterms:ownedBy, else ceterms:offeredBy, organization that has a name. */
function issuerOf(
  r: JsonObject,
  at: (key: string) => string,
  byId: Map<string, JsonObject>,
  problems: ImportProblemData[],
): { issuer: string | null; issuerPath: string } {
  for (const key of ['ceterms:ownedBy', 'ceterms:offeredBy']) {
    const refs = asArray(r[key]);
    const i = refs.findIndex((x) => organizationName(x, byId));
    if (i >= 0) return { issuer: organizationName(refs[i], byId), issuerPath: pathOf(at(key), i) };
  }
  const link = asArray(r['ceterms:ownedBy'] ?? r['ceterms:offeredBy']).find((x) => typeof x === 'string');
  const why = link
    ? `ceterms:ownedBy only links to ${link}; include that organization with its ceterms:name in the document's @graph`
    : 'the credential has no ceterms:ownedBy or ceterms:offeredBy organization with a ceterms:name';
  problems.push(problem(at('ceterms:ownedBy'), 'ceterms:ownedBy', 'REQUIRED', `No issuer name: ${why}.`));
  return { issuer: null, issuerPath: at('ceterms:ownedBy') };
}

function credentialItem(
  r: JsonObject,
  path: string,
  klass: string,
  byId: Map<string, JsonObject>,
  creditUnit: CreditUnit | null,
): ImportItem<CredentialRecord> {
  const at = (key: string) => pathOf(path, key);
  const problems: ImportProblemData[] = [];
  const ctid = r['ceterms:ctid'];
  const externalId = typeof ctid === 'string' && ctid.trim() ? ctid.trim() : null;
  if (!externalId) {
    problems.push(
      problem(
        at('ceterms:ctid'),
        'ceterms:ctid',
        'REQUIRED',
        'The credential has no ceterms:ctid; Uplift matches re-imports by it.',
      ),
    );
  }
  const title = langString(r['ceterms:name']);
  if (!title) {
    problems.push(problem(at('ceterms:name'), 'ceterms:name', 'REQUIRED', 'The credential has no ceterms:name.'));
  }
  const { issuer, issuerPath } = issuerOf(r, at, byId, problems);
  const { creditValue, creditUnit: unit, learningHours } = creditOf(r, at, creditUnit, problems);

  const urlValue = asArray(r['ceterms:subjectWebpage']).find((u): u is string => typeof u === 'string');
  if (problems.length) return { kind: 'rejected', location: path, problems };
  const credit = at('ceterms:creditValue');
  const record: CredentialRecord = {
    externalId: externalId!,
    alignments: asArray(r['ceterms:occupationType'])
      .filter(isObject)
      .map((o) => ({
        framework: langString(o['ceterms:frameworkName']) ?? langString(o['ceterms:framework']),
        targetCode: langString(o['ceterms:codedNotation']),
        targetName: langString(o['ceterms:targetNodeName']),
        targetUrl: langString(o['ceterms:targetNode']),
      })),
    fields: {
      title: title!,
      issuer: issuer!,
      description: langString(r['ceterms:description']),
      url: urlValue ?? null,
      skills: cleanSkills(langStrings(r['ceterms:keyword'])),
      achievementType: klass,
      creditValue,
      creditUnit: unit,
      ...(learningHours !== undefined ? { learningHours } : {}),
    },
    sources: {
      externalId: { path: at('ceterms:ctid'), name: 'ceterms:ctid' },
      title: { path: at('ceterms:name'), name: 'ceterms:name' },
      issuer: { path: issuerPath, name: 'ceterms:name' },
      description: { path: at('ceterms:description'), name: 'ceterms:description' },
      url: { path: at('ceterms:subjectWebpage'), name: 'ceterms:subjectWebpage' },
      skills: { path: at('ceterms:keyword'), name: 'ceterms:keyword' },
      achievementType: { path: at('@type'), name: '@type' },
      creditValue: { path: credit, name: 'schema:value' },
      learningHours: { path: credit, name: 'schema:value' },
      creditUnit: { path: credit, name: 'ceterms:creditUnitType' },
    },
  };
  const invalid = credentialProblems(record, path);
  if (invalid.length) return { kind: 'rejected', location: path, problems: invalid };
  return { kind: 'record', location: path, ref: path, record };
}
