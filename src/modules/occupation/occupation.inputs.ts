import { ArgsType, Field } from 'type-graphql';
import { IsOptional, MaxLength } from 'class-validator';
import { PageArgs } from '../../core/connection';

@ArgsType()
export class OccupationsArgs extends PageArgs {
  @Field(() => String, {
    nullable: true,
    description:
      'A SOC code or its prefix ("15-12", "15") for the occupations under it, or words that must all appear in the ' +
      'title, ignoring case ("software developers"). Up to 200 characters.',
  })
  @IsOptional()
  @MaxLength(200)
  search?: string | null;
}
