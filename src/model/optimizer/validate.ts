/**
 * Checks an OptimizeInput and fills its defaults. Every problem is an OptimizerInputError naming the
 * field of OptimizePortfolioInput it comes from; locks and exclusions are checked in options.ts,
 * where the programs' credit rules are known.
 */
import { resolveAssumptions } from '../assumptions';
import type { AssumptionSpec, Conversion, ParameterValues, Requirement } from '../types';
import { OptimizerInputError } from './errors';
import { OPTIMIZABLE_METRICS } from './types';
import type {
  CandidateCredential,
  OptimizableMetric,
  OptimizationRisk,
  OptimizeInput,
  OptimizerProgram,
  PlanChoice,
} from './types';

export const MAX_DRAWS = 100_000;
export const MAX_HORIZON_YEARS = 30;
const REQUIREMENTS: readonly Requirement[] = ['CORE', 'ELECTIVE', 'ADD_ON'];

export interface Problem {
  programs: readonly OptimizerProgram[];
  candidates: readonly CandidateCredential[];
  objective: OptimizableMetric;
  horizonYears: number;
  budget: number;
  risk: OptimizationRisk;
  requirements: readonly Requirement[];
  maxAdditions: number;
  lock: readonly PlanChoice[];
  exclude: readonly PlanChoice[];
  minRelevance: number;
  requireKnownRelevance: boolean;
  assumptions: readonly AssumptionSpec[];
  sample?: readonly ParameterValues[];
  conversion: Conversion;
  draws: number;
  evaluationDraws: number;
  seed: number;
  evaluationSeed: number;
}

/**
 * The evaluation stream's seed: a mix of `seed` (int32, so it can be stored as a scenario's seed),
 * never equal to it. A saved plan projected with this seed and evaluationDraws reproduces `value`.
 */
export function evaluationSeedFor(seed: number): number {
  let z = (Math.trunc(seed) | 0) ^ 0x5851f42d;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  z = (z ^ (z >>> 16)) | 0;
  return z === seed ? z ^ 1 : z;
}

export function normalizeInput(input: OptimizeInput): Problem {
  const bad = (field: string, message: string): never => {
    throw new OptimizerInputError(field, message);
  };
  const objective = input.objective as OptimizableMetric;
  if (!(OPTIMIZABLE_METRICS as readonly string[]).includes(objective)) {
    bad('objective', `${String(input.objective)} cannot be maximised: use one of ${OPTIMIZABLE_METRICS.join(', ')}`);
  }
  const H = input.horizonYears;
  if (!Number.isInteger(H) || H < 1 || H > MAX_HORIZON_YEARS) {
    bad('horizonYears', `horizonYears must be a whole number from 1 to ${MAX_HORIZON_YEARS} (got ${H})`);
  }
  if (!(Number.isFinite(input.budget) && input.budget >= 0)) bad('budget', `budget must be ≥ 0 (got ${input.budget})`);
  const risk = input.risk ?? 'EXPECTED';
  if (risk !== 'EXPECTED' && risk !== 'CVAR_10') bad('risk', `unknown risk ${String(risk)}`);
  const maxAdditions = input.maxAdditionsPerProgram ?? 1;
  if (!Number.isInteger(maxAdditions) || maxAdditions < 1 || maxAdditions > 3) {
    bad('maxAdditionsPerProgram', `maxAdditionsPerProgram must be 1, 2 or 3 (got ${maxAdditions})`);
  }
  const requirements = [...new Set<Requirement>(input.requirements ?? ['ELECTIVE'])];
  if (requirements.length === 0) bad('requirements', 'give at least one requirement');
  for (const r of requirements) if (!REQUIREMENTS.includes(r)) bad('requirements', `unknown requirement ${String(r)}`);
  const draws = checkDraws(input.draws, 'draws');
  const evaluationDraws = checkDraws(input.evaluationDraws ?? draws, 'evaluationDraws');
  if (!Number.isSafeInteger(input.seed)) bad('seed', `seed must be an integer (got ${input.seed})`);
  const evaluationSeed = input.evaluationSeed ?? evaluationSeedFor(input.seed);
  if (!Number.isSafeInteger(evaluationSeed) || evaluationSeed === input.seed) {
    bad('evaluationSeed', 'evaluationSeed must be an integer other than seed (fresh draws)');
  }
  let assumptions: AssumptionSpec[] = [];
  try {
    assumptions = resolveAssumptions(input.assumptions);
    if (assumptions.some((a) => a.distribution === 'EMPIRICAL') && !input.sample?.length) {
      throw new RangeError('a calibrated set needs the joint sample it was summarised from');
    }
  } catch (e) {
    bad('assumptionSetId', e instanceof Error ? e.message : String(e));
  }
  const minRelevance = input.minRelevance ?? 0;
  if (!(Number.isFinite(minRelevance) && minRelevance >= 0 && minRelevance <= 1)) {
    bad('minRelevance', `minRelevance must be from 0 to 1 (got ${minRelevance})`);
  }
  checkPrograms(input.programs);
  checkCandidates(input.candidates, input.programs);
  return {
    programs: input.programs,
    candidates: input.candidates,
    objective,
    horizonYears: H,
    budget: input.budget,
    risk,
    requirements: REQUIREMENTS.filter((r) => requirements.includes(r)),
    maxAdditions,
    lock: input.lock ?? [],
    exclude: input.exclude ?? [],
    minRelevance,
    requireKnownRelevance: input.requireKnownRelevance ?? false,
    assumptions,
    ...(input.sample ? { sample: input.sample } : {}),
    conversion: input.conversion,
    draws,
    evaluationDraws,
    seed: input.seed,
    evaluationSeed,
  };
}

function checkDraws(v: number, field: string): number {
  if (!Number.isInteger(v) || v < 1 || v > MAX_DRAWS) {
    throw new OptimizerInputError(field, `${field} must be a whole number from 1 to ${MAX_DRAWS} (got ${v})`);
  }
  return v;
}

function checkPrograms(programs: readonly OptimizerProgram[]): void {
  const seen = new Set<string>();
  for (const p of programs) {
    if (seen.has(p.id)) throw new OptimizerInputError('programIds', `program ${p.id} is listed twice`);
    seen.add(p.id);
    const share = p.maxEmbeddedCreditShare;
    if (!(Number.isFinite(share) && share >= 0 && share <= 1)) {
      throw new OptimizerInputError('programIds', `program ${p.id}: maxEmbeddedCreditShare must be in [0, 1]`);
    }
    if (!(Number.isFinite(p.embeddedCredits) && p.embeddedCredits >= 0)) {
      throw new OptimizerInputError('programIds', `program ${p.id}: embeddedCredits must be ≥ 0`);
    }
  }
}

function checkCandidates(candidates: readonly CandidateCredential[], programs: readonly OptimizerProgram[]): void {
  const seen = new Set<string>();
  const nonNegative = (v: number | undefined): boolean => typeof v === 'number' && Number.isFinite(v) && v >= 0;
  for (const c of candidates) {
    if (seen.has(c.id)) throw new OptimizerInputError('credentialIds', `credential ${c.id} is listed twice`);
    seen.add(c.id);
    const creditsOk =
      nonNegative(c.credits) &&
      programs.every((p) => {
        const v = c.creditsByProgram?.[p.id];
        return v === undefined || nonNegative(v);
      });
    if (!creditsOk || !nonNegative(c.costPerLearner) || !nonNegative(c.setupCost)) {
      throw new OptimizerInputError('credentialIds', `credential ${c.id}: credits and costs must be finite and ≥ 0`);
    }
    const relevanceOk = programs.every((p) => {
      const r = c.relevanceByProgram?.[p.id];
      return r === undefined || (Number.isFinite(r) && r >= 0 && r <= 1);
    });
    if (!relevanceOk) {
      throw new OptimizerInputError('credentialIds', `credential ${c.id}: relevance must be in [0, 1]`);
    }
  }
}
