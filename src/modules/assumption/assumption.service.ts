import type { EntityManager } from '@mikro-orm/core';
import { sharedOrOwnScope } from '../../auth/scope';
import type { Context } from '../../core/context';
import { isPlatformAdmin, requireRole, requireViewer, type Viewer } from '../../auth/viewer';
import { badInput, forbidden, notFound } from '../../core/errors';
import { decodeId } from '../../core/global-id';
import { PARAMETERS, validateAssumption, type Parameter } from '../../model';
import { AssumptionSetKind, Distribution, Role } from '../common/enums';
import { Institution } from '../institution/institution.entity';
import { checkVersion, findForWrite } from '../../core/versioning';
import { AssumptionSet } from './assumption-set.entity';
import { Assumption } from './assumption.entity';
import type { AssumptionOverrideInput, CreateAssumptionSetInput, UpdateAssumptionInput } from './assumption.inputs';

export async function listAssumptionSets(ctx: Context): Promise<AssumptionSet[]> {
  const viewer = requireViewer(ctx.viewer);
  return ctx.em.find(AssumptionSet, sharedOrOwnScope(viewer), { orderBy: { isDefault: 'DESC', id: 'ASC' } });
}

export async function visibleAssumptionSet(
  em: EntityManager,
  viewer: Viewer,
  id: string,
  field: string,
): Promise<AssumptionSet> {
  const set = await em.findOne(
    AssumptionSet,
    { $and: [{ id: decodeId(id, 'AssumptionSet', field) }, sharedOrOwnScope(viewer)] },
    { populate: ['assumptions', 'assumptions.evidence'] },
  );
  if (!set) throw notFound('The assumption set', field);
  return set;
}

export async function defaultAssumptionSet(em: EntityManager): Promise<AssumptionSet> {
  const set = await em.findOne(
    AssumptionSet,
    { isDefault: true },
    { populate: ['assumptions', 'assumptions.evidence'] },
  );
  if (!set) throw new Error('The default assumption set is missing: the database was not seeded.');
  return set;
}

/** What to set instead of a v1 parameter, in words (docs/MODEL.md §3). */
const V1_REPLACEMENT: Readonly<Record<string, string>> = {
  ENROLLMENT_RATIO: 'ENROLLMENT_EFFECT (ln of the realised odds ratio, e.g. ln(1 + realisation × (ratio − 1)))',
  ENGAGEMENT_RATIO: 'ENGAGEMENT_EFFECT (ln of the realised odds ratio)',
  INTENT_REALISATION: 'the effects themselves (ENROLLMENT_EFFECT, ENGAGEMENT_EFFECT, RETENTION_EFFECT)',
  RETENTION_PASS_THROUGH: 'RETENTION_EFFECT (ln of the realised odds ratio of retention)',
};

/** The parameter of an override, if the model applies it; a v1 parameter is a clear error naming its replacement. */
export function modelParameter(parameter: string, field: string): Parameter {
  if ((PARAMETERS as readonly string[]).includes(parameter)) return parameter as Parameter;
  const instead = V1_REPLACEMENT[parameter];
  throw badInput(
    field,
    instead
      ? `${parameter} belongs to model v1 and is no longer applied: set ${instead} instead.`
      : `${parameter} is not a parameter of the model.`,
  );
}

function applyOverride(target: Assumption, o: AssumptionOverrideInput, field: string): void {
  // An EMPIRICAL value stands for a joint posterior sample that only a calibration produces.
  if (o.distribution === Distribution.EMPIRICAL) {
    throw badInput(
      `${field}.distribution`,
      'EMPIRICAL is set by calibrateAssumptions only; choose FIXED, UNIFORM, TRIANGULAR, PERT or NORMAL.',
    );
  }
  const parameter = modelParameter(o.parameter, `${field}.parameter`);
  const distribution = o.distribution ?? target.distribution;
  const zeroMass = o.zeroMass ?? target.zeroMass;
  const problem = validateAssumption({ parameter, low: o.low, mode: o.mode, high: o.high, distribution, zeroMass });
  if (problem)
    throw badInput(o.zeroMass != null && problem.includes('zeroMass') ? `${field}.zeroMass` : field, problem);
  const changed =
    target.low !== o.low ||
    target.mode !== o.mode ||
    target.high !== o.high ||
    target.distribution !== distribution ||
    target.zeroMass !== zeroMass;
  if (changed) {
    // Local values no longer rest on the survey: the trace must say so, not show the survey behind them.
    target.evidence.removeAll();
    target.rationale =
      o.rationale ??
      `Local override (was ${target.low} / ${target.mode} / ${target.high}, ${target.distribution}, ` +
        `zero mass ${target.zeroMass}); no evidence recorded.`;
  } else if (o.rationale != null) {
    target.rationale = o.rationale;
  }
  Object.assign(target, { low: o.low, mode: o.mode, high: o.high, distribution, zeroMass });
}

export async function createAssumptionSet(ctx: Context, input: CreateAssumptionSetInput): Promise<AssumptionSet> {
  const viewer = requireRole(ctx.viewer, Role.PLANNER, 'Creating an assumption set');
  const seen = new Set<string>();
  (input.overrides ?? []).forEach((o, i) => {
    modelParameter(o.parameter, `input.overrides.${i}.parameter`);
    if (seen.has(o.parameter)) throw badInput(`input.overrides.${i}.parameter`, `${o.parameter} is overridden twice.`);
    seen.add(o.parameter);
  });
  return ctx.em.transactional(async (em) => {
    const from = input.fromId
      ? await visibleAssumptionSet(em, viewer, input.fromId, 'input.fromId')
      : await defaultAssumptionSet(em);
    if (from.kind === AssumptionSetKind.CALIBRATED) {
      // Its assumptions summarise a joint sample the copy would not have.
      throw badInput('input.fromId', 'A calibrated set cannot be copied; copy its prior, or use the set as it is.');
    }
    const set = em.create(AssumptionSet, {
      name: input.name.trim(),
      description: input.description ?? null,
      institution: em.getReference(Institution, viewer.institutionId),
      conversion: input.conversion ?? from.conversion,
      kind: AssumptionSetKind.CUSTOM,
      isDefault: false,
    });
    for (const a of from.assumptions) {
      const copy = em.create(Assumption, {
        assumptionSet: set,
        parameter: a.parameter,
        low: a.low,
        mode: a.mode,
        high: a.high,
        distribution: a.distribution,
        zeroMass: a.zeroMass,
        rationale: a.rationale,
      });
      copy.evidence.set(a.evidence.getItems());
      const i = (input.overrides ?? []).findIndex((o) => o.parameter === a.parameter);
      if (i >= 0) applyOverride(copy, input.overrides![i], `input.overrides.${i}`);
    }
    await em.flush();
    return set;
  });
}

export async function updateAssumption(ctx: Context, input: UpdateAssumptionInput): Promise<AssumptionSet> {
  const viewer = requireViewer(ctx.viewer);
  return ctx.em.transactional(async (em) => {
    const id = decodeId(input.assumptionSetId, 'AssumptionSet', 'input.assumptionSetId');
    const set = await findForWrite(em, AssumptionSet, id, sharedOrOwnScope(viewer), {
      populate: ['assumptions', 'assumptions.evidence'],
    });
    if (!set) throw notFound('The assumption set', 'input.assumptionSetId');
    if (set.institution == null && !isPlatformAdmin(viewer)) {
      throw forbidden(
        'Global assumption sets are managed by the platform admin; copy one with createAssumptionSet and change the copy.',
      );
    }
    if (set.institution != null) requireRole(viewer, Role.PLANNER, 'Changing an assumption set');
    if (set.kind === AssumptionSetKind.CALIBRATED) {
      throw badInput(
        'input.assumptionSetId',
        'A calibrated set is immutable: it records what a calibration learnt. Run a new calibration instead.',
      );
    }
    checkVersion(set.version, input.expectedVersion, 'The assumption set');
    modelParameter(input.override.parameter, 'input.override.parameter');
    const target = set.assumptions.getItems().find((a) => a.parameter === input.override.parameter);
    if (!target) throw badInput('input.override.parameter', `The set has no ${input.override.parameter} assumption.`);
    applyOverride(target, input.override, 'input.override');
    // The set's version guards all of its assumptions, so touch it even when only a child changed.
    set.updatedAt = new Date();
    await em.flush();
    return set;
  });
}
