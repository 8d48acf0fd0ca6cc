import type { EntityManager } from '@mikro-orm/core';
import { isPlatformAdmin, type Viewer } from '../../auth/viewer';
import { indexBy, mapLoader } from '../../graphql/dataloader';
import { Institution } from './institution.entity';

export function institutionLoaders(em: EntityManager, viewer: Viewer | null) {
  const scope = !viewer ? { id: -1 } : isPlatformAdmin(viewer) ? {} : { id: viewer.institutionId! };
  return {
    institutionByIdLoader: mapLoader<number, Institution | null>(async (ids) => {
      return indexBy(await em.find(Institution, { $and: [{ id: { $in: [...ids] } }, scope] }), (i) => i.id);
    }, null),
  };
}
