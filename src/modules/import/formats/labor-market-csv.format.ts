import { growthShare, isCipCode, isSocCode } from '../../occupation/occupation.rules';
import type { ImportItem } from '../engine/import-item';
import { problem } from '../engine/import-problem';
import { RowReader } from '../engine/row-reader';
import type { CsvColumns, CsvRow } from './csv.format';

/**
 * The columns of the BLS Employment Projections table (occupations.csv in seeds/labor-market): one SOC
 * occupation per row. employment_2034_thousands is checked as a number but not stored (change_percent carries
 * the growth).
 */
export const OCCUPATION_COLUMNS: CsvColumns = {
  required: ['soc_code', 'soc_title'],
  optional: [
    'employment_2024_thousands',
    'employment_2034_thousands',
    'change_percent',
    'annual_openings_thousands',
    'median_annual_wage_usd',
    'source_table',
  ],
};

/** The columns of the NCES CIP 2020 → SOC 2018 crosswalk (cip-soc.csv in seeds/labor-market). */
export const CROSSWALK_COLUMNS: CsvColumns = {
  required: ['cip_code', 'cip_title', 'soc_code', 'soc_title'],
  optional: [],
};

/** An occupation as the occupations writer stores it (upserted by code). */
export interface OccupationRecord {
  code: string;
  title: string;
  employment: number | null;
  projectedGrowth: number | null;
  annualOpenings: number | null;
  medianWage: number | null;
  source: string | null;
}

/** A crosswalk row as the crosswalk writer stores it (upserted by the pair cipCode, socCode). */
export interface CrosswalkRecord {
  cipCode: string;
  cipTitle: string;
  socCode: string;
  socTitle: string;
}

const MAX_TITLE = 300;
const MAX_SOURCE = 200;

function code(
  r: RowReader,
  column: string,
  valid: (c: string) => boolean,
  system: string,
  form: string,
): string | undefined {
  const v = r.text(column, true);
  if (v === undefined) return undefined;
  if (valid(v)) return v;
  r.problems.push(
    problem(r.row.location, column, 'INVALID_VALUE', `${column} "${v}" is not a ${system} code: write it as ${form}.`),
  );
  return undefined;
}

const socCode = (r: RowReader, column: string) => code(r, column, isSocCode, 'SOC 2018', 'NN-NNNN (e.g. 15-1252)');
const cipCode = (r: RowReader, column: string) => code(r, column, isCipCode, 'CIP 2020', 'NN.NNNN (e.g. 11.0701)');

function title(r: RowReader, column: string, max = MAX_TITLE): string | undefined {
  const v = r.text(column, true);
  if (v !== undefined && v.length > max) {
    r.problems.push(problem(r.row.location, column, 'INVALID_VALUE', `${column} is longer than ${max} characters.`));
    return undefined;
  }
  return v;
}

function nonNegative(r: RowReader, column: string): number | null {
  const n = r.number(column, false);
  if (n === undefined) return null;
  if (n < 0) {
    r.problems.push(problem(r.row.location, column, 'INVALID_VALUE', `${column} ${n} is negative.`));
    return null;
  }
  return n;
}

/** One row of the projections table → an occupation; empty figures are stored as unknown (null). */
export function occupationFromRow(row: CsvRow): ImportItem<OccupationRecord> {
  const r = new RowReader(row);
  const code = socCode(r, 'soc_code');
  const name = title(r, 'soc_title');
  const employment = nonNegative(r, 'employment_2024_thousands');
  nonNegative(r, 'employment_2034_thousands');
  const change = r.number('change_percent', false);
  const annualOpenings = nonNegative(r, 'annual_openings_thousands');
  const medianWage = nonNegative(r, 'median_annual_wage_usd');
  const source = r.text('source_table', false);
  if (source !== undefined && source.length > MAX_SOURCE) {
    r.problems.push(
      problem(row.location, 'source_table', 'INVALID_VALUE', `source_table is longer than ${MAX_SOURCE} characters.`),
    );
  }
  if (r.problems.length) return { kind: 'rejected', location: row.location, problems: r.problems };
  return {
    kind: 'record',
    location: row.location,
    ref: row.line,
    record: {
      code: code!,
      title: name!,
      employment,
      projectedGrowth: change === undefined ? null : growthShare(change),
      annualOpenings,
      medianWage,
      source: source ?? null,
    },
  };
}

/** One row of the crosswalk → a (CIP, SOC) pair; a SOC code need not have an occupation row. */
export function crosswalkFromRow(row: CsvRow): ImportItem<CrosswalkRecord> {
  const r = new RowReader(row);
  const cip = cipCode(r, 'cip_code');
  const cipTitle = title(r, 'cip_title');
  const soc = socCode(r, 'soc_code');
  const socTitle = title(r, 'soc_title');
  if (r.problems.length) return { kind: 'rejected', location: row.location, problems: r.problems };
  return {
    kind: 'record',
    location: row.location,
    ref: row.line,
    record: { cipCode: cip!, cipTitle: cipTitle!, socCode: soc!, socTitle: socTitle! },
  };
}
