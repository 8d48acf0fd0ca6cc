import type { EntityManager } from '@mikro-orm/core';
import type { Viewer } from '../auth/viewer';
import type { Context, Loaders } from '../core/context';
import { createLoaders } from './loaders';

/** The request's EntityManager, forked from the root on first use; shared by every copy of the context. */
interface LazyEm {
  readonly root: EntityManager;
  fork?: EntityManager;
}

/**
 * The per-request context. Its EntityManager (a fork) is made on first use, so requests that never
 * touch the unit of work — lean reads go through the root's connection — skip it. A class with the
 * getter on its prototype, because Apollo copies the context's own properties into a fresh object
 * of the same prototype for every operation: an own getter would be read (and the fork made) then.
 */
class RequestContext implements Context {
  readonly loaders: Loaders;
  readonly cost = { requested: 0, extra: 0, available: 0 };

  constructor(
    private readonly lazy: LazyEm,
    readonly viewer: Viewer | null,
    readonly requestId: string,
    readonly clientIp: string,
  ) {
    this.loaders = createLoaders(() => this.em, viewer);
  }

  get em(): EntityManager {
    return (this.lazy.fork ??= this.lazy.root.fork());
  }
}

export function createContext(
  em: EntityManager,
  viewer: Viewer | null,
  requestId: string,
  clientIp = 'unknown',
): Context {
  return new RequestContext({ root: em }, viewer, requestId, clientIp);
}
