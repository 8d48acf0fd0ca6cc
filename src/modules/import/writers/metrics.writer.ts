import type { EntityData, RequiredEntityData } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/knex';
import { ObservedMetric } from '../../common/enums';
import { MetricObservation } from '../../metric/metric-observation.entity';
import { DegreeProgram } from '../../program/degree-program.entity';
import { FirstSeen } from '../engine/duplicates';
import type { BatchWriter, Outcome, RecordItem } from '../engine/import-item';
import { problem } from '../engine/import-problem';
import type { MetricRecord } from '../formats/metrics-csv.format';

interface StoredObservation {
  id: number;
  program: number;
  academicYear: number;
  metric: ObservedMetric;
  value: number;
  numerator: number | null;
  denominator: number | null;
}

const METRICS = Object.values(ObservedMetric);

/** (program, year, metric) as one number, so a 200,000-row file's duplicate check stays small. */
const keyOf = (programId: number, year: number, metric: ObservedMetric) =>
  (programId * 512 + (year - 1900)) * 8 + METRICS.indexOf(metric);

/**
 * Upserts observations by (program, academic year, metric); programs are found by code in the
 * caller's institution only.
 */
export function metricWriter(institutionId: number): BatchWriter<MetricRecord> {
  const seen = new FirstSeen<number, MetricRecord>(({ record: { programCode, input } }, first) => ({
    field: 'metric',
    message:
      `${programCode} ${input.academicYear} ${input.metric} already appears in ${first}; ` +
      'give each program, year and metric once.',
  }));
  return {
    async apply(em, batch: RecordItem<MetricRecord>[], write): Promise<Outcome[]> {
      const outcomes = new Array<Outcome>(batch.length);
      const codes = [...new Set(batch.map((b) => b.record.programCode))];
      const programs = await em.find(
        DegreeProgram,
        { institution: institutionId, code: { $in: codes } },
        {
          fields: ['id', 'code'],
        },
      );
      const idOf = new Map(programs.map((p) => [p.code, p.id]));
      const programIds = batch.map((item) => idOf.get(item.record.programCode));
      const found: number[] = [];
      batch.forEach((item, i) => {
        if (programIds[i] !== undefined) {
          found.push(i);
          return;
        }
        outcomes[i] = [
          problem(
            item.location,
            'program_code',
            'NOT_FOUND',
            'Your institution has no program with code ' +
              `"${item.record.programCode}"; import or create the program first.`,
          ),
        ];
      });
      const key = (i: number) => {
        const { academicYear, metric } = batch[i].record.input;
        return keyOf(programIds[i]!, academicYear, metric);
      };
      const live = seen.keep(batch, outcomes, (_, i) => key(i), found);
      // Plain rows, not entities: classifying 1,000 observations needs no unit of work.
      const existing = live.length
        ? await (em as SqlEntityManager)
            .createQueryBuilder(MetricObservation)
            .select(['id', 'program', 'academicYear', 'metric', 'value', 'numerator', 'denominator'])
            .where({
              program: { $in: [...new Set(live.map((i) => programIds[i]!))] },
              academicYear: { $in: [...new Set(live.map((i) => batch[i].record.input.academicYear))] },
            })
            .execute<StoredObservation[]>('all')
        : [];
      const byKey = new Map(existing.map((m) => [keyOf(m.program, m.academicYear, m.metric), m]));
      const now = new Date();
      const fresh: RequiredEntityData<MetricObservation>[] = [];
      const changed: EntityData<MetricObservation>[] = [];
      for (const i of live) {
        const o = batch[i].record.input;
        const row = {
          program: programIds[i]!,
          academicYear: o.academicYear,
          metric: o.metric,
          value: o.value,
          numerator: o.numerator ?? null,
          denominator: o.denominator ?? null,
        };
        const current = byKey.get(key(i));
        const same =
          current &&
          current.value === row.value &&
          (current.numerator ?? null) === row.numerator &&
          (current.denominator ?? null) === row.denominator;
        outcomes[i] = !current ? 'created' : same ? 'unchanged' : 'updated';
        if (!current) fresh.push({ ...row, createdAt: now, updatedAt: now });
        else if (!same) changed.push({ ...row, createdAt: now, updatedAt: now });
      }
      if (!write) return outcomes;
      // One multi-row INSERT for the new ones, one INSERT … ON CONFLICT (program, year, metric) DO UPDATE
      // for the changed.
      if (fresh.length) await em.insertMany(MetricObservation, fresh);
      if (changed.length) {
        await em.upsertMany(MetricObservation, changed, {
          onConflictFields: ['program', 'academicYear', 'metric'],
          onConflictAction: 'merge',
          onConflictMergeFields: ['value', 'numerator', 'denominator', 'updatedAt'],
        });
      }
      return outcomes;
    },
  };
}
