import type { EntityManager } from '@mikro-orm/core';
import type { Viewer } from '../../auth/viewer';
import { groupBy, indexBy, mapLoader } from '../../graphql/dataloader';
import { AssumptionSet } from './assumption-set.entity';
import { Assumption } from './assumption.entity';
import { assumptionSetScope } from './assumption.service';

const ORDER = ['ENGAGEMENT_RATIO', 'ENROLLMENT_RATIO', 'INTENT_REALISATION', 'RETENTION_PASS_THROUGH', 'NON_CREDIT_EFFECT_SHARE', 'ELECTIVE_TAKE_UP', 'AWARENESS_RAMP_YEARS'];

export function assumptionLoaders(em: EntityManager, viewer: Viewer | null) {
  const scope = viewer ? assumptionSetScope(viewer) : { id: -1 };
  return {
    assumptionSetByIdLoader: mapLoader<number, AssumptionSet | null>(async (ids) => {
      return indexBy(await em.find(AssumptionSet, { $and: [{ id: { $in: [...ids] } }, scope] }), (s) => s.id);
    }, null),

    /** In the model's parameter order, so every set reads the same way. */
    assumptionsBySetIdLoader: mapLoader<number, Assumption[]>(async (ids) => {
      const rows = await em.find(Assumption, { assumptionSet: { $in: [...ids] } });
      rows.sort((a, b) => ORDER.indexOf(a.parameter) - ORDER.indexOf(b.parameter));
      return groupBy(rows, (a) => a.assumptionSet.id);
    }, []),
  };
}
