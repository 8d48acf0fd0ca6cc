import type { EntityManager } from '@mikro-orm/core';
import { sharedOrOwnScope } from '../../auth/scope';
import type { Viewer } from '../../auth/viewer';
import { groupBy, indexBy, mapLoader } from '../../core/dataloader';
import { defineNode } from '../../core/node';
import { AssumptionSet } from './assumption-set.entity';
import { Assumption } from './assumption.entity';
import { inParameterOrder } from './assumption.rules';

export function assumptionLoaders(em: EntityManager, viewer: Viewer | null) {
  const scope = sharedOrOwnScope(viewer);
  return {
    assumptionSetByIdLoader: mapLoader<number, AssumptionSet | null>(async (ids) => {
      return indexBy(await em.find(AssumptionSet, { $and: [{ id: { $in: [...ids] } }, scope] }), (s) => s.id);
    }, null),

    /** Callers pass only set ids they were allowed to read. */
    assumptionsBySetIdLoader: mapLoader<number, Assumption[]>(async (ids) => {
      const rows = await em.find(Assumption, { assumptionSet: { $in: [...ids] } });
      return groupBy(inParameterOrder(rows), (a) => a.assumptionSet.id);
    }, []),
  };
}

declare module '../../core/context' {
  interface Loaders extends ReturnType<typeof assumptionLoaders> {}
}

export const assumptionSetNode = defineNode({
  idType: 'AssumptionSet',
  graphqlType: 'AssumptionSet',
  entity: AssumptionSet,
  load: (loaders, id) => loaders.assumptionSetByIdLoader.load(id),
});
