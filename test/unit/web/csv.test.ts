import { describe, expect, it } from '@jest/globals';
import { csvCell, toCsv, type CsvColumn } from '../../../web/src/lib/csv';

describe('csvCell', () => {
  it('quotes commas, quotes and line breaks (RFC 4180)', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell(' padded ')).toBe('" padded "');
  });

  it('neutralises text that a spreadsheet would run as a formula', () => {
    expect(csvCell('=1+1')).toBe("'=1+1");
    expect(csvCell('+x')).toBe("'+x");
    expect(csvCell('-x')).toBe("'-x");
    expect(csvCell('@x')).toBe("'@x");
    expect(csvCell('\tx')).toBe("'\tx");
    expect(csvCell('\rx')).toBe(`"'\rx"`);
    expect(csvCell('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
  });

  it('keeps real numbers as numbers, negative ones included', () => {
    expect(csvCell(-12.5)).toBe('-12.5');
    expect(csvCell(0)).toBe('0');
    expect(csvCell(332.56645279560036)).toBe('332.56645279560036');
    expect(csvCell(Number.NaN)).toBe('');
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
    expect(csvCell(true)).toBe('true');
  });
});

describe('toCsv', () => {
  interface Row {
    name: string;
    delta: number;
  }
  const columns: CsvColumn<Row>[] = [
    { header: 'name', value: (r) => r.name },
    { header: 'delta', value: (r) => r.delta },
  ];

  it('writes a header and CRLF-terminated records', () => {
    const text = toCsv(
      [
        { name: 'Psychology, B.A.', delta: -12.5 },
        { name: '=cmd|calc', delta: 3 },
      ],
      columns,
    );
    expect(text).toBe('name,delta\r\n"Psychology, B.A.",-12.5\r\n\'=cmd|calc,3\r\n');
  });

  it('writes only the header for no rows', () => {
    expect(toCsv([], columns)).toBe('name,delta\r\n');
  });
});
