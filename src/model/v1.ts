/**
 * Model v1 → v2 (docs/MODEL.md §3, "Sets made before model v2"). v1 applied stated-intent ratios discounted by a
 * realisation share; v2 applies the realised effects themselves, on the log-odds scale:
 *
 *   ENROLLMENT_EFFECT = ln(1 + INTENT_REALISATION·(ENROLLMENT_RATIO − 1))
 *   ENGAGEMENT_EFFECT = ln(1 + INTENT_REALISATION·(ENGAGEMENT_RATIO − 1))
 *   RETENTION_EFFECT  = ln(1 + RETENTION_PASS_THROUGH·(R'_eng − 1)),  R'_eng = 1 + INTENT_REALISATION·(ENGAGEMENT_RATIO − 1)
 *
 * so a v1 parameter vector converts exactly (convertV1Vector: a calibrated set's joint sample keeps its meaning).
 * A v1 *set* of ranges converts approximately (convertV1Specs): each effect's low and high are the smallest and
 * largest values the formula takes over the corners of its inputs' ranges, its mode the formula at their modes;
 * the distribution is FIXED when every input is, else PERT; there is no point mass at zero (v1 could not say "no
 * effect"). The other parameters are carried over as they are. Used by the migration that converts stored sets and
 * by the seeds' "as stated" readings, so the two cannot drift.
 */
import { MAX_ABS_EFFECT } from './assumptions';
import { realisedRatio } from './uplift';
import type { AssumptionSpec, DistributionKind, EffectParameter, ParameterValues, V1Parameter } from './types';

/** A v1 assumption: same shape, v1 parameter names allowed. */
export interface V1Spec {
  parameter: string;
  low: number;
  mode: number;
  high: number;
  distribution: DistributionKind;
}

export type V1Values = Record<V1Parameter, number> &
  Pick<ParameterValues, 'NON_CREDIT_EFFECT_SHARE' | 'ELECTIVE_TAKE_UP' | 'AWARENESS_RAMP_YEARS'>;

/** What each effect is computed from, in the order its formula takes them. */
export const V1_SOURCES: Readonly<Record<EffectParameter, readonly V1Parameter[]>> = {
  ENROLLMENT_EFFECT: ['ENROLLMENT_RATIO', 'INTENT_REALISATION'],
  ENGAGEMENT_EFFECT: ['ENGAGEMENT_RATIO', 'INTENT_REALISATION'],
  RETENTION_EFFECT: ['ENGAGEMENT_RATIO', 'INTENT_REALISATION', 'RETENTION_PASS_THROUGH'],
};

/** Within the effects' bounds (a v1 ratio had none above). */
const bounded = (x: number): number => Math.min(MAX_ABS_EFFECT, Math.max(-MAX_ABS_EFFECT, x));

const FORMULAS: Readonly<Record<EffectParameter, (v: readonly number[]) => number>> = {
  ENROLLMENT_EFFECT: ([ratio, realisation]) => bounded(Math.log(realisedRatio(ratio, realisation))),
  ENGAGEMENT_EFFECT: ([ratio, realisation]) => bounded(Math.log(realisedRatio(ratio, realisation))),
  RETENTION_EFFECT: ([ratio, realisation, passThrough]) =>
    bounded(Math.log(1 + passThrough * (realisedRatio(ratio, realisation) - 1))),
};

/** Words for the formula of each effect, for rationales. */
export const V1_FORMULA_TEXT: Readonly<Record<EffectParameter, string>> = {
  ENROLLMENT_EFFECT: 'ln(1 + INTENT_REALISATION × (ENROLLMENT_RATIO − 1))',
  ENGAGEMENT_EFFECT: 'ln(1 + INTENT_REALISATION × (ENGAGEMENT_RATIO − 1))',
  RETENTION_EFFECT: 'ln(1 + RETENTION_PASS_THROUGH × INTENT_REALISATION × (ENGAGEMENT_RATIO − 1))',
};

/**
 * The parameters of model v2 as the v1 conversion wrote them (before OFFER_HOURS_SCALE, DIVERSION_SHARE and
 * RELEVANCE_FLOOR): v1 had none, and reads as a credential of unbounded size, no diversion and full relevance (docs/MODEL.md §4, "Model v1 as a special
 * case").
 */
export type V2_0Values = Omit<ParameterValues, 'OFFER_HOURS_SCALE' | 'DIVERSION_SHARE' | 'RELEVANCE_FLOOR'>;

/** The exact v2 vector of a v1 parameter vector. */
export function convertV1Vector(v: V1Values): V2_0Values {
  const effect = (p: EffectParameter): number => FORMULAS[p](V1_SOURCES[p].map((s) => v[s]));
  return {
    ENROLLMENT_EFFECT: effect('ENROLLMENT_EFFECT'),
    ENGAGEMENT_EFFECT: effect('ENGAGEMENT_EFFECT'),
    RETENTION_EFFECT: effect('RETENTION_EFFECT'),
    NON_CREDIT_EFFECT_SHARE: v.NON_CREDIT_EFFECT_SHARE,
    ELECTIVE_TAKE_UP: v.ELECTIVE_TAKE_UP,
    AWARENESS_RAMP_YEARS: v.AWARENESS_RAMP_YEARS,
  };
}

export interface ConvertedSpec extends AssumptionSpec {
  /** The v1 parameters it was computed from (for evidence links and the rationale). */
  from: V1Parameter[];
}

/** Whether a set of assumptions is a v1 set (holds any v1 parameter). */
export function isV1Set(specs: readonly { parameter: string }[]): boolean {
  return specs.some((s) =>
    (['ENGAGEMENT_RATIO', 'ENROLLMENT_RATIO', 'INTENT_REALISATION'] as string[]).includes(s.parameter),
  );
}

/**
 * The three effects of a v1 set of ranges (see the file comment); throws a RangeError naming a missing input.
 * The result's low ≤ mode ≤ high always holds (the formulas are monotone in each input over its corners).
 */
export function convertV1Specs(specs: readonly V1Spec[]): ConvertedSpec[] {
  const by = new Map(specs.map((s) => [s.parameter, s]));
  return (Object.keys(V1_SOURCES) as EffectParameter[]).map((parameter) => {
    const inputs = V1_SOURCES[parameter].map((p) => {
      const s = by.get(p);
      if (!s) throw new RangeError(`a v1 set needs ${p} to compute ${parameter}`);
      return s;
    });
    const formula = FORMULAS[parameter];
    let low = Infinity;
    let high = -Infinity;
    for (let corner = 0; corner < 1 << inputs.length; corner++) {
      const v = formula(inputs.map((s, i) => ((corner >> i) & 1 ? s.high : s.low)));
      low = Math.min(low, v);
      high = Math.max(high, v);
    }
    const mode = Math.min(high, Math.max(low, formula(inputs.map((s) => s.mode))));
    const fixed = inputs.every((s) => s.distribution === 'FIXED') || !(high > low);
    return {
      parameter,
      low,
      mode,
      high,
      distribution: fixed ? 'FIXED' : 'PERT',
      zeroMass: 0,
      from: [...V1_SOURCES[parameter]],
    };
  });
}

/** A sentence for the rationale of a converted effect: its formula and the v1 values it came from. */
export function conversionRationale(spec: ConvertedSpec, inputs: readonly V1Spec[]): string {
  const fmt = (x: number): string => String(Math.round(x * 10000) / 10000);
  const parts = spec.from.map((p) => {
    const s = inputs.find((i) => i.parameter === p);
    return s ? `${p} ${fmt(s.low)} / ${fmt(s.mode)} / ${fmt(s.high)} (${s.distribution})` : p;
  });
  return (
    `Converted from model v1: ${spec.parameter} = ${V1_FORMULA_TEXT[spec.parameter as EffectParameter]} with ` +
    `${parts.join(', ')}, taken at the lows, modes and highs (corners for the range): ` +
    `${fmt(spec.low)} / ${fmt(spec.mode)} / ${fmt(spec.high)} (${spec.distribution}), no point mass at zero.`
  );
}
