import { validateSync } from 'class-validator';
import { ObservedMetric } from '../../common/enums';
import { MetricObservationInput } from '../../metric/metric-observation.inputs';
import { isRate, observationProblem } from '../../metric/metric-observation.rules';
import type { ImportItem } from '../engine/import-item';
import { problem } from '../engine/import-problem';
import { RowReader } from '../engine/row-reader';
import { validationProblems } from '../engine/validation-problems';
import type { CsvColumns, CsvRow } from './csv.format';

/** The documented columns of a metrics CSV (contract.graphql): one observation per row. */
export const METRIC_COLUMNS: CsvColumns = {
  required: ['program_code', 'academic_year', 'metric', 'value'],
  optional: ['numerator', 'denominator'],
};

const COLUMN_OF: Record<string, string> = {
  academicYear: 'academic_year',
  metric: 'metric',
  value: 'value',
  numerator: 'numerator',
  denominator: 'denominator',
};
const METRIC_SYNONYMS: Record<string, ObservedMetric> = {
  APPLICANTS: ObservedMetric.PROSPECTS,
  ENROLLMENTS: ObservedMetric.NEW_ENROLLMENTS,
  NEW_ENROLMENTS: ObservedMetric.NEW_ENROLLMENTS,
  ENGAGEMENT: ObservedMetric.ENGAGEMENT_RATE,
  RETENTION: ObservedMetric.RETENTION_RATE,
  AWARDS: ObservedMetric.COMPLETIONS,
};

/** A row as the metrics writer takes it: the program by its code (found in the database), and the observation. */
export interface MetricRecord {
  programCode: string;
  input: MetricObservationInput;
}

/**
 * An academic year as exports write it: "2024", "2024-25", "2024/25", "2024–2025" → 2024, the
 * calendar year it starts in (MetricObservation.academicYear).
 */
export function parseAcademicYear(v: string): number | null {
  const m = /^(\d{4})(?:\s*[-/–]\s*(\d{2}|\d{4}))?$/.exec(v);
  if (!m) return null;
  const start = Number(m[1]);
  if (m[2]) {
    // "1999-00": a two-digit end below the start's is in the next century.
    const short = Number(m[2]);
    const end = m[2].length === 2 ? Math.floor(start / 100) * 100 + short + (short < start % 100 ? 100 : 0) : short;
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
      r.problems.push(
        problem(
          row.location,
          'academic_year',
          'INVALID_VALUE',
          `academic_year "${yearText}" is not a year: write the year it starts in (2024) or the span (2024-25).`,
        ),
      );
    }
  }
  const metric = r.choice('metric', true, Object.values(ObservedMetric), METRIC_SYNONYMS);
  const input = Object.assign(new MetricObservationInput(), {
    programId: '',
    academicYear,
    metric,
    value: r.number('value', true, { percent: metric !== undefined && isRate(metric) }),
    numerator: r.number('numerator', false),
    denominator: r.number('denominator', false),
  });
  if (r.problems.length) return { kind: 'rejected', location: row.location, problems: r.problems };
  const errors = validateSync(input, { forbidUnknownValues: false, stopAtFirstError: true });
  const problems = validationProblems(errors, COLUMN_OF, () => row.location);
  if (!problems.length) {
    const rule = observationProblem(input);
    if (rule) problems.push(problem(row.location, COLUMN_OF[rule.field] ?? rule.field, 'INVALID_VALUE', rule.message));
  }
  if (problems.length) return { kind: 'rejected', location: row.location, problems };
  return { kind: 'record', location: row.location, ref: row.line, record: { programCode: programCode!, input } };
}
