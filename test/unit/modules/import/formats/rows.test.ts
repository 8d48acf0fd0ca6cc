import { describe, expect, it } from '@jest/globals';
import { CsvRow } from '../../../../../src/modules/import/formats/csv.format';
import {
  metricFromRow,
  parseAcademicYear,
  type MetricRecord,
} from '../../../../../src/modules/import/formats/metrics-csv.format';
import type { ImportItem } from '../../../../../src/modules/import/engine/import-item';
import type { ImportProblemData } from '../../../../../src/modules/import/engine/import-problem';
import { PROGRAM_COLUMNS, programFromRow } from '../../../../../src/modules/import/formats/programs-csv.format';
import type { CreateProgramInput } from '../../../../../src/modules/program/degree-program.inputs';

const row = (values: Record<string, string>, line = 2): CsvRow => {
  const names = Object.keys(values);
  return new CsvRow(
    line,
    names.map((n) => values[n]),
    new Map(names.map((n, i) => [n, i])),
  );
};

const PROGRAM: Record<string, string> = {
  code: 'BS-ENG',
  title: ' B.S. Engineering ',
  level: 'bachelor',
  modality: 'On Campus',
  cip_code: '14.0101',
  total_credits: '128',
  duration_years: '4',
  tuition_per_credit: '455.5',
  status: 'planned',
  annual_prospects: '1800',
  annual_new_enrollments: '240',
  engagement_rate: '0.61',
  retention_rate: '85%',
  prospect_growth_rate: '',
};

function problemsOf<T>(item: ImportItem<T>): Omit<ImportProblemData, 'location'>[] {
  if (item.kind !== 'rejected') throw new Error(`expected a rejected row, got ${item.kind}`);
  for (const p of item.problems) expect(p.location).toBe(item.location);
  return item.problems.map(({ location: _l, ...rest }) => rest);
}

describe('programFromRow', () => {
  it('builds the CreateProgramInput createProgram takes, with enum spellings, percentages and empty optionals', () => {
    const item = programFromRow(row(PROGRAM, 7));
    expect(item.kind).toBe('record');
    const { record, location, ref } = item as Extract<ImportItem<CreateProgramInput>, { kind: 'record' }>;
    expect(location).toBe('row 7');
    expect(ref).toBe(7);
    expect({ ...record, baseline: { ...record.baseline } }).toEqual({
      code: 'BS-ENG',
      title: ' B.S. Engineering ',
      level: 'BACHELOR',
      modality: 'ON_CAMPUS',
      cipCode: '14.0101',
      totalCredits: 128,
      durationYears: 4,
      tuitionPerCredit: 455.5,
      status: 'PLANNED',
      baseline: {
        annualProspects: 1800,
        annualNewEnrollments: 240,
        engagementRate: 0.61,
        retentionRate: 0.85,
        prospectGrowthRate: undefined,
      },
    });
    expect(PROGRAM_COLUMNS.required).toHaveLength(11);
  });

  it("accepts synonyms: Bachelor's, PhD, in-person, blended", () => {
    const ok = (level: string, modality: string) =>
      programFromRow(row({ ...PROGRAM, level, modality })) as Extract<
        ImportItem<CreateProgramInput>,
        { kind: 'record' }
      >;
    expect([ok("Bachelor's", 'in-person').record.level, ok("Bachelor's", 'in-person').record.modality]).toEqual([
      'BACHELOR',
      'ON_CAMPUS',
    ]);
    expect(ok('PhD', 'Blended').record.level).toBe('DOCTORATE');
    expect(ok('masters', 'online').record.modality).toBe('ONLINE');
  });

  it("reports every unreadable cell of a row, in the file's column names", () => {
    const item = programFromRow(
      row({
        ...PROGRAM,
        title: '',
        level: 'Undergraduate',
        total_credits: '1,200',
        tuition_per_credit: '455,50',
        engagement_rate: 'high',
      }),
    );
    expect(problemsOf(item)).toEqual([
      { field: 'title', code: 'REQUIRED', message: 'title is required but empty.' },
      {
        field: 'level',
        code: 'INVALID_VALUE',
        message: 'level "Undergraduate" is not one of CERTIFICATE, ASSOCIATE, BACHELOR, MASTER, DOCTORATE.',
      },
      {
        field: 'total_credits',
        code: 'INVALID_VALUE',
        message: 'total_credits "1,200" is not a number: write it without thousands separators (1200).',
      },
      {
        field: 'tuition_per_credit',
        code: 'INVALID_VALUE',
        message: 'tuition_per_credit "455,50" is not a number: use a decimal point (455.50).',
      },
      { field: 'engagement_rate', code: 'INVALID_VALUE', message: 'engagement_rate "high" is not a number.' },
    ]);
  });

  it('applies the createProgram validators (class-validator) with column names', () => {
    const item = programFromRow(
      row({
        ...PROGRAM,
        code: 'BS ENG',
        cip_code: '14.01',
        retention_rate: '1',
        annual_prospects: '1800.5',
        duration_years: '0',
      }),
    );
    expect(problemsOf(item)).toEqual([
      { field: 'code', code: 'INVALID_VALUE', message: 'code must be 1–32 letters, digits, ".", "_" or "-"' },
      { field: 'cip_code', code: 'INVALID_VALUE', message: 'cip_code must look like 11.0701 (NN.NNNN)' },
      { field: 'duration_years', code: 'INVALID_VALUE', message: 'duration_years must be greater than 0' },
      { field: 'annual_prospects', code: 'INVALID_VALUE', message: 'annual_prospects must be an integer number' },
      {
        field: 'retention_rate',
        code: 'INVALID_VALUE',
        message: 'retention_rate must be a rate strictly between 0 and 1 (e.g. 0.85 for 85%)',
      },
    ]);
  });

  it('reads capacity, discount_rate (a share or a percentage) and instructional_cost_per_credit', () => {
    const item = programFromRow(
      row({ ...PROGRAM, capacity: '260', discount_rate: '35%', instructional_cost_per_credit: '512.5' }),
    ) as Extract<ImportItem<CreateProgramInput>, { kind: 'record' }>;
    expect(item.kind).toBe('record');
    expect([item.record.capacity, item.record.discountRate, item.record.instructionalCostPerCredit]).toEqual([
      260, 0.35, 512.5,
    ]);
    const empty = programFromRow(
      row({ ...PROGRAM, capacity: '', discount_rate: '', instructional_cost_per_credit: '' }),
    ) as Extract<ImportItem<CreateProgramInput>, { kind: 'record' }>;
    expect([empty.record.capacity, empty.record.discountRate, empty.record.instructionalCostPerCredit]).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
    expect(PROGRAM_COLUMNS.optional).toEqual(
      expect.arrayContaining(['capacity', 'discount_rate', 'instructional_cost_per_credit']),
    );
  });

  it('applies the createProgram validators and the capacity rule to those columns', () => {
    expect(
      problemsOf(
        programFromRow(row({ ...PROGRAM, capacity: '0', discount_rate: '100%', instructional_cost_per_credit: '-1' })),
      ),
    ).toEqual([
      { field: 'capacity', code: 'INVALID_VALUE', message: 'capacity must not be less than 1' },
      {
        field: 'discount_rate',
        code: 'INVALID_VALUE',
        message: 'discount_rate must be at least 0 and below 1 (e.g. 0.45 for 45%)',
      },
      {
        field: 'instructional_cost_per_credit',
        code: 'INVALID_VALUE',
        message: 'instructional_cost_per_credit must not be less than 0',
      },
    ]);
    expect(problemsOf(programFromRow(row({ ...PROGRAM, capacity: '200' })))).toEqual([
      {
        field: 'capacity',
        code: 'INVALID_VALUE',
        message:
          "Capacity (200) is below today's new enrollments (240); a program cannot take fewer entrants than it already does.",
      },
    ]);
    expect(programFromRow(row({ ...PROGRAM, capacity: '240' })).kind).toBe('record');
  });

  it('applies the createProgram service rule: fewer new enrollments than prospects', () => {
    expect(problemsOf(programFromRow(row({ ...PROGRAM, annual_new_enrollments: '1800' })))).toEqual([
      {
        field: 'annual_new_enrollments',
        code: 'INVALID_VALUE',
        message: 'New enrollments (1800) must be fewer than prospects (1800).',
      },
    ]);
  });
});

describe('metrics rows', () => {
  it('reads academic years as exports write them', () => {
    expect(['2024', '2024-25', '2024/25', '2024–2025', '1999-00', '2024 - 25'].map(parseAcademicYear)).toEqual([
      2024, 2024, 2024, 2024, 1999, 2024,
    ]);
    expect(['2024-26', '24-25', 'AY2024', '2024-2026', ''].map(parseAcademicYear)).toEqual([
      null,
      null,
      null,
      null,
      null,
    ]);
  });

  it('builds the MetricObservationInput recordMetrics takes', () => {
    const item = metricFromRow(
      row(
        {
          program_code: 'BS-CS',
          academic_year: '2025-26',
          metric: 'retention rate',
          value: '85%',
          numerator: '170',
          denominator: '200',
        },
        4,
      ),
    );
    expect(item.kind).toBe('record');
    const { record } = item as Extract<ImportItem<MetricRecord>, { kind: 'record' }>;
    expect(record.programCode).toBe('BS-CS');
    expect({ ...record.input }).toEqual({
      programId: '',
      academicYear: 2025,
      metric: 'RETENTION_RATE',
      value: 0.85,
      numerator: 170,
      denominator: 200,
    });
  });

  it('applies the recordMetrics rules (observationProblem) and validators', () => {
    const base = { program_code: 'BS-CS', academic_year: '2025', numerator: '', denominator: '' };
    expect(
      problemsOf(
        metricFromRow(row({ ...base, metric: 'RETENTION_RATE', value: '0.9', numerator: '170', denominator: '200' })),
      ),
    ).toEqual([
      { field: 'value', code: 'INVALID_VALUE', message: 'value 0.9 does not match numerator / denominator = 0.8500.' },
    ]);
    expect(problemsOf(metricFromRow(row({ ...base, metric: 'NEW_ENROLLMENTS', value: '12.5' })))).toEqual([
      {
        field: 'value',
        code: 'INVALID_VALUE',
        message: 'NEW_ENROLLMENTS is a count and must be a whole number; got 12.5.',
      },
    ]);
    expect(
      problemsOf(metricFromRow(row({ ...base, academic_year: '1850', metric: 'PROSPECTS', value: '-3' }))),
    ).toEqual([
      { field: 'academic_year', code: 'INVALID_VALUE', message: 'academic_year must not be less than 1900' },
      { field: 'value', code: 'INVALID_VALUE', message: 'value must not be less than 0' },
    ]);
    expect(
      problemsOf(metricFromRow(row({ ...base, program_code: '', academic_year: '2024-26', metric: 'GPA', value: '' }))),
    ).toEqual([
      { field: 'program_code', code: 'REQUIRED', message: 'program_code is required but empty.' },
      {
        field: 'academic_year',
        code: 'INVALID_VALUE',
        message: 'academic_year "2024-26" is not a year: write the year it starts in (2024) or the span (2024-25).',
      },
      {
        field: 'metric',
        code: 'INVALID_VALUE',
        message: 'metric "GPA" is not one of PROSPECTS, NEW_ENROLLMENTS, ENGAGEMENT_RATE, RETENTION_RATE, COMPLETIONS.',
      },
      { field: 'value', code: 'REQUIRED', message: 'value is required but empty.' },
    ]);
  });
});
