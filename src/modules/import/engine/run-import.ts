import { setImmediate as nextTurn } from 'node:timers/promises';
import type { EntityManager } from '@mikro-orm/core';
import type { BatchWriter, ImportItem, ImportOptions, RecordItem } from './import-item';
import { problem, type ImportProblemData, type ImportReportData } from './import-problem';

/** Records classified and written together: one lookup query and one flush per batch. */
const BATCH_SIZE = 1000;
/** Problems listed in a report; the rest are counted in one TOO_MANY_PROBLEMS. */
const MAX_PROBLEMS = 1000;

/** Thrown inside the transaction to undo a dry run or a refused all-or-nothing import. */
class Rollback extends Error {}

type Counts = Pick<ImportReportData, 'created' | 'updated' | 'unchanged' | 'rejected'>;

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** The note that leads a refused all-or-nothing report: how many were wrong, and what skipInvalid would write. */
function nothingWritten(counts: Counts, dryRun: boolean): ImportProblemData {
  const valid = counts.created + counts.updated + counts.unchanged;
  const bad = counts.rejected;
  const skip = valid ? `, or import with skipInvalid to write the ${plural(valid, 'valid record')}` : '';
  return problem(
    'document',
    null,
    'NOTHING_WRITTEN',
    `${bad} of ${plural(valid + bad, 'record')} ${bad === 1 ? 'has' : 'have'} problems, ` +
      `so ${dryRun ? 'this import would write nothing' : 'nothing was written'} (all or nothing). ` +
      `Fix ${bad === 1 ? 'it' : 'them'} and import again${skip}.`,
  );
}

/**
 * The engine every import runs: read items in document order, validate, classify and write valid
 * records in batches inside ONE transaction, clearing the identity map after each batch so memory
 * stays bounded. A dry run writes nothing. Unless skipInvalid, the first rejected record stops all
 * writing and the transaction is rolled back: all or nothing. The report is the same in a dry run.
 * Between batches the event loop takes a turn, so the main thread is never held longer than one batch.
 */
export async function runImport<T>(
  em: EntityManager,
  items: AsyncIterable<ImportItem<T>> | Iterable<ImportItem<T>>,
  writer: BatchWriter<T>,
  opts: ImportOptions,
): Promise<ImportReportData> {
  const dryRun = opts.dryRun ?? false;
  const skipInvalid = opts.skipInvalid ?? false;
  const size = opts.batchSize ?? BATCH_SIZE;
  const counts: Counts = { created: 0, updated: 0, unchanged: 0, rejected: 0 };
  const problems: ImportProblemData[] = [];
  let omitted = 0;
  const note = (list: ImportProblemData[]) => {
    for (const p of list) {
      if (problems.length < MAX_PROBLEMS) problems.push(p);
      else omitted++;
    }
  };
  let read = 0;
  try {
    await em.transactional(async (tx) => {
      let batch: RecordItem<T>[] = [];
      const applyBatch = async () => {
        if (!batch.length) return;
        // Once a record is rejected, an all-or-nothing import only classifies: the rest is rolled back anyway.
        const outcomes = await writer.apply(tx, batch, !dryRun && (skipInvalid || counts.rejected === 0));
        for (const o of outcomes) {
          if (typeof o === 'string') counts[o]++;
          else {
            counts.rejected++;
            note(o);
          }
        }
        batch = [];
        tx.clear();
        // A turn of the event loop between batches, so other requests are served during a long import (SQLite's
        // driver is synchronous: without it a whole import would run as one task).
        await nextTurn();
      };
      for await (const item of items) {
        if (item.kind === 'notice') {
          note([item.problem]);
          continue;
        }
        opts.onProgress?.(++read);
        if (item.kind === 'rejected') {
          counts.rejected++;
          note(item.problems);
          continue;
        }
        batch.push(item);
        if (batch.length >= size) await applyBatch();
      }
      await applyBatch();
      if (dryRun || (!skipInvalid && counts.rejected > 0)) throw new Rollback();
    });
  } catch (err) {
    if (!(err instanceof Rollback)) throw err;
  }
  if (omitted) {
    problems.push(
      problem(
        'document',
        null,
        'TOO_MANY_PROBLEMS',
        `${omitted.toLocaleString('en-US')} more problems ` +
          'are not listed; fix the ones above (they often repeat) and import again.',
      ),
    );
  }
  if (!skipInvalid && counts.rejected > 0) {
    problems.unshift(nothingWritten(counts, dryRun));
    counts.created = counts.updated = counts.unchanged = 0;
  }
  return { dryRun, ...counts, problems };
}
