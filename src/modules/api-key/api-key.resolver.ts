import { Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../core/context';
import { PageArgs, type ConnectionResult } from '../../core/connection';
import type { ApiKey } from './api-key.entity';
import { CreateApiKeyInput, RevokeApiKeyInput } from './api-key.inputs';
import { ApiKeyConnection, ApiKeyType, CreateApiKeyPayload, RevokeApiKeyPayload } from './api-key.types';
import { createApiKey, listApiKeys, revokeApiKey } from './api-key.service';

@Resolver(() => ApiKeyType)
export class ApiKeyResolver {
  @FieldResolver(() => String)
  createdAt(@Root() key: ApiKey): string {
    return key.createdAt.toISOString();
  }

  @FieldResolver(() => String, { nullable: true })
  revokedAt(@Root() key: ApiKey): string | null {
    return key.revokedAt ? key.revokedAt.toISOString() : null;
  }

  @Query(() => ApiKeyConnection, {
    description: "API keys (INSTITUTION_ADMIN: your institution's; platform admin: all), oldest first.",
  })
  apiKeys(@Ctx() ctx: Context, @Args() args: PageArgs): Promise<ConnectionResult<ApiKey>> {
    return listApiKeys(ctx, args);
  }

  @Mutation(() => CreateApiKeyPayload, {
    description:
      'Create an API key (INSTITUTION_ADMIN for your institution; platform admin for any). The secret is returned once.',
  })
  createApiKey(
    @Ctx() ctx: Context,
    @Arg('input', () => CreateApiKeyInput, { description: 'The key.' }) input: CreateApiKeyInput,
  ) {
    return createApiKey(ctx, input);
  }

  @Mutation(() => RevokeApiKeyPayload, { description: 'Revoke an API key; it is refused from the next request on.' })
  async revokeApiKey(
    @Ctx() ctx: Context,
    @Arg('input', () => RevokeApiKeyInput, { description: 'The key.' }) input: RevokeApiKeyInput,
  ) {
    return { apiKey: await revokeApiKey(ctx, input) };
  }
}
