import type { Context } from '../../core/context';
import { isPlatformAdmin, requirePlatformAdmin, requireViewer } from '../../auth/viewer';
import { paginate, type ConnectionResult, type PageArgs } from '../../core/connection';
import { badInput } from '../../core/errors';
import { Institution } from './institution.entity';
import type { CreateInstitutionInput } from './institution.inputs';

export async function listInstitutions(ctx: Context, args: PageArgs): Promise<ConnectionResult<Institution>> {
  const viewer = requireViewer(ctx.viewer);
  // Everyone but the operator sees exactly one institution: their own.
  const where = isPlatformAdmin(viewer) ? {} : { id: viewer.institutionId! };
  return paginate(ctx.em, Institution, where, { field: 'slug', direction: 'ASC' }, args);
}

export async function createInstitution(ctx: Context, input: CreateInstitutionInput): Promise<Institution> {
  requirePlatformAdmin(ctx.viewer, 'Creating an institution');
  return ctx.em.transactional(async (em) => {
    if (await em.count(Institution, { slug: input.slug })) {
      throw badInput('input.slug', `An institution with slug "${input.slug}" already exists.`);
    }
    const institution = em.create(Institution, {
      name: input.name.trim(),
      slug: input.slug,
      country: input.country.toUpperCase(),
      creditUnit: input.creditUnit,
      currency: input.currency.toUpperCase(),
      maxEmbeddedCreditShare: input.maxEmbeddedCreditShare ?? 0.25,
      ectsPerCreditHour: input.ectsPerCreditHour ?? 2,
    });
    await em.flush();
    return institution;
  });
}
