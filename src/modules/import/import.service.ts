import type { EntityManager } from '@mikro-orm/core';
import type { Context } from '../../core/context';
import { isPlatformAdmin, requireRole, requireViewer } from '../../auth/viewer';
import { badInput } from '../../core/errors';
import { Role } from '../common/enums';
import { Institution } from '../institution/institution.entity';
import { mapItems, type ImportOptions } from './engine/import-item';
import type { ImportReportData } from './engine/import-problem';
import { runImport } from './engine/run-import';
import { readCsv } from './formats/csv.format';
import type { TextSource } from './formats/csv-text';
import { ctdlItems } from './formats/ctdl.format';
import { parseJsonDocument } from './formats/json.format';
import { metricFromRow, METRIC_COLUMNS } from './formats/metrics-csv.format';
import { openBadgesItems } from './formats/open-badges.format';
import { programFromRow, PROGRAM_COLUMNS } from './formats/programs-csv.format';
import type { ImportInput } from './import.inputs';
import { ImportFormat } from './import.types';
import { credentialWriter } from './writers/credentials.writer';
import { metricWriter } from './writers/metrics.writer';
import { programWriter } from './writers/programs.writer';
import {
  CROSSWALK_COLUMNS,
  crosswalkFromRow,
  OCCUPATION_COLUMNS,
  occupationFromRow,
} from './formats/labor-market-csv.format';
import { crosswalkWriter, occupationWriter } from './writers/labor-market.writer';

// The three imports, for any caller that has resolved the institution (the API below, the CLI, the bench):
// a format reads the document, a writer stores its records, the engine runs the two.

/** Programs CSV → upsert by code in one institution. `creditUnit`, if given, must be the institution's own. */
export async function importProgramsCsv(
  em: EntityManager,
  institutionId: number,
  source: TextSource,
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
  return runImport(em, mapItems(readCsv(source, PROGRAM_COLUMNS), programFromRow), programWriter(institution), opts);
}

/** Metrics CSV → upsert by (program code, academic year, metric) in one institution. */
export async function importMetricsCsv(
  em: EntityManager,
  institutionId: number,
  source: TextSource,
  opts: ImportOptions,
): Promise<ImportReportData> {
  return runImport(em, mapItems(readCsv(source, METRIC_COLUMNS), metricFromRow), metricWriter(institutionId), opts);
}

/** Occupations CSV (BLS Employment Projections columns) → upsert by SOC code; global data (platform level). */
export async function importOccupationsCsv(
  em: EntityManager,
  source: TextSource,
  opts: ImportOptions,
): Promise<ImportReportData> {
  return runImport(em, mapItems(readCsv(source, OCCUPATION_COLUMNS), occupationFromRow), occupationWriter(), opts);
}

/** CIP → SOC crosswalk CSV (NCES columns) → upsert by (CIP code, SOC code); global data (platform level). */
export async function importCrosswalkCsv(
  em: EntityManager,
  source: TextSource,
  opts: ImportOptions,
): Promise<ImportReportData> {
  return runImport(em, mapItems(readCsv(source, CROSSWALK_COLUMNS), crosswalkFromRow), crosswalkWriter(), opts);
}

/** Open Badges 3.0 or CTDL JSON → upsert by externalId in an institution's catalog, or the shared one (null). */
export async function importCredentialsJson(
  em: EntityManager,
  catalog: number | null,
  text: string,
  format: ImportFormat.OPEN_BADGES_3 | ImportFormat.CTDL,
  opts: ImportOptions,
): Promise<ImportReportData> {
  const doc = parseJsonDocument(text);
  const unit = opts.creditUnit ?? null;
  const items = format === ImportFormat.CTDL ? ctdlItems(doc, unit) : openBadgesItems(doc, unit);
  return runImport(em, items, credentialWriter(catalog), opts);
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
  return importProgramsCsv(ctx.em, viewer.institutionId, [input.document], optionsOf(input));
}

export async function importMetrics(ctx: Context, input: ImportInput): Promise<ImportReportData> {
  const viewer = requireRole(ctx.viewer, Role.PLANNER, 'Importing metrics');
  if (input.format !== ImportFormat.CSV) {
    throw badInput('input.format', 'Metrics are imported from CSV: use format CSV.');
  }
  return importMetricsCsv(ctx.em, viewer.institutionId, [input.document], optionsOf(input));
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
