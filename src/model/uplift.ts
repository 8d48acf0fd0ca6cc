/**
 * The two ratio conversions and their inverses (recovery of an underlying rate).
 */
import type { Conversion, ParameterValues } from './types';

/** The cap of RISK_CAPPED (docs/MODEL.md). */
export const RISK_CAP = 0.99;
/** Largest double below 1: keeps rates inside the open interval when rounding would reach 1. */
export const ONE_BELOW = 1 - Number.EPSILON / 2;

/**
 * Applies a likelihood ratio to a rate.
 * ODDS: R·p / (1 − p + R·p) (stays in (0, 1) for p in (0, 1), R > 0); RISK_CAPPED: min(R·p, 0.99).
 */
export function uplift(p: number, ratio: number, conversion: Conversion): number {
  if (conversion === 'RISK_CAPPED') return Math.min(ratio * p, RISK_CAP);
  if (p <= 0) return 0;
  if (p >= 1) return 1;
  const v = (ratio * p) / (1 - p + ratio * p);
  // Extreme ratios round to 0 or 1 in floating point; the formula never reaches them.
  if (v >= 1) return ONE_BELOW;
  if (v <= 0) return Number.MIN_VALUE;
  return v;
}

/** The rate observed when a share `exposure` (0..1) of the population gets ratio R: p + x·(uplift(p, R) − p). */
export function mixedRate(p: number, exposure: number, ratio: number, conversion: Conversion): number {
  return p + exposure * (uplift(p, ratio, conversion) - p);
}

/**
 * Inverse of mixedRate in p: the underlying rate that, at `exposure` with `ratio`, gives `observed`.
 * Both conversions have a closed form (so recovery is exact up to rounding and cheap per draw):
 * - ODDS: (1 − x)·p + x·R·p/(1 + k·p) = o with k = R − 1 is the quadratic
 *   (1 − x)·k·p² + (1 + k·(x − o))·p − o = 0, whose root in [0, 1] is taken in a cancellation-free form.
 * - RISK_CAPPED: piecewise linear, (1 − x + x·R)·p below the cap's kink p_c = 0.99/R and
 *   (1 − x)·p + 0.99·x above it. Where the cap makes it flat or unreachable the nearest end is used.
 * The result is clamped to [0, 1).
 * Note RISK_CAPPED caps even at R = 1, so an observed rate above 0.99 is not a fixed point there:
 * the conversion is meant for rates well below its cap.
 */
export function recoverRate(observed: number, exposure: number, ratio: number, conversion: Conversion): number {
  if (!(observed > 0)) return 0;
  if (exposure <= 0 || (ratio === 1 && conversion === 'ODDS')) return clampUnit(observed);
  const x = Math.min(exposure, 1);
  const p = conversion === 'ODDS' ? recoverOdds(observed, x, ratio) : recoverCapped(observed, x, ratio);
  return clampUnit(p);
}

function recoverOdds(o: number, x: number, ratio: number): number {
  if (o >= 1) return 1;
  const k = ratio - 1;
  const a = (1 - x) * k;
  const b = 1 + k * (x - o);
  const disc = Math.sqrt(b * b + 4 * a * o);
  // b < 0 implies a > 0: use the other form of the same root to avoid b + disc cancelling.
  return b >= 0 ? (2 * o) / (b + disc) : (disc - b) / (2 * a);
}

function recoverCapped(o: number, x: number, ratio: number): number {
  const slope = 1 - x + x * ratio;
  const kink = ratio > 0 ? RISK_CAP / ratio : Infinity;
  if (kink >= 1 || o <= (1 - x) * kink + RISK_CAP * x) {
    return slope > 0 ? o / slope : o;
  }
  // Above the kink; with x = 1 the curve is flat at the cap, so any p ≥ kink fits: take the kink.
  return x < 1 ? (o - RISK_CAP * x) / (1 - x) : kink;
}

function clampUnit(p: number): number {
  if (p >= 1) return ONE_BELOW;
  if (p <= 0) return 0;
  return p;
}

/** R' = 1 + INTENT_REALISATION·(R − 1): the part of a stated-intent ratio that becomes behaviour (model v1, v1.ts). */
export function realisedRatio(ratio: number, intentRealisation: number): number {
  return 1 + intentRealisation * (ratio - 1);
}

/** The ratios the three realised effects apply: R = exp(effect) (an odds ratio, or a rate ratio under RISK_CAPPED). */
export interface EffectRatios {
  enrollment: number;
  engagement: number;
  retention: number;
}

/** Writes exp(ENROLLMENT_EFFECT), exp(ENGAGEMENT_EFFECT), exp(RETENTION_EFFECT) into `out`; an effect of exactly 0 gives exactly 1. */
export function effectRatios(params: ParameterValues, out: EffectRatios): EffectRatios {
  out.enrollment = Math.exp(params.ENROLLMENT_EFFECT);
  out.engagement = Math.exp(params.ENGAGEMENT_EFFECT);
  out.retention = Math.exp(params.RETENTION_EFFECT);
  return out;
}
