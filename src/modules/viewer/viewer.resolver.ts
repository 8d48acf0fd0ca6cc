import { Ctx, Field, ObjectType, Query, Resolver } from 'type-graphql';
import type { Context } from '../../core/context';
import { requireViewer } from '../../auth/viewer';
import { Role } from '../common/enums';
import { InstitutionType } from '../institution/institution.types';
import type { Institution } from '../institution/institution.entity';

@ObjectType('Viewer', { description: 'The caller, as identified by the API key.' })
export class ViewerType {
  @Field(() => Role, { description: "The key's role." })
  role!: Role;

  @Field(() => InstitutionType, { nullable: true, description: "The key's institution; null for the platform admin." })
  institution!: Institution | null;
}

@Resolver()
export class ViewerResolver {
  @Query(() => ViewerType, { description: 'Who you are: the role and institution of your API key.' })
  async viewer(@Ctx() ctx: Context): Promise<ViewerType> {
    const viewer = requireViewer(ctx.viewer);
    const institution =
      viewer.institutionId === null ? null : await ctx.loaders.institutionByIdLoader.load(viewer.institutionId);
    return { role: viewer.role, institution };
  }
}
