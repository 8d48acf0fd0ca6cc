import type { EntityManager } from '@mikro-orm/core';
import { institutionScope } from '../../auth/scope';
import type { Viewer } from '../../auth/viewer';
import { indexBy, mapLoader } from '../../core/dataloader';
import { defineNode } from '../../core/node';
import { Institution } from './institution.entity';

export function institutionLoaders(em: EntityManager, viewer: Viewer | null) {
  const scope = institutionScope(viewer);
  return {
    institutionByIdLoader: mapLoader<number, Institution | null>(async (ids) => {
      return indexBy(await em.find(Institution, { $and: [{ id: { $in: [...ids] } }, scope] }), (i) => i.id);
    }, null),
  };
}

declare module '../../core/context' {
  interface Loaders extends ReturnType<typeof institutionLoaders> {}
}

export const institutionNode = defineNode({
  idType: 'Institution',
  graphqlType: 'Institution',
  entity: Institution,
  load: (loaders, id) => loaders.institutionByIdLoader.load(id),
});
