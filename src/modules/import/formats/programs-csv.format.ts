import { validateSync } from 'class-validator';
import { Modality, ProgramLevel, ProgramStatus } from '../../common/enums';
import { CreateProgramInput, ProgramBaselineInput } from '../../program/degree-program.inputs';
import { baselineProblem, capacityProblem, titleProblem } from '../../program/degree-program.rules';
import type { ImportItem } from '../engine/import-item';
import { problem } from '../engine/import-problem';
import { RowReader } from '../engine/row-reader';
import { validationProblems } from '../engine/validation-problems';
import type { CsvColumns, CsvRow } from './csv.format';

/** The documented columns of a programs CSV (contract.graphql); any order, case-insensitive. */
export const PROGRAM_COLUMNS: CsvColumns = {
  required: [
    'code',
    'title',
    'level',
    'modality',
    'total_credits',
    'duration_years',
    'tuition_per_credit',
    'annual_prospects',
    'annual_new_enrollments',
    'engagement_rate',
    'retention_rate',
  ],
  optional: [
    'cip_code',
    'status',
    'prospect_growth_rate',
    'capacity',
    'discount_rate',
    'instructional_cost_per_credit',
  ],
};

/** Input property → column, for messages in the file's own terms. */
const COLUMN_OF: Record<string, string> = {
  code: 'code',
  title: 'title',
  level: 'level',
  modality: 'modality',
  cipCode: 'cip_code',
  status: 'status',
  totalCredits: 'total_credits',
  durationYears: 'duration_years',
  tuitionPerCredit: 'tuition_per_credit',
  baseline: 'annual_prospects',
  'baseline.annualProspects': 'annual_prospects',
  'baseline.annualNewEnrollments': 'annual_new_enrollments',
  'baseline.engagementRate': 'engagement_rate',
  'baseline.retentionRate': 'retention_rate',
  'baseline.prospectGrowthRate': 'prospect_growth_rate',
  capacity: 'capacity',
  discountRate: 'discount_rate',
  instructionalCostPerCredit: 'instructional_cost_per_credit',
};

const LEVEL_SYNONYMS: Record<string, ProgramLevel> = {
  CERT: ProgramLevel.CERTIFICATE,
  ASSOCIATES: ProgramLevel.ASSOCIATE,
  BACHELORS: ProgramLevel.BACHELOR,
  MASTERS: ProgramLevel.MASTER,
  DOCTORAL: ProgramLevel.DOCTORATE,
  PHD: ProgramLevel.DOCTORATE,
};
const MODALITY_SYNONYMS: Record<string, Modality> = {
  CAMPUS: Modality.ON_CAMPUS,
  ONCAMPUS: Modality.ON_CAMPUS,
  IN_PERSON: Modality.ON_CAMPUS,
  FACE_TO_FACE: Modality.ON_CAMPUS,
  DISTANCE: Modality.ONLINE,
  BLENDED: Modality.HYBRID,
};

/**
 * One CSV row → the same CreateProgramInput createProgram takes, checked by the same class-validator
 * rules and the same service rules (title, baseline, capacity). Optional cells left empty stay undefined:
 * defaults for a new program (no capacity limit, discount rate and cost per credit 0), unchanged for an existing one.
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
  Object.assign(input, {
    capacity: r.number('capacity', false),
    discountRate: r.number('discount_rate', false, { percent: true }),
    instructionalCostPerCredit: r.number('instructional_cost_per_credit', false),
  });
  if (r.problems.length) return { kind: 'rejected', location: row.location, problems: r.problems };
  const errors = validateSync(input, { forbidUnknownValues: false, stopAtFirstError: true });
  const problems = validationProblems(errors, COLUMN_OF, () => row.location);
  if (!problems.length) {
    const title = titleProblem(input.title);
    if (title) problems.push(problem(row.location, 'title', 'INVALID_VALUE', title));
    const rule = baselineProblem(baseline);
    if (rule) problems.push(problem(row.location, COLUMN_OF[`baseline.${rule.field}`], 'INVALID_VALUE', rule.message));
    // Against the row's own entrants; the writer checks a program's stored capacity when the row leaves it out.
    const capacity = capacityProblem(input.capacity, baseline.annualNewEnrollments);
    if (capacity) problems.push(problem(row.location, 'capacity', 'INVALID_VALUE', capacity.message));
  }
  if (problems.length) return { kind: 'rejected', location: row.location, problems };
  return { kind: 'record', location: row.location, ref: row.line, record: input };
}
