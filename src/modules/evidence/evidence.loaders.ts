import type { EntityManager } from '@mikro-orm/core';
import { groupBy, indexBy, mapLoader } from '../../graphql/dataloader';
import { Assumption } from '../assumption/assumption.entity';
import { EvidenceSource } from './evidence-source.entity';
import { EvidenceStatistic } from './evidence-statistic.entity';

export function evidenceLoaders(em: EntityManager) {
  return {
    evidenceSourceByIdLoader: mapLoader<number, EvidenceSource | null>(async (ids) => {
      return indexBy(await em.find(EvidenceSource, { id: { $in: [...ids] } }), (s) => s.id);
    }, null),

    statisticsBySourceIdLoader: mapLoader<number, EvidenceStatistic[]>(async (ids) => {
      const rows = await em.find(EvidenceStatistic, { source: { $in: [...ids] } }, { orderBy: { id: 'ASC' } });
      return groupBy(rows, (s) => s.source.id);
    }, []),

    /** Statistics behind each assumption, through the assumption_evidence pivot, in one query. */
    evidenceByAssumptionIdLoader: mapLoader<number, EvidenceStatistic[]>(async (ids) => {
      const assumptions = await em.find(Assumption, { id: { $in: [...ids] } }, { populate: ['evidence'] });
      return new Map(assumptions.map((a) => [a.id, a.evidence.getItems().slice().sort((x, y) => x.id - y.id)]));
    }, []),
  };
}

export function statisticByIdLoaders(em: EntityManager) {
  return {
    statisticByIdLoader: mapLoader<number, EvidenceStatistic | null>(async (ids) => {
      return indexBy(await em.find(EvidenceStatistic, { id: { $in: [...ids] } }), (s) => s.id);
    }, null),
  };
}
