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

/**
 * Ratios must be > 0 (below 1 is allowed: a local override may say the offer hurts); shares are in
 * [0, 1]; the awareness ramp is > 0 years (a_t = t / ramp).
 */
export const PARAMETER_BOUNDS: Readonly<Record<Parameter, ParameterBounds>> = {
  ENGAGEMENT_RATIO: { min: 0, max: Infinity, minInclusive: false, description: 'a ratio > 0' },
  ENROLLMENT_RATIO: { min: 0, max: Infinity, minInclusive: false, description: 'a ratio > 0' },
  INTENT_REALISATION: { min: 0, max: 1, minInclusive: true, description: 'a share in [0, 1]' },
  RETENTION_PASS_THROUGH: { min: 0, max: 1, minInclusive: true, description: 'a share in [0, 1]' },
  NON_CREDIT_EFFECT_SHARE: { min: 0, max: 1, minInclusive: true, description: 'a share in [0, 1]' },
  ELECTIVE_TAKE_UP: { min: 0, max: 1, minInclusive: true, description: 'a share in [0, 1]' },
  AWARENESS_RAMP_YEARS: { min: 0, max: Infinity, minInclusive: false, description: 'a number of years > 0' },
};

function inBounds(parameter: Parameter, v: number): boolean {
  const b = PARAMETER_BOUNDS[parameter];
  return Number.isFinite(v) && (b.minInclusive ? v >= b.min : v > b.min) && v <= b.max;
}

/** null when the assumption is usable, else a message naming what is wrong. */
export function validateAssumption(spec: AssumptionSpec): string | null {
  const { parameter, low, mode, high } = spec;
  if (!(PARAMETERS as readonly string[]).includes(parameter)) return `unknown parameter ${String(parameter)}`;
  if (!['FIXED', 'UNIFORM', 'TRIANGULAR', 'PERT', 'EMPIRICAL'].includes(spec.distribution)) {
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
  // low and high bound every sample, so checking them checks every value a draw can take.
  if (!inBounds(parameter, low) || !inBounds(parameter, high)) {
    return `${parameter}: must be ${PARAMETER_BOUNDS[parameter].description} (got low ${low}, high ${high})`;
  }
  return null;
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

/** The mode of each parameter. */
export function modesOf(assumptions: readonly AssumptionSpec[]): ParameterValues {
  const specs = resolveAssumptions(assumptions);
  const modes = {} as ParameterValues;
  for (const s of specs) modes[s.parameter] = s.mode;
  return modes;
}
