import { Arg, Args, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../core/context';
import { PageArgs, type ConnectionResult } from '../../core/connection';
import type { Institution } from './institution.entity';
import { CreateInstitutionInput } from './institution.inputs';
import { CreateInstitutionPayload, InstitutionConnection, InstitutionType } from './institution.types';
import { createInstitution, listInstitutions } from './institution.service';

@Resolver(() => InstitutionType)
export class InstitutionResolver {
  @Query(() => InstitutionConnection, {
    description: 'Institutions you can see: all for the platform admin, your own otherwise. Sorted by slug.',
  })
  institutions(@Ctx() ctx: Context, @Args() args: PageArgs): Promise<ConnectionResult<Institution>> {
    return listInstitutions(ctx, args);
  }

  @Mutation(() => CreateInstitutionPayload, { description: 'Create an institution (platform admin only).' })
  async createInstitution(
    @Ctx() ctx: Context,
    @Arg('input', () => CreateInstitutionInput, { description: 'The institution.' }) input: CreateInstitutionInput,
  ) {
    return { institution: await createInstitution(ctx, input) };
  }
}
