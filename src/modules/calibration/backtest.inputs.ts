import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { ArrayMaxSize, IsOptional, MaxLength } from 'class-validator';
import { PageArgs } from '../../core/connection';
import { MAX_CALIBRATION_PROGRAMS } from './calibration.inputs';

export const DEFAULT_BACKTEST_DRAWS = 2_000;
export const MIN_BACKTEST_DRAWS = 1_000;
export const MAX_BACKTEST_DRAWS = 20_000;
export const DEFAULT_BACKTEST_SEED = 1;

@InputType({
  description:
    'Re-run history: forecasts made as of a year from what was known then (baselines, and a calibration on the years ' +
    'up to it), scored against what happened after.',
})
export class RunBacktestInput {
  @Field({ description: 'Name of the back-test (1–200 characters).' })
  @MaxLength(200)
  name!: string;

  @Field(() => Int, {
    description:
      'The last academic year the fit and the baselines may see (the calendar year it starts in); every later ' +
      'recorded year is forecast.',
  })
  asOfYear!: number;

  @Field(() => ID, { nullable: true, description: 'the prior; default: the global default set' })
  @IsOptional()
  assumptionSetId?: string | null;

  @Field(() => [ID], {
    nullable: true,
    description: `programs to fit and forecast (default: all of the institution's); at most ${MAX_CALIBRATION_PROGRAMS}`,
  })
  @IsOptional()
  @ArrayMaxSize(MAX_CALIBRATION_PROGRAMS)
  programIds?: string[] | null;

  @Field(() => Int, {
    nullable: true,
    description:
      `Simulations behind each forecast (and particles of the fit), ${MIN_BACKTEST_DRAWS.toLocaleString('en')}–` +
      `${MAX_BACKTEST_DRAWS.toLocaleString('en')}; default ${DEFAULT_BACKTEST_DRAWS.toLocaleString('en')}.`,
  })
  @IsOptional()
  draws?: number | null;

  @Field(() => Int, {
    nullable: true,
    description: `Seed of every random number (default ${DEFAULT_BACKTEST_SEED}): same data and seed, same back-test.`,
  })
  @IsOptional()
  seed?: number | null;
}

@ArgsType()
export class BacktestsArgs extends PageArgs {}
