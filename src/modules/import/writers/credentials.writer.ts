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

const sameValue = (a: unknown, b: unknown) =>
  Array.isArray(a) || Array.isArray(b) ? JSON.stringify(a) === JSON.stringify(b) : (a ?? null) === (b ?? null);

const creditChanged = (c: MicroCredential, f: CredentialFields) =>
  c.creditValue !== f.creditValue || c.creditUnit !== f.creditUnit;

/** Where a record's externalId was, for problems about the credential as a whole. */
const idSource = (item: RecordItem<CredentialRecord>) => ({
  location: item.record.sources.externalId?.path ?? item.location,
  field: item.record.sources.externalId?.name ?? null,
});

/**
 * Upserts credentials by externalId within one catalog: an institution's own (institutionId) or the
 * shared one (null). Recognition and costs are the institution's judgement, not the document's:
 * a new credential starts with creditRecognition NONE and no costs, and a re-import keeps them.
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
        const changed = keys.some((k) => !sameValue(current[k], defined[k]));
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
