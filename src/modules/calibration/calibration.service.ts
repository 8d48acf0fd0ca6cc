import type { EntityManager } from '@mikro-orm/core';
import { ownScope, sharedOrOwnScope } from '../../auth/scope';
import { requireRole, requireViewer, type Viewer } from '../../auth/viewer';
import { paginate, type ConnectionResult, type PageArgs } from '../../core/connection';
import type { Context } from '../../core/context';
import { badInput, notFound } from '../../core/errors';
import { decodeId } from '../../core/global-id';
import { MODEL_VERSION, PARAMETERS, type AssumptionSpec } from '../../model';
import { MAX_DRAWS, MIN_DRAWS, type CalibrationResult } from '../../model/calibration';
import { AssumptionSet } from '../assumption/assumption-set.entity';
import { Assumption } from '../assumption/assumption.entity';
import { inParameterOrder } from '../assumption/assumption.rules';
import { AssumptionSetKind, Distribution, type ModelParameter, Role } from '../common/enums';
import { ProgramCredential } from '../embedding/program-credential.entity';
import { Institution } from '../institution/institution.entity';
import { MetricObservation } from '../metric/metric-observation.entity';
import { DegreeProgram } from '../program/degree-program.entity';
import { assumptionSpecs } from '../scenario/scenario.rules';
import { calibrationPoints, estimatedCalibrationPoints } from './calibration.cost';
import { Calibration } from './calibration.entity';
import type { CalibrationStatus } from './calibration.enums';
import {
  DEFAULT_CALIBRATION_DRAWS,
  DEFAULT_CALIBRATION_SEED,
  type CalibrateAssumptionsInput,
} from './calibration.inputs';
import { runCalibration } from './calibration.pool';
import { fitReader } from '../occupation/credential-fit.service';
import { calibrationInput, empiricalSpec, encodeSample, observationHash, type ProgramFacts } from './calibration.rules';

export async function listCalibrations(ctx: Context, args: PageArgs): Promise<ConnectionResult<Calibration>> {
  const viewer = requireViewer(ctx.viewer);
  return paginate(ctx.em, Calibration, ownScope(viewer), { field: 'id', direction: 'DESC' }, args);
}

/** One of the viewer's calibrations; null when it is not there or not theirs (as node(id) answers). */
export async function getCalibration(ctx: Context, id: string): Promise<Calibration | null> {
  requireViewer(ctx.viewer);
  return ctx.loaders.calibrationByIdLoader.load(decodeId(id, 'Calibration', 'id'));
}

/** The prior a calibration starts from: one the viewer may read, else the global default; never a CALIBRATED set. */
export async function priorSet(
  em: EntityManager,
  viewer: Viewer,
  id: string | null | undefined,
): Promise<AssumptionSet> {
  const field = 'input.assumptionSetId';
  const where = id
    ? { $and: [{ id: decodeId(id, 'AssumptionSet', field) }, sharedOrOwnScope(viewer)] }
    : { isDefault: true };
  const set = await em.findOne(AssumptionSet, where, { populate: ['assumptions', 'assumptions.evidence'] });
  if (!set)
    throw id
      ? notFound('The assumption set', field)
      : new Error('The default assumption set is missing: the database was not seeded.');
  if (set.kind === AssumptionSetKind.CALIBRATED) {
    // Its assumptions summarise a joint sample; a prior needs distributions the sampler can evaluate.
    throw badInput(field, 'A calibrated set cannot be a prior: calibrate from the set it was calibrated from.');
  }
  return set;
}

/** The programs in scope, in the order given (default: all of the institution's, by id). */
export async function programsInScope(
  em: EntityManager,
  viewer: Viewer,
  ids: string[] | null | undefined,
): Promise<DegreeProgram[]> {
  const scope = ownScope(viewer);
  if (ids == null) {
    // With the institution: its credit unit sizes each credential (scenario.rules creditUnitOf).
    const all = await em.find(DegreeProgram, scope, { orderBy: { id: 'ASC' }, populate: ['institution'] });
    if (all.length === 0) throw badInput('input.programIds', 'Your institution has no programs to learn from.');
    return all;
  }
  if (ids.length === 0)
    throw badInput('input.programIds', 'Give at least one program, or leave programIds out to use them all.');
  const dbIds = ids.map((id, i) => decodeId(id, 'DegreeProgram', `input.programIds.${i}`));
  const seen = new Set<number>();
  dbIds.forEach((id, i) => {
    if (seen.has(id)) throw badInput(`input.programIds.${i}`, 'This program is given twice.');
    seen.add(id);
  });
  const found = new Map(
    (await em.find(DegreeProgram, { $and: [{ id: { $in: dbIds } }, scope] }, { populate: ['institution'] })).map(
      (p) => [p.id, p],
    ),
  );
  return dbIds.map((id, i) => {
    const p = found.get(id);
    if (!p) throw notFound('The program', `input.programIds.${i}`);
    return p;
  });
}

function checkedDraws(draws: number | null | undefined): number {
  const d = draws ?? DEFAULT_CALIBRATION_DRAWS;
  if (!Number.isInteger(d) || d < MIN_DRAWS || d > MAX_DRAWS) {
    throw badInput(
      'input.draws',
      `draws must be from ${MIN_DRAWS.toLocaleString('en')} to ${MAX_DRAWS.toLocaleString('en')}.`,
    );
  }
  return d;
}

/**
 * The programs' embeddings (with their credentials and their fit in the program) and actuals: two statements for all
 * of them, and four for the fits.
 */
export async function programFacts(
  ctx: Pick<Context, 'em' | 'loaders'>,
  programs: readonly DegreeProgram[],
): Promise<{ facts: ProgramFacts[]; observations: MetricObservation[] }> {
  const { em } = ctx;
  const ids = programs.map((p) => p.id);
  const [embeddings, observations] = await Promise.all([
    em.find(ProgramCredential, { program: { $in: ids } }, { populate: ['credential'], orderBy: { id: 'ASC' } }),
    em.find(MetricObservation, { program: { $in: ids } }, { orderBy: { id: 'ASC' } }),
  ]);
  const fit = await fitReader(
    ctx.loaders,
    programs.map((p) => p.cipCode),
    embeddings.map((e) => e.credential.id),
  );
  const facts = programs.map((program) => {
    const own = embeddings.filter((e) => e.program.id === program.id);
    return {
      program,
      embeddings: own,
      fits: new Map(own.map((e) => [e.credential.id, fit(program.cipCode, e.credential.id)])),
      observations: observations.filter((o) => o.program.id === program.id),
    };
  });
  return { facts, observations };
}

/**
 * Calibrates the model on the institution's own results (docs/MODEL.md §15) and saves what came out. Everything is
 * read and computed before anything is written, so an error leaves the database as it was; an OK result
 * also creates the CALIBRATED set that carries the joint posterior sample.
 */
export async function calibrateAssumptions(ctx: Context, input: CalibrateAssumptionsInput): Promise<Calibration> {
  const viewer = requireRole(ctx.viewer, Role.PLANNER, 'Calibrating assumptions');
  const name = input.name.trim();
  if (!name) throw badInput('input.name', 'The name must not be blank.');
  const draws = checkedDraws(input.draws);
  const seed = input.seed ?? DEFAULT_CALIBRATION_SEED;
  const em = ctx.em;

  const prior = await priorSet(em, viewer, input.assumptionSetId);
  const programs = await programsInScope(em, viewer, input.programIds);
  const { facts, observations } = await programFacts(ctx, programs);
  const priorAssumptions = inParameterOrder(prior.assumptions.getItems());
  const modelInput = calibrationInput(facts, assumptionSpecs(priorAssumptions), prior.conversion);
  const programYears = modelInput.programs.reduce((n, p) => n + p.actuals.length, 0);
  // Priced up front from the arguments; what the data turn out to need beyond that is charged here.
  ctx.cost.extra += Math.max(0, calibrationPoints(draws, programYears) - estimatedCalibrationPoints(input));

  let result: CalibrationResult;
  try {
    result = await runCalibration(modelInput, { draws, seed }, { institutionId: viewer.institutionId });
  } catch (err) {
    // The model names the program and year of an impossible actual.
    if (err instanceof RangeError) throw badInput('input.programIds', `The actuals cannot be used: ${err.message}`);
    throw err;
  }
  const hash = observationHash(observations.map((o) => ({ ...o, programId: o.program.id })));

  return em.transactional(async (tx) => {
    const calibration = createCalibration(tx, viewer, {
      name,
      prior,
      priorAssumptions,
      result,
      draws,
      seed,
      observationCount: observations.length,
      observationHash: hash,
      programCount: programs.length,
      withSet: true,
    });
    await tx.flush();
    return calibration;
  });
}

/** What a calibration run is saved with. */
export interface CalibrationRecord {
  name: string;
  prior: AssumptionSet;
  priorAssumptions: Assumption[];
  result: CalibrationResult;
  draws: number;
  seed: number;
  observationCount: number;
  observationHash: string;
  programCount: number;
  /** Whether an OK result also becomes a CALIBRATED set (a back-test's fit does not). */
  withSet: boolean;
}

/** Creates (not flushes) the Calibration of a run, and its CALIBRATED set when asked and OK. */
export function createCalibration(tx: EntityManager, viewer: Viewer, r: CalibrationRecord): Calibration {
  const institution = tx.getReference(Institution, viewer.institutionId!);
  const { result } = r;
  const calibrated =
    r.withSet && result.status === 'OK'
      ? calibratedSet(tx, institution, r.name, r.prior, r.priorAssumptions, result)
      : null;
  return tx.create(Calibration, {
    institution,
    name: r.name,
    status: result.status as CalibrationStatus,
    priorAssumptionSet: r.prior,
    assumptionSet: calibrated,
    draws: r.draws,
    seed: r.seed,
    modelVersion: MODEL_VERSION,
    effectiveSampleSize: result.effectiveSampleSize,
    paretoK: result.paretoK,
    observationCount: r.observationCount,
    observationHash: r.observationHash,
    programYearCount: result.observationCount,
    programCount: r.programCount,
    estimates: JSON.stringify(result.estimates),
    parameters: JSON.stringify(result.parameters),
    derived: JSON.stringify(result.derived),
    warnings: JSON.stringify(result.warnings),
    excludedPrograms: JSON.stringify(result.excludedPrograms.map((e) => ({ id: Number(e.id), reason: e.reason }))),
    diagnostics: JSON.stringify(result.diagnostics),
    sample: encodeSample(result.sample),
  });
}

const fmt = (v: number): string => Number(v.toPrecision(3)).toString();

/** The CALIBRATED set: the institution's, immutable, one EMPIRICAL assumption per parameter of the sample. */
function calibratedSet(
  em: EntityManager,
  institution: Institution,
  name: string,
  prior: AssumptionSet,
  priorAssumptions: Assumption[],
  result: CalibrationResult,
): AssumptionSet {
  const set = em.create(AssumptionSet, {
    name,
    institution,
    conversion: prior.conversion,
    kind: AssumptionSetKind.CALIBRATED,
    isDefault: false,
    description:
      `Learnt from your own results by the calibration "${name}" (prior: "${prior.name}"; ` +
      `${result.observationCount} program-years; effective sample size ${Math.round(result.effectiveSampleSize)}). ` +
      'Projections draw whole parameter vectors from its posterior sample.',
  });
  const byParameter = new Map(priorAssumptions.map((a) => [a.parameter as string, a]));
  for (const p of PARAMETERS) {
    const spec: AssumptionSpec = empiricalSpec(result.sample, p);
    const was = byParameter.get(p);
    const post = result.parameters.find((x) => x.parameter === p)!.posterior;
    const assumption = em.create(Assumption, {
      assumptionSet: set,
      parameter: p as ModelParameter,
      low: spec.low,
      mode: spec.mode,
      high: spec.high,
      distribution: Distribution.EMPIRICAL,
      zeroMass: spec.zeroMass ?? 0,
      rationale:
        `Posterior of the calibration "${name}": P10 ${fmt(post.p10)}, median ${fmt(post.p50)}, ` +
        `P90 ${fmt(post.p90)}, ` +
        'drawn jointly with the other parameters' +
        (was
          ? `; prior ${was.distribution} ${fmt(was.low)} / ${fmt(was.mode)} / ${fmt(was.high)} with its evidence.`
          : '.'),
    });
    // The posterior still rests on the prior's evidence, now combined with the local results.
    if (was) assumption.evidence.set(was.evidence.getItems());
  }
  return set;
}
