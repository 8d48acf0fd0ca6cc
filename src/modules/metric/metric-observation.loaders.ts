import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/knex';
import { ownScope } from '../../auth/scope';
import type { Viewer } from '../../auth/viewer';
import { DEFAULT_PAGE_SIZE, decodeCursor, toConnection, type ConnectionResult } from '../../core/connection';
import { groupBy, indexBy, mapLoader } from '../../core/dataloader';
import { leanShape } from '../../core/lean-read';
import { placeholders, selectTable } from '../../core/lean-sql';
import { defineNode } from '../../core/node';
import { pooledVariance, programVariance, resolveVariation, type ResolvedVariation } from '../../model/variation';
import { yearActuals } from '../calibration/calibration.rules';
import { EmbeddingStatus, ObservedMetric } from '../common/enums';
import { ProgramCredential } from '../embedding/program-credential.entity';
import { MetricObservation } from './metric-observation.entity';

/** The actuals year-to-year variation reads (src/model/variation.ts). */
const VARIATION_METRICS = [
  ObservedMetric.PROSPECTS,
  ObservedMetric.NEW_ENROLLMENTS,
  ObservedMetric.ENGAGEMENT_RATE,
  ObservedMetric.RETENTION_RATE,
];

/**
 * Each program's year-to-year variation in one institution, from its recorded actuals (two statements): its own
 * where it has four or more years, else the institution's pooled figure, else the default.
 */
export async function institutionVariation(
  em: EntityManager,
  institutionId: number,
): Promise<{ programs: Map<number, ResolvedVariation>; fallback: ResolvedVariation }> {
  const [observations, embeddings] = await Promise.all([
    em.find(
      MetricObservation,
      { program: { institution: institutionId }, metric: { $in: VARIATION_METRICS } },
      { orderBy: { id: 'ASC' } },
    ),
    em.find(ProgramCredential, {
      program: { institution: institutionId },
      status: EmbeddingStatus.ACTIVE,
      startYear: { $ne: null },
    }),
  ]);
  const starts = new Map<number, number>();
  for (const e of embeddings) {
    const pid = e.program.id;
    starts.set(pid, Math.min(starts.get(pid) ?? Infinity, e.startYear as number));
  }
  const own = new Map(
    [...groupBy(observations, (o) => o.program.id)].map(([pid, rows]) => [
      pid,
      programVariance(yearActuals(rows), starts.get(pid) ?? null),
    ]),
  );
  const pooled = pooledVariance([...own.values()]);
  const programs = new Map([...own].map(([pid, v]) => [pid, resolveVariation(v, pooled)]));
  return { programs, fallback: resolveVariation({}, pooled) };
}

export interface ProgramMetricsKey {
  programId: number;
  metric?: ObservedMetric | null;
  first?: number | null;
  after?: string | null;
}

/**
 * One page of observations per program for a whole page of programs in two statements:
 * ROW_NUMBER() per program (SQLite ≥ 3.25 and PostgreSQL both have it) and a grouped count. A
 * window function has no spelling in the ORM's filters, hence SQL on the table's own columns here;
 * rows become lean objects (src/core/lean-read.ts), paged by the shared toConnection; the count runs
 * only when a totalCount is read.
 */
async function loadPages(
  em: EntityManager,
  keys: readonly ProgramMetricsKey[],
): Promise<ConnectionResult<MetricObservation>[]> {
  const knex = (em as SqlEntityManager).getKnex();
  const shape = leanShape(em, MetricObservation);
  const select = (q: { toSQL(): { toNative(): { sql: string; bindings: readonly unknown[] } } }) => {
    const { sql, bindings } = q.toSQL().toNative();
    return selectTable(em, sql, bindings as never[], { native: true });
  };
  // Keys that share filter, size and cursor go in one statement; usually that is all of them.
  const groups = groupBy([...keys.keys()], (i) =>
    JSON.stringify([keys[i].metric ?? null, keys[i].first ?? DEFAULT_PAGE_SIZE, keys[i].after ?? null]),
  );
  const results = new Array<ConnectionResult<MetricObservation>>(keys.length);
  for (const indexes of groups.values()) {
    const { metric, first, after } = keys[indexes[0]];
    const limit = first ?? DEFAULT_PAGE_SIZE;
    const programIds = [...new Set(indexes.map((i) => keys[i].programId))];
    const cursor = after ? decodeCursor(after, 'after') : null;
    const inner = knex('metric_observation')
      .select('*', knex.raw('row_number() over (partition by program_id order by academic_year, id) as rn'))
      .whereIn('program_id', programIds);
    if (metric) inner.where('metric', metric);
    if (cursor) {
      // Knex builders are thenable: the callbacks return nothing, or knex would be handed a promise.
      inner.where((q) => {
        void q.where('academic_year', '>', cursor[0]).orWhere((q2) => {
          void q2.where('academic_year', '=', cursor[0]).andWhere('id', '>', cursor[1]);
        });
      });
    }
    const countQ = knex('metric_observation')
      .select('program_id')
      .count({ n: '*' })
      .whereIn('program_id', programIds)
      .groupBy('program_id');
    if (metric) countQ.where('metric', metric);
    const page =
      limit === 0
        ? { columns: [], rows: [] }
        : await select(
            knex
              .select('*')
              .from(inner.as('t'))
              .where('rn', '<=', limit + 1)
              .orderBy(['program_id', 'rn']),
          );
    let totals: Promise<Map<number, number>> | undefined;
    const countsOnce = () =>
      (totals ??= select(countQ).then(
        ({ columns, rows }) =>
          new Map(rows.map((c) => [Number(c[columns.indexOf('program_id')]), Number(c[columns.indexOf('n')])])),
      ));
    const read = limit === 0 ? null : shape.reader(page.columns);
    const byProgram = groupBy(
      page.rows.map((row) => read!(row) as MetricObservation),
      (m) => m.program.id,
    );
    for (const i of indexes) {
      const pid = keys[i].programId;
      const nodes = byProgram.get(pid) ?? [];
      const total = () => countsOnce().then((t) => t.get(pid) ?? 0);
      results[i] = toConnection(nodes, { limit, backward: false, cursor }, total, (m) => [m.academicYear, m.id]);
    }
  }
  return results;
}

export function metricLoaders(em: EntityManager, viewer: Viewer | null) {
  const programScope = ownScope(viewer);
  return {
    /** Callers pass only program ids they were allowed to read. */
    metricsByProgramLoader: new DataLoader<ProgramMetricsKey, ConnectionResult<MetricObservation>, string>(
      (keys) => loadPages(em, keys),
      { cacheKeyFn: (k) => JSON.stringify([k.programId, k.metric ?? null, k.first ?? null, k.after ?? null]) },
    ),

    metricByIdLoader: mapLoader<number, MetricObservation | null>(async (ids) => {
      return indexBy(await em.find(MetricObservation, { id: { $in: [...ids] }, program: programScope }), (r) => r.id);
    }, null),

    /** The latest academic year recorded for any program of each institution (one grouped statement). */
    lastRecordedYearLoader: mapLoader<number, number | null>(async (ids) => {
      const { rows } = await selectTable(
        em,
        `select p.institution_id, max(o.academic_year) from metric_observation o
         join degree_program p on p.id = o.program_id
         where p.institution_id in (${placeholders(ids.length)}) group by p.institution_id`,
        [...ids],
      );
      return new Map(rows.map(([i, y]) => [Number(i), y === null ? null : Number(y)]));
    }, null),

    /**
     * Year-to-year variation of a program, by [institution id, program id]: its institution's actuals are read once
     * per request. Callers pass only programs they were allowed to read, with their own institution.
     */
    yearToYearVariationLoader: new DataLoader<[number, number], ResolvedVariation, string>(
      async (keys) => {
        const byInstitution = new Map<number, Awaited<ReturnType<typeof institutionVariation>>>();
        for (const institutionId of new Set(keys.map(([i]) => i)))
          byInstitution.set(institutionId, await institutionVariation(em, institutionId));
        return keys.map(([i, pid]) => {
          const v = byInstitution.get(i)!;
          return v.programs.get(pid) ?? v.fallback;
        });
      },
      { cacheKeyFn: ([i, pid]) => `${i}:${pid}` },
    ),
  };
}

declare module '../../core/context' {
  interface Loaders extends ReturnType<typeof metricLoaders> {}
}

export const metricNode = defineNode({
  idType: 'MetricObservation',
  graphqlType: 'MetricObservation',
  entity: MetricObservation,
  load: (loaders, id) => loaders.metricByIdLoader.load(id),
});
