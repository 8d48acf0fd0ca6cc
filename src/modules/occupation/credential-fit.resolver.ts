import { Arg, Ctx, FieldResolver, Float, ID, Resolver, Root } from 'type-graphql';
import type { Context } from '../../core/context';
import { notFound } from '../../core/errors';
import { decodeId } from '../../core/global-id';
import type { MicroCredential } from '../credential/micro-credential.entity';
import { MicroCredentialType } from '../credential/micro-credential.types';
import type { ProgramCredential } from '../embedding/program-credential.entity';
import type { DegreeProgram } from '../program/degree-program.entity';
import { DegreeProgramType } from '../program/degree-program.types';
import { ProgramCredentialType } from '../embedding/program-credential.types';
import { fitsInProgram } from './credential-fit.service';
import { CredentialFitType, fitType } from './credential-fit.types';
import { relevanceOf, type Fit } from './occupation.rules';

/** The fit of an embedding: its program's occupations (by the program's cipCode) against its credential's. */
async function embeddingFit(e: ProgramCredential, ctx: Context): Promise<Fit> {
  const program = await ctx.loaders.programByIdLoader.load(e.program.id);
  if (!program) throw new Error(`program ${e.program.id} of a visible embedding is not visible`);
  return (await fitsInProgram(ctx.loaders, program.cipCode, [e.credential.id])).get(e.credential.id)!;
}

@Resolver(() => ProgramCredentialType)
export class EmbeddingFitResolver {
  @FieldResolver(() => Float, {
    description:
      "How well the credential fits the program's occupations: the share of the credential's occupations that the " +
      'program leads to, 0 (unrelated) to 1. 1 when unknown (relevanceKnown false): no penalty without data.',
  })
  async relevance(@Root() e: ProgramCredential, @Ctx() ctx: Context): Promise<number> {
    return relevanceOf(await embeddingFit(e, ctx));
  }

  @FieldResolver(() => Boolean, {
    description:
      'False when the credential is aligned to no occupation or the program leads to none: relevance then counts as ' +
      '1 and projections warn.',
  })
  async relevanceKnown(@Root() e: ProgramCredential, @Ctx() ctx: Context): Promise<boolean> {
    return (await embeddingFit(e, ctx)).share !== null;
  }

  @FieldResolver(() => CredentialFitType, {
    description: 'How the credential fits the program, in figures and words ("fits 3 of its 4 occupations").',
  })
  async fit(@Root() e: ProgramCredential, @Ctx() ctx: Context): Promise<CredentialFitType> {
    return fitType(e.program.id, e.credential.id, await embeddingFit(e, ctx));
  }
}

@Resolver(() => CredentialFitType)
export class CredentialFitFieldsResolver {
  @FieldResolver(() => DegreeProgramType, { description: 'The program.' })
  async program(@Root() f: CredentialFitType, @Ctx() ctx: Context): Promise<DegreeProgram> {
    const program = await ctx.loaders.programByIdLoader.load(f.programDbId);
    if (!program) throw new Error(`program ${f.programDbId} of a fit is not visible`);
    return program;
  }

  @FieldResolver(() => MicroCredentialType, { description: 'The credential.' })
  async credential(@Root() f: CredentialFitType, @Ctx() ctx: Context): Promise<MicroCredential> {
    const credential = await ctx.loaders.credentialByIdLoader.load(f.credentialDbId);
    if (!credential) throw new Error(`credential ${f.credentialDbId} of a fit is not visible`);
    return credential;
  }
}

@Resolver(() => MicroCredentialType)
export class CredentialFitResolver {
  @FieldResolver(() => CredentialFitType, {
    description:
      'How the credential would fit one of your programs (its relevance there), e.g. before adding it in a what-if. ' +
      'A program of another institution is NOT_FOUND.',
  })
  async fitIn(
    @Root() c: MicroCredential,
    @Ctx() ctx: Context,
    @Arg('programId', () => ID, { description: 'One of your programs.' }) programId: string,
  ): Promise<CredentialFitType> {
    const id = decodeId(programId, 'DegreeProgram', 'programId');
    const program = await ctx.loaders.programByIdLoader.load(id);
    if (!program) throw notFound('The program', 'programId');
    const fit = (await fitsInProgram(ctx.loaders, program.cipCode, [c.id])).get(c.id)!;
    return fitType(program.id, c.id, fit);
  }
}
