import type { CreditUnit } from '../common/enums';
import { mapItems, type ImportItem } from './engine/import-item';
import { readCsv, type CsvColumns, type CsvRow } from './formats/csv.format';
import type { TextSource } from './formats/csv-text';
import { ctdlItems } from './formats/ctdl.format';
import { parseJsonDocument } from './formats/json.format';
import {
  CROSSWALK_COLUMNS,
  crosswalkFromRow,
  OCCUPATION_COLUMNS,
  occupationFromRow,
} from './formats/labor-market-csv.format';
import { metricFromRow, METRIC_COLUMNS } from './formats/metrics-csv.format';
import { openBadgesItems } from './formats/open-badges.format';
import { programFromRow, PROGRAM_COLUMNS } from './formats/programs-csv.format';
import { ImportFormat } from './import.types';

// Reading a document into items — parsing, mapping and validating every record, everything an import does
// before it needs the database — is pure: the same code runs inline (CLI files, the fallback) or in a
// worker thread (import.worker.ts) for the API.

export type CsvKind = 'programs' | 'metrics' | 'occupations' | 'crosswalk';
export type CredentialFormat = ImportFormat.OPEN_BADGES_3 | ImportFormat.CTDL;

/** A document to read, as the API receives it: the whole text. */
export type ParseTask =
  | { kind: CsvKind; text: string }
  | { kind: 'credentials'; text: string; format: CredentialFormat; creditUnit: CreditUnit | null };

const CSV: Record<CsvKind, { columns: CsvColumns; map: (row: CsvRow) => ImportItem<unknown> }> = {
  programs: { columns: PROGRAM_COLUMNS, map: programFromRow },
  metrics: { columns: METRIC_COLUMNS, map: metricFromRow },
  occupations: { columns: OCCUPATION_COLUMNS, map: occupationFromRow },
  crosswalk: { columns: CROSSWALK_COLUMNS, map: crosswalkFromRow },
};

/** A CSV's items, read lazily as the engine asks (a file is streamed). */
export function csvItems(kind: CsvKind, source: TextSource): AsyncGenerator<ImportItem<unknown>> {
  const { columns, map } = CSV[kind];
  return mapItems(readCsv(source, columns), map);
}

/** An Open Badges 3.0 or CTDL document's items; a document that cannot be read throws BAD_USER_INPUT. */
export function credentialItems(text: string, format: CredentialFormat, creditUnit: CreditUnit | null) {
  const doc = parseJsonDocument(text);
  return format === ImportFormat.CTDL ? ctdlItems(doc, creditUnit) : openBadgesItems(doc, creditUnit);
}

/** A task's items, read here. */
export function taskItems(task: ParseTask): AsyncIterable<ImportItem<unknown>> | Iterable<ImportItem<unknown>> {
  return task.kind === 'credentials'
    ? credentialItems(task.text, task.format, task.creditUnit)
    : csvItems(task.kind, [task.text]);
}
