import type { EntityManager } from '@mikro-orm/core';
import type { Viewer } from './auth/viewer';
import { createLoaders, type Loaders } from './graphql/loaders';

/** Everything a resolver may use, built fresh for every request. */
export interface Context {
  em: EntityManager;
  loaders: Loaders;
  viewer: Viewer | null;
  requestId: string;
  clientIp: string;
  /** Query cost in points: priced before execution, plus simulation work found to be needed while running. */
  cost: { requested: number; extra: number; available: number };
}

export function createContext(em: EntityManager, viewer: Viewer | null, requestId: string, clientIp = 'unknown'): Context {
  const fork = em.fork();
  return { em: fork, loaders: createLoaders(fork, viewer), viewer, requestId, clientIp, cost: { requested: 0, extra: 0, available: 0 } };
}
