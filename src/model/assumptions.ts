/**
 * Parameter bounds and assumption validation.
 */
import { PARAMETERS } from './types';
import type { AssumptionSpec, Parameter, ParameterValues } from './types';

export interface ParameterBounds {
  min: number;
  max: number;
  /** Whether min itself is allowed (false: strictly greater). */
  minInclusive: boolean;
  description: string;
}

/** Largest |effect| accepted: odds multiplied or divided by e^5 ≈ 148, far past anything plausible. */
export const MAX_ABS_EFFECT = 5;

const EFFECT_BOUNDS: ParameterBounds = {
  min: -MAX_ABS_EFFECT,
  max: MAX_ABS_EFFECT,
  minInclusive: true,
  description: `a log odds ratio in [−${MAX_ABS_EFFECT}, ${MAX_ABS_EFFECT}] (negative: harm)`,
};

/**
 * Effects are log odds ratios, negative for harm; shares are in [0, 1]; the awareness ramp is > 0 years
 * (a_t = t / ramp); the offer's hour scale is > 0 hours (dose = 1 − exp(−h / scale)).
 */
export const PARAMETER_BOUNDS: Readonly<Record<Parameter, ParameterBounds>> = {
  ENROLLMENT_EFFECT: EFFECT_BOUNDS,
  ENGAGEMENT_EFFECT: EFFECT_BOUNDS,
  RETENTION_EFFECT: EFFECT_BOUNDS,
  NON_CREDIT_EFFECT_SHARE: { min: 0, max: 1, minInclusive: true, description: 'a share in [0, 1]' },
  ELECTIVE_TAKE_UP: { min: 0, max: 1, minInclusive: true, description: 'a share in [0, 1]' },
  AWARENESS_RAMP_YEARS: { min: 0, max: Infinity, minInclusive: false, description: 'a number of years > 0' },
  OFFER_HOURS_SCALE: { min: 0, max: Infinity, minInclusive: false, description: 'a number of learning hours > 0' },
  DIVERSION_SHARE: { min: 0, max: 1, minInclusive: true, description: 'a share in [0, 1]' },
  RELEVANCE_FLOOR: { min: 0, max: 1, minInclusive: true, description: 'a share in [0, 1]' },
};

function inBounds(parameter: Parameter, v: number): boolean {
  const b = PARAMETER_BOUNDS[parameter];
  return Number.isFinite(v) && (b.minInclusive ? v >= b.min : v > b.min) && v <= b.max;
}

/** null when the assumption is usable, else a message naming what is wrong. */
export function validateAssumption(spec: AssumptionSpec): string | null {
  const { parameter, low, mode, high } = spec;
  if (!(PARAMETERS as readonly string[]).includes(parameter)) return `unknown parameter ${String(parameter)}`;
  if (!['FIXED', 'UNIFORM', 'TRIANGULAR', 'PERT', 'NORMAL', 'EMPIRICAL'].includes(spec.distribution)) {
    return `${parameter}: unknown distribution ${String(spec.distribution)}`;
  }
  for (const [name, v] of [
    ['low', low],
    ['mode', mode],
    ['high', high],
  ] as const) {
    if (typeof v !== 'number' || !Number.isFinite(v)) return `${parameter}: ${name} must be a finite number`;
  }
  if (!(low <= mode && mode <= high)) return `${parameter}: low ≤ mode ≤ high must hold (got ${low}, ${mode}, ${high})`;
  // low and high bound every sample (and 0, with a point mass), so checking them checks every value a draw can take.
  if (!inBounds(parameter, low) || !inBounds(parameter, high)) {
    return `${parameter}: must be ${PARAMETER_BOUNDS[parameter].description} (got low ${low}, high ${high})`;
  }
  const zeroMass = spec.zeroMass ?? 0;
  if (typeof zeroMass !== 'number' || !(zeroMass >= 0 && zeroMass <= 1)) {
    return `${parameter}: zeroMass must be a probability in [0, 1] (got ${String(zeroMass)})`;
  }
  if (zeroMass > 0 && !inBounds(parameter, 0)) {
    return `${parameter}: cannot be exactly 0 (it must be ${PARAMETER_BOUNDS[parameter].description}), so zeroMass must be 0`;
  }
  return null;
}

/**
 * The value single-number estimates use (the point estimate, the tornado's centre): the most likely value —
 * 0 when the point mass at zero holds at least half of the probability, else the mode. An EMPIRICAL
 * spec's mode is its sample's median, which already accounts for any zeros in it.
 */
export function pointValue(spec: AssumptionSpec): number {
  if (spec.distribution !== 'EMPIRICAL' && (spec.zeroMass ?? 0) >= 0.5) return 0;
  return spec.mode;
}

/** Throws a RangeError unless `params` holds every parameter within bounds. */
export function assertParameterValues(params: ParameterValues): void {
  for (const p of PARAMETERS) {
    const v = params[p];
    if (typeof v !== 'number' || !inBounds(p, v)) {
      throw new RangeError(`${p} must be ${PARAMETER_BOUNDS[p].description} (got ${String(v)})`);
    }
  }
}

/**
 * The specs in PARAMETERS order, checked: each parameter exactly once and each valid.
 * Throws a RangeError listing every problem.
 */
export function resolveAssumptions(assumptions: readonly AssumptionSpec[]): AssumptionSpec[] {
  const problems: string[] = [];
  const byParameter = new Map<Parameter, AssumptionSpec>();
  for (const spec of assumptions) {
    const problem = validateAssumption(spec);
    if (problem) problems.push(problem);
    else if (byParameter.has(spec.parameter)) problems.push(`${spec.parameter}: given more than once`);
    else byParameter.set(spec.parameter, spec);
  }
  for (const p of PARAMETERS)
    if (!byParameter.has(p) && !problems.some((m) => m.startsWith(p))) problems.push(`${p}: missing`);
  if (problems.length > 0) throw new RangeError(`invalid assumptions: ${problems.join('; ')}`);
  return PARAMETERS.map((p) => byParameter.get(p) as AssumptionSpec);
}

/** The point value (pointValue: the mode, or 0 where no effect is at least as likely as not) of each parameter. */
export function modesOf(assumptions: readonly AssumptionSpec[]): ParameterValues {
  const specs = resolveAssumptions(assumptions);
  const modes = {} as ParameterValues;
  for (const s of specs) modes[s.parameter] = pointValue(s);
  return modes;
}
