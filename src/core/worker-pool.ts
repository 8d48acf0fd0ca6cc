import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Piscina from 'piscina';
import { FairQueue } from './fair-queue';

/** Whose work a task is, so that one institution's long computations cannot hold up another's. */
export interface WorkOptions {
  /**
   * The institution that asked (the viewer's `institutionId`): each institution has its own lane;
   * null is the platform admin's lane; left out, the work goes in one lane for unattributed work.
   */
  institutionId?: number | null;
  /** Stops the task: it leaves the queue if still waiting, or its worker thread is ended if running. */
  signal?: AbortSignal;
}

/** A worker pool's threads, shared fairly between lanes (src/core/fair-queue.ts). */
export interface FairWorkers {
  run<T>(task: unknown, options?: WorkOptions): Promise<T>;
}

/** A piscina pool started on first use, for heavy model work that must not hold up the main thread. */
export interface LazyWorkerPool {
  /** The pool, or null when no compiled worker exists (a bare jest run from sources): run inline then. */
  get(): FairWorkers | null;
  close(): Promise<void>;
}

/** Cores left for the main thread: all but one, at least one. */
export function spareCores(): number {
  return Math.max(1, (os.availableParallelism?.() ?? os.cpus().length) - 1);
}

/** The lane of a task: one per institution, one for the platform admin, one for unattributed work. */
export function laneOf(institutionId: number | null | undefined): string {
  if (institutionId === undefined) return 'unattributed';
  return institutionId === null ? 'platform' : `institution:${institutionId}`;
}

/**
 * Tasks of one lane (institution) running at once in a pool of `threads`: UPLIFT_WORKERS_PER_INSTITUTION
 * (a whole number ≥ 1), by default half the threads rounded up, so two busy institutions can use them all.
 */
export function workersPerInstitution(threads: number, env: NodeJS.ProcessEnv = process.env): number {
  const v = Number(env.UPLIFT_WORKERS_PER_INSTITUTION);
  return Number.isInteger(v) && v >= 1 ? v : Math.max(1, Math.ceil(threads / 2));
}

/**
 * `worker` is the compiled worker's path relative to src/ (e.g. "modules/scenario/projection.worker.js"):
 * beside the caller when running from dist/, else the build output in dist/ (`npm test` builds first);
 * an absolute path is used as it is. Tasks go through a FairQueue whose concurrency is the pool's
 * threads, so piscina's own queue stays empty and the fair queue alone decides what runs next.
 */
export function lazyWorkerPool(worker: string, maxThreads: () => number): LazyWorkerPool {
  let pool: Piscina | null = null;
  let lanes: FairWorkers | null = null;
  let queue: FairQueue | null = null;
  const fileOf = (): string | null => {
    if (path.isAbsolute(worker)) return fs.existsSync(worker) ? worker : null;
    const here = path.resolve(__dirname, '..', worker);
    if (fs.existsSync(here)) return here;
    const built = path.resolve(__dirname, '../../dist/src', worker);
    return fs.existsSync(built) ? built : null;
  };
  return {
    get() {
      if (lanes) return lanes;
      const filename = fileOf();
      if (!filename) return null;
      const threads = Math.max(1, Math.floor(maxThreads()) || 1);
      // At least one thread stays up once the pool exists: under Jest, a worker Piscina adds lazily
      // (minThreads 0) never takes its first task, and the work hangs.
      const p = new Piscina({ filename, minThreads: 1, maxThreads: threads, idleTimeout: 30_000 });
      const q = new FairQueue({ concurrency: threads, perLane: workersPerInstitution(threads) });
      pool = p;
      queue = q;
      lanes = {
        run: <T>(task: unknown, options: WorkOptions = {}) =>
          q.run(
            laneOf(options.institutionId),
            () => p.run(task, options.signal ? { signal: options.signal } : {}) as Promise<T>,
            options.signal,
          ),
      };
      return lanes;
    },
    async close() {
      const p = pool;
      queue?.clear(new Error('The worker pool was closed.'));
      pool = null;
      lanes = null;
      queue = null;
      if (p) await p.destroy();
    },
  };
}
