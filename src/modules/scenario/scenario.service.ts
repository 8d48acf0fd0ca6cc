import type { EntityManager } from '@mikro-orm/core';
import { ownScope, sharedOrOwnScope } from '../../auth/scope';
import type { Context } from '../../core/context';
import { requireRole, requireViewer, type Viewer } from '../../auth/viewer';
import { paginate, type ConnectionResult, type PageArgs } from '../../core/connection';
import { badInput, notFound } from '../../core/errors';
import { decodeId, toGlobalId } from '../../core/global-id';
import type { SensitivityEntry } from '../../model';
import { Role, type OutcomeMetric } from '../common/enums';
import { AssumptionSet } from '../assumption/assumption-set.entity';
import { inParameterOrder } from '../assumption/assumption.rules';
import { Institution } from '../institution/institution.entity';
import { checkVersion, findForWrite } from '../../core/versioning';
import { resolveChanges, type ResolvedChange } from './scenario-changes';
import { ProjectionCacheKind, Scenario, ScenarioAddition, ScenarioProgram, ScenarioRemoval } from './scenario.entity';
import {
  DEFAULT_DRAWS,
  DEFAULT_SEED,
  type CreateScenarioInput,
  type DeleteScenarioInput,
  type PreviewUpliftInput,
  type UpdateScenarioInput,
} from './scenario.inputs';
import { changeFits, project, sampleOf, sensitivityOf, type ProjectionView } from './projection.service';
import { simulationPoints } from '../../core/cost';

export async function listScenarios(ctx: Context, args: PageArgs): Promise<ConnectionResult<Scenario>> {
  const viewer = requireViewer(ctx.viewer);
  return paginate(ctx.em, Scenario, ownScope(viewer), { field: 'id', direction: 'DESC' }, args);
}

export async function getScenario(ctx: Context, id: string, field = 'id'): Promise<Scenario> {
  const viewer = requireViewer(ctx.viewer);
  const scenario = await ctx.em.findOne(Scenario, {
    $and: [{ id: decodeId(id, 'Scenario', field) }, ownScope(viewer)],
  });
  if (!scenario) throw notFound('The scenario', field);
  return scenario;
}

/** The set a what-if names (one the viewer may read), else the default; with its assumptions loaded. */
async function assumptionSetFor(
  em: EntityManager,
  viewer: Viewer,
  id: string | undefined | null,
  field: string,
): Promise<AssumptionSet> {
  const where = id
    ? { $and: [{ id: decodeId(id, 'AssumptionSet', field) }, sharedOrOwnScope(viewer)] }
    : { isDefault: true };
  const set = await em.findOne(AssumptionSet, where, { populate: ['assumptions'] });
  if (!set)
    throw id
      ? notFound('The assumption set', field)
      : new Error('The default assumption set is missing: the database was not seeded.');
  return set;
}

function writeChanges(em: EntityManager, scenario: Scenario, changes: ResolvedChange[]): void {
  changes.forEach((c, position) => {
    const sp = em.create(ScenarioProgram, { scenario, program: c.program, position });
    for (const a of c.additions) {
      em.create(ScenarioAddition, {
        change: sp,
        credential: a.credential,
        creditsApplied: a.creditsApplied,
        requirement: a.requirement,
        takeUpRate: a.takeUpRate,
        displacesTuition: a.displacesTuition,
      });
    }
    for (const r of c.removals) em.create(ScenarioRemoval, { change: sp, embedding: r });
  });
}

export async function createScenario(ctx: Context, input: CreateScenarioInput): Promise<Scenario> {
  const viewer = requireRole(ctx.viewer, Role.PLANNER, 'Creating a scenario');
  return ctx.em.transactional(async (em) => {
    const set = await assumptionSetFor(em, viewer, input.assumptionSetId, 'input.assumptionSetId');
    const changes = await resolveChanges(em, viewer, input.changes);
    const scenario = em.create(Scenario, {
      institution: em.getReference(Institution, viewer.institutionId),
      name: input.name.trim(),
      description: input.description ?? null,
      assumptionSet: set,
      horizonYears: input.horizonYears,
      draws: input.draws ?? DEFAULT_DRAWS,
      seed: input.seed ?? DEFAULT_SEED,
    });
    writeChanges(em, scenario, changes);
    await em.flush();
    return scenario;
  });
}

export async function updateScenario(ctx: Context, input: UpdateScenarioInput): Promise<Scenario> {
  const viewer = requireRole(ctx.viewer, Role.PLANNER, 'Changing a scenario');
  return ctx.em.transactional(async (em) => {
    const scenario = await findForWrite(em, Scenario, decodeId(input.id, 'Scenario', 'input.id'), ownScope(viewer), {
      populate: ['programs'],
    });
    if (!scenario) throw notFound('The scenario', 'input.id');
    checkVersion(scenario.version, input.expectedVersion, 'The scenario');
    if (input.assumptionSetId != null)
      scenario.assumptionSet = await assumptionSetFor(em, viewer, input.assumptionSetId, 'input.assumptionSetId');
    if (input.changes != null) {
      const changes = await resolveChanges(em, viewer, input.changes);
      scenario.programs.removeAll();
      writeChanges(em, scenario, changes);
    }
    if (input.name != null) scenario.name = input.name.trim();
    if (input.description != null) scenario.description = input.description;
    if (input.horizonYears != null) scenario.horizonYears = input.horizonYears;
    if (input.draws != null) scenario.draws = input.draws;
    if (input.seed != null) scenario.seed = input.seed;
    scenario.updatedAt = new Date();
    await em.flush();
    return scenario;
  });
}

export async function deleteScenario(ctx: Context, input: DeleteScenarioInput): Promise<string> {
  const viewer = requireRole(ctx.viewer, Role.PLANNER, 'Deleting a scenario');
  return ctx.em.transactional(async (em) => {
    const scenario = await em.findOne(Scenario, {
      id: decodeId(input.id, 'Scenario', 'input.id'),
      institution: viewer.institutionId,
    });
    if (!scenario) throw notFound('The scenario', 'input.id');
    const id = toGlobalId('Scenario', scenario.id);
    em.remove(scenario);
    await em.flush();
    return id;
  });
}

export async function scenarioProjection(ctx: Context, scenario: Scenario): Promise<ProjectionView> {
  const { changes, set, assumptions } = await ctx.loaders.scenarioInputsLoader.load(scenario);
  // A saved scenario is priced as a cache read up front; a computation it turns out to need is charged here.
  return project(ctx, changes, set, assumptions, scenario, ProjectionCacheKind.SAVED, (input) => {
    ctx.cost.extra += simulationPoints(input.draws, input.horizonYears, input.programs.length);
  });
}

export async function scenarioSensitivity(
  ctx: Context,
  scenario: Scenario,
  metric: OutcomeMetric,
  year?: number | null,
): Promise<SensitivityEntry[]> {
  if (year != null && (year < 1 || year > scenario.horizonYears))
    throw badInput('year', `year must be from 1 to the scenario's horizon (${scenario.horizonYears}).`);
  const { changes, set, assumptions } = await ctx.loaders.scenarioInputsLoader.load(scenario);
  const [fits, sample] = await Promise.all([changeFits(ctx, changes), sampleOf(ctx, set)]);
  return sensitivityOf(changes, set, assumptions, scenario, metric, fits, year ?? undefined, sample);
}

export async function previewUplift(ctx: Context, input: PreviewUpliftInput): Promise<ProjectionView> {
  const viewer = requireRole(ctx.viewer, Role.VIEWER, 'Previewing a what-if');
  const set = await assumptionSetFor(ctx.em, viewer, input.assumptionSetId, 'input.assumptionSetId');
  const changes = await resolveChanges(ctx.em, viewer, input.changes);
  // The set comes with its assumptions loaded.
  return project(
    ctx,
    changes,
    set,
    inParameterOrder(set.assumptions.getItems()),
    { horizonYears: input.horizonYears, draws: input.draws ?? DEFAULT_DRAWS, seed: input.seed ?? DEFAULT_SEED },
    ProjectionCacheKind.PREVIEW,
  );
}

export async function compareScenarios(
  ctx: Context,
  ids: string[],
): Promise<{ scenario: Scenario; projection: ProjectionView }[]> {
  const viewer = requireViewer(ctx.viewer);
  if (ids.length === 0 || ids.length > 20) throw badInput('ids', 'Compare from 1 to 20 scenarios.');
  const dbIds = ids.map((id, i) => decodeId(id, 'Scenario', `ids.${i}`));
  const found = await ctx.em.find(Scenario, { $and: [{ id: { $in: dbIds } }, ownScope(viewer)] });
  const byId = new Map(found.map((s) => [s.id, s]));
  const scenarios = dbIds.map((id, i) => {
    const s = byId.get(id);
    if (!s) throw notFound('The scenario', `ids.${i}`);
    return s;
  });
  return Promise.all(
    scenarios.map(async (scenario) => ({ scenario, projection: await scenarioProjection(ctx, scenario) })),
  );
}
