import type { EntityManager } from '@mikro-orm/core';
import { groupBy, mapLoader } from '../../graphql/dataloader';
import { ProgramCredential } from './program-credential.entity';

export function embeddingLoaders(em: EntityManager) {
  return {
    /** Callers pass only program ids they were allowed to read. */
    embeddingsByProgramIdLoader: mapLoader<number, ProgramCredential[]>(async (programIds) => {
      const rows = await em.find(ProgramCredential, { program: { $in: [...programIds] } }, { orderBy: { id: 'ASC' } });
      return groupBy(rows, (e) => e.program.id);
    }, []),
  };
}

export function embeddingByIdLoaders(em: EntityManager, programScope: object) {
  return {
    embeddingByIdLoader: mapLoader<number, ProgramCredential | null>(async (ids) => {
      const rows = await em.find(ProgramCredential, { id: { $in: [...ids] }, program: programScope });
      return new Map(rows.map((r) => [r.id, r]));
    }, null),
  };
}
