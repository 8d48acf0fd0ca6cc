/**
 * How a what-if's entities become model input, pure and written once: projections (projection.service)
 * and the portfolio optimiser both build their ProgramModelInput with these, so a plan saved as a
 * scenario projects exactly what the optimiser measured.
 */
import {
  baselineOf,
  offerHours,
  type AssumptionSpec,
  type CreditUnitName,
  type EmbeddingTerms,
  type Parameter,
  type ProgramModelInput,
} from '../../model';
import type { Assumption } from '../assumption/assumption.entity';
import type { MicroCredential } from '../credential/micro-credential.entity';
import type { ProgramCredential } from '../embedding/program-credential.entity';
import type { Fit } from '../occupation/occupation.rules';
import type { DegreeProgram } from '../program/degree-program.entity';

/**
 * The credit unit of a program's credits (its institution's): an embedding's hours are its credits times the hours
 * of one credit. The institution must be loaded; a reference alone would size every credential as nothing.
 */
export function creditUnitOf(program: DegreeProgram): CreditUnitName {
  const unit = program.institution.creditUnit as CreditUnitName | undefined;
  if (!unit) throw new Error(`program ${program.id}: its institution is not loaded (populate 'institution')`);
  return unit;
}

/**
 * One embedding (real, or a what-if's addition when isNew) as the model reads it, its credits in `unit`. Its
 * relevance is the fit's share when known; an unknown fit (or none given) leaves it out, which the model reads as 1,
 * so the inputs, and their hash, of a credential without occupations are what they were before relevance existed.
 */
export function embeddingTerms(
  credential: MicroCredential,
  e: { creditsApplied: number; requirement: string; takeUpRate?: number | null; displacesTuition: boolean },
  isNew: boolean,
  unit: CreditUnitName,
  fit?: Fit,
): EmbeddingTerms {
  return {
    creditBearing: credential.creditBearing,
    creditsApplied: e.creditsApplied,
    hours: offerHours(
      {
        creditBearing: credential.creditBearing,
        creditsApplied: e.creditsApplied,
        learningHours: credential.learningHours,
      },
      unit,
    ),
    ...(fit && fit.share !== null ? { relevance: fit.share } : {}),
    requirement: e.requirement as EmbeddingTerms['requirement'],
    takeUpRate: e.takeUpRate ?? null,
    displacesTuition: e.displacesTuition,
    costPerLearner: credential.costPerLearner,
    setupCost: credential.setupCost,
    isNew,
  };
}

/** The model's specs of a set's assumptions (a v1 parameter left in a set fails the model's own check, by name). */
export function assumptionSpecs(assumptions: Assumption[]): AssumptionSpec[] {
  return assumptions.map((a) => ({
    parameter: a.parameter as Parameter,
    low: a.low,
    mode: a.mode,
    high: a.high,
    distribution: a.distribution,
    zeroMass: a.zeroMass,
  }));
}

/**
 * A program with no change: its baseline and its ACTIVE embeddings (in id order, as projections load
 * them) as `current`, each with its fit by credential id; `scenario` is left to the caller.
 */
export function programBaseInput(
  program: DegreeProgram,
  active: readonly ProgramCredential[],
  fits: ReadonlyMap<number, Fit>,
): Omit<ProgramModelInput, 'scenario'> {
  const unit = creditUnitOf(program);
  return {
    id: String(program.id),
    ...baselineOf(program),
    current: active.map((e) => embeddingTerms(e.credential, e, false, unit, fits.get(e.credential.id))),
  };
}
