import type { EntityManager } from '@mikro-orm/core';
import { ownScope } from '../../auth/scope';
import type { Viewer } from '../../auth/viewer';
import { groupBy, indexBy, mapLoader } from '../../core/dataloader';
import { leanFind } from '../../core/lean-read';
import { placeholders } from '../../core/lean-sql';
import { defineNode } from '../../core/node';
import { ProgramCredential } from './program-credential.entity';

export function embeddingLoaders(em: EntityManager, viewer: Viewer | null) {
  const programScope = ownScope(viewer);
  return {
    /** Callers pass only program ids they were allowed to read. */
    embeddingsByProgramIdLoader: mapLoader<number, ProgramCredential[]>(async (programIds) => {
      const ids = [...programIds];
      const rows = await leanFind(
        em,
        ProgramCredential,
        `where t.program_id in (${placeholders(ids.length)}) order by t.id`,
        ids,
      );
      return groupBy(rows, (e) => e.program.id);
    }, []),

    embeddingByIdLoader: mapLoader<number, ProgramCredential | null>(async (ids) => {
      return indexBy(await em.find(ProgramCredential, { id: { $in: [...ids] }, program: programScope }), (r) => r.id);
    }, null),
  };
}

declare module '../../core/context' {
  interface Loaders extends ReturnType<typeof embeddingLoaders> {}
}

export const embeddingNode = defineNode({
  idType: 'ProgramCredential',
  graphqlType: 'ProgramCredential',
  entity: ProgramCredential,
  load: (loaders, id) => loaders.embeddingByIdLoader.load(id),
});
