import { requireRole } from '../../auth/viewer';
import { sharedOrOwnScope } from '../../auth/scope';
import type { Context } from '../../core/context';
import { badInput, notFound } from '../../core/errors';
import { decodeId } from '../../core/global-id';
import { Role } from '../common/enums';
import { MicroCredential } from '../credential/micro-credential.entity';
import { Institution } from '../institution/institution.entity';
import { AlignmentSource, CredentialAlignment } from './credential-alignment.entity';
import { Occupation } from './occupation.entity';
import type { SetCredentialOccupationsInput } from './occupation.inputs';
import { isSocCode } from './occupation.rules';

/**
 * Replaces the institution's own choice of occupations for a credential it can see (its own or a shared-catalog
 * one): the issuer's assertion and other institutions' choices stay. [] removes the choice, so the issuer's applies.
 * Every code must be a well-formed SOC 2018 code with an Occupation row; the first that is not is refused by its
 * index and nothing is written.
 */
export async function setCredentialOccupations(
  ctx: Context,
  input: SetCredentialOccupationsInput,
): Promise<MicroCredential> {
  const viewer = requireRole(ctx.viewer, Role.PLANNER, "Choosing a credential's occupations");
  const id = decodeId(input.credentialId, 'MicroCredential', 'input.credentialId');
  const codes = input.socCodes.map((c) => c.trim());
  codes.forEach((code, i) => {
    if (!isSocCode(code)) {
      throw badInput(
        `input.socCodes.${i}`,
        `"${code}" is not a SOC 2018 code; write NN-NNNN, e.g. 15-1252 (an O*NET-SOC 15-1252.00 is 15-1252).`,
      );
    }
  });
  return ctx.em.transactional(async (em) => {
    const credential = await em.findOne(MicroCredential, { $and: [{ id }, sharedOrOwnScope(viewer)] });
    if (!credential) throw notFound('The credential', 'input.credentialId');
    const unique = [...new Set(codes)];
    const known = new Set(
      (await em.find(Occupation, { code: { $in: unique } }, { fields: ['code'] })).map((o) => o.code),
    );
    const unknown = codes.findIndex((c) => !known.has(c));
    if (unknown >= 0) {
      throw badInput(
        `input.socCodes.${unknown}`,
        `No occupation has the SOC code ${codes[unknown]}; see the occupations query for the codes Uplift knows.`,
      );
    }
    const institution = em.getReference(Institution, viewer.institutionId);
    await em.nativeDelete(CredentialAlignment, { credential, institution });
    for (const socCode of unique) {
      em.create(CredentialAlignment, {
        credential,
        institution,
        source: AlignmentSource.SET_BY_PLANNER,
        socCode,
        framework: 'SOC 2018',
        targetCode: socCode,
        targetName: null,
        targetUrl: null,
      });
    }
    await em.flush();
    return credential;
  });
}
