import type { EntityManager } from '@mikro-orm/core';
import { ApiKey } from '../modules/api-key/api-key.entity';
import { Role } from '../modules/common/enums';
import { hashSecret, parseKey, safeEqual } from '../modules/api-key/api-key.rules';
import type { Viewer } from '../auth/viewer';

export type AuthResult = { viewer: Viewer | null } | { error: string };

/** Reads `Authorization: Bearer <key>`; no header means anonymous, a bad key is an error. */
export async function authenticate(
  em: EntityManager,
  header: string | undefined,
  adminKey: string | null,
): Promise<AuthResult> {
  if (!header) return { viewer: null };
  const m = /^Bearer\s+(\S+)\s*$/i.exec(header);
  if (!m) return { error: 'The Authorization header must be "Bearer <api key>".' };
  const token = m[1];
  if (adminKey && safeEqual(token, adminKey)) {
    return { viewer: { role: Role.PLATFORM_ADMIN, institutionId: null, keyId: null } };
  }
  const parsed = parseKey(token);
  if (!parsed) return { error: 'The API key is not valid.' };
  // Looked up on every request, so a revocation takes effect on the very next one.
  const key = await em.findOne(
    ApiKey,
    { prefix: parsed.prefix },
    { fields: ['id', 'role', 'secretHash', 'revokedAt', 'institution'] },
  );
  if (!key || !safeEqual(hashSecret(parsed.secret), key.secretHash)) return { error: 'The API key is not valid.' };
  if (key.revokedAt) return { error: 'The API key has been revoked.' };
  return { viewer: { role: key.role, institutionId: key.institution.id, keyId: key.id } };
}
