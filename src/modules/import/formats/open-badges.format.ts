import { badInput } from '../../../core/errors';
import type { CreditUnit } from '../../common/enums';
import type { ImportItem } from '../engine/import-item';
import { DOCUMENT_FIELD, problem, type ImportProblemData } from '../engine/import-problem';
import { cleanSkills, credentialProblems, type CredentialRecord } from './credential-record';
import { asArray, isObject, pathOf, typesOf, type Json, type JsonObject } from './json.format';

const CREDENTIAL_TYPES = ['OpenBadgeCredential', 'AchievementCredential'];
/** Open Badges 3.0 achievementType values that name a degree rather than a micro-credential. */
const DEGREE_TYPE = /(Degree|Doctorate)$/;

/** Why a JSON value is not an OB3 credential or achievement, in words that say what it is instead. */
function notOpenBadges3(v: Json): string {
  if (!isObject(v)) {
    return `it is ${Array.isArray(v) ? 'a list' : `a JSON ${v === null ? 'null' : typeof v}`}, not an object`;
  }
  const types = typesOf(v.type ?? v['@type']);
  const context = JSON.stringify(v['@context'] ?? '');
  if (types.includes('Assertion') || types.includes('BadgeClass') || context.includes('openbadges/v2')) {
    const kind = types.find((t) => t === 'Assertion' || t === 'BadgeClass') ?? 'document';
    return `it is an Open Badges 2.0 ${kind}; ask the issuer for the Open Badges 3.0 version`;
  }
  if (Object.keys(v).some((k) => k.startsWith('ceterms:')) || '@graph' in v) {
    return 'it looks like a CTDL (Credential Engine) document: import it with format CTDL';
  }
  if (types.includes('EndorsementCredential')) {
    return 'it is an EndorsementCredential, which endorses an issuer or achievement rather than describing one';
  }
  return types.length ? `its type is ${types.join(', ')}` : 'it has no type';
}

function text(v: Json | undefined): string | null {
  return typeof v === 'string' && v.trim() ? v.trim() : null;
}

function isAchievementOrCredential(v: Json): boolean {
  if (!isObject(v)) return false;
  const types = typesOf(v.type);
  return types.includes('Achievement') || types.some((t) => CREDENTIAL_TYPES.includes(t));
}

/**
 * Open Badges 3.0 → catalog entries. The document is an OpenBadgeCredential or AchievementCredential
 * (the achievement inside credentialSubject), a bare Achievement, or a list of them. Mapping: name →
 * title, description, achievementType as given, creator name (or the credential's issuer name) →
 * issuer, creditsAvailable → creditValue in the import's creditUnit, tag → skills, fieldOfStudy →
 * category, id → externalId, the targetUrl of a CTDL alignment → url, and every alignment entry (targetFramework,
 * targetCode, targetName, targetUrl) → the issuer's alignments (one naming SOC or O*NET-SOC aligns to an occupation).
 */
export function openBadgesItems(doc: Json, creditUnit: CreditUnit | null): ImportItem<CredentialRecord>[] {
  const entries: { value: Json; path: string }[] = Array.isArray(doc)
    ? doc.map((value, i) => ({ value, path: `$[${i}]` }))
    : [{ value: doc, path: '$' }];
  if (!entries.length) {
    throw badInput(
      DOCUMENT_FIELD,
      'The document is an empty list: give an Open Badges 3.0 credential or achievement, or a list of them.',
    );
  }
  if (!Array.isArray(doc) && !isAchievementOrCredential(doc)) {
    throw badInput(
      DOCUMENT_FIELD,
      'This is not an Open Badges 3.0 OpenBadgeCredential, AchievementCredential or ' +
        `Achievement: ${notOpenBadges3(doc)}.`,
    );
  }
  const items: ImportItem<CredentialRecord>[] = [];
  for (const { value, path } of entries) {
    if (!isAchievementOrCredential(value)) {
      const why = `Not an Open Badges 3.0 credential or achievement: ${notOpenBadges3(value)}.`;
      const wrongType = problem(pathOf(path, 'type'), 'type', 'NOT_OPEN_BADGES_3', why);
      items.push({ kind: 'rejected', location: path, problems: [wrongType] });
      continue;
    }
    const obj = value as JsonObject;
    if (!typesOf(obj.type).some((t) => CREDENTIAL_TYPES.includes(t))) {
      items.push(...achievementItems(obj, path, null, creditUnit));
      continue;
    }
    const subjectPath = pathOf(path, 'credentialSubject');
    const subjects = Array.isArray(obj.credentialSubject)
      ? obj.credentialSubject.map((s, i) => ({ s, p: pathOf(subjectPath, i) }))
      : [{ s: obj.credentialSubject, p: subjectPath }];
    for (const { s, p } of subjects) {
      const achievementPath = pathOf(p, 'achievement');
      if (!isObject(s) || !isObject(s.achievement)) {
        const missing = problem(
          achievementPath,
          'achievement',
          'REQUIRED',
          'The credential has no credentialSubject.achievement to import.',
        );
        items.push({ kind: 'rejected', location: achievementPath, problems: [missing] });
        continue;
      }
      items.push(...achievementItems(s.achievement, achievementPath, { obj, path }, creditUnit));
    }
  }
  return items;
}

/** An optional string property; anything else is an INVALID_VALUE problem. */
function optionalString(
  a: JsonObject,
  key: string,
  at: (key: string) => string,
  problems: ImportProblemData[],
): string | null {
  const v = a[key];
  if (v === undefined || v === null) return null;
  if (typeof v === 'string') return v.trim() || null;
  problems.push(problem(at(key), key, 'INVALID_VALUE', `${key} must be a string.`));
  return null;
}

/** creditsAvailable → a credit value in the import's unit (OB3 states none); 0 is no credit. */
function creditsOf(
  a: JsonObject,
  at: (key: string) => string,
  creditUnit: CreditUnit | null,
  problems: ImportProblemData[],
): number | null {
  const credits = a.creditsAvailable;
  if (credits === undefined || credits === null) return null;
  if (typeof credits !== 'number' || !Number.isFinite(credits) || credits < 0) {
    problems.push(
      problem(
        at('creditsAvailable'),
        'creditsAvailable',
        'INVALID_VALUE',
        `creditsAvailable must be a number of 0 or more; got ${JSON.stringify(credits)}.`,
      ),
    );
    return null;
  }
  if (credits === 0) return null;
  if (creditUnit) return credits;
  problems.push(
    problem(
      at('creditsAvailable'),
      'creditsAvailable',
      'MISSING_UNIT',
      `creditsAvailable is ${credits}, ` +
        "but Open Badges 3.0 does not say in which unit: give the import's creditUnit " +
        '(US_CREDIT_HOUR, ECTS or UK_CATS).',
    ),
  );
  return null;
}

function achievementItems(
  a: JsonObject,
  path: string,
  credential: { obj: JsonObject; path: string } | null,
  creditUnit: CreditUnit | null,
): ImportItem<CredentialRecord>[] {
  const at = (key: string) => pathOf(path, key);
  const problems: ImportProblemData[] = [];
  const notices: ImportItem<CredentialRecord>[] = [];
  const externalId = text(a.id);
  if (!externalId) {
    problems.push(problem(at('id'), 'id', 'REQUIRED', 'The achievement has no id; Uplift matches re-imports by it.'));
  }
  const title = text(a.name);
  if (!title) problems.push(problem(at('name'), 'name', 'REQUIRED', 'The achievement has no name.'));

  const creatorName = isObject(a.creator) ? text(a.creator.name) : null;
  const issuerName = credential && isObject(credential.obj.issuer) ? text(credential.obj.issuer.name) : null;
  const issuerPath =
    creatorName || !issuerName ? pathOf(at('creator'), 'name') : pathOf(pathOf(credential!.path, 'issuer'), 'name');
  const issuer = creatorName ?? issuerName;
  if (!issuer) {
    const neither = credential ? " and neither has the credential's issuer" : '';
    problems.push(
      problem(
        pathOf(at('creator'), 'name'),
        'name',
        'REQUIRED',
        `No issuer: the achievement's creator has no name${neither}.`,
      ),
    );
  }

  const achievementType = optionalString(a, 'achievementType', at, problems);
  if (achievementType && DEGREE_TYPE.test(achievementType)) {
    notices.push({
      kind: 'notice',
      problem: problem(
        at('achievementType'),
        'achievementType',
        'DEGREE_KEPT',
        `"${title ?? externalId}" has achievementType ${achievementType}: a degree rather than a micro-credential. ` +
          'It is kept as given; check that it belongs in the catalog before embedding it.',
      ),
    });
  }

  const creditValue = creditsOf(a, at, creditUnit, problems);

  const tags = asArray(a.tag);
  if (tags.some((t) => typeof t !== 'string')) {
    problems.push(problem(at('tag'), 'tag', 'INVALID_VALUE', 'tag must be a list of strings.'));
  }
  const category = optionalString(a, 'fieldOfStudy', at, problems);
  const alignments = asArray(a.alignment);
  const ctdlIndex = alignments.findIndex(
    (x) =>
      isObject(x) &&
      typeof x.targetType === 'string' &&
      /^(CTDL|ceterms:Credential)$/i.test(x.targetType) &&
      typeof x.targetUrl === 'string',
  );
  const url = ctdlIndex >= 0 ? ((alignments[ctdlIndex] as JsonObject).targetUrl as string) : null;

  if (problems.length) return [{ kind: 'rejected', location: path, problems }];
  const record: CredentialRecord = {
    externalId: externalId!,
    alignments: alignments.filter(isObject).map((x) => ({
      framework: text(x.targetFramework),
      targetCode: text(x.targetCode),
      targetName: text(x.targetName),
      targetUrl: text(x.targetUrl),
    })),
    fields: {
      title: title!,
      issuer: issuer!,
      description: text(a.description),
      url,
      category,
      skills: cleanSkills(tags.filter((t): t is string => typeof t === 'string')),
      achievementType,
      creditValue,
      creditUnit: creditValue === null ? null : creditUnit,
    },
    sources: {
      externalId: { path: at('id'), name: 'id' },
      title: { path: at('name'), name: 'name' },
      issuer: { path: issuerPath, name: 'name' },
      description: { path: at('description'), name: 'description' },
      url: { path: pathOf(pathOf(at('alignment'), Math.max(ctdlIndex, 0)), 'targetUrl'), name: 'targetUrl' },
      category: { path: at('fieldOfStudy'), name: 'fieldOfStudy' },
      skills: { path: at('tag'), name: 'tag' },
      achievementType: { path: at('achievementType'), name: 'achievementType' },
      creditValue: { path: at('creditsAvailable'), name: 'creditsAvailable' },
    },
  };
  const invalid = credentialProblems(record, path);
  if (invalid.length) return [{ kind: 'rejected', location: path, problems: invalid }];
  return [...notices, { kind: 'record', location: path, ref: path, record }];
}
