import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { ConnectionResult } from '../../core/connection';
import type { Context } from '../../core/context';
import type { CalibrationResult } from '../../model/calibration';
import type { AssumptionSet } from '../assumption/assumption-set.entity';
import { AssumptionSetType } from '../assumption/assumption.types';
import { AssumptionSetKind } from '../common/enums';
import type { DegreeProgram } from '../program/degree-program.entity';
import { DegreeProgramType } from '../program/degree-program.types';
import type { Calibration } from './calibration.entity';
import { CalibrationWarning } from './calibration.enums';
import { CalibrateAssumptionsInput, CalibrationsArgs } from './calibration.inputs';
import { readEstimates } from './calibration.rules';
import { calibrateAssumptions, getCalibration, listCalibrations } from './calibration.service';
import {
  CalibrateAssumptionsPayload,
  CalibrationConnection,
  CalibrationType,
  DerivedPosteriorType,
  LocalEffectEstimateType,
  ParameterPosteriorType,
} from './calibration.types';

@Resolver(() => CalibrationType)
export class CalibrationResolver {
  @FieldResolver(() => AssumptionSetType, { description: 'The assumption set it started from (the prior).' })
  async priorAssumptionSet(@Root() c: Calibration, @Ctx() ctx: Context): Promise<AssumptionSet> {
    const set = await ctx.loaders.assumptionSetByIdLoader.load(c.priorAssumptionSet.id);
    if (!set) throw new Error(`prior set ${c.priorAssumptionSet.id} of a visible calibration is not visible`);
    return set;
  }

  @FieldResolver(() => AssumptionSetType, {
    nullable: true,
    description:
      'the calibrated set (kind CALIBRATED); scenarios that use it draw their parameters from the posterior. ' +
      'null unless status is OK',
  })
  assumptionSet(@Root() c: Calibration, @Ctx() ctx: Context): Promise<AssumptionSet | null> | null {
    return c.assumptionSet ? ctx.loaders.assumptionSetByIdLoader.load(c.assumptionSet.id) : null;
  }

  @FieldResolver(() => [LocalEffectEstimateType], {
    description: 'The local effect per outcome with data, with its prediction.',
  })
  estimates(@Root() c: Calibration): ReturnType<typeof readEstimates> {
    return readEstimates(c.estimates);
  }

  @FieldResolver(() => [ParameterPosteriorType], {
    description: "Each model parameter, prior vs posterior, in the model's order.",
  })
  parameters(@Root() c: Calibration): CalibrationResult['parameters'] {
    return JSON.parse(c.parameters) as CalibrationResult['parameters'];
  }

  @FieldResolver(() => [DerivedPosteriorType], {
    description:
      'The realised effects as odds ratios (exp of each effect; 1 = no effect), prior vs posterior: the same ' +
      'quantities as the effect parameters, on a scale that reads as "times as likely".',
  })
  realisedRatios(@Root() c: Calibration): CalibrationResult['derived'] {
    return JSON.parse(c.derived) as CalibrationResult['derived'];
  }

  @FieldResolver(() => [CalibrationWarning], { description: 'What the data cannot support; see each value.' })
  warnings(@Root() c: Calibration): CalibrationWarning[] {
    return JSON.parse(c.warnings) as CalibrationWarning[];
  }

  @FieldResolver(() => [DegreeProgramType], {
    description:
      'Programs left out: an ACTIVE embedding without a start year makes them neither treated nor comparison.',
  })
  async excludedPrograms(@Root() c: Calibration, @Ctx() ctx: Context): Promise<DegreeProgram[]> {
    const ids = (JSON.parse(c.excludedPrograms) as { id: number }[]).map((e) => e.id);
    const found = await ctx.loaders.programByIdLoader.loadMany(ids);
    return found.filter((p): p is DegreeProgram => p !== null && !(p instanceof Error));
  }

  @Query(() => CalibrationConnection, { description: "Your institution's calibrations, newest first." })
  calibrations(
    @Args(() => CalibrationsArgs) args: CalibrationsArgs,
    @Ctx() ctx: Context,
  ): Promise<ConnectionResult<Calibration>> {
    return listCalibrations(ctx, args);
  }

  @Query(() => CalibrationType, {
    nullable: true,
    description: 'One of your calibrations; null if it is not there or not yours.',
  })
  calibration(
    @Arg('id', () => ID, { description: 'Its global id.' }) id: string,
    @Ctx() ctx: Context,
  ): Promise<Calibration | null> {
    return getCalibration(ctx, id);
  }

  @Mutation(() => CalibrateAssumptionsPayload, {
    description:
      "Learn the model's parameters from your programs' own results (PLANNER): the local effect of the embeddings " +
      'already running, and the posterior of the parameters given it. Saved as a Calibration; when its status is OK, ' +
      'also as an immutable CALIBRATED assumption set for scenarios.',
  })
  async calibrateAssumptions(
    @Ctx() ctx: Context,
    @Arg('input', () => CalibrateAssumptionsInput, { description: 'What to learn from.' })
    input: CalibrateAssumptionsInput,
  ): Promise<{ calibration: Calibration }> {
    return { calibration: await calibrateAssumptions(ctx, input) };
  }
}

@Resolver(() => AssumptionSetType)
export class AssumptionSetCalibrationResolver {
  @FieldResolver(() => CalibrationType, {
    nullable: true,
    description: 'For a CALIBRATED set, the calibration that created it; else null.',
  })
  calibration(@Root() set: AssumptionSet, @Ctx() ctx: Context): Promise<Calibration | null> | null {
    return set.kind === AssumptionSetKind.CALIBRATED ? ctx.loaders.calibrationBySetIdLoader.load(set.id) : null;
  }
}

export const CALIBRATION_RESOLVERS = [CalibrationResolver, AssumptionSetCalibrationResolver] as const;
