import { CreditRecognition } from '../../common/enums';
import { MicroCredential } from '../../credential/micro-credential.entity';
import { isCreditBearing, skillsIndexOf } from '../../credential/micro-credential.rules';
import { ProgramCredential } from '../../embedding/program-credential.entity';
import { creditValueProblem } from '../../embedding/program-credential.rules';
import { Institution } from '../../institution/institution.entity';
import { FirstSeen } from '../engine/duplicates';
import type { BatchWriter, Outcome, RecordItem } from '../engine/import-item';
import { problem } from '../engine/import-problem';
import type { CredentialFields, CredentialRecord } from '../formats/credential-record';
import { AlignmentSource, CredentialAlignment } from '../../occupation/credential-alignment.entity';
import { clip, socCodeOfAlignment, type AlignmentData } from '../../occupation/occupation.rules';

const sameValue = (a: unknown, b: unknown) =>
  Array.isArray(a) || Array.isArray(b) ? JSON.stringify(a) === JSON.stringify(b) : (a ?? null) === (b ?? null);

const creditChanged = (c: MicroCredential, f: CredentialFields) =>
  c.creditValue !== f.creditValue || c.creditUnit !== f.creditUnit;

/** The issuer's alignments as stored: clipped to the columns, the SOC code they name, without repeats, in order. */
function storedAlignments(alignments: AlignmentData[]) {
  const rows = alignments.map((a) => {
    const row = {
      framework: clip(a.framework, 300),
      targetCode: clip(a.targetCode, 300),
      targetName: clip(a.targetName, 500),
      targetUrl: clip(a.targetUrl, 2000),
    };
    return { ...row, socCode: socCodeOfAlignment(row) };
  });
  const key = (r: (typeof rows)[number]) =>
    JSON.stringify([r.socCode, r.framework, r.targetCode, r.targetName, r.targetUrl]);
  return [...new Map(rows.map((r) => [key(r), r])).entries()].sort(([a], [b]) => a.localeCompare(b));
}

/** The same set of alignments, whatever their order. */
function sameAlignments(stored: CredentialAlignment[], next: AlignmentData[]): boolean {
  const keys = (list: AlignmentData[]) => JSON.stringify(storedAlignments(list).map(([k]) => k));
  const asData = stored.map((a) => ({
    framework: a.framework ?? null,
    targetCode: a.targetCode ?? null,
    targetName: a.targetName ?? null,
    targetUrl: a.targetUrl ?? null,
  }));
  return keys(asData) === keys(next);
}

/** Where a record's externalId was, for problems about the credential as a whole. */
const idSource = (item: RecordItem<CredentialRecord>) => ({
  location: item.record.sources.externalId?.path ?? item.location,
  field: item.record.sources.externalId?.name ?? null,
});

/**
 * Upserts credentials by externalId within one catalog: an institution's own (institutionId) or the
 * shared one (null). Recognition and costs are the institution's judgement, not the document's:
 * a new credential starts with creditRecognition NONE and no costs, and a re-import keeps them.
 * The document's alignments replace the issuer's (ASSERTED_BY_ISSUER, no institution); a planner's choice
 * (setCredentialOccupations) is the institution's and is kept.
 */
export function credentialWriter(institutionId: number | null): BatchWriter<CredentialRecord> {
  const seen = new FirstSeen<string, CredentialRecord>((item, first) => ({
    ...idSource(item),
    message: `"${item.record.externalId}" already appears at ${first}; each credential appears once.`,
  }));
  return {
    async apply(em, batch: RecordItem<CredentialRecord>[], write): Promise<Outcome[]> {
      const outcomes = new Array<Outcome>(batch.length);
      const live = seen.keep(batch, outcomes, (item) => item.record.externalId);
      const ids = live.map((i) => batch[i].record.externalId);
      const where = { institution: institutionId, externalId: { $in: ids } };
      const existing = live.length ? await em.find(MicroCredential, where, { orderBy: { id: 'ASC' } }) : [];
      const byId = new Map<string, MicroCredential[]>();
      for (const c of existing) byId.set(c.externalId!, [...(byId.get(c.externalId!) ?? []), c]);
      // A credit change must not break a program that applies this credential's credits: load those embeddings.
      const touched = live
        .map((i) => ({ item: batch[i], current: byId.get(batch[i].record.externalId) }))
        .filter((x) => x.current?.length === 1 && creditChanged(x.current[0], x.item.record.fields))
        .map((x) => x.current![0].id);
      const embeddings = touched.length
        ? await em.find(
            ProgramCredential,
            { credential: { $in: touched }, creditsApplied: { $gt: 0 } },
            {
              populate: ['program', 'program.institution'],
            },
          )
        : [];
      // The issuer's alignments of the credentials already there, when the format maps alignments.
      const aligned = live.some((i) => batch[i].record.alignments !== undefined) ? existing : [];
      const issuerAlignments = aligned.length
        ? await em.find(
            CredentialAlignment,
            { credential: { $in: aligned.map((c) => c.id) }, institution: null },
            { orderBy: { id: 'ASC' } },
          )
        : [];
      const addAlignments = (credential: MicroCredential, alignments: AlignmentData[]) => {
        for (const [, row] of storedAlignments(alignments)) {
          em.create(CredentialAlignment, {
            credential,
            institution: null,
            source: AlignmentSource.ASSERTED_BY_ISSUER,
            ...row,
          });
        }
      };
      for (const i of live) {
        const { record, location } = batch[i];
        const f = record.fields;
        // Only what the format maps: a field it leaves undefined keeps the stored value.
        const defined = Object.fromEntries(
          Object.entries(f).filter(([, v]) => v !== undefined),
        ) as Partial<CredentialFields>;
        const matches = byId.get(record.externalId) ?? [];
        if (matches.length > 1) {
          const { location: at, field } = idSource(batch[i]);
          outcomes[i] = [
            problem(
              at,
              field,
              'AMBIGUOUS',
              `${matches.length} credentials of the catalog already have ` +
                `the externalId "${record.externalId}"; remove the extra ones first.`,
            ),
          ];
          continue;
        }
        const current = matches[0];
        if (!current) {
          outcomes[i] = 'created';
          if (write) {
            const credential = em.create(MicroCredential, {
              institution: institutionId === null ? null : em.getReference(Institution, institutionId),
              externalId: record.externalId,
              creditRecognition: CreditRecognition.NONE,
              category: null,
              learningHours: null,
              ...defined,
              title: f.title,
              issuer: f.issuer,
              skillsIndex: skillsIndexOf(f.skills),
              creditBearing: false,
            });
            credential.creditBearing = isCreditBearing(credential);
            addAlignments(credential, record.alignments ?? []);
          }
          continue;
        }
        if (creditChanged(current, f)) {
          const next = { ...current, ...defined, title: f.title };
          next.creditBearing = isCreditBearing(next);
          const broken = embeddings
            .filter((e) => e.credential.id === current.id)
            .map((e) => ({ e, why: creditValueProblem(next, e.program.institution, e.creditsApplied) }))
            .find((x) => x.why);
          if (broken) {
            const src = record.sources.creditValue;
            outcomes[i] = [
              problem(
                src?.path ?? location,
                src?.name ?? null,
                'EMBEDDED_CREDITS',
                `Program ${broken.e.program.code} applies ${broken.e.creditsApplied} credits of this credential: ` +
                  `${broken.why} Change that embedding first.`,
              ),
            ];
            continue;
          }
        }
        const keys = Object.keys(defined) as (keyof CredentialFields)[];
        const fieldsChanged = keys.some((k) => !sameValue(current[k], defined[k]));
        const stored = issuerAlignments.filter((a) => a.credential.id === current.id);
        const alignmentsChanged = record.alignments !== undefined && !sameAlignments(stored, record.alignments);
        outcomes[i] = fieldsChanged || alignmentsChanged ? 'updated' : 'unchanged';
        if (write && fieldsChanged) {
          Object.assign(current, defined);
          current.skillsIndex = skillsIndexOf(current.skills);
          current.creditBearing = isCreditBearing(current);
        }
        if (write && alignmentsChanged) {
          for (const a of stored) em.remove(a);
          addAlignments(current, record.alignments!);
        }
      }
      if (write) await em.flush();
      return outcomes;
    },
  };
}
