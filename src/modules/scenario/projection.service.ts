import { createHash } from 'node:crypto';
import type { Context } from '../../core/context';
import { ByteLru } from '../../core/byte-lru';
import {
  baselineOf,
  MODEL_VERSION,
  sensitivity,
  type OutcomeMetric as ModelOutcome,
  type ParameterValues,
  type SensitivityEntry,
  type SimulationInput,
  type SummaryRow,
} from '../../model';
import type { ResolvedVariation } from '../../model/variation';
import { AssumptionSetKind } from '../common/enums';
import type { AssumptionSet } from '../assumption/assumption-set.entity';
import type { Assumption } from '../assumption/assumption.entity';
import type { ProgramCredential } from '../embedding/program-credential.entity';
import { ProjectionCacheKind } from './scenario.entity';
import type { ResolvedChange } from './scenario-changes';
import { runSimulation } from './projection.pool';
import { previewCacheLimits } from './projection-cache.limits';
import { expired, keepSaved, store } from './projection-cache.service';
import type { MicroCredential } from '../credential/micro-credential.entity';
import { assumptionSpecs, creditUnitOf, embeddingTerms } from './scenario.rules';
import { fitsInProgram } from '../occupation/credential-fit.service';
import type { Fitted } from '../occupation/credential-fit.types';
import type { Fit } from '../occupation/occupation.rules';

export { assumptionSpecs };

export interface ProjectionView {
  horizonYears: number;
  draws: number;
  seed: number;
  inputHash: string;
  conversion: AssumptionSet['conversion'];
  rows: SummaryRow[];
  assumptions: Assumption[];
  /** Per program (id), the year-to-year variation its prediction interval used, and where it came from. */
  variation: { programId: number; resolved: ResolvedVariation }[];
  /** How each credential the scenario keeps or adds fits its program, in the order of the changes. */
  fits: Fitted[];
}

export interface RunOptions {
  horizonYears: number;
  draws: number;
  seed: number;
}

/** Per change, how each credential it names (ACTIVE or added) fits its program, by credential id (changeFits). */
export type ChangeFits = readonly ReadonlyMap<number, Fit>[];

/** The fits of every credential of the changes in their programs, through the request's loaders. */
export function changeFits(ctx: Pick<Context, 'loaders'>, changes: readonly ResolvedChange[]): Promise<ChangeFits> {
  return Promise.all(
    changes.map((c) =>
      fitsInProgram(ctx.loaders, c.program.cipCode, [
        ...c.active.map((e) => e.credential.id),
        ...c.additions.map((a) => a.credential.id),
      ]),
    ),
  );
}

/** The scenario's kept and added credentials with their fits, for the API's relevance and its warnings. */
export function fittedOf(changes: readonly ResolvedChange[], fits: ChangeFits): Fitted[] {
  return changes.flatMap(({ program, active, removals, additions }, i) =>
    [
      ...active.filter((e) => !removals.includes(e)).map((e) => e.credential),
      ...additions.map((a) => a.credential),
    ].map((c) => ({
      programId: program.id,
      programCode: program.code,
      credentialId: c.id,
      credentialTitle: c.title,
      fit: fits[i].get(c.id)!,
    })),
  );
}

/**
 * Everything a projection depends on, as plain model input: the one thing hashed for the cache. `fits`, in the order
 * of `changes`, gives each credential's fit in its program (its relevance). `variation`, in the same order, gives
 * each program's year-to-year variation for its prediction interval (none: no interval beyond the parameter band, as
 * for the tornado, which does not need one).
 */
export function modelInput(
  changes: ResolvedChange[],
  set: AssumptionSet,
  assumptions: Assumption[],
  opts: RunOptions,
  fits: ChangeFits,
  sample?: ParameterValues[] | null,
  variation?: readonly ResolvedVariation[],
): SimulationInput {
  return {
    // A CALIBRATED set's joint posterior sample; absent otherwise, so other inputs (and their hashes) are unchanged.
    ...(sample ? { sample } : {}),
    programs: changes.map(({ program: p, active, removals, additions }, i) => {
      const unit = creditUnitOf(p);
      const terms = (c: MicroCredential, e: Parameters<typeof embeddingTerms>[1], isNew: boolean) =>
        embeddingTerms(c, e, isNew, unit, fits[i].get(c.id));
      const current = active.map((e: ProgramCredential) => terms(e.credential, e, false));
      const kept = active.filter((e) => !removals.includes(e)).map((e) => terms(e.credential, e, false));
      return {
        id: String(p.id),
        ...baselineOf(p),
        ...(variation ? { variation: variation[i].variation } : {}),
        current,
        scenario: [...kept, ...additions.map((a) => terms(a.credential, a, true))],
      };
    }),
    assumptions: assumptionSpecs(assumptions),
    conversion: set.conversion,
    horizonYears: opts.horizonYears,
    draws: opts.draws,
    seed: opts.seed,
  };
}

/** The joint posterior sample behind a CALIBRATED set (null for any other): its projections draw from it. */
export async function sampleOf(ctx: Pick<Context, 'loaders'>, set: AssumptionSet): Promise<ParameterValues[] | null> {
  if (set.kind !== AssumptionSetKind.CALIBRATED) return null;
  const sample = await ctx.loaders.calibrationSampleBySetIdLoader.load(set.id);
  if (!sample) throw new Error(`calibrated set ${set.id} has no posterior sample`);
  return sample;
}

export function inputHash(input: SimulationInput): string {
  return createHash('sha256')
    .update(JSON.stringify({ v: MODEL_VERSION, input }))
    .digest('hex');
}

/**
 * Stored projections already parsed, by input hash. A stored projection never changes (its key is the hash of
 * everything it depends on), so a page read again skips parsing it. Bounded by the size of the JSON the rows were
 * parsed from (UPLIFT_PROJECTION_MEMORY_BYTES; the parsed rows take a few times that), least recently used first out:
 * a count of entries would let a few very large projections hold gigabytes. The rows are shared: readers filter and
 * copy, never change them.
 */
const parsed = new ByteLru<string, SummaryRow[]>(() => previewCacheLimits().memoryBytes);

function parsedRows(key: string, stored: string): SummaryRow[] {
  let rows = parsed.get(key);
  if (!rows) {
    rows = JSON.parse(stored) as SummaryRow[];
    parsed.set(key, rows, stored.length);
  }
  return rows;
}

/** What the process keeps parsed: entries and the size of their JSON (for tests and measurements). */
export function parsedProjectionStats(): { entries: number; size: number } {
  return parsed.stats;
}

/** A computation in flight, with the kind of row it stored (null: none, the preview being over the limits). */
interface Computed {
  rows: SummaryRow[];
  result: string;
  stored: ProjectionCacheKind | null;
}

/** In-flight computations of this process, so simultaneous requests for one what-if share it. */
const inFlight = new Map<string, Promise<Computed>>();

/**
 * The projection of a what-if: read from the shared cache by the hash of its inputs, or computed
 * (off the main thread when large) and stored, so no instance computes the same what-if twice.
 * `kind`: a saved scenario's projection is stored SAVED and kept; a preview's (previewUplift) is a PREVIEW,
 * bounded and expiring. A computation waits its turn in its institution's lane of the worker pool.
 */
export async function project(
  ctx: Pick<Context, 'em' | 'loaders'>,
  changes: ResolvedChange[],
  set: AssumptionSet,
  assumptions: Assumption[],
  opts: RunOptions,
  kind: ProjectionCacheKind,
  onCompute?: (input: SimulationInput) => void,
): Promise<ProjectionView> {
  const [sample, variation, fits] = await Promise.all([
    sampleOf(ctx, set),
    Promise.all(
      changes.map((c) => ctx.loaders.yearToYearVariationLoader.load([c.program.institution.id, c.program.id])),
    ),
    changeFits(ctx, changes),
  ]);
  const input = modelInput(changes, set, assumptions, opts, fits, sample, variation);
  const key = inputHash(input);
  // Every program of a what-if is the caller's institution's.
  const institutionId = changes[0]?.program.institution.id;
  const rows = await cachedRows(ctx, key, input, kind, institutionId, onCompute);
  return {
    horizonYears: opts.horizonYears,
    draws: opts.draws,
    seed: opts.seed,
    inputHash: key,
    conversion: set.conversion,
    rows,
    assumptions,
    variation: changes.map((c, i) => ({ programId: c.program.id, resolved: variation[i] })),
    fits: fittedOf(changes, fits),
  };
}

async function cachedRows(
  ctx: Pick<Context, 'em' | 'loaders'>,
  key: string,
  input: SimulationInput,
  kind: ProjectionCacheKind,
  institutionId: number | undefined,
  onCompute?: (input: SimulationInput) => void,
): Promise<SummaryRow[]> {
  // Looked up through a loader: a page of scenarios reads all its projections in one statement.
  const hit = await ctx.loaders.projectionByKeyLoader.load(key);
  if (hit !== null) {
    if (kind === ProjectionCacheKind.SAVED) {
      // A preview's row read by a saved scenario is the scenario's from now on: one statement, the first time only.
      if (hit.kind !== ProjectionCacheKind.SAVED) await keepSaved(ctx.em.fork(), key, hit.result);
      return parsedRows(key, hit.result);
    }
    // An expired preview is computed again (the same numbers: its key is the hash of its inputs) and its row renewed.
    if (hit.kind === ProjectionCacheKind.SAVED || !expired(hit.createdAt)) return parsedRows(key, hit.result);
  }
  const cache = ctx.em.fork();
  let pending = inFlight.get(key);
  if (!pending) {
    onCompute?.(input);
    pending = runSimulation(input, { institutionId })
      .then(async (rows): Promise<Computed> => {
        const result = JSON.stringify(rows);
        // Later reads of this request find it too.
        ctx.loaders.projectionByKeyLoader.clear(key).prime(key, { result, kind, createdAt: new Date() });
        return { rows, result, stored: await store(cache, key, result, kind) };
      })
      .finally(() => inFlight.delete(key));
    inFlight.set(key, pending);
  }
  const computed = await pending;
  // A saved scenario that joined a preview's computation keeps the row.
  if (kind === ProjectionCacheKind.SAVED && computed.stored !== ProjectionCacheKind.SAVED) {
    await store(cache, key, computed.result, ProjectionCacheKind.SAVED);
  }
  return computed.rows;
}

/** Tornado entries for a what-if: deterministic, cheap (two runs per parameter), computed inline. */
export function sensitivityOf(
  changes: ResolvedChange[],
  set: AssumptionSet,
  assumptions: Assumption[],
  opts: RunOptions,
  metric: ModelOutcome,
  fits: ChangeFits,
  year?: number,
  sample?: ParameterValues[] | null,
): SensitivityEntry[] {
  const { draws: _d, seed: _s, ...input } = modelInput(changes, set, assumptions, opts, fits, sample);
  return sensitivity(input, metric, year);
}
