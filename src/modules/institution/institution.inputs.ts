import { Field, Float, InputType } from 'type-graphql';
import { IsISO31661Alpha2, IsISO4217CurrencyCode, IsOptional, Length, Matches, Max, Min } from 'class-validator';
import { CreditUnit } from '../common/enums';

@InputType({ description: 'A new institution (platform admin only).' })
export class CreateInstitutionInput {
  @Field({ description: 'Display name, 1–200 characters.' })
  @Length(1, 200)
  name!: string;

  @Field({ description: 'Unique short name: lower-case letters, digits and hyphens, 2–64 characters.' })
  @Matches(/^[a-z0-9][a-z0-9-]{1,63}$/, { message: 'slug must be 2–64 lower-case letters, digits or hyphens' })
  slug!: string;

  @Field({ description: 'ISO 3166-1 alpha-2 country code, e.g. "US".' })
  @IsISO31661Alpha2({ message: 'country must be an ISO 3166-1 alpha-2 code such as US or DE' })
  country!: string;

  @Field(() => CreditUnit, { description: "Unit of the institution's program credits." })
  creditUnit!: CreditUnit;

  @Field({ description: 'ISO 4217 currency code, e.g. "USD".' })
  @IsISO4217CurrencyCode({ message: 'currency must be an ISO 4217 code such as USD or EUR' })
  currency!: string;

  @Field(() => Float, {
    nullable: true,
    description: "Largest share of a program's credits that embedded credentials may supply; default 0.25.",
  })
  @IsOptional()
  @Min(0)
  @Max(1)
  maxEmbeddedCreditShare?: number;

  @Field(() => Float, { nullable: true, description: 'ECTS per US credit hour for conversions; default 2.' })
  @IsOptional()
  @Min(0.1)
  @Max(10)
  ectsPerCreditHour?: number;
}
