import type { EntityManager } from '@mikro-orm/core';
import { institutionScope, scopeSql } from '../../auth/scope';
import type { Viewer } from '../../auth/viewer';
import { indexBy, mapLoader } from '../../core/dataloader';
import { leanFind } from '../../core/lean-read';
import { placeholders } from '../../core/lean-sql';
import { defineNode } from '../../core/node';
import { Institution } from './institution.entity';

export function institutionLoaders(em: EntityManager, viewer: Viewer | null) {
  const scope = scopeSql(institutionScope(viewer), 't');
  return {
    institutionByIdLoader: mapLoader<number, Institution | null>(async (keys) => {
      const ids = [...keys];
      const tail = `where t.id in (${placeholders(ids.length)}) and ${scope.sql}`;
      return indexBy(await leanFind(em, Institution, tail, [...ids, ...scope.params]), (i) => i.id);
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
