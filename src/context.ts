import type { EntityManager } from '@mikro-orm/core';
import type { Viewer } from './auth/viewer';
import { createLoaders, type Loaders } from './graphql/loaders';

/** Everything a resolver may use, built fresh for every request. */
export interface Context {
  em: EntityManager;
  loaders: Loaders;
  viewer: Viewer | null;
  requestId: string;
}

export function createContext(em: EntityManager, viewer: Viewer | null, requestId: string): Context {
  const fork = em.fork();
  return { em: fork, loaders: createLoaders(fork, viewer), viewer, requestId };
}
