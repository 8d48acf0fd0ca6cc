import { ArgsType, Field, Float, ID, InputType, Int, registerEnumType } from 'type-graphql';
import {
  ArrayMaxSize,
  IsInt,
  IsOptional,
  IsUrl,
  Length,
  Max,
  MaxLength,
  Min,
  ValidateNested,
  IsPositive,
} from 'class-validator';
import { GREATER_THAN_ZERO } from '../../core/validators';
import { PageArgs } from '../../core/connection';
import { CreditRecognition, CreditUnit, OrderDirection } from '../common/enums';

@InputType({
  description: "A new micro-credential for the caller's catalog (or, for the platform admin, the shared one).",
})
export class CreateCredentialInput {
  @Field({ description: 'Title, 1–300 characters.' })
  @Length(1, 300)
  title!: string;

  @Field({ description: 'Issuer, 1–200 characters.' })
  @Length(1, 200)
  issuer!: string;

  @Field(() => String, { nullable: true, description: 'Description, up to 10,000 characters.' })
  @IsOptional()
  @MaxLength(10_000)
  description?: string;

  @Field(() => String, { nullable: true, description: 'Public http(s) URL.' })
  @IsOptional()
  @MaxLength(2000)
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true }, { message: 'url must be an http(s) URL' })
  url?: string;

  @Field(() => String, { nullable: true, description: 'Subject area, up to 100 characters.' })
  @IsOptional()
  @Length(1, 100)
  category?: string;

  @Field(() => [String], { nullable: true, description: 'Skills, at most 50, each up to 100 characters.' })
  @IsOptional()
  @ArrayMaxSize(50)
  @Length(1, 100, { each: true })
  skills?: string[];

  @Field(() => String, { nullable: true, description: 'Open Badges 3.0 achievementType (extension values allowed).' })
  @IsOptional()
  @Length(1, 100)
  achievementType?: string;

  @Field(() => Float, { nullable: true, description: 'Credit value; more than 0 and at most 500; needs creditUnit.' })
  @IsOptional()
  @IsPositive(GREATER_THAN_ZERO)
  @Max(500)
  creditValue?: number;

  @Field(() => CreditUnit, { nullable: true, description: 'Unit of creditValue; needs creditValue.' })
  @IsOptional()
  creditUnit?: CreditUnit;

  @Field(() => Float, { nullable: true, description: 'Notional learning hours, 0–10,000.' })
  @IsOptional()
  @Min(0)
  @Max(10_000)
  learningHours?: number;

  @Field(() => Int, { nullable: true, description: 'EQF level, 1–8.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(8)
  eqfLevel?: number;

  @Field(() => CreditRecognition, { description: 'How it is recognised for credit.' })
  creditRecognition!: CreditRecognition;

  @Field(() => Float, { nullable: true, description: 'Cost per learner, 0–1,000,000; default 0.' })
  @IsOptional()
  @Min(0)
  @Max(1_000_000)
  costPerLearner?: number;

  @Field(() => Float, { nullable: true, description: 'One-off setup cost per program, 0–1,000,000,000; default 0.' })
  @IsOptional()
  @Min(0)
  @Max(1_000_000_000)
  setupCost?: number;

  @Field(() => String, {
    nullable: true,
    description: 'Open Badges achievement id or CTDL CTID, up to 500 characters.',
  })
  @IsOptional()
  @Length(1, 500)
  externalId?: string;

  @Field(() => Boolean, { nullable: true, description: 'true: the shared catalog (platform admin only)' })
  @IsOptional()
  shared?: boolean;
}

@InputType({ description: 'Changes to a micro-credential; omitted fields stay as they are.' })
export class UpdateCredentialInput {
  @Field(() => ID, { description: 'The credential.' })
  id!: string;

  @Field(() => Int, { nullable: true, description: 'The version you read; a stale one fails with CONFLICT.' })
  @IsOptional()
  @IsInt()
  expectedVersion?: number;

  @Field(() => String, { nullable: true, description: 'New title.' })
  @IsOptional()
  @Length(1, 300)
  title?: string;

  @Field(() => Float, { nullable: true, description: 'New cost per learner.' })
  @IsOptional()
  @Min(0)
  @Max(1_000_000)
  costPerLearner?: number;

  @Field(() => Float, { nullable: true, description: 'New setup cost.' })
  @IsOptional()
  @Min(0)
  @Max(1_000_000_000)
  setupCost?: number;

  @Field(() => CreditRecognition, {
    nullable: true,
    description: 'New recognition; NONE is refused while programs apply its credits.',
  })
  @IsOptional()
  creditRecognition?: CreditRecognition;
}

@InputType({ description: 'Narrows the catalog; all given conditions must hold.' })
export class CredentialFilter {
  @Field(() => [String], { nullable: true, description: 'Any of these categories (exact).' })
  @IsOptional()
  @ArrayMaxSize(50)
  @MaxLength(100, { each: true })
  category?: string[];

  @Field(() => String, { nullable: true, description: 'Issuer contains this text (case-insensitive).' })
  @IsOptional()
  @MaxLength(200)
  issuer?: string;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Only credit-bearing (true) or only non-credit (false) credentials.',
  })
  @IsOptional()
  creditBearing?: boolean;

  @Field(() => [CreditRecognition], { nullable: true, description: 'Any of these recognitions.' })
  @IsOptional()
  @ArrayMaxSize(10)
  creditRecognition?: CreditRecognition[];

  @Field(() => String, { nullable: true, description: 'Has this skill (case-insensitive, whole skill).' })
  @IsOptional()
  @MaxLength(100)
  skill?: string;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Only the shared catalog (true) or only your own catalog (false).',
  })
  @IsOptional()
  shared?: boolean;
}

export enum CredentialOrderField {
  TITLE = 'TITLE',
  ISSUER = 'ISSUER',
  CREATED_AT = 'CREATED_AT',
}
registerEnumType(CredentialOrderField, {
  name: 'CredentialOrderField',
  description: 'What credentials can be sorted by; ties are broken by creation order.',
  valuesConfig: {
    TITLE: { description: 'Title.' },
    ISSUER: { description: 'Issuer.' },
    CREATED_AT: { description: 'Creation time.' },
  },
});

@InputType({ description: 'Sort order of credentials.' })
export class CredentialOrder {
  @Field(() => CredentialOrderField, { description: 'Sort key.' })
  field!: CredentialOrderField;

  @Field(() => OrderDirection, { nullable: true, description: 'Direction; default ASC.' })
  direction?: OrderDirection;
}

@ArgsType()
export class CredentialsArgs extends PageArgs {
  @Field(() => CredentialFilter, { nullable: true, description: 'Conditions the credentials must meet.' })
  @IsOptional()
  @ValidateNested()
  filter?: CredentialFilter;

  @Field(() => CredentialOrder, { nullable: true, description: 'Sort order; default TITLE ascending.' })
  @IsOptional()
  orderBy?: CredentialOrder;
}
