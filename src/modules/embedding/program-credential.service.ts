import type { EntityManager } from '@mikro-orm/core';
import type { Context } from '../../context';
import { requireRole } from '../../auth/viewer';
import { badInput, notFound } from '../../graphql/errors';
import { decodeId, toGlobalId } from '../../graphql/global-id';
import { convertCredits, CREDIT_EPSILON } from '../common/credits';
import { EmbeddingStatus, Role } from '../common/enums';
import type { Institution } from '../institution/institution.entity';
import type { MicroCredential } from '../credential/micro-credential.entity';
import { credentialForUse } from '../credential/micro-credential.service';
import type { DegreeProgram } from '../program/degree-program.entity';
import { checkVersion, embeddedCreditsOf, programForWrite } from '../program/degree-program.service';
import { ProgramCredential } from './program-credential.entity';
import type { EmbedCredentialInput, RemoveEmbeddingInput, UpdateEmbeddingInput } from './program-credential.inputs';

export const countsTowardCap = (s: EmbeddingStatus) => s === EmbeddingStatus.ACTIVE || s === EmbeddingStatus.PLANNED;
const round = (v: number) => Math.round(v * 1000) / 1000;

/** The most credits a program in this institution can grant for the credential (0 for non-credit ones). */
export function maxCreditsFor(credential: MicroCredential, institution: Institution): number {
  if (!credential.creditBearing || credential.creditValue == null || credential.creditUnit == null) return 0;
  return convertCredits(credential.creditValue, credential.creditUnit, institution.creditUnit, institution.ectsPerCreditHour);
}

/** The credential rules for one embedding's credits, or null when they hold. */
export function creditValueProblem(credential: MicroCredential, institution: Institution, creditsApplied: number): string | null {
  if (!credential.creditBearing && creditsApplied > 0) return `"${credential.title}" is not credit-bearing, so it applies 0 credits.`;
  const max = maxCreditsFor(credential, institution);
  if (creditsApplied > max + CREDIT_EPSILON) {
    return `"${credential.title}" is worth ${round(max)} ${institution.creditUnit} here; ${creditsApplied} cannot be applied.`;
  }
  return null;
}

/** The institution's cap on embedded credits, or null when `already + adding` stays within it. */
export function capProblem(program: DegreeProgram, already: number, adding: number): string | null {
  const institution = program.institution;
  const cap = institution.maxEmbeddedCreditShare * program.totalCredits;
  if (adding > 0 && already + adding > cap + CREDIT_EPSILON) {
    return `Program ${program.code} may take at most ${round(cap)} credits from embedded credentials (${institution.maxEmbeddedCreditShare * 100}% of ${program.totalCredits}); ${round(already)} are already applied, so ${round(adding)} more would exceed it.`;
  }
  return null;
}

/** The DESIGN §3 rules for the credits of one embedding, each naming the offending field. */
export async function checkCredits(
  em: EntityManager, program: DegreeProgram, credential: MicroCredential, creditsApplied: number,
  status: EmbeddingStatus, field: string, excludeEmbeddingId?: number,
): Promise<void> {
  const problem = creditValueProblem(credential, program.institution, creditsApplied);
  if (problem) throw badInput(field, problem);
  if (!countsTowardCap(status) || creditsApplied === 0) return;
  const cap = capProblem(program, await embeddedCreditsOf(em, program.id, excludeEmbeddingId), creditsApplied);
  if (cap) throw badInput(field, cap);
}

export async function embedCredential(ctx: Context, input: EmbedCredentialInput): Promise<ProgramCredential> {
  const viewer = requireRole(ctx.viewer, Role.PLANNER, 'Embedding a credential');
  return ctx.em.transactional(async (em) => {
    const program = await programForWrite(em, viewer.institutionId, input.programId, 'input.programId');
    const credential = await credentialForUse(em, viewer.institutionId, input.credentialId, 'input.credentialId');
    if (await em.count(ProgramCredential, { program, credential })) {
      throw badInput('input.credentialId', `"${credential.title}" is already embedded in ${program.code}; update that embedding instead.`);
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
    await checkCredits(em, embedding.program, embedding.credential, creditsApplied, status, input.creditsApplied != null ? 'input.creditsApplied' : 'input.status', embedding.id);
    embedding.creditsApplied = creditsApplied;
    embedding.status = status;
    if (input.requirement != null) embedding.requirement = input.requirement;
    if (input.takeUpRate != null) embedding.takeUpRate = input.takeUpRate;
    await em.flush();
    return embedding;
  });
}

export async function removeEmbedding(ctx: Context, input: RemoveEmbeddingInput): Promise<{ removedId: string; program: DegreeProgram }> {
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
