import type { EntityManager } from '@mikro-orm/core';
import type { CreditUnit } from '../common/enums';

/**
 * What can be wrong with (or worth saying about) a record of an imported document. Codes in
 * NOTICE_CODES never reject a record; every other code rejects the record it is reported on.
 */
export type ProblemCode =
  | 'REQUIRED' | 'INVALID_VALUE' | 'DUPLICATE' | 'NOT_FOUND' | 'WRONG_FIELD_COUNT' | 'MISSING_UNIT' | 'UNSUPPORTED_UNIT'
  | 'NOT_OPEN_BADGES_3' | 'NOT_A_MICRO_CREDENTIAL' | 'AMBIGUOUS' | 'EMBEDDED_CREDITS'
  | 'UNKNOWN_COLUMN' | 'NOT_A_CREDENTIAL' | 'DEGREE_KEPT' | 'NOTHING_WRITTEN' | 'TOO_MANY_PROBLEMS';

export const NOTICE_CODES: ReadonlySet<ProblemCode> = new Set<ProblemCode>(['UNKNOWN_COLUMN', 'NOT_A_CREDENTIAL', 'DEGREE_KEPT', 'NOTHING_WRITTEN', 'TOO_MANY_PROBLEMS']);

export interface ImportProblemData {
  /** "row N" (CSV; the header is row 1) or a JSON path such as "$.credentialSubject.achievement.name"; "document" for the whole. */
  location: string;
  /** The column (CSV) or property (JSON) concerned, when there is one. */
  field: string | null;
  code: ProblemCode;
  message: string;
}

export interface ImportReportData {
  dryRun: boolean;
  created: number;
  updated: number;
  unchanged: number;
  rejected: number;
  problems: ImportProblemData[];
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

export const problem = (location: string, field: string | null, code: ProblemCode, message: string): ImportProblemData => ({ location, field, code, message });

/** A record ready to be written; `ref` names where it was (a CSV line number or a JSON path) for duplicate messages. */
export interface RecordItem<T> { kind: 'record'; location: string; ref: number | string; record: T }

/** One thing read from a document: a record to store, a record that cannot be stored, or a remark. */
export type ImportItem<T> =
  | RecordItem<T>
  | { kind: 'rejected'; location: string; problems: ImportProblemData[] }
  | { kind: 'notice'; problem: ImportProblemData };

export const refLabel = (ref: number | string): string => (typeof ref === 'number' ? `row ${ref}` : ref);

/** What happened to one valid record: stored as new, changed, already so, or refused by a rule that needs the database. */
export type Outcome = 'created' | 'updated' | 'unchanged' | ImportProblemData[];

/**
 * Classifies a batch of valid records against the database and, when `write`, stores them (the
 * engine flushes nothing itself). Writers keep what they need to see duplicates across batches.
 */
export interface BatchWriter<T> {
  apply(em: EntityManager, batch: RecordItem<T>[], write: boolean): Promise<Outcome[]>;
}
