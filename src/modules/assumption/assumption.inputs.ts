import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { ArrayMaxSize, IsInt, IsOptional, Length, MaxLength, ValidateNested } from 'class-validator';
import { Distribution, ModelParameter, UpliftConversion } from '../common/enums';

@InputType({ description: 'New values for one parameter. low ≤ mode ≤ high.' })
export class AssumptionOverrideInput {
  @Field(() => ModelParameter, { description: 'The parameter.' })
  parameter!: ModelParameter;

  @Field(() => Float, { description: 'Pessimistic value.' })
  low!: number;

  @Field(() => Float, { description: 'Most likely value.' })
  mode!: number;

  @Field(() => Float, { description: 'Optimistic value.' })
  high!: number;

  @Field(() => Distribution, { nullable: true, description: 'Distribution; default keeps the current one.' })
  @IsOptional()
  distribution?: Distribution;

  @Field(() => Float, {
    nullable: true,
    description:
      'Probability (0 to 1) that the parameter is exactly zero, beside the distribution; only for parameters that ' +
      'may be zero (the effects and the shares). Default keeps the current one.',
  })
  @IsOptional()
  zeroMass?: number;

  @Field(() => String, { nullable: true, description: 'Why, e.g. "our 2023 pilot showed…"; up to 2,000 characters.' })
  @IsOptional()
  @MaxLength(2000)
  rationale?: string;
}

@InputType({ description: "A new assumption set for the caller's institution, copied from another and overridden." })
export class CreateAssumptionSetInput {
  @Field({ description: 'Name, 1–200 characters.' })
  @Length(1, 200)
  name!: string;

  @Field(() => String, { nullable: true, description: 'Description, up to 2,000 characters.' })
  @IsOptional()
  @MaxLength(2000)
  description?: string;

  @Field(() => ID, { nullable: true, description: 'Set to copy; default: the global default set.' })
  @IsOptional()
  fromId?: string;

  @Field(() => UpliftConversion, { nullable: true, description: "Conversion; default: the copied set's." })
  @IsOptional()
  conversion?: UpliftConversion;

  @Field(() => [AssumptionOverrideInput], {
    nullable: true,
    description: 'Parameters to change in the copy (each at most once).',
  })
  @IsOptional()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  overrides?: AssumptionOverrideInput[];
}

@InputType({ description: 'Change one parameter of one of your assumption sets.' })
export class UpdateAssumptionInput {
  @Field(() => ID, { description: 'The set.' })
  assumptionSetId!: string;

  @Field(() => Int, { nullable: true, description: 'The version you read; a stale one fails with CONFLICT.' })
  @IsOptional()
  @IsInt()
  expectedVersion?: number;

  @Field(() => AssumptionOverrideInput, { description: 'The new values.' })
  @ValidateNested()
  override!: AssumptionOverrideInput;
}
