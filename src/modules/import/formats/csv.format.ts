import { Readable, pipeline } from 'node:stream';
import { CsvError, parse } from 'csv-parse';
import { badInput } from '../../../core/errors';
import type { ImportItem } from '../engine/import-item';
import { DOCUMENT_FIELD, problem, type ImportProblemData } from '../engine/import-problem';
import type { Cells } from '../engine/row-reader';
import { decodeUtf8, lineBreaks, withDelimiter, type TextSource } from './csv-text';

/** PostgreSQL refuses it in text and SQLite stops at it: no cell may hold one. */
const NUL = '\u0000';

export interface CsvColumns {
  required: readonly string[];
  optional: readonly string[];
}

/** Header names as written in exports ("CIP Code", "Total-Credits") → the documented form (cip_code, total_credits). */
export function normalizeHeader(name: string): string {
  return name
    .trim()
    .toLowerCase()
    .replace(/[\s\-./]+/g, '_')
    .replace(/^_+|_+$/g, '');
}

/** One data row of a CSV: its line in the file and its cells by (normalized) column. */
export class CsvRow implements Cells {
  constructor(
    readonly line: number,
    private readonly cells: string[],
    private readonly columns: ReadonlyMap<string, number>,
  ) {}

  get location(): string {
    return `row ${this.line}`;
  }

  /** The trimmed cell; undefined when the file has no such column. */
  get(column: string): string | undefined {
    const i = this.columns.get(column);
    return i === undefined ? undefined : (this.cells[i] ?? '');
  }
}

function levenshtein(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cur = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = cur;
    }
  }
  return row[b.length];
}

/** The known column an unknown one is most likely a typo of (at most 3 edits away). */
function closest(name: string, known: readonly string[]): string | null {
  let best: string | null = null;
  let bestDistance = 4;
  for (const k of known) {
    const d = levenshtein(name, k);
    if (d < bestDistance) {
      best = k;
      bestDistance = d;
    }
  }
  return best;
}

/** The header row → column positions, and a notice for each column Uplift does not read; throws on a repeat or gap. */
function readHeader(
  cells: string[],
  line: number,
  spec: CsvColumns,
): { columns: Map<string, number>; notices: ImportProblemData[] } {
  const known = [...spec.required, ...spec.optional];
  const columns = new Map<string, number>();
  const notices: ImportProblemData[] = [];
  cells.forEach((raw, i) => {
    if (raw.includes(NUL)) {
      throw badInput(
        DOCUMENT_FIELD,
        `The header row (row ${line}), column ${i + 1}: text cannot contain the NUL character (\\u0000); ` +
          'remove it and import again.',
      );
    }
    const name = normalizeHeader(raw);
    if (!name) return;
    if (columns.has(name)) {
      throw badInput(DOCUMENT_FIELD, `The header row (row ${line}) has the column "${name}" twice; keep one.`);
    }
    columns.set(name, i);
    if (known.includes(name)) return;
    const guess = closest(name, known);
    const hint = guess ? ` Did you mean "${guess}"?` : ` Known columns: ${known.join(', ')}.`;
    const message = `Column "${raw}" is not one Uplift reads, so it is ignored.${hint}`;
    notices.push(problem(`row ${line}`, raw, 'UNKNOWN_COLUMN', message));
  });
  const missing = spec.required.filter((c) => !columns.has(c));
  if (missing.length) {
    const found = [...columns.keys()];
    throw badInput(
      DOCUMENT_FIELD,
      `The header row (row ${line}) lacks the required column${missing.length > 1 ? 's' : ''} ${missing.join(', ')}. ` +
        `It has: ${found.length ? found.join(', ') : '(nothing)'}. ` +
        `Required: ${spec.required.join(', ')}; optional: ${spec.optional.join(', ')}. ` +
        'Names are case-insensitive and may use spaces for underscores.',
    );
  }
  return { columns, notices };
}

/**
 * The column of the first cell holding a NUL character (PostgreSQL refuses it in text, SQLite stops at
 * it), or null. A file read by the CLI may carry one; the API's text guard refuses it before that.
 */
function nulColumn(cells: string[], names: readonly string[]): string | null {
  for (let i = 0; i < cells.length; i++) {
    if (cells[i].includes(NUL)) return names[i] ?? `column ${i + 1}`;
  }
  return null;
}

/**
 * Stream-parses a CSV (csv-parse, never a hand split) into rows keyed by the documented column
 * names. The header is row 1; rows are numbered by the line they start on, as a spreadsheet shows
 * them. Problems of the file as a whole (empty, missing or repeated columns, broken quoting, bad
 * encoding) throw BAD_USER_INPUT on input.document; unknown columns become notices and are ignored.
 */
export async function* readCsv(source: TextSource, spec: CsvColumns): AsyncGenerator<ImportItem<CsvRow>> {
  const { delimiter, chunks, skippedLines } = await withDelimiter(decodeUtf8(source));
  const parser = parse({
    bom: true,
    delimiter,
    relax_column_count: true,
    trim: true,
    skip_empty_lines: false,
    max_record_size: 1_000_000,
  });
  pipeline(Readable.from(chunks), parser, () => undefined);
  let columns: Map<string, number> | null = null;
  let width = 0;
  let names: string[] = [];
  let line = 1 + skippedLines;
  try {
    for await (const cells of parser as AsyncIterable<string[]>) {
      const start = line;
      line += lineBreaks(cells) + 1;
      if (cells.every((c) => c === '')) continue;
      if (!columns) {
        const header = readHeader(cells, start, spec);
        columns = header.columns;
        width = cells.length;
        names = cells.map((raw) => normalizeHeader(raw) || raw);
        for (const n of header.notices) yield { kind: 'notice', problem: n };
        continue;
      }
      const extra = cells.slice(width).some((c) => c !== '');
      if (cells.length < width || extra) {
        const quote = delimiter === '\t' ? 'tab' : delimiter;
        yield {
          kind: 'rejected',
          location: `row ${start}`,
          problems: [
            problem(
              `row ${start}`,
              null,
              'WRONG_FIELD_COUNT',
              `This row has ${cells.length} fields; ` +
                `the header has ${width}. A value containing "${quote}" must be enclosed in double quotes.`,
            ),
          ],
        };
        continue;
      }
      const nul = nulColumn(cells, names);
      if (nul !== null) {
        yield {
          kind: 'rejected',
          location: `row ${start}`,
          problems: [
            problem(
              `row ${start}`,
              nul,
              'INVALID_VALUE',
              `${nul} contains the NUL character (\\u0000), which text cannot hold; remove it and import again.`,
            ),
          ],
        };
        continue;
      }
      yield { kind: 'record', location: `row ${start}`, ref: start, record: new CsvRow(start, cells, columns) };
    }
  } catch (err) {
    if (err instanceof CsvError) {
      throw badInput(
        DOCUMENT_FIELD,
        `The CSV cannot be read: ${err.message}. A value with commas, quotes or line ` +
          'breaks must be enclosed in double quotes, with inner quotes doubled ("").',
      );
    }
    throw err;
  } finally {
    parser.destroy();
  }
  if (!columns) {
    throw badInput(
      DOCUMENT_FIELD,
      `The CSV is empty: expected a header row with the columns ` +
        `${spec.required.join(', ')} (optional: ${spec.optional.join(', ')}), then one row per record.`,
    );
  }
}
