import type { EntityManager } from '@mikro-orm/core';
import { scopeSql, sharedOrOwnScope } from '../../auth/scope';
import type { Viewer } from '../../auth/viewer';
import { indexBy, mapLoader } from '../../core/dataloader';
import { leanFind } from '../../core/lean-read';
import { placeholders } from '../../core/lean-sql';
import { defineNode } from '../../core/node';
import { MicroCredential } from './micro-credential.entity';

export function credentialLoaders(em: EntityManager, viewer: Viewer | null) {
  const scope = scopeSql(sharedOrOwnScope(viewer), 't');
  return {
    credentialByIdLoader: mapLoader<number, MicroCredential | null>(async (keys) => {
      const ids = [...keys];
      const rows = await leanFind(em, MicroCredential, `where t.id in (${placeholders(ids.length)}) and ${scope.sql}`, [
        ...ids,
        ...scope.params,
      ]);
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
