import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../core/context';
import type { ConnectionResult } from '../../core/connection';
import { badInput } from '../../core/errors';
import { decodeId, toGlobalId } from '../../core/global-id';
import type { SensitivityEntry, SummaryRow } from '../../model';
import { OutcomeMetric } from '../common/enums';
import type { AssumptionSet } from '../assumption/assumption-set.entity';
import type { Assumption } from '../assumption/assumption.entity';
import { AssumptionSetType, AssumptionType } from '../assumption/assumption.types';
import type { DegreeProgram } from '../program/degree-program.entity';
import { DegreeProgramType } from '../program/degree-program.types';
import { ProgramCredentialType } from '../embedding/program-credential.types';
import type { ScenarioAddition, ScenarioProgram, Scenario } from './scenario.entity';
import {
  CreateScenarioInput,
  DeleteScenarioInput,
  PreviewUpliftInput,
  ScenariosArgs,
  UpdateScenarioInput,
} from './scenario.inputs';
import {
  DeleteScenarioPayload,
  ScenarioPayload,
  ProjectionRowType,
  ProjectionType,
  ScenarioChangeType,
  ScenarioComparisonRowType,
  ScenarioComparisonType,
  ScenarioConnection,
  ScenarioType,
  SensitivityEntryType,
  YearToYearVariationType,
} from './scenario.types';
import type { ProjectionView } from './projection.service';
import { CredentialFitType, fitType, ModelWarningType, relevanceWarnings } from '../occupation/credential-fit.types';
import { VARIATION_COMPONENTS } from '../../model/variation';
import {
  compareScenarios,
  createScenario,
  deleteScenario,
  getScenario,
  listScenarios,
  previewUplift,
  scenarioProjection,
  scenarioSensitivity,
  updateScenario,
} from './scenario.service';

type RowView = SummaryRow & { programGlobalId: string | null };
type ComparisonRowView = Omit<SummaryRow, 'programId'> & { scenario: Scenario };

@Resolver(() => ScenarioType)
export class ScenarioResolver {
  @FieldResolver(() => AssumptionSetType, { description: 'The assumptions the projection uses.' })
  async assumptionSet(@Root() s: Scenario, @Ctx() ctx: Context): Promise<AssumptionSet> {
    const set = await ctx.loaders.assumptionSetByIdLoader.load(s.assumptionSet.id);
    if (!set) throw new Error(`assumption set ${s.assumptionSet.id} of a visible scenario is not visible`);
    return set;
  }

  @FieldResolver(() => [ScenarioChangeType], {
    description: 'What the scenario does, program by program, in the order given.',
  })
  changes(@Root() s: Scenario, @Ctx() ctx: Context): Promise<ScenarioProgram[]> {
    return ctx.loaders.changesByScenarioIdLoader.load(s.id);
  }

  @FieldResolver(() => ProjectionType, {
    description:
      'Year-by-year projection with uncertainty; computed once per set of inputs and then served from the cache.',
  })
  projection(@Root() s: Scenario, @Ctx() ctx: Context): Promise<ProjectionView> {
    return scenarioProjection(ctx, s);
  }

  @FieldResolver(() => [SensitivityEntryType], {
    description: 'ranked by |swing|, outcome summed over the horizon unless year is given',
  })
  sensitivity(
    @Root() s: Scenario,
    @Ctx() ctx: Context,
    @Arg('metric', () => OutcomeMetric, {
      description:
        "The outcome (the total across the scenario's programs). Rates are averaged over the horizon, headcount-weighted.",
    })
    metric: OutcomeMetric,
    @Arg('year', () => Int, { nullable: true, description: 'One projection year instead of the whole horizon.' })
    year?: number,
  ): Promise<SensitivityEntry[]> {
    return scenarioSensitivity(ctx, s, metric, year);
  }

  @Query(() => ScenarioConnection, { description: "Your institution's scenarios, newest first." })
  scenarios(@Ctx() ctx: Context, @Args() args: ScenariosArgs): Promise<ConnectionResult<Scenario>> {
    return listScenarios(ctx, args);
  }

  @Query(() => ScenarioType, {
    nullable: true,
    description: 'One scenario; null with a NOT_FOUND error if there is none with that id.',
  })
  scenario(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { description: 'The scenario id.' }) id: string,
  ): Promise<Scenario> {
    return getScenario(ctx, id);
  }

  @Query(() => ScenarioComparisonType, {
    description:
      "Scenarios side by side on one outcome: the total across each scenario's programs, year by year (1–20 scenarios).",
  })
  async compareScenarios(
    @Ctx() ctx: Context,
    @Arg('ids', () => [ID], { description: 'The scenarios, 1–20.' }) ids: string[],
    @Arg('metric', () => OutcomeMetric, { description: 'The outcome to compare.' }) metric: OutcomeMetric,
  ): Promise<{ metric: OutcomeMetric; rows: ComparisonRowView[] }> {
    const results = await compareScenarios(ctx, ids);
    const rows = results.flatMap(({ scenario, projection }) =>
      projection.rows.filter((r) => r.programId === null && r.metric === metric).map((r) => ({ ...r, scenario })),
    );
    return { metric, rows };
  }

  @Query(() => ProjectionType, { description: 'the same computation as a saved scenario, for an unsaved what-if' })
  previewUplift(
    @Ctx() ctx: Context,
    @Arg('input', () => PreviewUpliftInput, { description: 'The what-if.' }) input: PreviewUpliftInput,
  ): Promise<ProjectionView> {
    return previewUplift(ctx, input);
  }

  @Mutation(() => ScenarioPayload, {
    description: 'Save a what-if (PLANNER). Its changes are checked against the same rules as real embeddings.',
  })
  async createScenario(
    @Ctx() ctx: Context,
    @Arg('input', () => CreateScenarioInput, { description: 'The scenario.' }) input: CreateScenarioInput,
  ) {
    return { scenario: await createScenario(ctx, input) };
  }

  @Mutation(() => ScenarioPayload, { description: 'Change a scenario (PLANNER).' })
  async updateScenario(
    @Ctx() ctx: Context,
    @Arg('input', () => UpdateScenarioInput, { description: 'The changes.' }) input: UpdateScenarioInput,
  ) {
    return { scenario: await updateScenario(ctx, input) };
  }

  @Mutation(() => DeleteScenarioPayload, { description: 'Delete a scenario (PLANNER).' })
  async deleteScenario(
    @Ctx() ctx: Context,
    @Arg('input', () => DeleteScenarioInput, { description: 'The scenario.' }) input: DeleteScenarioInput,
  ) {
    return { deletedId: await deleteScenario(ctx, input) };
  }
}

@Resolver(() => ProjectionType)
export class ProjectionResolver {
  @FieldResolver(() => [ProjectionRowType], {
    description:
      'Flat rows: per program and year and outcome, then the totals (program null). Rates in the totals are headcount-weighted.',
  })
  rows(
    @Root() p: ProjectionView,
    @Arg('metrics', () => [OutcomeMetric], { nullable: true, description: 'Only these outcomes.' })
    metrics?: OutcomeMetric[],
    @Arg('programId', () => ID, { nullable: true, description: 'Only this program (and no totals).' })
    programId?: string,
    @Arg('totalsOnly', () => Boolean, { nullable: true, description: 'Only the totals across the programs.' })
    totalsOnly?: boolean,
  ): RowView[] {
    const wanted = metrics?.length ? new Set<string>(metrics) : null;
    const only = programId ? String(decodeId(programId, 'DegreeProgram', 'programId')) : null;
    if (only && totalsOnly) throw badInput('totalsOnly', 'Ask for one program or for the totals, not both.');
    return p.rows
      .filter(
        (r) =>
          (!wanted || wanted.has(r.metric)) && (only ? r.programId === only : totalsOnly ? r.programId === null : true),
      )
      .map((r) => ({
        ...r,
        programGlobalId: r.programId === null ? null : toGlobalId('DegreeProgram', Number(r.programId)),
      }));
  }

  @FieldResolver(() => [AssumptionType], {
    description: 'The assumption values used, each with the evidence statistics and source behind it.',
  })
  assumptionsUsed(@Root() p: ProjectionView): Assumption[] {
    return p.assumptions;
  }

  @FieldResolver(() => [YearToYearVariationType], {
    description:
      'Per program, the year-to-year variation behind its prediction interval and where it came from: what the ' +
      'predictionP10–predictionP90 band assumes beyond the assumptions.',
  })
  yearToYearVariation(@Root() p: ProjectionView): YearToYearVariationType[] {
    return p.variation.map(({ programId, resolved }) => ({
      programId: toGlobalId('DegreeProgram', programId),
      ...resolved.variation,
      sources: VARIATION_COMPONENTS.map((c) => resolved.sources[c]).join(', '),
    }));
  }

  @FieldResolver(() => [CredentialFitType], {
    description:
      'How each credential the what-if keeps or adds fits its program (its relevance), program by program in the ' +
      "order of the changes: what scales each credential's offer.",
  })
  relevance(@Root() p: ProjectionView): CredentialFitType[] {
    return p.fits.map((f) => fitType(f.programId, f.credentialId, f.fit));
  }

  @FieldResolver(() => [ModelWarningType], {
    description:
      'What the projection assumed for want of data, in words: each credential whose relevance to its program is ' +
      'unknown (counted as fully relevant). Empty when nothing was.',
  })
  warnings(@Root() p: ProjectionView): ModelWarningType[] {
    return relevanceWarnings(p.fits);
  }
}

@Resolver(() => ProjectionRowType)
export class ProjectionRowResolver {
  @FieldResolver(() => ID, { nullable: true, description: 'Id of the program; null on the total.' })
  programId(@Root() r: RowView): string | null {
    return r.programGlobalId;
  }

  @FieldResolver(() => DegreeProgramType, {
    nullable: true,
    description: 'null on the total across all programs of the scenario',
  })
  program(@Root() r: RowView, @Ctx() ctx: Context): Promise<DegreeProgram | null> | null {
    return r.programId === null ? null : ctx.loaders.programByIdLoader.load(Number(r.programId));
  }
}

@Resolver(() => ScenarioChangeType)
export class ScenarioChangeResolver {
  @FieldResolver(() => DegreeProgramType, { description: 'The program.' })
  async program(@Root() c: ScenarioProgram, @Ctx() ctx: Context): Promise<DegreeProgram> {
    const program = await ctx.loaders.programByIdLoader.load(c.program.id);
    if (!program) throw new Error(`program ${c.program.id} of a visible scenario is not visible`);
    return program;
  }

  @FieldResolver(() => [ProgramCredentialType], {
    description:
      'Credentials the scenario embeds, as hypothetical embeddings (status PLANNED; they exist only in the scenario).',
  })
  add(@Root() c: ScenarioProgram): ScenarioAddition[] {
    return c.additions.getItems();
  }

  @FieldResolver(() => [ID])
  removeEmbeddingIds(@Root() c: ScenarioProgram): string[] {
    return c.removals.getItems().map((r) => toGlobalId('ProgramCredential', r.embedding.id));
  }
}

@Resolver(() => ScenarioComparisonType)
export class ScenarioComparisonResolver {
  @FieldResolver(() => [ScenarioComparisonRowType], {
    description: 'One row per scenario and year, in the order the ids were given.',
  })
  rows(@Root() c: { rows: ComparisonRowView[] }): ComparisonRowView[] {
    return c.rows;
  }
}

@Resolver(() => ScenarioComparisonRowType)
export class ScenarioComparisonRowResolver {
  @FieldResolver(() => ScenarioType, { description: 'The scenario.' })
  scenario(@Root() r: ComparisonRowView): Scenario {
    return r.scenario;
  }
}
