import type { EntityManager, FilterQuery } from '@mikro-orm/core';
import { ownScope } from '../../auth/scope';
import { requireRole, requireViewer } from '../../auth/viewer';
import { paginateLean, type ConnectionResult } from '../../core/connection';
import { leanShape, type FieldReads } from '../../core/lean-read';
import type { Selection } from '../../core/selection';
import type { Context } from '../../core/context';
import { badInput, notFound } from '../../core/errors';
import { decodeId } from '../../core/global-id';
import { containsInsensitive } from '../../core/search';
import { checkVersion, findForWrite } from '../../core/versioning';
import { OrderDirection, ProgramStatus, Role } from '../common/enums';
import { ProgramCredential } from '../embedding/program-credential.entity';
import {
  LIVE_STATUSES,
  liveCredits,
  liveEmbeddingsOf,
  totalCreditsProblem,
} from '../embedding/program-credential.rules';
import { Institution } from '../institution/institution.entity';
import { DegreeProgram } from './degree-program.entity';
import {
  ProgramOrderField,
  type ArchiveProgramInput,
  type CreateProgramInput,
  type ProgramsArgs,
  type UpdateProgramInput,
} from './degree-program.inputs';
import {
  baselineFields,
  capacityAndMoneyChanges,
  capacityAndMoneyFields,
  checkBaseline,
  checkCapacity,
  cleanTitle,
} from './degree-program.rules';

const ORDER_FIELDS: Record<ProgramOrderField, string> = { CODE: 'code', TITLE: 'title', CREATED_AT: 'id' };

/** What DegreeProgram's field resolvers read of it, beyond its id (src/core/lean-read.ts). */
const PROGRAM_FIELD_READS: FieldReads = {
  baseline: ['annualProspects', 'annualNewEnrollments', 'engagementRate', 'retentionRate', 'prospectGrowthRate'],
  institution: ['institution'],
  embeddedCredentials: [],
  embeddedCredits: [],
  metrics: [],
  // Through the CIP–SOC crosswalk (occupation.loaders.ts).
  occupations: ['cipCode'],
};

/** A page of the viewer's programs; with the GraphQL selection on its nodes, reading only what that needs. */
export async function listPrograms(
  ctx: Context,
  args: ProgramsArgs,
  selection: Selection | null = null,
): Promise<ConnectionResult<DegreeProgram>> {
  const viewer = requireViewer(ctx.viewer);
  const f = args.filter ?? {};
  const search = f.search?.trim();
  const where: FilterQuery<DegreeProgram>[] = [ownScope(viewer)];
  if (f.level?.length) where.push({ level: { $in: f.level } });
  if (f.modality?.length) where.push({ modality: { $in: f.modality } });
  if (f.status?.length) where.push({ status: { $in: f.status } });
  if (f.cipCodePrefix) where.push({ cipCode: { $like: `${f.cipCodePrefix}%` } });
  if (f.hasEmbeddedCredentials != null) {
    const live = { status: { $in: [...LIVE_STATUSES] } };
    where.push({ embeddings: f.hasEmbeddedCredentials ? { $some: live } : { $none: live } });
  }
  const order = args.orderBy ?? { field: ProgramOrderField.CODE };
  // Search holds a raw SQL fragment, which serves one query: built fresh each time; otherwise plain data.
  const conditions = search
    ? (): FilterQuery<DegreeProgram> => ({ $and: [...where, containsInsensitive(ctx.em, ['code', 'title'], search)] })
    : { $and: where };
  // Read-only: its nodes are lean objects (docs/PERFORMANCE.md).
  return paginateLean(
    ctx.em,
    DegreeProgram,
    conditions,
    { field: ORDER_FIELDS[order.field], direction: order.direction ?? OrderDirection.ASC },
    args,
    leanShape(ctx.em, DegreeProgram).propertiesRead(selection, PROGRAM_FIELD_READS),
  );
}

export async function getProgram(ctx: Context, id: string, field = 'id'): Promise<DegreeProgram> {
  requireViewer(ctx.viewer);
  // Through the request's loader: a lean read, batched with any other program asked for.
  const program = await ctx.loaders.programByIdLoader.load(decodeId(id, 'DegreeProgram', field));
  if (!program) throw notFound('The program', field);
  return program;
}

export async function createProgram(ctx: Context, input: CreateProgramInput): Promise<DegreeProgram> {
  const viewer = requireRole(ctx.viewer, Role.PLANNER, 'Creating a program');
  checkBaseline(input.baseline, 'input.baseline');
  checkCapacity(null, input, 'input');
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
      ...capacityAndMoneyFields(input),
    });
    await em.flush();
    return program;
  });
}

export async function updateProgram(ctx: Context, input: UpdateProgramInput): Promise<DegreeProgram> {
  const viewer = requireRole(ctx.viewer, Role.PLANNER, 'Updating a program');
  if (input.baseline) checkBaseline(input.baseline, 'input.baseline');
  const title = input.title != null ? cleanTitle(input.title, 'input.title') : null;
  return ctx.em.transactional(async (em) => {
    const program = await programForWrite(em, viewer.institutionId, input.id, 'input.id');
    checkVersion(program.version, input.expectedVersion, 'The program');
    // Against the program as it is now: a new baseline may outgrow the capacity it keeps.
    checkCapacity(program, input, 'input');
    if (input.totalCredits != null && input.totalCredits !== program.totalCredits) {
      const live = await em.find(ProgramCredential, liveEmbeddingsOf(program.id), {
        fields: ['status', 'creditsApplied'],
      });
      const problem = totalCreditsProblem(
        liveCredits(live),
        program.institution.maxEmbeddedCreditShare,
        input.totalCredits,
      );
      if (problem) throw badInput('input.totalCredits', problem);
    }
    if (title != null) program.title = title;
    if (input.status != null) program.status = input.status;
    if (input.totalCredits != null) program.totalCredits = input.totalCredits;
    if (input.durationYears != null) program.durationYears = input.durationYears;
    if (input.tuitionPerCredit != null) program.tuitionPerCredit = input.tuitionPerCredit;
    if (input.cipCode != null) program.cipCode = input.cipCode;
    if (input.baseline) Object.assign(program, baselineFields(input.baseline));
    Object.assign(program, capacityAndMoneyChanges(input));
    await em.flush();
    return program;
  });
}

/** A program of the caller's own institution, locked for writing; anything else does not exist for them. */
async function programForWrite(
  em: EntityManager,
  institutionId: number,
  id: string,
  field: string,
): Promise<DegreeProgram> {
  const program = await findForWrite(
    em,
    DegreeProgram,
    decodeId(id, 'DegreeProgram', field),
    { institution: institutionId },
    { populate: ['institution'] },
  );
  if (!program) throw notFound('The program', field);
  return program;
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
