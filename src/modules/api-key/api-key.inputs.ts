import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { IsOptional, Length } from 'class-validator';
import { Role } from '../common/enums';
import { ApiKeyType } from './api-key.types';

@InputType({ description: 'A new API key.' })
export class CreateApiKeyInput {
  @Field(() => ID, { nullable: true, description: "The institution; required for the platform admin, defaults to the caller's own." })
  @IsOptional()
  institutionId?: string;

  @Field({ description: 'What the key is for, 1–200 characters.' })
  @Length(1, 200)
  name!: string;

  @Field(() => Role, { description: 'VIEWER, PLANNER or INSTITUTION_ADMIN.' })
  role!: Role;
}

@ObjectType({ description: 'secret is the plaintext key, returned exactly once' })
export class CreateApiKeyPayload {
  @Field(() => ApiKeyType, { description: 'The key.' })
  apiKey!: ApiKeyType;

  @Field({ description: 'The plaintext key: send it as "Authorization: Bearer <secret>". It is never shown again.' })
  secret!: string;
}

@InputType({ description: 'The key to revoke; it stops working on the next request.' })
export class RevokeApiKeyInput {
  @Field(() => ID, { description: 'The key.' })
  id!: string;
}

@ObjectType({ description: 'The revoked key.' })
export class RevokeApiKeyPayload {
  @Field(() => ApiKeyType, { description: 'The key, with revokedAt set.' })
  apiKey!: ApiKeyType;
}
