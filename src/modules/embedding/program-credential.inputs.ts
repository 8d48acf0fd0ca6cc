import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { EmbeddingStatus, RequirementType } from '../common/enums';

@InputType({ description: 'Embed a credential in a program.' })
export class EmbedCredentialInput {
  @Field(() => ID, { description: 'A program of your institution.' })
  programId!: string;

  @Field(() => ID, { description: 'A credential of the shared catalog or of your own.' })
  credentialId!: string;

  @Field(() => Float, {
    description:
      "Credits granted, in the program's unit: 0 for non-credit credentials, at most the credential's value converted.",
  })
  @Min(0)
  @Max(1000)
  creditsApplied!: number;

  @Field(() => RequirementType, { description: 'CORE, ELECTIVE or ADD_ON.' })
  requirement!: RequirementType;

  @Field(() => Float, {
    nullable: true,
    description: 'Expected take-up, strictly between 0 and 1 (CORE may use 1 by leaving it null).',
  })
  @IsOptional()
  @Min(0)
  @Max(1)
  takeUpRate?: number;

  @Field(() => Boolean, { nullable: true, description: 'Credits earned replace paid credits; default false.' })
  @IsOptional()
  displacesTuition?: boolean;

  @Field(() => Int, { nullable: true, description: 'Academic year it starts, 1900–2200.' })
  @IsOptional()
  @IsInt()
  @Min(1900)
  @Max(2200)
  startYear?: number;

  @Field(() => EmbeddingStatus, { nullable: true, description: 'Default ACTIVE.' })
  @IsOptional()
  status?: EmbeddingStatus;
}

@InputType({ description: 'Changes to an embedding; omitted fields stay as they are.' })
export class UpdateEmbeddingInput {
  @Field(() => ID, { description: 'The embedding.' })
  id!: string;

  @Field(() => Int, { nullable: true, description: 'The version you read; a stale one fails with CONFLICT.' })
  @IsOptional()
  @IsInt()
  expectedVersion?: number;

  @Field(() => Float, { nullable: true, description: 'New credits applied.' })
  @IsOptional()
  @Min(0)
  @Max(1000)
  creditsApplied?: number;

  @Field(() => RequirementType, { nullable: true, description: 'New requirement.' })
  @IsOptional()
  requirement?: RequirementType;

  @Field(() => Float, { nullable: true, description: 'New take-up rate, 0–1.' })
  @IsOptional()
  @Min(0)
  @Max(1)
  takeUpRate?: number;

  @Field(() => EmbeddingStatus, { nullable: true, description: 'New state.' })
  @IsOptional()
  status?: EmbeddingStatus;
}

@InputType({ description: 'The embedding to remove.' })
export class RemoveEmbeddingInput {
  @Field(() => ID, { description: 'The embedding.' })
  id!: string;
}
