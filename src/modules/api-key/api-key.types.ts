import { Field, ObjectType } from 'type-graphql';
import { NodeInterface } from '../../core/node';
import { Connection } from '../../core/connection';
import { Role } from '../common/enums';

@ObjectType('ApiKey', {
  implements: NodeInterface,
  description: 'An API key of an institution. The secret is shown once, at creation; only its hash is stored.',
})
export class ApiKeyType extends NodeInterface {
  @Field({ description: 'What the key is for, e.g. "Power BI extract".' })
  name!: string;

  @Field(() => Role, { description: 'What the key may do.' })
  role!: Role;

  @Field({ description: 'Public prefix of the key (upl_<prefix>_…), to tell keys apart in logs.' })
  prefix!: string;

  @Field({ description: 'When it was created (ISO 8601).' })
  createdAt!: string;

  @Field(() => String, { nullable: true, description: 'When it was revoked (ISO 8601); null while it works.' })
  revokedAt!: string | null;
}

export const ApiKeyConnection = Connection(ApiKeyType, 'ApiKey', 'API key');

@ObjectType({ description: 'secret is the plaintext key, returned exactly once' })
export class CreateApiKeyPayload {
  @Field(() => ApiKeyType, { description: 'The key.' })
  apiKey!: ApiKeyType;

  @Field({ description: 'The plaintext key: send it as "Authorization: Bearer <secret>". It is never shown again.' })
  secret!: string;
}

@ObjectType({ description: 'The revoked key.' })
export class RevokeApiKeyPayload {
  @Field(() => ApiKeyType, { description: 'The key, with revokedAt set.' })
  apiKey!: ApiKeyType;
}
