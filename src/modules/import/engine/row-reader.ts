import { problem, type ImportProblemData } from './import-problem';

/** The cells of one row by column, and where the row is ("row 12"); a CSV row is one. */
export interface Cells {
  readonly location: string;
  get(column: string): string | undefined;
}

/** Collects the problems of one row while its cells are read. */
export class RowReader {
  readonly problems: ImportProblemData[] = [];

  constructor(readonly row: Cells) {}

  private report(column: string, code: 'REQUIRED' | 'INVALID_VALUE', message: string): undefined {
    this.problems.push(problem(this.row.location, column, code, message));
    return undefined;
  }

  /** The cell's text; undefined when empty or absent (a problem when required). */
  text(column: string, required: boolean): string | undefined {
    const v = this.row.get(column);
    if (v !== undefined && v !== '') return v;
    return required ? this.report(column, 'REQUIRED', `${column} is required but empty.`) : undefined;
  }

  /**
   * A number written with digits and a decimal point. `percent` also accepts "85%" (→ 0.85), as
   * spreadsheets format rates. Thousands separators and decimal commas are refused with the fix.
   */
  number(column: string, required: boolean, opts: { percent?: boolean } = {}): number | undefined {
    const v = this.text(column, required);
    if (v === undefined) return undefined;
    const pct = opts.percent && v.endsWith('%');
    const body = pct ? v.slice(0, -1).trim() : v;
    if (/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(body)) {
      const n = Number(body);
      return pct ? n / 100 : n;
    }
    const notANumber = `${column} "${v}" is not a number`;
    if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(body) && !/^0,/.test(body)) {
      return this.report(
        column,
        'INVALID_VALUE',
        `${notANumber}: write it without thousands separators (${body.replace(/,/g, '')}).`,
      );
    }
    if (/^[+-]?\d*,\d+$/.test(body)) {
      return this.report(column, 'INVALID_VALUE', `${notANumber}: use a decimal point (${body.replace(',', '.')}).`);
    }
    return this.report(column, 'INVALID_VALUE', `${notANumber}.`);
  }

  /** An enum value, case-insensitive, with spaces or hyphens for underscores, plus common synonyms. */
  choice<E extends string>(
    column: string,
    required: boolean,
    values: readonly E[],
    synonyms: Record<string, E> = {},
  ): E | undefined {
    const v = this.text(column, required);
    if (v === undefined) return undefined;
    const key = v
      .toUpperCase()
      .replace(/['’]/g, '')
      .replace(/[\s\-./]+/g, '_');
    const found = values.find((x) => x === key) ?? synonyms[key];
    if (found) return found;
    return this.report(column, 'INVALID_VALUE', `${column} "${v}" is not one of ${values.join(', ')}.`);
  }
}
