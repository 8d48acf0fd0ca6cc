import type { EntityManager } from '@mikro-orm/core';
import type { Context } from '../../core/context';
import { isPlatformAdmin, requireRole, requireViewer } from '../../auth/viewer';
import { badInput } from '../../core/errors';
import { Role } from '../common/enums';
import { Institution } from '../institution/institution.entity';
import type { ImportItem, ImportOptions } from './engine/import-item';
import type { ImportReportData } from './engine/import-problem';
import { runImport } from './engine/run-import';
import type { TextSource } from './formats/csv-text';
import { csvItems, type CredentialFormat, type CsvKind } from './import.parse';
import { parseInWorker } from './import.pool';
import type { ImportInput } from './import.inputs';
import { ImportFormat } from './import.types';
import { credentialWriter } from './writers/credentials.writer';
import { metricWriter } from './writers/metrics.writer';
import { programWriter } from './writers/programs.writer';
import { crosswalkWriter, occupationWriter } from './writers/labor-market.writer';
import type { CredentialRecord } from './formats/credential-record';

// The imports, for any caller that has resolved the institution (the API below, the CLI, the bench):
// a format reads the document, a writer stores its records, the engine runs the two.

/**
 * A document given whole (the API's text) is read in a worker thread before the transaction opens; a
 * stream (a CLI file, the bench) is read inline as the engine goes, with progress as records are read.
 */
async function csvSource<T>(
  kind: CsvKind,
  source: TextSource | string,
  institutionId: number | null,
): Promise<AsyncIterable<ImportItem<T>>> {
  if (typeof source === 'string') return parseInWorker<T>({ kind, text: source }, institutionId);
  return csvItems(kind, source) as AsyncIterable<ImportItem<T>>;
}

/** Programs CSV → upsert by code in one institution. `creditUnit`, if given, must be the institution's own. */
export async function importProgramsCsv(
  em: EntityManager,
  institutionId: number,
  source: TextSource | string,
  opts: ImportOptions,
): Promise<ImportReportData> {
  const institution = await em.findOneOrFail(Institution, institutionId);
  const unit = institution.creditUnit;
  if (opts.creditUnit && opts.creditUnit !== unit) {
    throw badInput(
      'input.creditUnit',
      `Program credits are in your institution's unit, ${unit}; ` +
        `convert total_credits and leave creditUnit out (or give ${unit}).`,
    );
  }
  return runImport(em, await csvSource('programs', source, institutionId), programWriter(institution), opts);
}

/** Metrics CSV → upsert by (program code, academic year, metric) in one institution. */
export async function importMetricsCsv(
  em: EntityManager,
  institutionId: number,
  source: TextSource | string,
  opts: ImportOptions,
): Promise<ImportReportData> {
  return runImport(em, await csvSource('metrics', source, institutionId), metricWriter(institutionId), opts);
}

/** Occupations CSV (BLS Employment Projections columns) → upsert by SOC code; global data (platform level). */
export async function importOccupationsCsv(
  em: EntityManager,
  source: TextSource | string,
  opts: ImportOptions,
): Promise<ImportReportData> {
  return runImport(em, await csvSource('occupations', source, null), occupationWriter(), opts);
}

/** CIP → SOC crosswalk CSV (NCES columns) → upsert by (CIP code, SOC code); global data (platform level). */
export async function importCrosswalkCsv(
  em: EntityManager,
  source: TextSource | string,
  opts: ImportOptions,
): Promise<ImportReportData> {
  return runImport(em, await csvSource('crosswalk', source, null), crosswalkWriter(), opts);
}

/** Open Badges 3.0 or CTDL JSON → upsert by externalId in an institution's catalog, or the shared one (null). */
export async function importCredentialsJson(
  em: EntityManager,
  catalog: number | null,
  text: string,
  format: CredentialFormat,
  opts: ImportOptions,
): Promise<ImportReportData> {
  const task = { kind: 'credentials', text, format, creditUnit: opts.creditUnit ?? null } as const;
  return runImport(em, await parseInWorker<CredentialRecord>(task, catalog), credentialWriter(catalog), opts);
}

// The GraphQL entry points: authorize, check the format, run.

const optionsOf = (input: ImportInput): ImportOptions => ({
  dryRun: input.dryRun,
  skipInvalid: input.skipInvalid,
  creditUnit: input.creditUnit,
});

export async function importPrograms(ctx: Context, input: ImportInput): Promise<ImportReportData> {
  const viewer = requireRole(ctx.viewer, Role.PLANNER, 'Importing programs');
  if (input.format !== ImportFormat.CSV) {
    throw badInput('input.format', 'Programs are imported from CSV: use format CSV.');
  }
  return importProgramsCsv(ctx.em, viewer.institutionId, input.document, optionsOf(input));
}

export async function importMetrics(ctx: Context, input: ImportInput): Promise<ImportReportData> {
  const viewer = requireRole(ctx.viewer, Role.PLANNER, 'Importing metrics');
  if (input.format !== ImportFormat.CSV) {
    throw badInput('input.format', 'Metrics are imported from CSV: use format CSV.');
  }
  return importMetricsCsv(ctx.em, viewer.institutionId, input.document, optionsOf(input));
}

/** Into the caller's own catalog (PLANNER); the platform admin imports into the shared catalog. */
export async function importCredentials(ctx: Context, input: ImportInput): Promise<ImportReportData> {
  const viewer = requireViewer(ctx.viewer);
  const catalog = isPlatformAdmin(viewer)
    ? null
    : requireRole(viewer, Role.PLANNER, 'Importing credentials').institutionId;
  if (input.format === ImportFormat.CSV) {
    throw badInput(
      'input.format',
      'Credentials are imported from Open Badges 3.0 or CTDL JSON: use format OPEN_BADGES_3 or CTDL.',
    );
  }
  return importCredentialsJson(ctx.em, catalog, input.document, input.format, optionsOf(input));
}
