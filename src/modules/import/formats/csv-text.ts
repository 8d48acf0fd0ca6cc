import { badInput } from '../../../core/errors';
import { DOCUMENT_FIELD } from '../engine/import-problem';

/** Text or bytes of a document, in chunks: a file stream, or the API's string as one chunk. */
export type TextSource = AsyncIterable<string | Uint8Array> | Iterable<string | Uint8Array>;

const SAVE_AS_UTF8 = 'Save it as "CSV UTF-8" and import again.';

/**
 * Bytes → text: UTF-8 with or without BOM (kept for the parser to drop); UTF-16 and other encodings
 * are refused with the fix.
 */
export async function* decodeUtf8(source: TextSource): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  let first = true;
  let lines = 1;
  for await (const chunk of source as AsyncIterable<string | Uint8Array>) {
    if (typeof chunk === 'string') {
      yield chunk;
      continue;
    }
    const utf16 =
      chunk.length >= 2 && ((chunk[0] === 0xff && chunk[1] === 0xfe) || (chunk[0] === 0xfe && chunk[1] === 0xff));
    if (first && utf16) {
      throw badInput(
        DOCUMENT_FIELD,
        'The file is UTF-16 text (Excel\'s "Unicode Text"); ' +
          'save it as "CSV UTF-8 (comma delimited)" and import again.',
      );
    }
    first = false;
    let text: string;
    try {
      text = decoder.decode(chunk, { stream: true });
    } catch {
      // Say which line: count the line breaks before the first byte that is not UTF-8.
      const lenient = new TextDecoder('utf-8').decode(chunk);
      const before = lenient.slice(0, Math.max(0, lenient.indexOf('\uFFFD')));
      const line = lines + (before.match(/\n/g)?.length ?? 0);
      throw badInput(
        DOCUMENT_FIELD,
        `The file is not UTF-8 text (line ${line}); it was probably saved as Windows-1252/Latin-1. ${SAVE_AS_UTF8}`,
      );
    }
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lines++;
    yield text;
  }
  try {
    const rest = decoder.decode();
    if (rest) yield rest;
  } catch {
    throw badInput(
      DOCUMENT_FIELD,
      'The file ends in the middle of a UTF-8 character; save it as "CSV UTF-8" and import again.',
    );
  }
}

/** The delimiter of the header line: comma, or semicolon / tab as European Excel and some warehouses write. */
export function sniffDelimiter(headerLine: string): string {
  const count = (ch: string) => headerLine.split(ch).length - 1;
  const candidates: [string, number][] = [
    [',', count(',')],
    [';', count(';')],
    ['\t', count('\t')],
  ];
  candidates.sort((a, b) => b[1] - a[1]);
  return candidates[0][1] > 0 ? candidates[0][0] : ',';
}

/**
 * Reads ahead to the end of the first line to choose the delimiter, then yields everything. Excel's
 * "sep=;" hint line, when present, gives the delimiter and is dropped (the header is then line 2).
 */
export async function withDelimiter(
  text: AsyncGenerator<string>,
): Promise<{ delimiter: string; chunks: AsyncGenerator<string>; skippedLines: number }> {
  const head: string[] = [];
  let size = 0;
  let firstLine: string | null = null;
  while (firstLine === null) {
    const next = await text.next();
    if (next.done) break;
    head.push(next.value);
    size += next.value.length;
    const joined = head
      .join('')
      .replace(/^\uFEFF/, '')
      .replace(/^(\s*\r?\n)+/, '');
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

/** Line breaks inside quoted cells, so rows keep the line number a spreadsheet shows. */
export function lineBreaks(cells: string[]): number {
  let n = 0;
  for (const c of cells) {
    if (c.length && (c.includes('\n') || c.includes('\r'))) n += c.match(/\r\n|\r|\n/g)?.length ?? 0;
  }
  return n;
}
