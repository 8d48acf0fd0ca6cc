import fs from 'node:fs';
import type { MikroORM } from '@mikro-orm/core';
import { loadConfig } from '../config';
import { ConfigError } from '../core/config-error';
import { DomainError } from '../core/errors';
import { migrate, openOrm } from '../db/orm';
import { CreditUnit } from '../modules/common/enums';
import { NOTICE_CODES, type ImportReportData } from '../modules/import/engine/import-problem';
import {
  importCredentialsJson,
  importCrosswalkCsv,
  importMetricsCsv,
  importOccupationsCsv,
  importProgramsCsv,
} from '../modules/import/import.service';
import { ImportFormat } from '../modules/import/import.types';
import { Institution } from '../modules/institution/institution.entity';

export const IMPORT_USAGE =
  `usage: uplift import programs|metrics|credentials <file> --institution <slug> [options]
       uplift import occupations|crosswalk <file> [options]

  programs     CSV, one program per row, upserted by code
  metrics      CSV, one observation per row (program_code, academic_year, metric, value, numerator, denominator)
  credentials  Open Badges 3.0 or CTDL JSON, upserted by externalId into the institution's catalog
  occupations  CSV of the BLS Employment Projections, one SOC occupation per row, upserted by soc_code (soc_code,
               soc_title, employment_2024_thousands, employment_2034_thousands, change_percent,
               annual_openings_thousands, median_annual_wage_usd, source_table); global data, no --institution
  crosswalk    CSV of the NCES CIP 2020 → SOC 2018 crosswalk, upserted by (cip_code, soc_code) (cip_code,
               cip_title, soc_code, soc_title); a row whose SOC code has no occupation is refused (import
               occupations first, or --skip-invalid); global data, no --institution

  <file>                   the document; "-" reads standard input
  --institution <slug>     the institution to import into
  --shared                 credentials only: the shared catalog instead of an institution's
  --format <f>             csv | open-badges-3 | ctdl (default: csv; for credentials, told apart by content)
  --unit <u>               US_CREDIT_HOUR | ECTS | UK_CATS: unit of credits the document does not state ` +
  `(Open Badges 3.0)
  --dry-run                validate and report, write nothing
  --skip-invalid           write the valid records and report the rest (default: all or nothing)
  --json                   print the report as JSON

Uses DATABASE_URL like the server. ` +
  'Exit codes: 0 imported (or a clean dry run), 1 records rejected, 2 usage, file or database error.';

type Kind = 'programs' | 'metrics' | 'credentials' | 'occupations' | 'crosswalk';
const KINDS: readonly string[] = ['programs', 'metrics', 'credentials', 'occupations', 'crosswalk'];
/** Global data: imported at platform level, into no institution. */
const GLOBAL_KINDS: readonly string[] = ['occupations', 'crosswalk'];

interface Args {
  kind: Kind;
  file: string;
  institution: string | null;
  shared: boolean;
  format: ImportFormat | null;
  unit: CreditUnit | null;
  dryRun: boolean;
  skipInvalid: boolean;
  json: boolean;
}

class UsageError extends Error {}

const FORMATS: Record<string, ImportFormat> = {
  csv: ImportFormat.CSV,
  'open-badges-3': ImportFormat.OPEN_BADGES_3,
  ob3: ImportFormat.OPEN_BADGES_3,
  ctdl: ImportFormat.CTDL,
};

/** What the options and arguments say, in any order; `--flag=value` and `--flag value` alike. */
export function parseImportArgs(argv: string[]): Args {
  const positional: string[] = [];
  const args: Omit<Args, 'kind' | 'file'> = {
    institution: null,
    shared: false,
    format: null,
    unit: null,
    dryRun: false,
    skipInvalid: false,
    json: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const eq = a.startsWith('--') ? a.indexOf('=') : -1;
    const [flag, inline] = eq > 0 ? [a.slice(0, eq), a.slice(eq + 1)] : [a, undefined];
    const value = () => {
      const v = inline ?? argv[++i];
      // `--institution --dry-run` forgot the value: never take the next option for it.
      if (v === undefined || (inline === undefined && v.startsWith('--'))) {
        throw new UsageError(`${flag} needs a value`);
      }
      return v;
    };
    switch (flag) {
      case '--institution':
        args.institution = value();
        break;
      case '--shared':
        args.shared = true;
        break;
      case '--format': {
        const v = value();
        args.format = FORMATS[v.toLowerCase()] ?? null;
        if (!args.format) throw new UsageError(`--format must be csv, open-badges-3 or ctdl, not "${v}"`);
        break;
      }
      case '--unit': {
        const v = value().toUpperCase();
        const units: string[] = Object.values(CreditUnit);
        if (!units.includes(v)) throw new UsageError(`--unit must be one of ${units.join(', ')}, not "${v}"`);
        args.unit = v as CreditUnit;
        break;
      }
      case '--dry-run':
        args.dryRun = true;
        break;
      case '--skip-invalid':
        args.skipInvalid = true;
        break;
      case '--json':
        args.json = true;
        break;
      default:
        if (a.startsWith('--')) throw new UsageError(`unknown option ${a}`);
        positional.push(a);
    }
  }
  const [kind, file, ...rest] = positional;
  if (!kind || !KINDS.includes(kind)) {
    throw new UsageError(
      kind
        ? `cannot import "${kind}": choose programs, metrics, credentials, occupations or crosswalk`
        : 'what to import is missing',
    );
  }
  if (!file) throw new UsageError('the file to import is missing');
  if (rest.length) throw new UsageError(`unexpected argument ${rest[0]}`);
  if (args.shared && kind !== 'credentials') throw new UsageError('--shared is for credentials only');
  if (GLOBAL_KINDS.includes(kind)) {
    if (args.institution !== null) {
      throw new UsageError(`${kind} are global data, the same for every institution: leave out --institution`);
    }
    if (args.unit) throw new UsageError(`--unit does not apply to ${kind}`);
  } else if (args.shared === (args.institution !== null)) {
    const where = kind === 'credentials' ? 'give --institution <slug> or --shared' : 'give --institution <slug>';
    throw new UsageError(where);
  }
  if (kind !== 'credentials' && args.format && args.format !== ImportFormat.CSV) {
    throw new UsageError(`${kind} are imported from CSV`);
  }
  if (kind === 'credentials' && args.format === ImportFormat.CSV) {
    throw new UsageError('credentials are imported from open-badges-3 or ctdl JSON');
  }
  return { kind: kind as Kind, file, ...args };
}

/** Open Badges 3.0 or CTDL, by content: CTDL documents use ceterms: properties or an @graph. */
export function detectCredentialFormat(text: string): ImportFormat.OPEN_BADGES_3 | ImportFormat.CTDL {
  return /"ceterms:|"@graph"\s*:/.test(text) ? ImportFormat.CTDL : ImportFormat.OPEN_BADGES_3;
}

const pad = (s: string, n: number) => (s.length >= n ? s : s + ' '.repeat(n - s.length));

/** The report for a terminal: the counts, then the problems that reject records, then the notes. */
export function formatReport(report: ImportReportData, title: string): string {
  const lines = [title];
  if (report.dryRun) lines.push('Dry run: nothing was written; this is what the import would do.');
  lines.push(
    `  created    ${report.created}`,
    `  updated    ${report.updated}`,
    `  unchanged  ${report.unchanged}`,
    `  rejected   ${report.rejected}`,
  );
  const problems = report.problems.filter((p) => !NOTICE_CODES.has(p.code));
  const notes = report.problems.filter((p) => NOTICE_CODES.has(p.code));
  const width = Math.min(40, Math.max(0, ...report.problems.map((p) => p.location.length)));
  const show = (p: ImportReportData['problems'][number]) =>
    `  ${pad(p.location, width)}  ${p.code}${p.field ? ` (${p.field})` : ''}: ${p.message}`;
  if (problems.length) lines.push('', `Problems (${problems.length}):`, ...problems.map(show));
  if (notes.length) lines.push('', 'Notes:', ...notes.map(show));
  return lines.join('\n') + '\n';
}

/** Throttled progress on stderr: nothing for a file read within a second, then a line a second. */
function progressReporter(kind: string, stream: NodeJS.WriteStream) {
  const start = Date.now();
  let last = start;
  let shown = false;
  let count = 0;
  const line = () => {
    const rate = Math.round(count / Math.max((Date.now() - start) / 1000, 0.001));
    return `${kind}: ${count.toLocaleString('en-US')} records read (${rate.toLocaleString('en-US')}/s)`;
  };
  return {
    tick: (n: number) => {
      count = n;
      const now = Date.now();
      if (now - last < 1000) return;
      last = now;
      shown = true;
      stream.write(stream.isTTY ? `\r${line()}` : `${line()}\n`);
    },
    done: () => {
      const done = `${line()}, done in ${((Date.now() - start) / 1000).toFixed(1)} s\n`;
      if (shown) stream.write(stream.isTTY ? `\r${done}` : done);
    },
  };
}

/** The file exists and is not a directory; a usage error (exit 2) otherwise. */
function fileProblem(file: string): string | null {
  if (file === '-') return null;
  if (!fs.existsSync(file)) return `no such file: ${file}`;
  if (fs.statSync(file).isDirectory()) return `${file} is a directory, not a file`;
  return null;
}

/**
 * `uplift import …`: the same service as the API, run as the institution's planner (or the platform
 * admin for --shared).
 */
export async function runImportCommand(argv: string[]): Promise<number> {
  let args: Args;
  try {
    args = parseImportArgs(argv);
  } catch (err) {
    console.error(`error: ${(err as Error).message}\n\n${IMPORT_USAGE}`);
    return 2;
  }
  const bad = fileProblem(args.file);
  if (bad) {
    console.error(`error: ${bad}`);
    return 2;
  }
  let orm: MikroORM | null = null;
  try {
    const config = loadConfig();
    orm = await openOrm(config.database);
    await migrate(orm);
    const em = orm.em.fork();
    let target = 'the shared catalog';
    let institutionId: number | null = null;
    if (args.institution !== null) {
      const institution = await em.findOne(Institution, { slug: args.institution });
      if (!institution) {
        const slugs = (await em.find(Institution, {}, { orderBy: { slug: 'ASC' }, limit: 20 })).map((i) => i.slug);
        const known = slugs.length ? `; there are: ${slugs.join(', ')}` : ' (the database has no institutions)';
        console.error(`error: no institution with slug "${args.institution}"${known}`);
        return 2;
      }
      institutionId = institution.id;
      target = `${institution.name} (${institution.slug})`;
    }
    const progress = progressReporter(args.kind, process.stderr);
    const opts = {
      dryRun: args.dryRun,
      skipInvalid: args.skipInvalid,
      creditUnit: args.unit,
      onProgress: progress.tick,
    };
    const source = args.file === '-' ? process.stdin : fs.createReadStream(args.file, { highWaterMark: 256 * 1024 });
    let report: ImportReportData;
    if (args.kind === 'occupations' || args.kind === 'crosswalk') {
      target = 'the global labour-market data';
      const run = args.kind === 'occupations' ? importOccupationsCsv : importCrosswalkCsv;
      report = await run(em, source, opts);
    } else if (args.kind === 'credentials') {
      const text = args.file === '-' ? fs.readFileSync(0, 'utf8') : fs.readFileSync(args.file, 'utf8');
      const format = (args.format ?? detectCredentialFormat(text)) as ImportFormat.OPEN_BADGES_3 | ImportFormat.CTDL;
      report = await importCredentialsJson(em, institutionId, text, format, opts);
    } else if (args.kind === 'programs') {
      report = await importProgramsCsv(em, institutionId!, source, opts);
    } else {
      report = await importMetricsCsv(em, institutionId!, source, opts);
    }
    progress.done();
    const from = args.file === '-' ? 'standard input' : args.file;
    const title = `Import of ${args.kind} from ${from} into ${target}`;
    process.stdout.write(args.json ? `${JSON.stringify(report, null, 2)}\n` : formatReport(report, title));
    return report.rejected > 0 ? 1 : 0;
  } catch (err) {
    if (err instanceof DomainError) console.error(`error: ${err.message}`);
    else if (err instanceof ConfigError) console.error(`Configuration error: ${err.message}`);
    else {
      // Database errors can carry a whole multi-row statement; the first lines say enough.
      const message = err instanceof Error ? err.message : String(err);
      console.error(`error: ${message.length > 600 ? `${message.slice(0, 600)}…` : message}`);
    }
    return 2;
  } finally {
    await orm?.close(true);
  }
}
