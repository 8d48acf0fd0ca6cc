import { describe, expect, it } from '@jest/globals';
import type { EntityManager } from '@mikro-orm/core';
import DataLoader from 'dataloader';
import { createLoaders } from '../../../src/app/loaders';
import { createContext } from '../../../src/app/context';

/** A request pays only for the loaders it uses, and forks its EntityManager only when asked (docs/PERFORMANCE.md). */
describe('per-request loaders and context', () => {
  const fakeEm = (forks: { n: number }) =>
    ({
      getPlatform: () => 'root platform',
      isInTransaction: () => false,
      fork: () => {
        forks.n++;
        return { getReference: () => null, flush: () => null } as unknown as EntityManager;
      },
    }) as unknown as EntityManager;

  it('builds a module’s loaders on first use, once, and asks for the EntityManager only then', () => {
    let asked = 0;
    const loaders = createLoaders(() => {
      asked++;
      return {} as EntityManager;
    }, null);
    expect(asked).toBe(0);
    const byId = loaders.programByIdLoader;
    expect(byId).toBeInstanceOf(DataLoader);
    expect(asked).toBe(1);
    expect(loaders.programByIdLoader).toBe(byId);
    void loaders.programsByCredentialIdLoader; // the same module: no new group
    expect(asked).toBe(1);
    void loaders.credentialByIdLoader; // another module
    expect(asked).toBe(2);
  });

  it('never shares loaders between requests', () => {
    const a = createLoaders(() => ({}) as EntityManager, null);
    const b = createLoaders(() => ({}) as EntityManager, null);
    expect(a.embeddingsByProgramIdLoader).not.toBe(b.embeddingsByProgramIdLoader);
  });

  it('forks the EntityManager on the first use of anything but what lean reads ask, and only once', () => {
    const forks = { n: 0 };
    const root = fakeEm(forks);
    const ctx = createContext(root, null, 'req-1');
    void ctx.loaders.institutionByIdLoader;
    expect(ctx.em.getPlatform()).toBe('root platform');
    expect(ctx.em.isInTransaction()).toBe(false);
    expect(forks.n).toBe(0);
    expect(typeof ctx.em.getReference).toBe('function'); // anything else: the fork
    expect(forks.n).toBe(1);
    void ctx.em.flush;
    expect(forks.n).toBe(1);
    const untouched = createContext(fakeEm(forks), null, 'req-2');
    expect(untouched.requestId).toBe('req-2');
    expect(forks.n).toBe(1);
  });

  it('stays lazy when copied the way Apollo copies a context for each operation', () => {
    const forks = { n: 0 };
    const ctx = createContext(fakeEm(forks), null, 'req-3');
    const blank = Object.create(Object.getPrototypeOf(ctx) as object) as typeof ctx;
    const copy = Object.assign(blank, ctx);
    expect(forks.n).toBe(0);
    expect(copy.em).toBe(ctx.em);
    void copy.em.flush;
    void ctx.em.flush;
    expect(forks.n).toBe(1); // one fork, whichever copy asks first
    expect(copy.loaders).toBe(ctx.loaders);
  });
});
