import type { EntityManager } from '@mikro-orm/core';
import type { Context } from '../../core/context';
import { sharedOrOwnScope } from '../../auth/scope';
import { requireRole } from '../../auth/viewer';
import { badInput, notFound } from '../../core/errors';
import { decodeId, toGlobalId } from '../../core/global-id';
import { checkVersion, findForWrite } from '../../core/versioning';
import { EmbeddingStatus, Role } from '../common/enums';
import { MicroCredential as MicroCredential } from '../credential/micro-credential.entity';
import { DegreeProgram } from '../program/degree-program.entity';
import { ProgramCredential } from './program-credential.entity';
import {
  archivedProgramProblem,
  capProblem,
  countsTowardCap,
  creditValueProblem,
  liveCredits,
  liveEmbeddingsOf,
} from './program-credential.rules';
import type { EmbedCredentialInput, RemoveEmbeddingInput, UpdateEmbeddingInput } from './program-credential.inputs';

/** The docs/ARCHITECTURE.md "Domain rules" rules for the credits of one embedding, each naming the offending field. */
export async function checkCredits(
  em: EntityManager,
  program: DegreeProgram,
  credential: MicroCredential,
  creditsApplied: number,
  status: EmbeddingStatus,
  field: string,
  excludeEmbeddingId?: number,
): Promise<void> {
  const problem = creditValueProblem(credential, program.institution, creditsApplied);
  if (problem) throw badInput(field, problem);
  if (!countsTowardCap(status) || creditsApplied === 0) return;
  const others = await em.find(
    ProgramCredential,
    { ...liveEmbeddingsOf(program.id), ...(excludeEmbeddingId ? { id: { $ne: excludeEmbeddingId } } : {}) },
    { fields: ['status', 'creditsApplied'] },
  );
  const cap = capProblem(program, liveCredits(others), creditsApplied);
  if (cap) throw badInput(field, cap);
}

export async function embedCredential(ctx: Context, input: EmbedCredentialInput): Promise<ProgramCredential> {
  const viewer = requireRole(ctx.viewer, Role.PLANNER, 'Embedding a credential');
  return ctx.em.transactional(async (em) => {
    const program = await findForWrite(
      em,
      DegreeProgram,
      decodeId(input.programId, 'DegreeProgram', 'input.programId'),
      { institution: viewer.institutionId },
      { populate: ['institution'] },
    );
    if (!program) throw notFound('The program', 'input.programId');
    const archived = archivedProgramProblem(program);
    if (archived) throw badInput('input.programId', archived);
    const credential = await em.findOne(MicroCredential, {
      $and: [{ id: decodeId(input.credentialId, 'MicroCredential', 'input.credentialId') }, sharedOrOwnScope(viewer)],
    });
    if (!credential) throw notFound('The credential', 'input.credentialId');
    if (await em.count(ProgramCredential, { program, credential })) {
      throw badInput(
        'input.credentialId',
        `"${credential.title}" is already embedded in ${program.code}; update that embedding instead.`,
      );
    }
    const status = input.status ?? EmbeddingStatus.ACTIVE;
    await checkCredits(em, program, credential, input.creditsApplied, status, 'input.creditsApplied');
    const embedding = em.create(ProgramCredential, {
      program,
      credential,
      creditsApplied: input.creditsApplied,
      requirement: input.requirement,
      takeUpRate: input.takeUpRate ?? null,
      displacesTuition: input.displacesTuition ?? false,
      startYear: input.startYear ?? null,
      status,
    });
    await em.flush();
    return embedding;
  });
}

async function embeddingForWrite(em: EntityManager, institutionId: number, id: string): Promise<ProgramCredential> {
  const embedding = await em.findOne(
    ProgramCredential,
    { id: decodeId(id, 'ProgramCredential', 'input.id'), program: { institution: institutionId } },
    { populate: ['program.institution', 'credential'] },
  );
  if (!embedding) throw notFound('The embedding', 'input.id');
  return embedding;
}

export async function updateEmbedding(ctx: Context, input: UpdateEmbeddingInput): Promise<ProgramCredential> {
  const viewer = requireRole(ctx.viewer, Role.PLANNER, 'Changing an embedding');
  return ctx.em.transactional(async (em) => {
    const embedding = await embeddingForWrite(em, viewer.institutionId, input.id);
    checkVersion(embedding.version, input.expectedVersion, 'The embedding');
    const creditsApplied = input.creditsApplied ?? embedding.creditsApplied;
    const status = input.status ?? embedding.status;
    // Making an embedding live again, or ACTIVE, in an archived program is a new embedding in all but name;
    // stepping back (ACTIVE → PLANNED or RETIRED) stays allowed.
    const goesLive = countsTowardCap(status) && !countsTowardCap(embedding.status);
    const activates = status === EmbeddingStatus.ACTIVE && embedding.status !== EmbeddingStatus.ACTIVE;
    if (goesLive || activates) {
      const archived = archivedProgramProblem(embedding.program);
      if (archived) throw badInput('input.status', archived);
    }
    await checkCredits(
      em,
      embedding.program,
      embedding.credential,
      creditsApplied,
      status,
      input.creditsApplied != null ? 'input.creditsApplied' : 'input.status',
      embedding.id,
    );
    embedding.creditsApplied = creditsApplied;
    embedding.status = status;
    if (input.requirement != null) embedding.requirement = input.requirement;
    if (input.takeUpRate != null) embedding.takeUpRate = input.takeUpRate;
    await em.flush();
    return embedding;
  });
}

export async function removeEmbedding(
  ctx: Context,
  input: RemoveEmbeddingInput,
): Promise<{ removedId: string; program: DegreeProgram }> {
  const viewer = requireRole(ctx.viewer, Role.PLANNER, 'Removing an embedding');
  return ctx.em.transactional(async (em) => {
    const embedding = await embeddingForWrite(em, viewer.institutionId, input.id);
    const program = embedding.program;
    const removedId = toGlobalId('ProgramCredential', embedding.id);
    em.remove(embedding);
    await em.flush();
    return { removedId, program };
  });
}
