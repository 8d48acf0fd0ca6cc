import type { EntityManager } from '@mikro-orm/core';
import type { Viewer } from '../../auth/viewer';
import { indexBy, mapLoader } from '../../core/dataloader';
import { leanFind } from '../../core/lean-read';
import { placeholders } from '../../core/lean-sql';
import { defineNode } from '../../core/node';
import { CipSocCrosswalk, Occupation } from './occupation.entity';

/** Occupations and the crosswalk are global: every key reads all of them, so these loaders need no scope. */
export function occupationLoaders(em: EntityManager, _viewer: Viewer | null) {
  return {
    occupationByIdLoader: mapLoader<number, Occupation | null>(async (keys) => {
      const ids = [...keys];
      return indexBy(await leanFind(em, Occupation, `where t.id in (${placeholders(ids.length)})`, ids), (o) => o.id);
    }, null),

    /**
     * The occupations each CIP code leads to through the crosswalk, by SOC code: two statements for any number
     * of programs (the crosswalk rows, then their occupations). A crosswalk SOC code without an Occupation row
     * is left out.
     */
    occupationsByCipCodeLoader: mapLoader<string, Occupation[]>(async (keys) => {
      const cips = [...keys];
      const links = await leanFind(em, CipSocCrosswalk, `where t.cip_code in (${placeholders(cips.length)})`, cips, [
        'cipCode',
        'socCode',
      ]);
      const codes = [...new Set(links.map((l) => l.socCode))];
      if (!codes.length) return new Map();
      const occupations = await leanFind(
        em,
        Occupation,
        `where t.code in (${placeholders(codes.length)}) order by t.code`,
        codes,
      );
      const byCode = indexBy(occupations, (o) => o.code);
      const result = new Map<string, Occupation[]>();
      for (const cip of cips) {
        const socs = new Set(links.filter((l) => l.cipCode === cip).map((l) => l.socCode));
        result.set(
          cip,
          [...socs]
            .sort()
            .map((c) => byCode.get(c))
            .filter((o): o is Occupation => o !== undefined),
        );
      }
      return result;
    }, []),
  };
}

declare module '../../core/context' {
  interface Loaders extends ReturnType<typeof occupationLoaders> {}
}

export const occupationNode = defineNode({
  idType: 'Occupation',
  graphqlType: 'Occupation',
  entity: Occupation,
  load: (loaders, id) => loaders.occupationByIdLoader.load(id),
});
