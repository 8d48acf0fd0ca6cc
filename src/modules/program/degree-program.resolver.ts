import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, Float, ID, Info, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../core/context';
import { nodesSelectionOf, type ConnectionResult } from '../../core/connection';
import { selectionOf } from '../../core/selection';
import { LIVE_CREDITS_READ, liveCredits } from '../embedding/program-credential.rules';
import type { ProgramCredential } from '../embedding/program-credential.entity';
import { ProgramCredentialType } from '../embedding/program-credential.types';
import { embeddingSelectionOf } from '../embedding/program-credential.loaders';
import type { Institution } from '../institution/institution.entity';
import { InstitutionType } from '../institution/institution.types';
import type { MetricObservation } from '../metric/metric-observation.entity';
import { ProgramMetricsArgs } from '../metric/metric-observation.inputs';
import { MetricObservationConnection } from '../metric/metric-observation.types';
import type { Occupation } from '../occupation/occupation.entity';
import { OccupationType } from '../occupation/occupation.types';
import type { DegreeProgram } from './degree-program.entity';
import { ArchiveProgramInput, CreateProgramInput, ProgramsArgs, UpdateProgramInput } from './degree-program.inputs';
import { archiveProgram, createProgram, getProgram, listPrograms, updateProgram } from './degree-program.service';
import { enrollmentRateOf } from './degree-program.rules';
import {
  DegreeProgramConnection,
  DegreeProgramType,
  ProgramBaselineType,
  ProgramPayload,
} from './degree-program.types';

@Resolver(() => DegreeProgramType)
export class DegreeProgramResolver {
  @FieldResolver(() => ProgramBaselineType, { description: 'The observed baseline.' })
  baseline(@Root() p: DegreeProgram): ProgramBaselineType {
    return {
      annualProspects: p.annualProspects,
      annualNewEnrollments: p.annualNewEnrollments,
      engagementRate: p.engagementRate,
      retentionRate: p.retentionRate,
      prospectGrowthRate: p.prospectGrowthRate,
      enrollmentRate: enrollmentRateOf(p),
    };
  }

  @FieldResolver(() => InstitutionType, { description: 'The institution the program belongs to.' })
  async institution(@Root() p: DegreeProgram, @Ctx() ctx: Context): Promise<Institution> {
    const institution = await ctx.loaders.institutionByIdLoader.load(p.institution.id);
    if (!institution) throw new Error(`institution ${p.institution.id} of a visible program is not visible`);
    return institution;
  }

  @FieldResolver(() => [ProgramCredentialType], {
    description: 'Credentials embedded in the program, every status, oldest first.',
  })
  embeddedCredentials(
    @Root() p: DegreeProgram,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): ProgramCredential[] | Promise<ProgramCredential[]> {
    const loader = ctx.loaders.embeddingsByProgramIdLoader;
    const properties = loader.reading(embeddingSelectionOf(info));
    // Read already when the page was (programs below): answered at once, without a promise.
    return loader.peek(p.id, properties) ?? loader.load(p.id, properties);
  }

  @FieldResolver(() => Float, {
    description:
      "Credits applied by PLANNED and ACTIVE embeddings, in the program's unit (what the institution's cap limits).",
  })
  async embeddedCredits(@Root() p: DegreeProgram, @Ctx() ctx: Context): Promise<number> {
    const embeddings = await ctx.loaders.embeddingsByProgramIdLoader.load(p.id, LIVE_CREDITS_READ);
    return liveCredits(embeddings);
  }

  @FieldResolver(() => MetricObservationConnection, { description: 'Recorded actuals, oldest academic year first.' })
  metrics(
    @Root() p: DegreeProgram,
    @Ctx() ctx: Context,
    @Args() args: ProgramMetricsArgs,
  ): Promise<ConnectionResult<MetricObservation>> {
    return ctx.loaders.metricsByProgramLoader.load({
      programId: p.id,
      metric: args.metric,
      first: args.first,
      after: args.after,
    });
  }

  @FieldResolver(() => [OccupationType], {
    description:
      'Occupations the program leads to, from its cipCode through the CIP 2020 → SOC 2018 crosswalk (NCES), by SOC ' +
      'code. Only occupations with a projections row are listed (a crosswalk code without one is left out); empty ' +
      'without a cipCode or when the crosswalk has no row for it.',
  })
  occupations(@Root() p: DegreeProgram, @Ctx() ctx: Context): Occupation[] | Promise<Occupation[]> {
    return p.cipCode ? ctx.loaders.occupationsByCipCodeLoader.load(p.cipCode) : [];
  }

  @Query(() => DegreeProgramConnection, {
    description: "Your institution's programs, filtered and sorted (default: by code).",
  })
  async programs(
    @Ctx() ctx: Context,
    @Args() args: ProgramsArgs,
    @Info() info: GraphQLResolveInfo,
  ): Promise<ConnectionResult<DegreeProgram>> {
    const page = await listPrograms(ctx, args, nodesSelectionOf(info));
    await prefetchEmbeddings(ctx, info, page.nodes);
    return page;
  }

  @Query(() => DegreeProgramType, {
    nullable: true,
    description: 'One program of your institution; null with a NOT_FOUND error if there is none with that id.',
  })
  program(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { description: 'The program id.' }) id: string,
  ): Promise<DegreeProgram> {
    return getProgram(ctx, id);
  }

  @Mutation(() => ProgramPayload, { description: 'Create a program in your institution (PLANNER).' })
  async createProgram(
    @Ctx() ctx: Context,
    @Arg('input', () => CreateProgramInput, { description: 'The program.' }) input: CreateProgramInput,
  ) {
    return { program: await createProgram(ctx, input) };
  }

  @Mutation(() => ProgramPayload, {
    description: "Change a program (PLANNER). Pass expectedVersion to avoid overwriting someone else's change.",
  })
  async updateProgram(
    @Ctx() ctx: Context,
    @Arg('input', () => UpdateProgramInput, { description: 'The changes.' }) input: UpdateProgramInput,
  ) {
    return { program: await updateProgram(ctx, input) };
  }

  @Mutation(() => ProgramPayload, { description: 'Archive a program (PLANNER); it stays readable.' })
  async archiveProgram(
    @Ctx() ctx: Context,
    @Arg('input', () => ArchiveProgramInput, { description: 'The program.' }) input: ArchiveProgramInput,
  ) {
    return { program: await archiveProgram(ctx, input) };
  }
}

/**
 * The page's embeddings, when its nodes ask for them, read as soon as the page is: one batch, as the
 * loader would make anyway, but awaited here once, so each program's embeddedCredentials then answers
 * at once instead of through a promise per program (docs/PERFORMANCE.md). A failure is left to those
 * fields, which read again and report it each, as without this.
 */
async function prefetchEmbeddings(ctx: Context, info: GraphQLResolveInfo, programs: DegreeProgram[]): Promise<void> {
  const nodes = selectionOf(info, ['nodes']);
  if (!programs.length || !nodes?.resolved.includes('embeddedCredentials')) return;
  const loader = ctx.loaders.embeddingsByProgramIdLoader;
  // The same properties each program's embeddedCredentials will ask for, so it finds them read.
  const read = loader.reading(embeddingSelectionOf(info, ['nodes', 'embeddedCredentials']));
  // embeddedCredits beside it reads the same rows: one read serves both.
  const properties = read && nodes.resolved.includes('embeddedCredits') ? [...read, ...LIVE_CREDITS_READ] : read;
  await Promise.all(programs.map((p) => loader.load(p.id, properties))).catch(() => undefined);
}
