import type { EntityManager } from '@mikro-orm/core';
import type { Viewer } from '../auth/viewer';
import type { Context, Loaders } from '../core/context';
import { createLoaders } from './loaders';

/**
 * What lean reads (src/core/lean-sql.ts, lean-read.ts) ask of an EntityManager: the connection, the
 * platform, the driver, the metadata, the logger's config and whether a transaction is open. A fork
 * answers them exactly as its root does (it shares them, and the request's fork never holds a
 * transaction: em.transactional forks again), so they are answered by the root, and the fork — a
 * unit of work, an identity map, about 2% of a lean page on PostgreSQL — is made only when
 * anything else is asked (docs/PERFORMANCE.md).
 */
const FROM_ROOT = new Set<PropertyKey>([
  'getConnection',
  'getPlatform',
  'getDriver',
  'getMetadata',
  'config',
  'isInTransaction',
  'getTransactionContext',
]);
const rootMethods = new WeakMap<EntityManager, Map<PropertyKey, unknown>>();

/** A method bound to its EntityManager (kept), or a property's value as it is now (never kept: it may change). */
function bound(cache: Map<PropertyKey, unknown>, target: EntityManager, prop: PropertyKey): unknown {
  if (cache.has(prop)) return cache.get(prop);
  const value: unknown = Reflect.get(target, prop);
  if (typeof value !== 'function') return value;
  const method = (value as (...a: unknown[]) => unknown).bind(target);
  cache.set(prop, method);
  return method;
}

/** The request's EntityManager: the root's for what lean reads ask, a fork (made on first need) for the rest. */
function lazyFork(root: EntityManager): EntityManager {
  let shared = rootMethods.get(root);
  if (!shared) rootMethods.set(root, (shared = new Map<PropertyKey, unknown>()));
  const fromRoot = shared;
  let fork: EntityManager | undefined;
  const forked = new Map<PropertyKey, unknown>();
  const theFork = () => (fork ??= root.fork());
  return new Proxy(root, {
    get: (target, prop) => (FROM_ROOT.has(prop) ? bound(fromRoot, target, prop) : bound(forked, theFork(), prop)),
    set: (_target, prop, value) => Reflect.set(theFork(), prop, value),
  });
}

/**
 * The per-request context. Its EntityManager forks on first need (lazyFork), so requests that never
 * touch the unit of work skip the fork. Apollo copies the context's own properties into a fresh
 * object for every operation; the copies share the one EntityManager.
 */
class RequestContext implements Context {
  readonly loaders: Loaders;
  readonly cost = { requested: 0, extra: 0, available: 0 };

  constructor(
    readonly em: EntityManager,
    readonly viewer: Viewer | null,
    readonly requestId: string,
    readonly clientIp: string,
  ) {
    this.loaders = createLoaders(() => em, viewer);
  }
}

export function createContext(
  em: EntityManager,
  viewer: Viewer | null,
  requestId: string,
  clientIp = 'unknown',
): Context {
  return new RequestContext(lazyFork(em), viewer, requestId, clientIp);
}
