import type { EntityManager } from '@mikro-orm/core';
import type { CreditUnit } from '../../common/enums';
import type { ImportProblemData } from './import-problem';

/** A record ready to be written; `ref` names where it was (a CSV line number or a JSON path) for duplicate messages. */
export interface RecordItem<T> {
  kind: 'record';
  location: string;
  ref: number | string;
  record: T;
}

/** One thing read from a document: a record to store, a record that cannot be stored, or a remark. */
export type ImportItem<T> =
  | RecordItem<T>
  | { kind: 'rejected'; location: string; problems: ImportProblemData[] }
  | { kind: 'notice'; problem: ImportProblemData };

/** Maps each parsed record, keeping notices and rejections as they are (a CSV row → a program, say). */
export async function* mapItems<A, B>(
  items: AsyncIterable<ImportItem<A>>,
  map: (record: A) => ImportItem<B>,
): AsyncGenerator<ImportItem<B>> {
  for await (const item of items) yield item.kind === 'record' ? map(item.record) : item;
}

/** What happened to one valid record: stored as new, changed, already so, or refused by a rule that needs the DB. */
export type Outcome = 'created' | 'updated' | 'unchanged' | ImportProblemData[];

/**
 * Classifies a batch of valid records against the database and, when `write`, stores them (the
 * engine flushes nothing itself). Writers keep what they need to see duplicates across batches.
 */
export interface BatchWriter<T> {
  apply(em: EntityManager, batch: RecordItem<T>[], write: boolean): Promise<Outcome[]>;
}

export interface ImportOptions {
  dryRun?: boolean | null;
  skipInvalid?: boolean | null;
  /** Unit of credit values the document does not state (Open Badges 3.0 has none). */
  creditUnit?: CreditUnit | null;
  /** Called with the number of records read so far (the CLI prints progress from it). */
  onProgress?: (records: number) => void;
  batchSize?: number;
}
