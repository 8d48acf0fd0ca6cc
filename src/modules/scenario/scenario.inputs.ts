import { ArgsType, Field, Float, ID, InputType, Int } from 'type-graphql';
import { ArrayMaxSize, IsInt, IsOptional, Length, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { PageArgs } from '../../core/connection';
import { RequirementType } from '../common/enums';

export const MAX_HORIZON_YEARS = 30;
export const MAX_DRAWS = 100_000;
export const DEFAULT_DRAWS = 2_000;
export const DEFAULT_SEED = 1;
export const MAX_CHANGES = 500;

@InputType({
  description: 'A credential the what-if embeds in a program (checked against the same rules as embedCredential).',
})
export class CredentialAdditionInput {
  @Field(() => ID, { description: 'A credential of the shared catalog or of your own.' })
  credentialId!: string;

  @Field(() => Float, { description: "Credits granted, in the program's unit (0 for non-credit credentials)." })
  @Min(0)
  @Max(1000)
  creditsApplied!: number;

  @Field(() => RequirementType, { description: 'CORE, ELECTIVE or ADD_ON.' })
  requirement!: RequirementType;

  @Field(() => Float, {
    nullable: true,
    description: 'Expected take-up, 0–1; default: CORE 1, otherwise ELECTIVE_TAKE_UP.',
  })
  @IsOptional()
  @Min(0)
  @Max(1)
  takeUpRate?: number;

  @Field(() => Boolean, { nullable: true, description: 'Credits earned replace paid credits; default false.' })
  @IsOptional()
  displacesTuition?: boolean;
}

@InputType({
  description:
    'What the what-if does to one program. A program listed with no additions or removals is projected unchanged (it still counts in the totals).',
})
export class ScenarioChangeInput {
  @Field(() => ID, { description: 'A program of your institution.' })
  programId!: string;

  @Field(() => [CredentialAdditionInput], { nullable: true, description: 'Credentials to embed, at most 50.' })
  @IsOptional()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  add?: CredentialAdditionInput[];

  @Field(() => [ID], { nullable: true, description: 'ACTIVE embeddings of this program to remove, at most 50.' })
  @IsOptional()
  @ArrayMaxSize(50)
  removeEmbeddingIds?: string[];
}

/** What a saved scenario and a preview share: the what-if itself and how to project it. */
@InputType('WhatIfInput', { description: 'The what-if and how to project it (shared by scenarios and previews).' })
abstract class WhatIfInput {
  @Field(() => ID, { nullable: true, description: 'Assumption set; default: the global default set.' })
  @IsOptional()
  assumptionSetId?: string;

  @Field(() => Int, { description: `Years to project, 1–${MAX_HORIZON_YEARS}.` })
  @IsInt()
  @Min(1)
  @Max(MAX_HORIZON_YEARS)
  horizonYears!: number;

  @Field(() => Int, { nullable: true, description: `Monte Carlo draws, 1–${MAX_DRAWS}; default ${DEFAULT_DRAWS}.` })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_DRAWS)
  draws?: number;

  @Field(() => Int, { nullable: true, description: `Seed of the draws, 0–2147483647; default ${DEFAULT_SEED}.` })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(2_147_483_647)
  seed?: number;

  @Field(() => [ScenarioChangeInput], {
    description: `The programs and what changes in each, 1–${MAX_CHANGES}, each program once.`,
  })
  @ArrayMaxSize(MAX_CHANGES)
  @ValidateNested({ each: true })
  changes!: ScenarioChangeInput[];
}

@InputType({ description: 'A new scenario.' })
export class CreateScenarioInput extends WhatIfInput {
  @Field({ description: 'Name, 1–200 characters.' })
  @Length(1, 200)
  name!: string;

  @Field(() => String, { nullable: true, description: 'Description, up to 2,000 characters.' })
  @IsOptional()
  @MaxLength(2000)
  description?: string;
}

@InputType({
  description: 'Changes to a scenario; omitted fields stay as they are. `changes`, when given, replaces all changes.',
})
export class UpdateScenarioInput {
  @Field(() => ID, { description: 'The scenario.' })
  id!: string;

  @Field(() => Int, { nullable: true, description: 'The version you read; a stale one fails with CONFLICT.' })
  @IsOptional()
  @IsInt()
  expectedVersion?: number;

  @Field(() => String, { nullable: true, description: 'New name.' })
  @IsOptional()
  @Length(1, 200)
  name?: string;

  @Field(() => String, { nullable: true, description: 'New description.' })
  @IsOptional()
  @MaxLength(2000)
  description?: string;

  @Field(() => ID, { nullable: true, description: 'New assumption set.' })
  @IsOptional()
  assumptionSetId?: string;

  @Field(() => Int, { nullable: true, description: `New horizon, 1–${MAX_HORIZON_YEARS}.` })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_HORIZON_YEARS)
  horizonYears?: number;

  @Field(() => Int, { nullable: true, description: `New number of draws, 1–${MAX_DRAWS}.` })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_DRAWS)
  draws?: number;

  @Field(() => Int, { nullable: true, description: 'New seed.' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(2_147_483_647)
  seed?: number;

  @Field(() => [ScenarioChangeInput], { nullable: true, description: 'New changes, replacing the old ones.' })
  @IsOptional()
  @ArrayMaxSize(MAX_CHANGES)
  @ValidateNested({ each: true })
  changes?: ScenarioChangeInput[];
}

@InputType({ description: 'The scenario to delete.' })
export class DeleteScenarioInput {
  @Field(() => ID, { description: 'The scenario.' })
  id!: string;
}

@InputType({ description: 'An unsaved what-if, computed exactly as a saved scenario would be.' })
export class PreviewUpliftInput extends WhatIfInput {}

@ArgsType()
export class ScenariosArgs extends PageArgs {}
