import { ArgsType, Field, Float, ID, InputType, Int, registerEnumType } from 'type-graphql';
import {
  ArrayMaxSize,
  IsInt,
  IsOptional,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
  IsPositive,
} from 'class-validator';
import { GREATER_THAN_ZERO, IsOpenUnitInterval, IsShareBelowOne } from '../../core/validators';
import { PageArgs } from '../../core/connection';
import { Modality, OrderDirection, ProgramLevel, ProgramStatus } from '../common/enums';

@InputType({ description: 'The observed baseline of a program.' })
export class ProgramBaselineInput {
  @Field(() => Int, { description: 'Prospective students per year, 1–10,000,000.' })
  @IsInt()
  @Min(1)
  @Max(10_000_000)
  annualProspects!: number;

  @Field(() => Int, { description: 'New entrants per year; must be fewer than annualProspects.' })
  @IsInt()
  @Min(0)
  @Max(10_000_000)
  annualNewEnrollments!: number;

  @Field(() => Float, { description: 'Engagement rate, strictly between 0 and 1.' })
  @IsOpenUnitInterval()
  engagementRate!: number;

  @Field(() => Float, { description: 'Annual continuation rate, strictly between 0 and 1.' })
  @IsOpenUnitInterval()
  retentionRate!: number;

  @Field(() => Float, { nullable: true, description: 'Yearly growth of prospects, from −0.5 to 1; default 0.' })
  @IsOptional()
  @Min(-0.5)
  @Max(1)
  prospectGrowthRate?: number;
}

@InputType({ description: "A new degree program in the caller's institution." })
export class CreateProgramInput {
  @Field({ description: 'Code unique within the institution: 1–32 letters, digits, ".", "_" or "-".' })
  @Matches(/^[A-Za-z0-9][A-Za-z0-9._-]{0,31}$/, { message: 'code must be 1–32 letters, digits, ".", "_" or "-"' })
  code!: string;

  @Field({ description: 'Title, 1–200 characters.' })
  @Length(1, 200)
  title!: string;

  @Field(() => ProgramLevel, { description: 'Level of award.' })
  level!: ProgramLevel;

  @Field(() => Modality, { description: 'Delivery mode.' })
  modality!: Modality;

  @Field(() => String, { nullable: true, description: 'CIP code, NN.NNNN (e.g. "11.0701").' })
  @IsOptional()
  @Matches(/^\d{2}\.\d{4}$/, { message: 'cipCode must look like 11.0701 (NN.NNNN)' })
  cipCode?: string | null;

  @Field(() => Float, { description: "Credits to complete, in the institution's unit; more than 0, at most 1,000." })
  @IsPositive(GREATER_THAN_ZERO)
  @Max(1000)
  totalCredits!: number;

  @Field(() => Float, { description: 'Normal time to complete in years; more than 0, at most 10.' })
  @IsPositive(GREATER_THAN_ZERO)
  @Max(10)
  durationYears!: number;

  @Field(() => Float, { description: 'Tuition per credit; 0 to 1,000,000.' })
  @Min(0)
  @Max(1_000_000)
  tuitionPerCredit!: number;

  @Field(() => ProgramStatus, { nullable: true, description: 'Lifecycle state; default ACTIVE.' })
  @IsOptional()
  status?: ProgramStatus;

  @Field(() => ProgramBaselineInput, { description: 'The observed baseline.' })
  @ValidateNested()
  baseline!: ProgramBaselineInput;

  @Field(() => Int, {
    nullable: true,
    description:
      'Most new entrants the program can take in a year, 1–10,000,000, at least baseline.annualNewEnrollments; ' +
      'default null: no limit.',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(10_000_000)
  capacity?: number | null;

  @Field(() => Float, {
    nullable: true,
    description:
      'Share of gross tuition returned as institutional aid, at least 0 and below 1 (0.45 = 45%); default 0.',
  })
  @IsOptional()
  @IsShareBelowOne()
  discountRate?: number;

  @Field(() => Float, {
    nullable: true,
    description:
      "Marginal cost of teaching one credit to one student, in the institution's currency; 0 to 1,000,000, default 0.",
  })
  @IsOptional()
  @Min(0)
  @Max(1_000_000)
  instructionalCostPerCredit?: number;
}

@InputType({ description: 'Changes to a program; omitted fields stay as they are.' })
export class UpdateProgramInput {
  @Field(() => ID, { description: 'The program.' })
  id!: string;

  @Field(() => Int, {
    nullable: true,
    description: 'The version you read; if the program changed since, the update fails with CONFLICT.',
  })
  @IsOptional()
  @IsInt()
  expectedVersion?: number;

  @Field({ nullable: true, description: 'New title, 1–200 characters.' })
  @IsOptional()
  @Length(1, 200)
  title?: string;

  @Field(() => ProgramStatus, { nullable: true, description: 'New lifecycle state.' })
  @IsOptional()
  status?: ProgramStatus;

  @Field(() => Float, {
    nullable: true,
    description: 'New total credits; must still hold the embedded credits under the cap.',
  })
  @IsOptional()
  @IsPositive(GREATER_THAN_ZERO)
  @Max(1000)
  totalCredits?: number;

  @Field(() => Float, { nullable: true, description: 'New duration in years.' })
  @IsOptional()
  @IsPositive(GREATER_THAN_ZERO)
  @Max(10)
  durationYears?: number;

  @Field(() => Float, { nullable: true, description: 'New tuition per credit.' })
  @IsOptional()
  @Min(0)
  @Max(1_000_000)
  tuitionPerCredit?: number;

  @Field(() => String, { nullable: true, description: 'New CIP code (NN.NNNN).' })
  @IsOptional()
  @Matches(/^\d{2}\.\d{4}$/, { message: 'cipCode must look like 11.0701 (NN.NNNN)' })
  cipCode?: string;

  @Field(() => ProgramBaselineInput, {
    nullable: true,
    description: 'A new baseline, replacing the old one whole; its annualNewEnrollments may not exceed the capacity.',
  })
  @IsOptional()
  @ValidateNested()
  baseline?: ProgramBaselineInput;

  @Field(() => Int, {
    nullable: true,
    description:
      'New limit on new entrants a year, 1–10,000,000, at least the (new) baseline.annualNewEnrollments; ' +
      'null removes the limit; omitted: unchanged.',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(10_000_000)
  capacity?: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'New share of gross tuition returned as institutional aid, at least 0 and below 1.',
  })
  @IsOptional()
  @IsShareBelowOne()
  discountRate?: number;

  @Field(() => Float, {
    nullable: true,
    description:
      "New marginal cost of teaching one credit to one student, in the institution's currency; 0 to 1,000,000.",
  })
  @IsOptional()
  @Min(0)
  @Max(1_000_000)
  instructionalCostPerCredit?: number;
}

@InputType({ description: 'The program to archive.' })
export class ArchiveProgramInput {
  @Field(() => ID, { description: 'The program.' })
  id!: string;
}

@InputType({ description: 'Narrows the list of programs; all given conditions must hold.' })
export class ProgramFilter {
  @Field(() => [ProgramLevel], { nullable: true, description: 'Any of these levels.' })
  @IsOptional()
  @ArrayMaxSize(10)
  level?: ProgramLevel[];

  @Field(() => [Modality], { nullable: true, description: 'Any of these modalities.' })
  @IsOptional()
  @ArrayMaxSize(10)
  modality?: Modality[];

  @Field(() => [ProgramStatus], { nullable: true, description: 'Any of these states.' })
  @IsOptional()
  @ArrayMaxSize(10)
  status?: ProgramStatus[];

  @Field(() => String, { nullable: true, description: 'CIP codes starting with this, e.g. "11" or "11.07".' })
  @IsOptional()
  @Matches(/^\d{2}(\.\d{0,4})?$/, { message: 'cipCodePrefix must look like 11, 11. or 11.07' })
  cipCodePrefix?: string;

  @Field(() => String, { nullable: true, description: 'Code or title contains this text (case-insensitive).' })
  @IsOptional()
  @MaxLength(100)
  search?: string;

  @Field(() => Boolean, {
    nullable: true,
    description: 'true: only programs with at least one PLANNED or ACTIVE embedding; false: only programs without.',
  })
  @IsOptional()
  hasEmbeddedCredentials?: boolean;
}

export enum ProgramOrderField {
  CODE = 'CODE',
  TITLE = 'TITLE',
  CREATED_AT = 'CREATED_AT',
}
registerEnumType(ProgramOrderField, {
  name: 'ProgramOrderField',
  description: 'What programs can be sorted by; ties are broken by creation order.',
  valuesConfig: {
    CODE: { description: 'Program code.' },
    TITLE: { description: 'Title.' },
    CREATED_AT: { description: 'Creation time.' },
  },
});

@InputType({ description: 'Sort order of programs.' })
export class ProgramOrder {
  @Field(() => ProgramOrderField, { description: 'Sort key.' })
  field!: ProgramOrderField;

  @Field(() => OrderDirection, { nullable: true, description: 'Direction; default ASC.' })
  direction?: OrderDirection;
}

@ArgsType()
export class ProgramsArgs extends PageArgs {
  @Field(() => ProgramFilter, { nullable: true, description: 'Conditions the programs must meet.' })
  @IsOptional()
  @ValidateNested()
  filter?: ProgramFilter;

  @Field(() => ProgramOrder, { nullable: true, description: 'Sort order; default CODE ascending.' })
  @IsOptional()
  orderBy?: ProgramOrder;
}
