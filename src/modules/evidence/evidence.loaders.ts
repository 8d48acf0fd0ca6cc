import type { EntityManager } from '@mikro-orm/core';
import type { Viewer } from '../../auth/viewer';
import { groupBy, indexBy, mapLoader } from '../../core/dataloader';
import { defineNode } from '../../core/node';
import { Assumption } from '../assumption/assumption.entity';
import { EvidenceSource } from './evidence-source.entity';
import { EvidenceStatistic } from './evidence-statistic.entity';

/** Evidence is global: every key reads all of it, so these loaders need no scope. */
export function evidenceLoaders(em: EntityManager, _viewer: Viewer | null) {
  return {
    evidenceSourceByIdLoader: mapLoader<number, EvidenceSource | null>(async (ids) => {
      return indexBy(await em.find(EvidenceSource, { id: { $in: [...ids] } }), (s) => s.id);
    }, null),

    statisticByIdLoader: mapLoader<number, EvidenceStatistic | null>(async (ids) => {
      return indexBy(await em.find(EvidenceStatistic, { id: { $in: [...ids] } }), (s) => s.id);
    }, null),

    statisticsBySourceIdLoader: mapLoader<number, EvidenceStatistic[]>(async (ids) => {
      const rows = await em.find(EvidenceStatistic, { source: { $in: [...ids] } }, { orderBy: { id: 'ASC' } });
      return groupBy(rows, (s) => s.source.id);
    }, []),

    /** Statistics behind each assumption, through the assumption_evidence pivot, in one query. */
    evidenceByAssumptionIdLoader: mapLoader<number, EvidenceStatistic[]>(async (ids) => {
      const assumptions = await em.find(Assumption, { id: { $in: [...ids] } }, { populate: ['evidence'] });
      return new Map(
        assumptions.map((a) => [
          a.id,
          a.evidence
            .getItems()
            .slice()
            .sort((x, y) => x.id - y.id),
        ]),
      );
    }, []),
  };
}

declare module '../../core/context' {
  interface Loaders extends ReturnType<typeof evidenceLoaders> {}
}

export const evidenceSourceNode = defineNode({
  idType: 'EvidenceSource',
  graphqlType: 'EvidenceSource',
  entity: EvidenceSource,
  load: (loaders, id) => loaders.evidenceSourceByIdLoader.load(id),
});

export const evidenceStatisticNode = defineNode({
  idType: 'EvidenceStatistic',
  graphqlType: 'EvidenceStatistic',
  entity: EvidenceStatistic,
  load: (loaders, id) => loaders.statisticByIdLoader.load(id),
});
