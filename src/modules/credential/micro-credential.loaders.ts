import type { EntityManager } from '@mikro-orm/core';
import { sharedOrOwnScope } from '../../auth/scope';
import type { Viewer } from '../../auth/viewer';
import { indexBy, mapLoader } from '../../core/dataloader';
import { defineNode } from '../../core/node';
import { MicroCredential } from './micro-credential.entity';

export function credentialLoaders(em: EntityManager, viewer: Viewer | null) {
  const scope = sharedOrOwnScope(viewer);
  return {
    credentialByIdLoader: mapLoader<number, MicroCredential | null>(async (ids) => {
      const rows = await em.find(MicroCredential, { $and: [{ id: { $in: [...ids] } }, scope] });
      return indexBy(rows, (c) => c.id);
    }, null),
  };
}

declare module '../../core/context' {
  interface Loaders extends ReturnType<typeof credentialLoaders> {}
}

export const credentialNode = defineNode({
  idType: 'MicroCredential',
  graphqlType: 'MicroCredential',
  entity: MicroCredential,
  load: (loaders, id) => loaders.credentialByIdLoader.load(id),
});
