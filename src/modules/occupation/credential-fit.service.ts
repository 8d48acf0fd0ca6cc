/**
 * How credentials fit programs (docs/MODEL.md §4.6), read through the request's loaders: the program's occupations
 * from its cipCode, the credential's as the viewer's institution sees them (its own choice, else the issuer's).
 * Four statements for any number of programs and credentials; the caller names only programs and credentials the
 * viewer can read.
 */
import type { Loaders } from '../../core/context';
import type { Occupation } from './occupation.entity';
import { fitOf, type Fit } from './occupation.rules';

type FitLoaders = Pick<Loaders, 'occupationsByCipCodeLoader' | 'occupationsByCredentialIdLoader'>;

/** The fit of any of these credentials in a program of any of these CIP codes, once their occupations are read. */
export type FitReader = (cipCode: string | null | undefined, credentialId: number) => Fit;

export async function fitReader(
  loaders: FitLoaders,
  cipCodes: readonly (string | null | undefined)[],
  credentialIds: readonly number[],
): Promise<FitReader> {
  const cips = [...new Set(cipCodes.filter((c): c is string => !!c))];
  const ids = [...new Set(credentialIds)];
  const [programs, credentials] = await Promise.all([
    loaders.occupationsByCipCodeLoader.loadMany(cips),
    loaders.occupationsByCredentialIdLoader.loadMany(ids),
  ]);
  const codes = (list: Occupation[] | Error): string[] => {
    if (list instanceof Error) throw list;
    return list.map((o) => o.code);
  };
  const byCip = new Map(cips.map((c, i) => [c, codes(programs[i])]));
  const byCredential = new Map(ids.map((id, i) => [id, codes(credentials[i])]));
  // Programs share CIP codes: a fit is worked out once per code and credential.
  const known = new Map<string, Fit>();
  return (cipCode, credentialId) => {
    const key = `${cipCode ?? ''}|${credentialId}`;
    let fit = known.get(key);
    if (!fit) {
      const credential = byCredential.get(credentialId);
      if (!credential) throw new Error(`credential ${credentialId} was not read for its fit`);
      fit = fitOf((cipCode && byCip.get(cipCode)) || [], credential);
      known.set(key, fit);
    }
    return fit;
  };
}

/** The fits of many credentials in one program, by credential id. */
export async function fitsInProgram(
  loaders: FitLoaders,
  cipCode: string | null | undefined,
  credentialIds: readonly number[],
): Promise<Map<number, Fit>> {
  const read = await fitReader(loaders, [cipCode], credentialIds);
  return new Map(credentialIds.map((id) => [id, read(cipCode, id)]));
}
