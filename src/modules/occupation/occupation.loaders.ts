import type { EntityManager } from '@mikro-orm/core';
import type { Viewer } from '../../auth/viewer';
import { indexBy, mapLoader } from '../../core/dataloader';
import { leanFind } from '../../core/lean-read';
import { placeholders } from '../../core/lean-sql';
import { defineNode } from '../../core/node';
import { CredentialAlignment } from './credential-alignment.entity';
import { CipSocCrosswalk, Occupation } from './occupation.entity';

/** The occupations of these SOC codes that have a projections row, by code. */
async function occupationsByCode(em: EntityManager, codes: string[]): Promise<Map<string, Occupation>> {
  if (!codes.length) return new Map();
  const where = `where t.code in (${placeholders(codes.length)}) order by t.code`;
  return indexBy(await leanFind(em, Occupation, where, codes), (o) => o.code);
}

/**
 * Occupations and the crosswalk are global: every key reads all of them, so those loaders need no scope. A
 * credential's alignments are read for the viewer's institution: its own choice, else the issuer's.
 */
export function occupationLoaders(em: EntityManager, viewer: Viewer | null) {
  const institutionId = viewer?.institutionId ?? null;
  return {
    /**
     * The occupations a credential is aligned to for the viewer, by SOC code: the institution's own choice
     * (SET_BY_PLANNER) when it made one for that credential, else the issuer's assertion. Two statements for any
     * number of credentials (the alignments, then their occupations); a SOC code without an Occupation row and an
     * alignment to another framework are left out. The caller reads only credentials it can see.
     */
    occupationsByCredentialIdLoader: mapLoader<number, Occupation[]>(async (keys) => {
      const ids = [...keys];
      const own =
        institutionId === null ? 't.institution_id is null' : '(t.institution_id is null or t.institution_id = ?)';
      const tail = `where t.credential_id in (${placeholders(ids.length)}) and t.soc_code is not null and ${own}`;
      const params = institutionId === null ? ids : [...ids, institutionId];
      const links = await leanFind(em, CredentialAlignment, tail, params, ['credential', 'institution', 'socCode']);
      const byCode = await occupationsByCode(em, [...new Set(links.map((l) => l.socCode!))]);
      const result = new Map<number, Occupation[]>();
      for (const id of ids) {
        const mine = links.filter((l) => l.credential.id === id);
        const chosen = mine.some((l) => l.institution) ? mine.filter((l) => l.institution) : mine;
        const codes = [...new Set(chosen.map((l) => l.socCode!))].sort();
        result.set(
          id,
          codes.map((c) => byCode.get(c)).filter((o): o is Occupation => o !== undefined),
        );
      }
      return result;
    }, []),

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
      const byCode = await occupationsByCode(em, codes);
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
