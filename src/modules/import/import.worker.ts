import 'reflect-metadata';
import { serialize } from 'node:v8';
import { DomainError, type ErrorCode } from '../../core/errors';
import type { ImportItem } from './engine/import-item';
import { taskItems, type ParseTask } from './import.parse';

/** Items per chunk: the main thread deserializes one chunk at a time, between the engine's batches. */
export const CHUNK_ITEMS = 500;

/** A read document: its items in chunks (v8-serialized arrays, in order), or why it cannot be read. */
export type ParseResult =
  { chunks: Uint8Array[] } | { error: { code: ErrorCode; message: string; field: string | undefined } };

/**
 * Piscina worker (and the inline fallback): reads, maps and validates a whole document off the main
 * thread. Records keep their data, not their classes (writers read fields only). A document that
 * cannot be read comes back as its DomainError's parts, which a thread boundary would lose.
 */
export default async function run(task: ParseTask): Promise<ParseResult> {
  const chunks: Uint8Array[] = [];
  let chunk: ImportItem<unknown>[] = [];
  try {
    for await (const item of taskItems(task)) {
      chunk.push(item);
      if (chunk.length >= CHUNK_ITEMS) {
        chunks.push(serialize(chunk));
        chunk = [];
      }
    }
  } catch (err) {
    if (err instanceof DomainError) return { error: { code: err.code, message: err.message, field: err.field } };
    throw err;
  }
  if (chunk.length) chunks.push(serialize(chunk));
  return { chunks };
}
