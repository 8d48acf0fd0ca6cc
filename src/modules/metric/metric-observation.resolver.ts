import { Arg, Ctx, FieldResolver, Int, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../../core/context';
import type { Institution } from '../institution/institution.entity';
import { InstitutionType } from '../institution/institution.types';
import type { DegreeProgram } from '../program/degree-program.entity';
import { DegreeProgramType } from '../program/degree-program.types';
import type { MetricObservation } from './metric-observation.entity';
import { RecordMetricsInput } from './metric-observation.inputs';
import { MetricObservationType, RecordMetricsPayload } from './metric-observation.types';
import { recordMetrics } from './metric-observation.service';

@Resolver(() => MetricObservationType)
export class MetricObservationResolver {
  @FieldResolver(() => DegreeProgramType, { description: 'The program observed.' })
  async program(@Root() m: MetricObservation, @Ctx() ctx: Context): Promise<DegreeProgram> {
    const program = await ctx.loaders.programByIdLoader.load(m.program.id);
    if (!program) throw new Error(`program ${m.program.id} of a visible observation is not visible`);
    return program;
  }

  @Mutation(() => RecordMetricsPayload, {
    description: 'Record actuals (PLANNER), all or nothing; an existing program/year/metric is replaced.',
  })
  async recordMetrics(
    @Ctx() ctx: Context,
    @Arg('input', () => RecordMetricsInput, { description: 'The observations.' }) input: RecordMetricsInput,
  ) {
    return { observations: await recordMetrics(ctx, input) };
  }
}

@Resolver(() => InstitutionType)
export class InstitutionMetricsResolver {
  @FieldResolver(() => Int, {
    nullable: true,
    description:
      'The latest academic year with any recorded actual of the institution’s programs; null when none is recorded ' +
      '(a back-test as of two years before it forecasts the last two).',
  })
  lastRecordedYear(@Root() i: Institution, @Ctx() ctx: Context): Promise<number | null> {
    return ctx.loaders.lastRecordedYearLoader.load(i.id);
  }
}
