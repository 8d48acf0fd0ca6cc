import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { demo } from '../../../../../seeds/demo';
import type { ImportItem } from '../../../../../src/modules/import/engine/import-item';
import type { ImportProblemData } from '../../../../../src/modules/import/engine/import-problem';
import { CsvRow, readCsv } from '../../../../../src/modules/import/formats/csv.format';
import {
  CROSSWALK_COLUMNS,
  crosswalkFromRow,
  OCCUPATION_COLUMNS,
  occupationFromRow,
} from '../../../../../src/modules/import/formats/labor-market-csv.format';

const row = (values: Record<string, string>, line = 2): CsvRow => {
  const names = Object.keys(values);
  return new CsvRow(
    line,
    names.map((n) => values[n]),
    new Map(names.map((n, i) => [n, i])),
  );
};

const SOFTWARE: Record<string, string> = {
  soc_code: '15-1252',
  soc_title: 'Software developers',
  employment_2024_thousands: '1693.8',
  employment_2034_thousands: '1961.4',
  change_percent: '15.8',
  annual_openings_thousands: '115.2',
  median_annual_wage_usd: '133080',
  source_table: 'BLS EP 2024-34 Table 1.2',
};

function problemsOf<T>(item: ImportItem<T>): Omit<ImportProblemData, 'location'>[] {
  if (item.kind !== 'rejected') throw new Error(`expected a rejected row, got ${item.kind}`);
  for (const p of item.problems) expect(p.location).toBe(item.location);
  return item.problems.map(({ location: _l, ...rest }) => rest);
}

describe('occupationFromRow', () => {
  it('reads a projections row: growth as a share, figures in their units, the source', () => {
    const item = occupationFromRow(row(SOFTWARE, 5));
    expect(item).toEqual({
      kind: 'record',
      location: 'row 5',
      ref: 5,
      record: {
        code: '15-1252',
        title: 'Software developers',
        employment: 1693.8,
        projectedGrowth: 0.158,
        annualOpenings: 115.2,
        medianWage: 133080,
        source: 'BLS EP 2024-34 Table 1.2',
      },
    });
  });

  it('keeps empty figures as unknown', () => {
    const item = occupationFromRow(row({ soc_code: '15-1252', soc_title: 'Software developers', change_percent: '' }));
    expect(item.kind === 'record' && item.record).toEqual({
      code: '15-1252',
      title: 'Software developers',
      employment: null,
      projectedGrowth: null,
      annualOpenings: null,
      medianWage: null,
      source: null,
    });
  });

  it('refuses a malformed SOC code, non-numeric and negative figures, naming each column', () => {
    const item = occupationFromRow(
      row({ ...SOFTWARE, soc_code: '151252', change_percent: 'n/a', median_annual_wage_usd: '-3' }, 9),
    );
    expect(item.kind === 'rejected' && item.location).toBe('row 9');
    expect(problemsOf(item)).toEqual([
      {
        field: 'soc_code',
        code: 'INVALID_VALUE',
        message: 'soc_code "151252" is not a SOC 2018 code: write it as NN-NNNN (e.g. 15-1252).',
      },
      { field: 'change_percent', code: 'INVALID_VALUE', message: 'change_percent "n/a" is not a number.' },
      { field: 'median_annual_wage_usd', code: 'INVALID_VALUE', message: 'median_annual_wage_usd -3 is negative.' },
    ]);
    expect(problemsOf(occupationFromRow(row({ ...SOFTWARE, soc_title: '' })))).toEqual([
      { field: 'soc_title', code: 'REQUIRED', message: 'soc_title is required but empty.' },
    ]);
  });
});

describe('crosswalkFromRow', () => {
  const CS = {
    cip_code: '11.0701',
    cip_title: 'Computer Science.',
    soc_code: '15-1252',
    soc_title: 'Software Developers',
  };

  it('reads a CIP → SOC pair', () => {
    expect(crosswalkFromRow(row(CS, 3))).toEqual({
      kind: 'record',
      location: 'row 3',
      ref: 3,
      record: {
        cipCode: '11.0701',
        cipTitle: 'Computer Science.',
        socCode: '15-1252',
        socTitle: 'Software Developers',
      },
    });
  });

  it('refuses a malformed CIP or SOC code and an empty SOC (a "no match" row)', () => {
    expect(problemsOf(crosswalkFromRow(row({ ...CS, cip_code: '11.701', soc_code: '15-12520' })))).toEqual([
      {
        field: 'cip_code',
        code: 'INVALID_VALUE',
        message: 'cip_code "11.701" is not a CIP 2020 code: write it as NN.NNNN (e.g. 11.0701).',
      },
      {
        field: 'soc_code',
        code: 'INVALID_VALUE',
        message: 'soc_code "15-12520" is not a SOC 2018 code: write it as NN-NNNN (e.g. 15-1252).',
      },
    ]);
    expect(problemsOf(crosswalkFromRow(row({ ...CS, soc_code: '', soc_title: '' })))).toEqual([
      { field: 'soc_code', code: 'REQUIRED', message: 'soc_code is required but empty.' },
      { field: 'soc_title', code: 'REQUIRED', message: 'soc_title is required but empty.' },
    ]);
  });
});

describe('the shipped labour-market seeds', () => {
  const dir = path.join(__dirname, '../../../../../seeds/labor-market');
  async function records<T>(file: string, columns: typeof OCCUPATION_COLUMNS, from: (r: CsvRow) => ImportItem<T>) {
    const out: ImportItem<T>[] = [];
    for await (const item of readCsv([fs.readFileSync(path.join(dir, file), 'utf8')], columns)) {
      if (item.kind === 'record') out.push(from(item.record));
      else out.push(item);
    }
    return out;
  }

  it('read without a problem, and every crosswalk SOC code has its occupation', async () => {
    const occupations = await records('occupations.csv', OCCUPATION_COLUMNS, occupationFromRow);
    const crosswalk = await records('cip-soc.csv', CROSSWALK_COLUMNS, crosswalkFromRow);
    expect(occupations.every((o) => o.kind === 'record')).toBe(true);
    expect(crosswalk.every((o) => o.kind === 'record')).toBe(true);
    expect(occupations).toHaveLength(61);
    expect(crosswalk).toHaveLength(77);
    const codes = new Set(occupations.map((o) => (o.kind === 'record' ? o.record.code : '')));
    for (const c of crosswalk) if (c.kind === 'record') expect(codes).toContain(c.record.socCode);
    // Every demo program's CIP code leads somewhere.
    const cips = new Set(crosswalk.map((c) => (c.kind === 'record' ? c.record.cipCode : '')));
    for (const p of demo.programs) if (p.cipCode) expect(cips).toContain(p.cipCode);
  });
});
