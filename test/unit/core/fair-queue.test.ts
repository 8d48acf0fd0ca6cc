import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { FairQueue } from '../../../src/core/fair-queue';
import { laneOf, workersPerInstitution } from '../../../src/core/worker-pool';

/** A fake task: records when it starts, and settles only when the test says so. */
interface Fake {
  name: string;
  started: boolean;
  resolve: (value: string) => void;
  reject: (err: unknown) => void;
}

function harness(limits: { concurrency: number; perLane: number }) {
  const queue = new FairQueue(limits);
  const started: string[] = [];
  const fakes = new Map<string, Fake>();
  const settled: string[] = [];
  const submit = (lane: string, name: string, signal?: AbortSignal): Promise<string> => {
    const fake: Fake = { name, started: false, resolve: () => undefined, reject: () => undefined };
    fakes.set(name, fake);
    const p = queue.run(
      lane,
      () =>
        new Promise<string>((resolve, reject) => {
          fake.started = true;
          started.push(name);
          fake.resolve = resolve;
          fake.reject = reject;
        }),
      signal,
    );
    p.then(
      () => settled.push(name),
      () => settled.push(`${name}!`),
    );
    return p;
  };
  const fake = (name: string): Fake => {
    const f = fakes.get(name);
    if (!f) throw new Error(`no task ${name}`);
    return f;
  };
  return { queue, started, settled, submit, fake };
}

/** Lets settled promises run their callbacks (the queue starts the next task when a slot is freed). */
const tick = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

describe('FairQueue', () => {
  it("starts another lane's task before the second of a lane that queued three first (one slot)", async () => {
    const h = harness({ concurrency: 1, perLane: 1 });
    const a = [h.submit('A', 'A1'), h.submit('A', 'A2'), h.submit('A', 'A3')];
    const b = h.submit('B', 'B1');
    expect(h.started).toEqual(['A1']);
    h.fake('A1').resolve('a1');
    await expect(a[0]).resolves.toBe('a1');
    await tick();
    expect(h.started).toEqual(['A1', 'B1']);
    h.fake('B1').resolve('b1');
    await expect(b).resolves.toBe('b1');
    await tick();
    expect(h.started).toEqual(['A1', 'B1', 'A2']);
    h.fake('A2').resolve('a2');
    await tick();
    h.fake('A3').resolve('a3');
    await Promise.all(a);
    expect(h.started).toEqual(['A1', 'B1', 'A2', 'A3']);
    expect(h.queue.stats()).toEqual({ running: 0, queued: 0, lanes: {} });
  });

  it('serves lanes round-robin, each in its own FIFO order', async () => {
    const h = harness({ concurrency: 1, perLane: 1 });
    for (const n of ['A1', 'A2', 'A3']) void h.submit('A', n);
    for (const n of ['B1', 'B2']) void h.submit('B', n);
    void h.submit('C', 'C1');
    for (let i = 0; i < 6; i++) {
      h.fake(h.started[h.started.length - 1]).resolve('ok');
      await tick();
    }
    expect(h.started).toEqual(['A1', 'B1', 'C1', 'A2', 'B2', 'A3']);
  });

  it('keeps to the per-lane limit and uses the free slots for other lanes at once', async () => {
    const h = harness({ concurrency: 3, perLane: 2 });
    for (const n of ['A1', 'A2', 'A3', 'A4']) void h.submit('A', n);
    expect(h.started).toEqual(['A1', 'A2']);
    expect(h.queue.stats()).toEqual({ running: 2, queued: 2, lanes: { A: { running: 2, queued: 2 } } });
    void h.submit('B', 'B1');
    void h.submit('B', 'B2');
    // One slot was free: B takes it without waiting for any of A's.
    expect(h.started).toEqual(['A1', 'A2', 'B1']);
    h.fake('A1').resolve('ok');
    await tick();
    // One running each: A's turn, served before B was.
    expect(h.started).toEqual(['A1', 'A2', 'B1', 'A3']);
    expect(h.queue.stats().lanes).toEqual({ A: { running: 2, queued: 1 }, B: { running: 1, queued: 1 } });
    h.fake('A2').resolve('ok');
    await tick();
    // One running each again: B's turn now, then A's.
    expect(h.started).toEqual(['A1', 'A2', 'B1', 'A3', 'B2']);
    h.fake('A3').resolve('ok');
    await tick();
    expect(h.started).toEqual(['A1', 'A2', 'B1', 'A3', 'B2', 'A4']);
  });

  it('gives a freed slot to the lane with the fewest tasks running', async () => {
    const h = harness({ concurrency: 3, perLane: 3 });
    void h.submit('A', 'A1');
    void h.submit('A', 'A2');
    void h.submit('B', 'B1');
    void h.submit('A', 'A3');
    void h.submit('B', 'B2');
    expect(h.started).toEqual(['A1', 'A2', 'B1']);
    h.fake('B1').resolve('ok');
    await tick();
    // A was served longer ago, but runs two where B runs none.
    expect(h.started).toEqual(['A1', 'A2', 'B1', 'B2']);
  });

  it('never runs more than the per-lane limit of one lane, even with every other slot free', async () => {
    const h = harness({ concurrency: 4, perLane: 1 });
    for (const n of ['A1', 'A2', 'A3']) void h.submit('A', n);
    expect(h.started).toEqual(['A1']);
    expect(h.queue.stats().running).toBe(1);
  });

  it('frees the slot of a task that fails, and of one that throws before returning a promise', async () => {
    const h = harness({ concurrency: 1, perLane: 1 });
    const a1 = h.submit('A', 'A1');
    const thrown = expect(
      h.queue.run('A', () => {
        throw new Error('sync');
      }),
    ).rejects.toThrow('sync');
    const b1 = h.submit('B', 'B1');
    h.fake('A1').reject(new Error('boom'));
    await expect(a1).rejects.toThrow('boom');
    await tick();
    expect(h.started).toEqual(['A1', 'B1']);
    h.fake('B1').resolve('ok');
    await expect(b1).resolves.toBe('ok');
    await thrown;
    expect(h.queue.stats()).toEqual({ running: 0, queued: 0, lanes: {} });
  });

  it('drops a task cancelled while queued without starting it, and frees the slot of one cancelled while running', async () => {
    const h = harness({ concurrency: 1, perLane: 1 });
    const running = new AbortController();
    const waiting = new AbortController();
    const a1 = h.submit('A', 'A1', running.signal);
    const a2 = h.submit('A', 'A2', waiting.signal);
    void h.submit('B', 'B1');
    waiting.abort(new Error('gone'));
    await expect(a2).rejects.toThrow('gone');
    expect(h.queue.stats().lanes.A).toEqual({ running: 1, queued: 0 });
    // Once started, the task honours the signal itself (piscina ends the worker): here, by rejecting.
    running.abort(new Error('stopped'));
    h.fake('A1').reject(running.signal.reason);
    await expect(a1).rejects.toThrow('stopped');
    await tick();
    expect(h.started).toEqual(['A1', 'B1']);
    expect(h.fake('A2').started).toBe(false);
  });

  it('rejects at once a task whose signal has already aborted', async () => {
    const h = harness({ concurrency: 1, perLane: 1 });
    await expect(h.submit('A', 'A1', AbortSignal.abort(new Error('late')))).rejects.toThrow('late');
    expect(h.started).toEqual([]);
  });

  it('rejects every queued task on clear and leaves the running ones', async () => {
    const h = harness({ concurrency: 1, perLane: 1 });
    const a1 = h.submit('A', 'A1');
    const rest = [h.submit('A', 'A2'), h.submit('B', 'B1')];
    h.queue.clear(new Error('closed'));
    for (const p of rest) await expect(p).rejects.toThrow('closed');
    expect(h.queue.stats()).toEqual({ running: 1, queued: 0, lanes: { A: { running: 1, queued: 0 } } });
    h.fake('A1').resolve('ok');
    await expect(a1).resolves.toBe('ok');
  });
});

describe('FairQueue under any sequence of submissions, completions, failures and cancellations', () => {
  const step = fc.oneof(
    fc.record({ op: fc.constant('submit' as const), lane: fc.constantFrom('A', 'B', 'C', 'D') }),
    fc.record({ op: fc.constantFrom('resolve' as const, 'reject' as const), pick: fc.nat() }),
    fc.record({ op: fc.constant('abort' as const), pick: fc.nat() }),
  );

  it('keeps both limits, never leaves a slot idle while a lane with room waits, and runs every task once', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 1, max: 4 }),
        fc.array(step, { maxLength: 60 }),
        async (concurrency, perLane, steps) => {
          const queue = new FairQueue({ concurrency, perLane });
          const running = new Map<number, { lane: string; settle: (ok: boolean) => void }>();
          const queued = new Map<number, { lane: string; abort: AbortController }>();
          const starts = new Map<number, number>();
          const check = (): void => {
            const byLane = new Map<string, number>();
            for (const r of running.values()) byLane.set(r.lane, (byLane.get(r.lane) ?? 0) + 1);
            expect(running.size).toBeLessThanOrEqual(concurrency);
            for (const n of byLane.values()) expect(n).toBeLessThanOrEqual(perLane);
            // Work-conserving: a free slot and a waiting lane with room cannot both exist.
            if (running.size < concurrency) {
              for (const q of queued.values()) expect(byLane.get(q.lane) ?? 0).toBe(perLane);
            }
            const stats = queue.stats();
            expect(stats.running).toBe(running.size);
            expect(stats.queued).toBe(queued.size);
          };
          let next = 0;
          for (const s of steps) {
            if (s.op === 'submit') {
              const id = next++;
              const abort = new AbortController();
              queued.set(id, { lane: s.lane, abort });
              queue
                .run(
                  s.lane,
                  () =>
                    new Promise<void>((resolve, reject) => {
                      queued.delete(id);
                      starts.set(id, (starts.get(id) ?? 0) + 1);
                      running.set(id, {
                        lane: s.lane,
                        settle: (ok) => (ok ? resolve() : reject(new Error('failed'))),
                      });
                    }),
                  abort.signal,
                )
                .catch(() => undefined);
            } else if (s.op === 'abort') {
              const ids = [...queued.keys()];
              if (ids.length === 0) continue;
              const id = ids[s.pick % ids.length];
              queued.get(id)!.abort.abort(new Error('cancelled'));
              queued.delete(id);
            } else {
              const ids = [...running.keys()];
              if (ids.length === 0) continue;
              const id = ids[s.pick % ids.length];
              const r = running.get(id)!;
              running.delete(id);
              r.settle(s.op === 'resolve');
            }
            await tick();
            check();
          }
          // Everything left runs, once each.
          while (running.size > 0) {
            for (const [id, r] of [...running]) {
              running.delete(id);
              r.settle(true);
            }
            await tick();
            check();
          }
          expect(queued.size).toBe(0);
          for (const n of starts.values()) expect(n).toBe(1);
          expect(queue.stats()).toEqual({ running: 0, queued: 0, lanes: {} });
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('lanes and limits of the worker pools', () => {
  it('gives each institution its lane, the platform admin one, unattributed work one', () => {
    expect(laneOf(7)).toBe('institution:7');
    expect(laneOf(null)).toBe('platform');
    expect(laneOf(undefined)).toBe('unattributed');
  });

  it('runs half the threads per institution by default, UPLIFT_WORKERS_PER_INSTITUTION when valid', () => {
    expect(workersPerInstitution(1, {})).toBe(1);
    expect(workersPerInstitution(7, {})).toBe(4);
    expect(workersPerInstitution(7, { UPLIFT_WORKERS_PER_INSTITUTION: '2' })).toBe(2);
    expect(workersPerInstitution(7, { UPLIFT_WORKERS_PER_INSTITUTION: '0' })).toBe(4);
    expect(workersPerInstitution(7, { UPLIFT_WORKERS_PER_INSTITUTION: 'many' })).toBe(4);
  });
});
