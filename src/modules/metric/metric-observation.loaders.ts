import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/knex';
import { DEFAULT_PAGE_SIZE, decodeCursor, encodeCursor, type ConnectionResult } from '../../graphql/connection';
import { groupBy } from '../../graphql/dataloader';
import type { ObservedMetric } from '../common/enums';
import { MetricObservation } from './metric-observation.entity';

export interface ProgramMetricsKey { programId: number; metric?: ObservedMetric | null; first?: number | null; after?: string | null }

type Row = Record<string, unknown> & { program_id: number; academic_year: number; id: number };

/**
 * One page of observations per program for a whole page of programs in two statements:
 * ROW_NUMBER() per program (SQLite ≥ 3.25 and PostgreSQL both have it) and a grouped count.
 */
async function loadPages(em: EntityManager, keys: readonly ProgramMetricsKey[]): Promise<ConnectionResult<MetricObservation>[]> {
  const sql = em as SqlEntityManager;
  const knex = sql.getKnex();
  const conn = sql.getConnection();
  // Keys that share filter, size and cursor go in one statement; usually that is all of them.
  const groups = groupBy([...keys.keys()], (i) => JSON.stringify([keys[i].metric ?? null, keys[i].first ?? DEFAULT_PAGE_SIZE, keys[i].after ?? null]));
  const results: ConnectionResult<MetricObservation>[] = new Array(keys.length);
  for (const indexes of groups.values()) {
    const { metric, first, after } = keys[indexes[0]];
    const limit = first ?? DEFAULT_PAGE_SIZE;
    const programIds = [...new Set(indexes.map((i) => keys[i].programId))];
    const cursor = after ? decodeCursor(after, 'after') : null;
    const inner = knex('metric_observation')
      .select('*', knex.raw('row_number() over (partition by program_id order by academic_year, id) as rn'))
      .whereIn('program_id', programIds);
    if (metric) inner.where('metric', metric);
    if (cursor) inner.where((q) => q.where('academic_year', '>', cursor[0]).orWhere((q2) => q2.where('academic_year', '=', cursor[0]).andWhere('id', '>', cursor[1])));
    const countQ = knex('metric_observation').select('program_id').count({ n: '*' }).whereIn('program_id', programIds).groupBy('program_id');
    if (metric) countQ.where('metric', metric);
    const [rows, counts] = await Promise.all([
      limit === 0 ? Promise.resolve([] as Row[]) : conn.execute<Row[]>(knex.select('*').from(inner.as('t')).where('rn', '<=', limit + 1).orderBy(['program_id', 'rn'])),
      conn.execute<{ program_id: number; n: number | string }[]>(countQ),
    ]);
    const byProgram = groupBy(rows, (r) => Number(r.program_id));
    const totals = new Map(counts.map((c) => [Number(c.program_id), Number(c.n)]));
    for (const i of indexes) {
      const pid = keys[i].programId;
      const all = byProgram.get(pid) ?? [];
      const page = all.slice(0, limit).map((r) => {
        const { rn: _rn, ...data } = r;
        return em.map(MetricObservation, data);
      });
      const edges = page.map((node) => ({ node, cursor: encodeCursor([node.academicYear, node.id]) }));
      results[i] = {
        edges,
        nodes: page,
        totalCount: totals.get(pid) ?? 0,
        pageInfo: {
          hasNextPage: all.length > limit,
          hasPreviousPage: cursor !== null,
          startCursor: edges[0]?.cursor ?? null,
          endCursor: edges[edges.length - 1]?.cursor ?? null,
        },
      };
    }
  }
  return results;
}

export function metricLoaders(em: EntityManager) {
  return {
    /** Callers pass only program ids they were allowed to read. */
    metricsByProgramLoader: new DataLoader<ProgramMetricsKey, ConnectionResult<MetricObservation>, string>(
      (keys) => loadPages(em, keys),
      { cacheKeyFn: (k) => JSON.stringify([k.programId, k.metric ?? null, k.first ?? null, k.after ?? null]) },
    ),
  };
}

export function metricByIdLoaders(em: EntityManager, programScope: object) {
  return {
    metricByIdLoader: new DataLoader<number, MetricObservation | null>(async (ids) => {
      const rows = await em.find(MetricObservation, { id: { $in: [...ids] }, program: programScope });
      const byId = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
  };
}
