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
  try {
    return JSON.parse(body) as Json;
  } catch (err) {
    throw badInput(DOCUMENT_FIELD, `The document is not JSON: ${(err as Error).message}.`);
  }
}
