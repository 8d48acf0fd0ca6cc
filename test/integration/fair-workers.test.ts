/**
 * The worker pools' fair queue with real worker threads (src/core/worker-pool.ts, src/core/fair-queue.ts):
 * one institution's three long computations hold up another's by one of them, not three. Only orders of
 * completion are asserted, never times.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { lazyWorkerPool, type LazyWorkerPool } from '../../src/core/worker-pool';
import type { SimulationInput } from '../../src/model';
import { closePool, INLINE_WORK_LIMIT, runSimulation, workUnits } from '../../src/modules/scenario/projection.pool';
import { DEFAULT_ASSUMPTIONS, embedding, program } from '../unit/model/fixtures';

/** Runs every job at once and lists their names in the order they finished. */
async function finishOrder(jobs: [string, () => Promise<unknown>][]): Promise<string[]> {
  const order: string[] = [];
  await Promise.all(jobs.map(([name, job]) => job().then(() => order.push(name))));
  return order;
}

const saved = { ...process.env };
function setEnv(vars: Record<string, string>): void {
  Object.assign(process.env, vars);
}
afterAll(() => {
  for (const k of ['UPLIFT_MODEL_THREADS', 'UPLIFT_WORKERS_PER_INSTITUTION']) {
    if (saved[k] === undefined) delete process.env[k];
    else process.env[k] = saved[k];
  }
});

describe('a fair worker pool (a worker that holds its thread for a given time)', () => {
  let dir: string;
  let worker: string;
  const pools: LazyWorkerPool[] = [];
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'uplift-fair-'));
    worker = path.join(dir, 'hold.js');
    // Busy for `ms` of wall time, as a model run is: the thread is taken, whatever the CPU share.
    fs.writeFileSync(
      worker,
      'module.exports = ({ name, ms }) => { const end = Date.now() + ms; while (Date.now() < end); return name; };\n',
    );
  });
  afterAll(async () => {
    await Promise.all(pools.map((p) => p.close()));
    fs.rmSync(dir, { recursive: true, force: true });
  });

  function pool(threads: number, perInstitution: number) {
    setEnv({ UPLIFT_WORKERS_PER_INSTITUTION: String(perInstitution) });
    const p = lazyWorkerPool(worker, () => threads);
    pools.push(p);
    const workers = p.get();
    if (!workers) throw new Error('no worker');
    return (name: string, ms: number, institutionId?: number | null) => () =>
      workers.run<string>({ name, ms }, { institutionId });
  }

  it("one thread: B's job runs after A's first, not after A's three", async () => {
    const job = pool(1, 1);
    await job('warm-up', 1)();
    const order = await finishOrder([
      ['A1', job('A1', 300, 1)],
      ['A2', job('A2', 300, 1)],
      ['A3', job('A3', 300, 1)],
      ['B1', job('B1', 30, 2)],
    ]);
    expect(order).toEqual(['A1', 'B1', 'A2', 'A3']);
  });

  it("the same jobs unattributed share one lane: B's waits behind all of A's (the behaviour before)", async () => {
    const job = pool(1, 1);
    await job('warm-up', 1)();
    const order = await finishOrder([
      ['A1', job('A1', 100)],
      ['A2', job('A2', 100)],
      ['A3', job('A3', 100)],
      ['B1', job('B1', 30)],
    ]);
    expect(order).toEqual(['A1', 'A2', 'A3', 'B1']);
  });
  // More than one thread is left to the unit test (test/unit/core/fair-queue.test.ts) and to bench/fair-workers.ts:
  // under Jest a thread piscina adds lazily (past minThreads) takes no task until another thread is free.
});

describe('projections (the compiled projection worker, one thread)', () => {
  const built = path.resolve(__dirname, '../../dist/src/modules/scenario/projection.worker.js');
  const input = (draws: number): SimulationInput => ({
    programs: [
      program({ id: 'p1', scenario: [embedding({ requirement: 'ELECTIVE', isNew: true })] }),
      program({ id: 'p2', scenario: [embedding({ requirement: 'CORE', creditsApplied: 6, isNew: true })] }),
    ],
    assumptions: DEFAULT_ASSUMPTIONS,
    conversion: 'ODDS',
    horizonYears: 10,
    draws,
    seed: 3,
  });
  afterAll(() => closePool());

  it("tenant B's preview finishes second, not last, behind tenant A's three large ones", async () => {
    // `npm test` builds first; without the build the pool would run everything inline, in order.
    expect(fs.existsSync(built)).toBe(true);
    setEnv({ UPLIFT_MODEL_THREADS: '1', UPLIFT_WORKERS_PER_INSTITUTION: '1' });
    const large = input(60_000);
    const small = input(12_000);
    expect(workUnits(small)).toBeGreaterThan(INLINE_WORK_LIMIT);
    await runSimulation(small, { institutionId: 9 });
    const order = await finishOrder([
      ['A1', () => runSimulation(large, { institutionId: 1 })],
      ['A2', () => runSimulation(large, { institutionId: 1 })],
      ['A3', () => runSimulation(large, { institutionId: 1 })],
      ['B1', () => runSimulation(small, { institutionId: 2 })],
    ]);
    expect(order).toEqual(['A1', 'B1', 'A2', 'A3']);
  });
});
