import type { Context } from '../../core/context';
import { requireRole } from '../../auth/viewer';
import { badInput, notFound } from '../../core/errors';
import { decodeId } from '../../core/global-id';
import { Role } from '../common/enums';
import { DegreeProgram } from '../program/degree-program.entity';
import { MetricObservation } from './metric-observation.entity';
import type { RecordMetricsInput } from './metric-observation.inputs';
import { observationProblem } from './metric-observation.rules';

/** All or nothing: every observation is checked before anything is written, in one transaction. */
export async function recordMetrics(ctx: Context, input: RecordMetricsInput): Promise<MetricObservation[]> {
  const viewer = requireRole(ctx.viewer, Role.PLANNER, 'Recording metrics');
  if (input.observations.length === 0) throw badInput('input.observations', 'Give at least one observation.');
  const programIds = input.observations.map((o, i) =>
    decodeId(o.programId, 'DegreeProgram', `input.observations.${i}.programId`),
  );
  const seen = new Map<string, number>();
  input.observations.forEach((o, i) => {
    const problem = observationProblem(o);
    if (problem) throw badInput(`input.observations.${i}.${problem.field}`, `Observation ${i + 1}: ${problem.message}`);
    const key = `${programIds[i]}|${o.academicYear}|${o.metric}`;
    if (seen.has(key))
      throw badInput(
        `input.observations.${i}`,
        `Observation ${i + 1} repeats observation ${seen.get(key)! + 1} (same program, year and metric).`,
      );
    seen.set(key, i);
  });
  return ctx.em.transactional(async (em) => {
    const programs = await em.find(DegreeProgram, {
      id: { $in: [...new Set(programIds)] },
      institution: viewer.institutionId,
    });
    const owned = new Set(programs.map((p) => p.id));
    programIds.forEach((id, i) => {
      if (!owned.has(id)) throw notFound(`The program of observation ${i + 1}`, `input.observations.${i}.programId`);
    });
    const existing = await em.find(MetricObservation, {
      program: { $in: [...owned] },
      academicYear: { $in: [...new Set(input.observations.map((o) => o.academicYear))] },
    });
    const byKey = new Map(existing.map((m) => [`${m.program.id}|${m.academicYear}|${m.metric}`, m]));
    const stored = input.observations.map((o, i) => {
      const fields = { value: o.value, numerator: o.numerator ?? null, denominator: o.denominator ?? null };
      const current = byKey.get(`${programIds[i]}|${o.academicYear}|${o.metric}`);
      if (current) return Object.assign(current, fields);
      return em.create(MetricObservation, {
        program: em.getReference(DegreeProgram, programIds[i]),
        academicYear: o.academicYear,
        metric: o.metric,
        ...fields,
      });
    });
    await em.flush();
    return stored;
  });
}
