import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { ConnectionResult } from '../../core/connection';
import type { Context } from '../../core/context';
import { decodeId } from '../../core/global-id';
import type { BacktestPoint, BacktestScore } from '../../model/backtest';
import type { AssumptionSet } from '../assumption/assumption-set.entity';
import { AssumptionSetType } from '../assumption/assumption.types';
import type { Calibration } from './calibration.entity';
import { CalibrationType } from './calibration.types';
import { ObservedMetric } from '../common/enums';
import type { DegreeProgram } from '../program/degree-program.entity';
import { DegreeProgramType } from '../program/degree-program.types';
import type { Backtest } from './backtest.entity';
import { BacktestsArgs, RunBacktestInput } from './backtest.inputs';
import { getBacktest, listBacktests, runBacktest } from './backtest.service';
import {
  BacktestConnection,
  BacktestPointType,
  BacktestScoreType,
  BacktestType,
  RunBacktestPayload,
} from './backtest.types';

/** A stored point: the model's, with the program's database id. */
type StoredPoint = Omit<BacktestPoint, 'programId'> & { programId: number };

@Resolver(() => BacktestType)
export class BacktestResolver {
  @FieldResolver(() => AssumptionSetType, { description: 'The prior the fit started from.' })
  async assumptionSet(@Root() b: Backtest, @Ctx() ctx: Context): Promise<AssumptionSet> {
    const set = await ctx.loaders.assumptionSetByIdLoader.load(b.assumptionSet.id);
    if (!set) throw new Error(`prior set ${b.assumptionSet.id} of a visible back-test is not visible`);
    return set;
  }

  @FieldResolver(() => CalibrationType, {
    nullable: true,
    description: 'the calibration fitted on the years up to asOfYear, when there was enough to fit',
  })
  calibration(@Root() b: Backtest, @Ctx() ctx: Context): Promise<Calibration | null> | null {
    return b.calibration ? ctx.loaders.calibrationByIdLoader.load(b.calibration.id) : null;
  }

  @FieldResolver(() => [BacktestPointType], {
    description: 'Every actual forecast, by program, year and metric; filter by program or metric.',
  })
  async points(
    @Root() b: Backtest,
    @Ctx() ctx: Context,
    @Arg('programId', () => ID, { nullable: true, description: 'Only this program.' }) programId?: string | null,
    @Arg('metric', () => ObservedMetric, { nullable: true, description: 'Only this metric.' })
    metric?: ObservedMetric | null,
  ): Promise<StoredPoint[]> {
    const pid = programId ? decodeId(programId, 'DegreeProgram', 'programId') : null;
    const points = JSON.parse(await ctx.loaders.backtestPointsLoader.load(b.id)) as StoredPoint[];
    return points.filter((p) => (pid === null || p.programId === pid) && (!metric || p.metric === metric));
  }

  @FieldResolver(() => [BacktestScoreType], { description: 'Per metric: coverage of the 80% interval and CRPS.' })
  scores(@Root() b: Backtest): BacktestScore[] {
    return JSON.parse(b.scores) as BacktestScore[];
  }

  @FieldResolver(() => [DegreeProgramType], {
    description:
      'Programs left out: an ACTIVE embedding without a start year, or no recorded year after asOfYear to score.',
  })
  async excludedPrograms(@Root() b: Backtest, @Ctx() ctx: Context): Promise<DegreeProgram[]> {
    const ids = (JSON.parse(b.excludedPrograms) as { id: number }[]).map((e) => e.id);
    const found = await ctx.loaders.programByIdLoader.loadMany(ids);
    return found.filter((p): p is DegreeProgram => p !== null && !(p instanceof Error));
  }

  @Query(() => BacktestConnection, { description: "Your institution's back-tests, newest first." })
  backtests(@Args(() => BacktestsArgs) args: BacktestsArgs, @Ctx() ctx: Context): Promise<ConnectionResult<Backtest>> {
    return listBacktests(ctx, args);
  }

  @Query(() => BacktestType, {
    nullable: true,
    description: 'One of your back-tests; null if it is not there or not yours.',
  })
  backtest(
    @Arg('id', () => ID, { description: 'Its global id.' }) id: string,
    @Ctx() ctx: Context,
  ): Promise<Backtest | null> {
    return getBacktest(ctx, id);
  }

  @Mutation(() => RunBacktestPayload, {
    description:
      'Re-run history (PLANNER): as of a year, fit on the actuals up to it, forecast every later recorded year of ' +
      'every program with the embeddings as they actually went live, and score the forecasts — coverage of the 80% ' +
      'prediction interval, and CRPS against persistence and against no effect. How a planner learns whether to ' +
      'trust the forecasts here.',
  })
  async runBacktest(
    @Ctx() ctx: Context,
    @Arg('input', () => RunBacktestInput, { description: 'What to re-run.' }) input: RunBacktestInput,
  ): Promise<{ backtest: Backtest }> {
    return { backtest: await runBacktest(ctx, input) };
  }
}

@Resolver(() => BacktestPointType)
export class BacktestPointResolver {
  @FieldResolver(() => DegreeProgramType, { description: 'The program.' })
  async program(@Root() p: StoredPoint, @Ctx() ctx: Context): Promise<DegreeProgram> {
    const program = await ctx.loaders.programByIdLoader.load(p.programId);
    if (!program) throw new Error(`program ${p.programId} of a visible back-test is not visible`);
    return program;
  }
}

export const BACKTEST_RESOLVERS = [BacktestResolver, BacktestPointResolver] as const;
