import type { EntityManager } from '@mikro-orm/core';
import { Role } from '../../auth/role';
import { ownScope } from '../../auth/scope';
import type { Viewer } from '../../auth/viewer';
import { indexBy, mapLoader } from '../../core/dataloader';
import { defineNode } from '../../core/node';
import { ApiKey } from './api-key.entity';

export function apiKeyLoaders(em: EntityManager, viewer: Viewer | null) {
  // Only key managers see keys: the platform admin all, an institution admin their own.
  const scope = ownScope(viewer, Role.INSTITUTION_ADMIN);
  return {
    apiKeyByIdLoader: mapLoader<number, ApiKey | null>(async (ids) => {
      return indexBy(await em.find(ApiKey, { $and: [{ id: { $in: [...ids] } }, scope] }), (k) => k.id);
    }, null),
  };
}

declare module '../../core/context' {
  interface Loaders extends ReturnType<typeof apiKeyLoaders> {}
}

export const apiKeyNode = defineNode({
  idType: 'ApiKey',
  graphqlType: 'ApiKey',
  entity: ApiKey,
  load: (loaders, id) => loaders.apiKeyByIdLoader.load(id),
});
