import type { EntityData, RequiredEntityData } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/knex';
import { validateSync } from 'class-validator';
import { ObservedMetric } from '../common/enums';
import { MetricObservation } from '../metric/metric-observation.entity';
import { MetricObservationInput } from '../metric/metric-observation.inputs';
import { observationProblem } from '../metric/metric-observation.service';
import { DegreeProgram } from '../program/degree-program.entity';
import { RowReader, validationProblems } from './cells';
import type { CsvColumns, CsvRow } from './csv';
import { problem, refLabel, type BatchWriter, type ImportItem, type Outcome, type RecordItem } from './problems';

/** The documented columns of a metrics CSV (contract.graphql): one observation per row. */
export const METRIC_COLUMNS: CsvColumns = {
  required: ['program_code', 'academic_year', 'metric', 'value'],
  optional: ['numerator', 'denominator'],
};

const COLUMN_OF: Record<string, string> = { academicYear: 'academic_year', metric: 'metric', value: 'value', numerator: 'numerator', denominator: 'denominator' };
const METRICS = Object.values(ObservedMetric);
const RATES = new Set<string>([ObservedMetric.ENGAGEMENT_RATE, ObservedMetric.RETENTION_RATE]);
const METRIC_SYNONYMS: Record<string, ObservedMetric> = {
  APPLICANTS: ObservedMetric.PROSPECTS, ENROLLMENTS: ObservedMetric.NEW_ENROLLMENTS, NEW_ENROLMENTS: ObservedMetric.NEW_ENROLLMENTS,
  ENGAGEMENT: ObservedMetric.ENGAGEMENT_RATE, RETENTION: ObservedMetric.RETENTION_RATE, AWARDS: ObservedMetric.COMPLETIONS,
};

interface StoredObservation { id: number; program: number; academicYear: number; metric: ObservedMetric; value: number; numerator: number | null; denominator: number | null }

export interface MetricRecord { programCode: string; input: MetricObservationInput }

/**
 * An academic year as exports write it: "2024", "2024-25", "2024/25", "2024–2025" → 2024, the
 * calendar year it starts in (MetricObservation.academicYear).
 */
export function parseAcademicYear(v: string): number | null {
  const m = /^(\d{4})(?:\s*[-/–]\s*(\d{2}|\d{4}))?$/.exec(v);
  if (!m) return null;
  const start = Number(m[1]);
  if (m[2]) {
    const end = m[2].length === 2 ? Math.floor(start / 100) * 100 + Number(m[2]) + (Number(m[2]) < start % 100 ? 100 : 0) : Number(m[2]);
    if (end !== start + 1) return null;
  }
  return start;
}

/** One CSV row → the MetricObservationInput recordMetrics takes, checked by its validators and observationProblem. */
export function metricFromRow(row: CsvRow): ImportItem<MetricRecord> {
  const r = new RowReader(row);
  const programCode = r.text('program_code', true);
  const yearText = r.text('academic_year', true);
  let academicYear: number | undefined;
  if (yearText !== undefined) {
    academicYear = parseAcademicYear(yearText) ?? undefined;
    if (academicYear === undefined) {
      r.problems.push(problem(row.location, 'academic_year', 'INVALID_VALUE', `academic_year "${yearText}" is not a year: write the year it starts in (2024) or the span (2024-25).`));
    }
  }
  const metric = r.choice('metric', true, METRICS, METRIC_SYNONYMS);
  const input = Object.assign(new MetricObservationInput(), {
    programId: '', academicYear, metric,
    value: r.number('value', true, { percent: metric !== undefined && RATES.has(metric) }),
    numerator: r.number('numerator', false),
    denominator: r.number('denominator', false),
  });
  if (r.problems.length) return { kind: 'rejected', location: row.location, problems: r.problems };
  const problems = validationProblems(validateSync(input, { forbidUnknownValues: false, stopAtFirstError: true }), COLUMN_OF, () => row.location);
  if (!problems.length) {
    const rule = observationProblem(input);
    if (rule) problems.push(problem(row.location, COLUMN_OF[rule.field] ?? rule.field, 'INVALID_VALUE', rule.message));
  }
  if (problems.length) return { kind: 'rejected', location: row.location, problems };
  return { kind: 'record', location: row.location, ref: row.line, record: { programCode: programCode!, input } };
}

/** (program, year, metric) as one number, so a 200,000-row file's duplicate check stays small. */
const keyOf = (programId: number, year: number, metric: ObservedMetric) => (programId * 512 + (year - 1900)) * 8 + METRICS.indexOf(metric);

/** Upserts observations by (program, academic year, metric); programs are found by code in the caller's institution only. */
export function metricWriter(institutionId: number): BatchWriter<MetricRecord> {
  const seen = new Map<number, number | string>();
  return {
    async apply(em, batch: RecordItem<MetricRecord>[], write): Promise<Outcome[]> {
      const outcomes: Outcome[] = new Array(batch.length);
      const codes = [...new Set(batch.map((b) => b.record.programCode))];
      const programs = await em.find(DegreeProgram, { institution: institutionId, code: { $in: codes } }, { fields: ['id', 'code'] });
      const idOf = new Map(programs.map((p) => [p.code, p.id]));
      const live: { i: number; programId: number; key: number }[] = [];
      batch.forEach((item, i) => {
        const { programCode, input } = item.record;
        const programId = idOf.get(programCode);
        if (programId === undefined) {
          outcomes[i] = [problem(item.location, 'program_code', 'NOT_FOUND', `Your institution has no program with code "${programCode}"; import or create the program first.`)];
          return;
        }
        const key = keyOf(programId, input.academicYear, input.metric);
        const first = seen.get(key);
        if (first !== undefined) {
          outcomes[i] = [problem(item.location, 'metric', 'DUPLICATE', `${programCode} ${input.academicYear} ${input.metric} already appears in ${refLabel(first)}; give each program, year and metric once.`)];
          return;
        }
        seen.set(key, item.ref);
        live.push({ i, programId, key });
      });
      // Plain rows, not entities: classifying 1,000 observations needs no unit of work.
      const existing = live.length ? await (em as SqlEntityManager).createQueryBuilder(MetricObservation)
        .select(['id', 'program', 'academicYear', 'metric', 'value', 'numerator', 'denominator'])
        .where({
          program: { $in: [...new Set(live.map((l) => l.programId))] },
          academicYear: { $in: [...new Set(live.map((l) => batch[l.i].record.input.academicYear))] },
        })
        .execute<StoredObservation[]>('all') : [];
      const byKey = new Map(existing.map((m) => [keyOf(m.program, m.academicYear, m.metric), m]));
      const now = new Date();
      const fresh: RequiredEntityData<MetricObservation>[] = [];
      const changed: EntityData<MetricObservation>[] = [];
      for (const { i, programId, key } of live) {
        const o = batch[i].record.input;
        const row = { program: programId, academicYear: o.academicYear, metric: o.metric, value: o.value, numerator: o.numerator ?? null, denominator: o.denominator ?? null };
        const current = byKey.get(key);
        if (!current) {
          outcomes[i] = 'created';
          fresh.push({ ...row, createdAt: now, updatedAt: now });
        } else if (current.value !== row.value || (current.numerator ?? null) !== row.numerator || (current.denominator ?? null) !== row.denominator) {
          outcomes[i] = 'updated';
          changed.push({ ...row, createdAt: now, updatedAt: now });
        } else {
          outcomes[i] = 'unchanged';
        }
      }
      if (write) {
        // One multi-row INSERT for the new ones, one INSERT … ON CONFLICT (program, year, metric) DO UPDATE for the changed.
        if (fresh.length) await em.insertMany(MetricObservation, fresh);
        if (changed.length) {
          await em.upsertMany(MetricObservation, changed, {
            onConflictFields: ['program', 'academicYear', 'metric'], onConflictAction: 'merge', onConflictMergeFields: ['value', 'numerator', 'denominator', 'updatedAt'],
          });
        }
      }
      return outcomes;
    },
  };
}
