import type { EntityManager } from '@mikro-orm/core';
import type { Viewer } from '../../auth/viewer';
import { groupBy, indexBy, mapLoader } from '../../graphql/dataloader';
import { ProgramCredential } from '../embedding/program-credential.entity';
import { DegreeProgram } from './degree-program.entity';
import { programScope } from './degree-program.service';

export function programLoaders(em: EntityManager, viewer: Viewer | null) {
  // Anonymous callers never reach a resolver that uses these; scope to nothing just in case.
  const scope = viewer ? programScope(viewer) : { id: -1 };
  return {
    programByIdLoader: mapLoader<number, DegreeProgram | null>(async (ids) => {
      const rows = await em.find(DegreeProgram, { id: { $in: [...ids] }, ...scope });
      return indexBy(rows, (p) => p.id);
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
