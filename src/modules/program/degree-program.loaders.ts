import type { EntityManager } from '@mikro-orm/core';
import { ownScope, scopeSql } from '../../auth/scope';
import type { Viewer } from '../../auth/viewer';
import { groupBy, indexBy, mapLoader } from '../../core/dataloader';
import { leanFind } from '../../core/lean-read';
import { placeholders } from '../../core/lean-sql';
import { defineNode } from '../../core/node';
import { ProgramCredential } from '../embedding/program-credential.entity';
import { DegreeProgram } from './degree-program.entity';

export function programLoaders(em: EntityManager, viewer: Viewer | null) {
  const scope = ownScope(viewer);
  const scopeCondition = scopeSql(scope, 't');
  return {
    programByIdLoader: mapLoader<number, DegreeProgram | null>(async (keys) => {
      const ids = [...keys];
      const tail = `where t.id in (${placeholders(ids.length)}) and ${scopeCondition.sql}`;
      return indexBy(await leanFind(em, DegreeProgram, tail, [...ids, ...scopeCondition.params]), (p) => p.id);
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
