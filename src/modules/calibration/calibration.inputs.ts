import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { ArrayMaxSize, IsOptional, MaxLength } from 'class-validator';
import { PageArgs } from '../../core/connection';
import { MAX_DRAWS, MIN_DRAWS } from '../../model/calibration';

export const DEFAULT_CALIBRATION_DRAWS = 4_000;
export const DEFAULT_CALIBRATION_SEED = 1;
export const MAX_CALIBRATION_PROGRAMS = 5_000;

@InputType({ description: "Learn the model's parameters from your programs' own results (see Calibration)." })
export class CalibrateAssumptionsInput {
  @Field({
    description: 'Name of the calibration, and of the calibrated assumption set it creates (1–200 characters).',
  })
  @MaxLength(200)
  name!: string;

  @Field(() => ID, { nullable: true, description: 'the prior; default: the global default set' })
  @IsOptional()
  assumptionSetId?: string | null;

  @Field(() => [ID], {
    nullable: true,
    description:
      "programs to learn from (default: all of the institution's programs); " + `at most ${MAX_CALIBRATION_PROGRAMS}`,
  })
  @IsOptional()
  @ArrayMaxSize(MAX_CALIBRATION_PROGRAMS)
  programIds?: string[] | null;

  @Field(() => Int, {
    nullable: true,
    description:
      `Particles of the posterior sampler, ${MIN_DRAWS.toLocaleString('en')}–${MAX_DRAWS.toLocaleString('en')}; ` +
      `default ${DEFAULT_CALIBRATION_DRAWS.toLocaleString('en')}. More draws: a larger effective sample, more time.`,
  })
  @IsOptional()
  draws?: number | null;

  @Field(() => Int, {
    nullable: true,
    description:
      `Seed of every random number of the calibration (default ${DEFAULT_CALIBRATION_SEED}): ` +
      'same data and seed, same posterior.',
  })
  @IsOptional()
  seed?: number | null;
}

@ArgsType()
export class CalibrationsArgs extends PageArgs {}
