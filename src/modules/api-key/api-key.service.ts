import type { EntityManager } from '@mikro-orm/core';
import type { Context } from '../../core/context';
import { generateKey } from './api-key.rules';
import { isPlatformAdmin, requireRole, requireViewer } from '../../auth/viewer';
import { paginate, type ConnectionResult, type PageArgs } from '../../core/connection';
import { badInput, notFound } from '../../core/errors';
import { decodeId } from '../../core/global-id';
import { findForWrite } from '../../core/versioning';
import { Role } from '../common/enums';
import { Institution } from '../institution/institution.entity';
import { ApiKey } from './api-key.entity';
import type { CreateApiKeyInput, RevokeApiKeyInput } from './api-key.inputs';
import { MAX_KEYS_ENV, maxKeysFromEnv } from './api-key.limits';

/** Creates a key and returns its plaintext, which is not stored anywhere. */
export async function issueKey(
  em: EntityManager,
  institution: Institution,
  name: string,
  role: Role,
): Promise<{ apiKey: ApiKey; secret: string }> {
  const key = generateKey();
  const apiKey = em.create(ApiKey, { institution, name, role, prefix: key.prefix, secretHash: key.hash });
  await em.flush();
  return { apiKey, secret: key.plaintext };
}

/** Institution admins manage their own keys; the platform admin manages every institution's. */
function keyManagerScope(ctx: Context): { institutionId: number | null } {
  const viewer = requireViewer(ctx.viewer);
  if (isPlatformAdmin(viewer)) return { institutionId: null };
  return { institutionId: requireRole(viewer, Role.INSTITUTION_ADMIN, 'Managing API keys').institutionId };
}

export async function listApiKeys(ctx: Context, args: PageArgs): Promise<ConnectionResult<ApiKey>> {
  const { institutionId } = keyManagerScope(ctx);
  return paginate(
    ctx.em,
    ApiKey,
    institutionId === null ? {} : { institution: institutionId },
    { field: 'id', direction: 'ASC' },
    args,
  );
}

export async function createApiKey(
  ctx: Context,
  input: CreateApiKeyInput,
): Promise<{ apiKey: ApiKey; secret: string }> {
  const { institutionId: own } = keyManagerScope(ctx);
  if (input.role === Role.PLATFORM_ADMIN)
    throw badInput('input.role', 'The platform admin key comes from UPLIFT_ADMIN_KEY and cannot be created.');
  let institutionId: number;
  if (own === null) {
    if (!input.institutionId) throw badInput('input.institutionId', 'Say which institution the key is for.');
    institutionId = decodeId(input.institutionId, 'Institution', 'input.institutionId');
  } else {
    institutionId = input.institutionId ? decodeId(input.institutionId, 'Institution', 'input.institutionId') : own;
    if (institutionId !== own) throw notFound('The institution', 'input.institutionId');
  }
  const limit = maxKeysFromEnv();
  return ctx.em.transactional(async (em) => {
    // The institution's row lock makes concurrent creations count one after another (PostgreSQL).
    const institution = await findForWrite(em, Institution, institutionId, {});
    if (!institution) throw notFound('The institution', 'input.institutionId');
    const active = await em.count(ApiKey, { institution: institutionId, revokedAt: null });
    if (active >= limit) {
      throw badInput(
        'input.institutionId',
        `${institution.name} already has ${active} active API keys, the most an institution may hold ` +
          `(${MAX_KEYS_ENV}=${limit}); revoke one it no longer uses (revokeApiKey) and create this one again.`,
      );
    }
    return issueKey(em, institution, input.name.trim(), input.role);
  });
}

export async function revokeApiKey(ctx: Context, input: RevokeApiKeyInput): Promise<ApiKey> {
  const { institutionId } = keyManagerScope(ctx);
  const id = decodeId(input.id, 'ApiKey', 'input.id');
  return ctx.em.transactional(async (em) => {
    const key = await em.findOne(ApiKey, institutionId === null ? { id } : { id, institution: institutionId });
    if (!key) throw notFound('The API key', 'input.id');
    key.revokedAt ??= new Date();
    await em.flush();
    return key;
  });
}
