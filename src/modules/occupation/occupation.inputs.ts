import { ArgsType, Field, ID, InputType } from 'type-graphql';
import { ArrayMaxSize, IsOptional, MaxLength } from 'class-validator';
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

@InputType({
  description:
    "Your institution's choice of occupations for a credential (PLANNER): your own credential, or a shared-catalog " +
    'one, where the choice is yours alone and others still see the issuer’s.',
})
export class SetCredentialOccupationsInput {
  @Field(() => ID, { description: 'The credential: your own or a shared-catalog one.' })
  credentialId!: string;

  @Field(() => [String], {
    description:
      'SOC 2018 codes (NN-NNNN, e.g. 15-1252) of occupations Uplift knows (see `occupations`), at most 50; they ' +
      "replace your institution's choice. An empty list removes your choice, so the issuer's alignment applies " +
      'again (there is no "aligned to nothing" choice).',
  })
  @ArrayMaxSize(50)
  socCodes!: string[];
}
