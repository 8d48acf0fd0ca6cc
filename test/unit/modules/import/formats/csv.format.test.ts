import { describe, expect, it } from '@jest/globals';
import {
  normalizeHeader,
  readCsv,
  type CsvColumns,
  type CsvRow,
} from '../../../../../src/modules/import/formats/csv.format';
import { sniffDelimiter, type TextSource } from '../../../../../src/modules/import/formats/csv-text';
import { DomainError } from '../../../../../src/core/errors';
import type { ImportItem } from '../../../../../src/modules/import/engine/import-item';

const SPEC: CsvColumns = { required: ['code', 'title', 'total_credits'], optional: ['cip_code', 'retention_rate'] };

interface Read {
  rows: { line: number; code?: string; title?: string; credits?: string; cip?: string }[];
  rejected: { location: string; codes: string[] }[];
  notices: { location: string; field: string | null; code: string; message: string }[];
}

async function read(source: TextSource, spec: CsvColumns = SPEC): Promise<Read> {
  const out: Read = { rows: [], rejected: [], notices: [] };
  for await (const item of readCsv(source, spec) as AsyncIterable<ImportItem<CsvRow>>) {
    if (item.kind === 'record') {
      const r = item.record;
      expect(item.location).toBe(`row ${r.line}`);
      out.rows.push({
        line: r.line,
        code: r.get('code'),
        title: r.get('title'),
        credits: r.get('total_credits'),
        cip: r.get('cip_code'),
      });
    } else if (item.kind === 'rejected')
      out.rejected.push({ location: item.location, codes: item.problems.map((p) => p.code) });
    else
      out.notices.push({
        location: item.problem.location,
        field: item.problem.field,
        code: item.problem.code,
        message: item.problem.message,
      });
  }
  return out;
}

async function documentError(
  source: TextSource,
  spec: CsvColumns = SPEC,
): Promise<{ field?: string; message: string; code: string }> {
  try {
    await read(source, spec);
  } catch (err) {
    if (err instanceof DomainError) return { field: err.field, message: err.message, code: err.code };
    throw err;
  }
  throw new Error('expected a document error');
}

describe('readCsv', () => {
  it('reads UTF-8 with BOM, CRLF, quoted commas and quotes, headers in any order and case', async () => {
    const csv =
      '\uFEFFTotal Credits,CODE,Title,cip-code\r\n120,BS-X,"Data, Science and ""AI""",11.0701\r\n60,AA-Y,Plain,\r\n';
    const r = await read([csv]);
    expect(r.rows).toEqual([
      { line: 2, code: 'BS-X', title: 'Data, Science and "AI"', credits: '120', cip: '11.0701' },
      { line: 3, code: 'AA-Y', title: 'Plain', credits: '60', cip: '' },
    ]);
    expect(r.notices).toEqual([]);
    expect(r.rejected).toEqual([]);
  });

  it('the same bytes split anywhere (even inside a multi-byte character) read the same', async () => {
    const csv = Buffer.from('\uFEFFcode,title,total_credits\nBS-É,Éducation numérique — niveau 1,120\n', 'utf8');
    const whole = await read([csv]);
    expect(whole.rows).toEqual([
      { line: 2, code: 'BS-É', title: 'Éducation numérique — niveau 1', credits: '120', cip: undefined },
    ]);
    for (const cut of [1, 2, 3, 30, 31, 32, 33, 40]) {
      expect(await read([csv.subarray(0, cut), csv.subarray(cut)])).toEqual(whole);
    }
  });

  it('numbers rows by the line they start on: blank lines count, quoted line breaks advance the next row', async () => {
    const csv = 'code,title,total_credits\n\nA,"two\r\nlines",1\nB,one,2\n   \nC,"x\ny\nz",3\nD,d,4';
    const r = await read([csv]);
    expect(r.rows.map((x) => [x.line, x.code])).toEqual([
      [3, 'A'],
      [5, 'B'],
      [7, 'C'],
      [10, 'D'],
    ]);
    expect(r.rows[0].title).toBe('two\r\nlines');
  });

  it('reports unknown columns once, with the nearest known name, and ignores them', async () => {
    const r = await read(['code,title,total_credits,retention rat,department\nA,a,1,0.5,Engineering\n']);
    expect(r.rows).toEqual([{ line: 2, code: 'A', title: 'a', credits: '1', cip: undefined }]);
    expect(r.notices).toEqual([
      {
        location: 'row 1',
        field: 'retention rat',
        code: 'UNKNOWN_COLUMN',
        message: 'Column "retention rat" is not one Uplift reads, so it is ignored. Did you mean "retention_rate"?',
      },
      {
        location: 'row 1',
        field: 'department',
        code: 'UNKNOWN_COLUMN',
        message:
          'Column "department" is not one Uplift reads, so it is ignored. Known columns: code, title, total_credits, cip_code, retention_rate.',
      },
    ]);
  });

  it('rejects a row with too few or too many fields, but tolerates empty trailing fields', async () => {
    const r = await read(['code,title,total_credits\nA,a,1,,\nB,b\nC,c,3,extra\nD,"d, quoted",4\n']);
    expect(r.rows.map((x) => x.code)).toEqual(['A', 'D']);
    expect(r.rejected).toEqual([
      { location: 'row 3', codes: ['WRONG_FIELD_COUNT'] },
      { location: 'row 4', codes: ['WRONG_FIELD_COUNT'] },
    ]);
  });

  it('detects semicolon and tab delimiters from the header line', async () => {
    expect(sniffDelimiter('code;title;total_credits')).toBe(';');
    expect(sniffDelimiter('code\ttitle\ttotal_credits')).toBe('\t');
    expect(sniffDelimiter('code,title;x,total_credits')).toBe(',');
    expect(sniffDelimiter('code')).toBe(',');
    const r = await read(['code;title;total_credits\r\nA;"a; b";1,5\r\n']);
    expect(r.rows).toEqual([{ line: 2, code: 'A', title: 'a; b', credits: '1,5', cip: undefined }]);
  });

  it('follows Excel\'s "sep=" hint line and numbers rows after it', async () => {
    const r = await read(['\uFEFFsep=;\r\ncode;title;total_credits\r\nA;"a, b";1\r\n']);
    expect(r.rows).toEqual([{ line: 3, code: 'A', title: 'a, b', credits: '1', cip: undefined }]);
  });

  it('normalizes header names', () => {
    expect(normalizeHeader('  Annual New-Enrollments ')).toBe('annual_new_enrollments');
    expect(normalizeHeader('CIP Code')).toBe('cip_code');
    expect(normalizeHeader('Tuition/Per.Credit')).toBe('tuition_per_credit');
  });

  it('a header without data rows is a valid, empty document', async () => {
    expect(await read(['code,title,total_credits\r\n'])).toEqual({ rows: [], rejected: [], notices: [] });
  });

  it('refuses a whole document that cannot be read, on input.document', async () => {
    const empty = await documentError(['']);
    expect(empty).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'input.document',
      message:
        'The CSV is empty: expected a header row with the columns code, title, total_credits (optional: cip_code, retention_rate), then one row per record.',
    });
    expect((await documentError(['\uFEFF\r\n\r\n'])).message).toMatch(/^The CSV is empty/);

    const missing = await documentError(['Code,Titel,total_credits\nA,a,1\n']);
    expect(missing.field).toBe('input.document');
    expect(missing.message).toBe(
      'The header row (row 1) lacks the required column title. It has: code, titel, total_credits. Required: code, title, total_credits; optional: cip_code, retention_rate. Names are case-insensitive and may use spaces for underscores.',
    );

    expect((await documentError(['code,title,Code,total_credits\n'])).message).toBe(
      'The header row (row 1) has the column "code" twice; keep one.',
    );
    expect((await documentError(['code,title,total_credits\nA,"unclosed,1\nB,b,2\n'])).message).toMatch(
      /^The CSV cannot be read: Quote Not Closed.*enclosed in double quotes/,
    );
    expect((await documentError([Buffer.from([0xff, 0xfe, 0x63, 0x00])])).message).toMatch(/UTF-16/);
    const latin1 = await documentError([Buffer.from('code,title,total_credits\nA,Educaci\xf3n,1\n', 'latin1')]);
    expect(latin1).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'input.document',
      message:
        'The file is not UTF-8 text (line 2); it was probably saved as Windows-1252/Latin-1. Save it as "CSV UTF-8" and import again.',
    });
  });
});
