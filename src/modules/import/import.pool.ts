import { setImmediate as nextTurn } from 'node:timers/promises';
import { deserialize } from 'node:v8';
import { DomainError } from '../../core/errors';
import { lazyWorkerPool, spareCores } from '../../core/worker-pool';
import type { ImportItem } from './engine/import-item';
import type { ParseTask } from './import.parse';
import readInline, { type ParseResult } from './import.worker';

/** Threads that read import documents: UPLIFT_IMPORT_THREADS, else 2 (at most the spare cores). */
const pool = lazyWorkerPool('modules/import/import.worker.js', () => {
  const n = Number(process.env.UPLIFT_IMPORT_THREADS);
  return Number.isInteger(n) && n > 0 ? n : Math.min(2, spareCores());
});

/** The items of a read document, one chunk deserialized at a time, with a turn of the event loop between chunks. */
async function* itemsOf<T>(chunks: Uint8Array[]): AsyncGenerator<ImportItem<T>> {
  for (let i = 0; i < chunks.length; i++) {
    if (i > 0) await nextTurn();
    const items = deserialize(chunks[i]) as ImportItem<T>[];
    chunks[i] = new Uint8Array(0);
    yield* items;
  }
}

/**
 * Reads a whole document in a worker thread (inline when no compiled worker exists: a bare jest run
 * from sources), so parsing and validating a large file never holds up the main thread. Resolves
 * before any transaction opens; a document that cannot be read rejects with its BAD_USER_INPUT. The
 * task waits in `institutionId`'s lane of the pool (null: the platform's), beside other institutions'.
 */
export async function parseInWorker<T>(
  task: ParseTask,
  institutionId: number | null,
): Promise<AsyncIterable<ImportItem<T>>> {
  const workers = pool.get();
  const result = workers ? await workers.run<ParseResult>(task, { institutionId }) : await readInline(task);
  // Refused as a whole, before any transaction: the request itself is bad (HTTP 400 under the GraphQL media type).
  if ('error' in result) throw new DomainError(result.error.code, result.error.message, result.error.field, 400);
  return itemsOf<T>(result.chunks);
}

export function closeImportPool(): Promise<void> {
  return pool.close();
}
