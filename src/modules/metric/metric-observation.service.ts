import type { Context } from '../../core/context';
import { requireRole } from '../../auth/viewer';
import { badInput, notFound } from '../../core/errors';
import { decodeId } from '../../core/global-id';
import { ObservedMetric, Role } from '../common/enums';
import { DegreeProgram } from '../program/degree-program.entity';
import { MetricObservation } from './metric-observation.entity';
import type { MetricObservationInput, RecordMetricsInput } from './metric-observation.inputs';

const RATES = new Set([ObservedMetric.ENGAGEMENT_RATE, ObservedMetric.RETENTION_RATE]);

/** The rules one observation must meet on its own; returns the problem or null. */
export function observationProblem(o: MetricObservationInput): { field: string; message: string } | null {
  if (RATES.has(o.metric)) {
    if (o.value > 1) return { field: 'value', message: `${o.metric} is a rate from 0 to 1; got ${o.value}.` };
    if ((o.numerator == null) !== (o.denominator == null)) {
      return { field: o.numerator == null ? 'numerator' : 'denominator', message: 'Give numerator and denominator together, or neither.' };
    }
    if (o.numerator != null && o.denominator != null) {
      if (!Number.isInteger(o.numerator)) return { field: 'numerator', message: `The numerator is a count of students and must be a whole number; got ${o.numerator}.` };
      if (!Number.isInteger(o.denominator)) return { field: 'denominator', message: `The denominator is a count of students and must be a whole number; got ${o.denominator}.` };
      if (o.denominator <= 0) return { field: 'denominator', message: 'The denominator must be more than 0.' };
      if (o.numerator > o.denominator) return { field: 'numerator', message: `The numerator (${o.numerator}) cannot exceed the denominator (${o.denominator}).` };
      if (Math.abs(o.numerator / o.denominator - o.value) > 0.0005) {
        return { field: 'value', message: `value ${o.value} does not match numerator / denominator = ${(o.numerator / o.denominator).toFixed(4)}.` };
      }
    }
  } else {
    if (!Number.isInteger(o.value)) return { field: 'value', message: `${o.metric} is a count and must be a whole number; got ${o.value}.` };
    if (o.numerator != null || o.denominator != null) return { field: 'numerator', message: `${o.metric} is a count; numerator and denominator are for rates.` };
  }
  return null;
}

/** All or nothing: every observation is checked before anything is written, in one transaction. */
export async function recordMetrics(ctx: Context, input: RecordMetricsInput): Promise<MetricObservation[]> {
  const viewer = requireRole(ctx.viewer, Role.PLANNER, 'Recording metrics');
  if (input.observations.length === 0) throw badInput('input.observations', 'Give at least one observation.');
  const programIds = input.observations.map((o, i) => decodeId(o.programId, 'DegreeProgram', `input.observations.${i}.programId`));
  const seen = new Map<string, number>();
  input.observations.forEach((o, i) => {
    const problem = observationProblem(o);
    if (problem) throw badInput(`input.observations.${i}.${problem.field}`, `Observation ${i + 1}: ${problem.message}`);
    const key = `${programIds[i]}|${o.academicYear}|${o.metric}`;
    if (seen.has(key)) throw badInput(`input.observations.${i}`, `Observation ${i + 1} repeats observation ${seen.get(key)! + 1} (same program, year and metric).`);
    seen.set(key, i);
  });
  return ctx.em.transactional(async (em) => {
    const programs = await em.find(DegreeProgram, { id: { $in: [...new Set(programIds)] }, institution: viewer.institutionId });
    const owned = new Set(programs.map((p) => p.id));
    programIds.forEach((id, i) => {
      if (!owned.has(id)) throw notFound(`The program of observation ${i + 1}`, `input.observations.${i}.programId`);
    });
    const existing = await em.find(MetricObservation, { program: { $in: [...owned] }, academicYear: { $in: [...new Set(input.observations.map((o) => o.academicYear))] } });
    const byKey = new Map(existing.map((m) => [`${m.program.id}|${m.academicYear}|${m.metric}`, m]));
    const stored = input.observations.map((o, i) => {
      const fields = { value: o.value, numerator: o.numerator ?? null, denominator: o.denominator ?? null };
      const current = byKey.get(`${programIds[i]}|${o.academicYear}|${o.metric}`);
      if (current) return Object.assign(current, fields);
      return em.create(MetricObservation, { program: em.getReference(DegreeProgram, programIds[i]), academicYear: o.academicYear, metric: o.metric, ...fields });
    });
    await em.flush();
    return stored;
  });
}
