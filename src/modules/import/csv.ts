import { Readable, pipeline } from 'node:stream';
import { CsvError, parse } from 'csv-parse';
import { badInput } from '../../core/errors';
import { problem, type ImportItem, type ImportProblemData } from './problems';

/** The field that names the document in API errors. */
export const DOCUMENT_FIELD = 'input.document';

/** Text or bytes of a document, in chunks: a file stream, or the API's string as one chunk. */
export type TextSource = AsyncIterable<string | Uint8Array> | Iterable<string | Uint8Array>;

export interface CsvColumns { required: readonly string[]; optional: readonly string[] }

/** Header names as written in exports ("CIP Code", "Total-Credits") → the documented form (cip_code, total_credits). */
export function normalizeHeader(name: string): string {
  return name.trim().toLowerCase().replace(/[\s\-./]+/g, '_').replace(/^_+|_+$/g, '');
}

/** One data row of a CSV: its line in the file and its cells by (normalized) column. */
export class CsvRow {
  constructor(readonly line: number, private readonly cells: string[], private readonly columns: ReadonlyMap<string, number>) {}

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

function closest(name: string, known: readonly string[]): string | null {
  let best: string | null = null;
  let bestDistance = 4;
  for (const k of known) {
    const d = levenshtein(name, k);
    if (d < bestDistance) { best = k; bestDistance = d; }
  }
  return best;
}

/** Bytes → text: UTF-8 with or without BOM (kept for the parser to drop); UTF-16 and other encodings are refused with a fix. */
async function* decodeUtf8(source: TextSource): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  let first = true;
  let lines = 1;
  for await (const chunk of source as AsyncIterable<string | Uint8Array>) {
    if (typeof chunk === 'string') {
      yield chunk;
      continue;
    }
    if (first && chunk.length >= 2 && ((chunk[0] === 0xff && chunk[1] === 0xfe) || (chunk[0] === 0xfe && chunk[1] === 0xff))) {
      throw badInput(DOCUMENT_FIELD, 'The file is UTF-16 text (Excel\'s "Unicode Text"); save it as "CSV UTF-8 (comma delimited)" and import again.');
    }
    first = false;
    let text: string;
    try {
      text = decoder.decode(chunk, { stream: true });
    } catch {
      const lenient = new TextDecoder('utf-8').decode(chunk);
      const before = lenient.slice(0, Math.max(0, lenient.indexOf('\uFFFD')));
      const line = lines + (before.match(/\n/g)?.length ?? 0);
      throw badInput(DOCUMENT_FIELD, `The file is not UTF-8 text (line ${line}); it was probably saved as Windows-1252/Latin-1. Save it as "CSV UTF-8" and import again.`);
    }
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lines++;
    yield text;
  }
  try {
    const rest = decoder.decode();
    if (rest) yield rest;
  } catch {
    throw badInput(DOCUMENT_FIELD, 'The file ends in the middle of a UTF-8 character; save it as "CSV UTF-8" and import again.');
  }
}

/** The delimiter of the header line: comma, or semicolon / tab as European Excel and some warehouses write. */
export function sniffDelimiter(headerLine: string): string {
  const count = (ch: string) => headerLine.split(ch).length - 1;
  const candidates: [string, number][] = [[',', count(',')], [';', count(';')], ['\t', count('\t')]];
  candidates.sort((a, b) => b[1] - a[1]);
  return candidates[0][1] > 0 ? candidates[0][0] : ',';
}

/**
 * Reads ahead to the end of the first line to choose the delimiter, then yields everything. Excel's
 * "sep=;" hint line, when present, gives the delimiter and is dropped (the header is then line 2).
 */
async function withDelimiter(text: AsyncGenerator<string>): Promise<{ delimiter: string; chunks: AsyncGenerator<string>; skippedLines: number }> {
  const head: string[] = [];
  let size = 0;
  let firstLine: string | null = null;
  while (firstLine === null) {
    const next = await text.next();
    if (next.done) break;
    head.push(next.value);
    size += next.value.length;
    const joined = head.join('').replace(/^\uFEFF/, '').replace(/^(\s*\r?\n)+/, '');
    const end = joined.search(/\r|\n/);
    if (end !== -1) firstLine = joined.slice(0, end);
    else if (size > 65_536) firstLine = joined;
  }
  firstLine ??= head.join('');
  const hint = /^\uFEFF?sep=(.)$/i.exec(head.join('').split(/\r\n|\r|\n/)[0]);
  if (hint) {
    const joined = head.join('');
    head.length = 0;
    head.push(joined.slice(joined.search(/\r\n|\r|\n/)).replace(/^(\r\n|\r|\n)/, ''));
  }
  async function* all(): AsyncGenerator<string> {
    yield* head;
    yield* text;
  }
  return { delimiter: hint ? hint[1] : sniffDelimiter(firstLine), chunks: all(), skippedLines: hint ? 1 : 0 };
}

function lineBreaks(cells: string[]): number {
  let n = 0;
  for (const c of cells) {
    if (c.length && (c.includes('\n') || c.includes('\r'))) n += c.match(/\r\n|\r|\n/g)?.length ?? 0;
  }
  return n;
}

/**
 * Stream-parses a CSV (csv-parse, never a hand split) into rows keyed by the documented column
 * names. The header is row 1; rows are numbered by the line they start on, as a spreadsheet shows
 * them. Problems of the file as a whole (empty, missing or repeated columns, broken quoting, bad
 * encoding) throw BAD_USER_INPUT on input.document; unknown columns become notices and are ignored.
 */
export async function* readCsv(source: TextSource, spec: CsvColumns): AsyncGenerator<ImportItem<CsvRow>> {
  const { delimiter, chunks, skippedLines } = await withDelimiter(decodeUtf8(source));
  const parser = parse({ bom: true, delimiter, relax_column_count: true, trim: true, skip_empty_lines: false, max_record_size: 1_000_000 });
  pipeline(Readable.from(chunks), parser, () => undefined);
  const known = [...spec.required, ...spec.optional];
  let columns: Map<string, number> | null = null;
  let width = 0;
  let line = 1 + skippedLines;
  try {
    for await (const cells of parser as AsyncIterable<string[]>) {
      const start = line;
      line += lineBreaks(cells) + 1;
      if (cells.every((c) => c === '')) continue;
      if (!columns) {
        columns = new Map();
        width = cells.length;
        const notices: ImportProblemData[] = [];
        cells.forEach((raw, i) => {
          const name = normalizeHeader(raw);
          if (!name) return;
          if (columns!.has(name)) throw badInput(DOCUMENT_FIELD, `The header row (row ${start}) has the column "${name}" twice; keep one.`);
          columns!.set(name, i);
          if (!known.includes(name)) {
            const guess = closest(name, known);
            notices.push(problem(`row ${start}`, raw, 'UNKNOWN_COLUMN',
              `Column "${raw}" is not one Uplift reads, so it is ignored.${guess ? ` Did you mean "${guess}"?` : ` Known columns: ${known.join(', ')}.`}`));
          }
        });
        const missing = spec.required.filter((c) => !columns!.has(c));
        if (missing.length) {
          const found = [...columns.keys()];
          throw badInput(DOCUMENT_FIELD,
            `The header row (row ${start}) lacks the required column${missing.length > 1 ? 's' : ''} ${missing.join(', ')}. `
            + `It has: ${found.length ? found.join(', ') : '(nothing)'}. Required: ${spec.required.join(', ')}; optional: ${spec.optional.join(', ')}. `
            + 'Names are case-insensitive and may use spaces for underscores.');
        }
        for (const n of notices) yield { kind: 'notice', problem: n };
        continue;
      }
      const extra = cells.slice(width).some((c) => c !== '');
      if (cells.length < width || extra) {
        yield {
          kind: 'rejected', location: `row ${start}`,
          problems: [problem(`row ${start}`, null, 'WRONG_FIELD_COUNT',
            `This row has ${cells.length} fields; the header has ${width}. A value containing "${delimiter === '\t' ? 'tab' : delimiter}" must be enclosed in double quotes.`)],
        };
        continue;
      }
      yield { kind: 'record', location: `row ${start}`, ref: start, record: new CsvRow(start, cells, columns) };
    }
  } catch (err) {
    if (err instanceof CsvError) {
      throw badInput(DOCUMENT_FIELD, `The CSV cannot be read: ${err.message}. A value with commas, quotes or line breaks must be enclosed in double quotes, with inner quotes doubled ("").`);
    }
    throw err;
  } finally {
    parser.destroy();
  }
  if (!columns) {
    throw badInput(DOCUMENT_FIELD, `The CSV is empty: expected a header row with the columns ${spec.required.join(', ')} (optional: ${spec.optional.join(', ')}), then one row per record.`);
  }
}
