import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Piscina from 'piscina';

/** A piscina pool started on first use, for heavy model work that must not hold up the main thread. */
export interface LazyWorkerPool {
  /** The pool, or null when no compiled worker exists (a bare jest run from sources): run inline then. */
  get(): Piscina | null;
  close(): Promise<void>;
}

/** Cores left for the main thread: all but one, at least one. */
export function spareCores(): number {
  return Math.max(1, (os.availableParallelism?.() ?? os.cpus().length) - 1);
}

/**
 * `worker` is the compiled worker's path relative to src/ (e.g. "modules/scenario/projection.worker.js"):
 * beside the caller when running from dist/, else the build output in dist/ (`npm test` builds first).
 */
export function lazyWorkerPool(worker: string, maxThreads: () => number): LazyWorkerPool {
  let pool: Piscina | null = null;
  const fileOf = (): string | null => {
    const here = path.resolve(__dirname, '..', worker);
    if (fs.existsSync(here)) return here;
    const built = path.resolve(__dirname, '../../dist/src', worker);
    return fs.existsSync(built) ? built : null;
  };
  return {
    get() {
      if (pool) return pool;
      const filename = fileOf();
      if (!filename) return null;
      // At least one thread stays up once the pool exists: under Jest, a worker Piscina adds lazily
      // (minThreads 0) never takes its first task, and the work hangs.
      pool = new Piscina({ filename, minThreads: 1, maxThreads: maxThreads(), idleTimeout: 30_000 });
      return pool;
    },
    async close() {
      const p = pool;
      pool = null;
      if (p) await p.destroy();
    },
  };
}
