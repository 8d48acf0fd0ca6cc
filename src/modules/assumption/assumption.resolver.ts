import { Arg, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../core/context';
import type { EvidenceStatistic } from '../evidence/evidence-statistic.entity';
import { EvidenceStatisticType } from '../evidence/evidence.types';
import type { Institution } from '../institution/institution.entity';
import { InstitutionType } from '../institution/institution.types';
import type { AssumptionSet } from './assumption-set.entity';
import type { Assumption } from './assumption.entity';
import { CreateAssumptionSetInput, UpdateAssumptionInput } from './assumption.inputs';
import { AssumptionSetPayload, AssumptionSetType, AssumptionType } from './assumption.types';
import { createAssumptionSet, listAssumptionSets, updateAssumption } from './assumption.service';

@Resolver(() => AssumptionSetType)
export class AssumptionSetResolver {
  @FieldResolver(() => InstitutionType, {
    nullable: true,
    description: 'The owning institution; null for a global set.',
  })
  institution(@Root() set: AssumptionSet, @Ctx() ctx: Context): Promise<Institution | null> | null {
    return set.institution ? ctx.loaders.institutionByIdLoader.load(set.institution.id) : null;
  }

  @FieldResolver(() => [AssumptionType], { description: "One assumption per model parameter, in the model's order." })
  assumptions(@Root() set: AssumptionSet, @Ctx() ctx: Context): Promise<Assumption[]> {
    return ctx.loaders.assumptionsBySetIdLoader.load(set.id);
  }

  @Query(() => [AssumptionSetType], { description: "The global sets (default first) and your institution's own." })
  assumptionSets(@Ctx() ctx: Context): Promise<AssumptionSet[]> {
    return listAssumptionSets(ctx);
  }

  @Mutation(() => AssumptionSetPayload, {
    description: 'Copy an assumption set into your institution, with overrides (PLANNER).',
  })
  async createAssumptionSet(
    @Ctx() ctx: Context,
    @Arg('input', () => CreateAssumptionSetInput, { description: 'The new set.' }) input: CreateAssumptionSetInput,
  ) {
    return { assumptionSet: await createAssumptionSet(ctx, input) };
  }

  @Mutation(() => AssumptionSetPayload, {
    description: 'Change one parameter of your own set (PLANNER); global sets belong to the platform admin.',
  })
  async updateAssumption(
    @Ctx() ctx: Context,
    @Arg('input', () => UpdateAssumptionInput, { description: 'The change.' }) input: UpdateAssumptionInput,
  ) {
    return { assumptionSet: await updateAssumption(ctx, input) };
  }
}

@Resolver(() => AssumptionType)
export class AssumptionResolver {
  @FieldResolver(() => [EvidenceStatisticType], {
    description: 'The statistics this assumption rests on; empty when there is no direct evidence.',
  })
  evidence(@Root() a: Assumption, @Ctx() ctx: Context): Promise<EvidenceStatistic[]> {
    return ctx.loaders.evidenceByAssumptionIdLoader.load(a.id);
  }

  @FieldResolver(() => Boolean)
  async hasNoEvidence(@Root() a: Assumption, @Ctx() ctx: Context): Promise<boolean> {
    return (await ctx.loaders.evidenceByAssumptionIdLoader.load(a.id)).length === 0;
  }
}
