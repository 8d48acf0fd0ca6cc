import { LockMode, type EntityManager, type FilterQuery } from '@mikro-orm/core';
import type { Context } from '../../context';
import { isPlatformAdmin, requireRole, requireViewer, type Viewer } from '../../auth/viewer';
import { paginate, type ConnectionResult } from '../../graphql/connection';
import { badInput, conflict, notFound } from '../../graphql/errors';
import { decodeId } from '../../graphql/global-id';
import { containsInsensitive } from '../../graphql/search';
import { CREDIT_EPSILON } from '../common/credits';
import { EmbeddingStatus, OrderDirection, ProgramStatus, Role } from '../common/enums';
import { Institution } from '../institution/institution.entity';
import { ProgramCredential } from '../embedding/program-credential.entity';
import { DegreeProgram } from './degree-program.entity';
import { ProgramOrderField, type ArchiveProgramInput, type CreateProgramInput, type ProgramBaselineInput, type ProgramsArgs, type UpdateProgramInput } from './degree-program.inputs';

/** Programs a viewer may read: their institution's; the platform admin reads all. */
export function programScope(viewer: Viewer): { institution?: number } {
  return isPlatformAdmin(viewer) ? {} : { institution: viewer.institutionId! };
}

const ORDER_FIELDS: Record<ProgramOrderField, string> = { CODE: 'code', TITLE: 'title', CREATED_AT: 'id' };

export async function listPrograms(ctx: Context, args: ProgramsArgs): Promise<ConnectionResult<DegreeProgram>> {
  const viewer = requireViewer(ctx.viewer);
  const f = args.filter ?? {};
  const search = f.search?.trim();
  const where: FilterQuery<DegreeProgram>[] = [programScope(viewer)];
  if (f.level?.length) where.push({ level: { $in: f.level } });
  if (f.modality?.length) where.push({ modality: { $in: f.modality } });
  if (f.status?.length) where.push({ status: { $in: f.status } });
  if (f.cipCodePrefix) where.push({ cipCode: { $like: `${f.cipCodePrefix}%` } });
  if (f.hasEmbeddedCredentials != null) {
    const live = { status: { $in: [EmbeddingStatus.ACTIVE, EmbeddingStatus.PLANNED] } };
    where.push({ embeddings: f.hasEmbeddedCredentials ? { $some: live } : { $none: live } });
  }
  const order = args.orderBy ?? { field: ProgramOrderField.CODE };
  const conditions = (): FilterQuery<DegreeProgram> => ({ $and: search ? [...where, containsInsensitive(ctx.em, ['code', 'title'], search)] : where });
  return paginate(ctx.em, DegreeProgram, conditions, { field: ORDER_FIELDS[order.field], direction: order.direction ?? OrderDirection.ASC }, args);
}

export async function getProgram(ctx: Context, id: string, field = 'id'): Promise<DegreeProgram> {
  const viewer = requireViewer(ctx.viewer);
  const program = await ctx.em.findOne(DegreeProgram, { id: decodeId(id, 'DegreeProgram', field), ...programScope(viewer) });
  if (!program) throw notFound('The program', field);
  return program;
}

/** A program of the caller's own institution, for writing; anything else does not exist for them. */
export async function programForWrite(em: EntityManager, institutionId: number, id: string, field: string): Promise<DegreeProgram> {
  const dbId = decodeId(id, 'DegreeProgram', field);
  // Row lock (PostgreSQL; SQLite writers are serialized anyway): concurrent writes to one program run one
  // after another on fresh data, so an update without expectedVersion is never refused and the credit cap holds.
  await em.lock(em.getReference(DegreeProgram, dbId), LockMode.PESSIMISTIC_WRITE);
  const program = await em.findOne(DegreeProgram, { id: dbId, institution: institutionId }, { populate: ['institution'] });
  if (!program) throw notFound('The program', field);
  return program;
}

/** The baseline rule beyond the input validators (shared with the CSV import); null when it holds. */
export function baselineProblem(b: ProgramBaselineInput): { field: 'annualNewEnrollments'; message: string } | null {
  if (b.annualNewEnrollments >= b.annualProspects) {
    return { field: 'annualNewEnrollments', message: `New enrollments (${b.annualNewEnrollments}) must be fewer than prospects (${b.annualProspects}).` };
  }
  return null;
}

function checkBaseline(b: ProgramBaselineInput, field: string): void {
  const problem = baselineProblem(b);
  if (problem) throw badInput(`${field}.${problem.field}`, problem.message);
}

/** Why a title cannot be stored, or null (shared with the CSV import). */
export function titleProblem(title: string): string | null {
  return title.trim() ? null : 'The title cannot be blank.';
}

/** The title as stored: trimmed, and never blank. */
function cleanTitle(title: string, field: string): string {
  const problem = titleProblem(title);
  if (problem) throw badInput(field, problem);
  return title.trim();
}

/** Why a program whose embeddings apply `embedded` credits cannot have `totalCredits`, or null. */
export function totalCreditsProblem(embedded: number, maxEmbeddedCreditShare: number, totalCredits: number): string | null {
  const cap = maxEmbeddedCreditShare * totalCredits;
  if (embedded > cap + CREDIT_EPSILON) {
    return `Embedded credentials already apply ${embedded} credits; ${totalCredits} total credits would allow at most ${cap}.`;
  }
  return null;
}

export function baselineFields(b: ProgramBaselineInput) {
  return {
    annualProspects: b.annualProspects,
    annualNewEnrollments: b.annualNewEnrollments,
    engagementRate: b.engagementRate,
    retentionRate: b.retentionRate,
    prospectGrowthRate: b.prospectGrowthRate ?? 0,
  };
}

export async function createProgram(ctx: Context, input: CreateProgramInput): Promise<DegreeProgram> {
  const viewer = requireRole(ctx.viewer, Role.PLANNER, 'Creating a program');
  checkBaseline(input.baseline, 'input.baseline');
  const title = cleanTitle(input.title, 'input.title');
  return ctx.em.transactional(async (em) => {
    if (await em.count(DegreeProgram, { institution: viewer.institutionId, code: input.code })) {
      throw badInput('input.code', `Your institution already has a program with code "${input.code}".`);
    }
    const program = em.create(DegreeProgram, {
      institution: em.getReference(Institution, viewer.institutionId),
      code: input.code,
      title,
      level: input.level,
      modality: input.modality,
      cipCode: input.cipCode ?? null,
      totalCredits: input.totalCredits,
      durationYears: input.durationYears,
      tuitionPerCredit: input.tuitionPerCredit,
      status: input.status ?? ProgramStatus.ACTIVE,
      ...baselineFields(input.baseline),
    });
    await em.flush();
    return program;
  });
}

/** Credits of PLANNED and ACTIVE embeddings: what the institution's cap limits. */
export async function embeddedCreditsOf(em: EntityManager, programId: number, excludeEmbeddingId?: number): Promise<number> {
  const rows = await em.find(ProgramCredential, {
    program: programId,
    status: { $in: [EmbeddingStatus.ACTIVE, EmbeddingStatus.PLANNED] },
    ...(excludeEmbeddingId ? { id: { $ne: excludeEmbeddingId } } : {}),
  }, { fields: ['creditsApplied'] });
  return rows.reduce((sum, e) => sum + e.creditsApplied, 0);
}

export function checkVersion(actual: number, expected: number | null | undefined, what: string): void {
  if (expected != null && expected !== actual) throw conflict(`${what} (version ${expected}; now ${actual})`);
}

export async function updateProgram(ctx: Context, input: UpdateProgramInput): Promise<DegreeProgram> {
  const viewer = requireRole(ctx.viewer, Role.PLANNER, 'Updating a program');
  if (input.baseline) checkBaseline(input.baseline, 'input.baseline');
  const title = input.title != null ? cleanTitle(input.title, 'input.title') : null;
  return ctx.em.transactional(async (em) => {
    const program = await programForWrite(em, viewer.institutionId, input.id, 'input.id');
    checkVersion(program.version, input.expectedVersion, 'The program');
    if (input.totalCredits != null && input.totalCredits !== program.totalCredits) {
      const problem = totalCreditsProblem(await embeddedCreditsOf(em, program.id), program.institution.maxEmbeddedCreditShare, input.totalCredits);
      if (problem) throw badInput('input.totalCredits', problem);
    }
    if (title != null) program.title = title;
    if (input.status != null) program.status = input.status;
    if (input.totalCredits != null) program.totalCredits = input.totalCredits;
    if (input.durationYears != null) program.durationYears = input.durationYears;
    if (input.tuitionPerCredit != null) program.tuitionPerCredit = input.tuitionPerCredit;
    if (input.cipCode != null) program.cipCode = input.cipCode;
    if (input.baseline) Object.assign(program, baselineFields(input.baseline));
    await em.flush();
    return program;
  });
}

export async function archiveProgram(ctx: Context, input: ArchiveProgramInput): Promise<DegreeProgram> {
  const viewer = requireRole(ctx.viewer, Role.PLANNER, 'Archiving a program');
  return ctx.em.transactional(async (em) => {
    const program = await programForWrite(em, viewer.institutionId, input.id, 'input.id');
    program.status = ProgramStatus.ARCHIVED;
    await em.flush();
    return program;
  });
}
