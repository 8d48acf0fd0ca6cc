import { Arg, Args, Ctx, FieldResolver, Float, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../core/context';
import type { ConnectionResult } from '../../core/connection';
import type { DegreeProgram } from '../program/degree-program.entity';
import { DegreeProgramType } from '../program/degree-program.types';
import type { MicroCredential } from './micro-credential.entity';
import { CreateCredentialInput, CredentialsArgs, UpdateCredentialInput } from './micro-credential.inputs';
import { credentialOffer, type CredentialOffer } from './micro-credential.rules';
import {
  CredentialOfferType,
  CredentialPayload,
  MicroCredentialConnection,
  MicroCredentialType,
} from './micro-credential.types';
import { createCredential, getCredential, listCredentials, updateCredential } from './micro-credential.service';

@Resolver(() => MicroCredentialType)
export class MicroCredentialResolver {
  @FieldResolver(() => [DegreeProgramType], {
    description: 'Your programs that embed this credential (any embedding status), by code.',
  })
  programs(@Root() c: MicroCredential, @Ctx() ctx: Context): Promise<DegreeProgram[]> {
    return ctx.loaders.programsByCredentialIdLoader.load(c.id);
  }

  @FieldResolver(() => CredentialOfferType, {
    description:
      'Its size as an offer in your programs: learning hours and whether it is a small offer. A what-if shows it ' +
      'beside each credential, so a 1.5-hour module is not read as a certificate.',
  })
  async offer(
    @Root() c: MicroCredential,
    @Ctx() ctx: Context,
    @Arg('creditsApplied', () => Float, {
      nullable: true,
      description: 'Credits it would apply, in your credit unit; default its whole value converted.',
    })
    creditsApplied?: number | null,
  ): Promise<CredentialOffer> {
    const id = ctx.viewer?.institutionId ?? null;
    const institution = id === null ? null : await ctx.loaders.institutionByIdLoader.load(id);
    return credentialOffer(c, institution, creditsApplied);
  }

  @Query(() => MicroCredentialConnection, {
    description: 'The shared catalog and your own, filtered and sorted (default: by title).',
  })
  credentials(@Ctx() ctx: Context, @Args() args: CredentialsArgs): Promise<ConnectionResult<MicroCredential>> {
    return listCredentials(ctx, args);
  }

  @Query(() => MicroCredentialType, {
    nullable: true,
    description: 'One credential you can see; null with a NOT_FOUND error otherwise.',
  })
  credential(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { description: 'The credential id.' }) id: string,
  ): Promise<MicroCredential> {
    return getCredential(ctx, id);
  }

  @Mutation(() => CredentialPayload, {
    description: 'Add a credential to your catalog (PLANNER) or to the shared one (platform admin, shared: true).',
  })
  async createCredential(
    @Ctx() ctx: Context,
    @Arg('input', () => CreateCredentialInput, { description: 'The credential.' }) input: CreateCredentialInput,
  ) {
    return { credential: await createCredential(ctx, input) };
  }

  @Mutation(() => CredentialPayload, {
    description: 'Change a credential: your own (PLANNER) or a shared one (platform admin).',
  })
  async updateCredential(
    @Ctx() ctx: Context,
    @Arg('input', () => UpdateCredentialInput, { description: 'The changes.' }) input: UpdateCredentialInput,
  ) {
    return { credential: await updateCredential(ctx, input) };
  }
}
