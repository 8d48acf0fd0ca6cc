import { validateSync } from 'class-validator';
import { badInput } from '../../core/errors';
import { CreditRecognition, type CreditUnit } from '../common/enums';
import { MicroCredential } from '../credential/micro-credential.entity';
import { CreateCredentialInput } from '../credential/micro-credential.inputs';
import { isCreditBearing, skillsIndexOf } from '../credential/micro-credential.rules';
import { ProgramCredential } from '../embedding/program-credential.entity';
import { creditValueProblem } from '../embedding/program-credential.rules';
import { Institution } from '../institution/institution.entity';
import { validationProblems } from './cells';
import { DOCUMENT_FIELD } from './csv';
import { problem, refLabel, type BatchWriter, type ImportProblemData, type Outcome, type RecordItem } from './problems';

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

export interface CredentialRecord {
  externalId: string;
  fields: CredentialFields;
  /** Where each field came from in the document (JSON path and property), for problems. */
  sources: Partial<Record<keyof CredentialFields | 'externalId', { path: string; name: string }>>;
}

/** JSON path segment: `.name` when it is an identifier, `['ceterms:name']` otherwise. */
export function pathOf(base: string, key: string | number): string {
  if (typeof key === 'number') return `${base}[${key}]`;
  return /^[A-Za-z_$][\w$]*$/.test(key) ? `${base}.${key}` : `${base}['${key.replace(/'/g, "\\'")}']`;
}

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };
export const isObject = (v: unknown): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);
export const asArray = (v: Json | undefined): Json[] => (v === undefined || v === null ? [] : Array.isArray(v) ? v : [v]);
export const typesOf = (v: Json | undefined): string[] => asArray(v).filter((t): t is string => typeof t === 'string');

/** The document as JSON; anything else is refused as a whole. */
export function parseJsonDocument(text: string): Json {
  const body = text.replace(/^\uFEFF/, '').trim();
  if (!body) throw badInput(DOCUMENT_FIELD, 'The document is empty.');
  try {
    return JSON.parse(body) as Json;
  } catch (err) {
    throw badInput(DOCUMENT_FIELD, `The document is not JSON: ${(err as Error).message}.`);
  }
}

/** Skills as stored: trimmed, without blanks or case-insensitive repeats. */
export function cleanSkills(values: string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const v of values) {
    const s = v.trim();
    if (s && !seen.has(s.toLowerCase())) { seen.add(s.toLowerCase()); out.push(s); }
  }
  return out;
}

/** Checks a mapped credential with the validators of createCredential, naming the document's fields. */
export function credentialProblems(record: CredentialRecord, fallbackPath: string): ImportProblemData[] {
  const f = record.fields;
  const input = Object.assign(new CreateCredentialInput(), {
    title: f.title, issuer: f.issuer, description: f.description ?? undefined, url: f.url ?? undefined,
    category: f.category ?? undefined, skills: f.skills, achievementType: f.achievementType ?? undefined,
    creditValue: f.creditValue ?? undefined, creditUnit: f.creditUnit ?? undefined, learningHours: f.learningHours ?? undefined,
    externalId: record.externalId, creditRecognition: CreditRecognition.NONE,
  });
  const names: Record<string, string> = {};
  for (const [k, v] of Object.entries(record.sources)) if (v) names[k] = v.name;
  const errors = validateSync(input, { forbidUnknownValues: false, stopAtFirstError: true });
  return validationProblems(errors, names, (p) => record.sources[p as keyof CredentialRecord['sources']]?.path ?? fallbackPath);
}

const sameValue = (a: unknown, b: unknown) => (Array.isArray(a) || Array.isArray(b) ? JSON.stringify(a) === JSON.stringify(b) : (a ?? null) === (b ?? null));

/**
 * Upserts credentials by externalId within one catalog: an institution's own (institutionId) or the
 * shared one (null). Recognition and costs are the institution's judgement, not the document's:
 * a new credential starts with creditRecognition NONE and no costs, and a re-import keeps them.
 */
export function credentialWriter(institutionId: number | null): BatchWriter<CredentialRecord> {
  const seen = new Map<string, number | string>();
  return {
    async apply(em, batch: RecordItem<CredentialRecord>[], write): Promise<Outcome[]> {
      const outcomes: Outcome[] = new Array(batch.length);
      const live: number[] = [];
      batch.forEach((item, i) => {
        const first = seen.get(item.record.externalId);
        if (first !== undefined) {
          const src = item.record.sources.externalId;
          outcomes[i] = [problem(src?.path ?? item.location, src?.name ?? null, 'DUPLICATE', `"${item.record.externalId}" already appears at ${refLabel(first)}; each credential appears once.`)];
        } else {
          seen.set(item.record.externalId, item.ref);
          live.push(i);
        }
      });
      const existing = live.length
        ? await em.find(MicroCredential, { institution: institutionId, externalId: { $in: live.map((i) => batch[i].record.externalId) } }, { orderBy: { id: 'ASC' } })
        : [];
      const byId = new Map<string, MicroCredential[]>();
      for (const c of existing) byId.set(c.externalId!, [...(byId.get(c.externalId!) ?? []), c]);
      const creditChanged = (c: MicroCredential, f: CredentialFields) => c.creditValue !== f.creditValue || c.creditUnit !== f.creditUnit;
      const touched = live.map((i) => ({ item: batch[i], current: byId.get(batch[i].record.externalId) }))
        .filter((x) => x.current?.length === 1 && creditChanged(x.current[0], x.item.record.fields)).map((x) => x.current![0].id);
      const embeddings = touched.length
        ? await em.find(ProgramCredential, { credential: { $in: touched }, creditsApplied: { $gt: 0 } }, { populate: ['program', 'program.institution'] })
        : [];
      for (const i of live) {
        const { record, location } = batch[i];
        const f = record.fields;
        const defined = Object.fromEntries(Object.entries(f).filter(([, v]) => v !== undefined)) as Partial<CredentialFields>;
        const matches = byId.get(record.externalId) ?? [];
        if (matches.length > 1) {
          outcomes[i] = [problem(record.sources.externalId?.path ?? location, record.sources.externalId?.name ?? null, 'AMBIGUOUS',
            `${matches.length} credentials of the catalog already have the externalId "${record.externalId}"; remove the extra ones first.`)];
          continue;
        }
        const current = matches[0];
        if (!current) {
          outcomes[i] = 'created';
          if (write) {
            const credential = em.create(MicroCredential, {
              institution: institutionId === null ? null : em.getReference(Institution, institutionId),
              externalId: record.externalId, creditRecognition: CreditRecognition.NONE, category: null, learningHours: null,
              ...defined, title: f.title, issuer: f.issuer, skillsIndex: skillsIndexOf(f.skills), creditBearing: false,
            });
            credential.creditBearing = isCreditBearing(credential);
          }
          continue;
        }
        if (creditChanged(current, f)) {
          const next = { ...current, ...defined, title: f.title } as MicroCredential;
          next.creditBearing = isCreditBearing(next);
          const broken = embeddings.filter((e) => e.credential.id === current.id)
            .map((e) => ({ e, why: creditValueProblem(next, e.program.institution, e.creditsApplied) })).find((x) => x.why);
          if (broken) {
            const src = record.sources.creditValue;
            outcomes[i] = [problem(src?.path ?? location, src?.name ?? null, 'EMBEDDED_CREDITS',
              `Program ${broken.e.program.code} applies ${broken.e.creditsApplied} credits of this credential: ${broken.why} Change that embedding first.`)];
            continue;
          }
        }
        const changed = (Object.keys(defined) as (keyof CredentialFields)[]).some((k) => !sameValue(current[k], defined[k]));
        outcomes[i] = changed ? 'updated' : 'unchanged';
        if (write && changed) {
          Object.assign(current, defined);
          current.skillsIndex = skillsIndexOf(current.skills);
          current.creditBearing = isCreditBearing(current);
        }
      }
      if (write) await em.flush();
      return outcomes;
    },
  };
}
