/**
 * The price of an optimisation, in the units of simulation work projections are priced in
 * (core/cost.ts): every option valued costs its draws × years of one program's model run. Before the
 * run only the arguments are known, so the options are estimated from them (src/app/limits.ts); the
 * service charges what the run turned out to need beyond that (ctx.cost.extra).
 */
import { simulationPoints } from '../../core/cost';
import { DEFAULT_MAX_ADDITIONS, DEFAULT_OPTIMIZER_DRAWS } from './optimizer.inputs';

/** Programs and credentials assumed when the input leaves them to the defaults (the demo university's size). */
export const ASSUMED_PROGRAMS = 15;
export const ASSUMED_CREDENTIALS = 20;

export interface OptimizerCostArgs {
  horizonYears?: number;
  programIds?: unknown[] | null;
  credentialIds?: unknown[] | null;
  requirements?: unknown[] | null;
  maxAdditionsPerProgram?: number | null;
  draws?: number | null;
  evaluationDraws?: number | null;
}

function binomial(n: number, k: number): number {
  let r = 1;
  for (let i = 1; i <= k; i++) r = (r * (n - k + i)) / i;
  return r;
}

/** Options per program: no change plus every set of up to k of C credentials, each with one of R requirements. */
export function optionsPerProgram(credentials: number, requirements: number, k: number): number {
  let n = 0;
  for (let j = 0; j <= Math.min(k, credentials); j++) n += binomial(credentials, j) * requirements ** j;
  return n;
}

/** Model runs (program-draws) of a search: options × draws, plus two options a program (pick, runner-up) × evaluation draws. */
export function estimatedRuns(args: OptimizerCostArgs): number {
  const P = Math.max(1, args.programIds?.length ?? ASSUMED_PROGRAMS);
  const C = args.credentialIds?.length ?? ASSUMED_CREDENTIALS;
  const R = Math.max(1, args.requirements?.length ?? 1);
  const k = Math.min(3, Math.max(1, args.maxAdditionsPerProgram ?? DEFAULT_MAX_ADDITIONS));
  const draws = args.draws ?? DEFAULT_OPTIMIZER_DRAWS;
  const evaluation = args.evaluationDraws ?? draws;
  return P * optionsPerProgram(C, R, k) * draws + 2 * P * evaluation;
}

/** Points for `runs` program-draws of `years` years. */
export function runPoints(runs: number, years: number): number {
  return simulationPoints(runs, Math.max(1, years), 1);
}

/** The price before the run. */
export function estimatedOptimizerPoints(args: OptimizerCostArgs): number {
  return runPoints(estimatedRuns(args), args.horizonYears ?? 1);
}
