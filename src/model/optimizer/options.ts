/**
 * A program's options (docs/MODEL.md §16): no change, or a set of up to k candidates, each once, not live
 * in the program, each with one allowed requirement, passing the rules of embedCredential — the
 * credential's whole converted value is applied (0 for non-credit) and live embedded credits plus the
 * added ones stay within maxEmbeddedCreditShare × totalCredits, and its relevance passes (relevanceRuledOut). Locks force a credential into every option of their program (so "no change" goes); exclusions
 * remove a candidate from one program.
 */
import { offerHours } from '../dose';
import type { EmbeddingTerms, Requirement } from '../types';
import { OptimizerInputError, SearchTooLargeError } from './errors';
import type { CandidateCredential, OptimizerProgram, PlannedAddition } from './types';
import type { Problem } from './validate';

/** Slack for credit sums, as the embedding rules use (0.1 + 0.2 must not break a cap). */
export const CREDIT_EPSILON = 1e-9;

export interface OptionItem {
  /** Index into Problem.candidates. */
  readonly candidate: number;
  readonly requirement: Requirement;
}

export interface ProgramOptions {
  /** Options of the program; when hasNoChange, options[0] is no change (no items). */
  readonly options: readonly (readonly OptionItem[])[];
  readonly hasNoChange: boolean;
  /** Candidate indices every option must contain. */
  readonly locked: readonly number[];
}

/** Credits the candidate applies in the program: its whole converted value, 0 for non-credit. */
export function creditsIn(c: CandidateCredential, p: OptimizerProgram): number {
  return c.creditBearing ? (c.creditsByProgram?.[p.id] ?? c.credits) : 0;
}

/** The candidate's relevance ρ to the program, undefined when unknown (docs/MODEL.md §4.6). */
export function relevanceIn(c: CandidateCredential, p: OptimizerProgram): number | undefined {
  return c.relevanceByProgram?.[p.id];
}

/**
 * Why relevance leaves the candidate out of the program, or null: a known relevance below minRelevance, or an unknown
 * one when requireKnownRelevance (otherwise an unknown relevance counts as 1 and is never left out).
 */
export function relevanceRuledOut(problem: Problem, c: CandidateCredential, p: OptimizerProgram): string | null {
  const r = relevanceIn(c, p);
  if (r === undefined) {
    return problem.requireKnownRelevance
      ? `credential ${c.id} has no known relevance to program ${p.id} and requireKnownRelevance is set`
      : null;
  }
  return r < problem.minRelevance
    ? `credential ${c.id} has relevance ${r} to program ${p.id}, below minRelevance (${problem.minRelevance})`
    : null;
}

/** What adding the candidate adds to the program's capped credits (a PLANNED one's are counted already). */
export function capCreditsIn(c: CandidateCredential, p: OptimizerProgram): number {
  return creditsIn(c, p) - (p.plannedCredits?.[c.id] ?? 0);
}

/** Whether adding `added` capped credits keeps the program within its cap (as capProblem: 0 always fits). */
export function withinCap(p: OptimizerProgram, added: number): boolean {
  return added <= 0 || p.embeddedCredits + added <= p.maxEmbeddedCreditShare * p.totalCredits + CREDIT_EPSILON;
}

export function additionOf(problem: Problem, p: OptimizerProgram, item: OptionItem): PlannedAddition {
  const c = problem.candidates[item.candidate];
  return {
    credentialId: c.id,
    requirement: item.requirement,
    creditsApplied: creditsIn(c, p),
    displacesTuition: c.displacesTuition ?? false,
  };
}

/** The embedding terms of an addition, as a projection of the saved plan builds them (isNew). */
export function additionTerms(problem: Problem, p: OptimizerProgram, item: OptionItem): EmbeddingTerms {
  const c = problem.candidates[item.candidate];
  const creditsApplied = creditsIn(c, p);
  const relevance = relevanceIn(c, p);
  return {
    creditBearing: c.creditBearing,
    creditsApplied,
    hours: offerHours({ creditBearing: c.creditBearing, creditsApplied, learningHours: c.learningHours }, p.creditUnit),
    // Left out when unknown, as a projection of the saved plan builds it (scenario.rules embeddingTerms).
    ...(relevance !== undefined ? { relevance } : {}),
    requirement: item.requirement,
    takeUpRate: null,
    displacesTuition: c.displacesTuition ?? false,
    costPerLearner: c.costPerLearner,
    setupCost: c.setupCost,
    isNew: true,
  };
}

/**
 * Every program's options. Throws OptimizerInputError for a lock or exclusion that names an unknown
 * program or credential, or a lock that cannot be met, and SearchTooLargeError when options × draws
 * passes `maxWork` (counted before anything is built).
 */
export function buildOptions(problem: Problem, maxWork: number): ProgramOptions[] {
  const { programs, candidates } = problem;
  const programIndex = new Map(programs.map((p, i) => [p.id, i]));
  const candidateIndex = new Map(candidates.map((c, i) => [c.id, i]));
  const excluded = programs.map(() => new Set<number>());
  problem.exclude.forEach((x, i) => {
    const p = programIndex.get(x.programId);
    const c = candidateIndex.get(x.credentialId);
    if (p === undefined)
      throw new OptimizerInputError(`exclude.${i}.programId`, `program ${x.programId} is not in scope`);
    if (c === undefined) {
      throw new OptimizerInputError(`exclude.${i}.credentialId`, `credential ${x.credentialId} is not in scope`);
    }
    excluded[p].add(c);
  });
  const locked = lockedPerProgram(problem, programIndex, candidateIndex, excluded);
  const eligible = programs.map((p, i) =>
    candidates.flatMap((c, j) =>
      p.liveCredentialIds.includes(c.id) || excluded[i].has(j) || relevanceRuledOut(problem, c, p) ? [] : [j],
    ),
  );

  const R = problem.requirements.length;
  const counts = programs.map((p, i) => {
    let n = 0;
    subsets(problem, p, eligible[i], locked[i], (set) => {
      n += set.length === 0 ? 1 : R ** set.length;
    });
    return n;
  });
  const options = counts.reduce((a, b) => a + b, 0);
  if (options * problem.draws > maxWork) {
    throw new SearchTooLargeError(
      `the search would evaluate ${options} options × ${problem.draws} draws = ${options * problem.draws}, more than ` +
        `the bound of ${maxWork}: narrow it — fewer programs or credentials, fewer requirements, a lower ` +
        'maxAdditionsPerProgram, more exclusions, or fewer draws',
      options * problem.draws,
      maxWork,
    );
  }

  return programs.map((p, i) => {
    const list: OptionItem[][] = [];
    subsets(problem, p, eligible[i], locked[i], (set) => {
      for (const reqs of requirementChoices(problem.requirements, set.length)) {
        list.push(set.map((candidate, k) => ({ candidate, requirement: reqs[k] })));
      }
    });
    return { options: list, hasNoChange: locked[i].length === 0, locked: locked[i] };
  });
}

/** Each program's locked candidates, after checking every lock can be met. */
function lockedPerProgram(
  problem: Problem,
  programIndex: Map<string, number>,
  candidateIndex: Map<string, number>,
  excluded: Set<number>[],
): number[][] {
  const { programs, candidates } = problem;
  const locked = programs.map((): number[] => []);
  const credits = programs.map(() => 0);
  problem.lock.forEach((l, i) => {
    const field = `lock.${i}`;
    const pi = programIndex.get(l.programId);
    const ci = candidateIndex.get(l.credentialId);
    if (pi === undefined) throw new OptimizerInputError(`${field}.programId`, `program ${l.programId} is not in scope`);
    if (ci === undefined) {
      throw new OptimizerInputError(`${field}.credentialId`, `credential ${l.credentialId} is not in scope`);
    }
    const p = programs[pi];
    const c = candidates[ci];
    if (locked[pi].includes(ci)) return; // the same lock twice asks for nothing more
    if (p.liveCredentialIds.includes(c.id)) {
      throw new OptimizerInputError(field, `credential ${c.id} is already embedded in program ${p.id}`);
    }
    if (excluded[pi].has(ci))
      throw new OptimizerInputError(field, `credential ${c.id} is both locked and excluded in ${p.id}`);
    const ruledOut = relevanceRuledOut(problem, c, p);
    if (ruledOut) throw new OptimizerInputError(field, `${ruledOut}: relax the relevance rule or drop the lock`);
    if (locked[pi].length >= problem.maxAdditions) {
      throw new OptimizerInputError(
        field,
        `program ${p.id} has more locks than maxAdditionsPerProgram (${problem.maxAdditions}) allows`,
      );
    }
    const added = credits[pi] + capCreditsIn(c, p);
    if (!withinCap(p, added)) {
      const cap = p.maxEmbeddedCreditShare * p.totalCredits;
      throw new OptimizerInputError(
        field,
        `program ${p.id} may take at most ${cap} credits from embedded credentials; ${p.embeddedCredits} are ` +
          `already applied, so locking ${c.id} (${added} credits with the other locks) would exceed it`,
      );
    }
    credits[pi] = added;
    locked[pi].push(ci);
  });
  return locked;
}

/**
 * Calls `visit` with every set of up to k eligible candidates (ascending indices) that contains the
 * locked ones and fits the cap; the empty set only when nothing is locked. Supersets of a set over
 * the cap are skipped: credits are ≥ 0.
 */
function subsets(
  problem: Problem,
  p: OptimizerProgram,
  eligible: readonly number[],
  locked: readonly number[],
  visit: (set: readonly number[]) => void,
): void {
  const k = problem.maxAdditions;
  const set: number[] = [];
  const walk = (from: number, credits: number): void => {
    if (locked.every((l) => set.includes(l))) visit(set);
    if (set.length === k) return;
    for (let j = from; j < eligible.length; j++) {
      const c = eligible[j];
      const added = credits + capCreditsIn(problem.candidates[c], p);
      if (!withinCap(p, added)) continue;
      // A locked candidate skipped here can never join later (indices ascend): prune.
      if (locked.some((l) => !set.includes(l) && l < c)) break;
      set.push(c);
      walk(j + 1, added);
      set.pop();
    }
  };
  walk(0, 0);
}

/** All assignments of one allowed requirement to each of `n` items (n = 0: one empty assignment). */
function requirementChoices(requirements: readonly Requirement[], n: number): Requirement[][] {
  let out: Requirement[][] = [[]];
  for (let i = 0; i < n; i++) out = out.flatMap((prefix) => requirements.map((r) => [...prefix, r]));
  return out;
}
