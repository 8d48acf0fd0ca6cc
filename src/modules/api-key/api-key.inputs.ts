import { Field, ID, InputType } from 'type-graphql';
import { IsOptional, Length } from 'class-validator';
import { Role } from '../common/enums';

@InputType({ description: 'A new API key.' })
export class CreateApiKeyInput {
  @Field(() => ID, {
    nullable: true,
    description: "The institution; required for the platform admin, defaults to the caller's own.",
  })
  @IsOptional()
  institutionId?: string;

  @Field({ description: 'What the key is for, 1–200 characters.' })
  @Length(1, 200)
  name!: string;

  @Field(() => Role, { description: 'VIEWER, PLANNER or INSTITUTION_ADMIN.' })
  role!: Role;
}

@InputType({ description: 'The key to revoke; it stops working on the next request.' })
export class RevokeApiKeyInput {
  @Field(() => ID, { description: 'The key.' })
  id!: string;
}
