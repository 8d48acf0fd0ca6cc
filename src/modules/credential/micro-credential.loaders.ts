import type { EntityManager } from '@mikro-orm/core';
import type { Viewer } from '../../auth/viewer';
import { indexBy, mapLoader } from '../../graphql/dataloader';
import { MicroCredential } from './micro-credential.entity';
import { credentialScope } from './micro-credential.service';

export function credentialLoaders(em: EntityManager, viewer: Viewer | null) {
  const scope = viewer ? credentialScope(viewer) : { id: -1 };
  return {
    credentialByIdLoader: mapLoader<number, MicroCredential | null>(async (ids) => {
      const rows = await em.find(MicroCredential, { $and: [{ id: { $in: [...ids] } }, scope] });
      return indexBy(rows, (c) => c.id);
    }, null),
  };
}
