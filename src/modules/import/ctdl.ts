import { badInput } from '../../core/errors';
import { CreditUnit } from '../common/enums';
import { DOCUMENT_FIELD } from './csv';
import {
  asArray, cleanSkills, credentialProblems, isObject, pathOf, typesOf, type CredentialRecord, type Json, type JsonObject,
} from './credentials';
import { problem, type ImportItem, type ImportProblemData } from './problems';

/** CTDL credential classes that are micro-credentials, certificates, badges and the like (imported). */
const CREDENTIAL_CLASSES = new Set([
  'MicroCredential', 'Badge', 'DigitalBadge', 'OpenBadge', 'Certificate', 'CertificateOfCompletion', 'CertificateOfParticipation',
  'Certification', 'ProfessionalCertificate', 'AcademicCertificate', 'ApprenticeshipCertificate', 'BasicTechnicalCertificate',
  'JourneymanCertificate', 'MasterCertificate', 'License', 'QualityAssuranceCredential', 'Credential',
]);
/** CTDL classes of degrees and diplomas: credentials, but not micro-credentials (reported, not imported). */
const DEGREE_CLASS = /(Degree|Doctorate)$|^(Diploma|SecondarySchoolDiploma|GeneralEducationDevelopment)$/;

/** ceterms:creditUnitType targets → Uplift's units; clock and contact hours are workload, not credit. */
const CREDIT_UNITS: Record<string, CreditUnit> = {
  SemesterHour: CreditUnit.US_CREDIT_HOUR, SemesterCreditHour: CreditUnit.US_CREDIT_HOUR, ECTS: CreditUnit.ECTS,
  CATS: CreditUnit.UK_CATS, UKCATS: CreditUnit.UK_CATS,
};
const HOUR_UNITS = new Set(['ClockHour', 'ContactHour']);

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
  const order = [...keys.filter((k) => k === 'en-US' || k === 'en'), ...keys.filter((k) => k.toLowerCase().startsWith('en')), ...keys];
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

const numberOf = (v: Json | undefined): number | null =>
  typeof v === 'number' && Number.isFinite(v) ? v : typeof v === 'string' && /^\d+(\.\d+)?$/.test(v.trim()) ? Number(v) : null;

/**
 * CTDL JSON-LD (Credential Engine) → catalog entries. The document is one resource, a list, or an
 * object with "@graph". Mapping: ceterms:name → title, ceterms:description, the @type's class →
 * achievementType, ceterms:ctid → externalId, ceterms:creditValue (ValueProfile: schema:value +
 * ceterms:creditUnitType) → creditValue/creditUnit (clock or contact hours → learningHours),
 * ceterms:ownedBy / offeredBy organization name → issuer, ceterms:keyword → skills,
 * ceterms:subjectWebpage → url. Degrees are reported and not imported; other resources
 * (organizations, profiles…) are noted and skipped.
 */
export function ctdlItems(doc: Json, creditUnit: CreditUnit | null): ImportItem<CredentialRecord>[] {
  let resources: { value: Json; path: string }[];
  if (isObject(doc) && Array.isArray(doc['@graph'])) resources = doc['@graph'].map((value, i) => ({ value, path: pathOf(pathOf('$', '@graph'), i) }));
  else if (Array.isArray(doc)) resources = doc.map((value, i) => ({ value, path: `$[${i}]` }));
  else if (isObject(doc)) resources = [{ value: doc, path: '$' }];
  else throw badInput(DOCUMENT_FIELD, 'This is not a CTDL document: expected a credential resource, a list of them, or an object with "@graph".');

  const byId = new Map<string, JsonObject>();
  for (const r of resources) if (isObject(r.value) && typeof r.value['@id'] === 'string') byId.set(r.value['@id'], r.value);

  const items: ImportItem<CredentialRecord>[] = [];
  let credentials = 0;
  for (const { value, path } of resources) {
    const types = isObject(value) ? typesOf(value['@type']) : [];
    const classes = types.map(localName);
    if (isObject(value) && classes.some((c) => CREDENTIAL_CLASSES.has(c))) {
      credentials++;
      items.push(credentialItem(value, path, classes.find((c) => CREDENTIAL_CLASSES.has(c))!, byId, creditUnit));
    } else if (isObject(value) && classes.some((c) => DEGREE_CLASS.test(c))) {
      credentials++;
      const name = langString(value['ceterms:name']);
      items.push({
        kind: 'rejected', location: path,
        problems: [problem(pathOf(path, '@type'), '@type', 'NOT_A_MICRO_CREDENTIAL',
          `${describeType(types)}${name ? ` "${name}"` : ''} is a degree, not a micro-credential, so it is not imported. Import the micro-credentials, badges or certificates it includes instead.`)],
      });
    } else {
      items.push({ kind: 'notice', problem: problem(pathOf(path, '@type'), '@type', 'NOT_A_CREDENTIAL', `${describeType(types)} is not a credential; skipped.`) });
    }
  }
  if (!credentials) {
    const first = resources[0]?.value;
    const hint = isObject(first) && typesOf(first.type).some((t) => ['OpenBadgeCredential', 'AchievementCredential', 'Achievement'].includes(t))
      ? ' It looks like Open Badges 3.0: import it with format OPEN_BADGES_3.' : '';
    const found = [...new Set(resources.flatMap((r) => (isObject(r.value) ? typesOf(r.value['@type']) : [])))];
    throw badInput(DOCUMENT_FIELD, `The document has no CTDL credential (ceterms:MicroCredential, Badge, Certificate, Certification …); found ${describeType(found)}.${hint}`);
  }
  return items;
}

function organizationName(ref: Json, byId: Map<string, JsonObject>): string | null {
  if (isObject(ref)) return langString(ref['ceterms:name']) ?? (typeof ref['@id'] === 'string' ? langString(byId.get(ref['@id'])?.['ceterms:name']) : null);
  if (typeof ref === 'string') return langString(byId.get(ref)?.['ceterms:name']);
  return null;
}

function credentialItem(r: JsonObject, path: string, klass: string, byId: Map<string, JsonObject>, creditUnit: CreditUnit | null): ImportItem<CredentialRecord> {
  const at = (key: string) => pathOf(path, key);
  const problems: ImportProblemData[] = [];
  const externalId = typeof r['ceterms:ctid'] === 'string' && r['ceterms:ctid'].trim() ? r['ceterms:ctid'].trim() : null;
  if (!externalId) problems.push(problem(at('ceterms:ctid'), 'ceterms:ctid', 'REQUIRED', 'The credential has no ceterms:ctid; Uplift matches re-imports by it.'));
  const title = langString(r['ceterms:name']);
  if (!title) problems.push(problem(at('ceterms:name'), 'ceterms:name', 'REQUIRED', 'The credential has no ceterms:name.'));

  let issuer: string | null = null;
  let issuerPath = at('ceterms:ownedBy');
  for (const key of ['ceterms:ownedBy', 'ceterms:offeredBy']) {
    const refs = asArray(r[key]);
    const i = refs.findIndex((x) => organizationName(x, byId));
    if (i >= 0) { issuer = organizationName(refs[i], byId); issuerPath = pathOf(at(key), i); break; }
  }
  if (!issuer) {
    const link = asArray(r['ceterms:ownedBy'] ?? r['ceterms:offeredBy']).find((x) => typeof x === 'string');
    problems.push(problem(at('ceterms:ownedBy'), 'ceterms:ownedBy', 'REQUIRED',
      `No issuer name: ${link ? `ceterms:ownedBy only links to ${link}; include that organization with its ceterms:name in the document's @graph` : 'the credential has no ceterms:ownedBy or ceterms:offeredBy organization with a ceterms:name'}.`));
  }

  let creditValue: number | null = null;
  let unit: CreditUnit | null = null;
  let learningHours: number | undefined;
  const profiles = asArray(r['ceterms:creditValue']);
  profiles.forEach((vp, i) => {
    if (creditValue !== null || !isObject(vp)) return;
    const p = pathOf(at('ceterms:creditValue'), i);
    const value = numberOf(vp['schema:value']);
    const unitNames = asArray(vp['ceterms:creditUnitType']).map((u) => (isObject(u) ? u['ceterms:targetNode'] : u)).filter((u): u is string => typeof u === 'string').map(localName);
    if (value === null) {
      const range = vp['schema:minValue'] !== undefined || vp['schema:maxValue'] !== undefined;
      problems.push(problem(pathOf(p, 'schema:value'), 'schema:value', 'INVALID_VALUE',
        range ? 'The credit value is a range (schema:minValue–schema:maxValue); Uplift needs one value (schema:value).' : 'The ValueProfile has no numeric schema:value.'));
      return;
    }
    if (!unitNames.length) {
      if (creditUnit) { creditValue = value; unit = creditUnit; } else {
        problems.push(problem(pathOf(p, 'ceterms:creditUnitType'), 'ceterms:creditUnitType', 'MISSING_UNIT', `The credit value ${value} has no ceterms:creditUnitType; give one, or the import's creditUnit.`));
      }
      return;
    }
    const known = unitNames.find((u) => CREDIT_UNITS[u]);
    if (known) { creditValue = value; unit = CREDIT_UNITS[known]; return; }
    if (unitNames.some((u) => HOUR_UNITS.has(u))) { learningHours = value; return; }
    problems.push(problem(pathOf(p, 'ceterms:creditUnitType'), 'ceterms:creditUnitType', 'UNSUPPORTED_UNIT',
      `Credit unit ${unitNames.join(', ')} is not one Uplift keeps (SemesterHour, ECTS or UK CATS; ClockHour and ContactHour become learning hours). Convert the value, or leave ceterms:creditValue out.`));
  });
  if (creditValue === 0) { creditValue = null; unit = null; }

  const urlValue = asArray(r['ceterms:subjectWebpage']).find((u) => typeof u === 'string') as string | undefined;
  if (problems.length) return { kind: 'rejected', location: path, problems };
  const record: CredentialRecord = {
    externalId: externalId!,
    fields: {
      title: title!, issuer: issuer!, description: langString(r['ceterms:description']), url: urlValue ?? null,
      skills: cleanSkills(langStrings(r['ceterms:keyword'])), achievementType: klass, creditValue, creditUnit: unit,
      ...(learningHours !== undefined ? { learningHours } : {}),
    },
    sources: {
      externalId: { path: at('ceterms:ctid'), name: 'ceterms:ctid' }, title: { path: at('ceterms:name'), name: 'ceterms:name' },
      issuer: { path: issuerPath, name: 'ceterms:name' }, description: { path: at('ceterms:description'), name: 'ceterms:description' },
      url: { path: at('ceterms:subjectWebpage'), name: 'ceterms:subjectWebpage' }, skills: { path: at('ceterms:keyword'), name: 'ceterms:keyword' },
      achievementType: { path: at('@type'), name: '@type' }, creditValue: { path: at('ceterms:creditValue'), name: 'schema:value' },
      learningHours: { path: at('ceterms:creditValue'), name: 'schema:value' }, creditUnit: { path: at('ceterms:creditValue'), name: 'ceterms:creditUnitType' },
    },
  };
  const invalid = credentialProblems(record, path);
  if (invalid.length) return { kind: 'rejected', location: path, problems: invalid };
  return { kind: 'record', location: path, ref: path, record };
}
