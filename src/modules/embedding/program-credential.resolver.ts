import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, FieldResolver, Info, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../../core/context';
import { selectionOf } from '../../core/selection';
import type { MicroCredential } from '../credential/micro-credential.entity';
import { MicroCredentialType } from '../credential/micro-credential.types';
import type { DegreeProgram } from '../program/degree-program.entity';
import { DegreeProgramType } from '../program/degree-program.types';
import type { ProgramCredential } from './program-credential.entity';
import { EmbedCredentialInput, RemoveEmbeddingInput, UpdateEmbeddingInput } from './program-credential.inputs';
import { EmbeddingPayload, ProgramCredentialType, RemoveEmbeddingPayload } from './program-credential.types';
import { embedCredential, removeEmbedding, updateEmbedding } from './program-credential.service';

@Resolver(() => ProgramCredentialType)
export class ProgramCredentialResolver {
  @FieldResolver(() => DegreeProgramType, { description: 'The program.' })
  async program(@Root() e: ProgramCredential, @Ctx() ctx: Context): Promise<DegreeProgram> {
    const program = await ctx.loaders.programByIdLoader.load(e.program.id);
    if (!program) throw new Error(`program ${e.program.id} of a visible embedding is not visible`);
    return program;
  }

  @FieldResolver(() => MicroCredentialType, { description: 'The embedded credential.' })
  credential(
    @Root() e: ProgramCredential,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): MicroCredential | Promise<MicroCredential> {
    const loader = ctx.loaders.credentialByIdLoader;
    const properties = loader.reading(selectionOf(info));
    // Usually read with the embeddings already (a join): answered at once, without a promise.
    const known = loader.peek(e.credential.id, properties);
    if (known !== undefined) return visibleCredential(e, known);
    return loader.load(e.credential.id, properties).then((c) => visibleCredential(e, c));
  }

  @Mutation(() => EmbeddingPayload, {
    description: "Embed a credential in one of your programs (PLANNER), within the institution's credit rules.",
  })
  async embedCredential(
    @Ctx() ctx: Context,
    @Arg('input', () => EmbedCredentialInput, { description: 'The embedding.' }) input: EmbedCredentialInput,
  ) {
    return { embedding: await embedCredential(ctx, input) };
  }

  @Mutation(() => EmbeddingPayload, { description: 'Change an embedding (PLANNER).' })
  async updateEmbedding(
    @Ctx() ctx: Context,
    @Arg('input', () => UpdateEmbeddingInput, { description: 'The changes.' }) input: UpdateEmbeddingInput,
  ) {
    return { embedding: await updateEmbedding(ctx, input) };
  }

  @Mutation(() => RemoveEmbeddingPayload, {
    description: 'Remove an embedding (PLANNER). To keep its history, set its status to RETIRED instead.',
  })
  removeEmbedding(
    @Ctx() ctx: Context,
    @Arg('input', () => RemoveEmbeddingInput, { description: 'The embedding.' }) input: RemoveEmbeddingInput,
  ) {
    return removeEmbedding(ctx, input);
  }
}

function visibleCredential(e: ProgramCredential, credential: MicroCredential | null): MicroCredential {
  if (!credential) throw new Error(`credential ${e.credential.id} of a visible embedding is not visible`);
  return credential;
}
