/**
 * Model parameters for people (model v2): plain names, the v1 parameters marked as not applied, "no effect" in
 * words, odds multiples for the effects (realised log odds ratios), the distributions by name.
 */
import { formatCount, formatPercent, humanize } from './format';

const EFFECTS = new Set(['ENROLLMENT_EFFECT', 'ENGAGEMENT_EFFECT', 'RETENTION_EFFECT']);
const V1 = new Set(['ENGAGEMENT_RATIO', 'ENROLLMENT_RATIO', 'INTENT_REALISATION', 'RETENTION_PASS_THROUGH']);

/** For tables and forms: what the number is, in its unit. */
const LABELS: Record<string, string> = {
  ENROLLMENT_EFFECT: 'Enrollment effect (log odds ratio)',
  ENGAGEMENT_EFFECT: 'Engagement effect (log odds ratio)',
  RETENTION_EFFECT: 'Retention effect (log odds ratio)',
  NON_CREDIT_EFFECT_SHARE: 'Share of the effect a non-credit credential keeps',
  ELECTIVE_TAKE_UP: 'Elective take-up (share of students)',
  AWARENESS_RAMP_YEARS: 'Years until prospects know of the offer',
};

/** For chart axes, where room is short. */
const SHORT_LABELS: Record<string, string> = {
  ENROLLMENT_EFFECT: 'Enrollment effect',
  ENGAGEMENT_EFFECT: 'Engagement effect',
  RETENTION_EFFECT: 'Retention effect',
  NON_CREDIT_EFFECT_SHARE: 'Non-credit share',
  ELECTIVE_TAKE_UP: 'Elective take-up',
  AWARENESS_RAMP_YEARS: 'Awareness ramp (years)',
};

/** A realised log odds ratio: 0 is no effect, negative is harm. */
export function isEffectParameter(parameter: string): boolean {
  return EFFECTS.has(parameter);
}

/** A model v1 parameter: old sets and calibrations still show it, the model no longer applies it. */
export function isV1Parameter(parameter: string): boolean {
  return V1.has(parameter);
}

/** "ENROLLMENT_EFFECT" → "Enrollment effect (log odds ratio)"; "ENROLLMENT_RATIO" → "Enrollment ratio (v1, not applied)". */
export function parameterLabel(parameter: string): string {
  if (isV1Parameter(parameter)) return `${humanize(parameter)} (v1, not applied)`;
  return LABELS[parameter] ?? humanize(parameter);
}

/** The same, short, for a chart: "Enrollment effect", "Enrollment ratio (v1)". */
export function parameterShortLabel(parameter: string): string {
  if (isV1Parameter(parameter)) return `${humanize(parameter)} (v1)`;
  return SHORT_LABELS[parameter] ?? humanize(parameter);
}

/** A log odds ratio as the multiple of the odds it stands for: 0.0488 → "odds ×1.05", −0.25 → "odds ×0.78". */
export function oddsMultiple(logOdds: number | null | undefined, locale?: string): string {
  if (logOdds == null || !Number.isFinite(logOdds)) return '—';
  const m = Math.exp(logOdds);
  const digits = m >= 10 ? 0 : m >= 0.995 && m < 1.005 ? 3 : 2;
  return `odds ×${formatCount(m, locale, digits)}`;
}

/**
 * The point mass at zero in words: 0.5 → "50% chance of no effect". Empty for none, unless `effect` (an effect
 * parameter), where "never exactly zero" says that the set assumes some effect.
 */
export function zeroMassText(zeroMass: number | null | undefined, opts: { effect?: boolean; locale?: string } = {}) {
  if (zeroMass == null || !Number.isFinite(zeroMass) || zeroMass <= 0) return opts.effect ? 'never exactly zero' : '';
  if (zeroMass >= 1) return 'certainly no effect';
  return `${formatPercent(zeroMass, opts.locale, zeroMass < 0.01 ? 1 : 0)} chance of no effect`;
}

/**
 * Whether a point estimate (and usually the P50) takes the effect as zero: the API does when the point mass at "no
 * effect" is at least one half.
 */
export function pointEstimateIsNoEffect(zeroMass: number | null | undefined): boolean {
  return zeroMass != null && zeroMass >= 0.5;
}

const DISTRIBUTIONS: Record<string, string> = {
  NORMAL: 'Normal (cut off at low and high)',
  PERT: 'Beta-PERT',
  TRIANGULAR: 'Triangular',
  UNIFORM: 'Uniform',
  FIXED: 'Fixed (always the mode)',
  EMPIRICAL: 'Calibrated sample',
};

/** "NORMAL" → "Normal (cut off at low and high)". */
export function distributionLabel(distribution: string): string {
  return DISTRIBUTIONS[distribution] ?? humanize(distribution);
}

const VARIATION_SOURCES: Record<string, string> = {
  PROGRAM: "the program's own years",
  INSTITUTION: 'pooled over your programs',
  DEFAULT: 'a default',
};

/** "PROGRAM, INSTITUTION" → ["the program's own years", "pooled over your programs"]. */
export function variationSources(sources: string): string[] {
  return sources
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .map((s) => VARIATION_SOURCES[s] ?? humanize(s));
}
