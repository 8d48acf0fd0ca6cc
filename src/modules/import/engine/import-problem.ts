/**
 * Every problem code of an import report: the one list (the GraphQL enum ImportProblemCode describes
 * each value in import.types.ts). A const object rather than a TS enum, so that the literal codes
 * ('DUPLICATE') clients and tests write stay assignable to it.
 */
export const ImportProblemCode = {
  REQUIRED: 'REQUIRED',
  INVALID_VALUE: 'INVALID_VALUE',
  DUPLICATE: 'DUPLICATE',
  NOT_FOUND: 'NOT_FOUND',
  WRONG_FIELD_COUNT: 'WRONG_FIELD_COUNT',
  MISSING_UNIT: 'MISSING_UNIT',
  UNSUPPORTED_UNIT: 'UNSUPPORTED_UNIT',
  NOT_OPEN_BADGES_3: 'NOT_OPEN_BADGES_3',
  NOT_A_MICRO_CREDENTIAL: 'NOT_A_MICRO_CREDENTIAL',
  AMBIGUOUS: 'AMBIGUOUS',
  EMBEDDED_CREDITS: 'EMBEDDED_CREDITS',
  UNKNOWN_COLUMN: 'UNKNOWN_COLUMN',
  NOT_A_CREDENTIAL: 'NOT_A_CREDENTIAL',
  DEGREE_KEPT: 'DEGREE_KEPT',
  NOTHING_WRITTEN: 'NOTHING_WRITTEN',
  TOO_MANY_PROBLEMS: 'TOO_MANY_PROBLEMS',
} as const;
export type ImportProblemCode = (typeof ImportProblemCode)[keyof typeof ImportProblemCode];

/** Codes that never reject a record (notes); every other code rejects the record it is reported on. */
export const NOTICE_CODES: ReadonlySet<ImportProblemCode> = new Set<ImportProblemCode>([
  'UNKNOWN_COLUMN',
  'NOT_A_CREDENTIAL',
  'DEGREE_KEPT',
  'NOTHING_WRITTEN',
  'TOO_MANY_PROBLEMS',
]);

/** The field that names the document in API errors (a file that cannot be read as a whole). */
export const DOCUMENT_FIELD = 'input.document';

export interface ImportProblemData {
  /**
   * "row N" (CSV; the header is row 1) or a JSON path such as "$.credentialSubject.achievement.name";
   * "document" for the whole.
   */
  location: string;
  /** The column (CSV) or property (JSON) concerned, when there is one. */
  field: string | null;
  code: ImportProblemCode;
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

export const problem = (
  location: string,
  field: string | null,
  code: ImportProblemCode,
  message: string,
): ImportProblemData => ({ location, field, code, message });

/** Where a record was, for "already appears in …" messages: a CSV line number or a JSON path. */
export const refLabel = (ref: number | string): string => (typeof ref === 'number' ? `row ${ref}` : ref);
