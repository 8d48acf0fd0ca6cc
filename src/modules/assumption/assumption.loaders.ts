import type { EntityManager } from '@mikro-orm/core';
import type { Viewer } from '../../auth/viewer';
import { groupBy, indexBy, mapLoader } from '../../graphql/dataloader';
import { AssumptionSet } from './assumption-set.entity';
import { Assumption } from './assumption.entity';
import { assumptionSetScope } from './assumption.service';
import { PARAMETERS } from '../../model';

const ORDER: readonly string[] = PARAMETERS;

/** Assumptions in the model's parameter order, so every set reads (and hashes) the same way. */
export function inParameterOrder(assumptions: Assumption[]): Assumption[] {
  return [...assumptions].sort((a, b) => ORDER.indexOf(a.parameter) - ORDER.indexOf(b.parameter));
}

export function assumptionLoaders(em: EntityManager, viewer: Viewer | null) {
  const scope = viewer ? assumptionSetScope(viewer) : { id: -1 };
  return {
    assumptionSetByIdLoader: mapLoader<number, AssumptionSet | null>(async (ids) => {
      return indexBy(await em.find(AssumptionSet, { $and: [{ id: { $in: [...ids] } }, scope] }), (s) => s.id);
    }, null),

    assumptionsBySetIdLoader: mapLoader<number, Assumption[]>(async (ids) => {
      const rows = await em.find(Assumption, { assumptionSet: { $in: [...ids] } });
      return groupBy(inParameterOrder(rows), (a) => a.assumptionSet.id);
    }, []),
  };
}
