import { badInput } from '../../../core/errors';
import { DOCUMENT_FIELD } from '../engine/import-problem';

/** A parsed JSON value, so documents are read without `any`. */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

export const isObject = (v: unknown): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);
/** JSON-LD and Open Badges allow one value where a list is expected; read both as a list. */
export const asArray = (v: Json | undefined): Json[] =>
  v === undefined || v === null ? [] : Array.isArray(v) ? v : [v];
export const typesOf = (v: Json | undefined): string[] => asArray(v).filter((t): t is string => typeof t === 'string');

/** JSON path segment: `.name` when it is an identifier, `['ceterms:name']` otherwise. */
export function pathOf(base: string, key: string | number): string {
  if (typeof key === 'number') return `${base}[${key}]`;
  return /^[A-Za-z_$][\w$]*$/.test(key) ? `${base}.${key}` : `${base}['${key.replace(/'/g, "\\'")}']`;
}

/** The document as JSON; anything else is refused as a whole. */
export function parseJsonDocument(text: string): Json {
  const body = text.replace(/^\uFEFF/, '').trim();
  if (!body) throw badInput(DOCUMENT_FIELD, 'The document is empty.');
  let doc: Json;
  try {
    doc = JSON.parse(body) as Json;
  } catch (err) {
    throw badInput(DOCUMENT_FIELD, `The document is not JSON: ${(err as Error).message}.`);
  }
  // JSON cannot hold a raw NUL in a string, only the escape: look for where it decoded to, only when the text has one.
  const at = body.includes('\\u0000') ? nulPath(doc, '$') : null;
  if (at) {
    throw badInput(
      DOCUMENT_FIELD,
      `${at}: text cannot contain the NUL character (\\u0000); remove it and import again. Nothing was written.`,
    );
  }
  return doc;
}

const NUL = '\u0000';

/**
 * The JSON path of the first string (value or property name) that holds a NUL character, or null. Walked without
 * recursion: a document may nest deeper than the stack (issue 20).
 */
function nulPath(value: Json, at: string): string | null {
  const stack: [Json, string][] = [[value, at]];
  while (stack.length) {
    const [v, path] = stack.pop() as [Json, string];
    if (typeof v === 'string') {
      if (v.includes(NUL)) return path;
    } else if (Array.isArray(v)) {
      // Pushed in reverse, so the first offender in document order is found first.
      for (let i = v.length - 1; i >= 0; i--) stack.push([v[i], pathOf(path, i)]);
    } else if (isObject(v)) {
      const entries = Object.entries(v);
      for (let i = entries.length - 1; i >= 0; i--) {
        const [k, child] = entries[i];
        const here = pathOf(path, k.replaceAll(NUL, '\\u0000'));
        if (k.includes(NUL)) stack.push([NUL, here]);
        else stack.push([child, here]);
      }
    }
  }
  return null;
}
