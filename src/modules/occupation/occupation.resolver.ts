import { Args, Ctx, Query, Resolver } from 'type-graphql';
import type { ConnectionResult } from '../../core/connection';
import type { Context } from '../../core/context';
import type { Occupation } from './occupation.entity';
import { OccupationsArgs } from './occupation.inputs';
import { listOccupations } from './occupation.service';
import { OccupationConnection, OccupationType } from './occupation.types';

@Resolver(() => OccupationType)
export class OccupationResolver {
  @Query(() => OccupationConnection, {
    description:
      'Occupations (SOC 2018) with their BLS Employment Projections figures, by code; global data, the same for ' +
      'every institution.',
  })
  occupations(@Ctx() ctx: Context, @Args() args: OccupationsArgs): Promise<ConnectionResult<Occupation>> {
    return listOccupations(ctx, args);
  }
}
