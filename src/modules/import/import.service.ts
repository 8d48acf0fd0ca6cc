import type { EntityManager } from '@mikro-orm/core';
import type { Context } from '../../core/context';
import { isPlatformAdmin, requireRole, requireViewer } from '../../auth/viewer';
import { badInput } from '../../core/errors';
import { Role, type CreditUnit } from '../common/enums';
import { Institution } from '../institution/institution.entity';
import { ctdlItems } from './ctdl';
import { credentialWriter, parseJsonDocument } from './credentials';
import { readCsv, type TextSource } from './csv';
import type { ImportInput } from './import.inputs';
import { ImportFormat } from './import.types';
import { metricFromRow, metricWriter, METRIC_COLUMNS } from './metrics-csv';
import { openBadgesItems } from './open-badges';
import {
  problem, type BatchWriter, type ImportItem, type ImportOptions, type ImportProblemData, type ImportReportData, type RecordItem,
} from './problems';
import { programFromRow, programWriter, PROGRAM_COLUMNS } from './programs-csv';

/** Records classified and written together: one lookup query and one flush per batch. */
export const BATCH_SIZE = 1000;
/** Problems listed in a report; the rest are counted in one TOO_MANY_PROBLEMS. */
export const MAX_PROBLEMS = 1000;

class Rollback extends Error {}

/** Maps each parsed item, keeping notices and rejections as they are. */
async function* mapItems<A, B>(items: AsyncIterable<ImportItem<A>>, map: (record: A) => ImportItem<B>): AsyncGenerator<ImportItem<B>> {
  for await (const item of items) yield item.kind === 'record' ? map(item.record) : item;
}

/**
 * The one way every import runs: read items in document order, validate, classify and write valid
 * records in batches inside ONE transaction, clearing the identity map after each batch so memory
 * stays bounded. A dry run writes nothing. Unless skipInvalid, the first rejected record stops all
 * writing and the transaction is rolled back: all or nothing. The report is the same in a dry run.
 */
export async function runImport<T>(
  em: EntityManager, items: AsyncIterable<ImportItem<T>> | Iterable<ImportItem<T>>, writer: BatchWriter<T>, opts: ImportOptions,
): Promise<ImportReportData> {
  const dryRun = opts.dryRun ?? false;
  const skipInvalid = opts.skipInvalid ?? false;
  const size = opts.batchSize ?? BATCH_SIZE;
  const counts = { created: 0, updated: 0, unchanged: 0, rejected: 0 };
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
        const outcomes = await writer.apply(tx, batch, !dryRun && (skipInvalid || counts.rejected === 0));
        for (const o of outcomes) {
          if (typeof o === 'string') counts[o]++;
          else { counts.rejected++; note(o); }
        }
        batch = [];
        tx.clear();
      };
      for await (const item of items) {
        if (item.kind === 'notice') { note([item.problem]); continue; }
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
    problems.push(problem('document', null, 'TOO_MANY_PROBLEMS', `${omitted.toLocaleString('en-US')} more problems are not listed; fix the ones above (they often repeat) and import again.`));
  }
  if (!skipInvalid && counts.rejected > 0) {
    const valid = counts.created + counts.updated + counts.unchanged;
    const total = valid + counts.rejected;
    problems.unshift(problem('document', null, 'NOTHING_WRITTEN',
      `${counts.rejected} of ${total} record${total === 1 ? '' : 's'} ${counts.rejected === 1 ? 'has' : 'have'} problems, so ${dryRun ? 'this import would write' : 'nothing was written'}${dryRun ? ' nothing' : ''} (all or nothing). `
      + `Fix ${counts.rejected === 1 ? 'it' : 'them'} and import again${valid ? `, or import with skipInvalid to write the ${valid} valid record${valid === 1 ? '' : 's'}` : ''}.`));
    counts.created = counts.updated = counts.unchanged = 0;
  }
  return { dryRun, ...counts, problems };
}

// ---------------------------------------------------------------------------------------------
// The three imports, for any caller that has resolved the institution (the API and the CLI)
// ---------------------------------------------------------------------------------------------

/** Programs CSV → upsert by code in one institution. `creditUnit`, if given, must be the institution's (credits are in its unit). */
export async function importProgramsCsv(em: EntityManager, institutionId: number, source: TextSource, opts: ImportOptions): Promise<ImportReportData> {
  const institution = await em.findOneOrFail(Institution, institutionId);
  if (opts.creditUnit && opts.creditUnit !== institution.creditUnit) {
    throw badInput('input.creditUnit', `Program credits are in your institution's unit, ${institution.creditUnit}; convert total_credits and leave creditUnit out (or give ${institution.creditUnit}).`);
  }
  const items = mapItems(readCsv(source, PROGRAM_COLUMNS), programFromRow);
  return runImport(em, items, programWriter(institution), opts);
}

/** Metrics CSV → upsert by (program code, academic year, metric) in one institution. */
export async function importMetricsCsv(em: EntityManager, institutionId: number, source: TextSource, opts: ImportOptions): Promise<ImportReportData> {
  const items = mapItems(readCsv(source, METRIC_COLUMNS), metricFromRow);
  return runImport(em, items, metricWriter(institutionId), opts);
}

/** Open Badges 3.0 or CTDL JSON → upsert by externalId in an institution's catalog, or the shared one (null). */
export async function importCredentialsJson(
  em: EntityManager, catalog: number | null, text: string, format: ImportFormat.OPEN_BADGES_3 | ImportFormat.CTDL, opts: ImportOptions,
): Promise<ImportReportData> {
  const doc = parseJsonDocument(text);
  const unit: CreditUnit | null = opts.creditUnit ?? null;
  const items = format === ImportFormat.CTDL ? ctdlItems(doc, unit) : openBadgesItems(doc, unit);
  return runImport(em, items, credentialWriter(catalog), opts);
}

// ---------------------------------------------------------------------------------------------
// GraphQL entry points: authorize, check the format, run
// ---------------------------------------------------------------------------------------------

const optionsOf = (input: ImportInput): ImportOptions => ({ dryRun: input.dryRun, skipInvalid: input.skipInvalid, creditUnit: input.creditUnit });

export async function importPrograms(ctx: Context, input: ImportInput): Promise<ImportReportData> {
  const viewer = requireRole(ctx.viewer, Role.PLANNER, 'Importing programs');
  if (input.format !== ImportFormat.CSV) throw badInput('input.format', 'Programs are imported from CSV: use format CSV.');
  return importProgramsCsv(ctx.em, viewer.institutionId, [input.document], optionsOf(input));
}

export async function importMetrics(ctx: Context, input: ImportInput): Promise<ImportReportData> {
  const viewer = requireRole(ctx.viewer, Role.PLANNER, 'Importing metrics');
  if (input.format !== ImportFormat.CSV) throw badInput('input.format', 'Metrics are imported from CSV: use format CSV.');
  return importMetricsCsv(ctx.em, viewer.institutionId, [input.document], optionsOf(input));
}

/** Into the caller's own catalog (PLANNER); the platform admin imports into the shared catalog. */
export async function importCredentials(ctx: Context, input: ImportInput): Promise<ImportReportData> {
  const viewer = requireViewer(ctx.viewer);
  const catalog = isPlatformAdmin(viewer) ? null : requireRole(viewer, Role.PLANNER, 'Importing credentials').institutionId;
  if (input.format === ImportFormat.CSV) throw badInput('input.format', 'Credentials are imported from Open Badges 3.0 or CTDL JSON: use format OPEN_BADGES_3 or CTDL.');
  return importCredentialsJson(ctx.em, catalog, input.document, input.format, optionsOf(input));
}
