/**
 * The institution's own results as the calibration reads them (docs/MODEL.md §15): per program, its
 * baseline, its embeddings with their start years, and its actuals per academic year.
 *
 * Who is treated, and from when:
 * - A program is treated from the startYear of its first ACTIVE embedding. PLANNED embeddings are not
 *   in force; RETIRED ones are ignored too (they carry no end year, so when they stopped is unknown):
 *   a program whose only credential was retired counts as never treated.
 * - A program with an ACTIVE embedding that has no startYear is excluded (its start could be any year,
 *   so it can be neither treated nor comparison) and reported in excludedPrograms.
 * - Comparisons are never-treated programs, and adopters in their years before adoption.
 */
import type { EmbeddingTerms, ProgramBaselineInput } from '../types';

export type EmbeddingStatus = 'ACTIVE' | 'PLANNED' | 'RETIRED';

/** An embedding with the two facts the calibration needs on top of its terms. */
export interface PilotEmbedding extends EmbeddingTerms {
  /** Academic year (the calendar year it starts in) of the first cohort it applied to; null = unknown. */
  startYear: number | null;
  status: EmbeddingStatus;
}

/**
 * One academic year of actuals (year = the calendar year the academic year starts in). Any count may be
 * missing; an outcome needs both of its counts. Engagement and retention are of the year's enrolled
 * students (all cohorts present), as the model's ENGAGEMENT_RATE and RETENTION_RATE are; when only a rate
 * and a denominator are recorded, numerator = rate × denominator.
 */
export interface YearActuals {
  year: number;
  prospects?: number | null;
  newEnrollments?: number | null;
  engagementNumerator?: number | null;
  engagementDenominator?: number | null;
  retentionNumerator?: number | null;
  retentionDenominator?: number | null;
}

export interface PanelProgram {
  id: string;
  /** The program's baseline fields (the model reads durationYears; the rates are fallbacks only). */
  baseline: ProgramBaselineInput;
  embeddings: PilotEmbedding[];
  actuals: YearActuals[];
}

export type CalibrationOutcome = 'ENROLLMENT_RATE' | 'ENGAGEMENT_RATE' | 'RETENTION_RATE';
export const CALIBRATION_OUTCOMES: readonly CalibrationOutcome[] = [
  'ENROLLMENT_RATE',
  'ENGAGEMENT_RATE',
  'RETENTION_RATE',
];

export type ExclusionReason = 'UNKNOWN_START_YEAR';

/** One outcome of one program-year: `events` of `trials`. */
export interface Cell {
  year: number;
  events: number;
  trials: number;
}

export interface ClassifiedProgram {
  id: string;
  /** Position in Panel.programs. */
  index: number;
  baseline: ProgramBaselineInput;
  /** Year treatment starts; null = never treated (within what is recorded). */
  startYear: number | null;
  /** ACTIVE embeddings with their start years (empty for never-treated programs). */
  active: PilotEmbedding[];
  /** Per outcome (CALIBRATION_OUTCOMES order), the cells with data, by ascending year. */
  cells: readonly [Cell[], Cell[], Cell[]];
}

export interface Panel {
  /** Included programs, sorted by id (so the input order never changes a number). */
  programs: ClassifiedProgram[];
  excluded: { id: string; reason: ExclusionReason }[];
}

/** Whether a program is untreated (a possible comparison) in `year`. */
export function untreatedIn(p: ClassifiedProgram, year: number): boolean {
  return p.startYear === null || year < p.startYear;
}

/**
 * Validates and classifies the programs. Throws a RangeError naming the program and year for an
 * impossible actual (negative or non-finite counts, more events than trials, a year given twice).
 */
export function buildPanel(programs: readonly PanelProgram[]): Panel {
  const sorted = programs
    .map((p, i) => ({ p, i }))
    .sort((a, b) => (a.p.id < b.p.id ? -1 : a.p.id > b.p.id ? 1 : a.i - b.i));
  const seen = new Set<string>();
  const included: ClassifiedProgram[] = [];
  const excluded: Panel['excluded'] = [];
  for (const { p } of sorted) {
    if (seen.has(p.id)) throw new RangeError(`program ${p.id} is given more than once`);
    seen.add(p.id);
    if (!(Number.isFinite(p.baseline.durationYears) && p.baseline.durationYears > 0)) {
      throw new RangeError(`program ${p.id}: durationYears must be a finite number > 0`);
    }
    const active = p.embeddings.filter((e) => e.status === 'ACTIVE');
    if (active.some((e) => e.startYear == null)) {
      excluded.push({ id: p.id, reason: 'UNKNOWN_START_YEAR' });
      continue;
    }
    for (const e of active) {
      if (!Number.isInteger(e.startYear))
        throw new RangeError(`program ${p.id}: startYear must be an integer (got ${e.startYear})`);
      if (e.takeUpRate != null && !(e.takeUpRate >= 0 && e.takeUpRate <= 1)) {
        throw new RangeError(`program ${p.id}: takeUpRate must be in [0, 1] (got ${e.takeUpRate})`);
      }
    }
    const startYear = active.length > 0 ? Math.min(...active.map((e) => e.startYear as number)) : null;
    included.push({ id: p.id, index: included.length, baseline: p.baseline, startYear, active, cells: cellsOf(p) });
  }
  return { programs: included, excluded };
}

function cellsOf(p: PanelProgram): [Cell[], Cell[], Cell[]] {
  const cells: [Cell[], Cell[], Cell[]] = [[], [], []];
  const years = new Set<number>();
  const rows = [...p.actuals].sort((a, b) => a.year - b.year);
  for (const row of rows) {
    const where = `program ${p.id}, year ${row.year}`;
    if (!Number.isInteger(row.year)) throw new RangeError(`${where}: year must be an integer`);
    if (years.has(row.year)) throw new RangeError(`${where}: the year is given twice`);
    years.add(row.year);
    const pairs: [number | null | undefined, number | null | undefined][] = [
      [row.newEnrollments, row.prospects],
      [row.engagementNumerator, row.engagementDenominator],
      [row.retentionNumerator, row.retentionDenominator],
    ];
    pairs.forEach(([events, trials], o) => {
      if (events == null || trials == null) return;
      if (!(Number.isFinite(events) && Number.isFinite(trials) && events >= 0 && trials >= 0)) {
        throw new RangeError(`${where}: counts must be finite numbers ≥ 0 (got ${events} of ${trials})`);
      }
      if (events > trials) throw new RangeError(`${where}: ${events} events of ${trials} trials`);
      if (trials > 0) cells[o].push({ year: row.year, events, trials });
    });
  }
  return cells;
}
