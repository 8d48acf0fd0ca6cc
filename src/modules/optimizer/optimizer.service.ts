/**
 * optimizePortfolio (docs/MODEL.md §16, issue 10): builds the optimiser's plain input from the
 * institution's entities — with the same conversion to model input as projections
 * (scenario.rules.ts) — runs the search in a worker thread, maps its typed errors, and saves the plan
 * as a scenario when asked, in one transaction, with the evaluation seed and draws so that the
 * scenario's projection equals the plan's figures.
 */
import type { EntityManager } from '@mikro-orm/core';
import { ownScope, sharedOrOwnScope } from '../../auth/scope';
import { requireRole, type InstitutionViewer } from '../../auth/viewer';
import type { Context } from '../../core/context';
import { badInput, DomainError, notFound } from '../../core/errors';
import { decodeId } from '../../core/global-id';
import {
  OPTIMIZABLE_METRICS,
  OptimizerInputError,
  SearchTooLargeError,
  SolverFailedError,
  type CandidateCredential,
  type OptimizeInput,
  type OptimizeLimits,
  type OptimizerProgram,
  type PlanChoice,
  type PortfolioPlan,
} from '../../model/optimizer';
import { AssumptionSet } from '../assumption/assumption-set.entity';
import { inParameterOrder } from '../assumption/assumption.rules';
import {
  AssumptionSetKind,
  EmbeddingStatus,
  ProgramStatus,
  Role,
  type OutcomeMetric,
  type RequirementType,
} from '../common/enums';
import { MicroCredential } from '../credential/micro-credential.entity';
import { ProgramCredential } from '../embedding/program-credential.entity';
import { liveCredits, liveEmbeddingsOf, maxCreditsFor } from '../embedding/program-credential.rules';
import { Institution } from '../institution/institution.entity';
import { DegreeProgram } from '../program/degree-program.entity';
import { Scenario, ScenarioAddition, ScenarioProgram } from '../scenario/scenario.entity';
import { assumptionSpecs, creditUnitOf, programBaseInput } from '../scenario/scenario.rules';
import { fitReader, type FitReader } from '../occupation/credential-fit.service';
import { relevanceWarnings, type ModelWarningType } from '../occupation/credential-fit.types';
import type { Fit } from '../occupation/occupation.rules';
import { estimatedOptimizerPoints, runPoints } from './optimizer.cost';
import type { OptimizationRisk, OptimizationStatus, PlanVerdict } from './optimizer.enums';
import {
  DEFAULT_MAX_ADDITIONS,
  DEFAULT_OPTIMIZER_DRAWS,
  DEFAULT_OPTIMIZER_SEED,
  type OptimizePortfolioInput,
  type PlanChoiceInput,
} from './optimizer.inputs';
import { OptimizerTimeoutError, runOptimizer } from './optimizer.pool';
import { decisionSummary, PLAN_CAVEAT } from './optimizer.rules';

/** Limits of the search (the optimiser's defaults; the MIP's own time limit is HiGHS's). */
export const SEARCH_LIMITS: Partial<OptimizeLimits> = {};

export interface OptionView {
  additions: { credentialId: number; requirement: RequirementType; creditsApplied: number }[];
  expectedGain: number;
  cost: number;
}

export interface PlanAdditionView {
  programId: number;
  credentialId: number;
  /** How the credential fits the program (its relevance). */
  fit: Fit;
  requirement: RequirementType;
  creditsApplied: number;
  cost: number;
  objectiveGain: number;
}

export interface PlanDecisionView {
  verdict: PlanVerdict;
  programId: number | null;
  alternative: OptionView | null;
  shortfall: number | null;
  summary: string;
}

export interface PlanView {
  status: OptimizationStatus;
  decision: PlanDecisionView;
  objective: OutcomeMetric;
  risk: OptimizationRisk;
  budget: number;
  horizonYears: number;
  additions: PlanAdditionView[];
  programs: {
    programId: number;
    chosen: OptionView;
    runnerUp:
      (OptionView & { criterionShortfall: number; expectedGainShortfall: number; withinBudget: boolean }) | null;
  }[];
  cost: number;
  baselineValue: number;
  value: PortfolioPlan['value'];
  gain: PortfolioPlan['gain'];
  frontier: PortfolioPlan['frontier'];
  candidatesEvaluated: number;
  optionsEvaluated: number;
  gap: number | null;
  minimumCost: number | null;
  criterion: number | null;
  evaluationCriterion: number | null;
  evaluationCost: number;
  draws: number;
  seed: number;
  evaluationDraws: number;
  evaluationSeed: number;
  caveat: string;
  /** What the plan assumed for want of data: additions whose relevance is unknown. */
  warnings: ModelWarningType[];
  scenario: Scenario | null;
}

/** What the search runs on, and the entities a saved plan refers to. */
interface Scope {
  institution: Institution;
  set: AssumptionSet;
  programs: DegreeProgram[];
  credentials: MicroCredential[];
  /** Each credential's fit in each program in scope. */
  fit: FitReader;
  input: OptimizeInput;
}

export async function optimizePortfolio(ctx: Context, input: OptimizePortfolioInput): Promise<PlanView> {
  const viewer = requireRole(ctx.viewer, Role.PLANNER, 'Optimising a portfolio');
  if (!(OPTIMIZABLE_METRICS as readonly string[]).includes(input.objective)) {
    throw badInput(
      'input.objective',
      `${input.objective} cannot be maximised (a rate, or the cost itself): use one of ${OPTIMIZABLE_METRICS.join(', ')}.`,
    );
  }
  const name = input.saveAsScenario?.trim();
  if (input.saveAsScenario != null && !name)
    throw badInput('input.saveAsScenario', 'The scenario name cannot be blank.');
  const scope = await loadScope(ctx, viewer, input);
  const plan = await solve(scope.input, viewer.institutionId);
  const extra = runPoints(plan.candidatesEvaluated, plan.horizonYears) - estimatedOptimizerPoints(input);
  if (extra > 0) ctx.cost.extra += extra;
  const scenario = name && plan.status !== 'INFEASIBLE' ? await savePlan(ctx.em, viewer, scope, plan, name) : null;
  return planView(plan, scenario, scope);
}

/** Runs the search and maps its errors: bad input names its field, a failed solve is never a plan. */
async function solve(input: OptimizeInput, institutionId: number): Promise<PortfolioPlan> {
  try {
    // Queued fairly with other institutions' work (src/core/fair-queue.ts).
    return await runOptimizer(input, SEARCH_LIMITS, { institutionId });
  } catch (e) {
    throw optimizerError(e);
  }
}

/** The API's error for what the optimiser threw. */
export function optimizerError(e: unknown): unknown {
  if (e instanceof OptimizerInputError) return badInput(`input.${e.field ?? ''}`.replace(/\.$/, ''), e.message);
  if (e instanceof SearchTooLargeError) return badInput('input', `The search is too large: ${e.message}.`);
  if (e instanceof OptimizerTimeoutError) {
    return badInput(
      'input',
      `${e.message}: narrow it — fewer programs or credentials, fewer requirements, a lower maxAdditionsPerProgram, or fewer draws.`,
    );
  }
  if (e instanceof SolverFailedError) {
    return new DomainError(
      'INTERNAL_SERVER_ERROR',
      `The optimiser could not produce a plan it could verify (${e.message}); no plan is returned. Try again with fewer draws or a narrower scope.`,
    );
  }
  return e;
}

async function loadScope(ctx: Context, viewer: InstitutionViewer, input: OptimizePortfolioInput): Promise<Scope> {
  const em = ctx.em;
  const [institution, set] = await Promise.all([
    em.findOneOrFail(Institution, { id: viewer.institutionId }),
    assumptionSetFor(em, viewer, input.assumptionSetId),
  ]);
  // A calibrated set's draws are whole vectors of its posterior sample, as its scenarios' are.
  const sample =
    set.kind === AssumptionSetKind.CALIBRATED ? await ctx.loaders.calibrationSampleBySetIdLoader.load(set.id) : null;
  if (set.kind === AssumptionSetKind.CALIBRATED && !sample) throw new Error(`calibrated set ${set.id} has no sample`);
  const programs = await programsInScope(em, viewer, input.programIds);
  const credentials = await credentialsInScope(em, viewer, input.credentialIds);
  const lock = await choices(em, viewer, input.lock ?? [], 'input.lock');
  const exclude = await choices(em, viewer, input.exclude ?? [], 'input.exclude');
  const live = await em.find(ProgramCredential, liveEmbeddingsOf(programs.map((p) => p.id)), {
    populate: ['credential'],
    orderBy: { id: 'ASC' },
  });
  const fit = await fitReader(
    ctx.loaders,
    programs.map((p) => p.cipCode),
    [...live.map((e) => e.credential.id), ...credentials.map((c) => c.id)],
  );
  const optimizerPrograms = programs.map((p): OptimizerProgram => {
    const own = live.filter((e) => e.program.id === p.id);
    const active = own.filter((e) => e.status === EmbeddingStatus.ACTIVE);
    return {
      ...programBaseInput(p, active, new Map(active.map((e) => [e.credential.id, fit(p.cipCode, e.credential.id)]))),
      creditUnit: creditUnitOf(p),
      embeddedCredits: liveCredits(own),
      maxEmbeddedCreditShare: institution.maxEmbeddedCreditShare,
      // PLANNED ones too: the plan never proposes what is already on its way.
      liveCredentialIds: own.map((e) => String(e.credential.id)),
    };
  });
  const candidates = credentials.map((c): CandidateCredential => ({
    id: String(c.id),
    creditBearing: c.creditBearing,
    credits: maxCreditsFor(c, institution),
    learningHours: c.learningHours ?? null,
    // Known relevances only: an unknown one counts as 1, and only requireKnownRelevance leaves it out.
    relevanceByProgram: Object.fromEntries(
      programs.flatMap((p) => {
        const share = fit(p.cipCode, c.id).share;
        return share === null ? [] : [[String(p.id), share]];
      }),
    ),
    costPerLearner: c.costPerLearner,
    setupCost: c.setupCost,
  }));
  const draws = input.draws ?? DEFAULT_OPTIMIZER_DRAWS;
  return {
    institution,
    set,
    programs,
    credentials,
    fit,
    input: {
      programs: optimizerPrograms,
      candidates,
      objective: input.objective,
      horizonYears: input.horizonYears,
      budget: input.budget,
      risk: input.risk ?? 'EXPECTED',
      requirements: input.requirements ?? ['ELECTIVE'],
      maxAdditionsPerProgram: input.maxAdditionsPerProgram ?? DEFAULT_MAX_ADDITIONS,
      lock,
      exclude,
      minRelevance: input.minRelevance ?? 0,
      requireKnownRelevance: input.requireKnownRelevance ?? false,
      assumptions: assumptionSpecs(inParameterOrder(set.assumptions.getItems())),
      ...(sample ? { sample } : {}),
      conversion: set.conversion,
      draws,
      evaluationDraws: input.evaluationDraws ?? draws,
      seed: input.seed ?? DEFAULT_OPTIMIZER_SEED,
    },
  };
}

/** The set named (one the viewer may read), else the default; with its assumptions. */
async function assumptionSetFor(
  em: EntityManager,
  viewer: InstitutionViewer,
  id: string | undefined | null,
): Promise<AssumptionSet> {
  const field = 'input.assumptionSetId';
  const where = id
    ? { $and: [{ id: decodeId(id, 'AssumptionSet', field) }, sharedOrOwnScope(viewer)] }
    : { isDefault: true };
  const set = await em.findOne(AssumptionSet, where, { populate: ['assumptions'] });
  if (!set)
    throw id
      ? notFound('The assumption set', field)
      : new Error('The default assumption set is missing: the database was not seeded.');
  return set;
}

/** Ids listed once each, decoded; `kind` names the entity in messages. */
function decodeList(ids: string[], type: string, field: string, kind: string): number[] {
  const seen = new Map<number, number>();
  return ids.map((gid, i) => {
    const id = decodeId(gid, type, `${field}.${i}`);
    const first = seen.get(id);
    if (first !== undefined)
      throw badInput(`${field}.${i}`, `The ${kind} is already listed at ${field}.${first}; give each once.`);
    seen.set(id, i);
    return id;
  });
}

async function programsInScope(
  em: EntityManager,
  viewer: InstitutionViewer,
  ids: string[] | undefined | null,
): Promise<DegreeProgram[]> {
  if (ids == null) {
    const all = await em.find(
      DegreeProgram,
      { institution: viewer.institutionId, status: ProgramStatus.ACTIVE },
      // With the institution: its credit unit sizes each credential (scenario.rules creditUnitOf).
      { orderBy: { id: 'ASC' }, populate: ['institution'] },
    );
    if (all.length === 0)
      throw badInput('input.programIds', 'The institution has no ACTIVE program: name the programs to optimise.');
    return all;
  }
  const dbIds = decodeList(ids, 'DegreeProgram', 'input.programIds', 'program');
  const found = await em.find(
    DegreeProgram,
    { $and: [{ id: { $in: dbIds } }, ownScope(viewer)] },
    { populate: ['institution'] },
  );
  const byId = new Map(found.map((p) => [p.id, p]));
  return dbIds.map((id, i) => {
    const p = byId.get(id);
    if (!p) throw notFound('The program', `input.programIds.${i}`);
    return p;
  });
}

async function credentialsInScope(
  em: EntityManager,
  viewer: InstitutionViewer,
  ids: string[] | undefined | null,
): Promise<MicroCredential[]> {
  if (ids == null) return em.find(MicroCredential, sharedOrOwnScope(viewer), { orderBy: { id: 'ASC' } });
  const dbIds = decodeList(ids, 'MicroCredential', 'input.credentialIds', 'credential');
  const found = await em.find(MicroCredential, { $and: [{ id: { $in: dbIds } }, sharedOrOwnScope(viewer)] });
  const byId = new Map(found.map((c) => [c.id, c]));
  return dbIds.map((id, i) => {
    const c = byId.get(id);
    if (!c) throw notFound('The credential', `input.credentialIds.${i}`);
    return c;
  });
}

/**
 * Locks or exclusions as the optimiser's plain choices: ids of another institution (or none) are
 * NOT_FOUND here; ones that exist but are out of scope are the optimiser's BAD_USER_INPUT.
 */
async function choices(
  em: EntityManager,
  viewer: InstitutionViewer,
  list: PlanChoiceInput[],
  field: string,
): Promise<PlanChoice[]> {
  if (list.length === 0) return [];
  const decoded = list.map((c, i) => ({
    programId: decodeId(c.programId, 'DegreeProgram', `${field}.${i}.programId`),
    credentialId: decodeId(c.credentialId, 'MicroCredential', `${field}.${i}.credentialId`),
  }));
  const [programs, credentials] = await Promise.all([
    em.find(
      DegreeProgram,
      { $and: [{ id: { $in: decoded.map((d) => d.programId) } }, ownScope(viewer)] },
      { fields: ['id'] },
    ),
    em.find(
      MicroCredential,
      { $and: [{ id: { $in: decoded.map((d) => d.credentialId) } }, sharedOrOwnScope(viewer)] },
      { fields: ['id'] },
    ),
  ]);
  const programIds = new Set(programs.map((p) => p.id));
  const credentialIds = new Set(credentials.map((c) => c.id));
  return decoded.map((d, i) => {
    if (!programIds.has(d.programId)) throw notFound('The program', `${field}.${i}.programId`);
    if (!credentialIds.has(d.credentialId)) throw notFound('The credential', `${field}.${i}.credentialId`);
    return { programId: String(d.programId), credentialId: String(d.credentialId) };
  });
}

/**
 * The plan as a scenario (the tables createScenario writes), in one transaction: every program in
 * scope in order, its additions in the plan's order, projected with the evaluation seed and draws.
 */
async function savePlan(
  em: EntityManager,
  viewer: InstitutionViewer,
  scope: Scope,
  plan: PortfolioPlan,
  name: string,
): Promise<Scenario> {
  return em.transactional(async (tx) => {
    const scenario = tx.create(Scenario, {
      institution: tx.getReference(Institution, viewer.institutionId),
      name,
      description:
        `Recommended by optimizePortfolio: ${plan.objective} (${plan.risk}) over ${plan.horizonYears} years within a budget of ${plan.budget}; ` +
        `status ${plan.status}; expected cost ${Math.round(plan.cost)}; optimisation seed ${plan.optimisation.seed} (${plan.optimisation.draws} draws), ` +
        `projected on the evaluation seed ${plan.evaluation.seed} (${plan.evaluation.draws} draws).`,
      assumptionSet: tx.getReference(AssumptionSet, scope.set.id),
      horizonYears: plan.horizonYears,
      draws: plan.evaluation.draws,
      seed: plan.evaluation.seed,
    });
    scope.programs.forEach((program, position) => {
      const change = tx.create(ScenarioProgram, {
        scenario,
        program: tx.getReference(DegreeProgram, program.id),
        position,
      });
      for (const a of plan.additions.filter((x) => x.programId === String(program.id))) {
        tx.create(ScenarioAddition, {
          change,
          credential: tx.getReference(MicroCredential, Number(a.credentialId)),
          creditsApplied: a.creditsApplied,
          requirement: a.requirement as RequirementType,
          takeUpRate: null,
          displacesTuition: a.displacesTuition,
        });
      }
    });
    await tx.flush();
    return scenario;
  });
}

const finiteOrNull = (v: number): number | null => (Number.isFinite(v) ? v : null);

function optionView(o: {
  additions: { credentialId: string; requirement: string; creditsApplied: number }[];
  expectedGain: number;
  cost: number;
}): OptionView {
  return {
    additions: o.additions.map((a) => ({
      credentialId: Number(a.credentialId),
      requirement: a.requirement as RequirementType,
      creditsApplied: a.creditsApplied,
    })),
    expectedGain: o.expectedGain,
    cost: o.cost,
  };
}

function planView(plan: PortfolioPlan, scenario: Scenario | null, scope: Scope): PlanView {
  const { programs, credentials, fit } = scope;
  const programById = new Map(programs.map((p) => [p.id, p]));
  const credentialById = new Map(credentials.map((c) => [c.id, c]));
  const additions = plan.additions.map((a) => {
    const program = programById.get(Number(a.programId))!;
    const credential = credentialById.get(Number(a.credentialId))!;
    return {
      program,
      credential,
      view: {
        programId: program.id,
        credentialId: credential.id,
        fit: fit(program.cipCode, credential.id),
        requirement: a.requirement as RequirementType,
        creditsApplied: a.creditsApplied,
        cost: a.cost,
        objectiveGain: a.objectiveGain,
      },
    };
  });
  const d = plan.decision;
  const code = d.programId === null ? null : (programs.find((p) => String(p.id) === d.programId)?.code ?? null);
  return {
    status: plan.status as OptimizationStatus,
    decision: {
      verdict: d.verdict as PlanVerdict,
      programId: d.programId === null ? null : Number(d.programId),
      alternative: d.alternative && optionView(d.alternative),
      shortfall: d.shortfall,
      summary: decisionSummary(d, plan, code),
    },
    objective: plan.objective as OutcomeMetric,
    risk: plan.risk as OptimizationRisk,
    budget: plan.budget,
    horizonYears: plan.horizonYears,
    additions: additions.map((a) => a.view),
    programs: plan.programs.map((d) => ({
      programId: Number(d.programId),
      chosen: optionView(d.chosen),
      runnerUp: d.runnerUp && {
        ...optionView(d.runnerUp),
        criterionShortfall: d.runnerUp.criterionShortfall,
        expectedGainShortfall: d.runnerUp.expectedGainShortfall,
        withinBudget: d.runnerUp.withinBudget,
      },
    })),
    cost: plan.cost,
    baselineValue: plan.baselineValue,
    value: plan.value,
    gain: plan.gain,
    frontier: plan.frontier,
    candidatesEvaluated: plan.candidatesEvaluated,
    optionsEvaluated: plan.optionsEvaluated,
    gap: plan.gap,
    minimumCost: plan.minimumCost,
    criterion: finiteOrNull(plan.criterion.optimisation),
    evaluationCriterion: finiteOrNull(plan.criterion.evaluation),
    evaluationCost: plan.evaluation.cost,
    draws: plan.optimisation.draws,
    seed: plan.optimisation.seed,
    evaluationDraws: plan.evaluation.draws,
    evaluationSeed: plan.evaluation.seed,
    caveat: PLAN_CAVEAT,
    warnings: relevanceWarnings(
      additions.map((a) => ({
        programId: a.program.id,
        programCode: a.program.code,
        credentialId: a.credential.id,
        credentialTitle: a.credential.title,
        fit: a.view.fit,
      })),
    ),
    scenario,
  };
}
