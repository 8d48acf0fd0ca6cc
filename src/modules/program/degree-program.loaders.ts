import type { EntityManager } from '@mikro-orm/core';
import { ownScope } from '../../auth/scope';
import type { Viewer } from '../../auth/viewer';
import { groupBy, indexBy, mapLoader } from '../../core/dataloader';
import { defineNode } from '../../core/node';
import { ProgramCredential } from '../embedding/program-credential.entity';
import { DegreeProgram } from './degree-program.entity';

export function programLoaders(em: EntityManager, viewer: Viewer | null) {
  const scope = ownScope(viewer);
  return {
    programByIdLoader: mapLoader<number, DegreeProgram | null>(async (ids) => {
      return indexBy(await em.find(DegreeProgram, { $and: [{ id: { $in: [...ids] } }, scope] }), (p) => p.id);
    }, null),

    /** Programs embedding a credential — only the caller's own, even for a shared credential. */
    programsByCredentialIdLoader: mapLoader<number, DegreeProgram[]>(async (credentialIds) => {
      const links = await em.find(
        ProgramCredential,
        { credential: { $in: [...credentialIds] }, program: scope },
        { populate: ['program'], orderBy: { program: { code: 'ASC' }, id: 'ASC' } },
      );
      const grouped = groupBy(links, (l) => l.credential.id);
      return new Map([...grouped].map(([k, ls]) => [k, ls.map((l) => l.program)]));
    }, []),
  };
}

declare module '../../core/context' {
  interface Loaders extends ReturnType<typeof programLoaders> {}
}

export const programNode = defineNode({
  idType: 'DegreeProgram',
  graphqlType: 'DegreeProgram',
  entity: DegreeProgram,
  load: (loaders, id) => loaders.programByIdLoader.load(id),
});
