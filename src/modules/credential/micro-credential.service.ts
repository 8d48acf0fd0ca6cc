import type { FilterQuery } from '@mikro-orm/core';
import type { Context } from '../../core/context';
import { sharedOrOwnScope } from '../../auth/scope';
import { isPlatformAdmin, requirePlatformAdmin, requireRole, requireViewer } from '../../auth/viewer';
import { paginate, type ConnectionResult } from '../../core/connection';
import { badInput, forbidden, notFound } from '../../core/errors';
import { decodeId } from '../../core/global-id';
import { containsInsensitive } from '../../core/search';
import { CreditRecognition, OrderDirection, Role } from '../common/enums';
import { Institution } from '../institution/institution.entity';
import { ProgramCredential } from '../embedding/program-credential.entity';
import { checkVersion } from '../../core/versioning';
import { MicroCredential } from './micro-credential.entity';
import { isCreditBearing, skillKey, skillsIndexOf } from './micro-credential.rules';
import {
  CredentialOrderField,
  type CreateCredentialInput,
  type CredentialsArgs,
  type UpdateCredentialInput,
} from './micro-credential.inputs';

const ORDER_FIELDS: Record<CredentialOrderField, string> = { TITLE: 'title', ISSUER: 'issuer', CREATED_AT: 'id' };

export async function listCredentials(ctx: Context, args: CredentialsArgs): Promise<ConnectionResult<MicroCredential>> {
  const viewer = requireViewer(ctx.viewer);
  const f = args.filter ?? {};
  const where: FilterQuery<MicroCredential>[] = [sharedOrOwnScope(viewer)];
  if (f.category?.length) where.push({ category: { $in: f.category } });
  if (f.creditBearing != null) where.push({ creditBearing: f.creditBearing });
  if (f.creditRecognition?.length) where.push({ creditRecognition: { $in: f.creditRecognition } });
  if (f.skill?.trim()) where.push({ skillsIndex: { $like: `%|${skillKey(f.skill)}|%` } });
  if (f.shared != null) where.push({ institution: f.shared ? null : { $ne: null } });
  const order = args.orderBy ?? { field: CredentialOrderField.TITLE };
  const issuer = f.issuer?.trim();
  const conditions = (): FilterQuery<MicroCredential> => ({
    $and: issuer ? [...where, containsInsensitive(ctx.em, ['issuer'], issuer)] : where,
  });
  return paginate(
    ctx.em,
    MicroCredential,
    conditions,
    { field: ORDER_FIELDS[order.field], direction: order.direction ?? OrderDirection.ASC },
    args,
  );
}

export async function getCredential(ctx: Context, id: string, field = 'id'): Promise<MicroCredential> {
  const viewer = requireViewer(ctx.viewer);
  const credential = await ctx.em.findOne(MicroCredential, {
    $and: [{ id: decodeId(id, 'MicroCredential', field) }, sharedOrOwnScope(viewer)],
  });
  if (!credential) throw notFound('The credential', field);
  return credential;
}

function checkCredit(input: { creditValue?: number | null; creditUnit?: unknown }): void {
  if (input.creditValue != null && input.creditUnit == null)
    throw badInput('input.creditUnit', 'A credit value needs its unit (creditUnit).');
  if (input.creditUnit != null && input.creditValue == null)
    throw badInput('input.creditValue', 'A credit unit needs a credit value (creditValue).');
}

export async function createCredential(ctx: Context, input: CreateCredentialInput): Promise<MicroCredential> {
  const viewer = input.shared
    ? requirePlatformAdmin(ctx.viewer, 'Adding to the shared catalog')
    : requireRole(ctx.viewer, Role.PLANNER, 'Adding a credential to your catalog');
  checkCredit(input);
  const skills = (input.skills ?? []).map((s) => s.trim()).filter(Boolean);
  return ctx.em.transactional(async (em) => {
    const credential = em.create(MicroCredential, {
      institution: input.shared ? null : em.getReference(Institution, viewer.institutionId!),
      title: input.title.trim(),
      issuer: input.issuer.trim(),
      description: input.description ?? null,
      url: input.url ?? null,
      category: input.category?.trim() ?? null,
      skills,
      skillsIndex: skillsIndexOf(skills),
      achievementType: input.achievementType ?? null,
      creditValue: input.creditValue ?? null,
      creditUnit: input.creditUnit ?? null,
      learningHours: input.learningHours ?? null,
      eqfLevel: input.eqfLevel ?? null,
      creditRecognition: input.creditRecognition,
      creditBearing: false,
      costPerLearner: input.costPerLearner ?? 0,
      setupCost: input.setupCost ?? 0,
      externalId: input.externalId ?? null,
    });
    credential.creditBearing = isCreditBearing(credential);
    await em.flush();
    return credential;
  });
}

export async function updateCredential(ctx: Context, input: UpdateCredentialInput): Promise<MicroCredential> {
  const viewer = requireViewer(ctx.viewer);
  return ctx.em.transactional(async (em) => {
    const credential = await em.findOne(MicroCredential, {
      $and: [{ id: decodeId(input.id, 'MicroCredential', 'input.id') }, sharedOrOwnScope(viewer)],
    });
    if (!credential) throw notFound('The credential', 'input.id');
    if (credential.institution == null) requirePlatformAdmin(viewer, 'Changing a shared-catalog credential');
    else if (!isPlatformAdmin(viewer)) requireRole(viewer, Role.PLANNER, 'Changing a credential');
    else throw forbidden("The platform admin manages the shared catalog, not an institution's own.");
    checkVersion(credential.version, input.expectedVersion, 'The credential');
    if (input.creditRecognition === CreditRecognition.NONE && credential.creditRecognition !== CreditRecognition.NONE) {
      const applying = await em.count(ProgramCredential, { credential, creditsApplied: { $gt: 0 } });
      if (applying) {
        throw badInput(
          'input.creditRecognition',
          `${applying} embedding(s) apply this credential's credits; set their creditsApplied to 0 first.`,
        );
      }
    }
    if (input.title != null) credential.title = input.title.trim();
    if (input.costPerLearner != null) credential.costPerLearner = input.costPerLearner;
    if (input.setupCost != null) credential.setupCost = input.setupCost;
    if (input.creditRecognition != null) credential.creditRecognition = input.creditRecognition;
    credential.creditBearing = isCreditBearing(credential);
    await em.flush();
    return credential;
  });
}
