/**
 * Small institutions for the optimiser tests, and an independent brute force: every joint plan
 * enumerated, each option projected with projectProgram (the public one-program projection), so
 * nothing of src/model/optimizer is reused but the draws.
 */
import { drawParameters, PARAMETERS, projectProgram } from '../../../../src/model';
import type { EmbeddingTerms, OutcomeMetric, ParameterValues, Requirement } from '../../../../src/model';
import type { CandidateCredential, OptimizeInput, OptimizerProgram, PlanChoice } from '../../../../src/model/optimizer';
import { DEFAULT_ASSUMPTIONS, embedding, program } from '../fixtures';

export function smallPrograms(): OptimizerProgram[] {
  return [
    {
      ...program({ id: 'A', annualProspects: 1500, annualNewEnrollments: 180, tuitionPerCredit: 350 }),
      creditUnit: 'US_CREDIT_HOUR',
      embeddedCredits: 0,
      maxEmbeddedCreditShare: 0.1,
      liveCredentialIds: [],
    },
    {
      ...program({
        id: 'B',
        totalCredits: 60,
        durationYears: 2,
        annualProspects: 900,
        annualNewEnrollments: 200,
        current: [embedding({ requirement: 'ELECTIVE', creditsApplied: 3, costPerLearner: 100 })],
      }),
      creditUnit: 'US_CREDIT_HOUR',
      embeddedCredits: 3,
      maxEmbeddedCreditShare: 0.25,
      liveCredentialIds: ['c2'],
    },
    {
      ...program({
        id: 'C',
        totalCredits: 36,
        durationYears: 2,
        tuitionPerCredit: 900,
        annualProspects: 400,
        annualNewEnrollments: 60,
        current: [embedding({ requirement: 'ADD_ON', creditBearing: false, creditsApplied: 0, costPerLearner: 40 })],
      }),
      creditUnit: 'US_CREDIT_HOUR',
      embeddedCredits: 0,
      maxEmbeddedCreditShare: 0.25,
      liveCredentialIds: ['c4'],
    },
  ];
}

export const smallCandidates: CandidateCredential[] = [
  { id: 'c1', creditBearing: true, credits: 6, costPerLearner: 300, setupCost: 4000 },
  { id: 'c2', creditBearing: true, credits: 3, costPerLearner: 150, setupCost: 2500, displacesTuition: true },
  { id: 'c3', creditBearing: false, credits: 0, learningHours: 20, costPerLearner: 40, setupCost: 500 },
  { id: 'c4', creditBearing: true, credits: 12, costPerLearner: 500, setupCost: 6000 },
];

export function smallInput(overrides: Partial<OptimizeInput> = {}): OptimizeInput {
  return {
    programs: smallPrograms(),
    candidates: smallCandidates,
    objective: 'NET_REVENUE',
    horizonYears: 5,
    budget: 1e9,
    risk: 'EXPECTED',
    requirements: ['ELECTIVE', 'CORE'],
    maxAdditionsPerProgram: 2,
    assumptions: DEFAULT_ASSUMPTIONS,
    conversion: 'ODDS',
    draws: 100,
    evaluationDraws: 100,
    seed: 11,
    ...overrides,
  };
}

export interface BruteOption {
  items: { credentialId: string; requirement: Requirement }[];
  gains: Float64Array;
  cost: number;
}

export interface BrutePlan {
  options: BruteOption[];
  cost: number;
  mean: number;
  cvar: number;
}

function drawsOf(input: OptimizeInput): ParameterValues[] {
  const flat = drawParameters(input.assumptions, input.seed, input.draws);
  return Array.from({ length: input.draws }, (_, d) => {
    const v = {} as ParameterValues;
    PARAMETERS.forEach((p, j) => (v[p] = flat[d * PARAMETERS.length + j]));
    return v;
  });
}

function horizonSum(rows: { values: Record<OutcomeMetric, number> }[], m: OutcomeMetric): number {
  return rows.reduce((s, r) => s + r.values[m], 0);
}

/** Mean of the 10% lowest values (draws are a multiple of 10 in these tests). */
export function naiveCvar(values: ArrayLike<number>): number {
  const sorted = Array.from(values).sort((a, b) => a - b);
  const k = sorted.length / 10;
  return sorted.slice(0, k).reduce((a, b) => a + b, 0) / k;
}

function programOptions(input: OptimizeInput, p: OptimizerProgram, params: ParameterValues[]): BruteOption[] {
  const k = input.maxAdditionsPerProgram ?? 1;
  const reqs = input.requirements ?? ['ELECTIVE'];
  const excluded = (c: string): boolean =>
    (input.exclude ?? []).some((x) => x.programId === p.id && x.credentialId === c);
  const locks = (input.lock ?? []).filter((l) => l.programId === p.id).map((l) => l.credentialId);
  // A known relevance below minRelevance leaves the candidate out; an unknown one (absent) only when required.
  const relevant = (c: CandidateCredential): boolean => {
    const r = c.relevanceByProgram?.[p.id];
    return r === undefined ? !input.requireKnownRelevance : r >= (input.minRelevance ?? 0);
  };
  const eligible = input.candidates.filter(
    (c) => !p.liveCredentialIds.includes(c.id) && !excluded(c.id) && relevant(c),
  );
  const credits = (c: CandidateCredential): number => (c.creditBearing ? c.credits : 0);
  const sets: CandidateCredential[][] = [[]];
  for (const c of eligible) for (const s of [...sets]) if (s.length < k) sets.push([...s, c]);
  const out: BruteOption[] = [];
  for (const set of sets) {
    const added = set.reduce((s, c) => s + credits(c), 0);
    if (added > 0 && p.embeddedCredits + added > p.maxEmbeddedCreditShare * p.totalCredits + 1e-9) continue;
    if (!locks.every((l) => set.some((c) => c.id === l))) continue;
    let assignments: Requirement[][] = [[]];
    for (let i = 0; i < set.length; i++) assignments = assignments.flatMap((a) => reqs.map((r) => [...a, r]));
    for (const a of assignments) {
      const terms: EmbeddingTerms[] = set.map((c, i) => ({
        creditBearing: c.creditBearing,
        creditsApplied: credits(c),
        // Hours written out here (45 a US credit hour), not through dose.ts: the brute force reuses nothing it checks.
        hours: c.creditBearing && credits(c) > 0 ? credits(c) * 45 : (c.learningHours ?? 0),
        ...(c.relevanceByProgram?.[p.id] !== undefined ? { relevance: c.relevanceByProgram[p.id] } : {}),
        requirement: a[i],
        takeUpRate: null,
        displacesTuition: c.displacesTuition ?? false,
        costPerLearner: c.costPerLearner,
        setupCost: c.setupCost,
        isNew: true,
      }));
      const gains = new Float64Array(params.length);
      let cost = 0;
      params.forEach((v, d) => {
        const proj = projectProgram(
          { ...p, scenario: [...p.current, ...terms] },
          v,
          input.conversion,
          input.horizonYears,
        );
        gains[d] = horizonSum(proj.scenario, input.objective) - horizonSum(proj.baseline, input.objective);
        cost += horizonSum(proj.scenario, 'CREDENTIAL_COST') - horizonSum(proj.baseline, 'CREDENTIAL_COST');
      });
      out.push({
        items: set.map((c, i) => ({ credentialId: c.id, requirement: a[i] })),
        gains,
        cost: cost / params.length,
      });
    }
  }
  return out;
}

/** Every joint plan within the budget, with its expected gain and CVaR_10 on the optimisation draws. */
export function bruteForce(input: OptimizeInput): BrutePlan[] {
  const params = drawsOf(input);
  const perProgram = input.programs.map((p) => programOptions(input, p, params));
  const plans: BrutePlan[] = [];
  const walk = (i: number, chosen: BruteOption[]): void => {
    if (i === perProgram.length) {
      const cost = chosen.reduce((s, o) => s + o.cost, 0);
      if (cost > input.budget + 1e-6) return;
      const total = new Float64Array(input.draws);
      for (const o of chosen) o.gains.forEach((g, d) => (total[d] += g));
      const mean = total.reduce((a, b) => a + b, 0) / input.draws;
      plans.push({ options: [...chosen], cost, mean, cvar: naiveCvar(total) });
      return;
    }
    for (const o of perProgram[i]) walk(i + 1, [...chosen, o]);
  };
  walk(0, []);
  return plans;
}

/** The plan's additions as sorted "program/credential/requirement" keys, for comparing plans. */
export function planKey(programs: readonly OptimizerProgram[], plan: BrutePlan): string[] {
  return plan.options
    .flatMap((o, i) => o.items.map((it) => `${programs[i].id}/${it.credentialId}/${it.requirement}`))
    .sort();
}

export const lockOf = (programId: string, credentialId: string): PlanChoice => ({ programId, credentialId });
