import { validateSync } from 'class-validator';
import { CreditRecognition, type CreditUnit } from '../../common/enums';
import { CreateCredentialInput } from '../../credential/micro-credential.inputs';
import type { AlignmentData } from '../../occupation/occupation.rules';
import type { ImportProblemData } from '../engine/import-problem';
import { validationProblems } from '../engine/validation-problems';

/**
 * A catalog entry as a document describes it. A field left undefined is one the format does not
 * map: a new credential gets the default, an existing one keeps its value. null means "none".
 */
export interface CredentialFields {
  title: string;
  issuer: string;
  description: string | null;
  url: string | null;
  category?: string | null;
  skills: string[];
  achievementType: string | null;
  creditValue: number | null;
  creditUnit: CreditUnit | null;
  learningHours?: number | null;
}

/** What Open Badges 3.0 and CTDL documents both become, for the credentials writer. */
export interface CredentialRecord {
  externalId: string;
  fields: CredentialFields;
  /**
   * The issuer's alignments as the document states them (Open Badges `alignment`, CTDL `ceterms:occupationType`),
   * every framework's; they replace the issuer's set on write. Undefined: the format maps none (the set is kept).
   */
  alignments?: AlignmentData[];
  /** Where each field came from in the document (JSON path and property), for problems. */
  sources: Partial<Record<keyof CredentialFields | 'externalId', { path: string; name: string }>>;
}

/** Skills as stored: trimmed, without blanks or case-insensitive repeats. */
export function cleanSkills(values: string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const v of values) {
    const s = v.trim();
    if (s && !seen.has(s.toLowerCase())) {
      seen.add(s.toLowerCase());
      out.push(s);
    }
  }
  return out;
}

/** Checks a mapped credential with the validators of createCredential, naming the document's fields. */
export function credentialProblems(record: CredentialRecord, fallbackPath: string): ImportProblemData[] {
  const f = record.fields;
  const input = Object.assign(new CreateCredentialInput(), {
    title: f.title,
    issuer: f.issuer,
    description: f.description ?? undefined,
    url: f.url ?? undefined,
    category: f.category ?? undefined,
    skills: f.skills,
    achievementType: f.achievementType ?? undefined,
    creditValue: f.creditValue ?? undefined,
    creditUnit: f.creditUnit ?? undefined,
    learningHours: f.learningHours ?? undefined,
    externalId: record.externalId,
    creditRecognition: CreditRecognition.NONE,
  });
  const names: Record<string, string> = {};
  for (const [k, v] of Object.entries(record.sources)) if (v) names[k] = v.name;
  const errors = validateSync(input, { forbidUnknownValues: false, stopAtFirstError: true });
  const pathOf = (p: string) => record.sources[p as keyof CredentialRecord['sources']]?.path ?? fallbackPath;
  return validationProblems(errors, names, pathOf);
}
