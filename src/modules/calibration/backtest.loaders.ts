import type { EntityManager } from '@mikro-orm/core';
import { ownScope } from '../../auth/scope';
import type { Viewer } from '../../auth/viewer';
import { indexBy, mapLoader } from '../../core/dataloader';
import { defineNode } from '../../core/node';
import { Backtest } from './backtest.entity';

export function backtestLoaders(em: EntityManager, viewer: Viewer | null) {
  const scope = ownScope(viewer);
  return {
    backtestByIdLoader: mapLoader<number, Backtest | null>(async (ids) => {
      return indexBy(await em.find(Backtest, { $and: [{ id: { $in: [...ids] } }, scope] }), (b) => b.id);
    }, null),

    /** A back-test's points (JSON, lazy: only asked for when read). Callers pass only ids they may read. */
    backtestPointsLoader: mapLoader<number, string>(async (ids) => {
      const rows = await em.find(Backtest, { id: { $in: [...ids] } }, { populate: ['points'] });
      return new Map(rows.map((b) => [b.id, b.points]));
    }, '[]'),
  };
}

declare module '../../core/context' {
  interface Loaders extends ReturnType<typeof backtestLoaders> {}
}

export const backtestNode = defineNode({
  idType: 'Backtest',
  graphqlType: 'Backtest',
  entity: Backtest,
  load: (loaders, id) => loaders.backtestByIdLoader.load(id),
});
