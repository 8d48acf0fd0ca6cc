import { ownScope } from '../../auth/scope';
import { requireRole, requireViewer } from '../../auth/viewer';
import { paginate, type ConnectionResult, type PageArgs } from '../../core/connection';
import type { Context } from '../../core/context';
import { badInput } from '../../core/errors';
import { decodeId } from '../../core/global-id';
import { MODEL_VERSION } from '../../model';
import type { BacktestResult } from '../../model/backtest';
import { inParameterOrder } from '../assumption/assumption.rules';
import { calibrationInput, observationHash } from './calibration.rules';
import { createCalibration, priorSet, programFacts, programsInScope } from './calibration.service';
import { Role } from '../common/enums';
import { Institution } from '../institution/institution.entity';
import { assumptionSpecs } from '../scenario/scenario.rules';
import { backtestPoints, estimatedBacktestPoints } from './backtest.cost';
import { Backtest } from './backtest.entity';
import {
  DEFAULT_BACKTEST_DRAWS,
  DEFAULT_BACKTEST_SEED,
  MAX_BACKTEST_DRAWS,
  MIN_BACKTEST_DRAWS,
  type RunBacktestInput,
} from './backtest.inputs';
import { runBacktestModel } from './backtest.pool';

export async function listBacktests(ctx: Context, args: PageArgs): Promise<ConnectionResult<Backtest>> {
  const viewer = requireViewer(ctx.viewer);
  return paginate(ctx.em, Backtest, ownScope(viewer), { field: 'id', direction: 'DESC' }, args);
}

/** One of the viewer's back-tests; null when it is not there or not theirs (as node(id) answers). */
export async function getBacktest(ctx: Context, id: string): Promise<Backtest | null> {
  requireViewer(ctx.viewer);
  return ctx.loaders.backtestByIdLoader.load(decodeId(id, 'Backtest', 'id'));
}

/**
 * Runs a back-test (docs/MODEL.md §17) and saves what came out, with the calibration it fitted on the years up to
 * asOfYear (a Calibration without a calibrated set). Everything is read and computed before anything is written.
 */
export async function runBacktest(ctx: Context, input: RunBacktestInput): Promise<Backtest> {
  const viewer = requireRole(ctx.viewer, Role.PLANNER, 'Running a back-test');
  const name = input.name.trim();
  if (!name) throw badInput('input.name', 'The name must not be blank.');
  const asOfYear = input.asOfYear;
  if (!Number.isInteger(asOfYear) || asOfYear < 1900 || asOfYear > 2200)
    throw badInput('input.asOfYear', 'asOfYear must be an academic year such as 2023.');
  const draws = input.draws ?? DEFAULT_BACKTEST_DRAWS;
  if (!Number.isInteger(draws) || draws < MIN_BACKTEST_DRAWS || draws > MAX_BACKTEST_DRAWS) {
    throw badInput(
      'input.draws',
      `draws must be from ${MIN_BACKTEST_DRAWS.toLocaleString('en')} to ${MAX_BACKTEST_DRAWS.toLocaleString('en')}.`,
    );
  }
  const seed = input.seed ?? DEFAULT_BACKTEST_SEED;
  const em = ctx.em;

  const prior = await priorSet(em, viewer, input.assumptionSetId);
  const programs = await programsInScope(em, viewer, input.programIds);
  const { facts, observations } = await programFacts(ctx, programs);
  const priorAssumptions = inParameterOrder(prior.assumptions.getItems());
  const panel = calibrationInput(facts, assumptionSpecs(priorAssumptions), prior.conversion);
  const years = observations.map((o) => o.academicYear);
  if (!years.some((y) => y <= asOfYear))
    throw badInput('input.asOfYear', `Nothing is recorded up to ${asOfYear}: there is nothing to forecast from.`);
  if (!years.some((y) => y > asOfYear))
    throw badInput(
      'input.asOfYear',
      `Nothing is recorded after ${asOfYear}: there is nothing to score the forecasts on.`,
    );
  const programYears = panel.programs.reduce((n, p) => n + p.actuals.length, 0);
  ctx.cost.extra += Math.max(0, backtestPoints(draws, programYears) - estimatedBacktestPoints(input));

  let result: BacktestResult;
  try {
    result = await runBacktestModel({ ...panel, asOfYear, draws, seed }, { institutionId: viewer.institutionId });
  } catch (err) {
    // The model names the program and year of an impossible actual.
    if (err instanceof RangeError) throw badInput('input.programIds', `The actuals cannot be used: ${err.message}`);
    throw err;
  }
  const known = observations.filter((o) => o.academicYear <= asOfYear);

  return em.transactional(async (tx) => {
    const calibration = result.calibration
      ? createCalibration(tx, viewer, {
          name: `${name} (fit through ${asOfYear})`.slice(0, 200),
          prior,
          priorAssumptions,
          result: result.calibration,
          draws: Math.max(draws, MIN_BACKTEST_DRAWS),
          seed,
          observationCount: known.length,
          observationHash: observationHash(known.map((o) => ({ ...o, programId: o.program.id }))),
          programCount: programs.length,
          withSet: false,
        })
      : null;
    const backtest = tx.create(Backtest, {
      institution: tx.getReference(Institution, viewer.institutionId),
      name,
      asOfYear,
      assumptionSet: prior,
      calibration,
      usedPosterior: result.usedPosterior,
      draws,
      seed,
      modelVersion: MODEL_VERSION,
      forecastPrograms: result.forecastPrograms,
      points: JSON.stringify(result.points.map((p) => ({ ...p, programId: Number(p.programId) }))),
      scores: JSON.stringify(result.scores),
      excludedPrograms: JSON.stringify(result.excludedPrograms.map((e) => ({ id: Number(e.id), reason: e.reason }))),
    });
    await tx.flush();
    return backtest;
  });
}
