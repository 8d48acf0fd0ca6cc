import type { EntityManager } from '@mikro-orm/core';
import { ownScope, sharedOrOwnScope } from '../../auth/scope';
import type { InstitutionViewer } from '../../auth/viewer';
import { badInput, notFound } from '../../core/errors';
import { decodeId } from '../../core/global-id';
import { EmbeddingStatus, type RequirementType } from '../common/enums';
import { MicroCredential } from '../credential/micro-credential.entity';
import { ProgramCredential } from '../embedding/program-credential.entity';
import {
  archivedProgramProblem,
  capProblem,
  creditValueProblem,
  liveCredits,
} from '../embedding/program-credential.rules';
import { DegreeProgram } from '../program/degree-program.entity';
import type { ScenarioChangeInput } from './scenario.inputs';

export interface ResolvedAddition {
  credential: MicroCredential;
  creditsApplied: number;
  requirement: RequirementType;
  takeUpRate: number | null;
  displacesTuition: boolean;
}

/** One program of a what-if: its ACTIVE embeddings today, what is removed and what is added. */
export interface ResolvedChange {
  program: DegreeProgram;
  active: ProgramCredential[];
  removals: ProgramCredential[];
  additions: ResolvedAddition[];
}

/**
 * Checks a what-if's changes against the same rules as real embeddings and returns them resolved,
 * in three queries whatever their number. Ids of another institution are NOT_FOUND.
 */
export async function resolveChanges(
  em: EntityManager,
  viewer: InstitutionViewer,
  changes: ScenarioChangeInput[],
  at = 'input.changes',
): Promise<ResolvedChange[]> {
  if (changes.length === 0) throw badInput(at, 'Name at least one program.');
  const programIds = changes.map((c, i) => decodeId(c.programId, 'DegreeProgram', `${at}.${i}.programId`));
  const firstIndex = new Map<number, number>();
  programIds.forEach((id, i) => {
    if (firstIndex.has(id))
      throw badInput(
        `${at}.${i}.programId`,
        `The program is already listed as change ${firstIndex.get(id)! + 1}; give each program once.`,
      );
    firstIndex.set(id, i);
  });
  const credentialIds = changes.flatMap((c, i) =>
    (c.add ?? []).map((a, j) => decodeId(a.credentialId, 'MicroCredential', `${at}.${i}.add.${j}.credentialId`)),
  );
  const removalIds = changes.flatMap((c, i) =>
    (c.removeEmbeddingIds ?? []).map((r, k) => decodeId(r, 'ProgramCredential', `${at}.${i}.removeEmbeddingIds.${k}`)),
  );

  const [programs, embeddings, credentials] = await Promise.all([
    em.find(DegreeProgram, { $and: [{ id: { $in: programIds } }, ownScope(viewer)] }, { populate: ['institution'] }),
    em.find(
      ProgramCredential,
      { $or: [{ program: { $in: programIds } }, { id: { $in: removalIds } }], program: ownScope(viewer) },
      { populate: ['credential'], orderBy: { id: 'ASC' } },
    ),
    em.find(MicroCredential, { $and: [{ id: { $in: credentialIds } }, sharedOrOwnScope(viewer)] }),
  ]);
  const programById = new Map(programs.map((p) => [p.id, p]));
  const embeddingById = new Map(embeddings.map((e) => [e.id, e]));
  const credentialById = new Map(credentials.map((c) => [c.id, c]));

  return changes.map((change, i) => {
    const program = programById.get(programIds[i]);
    if (!program) throw notFound('The program', `${at}.${i}.programId`);
    // Removals alone are a fair what-if on an archived program; adding credentials to it is not.
    const archived = (change.add ?? []).length > 0 ? archivedProgramProblem(program) : null;
    if (archived) throw badInput(`${at}.${i}.programId`, archived);
    const own = embeddings.filter((e) => e.program.id === program.id);
    const removals: ProgramCredential[] = [];
    (change.removeEmbeddingIds ?? []).forEach((rid, k) => {
      const field = `${at}.${i}.removeEmbeddingIds.${k}`;
      const embedding = embeddingById.get(decodeId(rid, 'ProgramCredential', field));
      if (!embedding) throw notFound('The embedding', field);
      if (embedding.program.id !== program.id)
        throw badInput(
          field,
          `That embedding belongs to another program; only ${program.code}'s own embeddings can be removed here.`,
        );
      if (embedding.status !== EmbeddingStatus.ACTIVE)
        throw badInput(field, `That embedding is ${embedding.status}; only ACTIVE embeddings can be removed.`);
      if (removals.includes(embedding)) throw badInput(field, 'That embedding is already removed in this change.');
      removals.push(embedding);
    });
    const kept = own.filter((e) => !removals.includes(e));
    let applied = liveCredits(kept);
    const active = own.filter((e) => e.status === EmbeddingStatus.ACTIVE);
    const additions = (change.add ?? []).map((a, j): ResolvedAddition => {
      const field = `${at}.${i}.add.${j}`;
      const credential = credentialById.get(decodeId(a.credentialId, 'MicroCredential', `${field}.credentialId`));
      if (!credential) throw notFound('The credential', `${field}.credentialId`);
      if (active.some((e) => e.credential.id === credential.id && !removals.includes(e))) {
        throw badInput(`${field}.credentialId`, `"${credential.title}" is already ACTIVE in ${program.code}.`);
      }
      // Adding a PLANNED embedding models it going live: its credits already count toward the cap.
      const planned = kept.find((e) => e.credential.id === credential.id && e.status === EmbeddingStatus.PLANNED);
      if (planned) applied -= planned.creditsApplied;
      if ((change.add ?? []).slice(0, j).some((b) => b.credentialId === a.credentialId))
        throw badInput(`${field}.credentialId`, `"${credential.title}" is added twice.`);
      const problem =
        creditValueProblem(credential, program.institution, a.creditsApplied) ??
        capProblem(program, applied, a.creditsApplied);
      if (problem) throw badInput(`${field}.creditsApplied`, problem);
      applied += a.creditsApplied;
      return {
        credential,
        creditsApplied: a.creditsApplied,
        requirement: a.requirement,
        takeUpRate: a.takeUpRate ?? null,
        displacesTuition: a.displacesTuition ?? false,
      };
    });
    return { program, active, removals, additions };
  });
}

/** A saved scenario's change as stored: the program, the embeddings it removes, the credentials it adds. */
export interface SavedChange {
  programId: number;
  removedEmbeddingIds: number[];
  additions: ResolvedAddition[];
}

/**
 * Saved changes against today's data: removals no longer ACTIVE simply fall away, and an addition
 * that has since been embedded for real is part of today's baseline, not counted twice. `programs`
 * and `active` (today's ACTIVE embeddings, with their credentials) are read by the caller.
 */
export function applySavedChanges(
  changes: SavedChange[],
  programs: Map<number, DegreeProgram>,
  active: ProgramCredential[],
): ResolvedChange[] {
  return changes.map((c) => {
    const own = active.filter((e) => e.program.id === c.programId);
    const removed = new Set(c.removedEmbeddingIds);
    return {
      program: programs.get(c.programId)!,
      active: own,
      removals: own.filter((e) => removed.has(e.id)),
      additions: c.additions.filter((a) => !own.some((e) => e.credential.id === a.credential.id)),
    };
  });
}
