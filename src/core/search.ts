import { raw, type EntityManager } from '@mikro-orm/core';
import { isSqlite } from './lean-sql';

/**
 * "Any of these columns contains the term", ignoring case, with %, _ and \ taken literally.
 * PostgreSQL: ILIKE with the term escaped. SQLite's LIKE has no default escape character, so it
 * uses instr() on lower-cased text instead. Returns a fresh condition on every call: a raw SQL
 * fragment can be used in only one query.
 */
export function containsInsensitive(em: EntityManager, columns: string[], term: string): object {
  const needle = term.toLowerCase();
  if (isSqlite(em)) {
    return { $or: columns.map((c) => ({ [raw(`instr(lower(${c}), ?)`, [needle])]: { $gt: 0 } })) };
  }
  const pattern = `%${needle.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
  return { $or: columns.map((c) => ({ [c]: { $ilike: pattern } })) };
}
