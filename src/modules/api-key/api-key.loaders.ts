import type { EntityManager } from '@mikro-orm/core';
import { isPlatformAdmin, type Viewer } from '../../auth/viewer';
import { indexBy, mapLoader } from '../../graphql/dataloader';
import { Role } from '../common/enums';
import { ApiKey } from './api-key.entity';

export function apiKeyLoaders(em: EntityManager, viewer: Viewer | null) {
  // Only key managers see keys: the platform admin all, an institution admin their own.
  const scope = viewer && isPlatformAdmin(viewer) ? {}
    : viewer?.role === Role.INSTITUTION_ADMIN ? { institution: viewer.institutionId! } : { id: -1 };
  return {
    apiKeyByIdLoader: mapLoader<number, ApiKey | null>(async (ids) => {
      return indexBy(await em.find(ApiKey, { id: { $in: [...ids] }, ...scope }), (k) => k.id);
    }, null),
  };
}
