import type { EntityManager } from '@mikro-orm/core';
import type { Viewer } from '../auth/viewer';
import type { Context } from '../core/context';
import { createLoaders } from './loaders';

/**
 * The per-request context. The request's EntityManager (a fork) is made on first use, so requests
 * that never touch the database — or read only through lean loaders' shared connection — skip it.
 */
export function createContext(
  em: EntityManager,
  viewer: Viewer | null,
  requestId: string,
  clientIp = 'unknown',
): Context {
  let fork: EntityManager | undefined;
  const forked = () => (fork ??= em.fork());
  return {
    get em() {
      return forked();
    },
    loaders: createLoaders(forked, viewer),
    viewer,
    requestId,
    clientIp,
    cost: { requested: 0, extra: 0, available: 0 },
  };
}
