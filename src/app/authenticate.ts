import type { EntityManager } from '@mikro-orm/core';
import { Role } from '../modules/common/enums';
import { selectRows } from '../core/lean-sql';
import { equalsInConstantTime, parseKey, secretMatches } from '../modules/api-key/api-key.rules';
import type { Viewer } from '../auth/viewer';

export type AuthResult = { viewer: Viewer | null } | { error: string };

// The admin key's digest is made once per key, not on every request.
let admin: { key: string; matches: (token: string) => boolean } | null = null;
function isAdminKey(key: string): (token: string) => boolean {
  if (admin?.key !== key) admin = { key, matches: equalsInConstantTime(key) };
  return admin.matches;
}

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
  if (adminKey && isAdminKey(adminKey)(token)) {
    return { viewer: { role: Role.PLATFORM_ADMIN, institutionId: null, keyId: null } };
  }
  const parsed = parseKey(token);
  if (!parsed) return { error: 'The API key is not valid.' };
  // Looked up on every request, so a revocation takes effect on the very next one.
  // A plain prepared read: every request pays for it, and it needs no unit of work.
  const [key] = await selectRows(
    em,
    'select id, role, secret_hash, revoked_at, institution_id from api_key where prefix = ?',
    [parsed.prefix],
  );
  if (!key || !secretMatches(parsed.secret, String(key.secret_hash))) {
    return { error: 'The API key is not valid.' };
  }
  if (key.revoked_at !== null) return { error: 'The API key has been revoked.' };
  return { viewer: { role: key.role as Role, institutionId: Number(key.institution_id), keyId: Number(key.id) } };
}
