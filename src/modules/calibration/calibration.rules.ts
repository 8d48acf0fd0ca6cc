/**
 * How an institution's entities become the calibration's plain input (src/model/calibration), pure and
 * written once: what counts as an actual, how a calibrated set shows its sample, the observation hash.
 */
import { createHash } from 'node:crypto';
import {
  baselineOf,
  PARAMETERS,
  type CreditUnitName,
  quantile,
  type AssumptionSpec,
  type Conversion,
  type Parameter,
  type ParameterValues,
} from '../../model';
import { EFFECT_OF_OUTCOME, normalCdf } from '../../model/calibration';
import type {
  CalibrationInput,
  LocalEffectEstimate,
  PanelProgram,
  PilotEmbedding,
  YearActuals,
} from '../../model/calibration';
import { ObservedMetric } from '../common/enums';
import type { ProgramCredential } from '../embedding/program-credential.entity';
import type { MetricObservation } from '../metric/metric-observation.entity';
import type { DegreeProgram } from '../program/degree-program.entity';
import { creditUnitOf, embeddingTerms } from '../scenario/scenario.rules';
import type { Fit } from '../occupation/occupation.rules';

/** The observation fields a calibration reads (an entity, or a plain row in tests and benchmarks). */
export type ObservationFacts = Pick<
  MetricObservation,
  'academicYear' | 'metric' | 'value' | 'numerator' | 'denominator'
>;

/**
 * A program's actuals per academic year. Counts are PROSPECTS and NEW_ENROLLMENTS values; the two rates
 * need a denominator, and their numerator is the recorded one or, when only the rate was recorded,
 * rate × denominator. COMPLETIONS are not an outcome the calibration measures.
 */
export function yearActuals(observations: readonly ObservationFacts[]): YearActuals[] {
  const byYear = new Map<number, YearActuals>();
  for (const o of observations) {
    const row = byYear.get(o.academicYear) ?? { year: o.academicYear };
    byYear.set(o.academicYear, row);
    const denominator = o.denominator ?? null;
    const numerator = o.numerator ?? (denominator != null ? Math.round(o.value * denominator) : null);
    switch (o.metric) {
      case ObservedMetric.PROSPECTS:
        row.prospects = o.value;
        break;
      case ObservedMetric.NEW_ENROLLMENTS:
        row.newEnrollments = o.value;
        break;
      case ObservedMetric.ENGAGEMENT_RATE:
        if (denominator != null)
          Object.assign(row, { engagementNumerator: numerator, engagementDenominator: denominator });
        break;
      case ObservedMetric.RETENTION_RATE:
        if (denominator != null)
          Object.assign(row, { retentionNumerator: numerator, retentionDenominator: denominator });
        break;
      default:
        break;
    }
  }
  return [...byYear.values()].sort((a, b) => a.year - b.year);
}

/** An embedding as a pilot: its model terms (with its relevance) plus when it started and whether it is in force. */
export function pilotEmbedding(e: ProgramCredential, unit: CreditUnitName, fit?: Fit): PilotEmbedding {
  return { ...embeddingTerms(e.credential, e, false, unit, fit), startYear: e.startYear ?? null, status: e.status };
}

export interface ProgramFacts {
  program: DegreeProgram;
  embeddings: readonly ProgramCredential[];
  /** How each embedded credential fits the program, by credential id (its relevance). */
  fits: ReadonlyMap<number, Fit>;
  observations: readonly ObservationFacts[];
}

export function calibrationInput(
  programs: readonly ProgramFacts[],
  prior: AssumptionSpec[],
  conversion: Conversion,
): CalibrationInput {
  const panel: PanelProgram[] = programs.map(({ program, embeddings, fits, observations }) => ({
    id: String(program.id),
    baseline: baselineOf(program),
    embeddings: embeddings.map((e) => pilotEmbedding(e, creditUnitOf(program), fits.get(e.credential.id))),
    actuals: yearActuals(observations),
  }));
  return { programs: panel, assumptions: prior, conversion };
}

/**
 * SHA-256 of the observations a calibration read, in a canonical order, so a saved calibration says exactly
 * which actuals it learnt from: the same data give the same hash whatever order they were loaded in.
 */
export function observationHash(rows: readonly (ObservationFacts & { programId: number })[]): string {
  const lines = rows
    .map((o) => [o.programId, o.academicYear, o.metric, o.value, o.numerator ?? '', o.denominator ?? ''].join('|'))
    .sort();
  return createHash('sha256').update(lines.join('\n')).digest('hex');
}

/** How a calibrated set shows one parameter of the joint sample: its range and median. */
export function empiricalSpec<P extends Parameter>(
  sample: readonly Pick<ParameterValues, P>[],
  parameter: P,
): AssumptionSpec {
  const values = sample.map((v) => v[parameter]);
  return {
    parameter,
    distribution: 'EMPIRICAL',
    low: Math.min(...values),
    mode: quantile(values, 0.5),
    high: Math.max(...values),
    // The share of the sample at exactly zero: the posterior probability of no effect.
    zeroMass: values.length > 0 ? values.filter((v) => v === 0).length / values.length : 0,
  };
}

/** The joint sample stored compactly: one array per vector, in PARAMETERS order. */
export function encodeSample(sample: readonly ParameterValues[]): string {
  return JSON.stringify(sample.map((v) => PARAMETERS.map((p) => v[p])));
}

export function decodeSample(json: string): ParameterValues[] {
  const rows = JSON.parse(json) as number[][];
  return rows.map((r) => Object.fromEntries(PARAMETERS.map((p, j) => [p, r[j]])) as ParameterValues);
}

/** A stored estimate: calibrations made before model v2 lack the effect and its sign probabilities. */
export type StoredEstimate = Omit<
  LocalEffectEstimate,
  'effect' | 'probabilityPositive' | 'probabilityNoEffect' | 'priorProbabilityPositive' | 'priorProbabilityNoEffect'
> &
  Partial<LocalEffectEstimate>;

/** An estimate as the API gives it: the prior's sign probabilities are unknown (null) before model v2. */
export type ApiEstimate = Omit<LocalEffectEstimate, 'priorProbabilityPositive' | 'priorProbabilityNoEffect'> & {
  priorProbabilityPositive: number | null;
  priorProbabilityNoEffect: number | null;
};

/** P10 and P90 of a normal are 1.2816 standard deviations from its median. */
const Z90 = 1.2815515655446004;

/**
 * The estimates as the API gives them. One made before model v2 gets its effect parameter, no chance of exactly no
 * effect (v1 priors had no point mass) and the chance of a positive one from a normal through its posterior
 * prediction's P10, P50 and P90; its prior probabilities are unknown (null).
 */
export function readEstimates(json: string): ApiEstimate[] {
  return (JSON.parse(json) as StoredEstimate[]).map((e): ApiEstimate => {
    if (e.probabilityPositive !== undefined && e.effect !== undefined) return e as LocalEffectEstimate;
    const p = e.predictedByPosterior;
    const sd = (p.p90 - p.p10) / (2 * Z90);
    return {
      ...e,
      effect: EFFECT_OF_OUTCOME[e.outcome],
      probabilityPositive: sd > 0 ? normalCdf(p.p50 / sd) : p.p50 > 0 ? 1 : 0,
      probabilityNoEffect: 0,
      priorProbabilityPositive: null,
      priorProbabilityNoEffect: null,
    };
  });
}
