import type { EntityManager } from '@mikro-orm/core';
import type { Viewer } from '../auth/viewer';
import type { Context } from '../core/context';
import { createLoaders } from './loaders';

export function createContext(
  em: EntityManager,
  viewer: Viewer | null,
  requestId: string,
  clientIp = 'unknown',
): Context {
  const fork = em.fork();
  return {
    em: fork,
    loaders: createLoaders(fork, viewer),
    viewer,
    requestId,
    clientIp,
    cost: { requested: 0, extra: 0, available: 0 },
  };
}
