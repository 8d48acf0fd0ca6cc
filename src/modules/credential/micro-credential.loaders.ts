import type { EntityManager } from '@mikro-orm/core';
import { scopeSql, sharedOrOwnScope } from '../../auth/scope';
import type { Viewer } from '../../auth/viewer';
import { indexBy } from '../../core/dataloader';
import { LeanLoader } from '../../core/lean-loader';
import { leanFind, leanShape, type FieldReads } from '../../core/lean-read';
import { placeholders } from '../../core/lean-sql';
import { defineNode } from '../../core/node';
import { MicroCredential } from './micro-credential.entity';

/** What MicroCredential's field resolvers read of it, beyond its id (src/core/lean-read.ts). */
const CREDENTIAL_FIELD_READS: FieldReads = { programs: [], occupations: [], fit: [] };

export function credentialLoaders(em: EntityManager, viewer: Viewer | null) {
  const scope = scopeSql(sharedOrOwnScope(viewer), 't');
  return {
    /** Pass the properties a caller reads (`credentialByIdLoader.reading(selection)`), or none for whole rows. */
    credentialByIdLoader: new LeanLoader<number, MicroCredential | null>(
      async (keys, properties) => {
        const ids = [...keys];
        const tail = `where t.id in (${placeholders(ids.length)}) and ${scope.sql}`;
        return indexBy(await leanFind(em, MicroCredential, tail, [...ids, ...scope.params], properties), (c) => c.id);
      },
      null,
      (selection) => leanShape(em, MicroCredential).propertiesRead(selection, CREDENTIAL_FIELD_READS),
    ),
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
