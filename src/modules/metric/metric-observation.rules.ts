import { ObservedMetric } from '../common/enums';
import type { MetricObservationInput } from './metric-observation.inputs';

const RATES: ReadonlySet<ObservedMetric> = new Set([ObservedMetric.ENGAGEMENT_RATE, ObservedMetric.RETENTION_RATE]);

/** Rates run from 0 to 1 and may give numerator and denominator; the other metrics are counts. */
export const isRate = (metric: ObservedMetric): boolean => RATES.has(metric);

type Problem = { field: string; message: string } | null;

/** A rate's numerator and denominator are student counts that give its value. */
function fractionProblem(value: number, numerator: number, denominator: number): Problem {
  const count = (name: string, n: number) => `The ${name} is a count of students and must be a whole number; got ${n}.`;
  if (!Number.isInteger(numerator)) return { field: 'numerator', message: count('numerator', numerator) };
  if (!Number.isInteger(denominator)) return { field: 'denominator', message: count('denominator', denominator) };
  if (denominator <= 0) return { field: 'denominator', message: 'The denominator must be more than 0.' };
  if (numerator > denominator) {
    const message = `The numerator (${numerator}) cannot exceed the denominator (${denominator}).`;
    return { field: 'numerator', message };
  }
  if (Math.abs(numerator / denominator - value) > 0.0005) {
    const ratio = (numerator / denominator).toFixed(4);
    return { field: 'value', message: `value ${value} does not match numerator / denominator = ${ratio}.` };
  }
  return null;
}

/** The rules one observation must meet on its own (recordMetrics and the metrics import); the problem or null. */
export function observationProblem(o: MetricObservationInput): Problem {
  if (!isRate(o.metric)) {
    if (!Number.isInteger(o.value)) {
      return { field: 'value', message: `${o.metric} is a count and must be a whole number; got ${o.value}.` };
    }
    if (o.numerator != null || o.denominator != null) {
      return { field: 'numerator', message: `${o.metric} is a count; numerator and denominator are for rates.` };
    }
    return null;
  }
  if (o.value > 1) return { field: 'value', message: `${o.metric} is a rate from 0 to 1; got ${o.value}.` };
  if ((o.numerator == null) !== (o.denominator == null)) {
    const field = o.numerator == null ? 'numerator' : 'denominator';
    return { field, message: 'Give numerator and denominator together, or neither.' };
  }
  return o.numerator != null && o.denominator != null ? fractionProblem(o.value, o.numerator, o.denominator) : null;
}
