import type { EntityManager } from '@mikro-orm/core';
import { ProgramStatus } from '../../common/enums';
import { ProgramCredential } from '../../embedding/program-credential.entity';
import { liveCredits, liveEmbeddingsOf, totalCreditsProblem } from '../../embedding/program-credential.rules';
import { Institution } from '../../institution/institution.entity';
import { DegreeProgram } from '../../program/degree-program.entity';
import type { CreateProgramInput } from '../../program/degree-program.inputs';
import {
  baselineFields,
  capacityAndMoneyChanges,
  capacityAndMoneyFields,
  capacityChangeProblem,
} from '../../program/degree-program.rules';
import { groupBy } from '../../../core/dataloader';
import { FirstSeen } from '../engine/duplicates';
import type { BatchWriter, Outcome, RecordItem } from '../engine/import-item';
import { problem } from '../engine/import-problem';

/** The stored fields a row sets; the optional ones only when given. */
function fieldsOf(input: CreateProgramInput) {
  const { prospectGrowthRate, ...baseline } = baselineFields(input.baseline);
  return {
    title: input.title.trim(),
    level: input.level,
    modality: input.modality,
    totalCredits: input.totalCredits,
    durationYears: input.durationYears,
    tuitionPerCredit: input.tuitionPerCredit,
    ...baseline,
    ...(input.cipCode != null ? { cipCode: input.cipCode } : {}),
    ...(input.status != null ? { status: input.status } : {}),
    ...(input.baseline.prospectGrowthRate != null ? { prospectGrowthRate } : {}),
    ...capacityAndMoneyChanges(input),
  };
}

/** Credits applied by PLANNED and ACTIVE embeddings of each program, in one query. */
async function embeddedCredits(em: EntityManager, programIds: number[]): Promise<Map<number, number>> {
  const sums = new Map<number, number>();
  if (!programIds.length) return sums;
  const rows = await em.find(ProgramCredential, liveEmbeddingsOf(programIds), {
    fields: ['program', 'status', 'creditsApplied'],
  });
  for (const [programId, embeddings] of groupBy(rows, (e) => e.program.id)) {
    sums.set(programId, liveCredits(embeddings));
  }
  return sums;
}

/** Upserts programs by code within one institution; another institution's codes are never looked at. */
export function programWriter(
  institution: Pick<Institution, 'id' | 'maxEmbeddedCreditShare'>,
): BatchWriter<CreateProgramInput> {
  const seen = new FirstSeen<string, CreateProgramInput>((item, first) => ({
    field: 'code',
    message: `Code "${item.record.code}" already appears in ${first}; a program appears once per file.`,
  }));
  return {
    async apply(em, batch: RecordItem<CreateProgramInput>[], write): Promise<Outcome[]> {
      const outcomes = new Array<Outcome>(batch.length);
      const live = seen.keep(batch, outcomes, (item) => item.record.code);
      const codes = live.map((i) => batch[i].record.code);
      const existing = live.length
        ? await em.find(DegreeProgram, { institution: institution.id, code: { $in: codes } })
        : [];
      const byCode = new Map(existing.map((p) => [p.code, p]));
      // Only a program whose total credits change needs its embedded credits (the cap rule).
      const resized = live
        .map((i) => batch[i].record)
        .filter((r) => {
          const current = byCode.get(r.code);
          return current && current.totalCredits !== r.totalCredits;
        });
      const embedded = await embeddedCredits(
        em,
        resized.map((r) => byCode.get(r.code)!.id),
      );
      for (const i of live) {
        const { record, location } = batch[i];
        const fields = fieldsOf(record);
        const current = byCode.get(record.code);
        if (!current) {
          outcomes[i] = 'created';
          if (write) {
            em.create(DegreeProgram, {
              institution: em.getReference(Institution, institution.id),
              code: record.code,
              cipCode: null,
              status: ProgramStatus.ACTIVE,
              prospectGrowthRate: 0,
              ...capacityAndMoneyFields({}),
              ...fields,
            });
          }
          continue;
        }
        // A row without a capacity keeps the stored one, which its new enrollments must still fit (the row's own
        // capacity was checked against them when the row was read).
        const capacity = capacityChangeProblem(current, record);
        if (capacity) {
          const column = capacity.field === 'capacity' ? 'capacity' : 'annual_new_enrollments';
          outcomes[i] = [problem(location, column, 'INVALID_VALUE', `Program ${record.code}: ${capacity.message}`)];
          continue;
        }
        if (current.totalCredits !== record.totalCredits) {
          const share = institution.maxEmbeddedCreditShare;
          const rule = totalCreditsProblem(embedded.get(current.id) ?? 0, share, record.totalCredits);
          if (rule) {
            outcomes[i] = [problem(location, 'total_credits', 'EMBEDDED_CREDITS', `Program ${record.code}: ${rule}`)];
            continue;
          }
        }
        const changed = (Object.keys(fields) as (keyof typeof fields)[]).some((k) => current[k] !== fields[k]);
        outcomes[i] = changed ? 'updated' : 'unchanged';
        if (write && changed) Object.assign(current, fields);
      }
      if (write) await em.flush();
      return outcomes;
    },
  };
}
