import type { EntityManager } from '@mikro-orm/core';
import { validateSync } from 'class-validator';
import { Modality, ProgramLevel, ProgramStatus } from '../common/enums';
import { ProgramCredential } from '../embedding/program-credential.entity';
import { Institution } from '../institution/institution.entity';
import { DegreeProgram } from '../program/degree-program.entity';
import { CreateProgramInput, ProgramBaselineInput } from '../program/degree-program.inputs';
import { liveCredits, liveEmbeddingsOf, totalCreditsProblem } from '../embedding/program-credential.rules';
import { baselineFields, baselineProblem, titleProblem } from '../program/degree-program.rules';
import { groupBy } from '../../core/dataloader';
import { RowReader, validationProblems } from './cells';
import type { CsvColumns, CsvRow } from './csv';
import { problem, refLabel, type BatchWriter, type ImportItem, type Outcome, type RecordItem } from './problems';

/** The documented columns of a programs CSV (contract.graphql); any order, case-insensitive. */
export const PROGRAM_COLUMNS: CsvColumns = {
  required: [
    'code', 'title', 'level', 'modality', 'total_credits', 'duration_years', 'tuition_per_credit',
    'annual_prospects', 'annual_new_enrollments', 'engagement_rate', 'retention_rate',
  ],
  optional: ['cip_code', 'status', 'prospect_growth_rate'],
};

/** Input property → column, for messages in the file's own terms. */
const COLUMN_OF: Record<string, string> = {
  code: 'code', title: 'title', level: 'level', modality: 'modality', cipCode: 'cip_code', totalCredits: 'total_credits',
  durationYears: 'duration_years', tuitionPerCredit: 'tuition_per_credit', status: 'status',
  baseline: 'annual_prospects', 'baseline.annualProspects': 'annual_prospects', 'baseline.annualNewEnrollments': 'annual_new_enrollments',
  'baseline.engagementRate': 'engagement_rate', 'baseline.retentionRate': 'retention_rate', 'baseline.prospectGrowthRate': 'prospect_growth_rate',
};

const LEVEL_SYNONYMS: Record<string, ProgramLevel> = {
  CERT: ProgramLevel.CERTIFICATE, ASSOCIATES: ProgramLevel.ASSOCIATE, BACHELORS: ProgramLevel.BACHELOR, MASTERS: ProgramLevel.MASTER,
  DOCTORAL: ProgramLevel.DOCTORATE, PHD: ProgramLevel.DOCTORATE,
};
const MODALITY_SYNONYMS: Record<string, Modality> = {
  CAMPUS: Modality.ON_CAMPUS, ONCAMPUS: Modality.ON_CAMPUS, IN_PERSON: Modality.ON_CAMPUS, FACE_TO_FACE: Modality.ON_CAMPUS,
  DISTANCE: Modality.ONLINE, BLENDED: Modality.HYBRID,
};

/**
 * One CSV row → the same CreateProgramInput createProgram takes, checked by the same class-validator
 * rules and the same service rules (title, baseline). Optional cells left empty stay undefined:
 * defaults for a new program, unchanged for an existing one.
 */
export function programFromRow(row: CsvRow): ImportItem<CreateProgramInput> {
  const r = new RowReader(row);
  // Cells are read in the documented column order, so a row's problems come in that order too.
  const input = Object.assign(new CreateProgramInput(), {
    code: r.text('code', true),
    title: r.text('title', true),
    level: r.choice('level', true, Object.values(ProgramLevel), LEVEL_SYNONYMS),
    modality: r.choice('modality', true, Object.values(Modality), MODALITY_SYNONYMS),
    cipCode: r.text('cip_code', false),
    totalCredits: r.number('total_credits', true),
    durationYears: r.number('duration_years', true),
    tuitionPerCredit: r.number('tuition_per_credit', true),
    status: r.choice('status', false, Object.values(ProgramStatus)),
  });
  const baseline = Object.assign(new ProgramBaselineInput(), {
    annualProspects: r.number('annual_prospects', true),
    annualNewEnrollments: r.number('annual_new_enrollments', true),
    engagementRate: r.number('engagement_rate', true, { percent: true }),
    retentionRate: r.number('retention_rate', true, { percent: true }),
    prospectGrowthRate: r.number('prospect_growth_rate', false, { percent: true }),
  });
  input.baseline = baseline;
  if (r.problems.length) return { kind: 'rejected', location: row.location, problems: r.problems };
  const problems = validationProblems(validateSync(input, { forbidUnknownValues: false, stopAtFirstError: true }), COLUMN_OF, () => row.location);
  if (!problems.length) {
    const title = titleProblem(input.title);
    if (title) problems.push(problem(row.location, 'title', 'INVALID_VALUE', title));
    const rule = baselineProblem(baseline);
    if (rule) problems.push(problem(row.location, COLUMN_OF[`baseline.${rule.field}`], 'INVALID_VALUE', rule.message));
  }
  if (problems.length) return { kind: 'rejected', location: row.location, problems };
  return { kind: 'record', location: row.location, ref: row.line, record: input };
}

/** The stored fields a row sets; the optional ones only when given. */
function fieldsOf(input: CreateProgramInput) {
  const { prospectGrowthRate, ...baseline } = baselineFields(input.baseline);
  return {
    title: input.title.trim(), level: input.level, modality: input.modality, totalCredits: input.totalCredits,
    durationYears: input.durationYears, tuitionPerCredit: input.tuitionPerCredit, ...baseline,
    ...(input.cipCode != null ? { cipCode: input.cipCode } : {}),
    ...(input.status != null ? { status: input.status } : {}),
    ...(input.baseline.prospectGrowthRate != null ? { prospectGrowthRate } : {}),
  };
}

/** Credits applied by PLANNED and ACTIVE embeddings of each program, in one query. */
async function embeddedCredits(em: EntityManager, programIds: number[]): Promise<Map<number, number>> {
  const sums = new Map<number, number>();
  if (!programIds.length) return sums;
  const rows = await em.find(ProgramCredential, liveEmbeddingsOf(programIds), { fields: ['program', 'status', 'creditsApplied'] });
  for (const [programId, embeddings] of groupBy(rows, (e) => e.program.id)) sums.set(programId, liveCredits(embeddings));
  return sums;
}

/** Upserts programs by code within one institution; another institution's codes are never looked at. */
export function programWriter(institution: Pick<Institution, 'id' | 'maxEmbeddedCreditShare'>): BatchWriter<CreateProgramInput> {
  const seen = new Map<string, number | string>();
  return {
    async apply(em, batch: RecordItem<CreateProgramInput>[], write): Promise<Outcome[]> {
      const outcomes: Outcome[] = new Array(batch.length);
      const live: number[] = [];
      batch.forEach((item, i) => {
        const first = seen.get(item.record.code);
        if (first !== undefined) {
          outcomes[i] = [problem(item.location, 'code', 'DUPLICATE', `Code "${item.record.code}" already appears in ${refLabel(first)}; a program appears once per file.`)];
        } else {
          seen.set(item.record.code, item.ref);
          live.push(i);
        }
      });
      const existing = live.length
        ? await em.find(DegreeProgram, { institution: institution.id, code: { $in: live.map((i) => batch[i].record.code) } })
        : [];
      const byCode = new Map(existing.map((p) => [p.code, p]));
      const resized = live.map((i) => batch[i].record).filter((r) => {
        const current = byCode.get(r.code);
        return current && current.totalCredits !== r.totalCredits;
      });
      const embedded = await embeddedCredits(em, resized.map((r) => byCode.get(r.code)!.id));
      for (const i of live) {
        const { record, location } = batch[i];
        const fields = fieldsOf(record);
        const current = byCode.get(record.code);
        if (!current) {
          outcomes[i] = 'created';
          if (write) {
            em.create(DegreeProgram, {
              institution: em.getReference(Institution, institution.id), code: record.code, cipCode: null, status: ProgramStatus.ACTIVE,
              prospectGrowthRate: 0, ...fields,
            });
          }
          continue;
        }
        if (current.totalCredits !== record.totalCredits) {
          const rule = totalCreditsProblem(embedded.get(current.id) ?? 0, institution.maxEmbeddedCreditShare, record.totalCredits);
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
