/**
 * A fair queue in front of a fixed number of slots (a worker pool's threads): one FIFO queue per lane
 * (an institution, the platform admin, unattributed work), at most `perLane` tasks of one lane running
 * at once and at most `concurrency` in all. When a slot frees, of the lanes with work waiting and room
 * under their limit, the one with the fewest tasks running starts its oldest task; among equals, the
 * one served longest ago (a lane never served first). So a lane with many tasks waiting holds back
 * another lane's next task by at most one of its own, whoever queued first.
 *
 * In-process and in-memory: what is queued is lost with the process (a durable job queue is a later
 * step). A task that is cancelled (its AbortSignal) while queued leaves the queue at once; a task that
 * fails or is cancelled while running frees its slot like one that succeeds.
 */

/** One task: started when its lane's turn comes; the promise settles when its slot is free again. */
type Task<T> = () => Promise<T>;

/** A promise and what settles it; a rejection passes the task's own reason on unchanged (RangeError, AbortError, …). */
function deferred<T>(): { promise: Promise<T>; resolve: (value: T) => void; reject: (reason: unknown) => void } {
  let resolve!: (value: T) => void;
  let reject!: (reason: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

interface Job {
  start: () => void;
  fail: (reason: unknown) => void;
}

interface Lane {
  readonly name: string;
  readonly queue: Job[];
  running: number;
  /** When the lane last started a task (a count of tasks started), 0 if never. */
  servedAt: number;
}

export interface FairQueueLimits {
  /** Tasks running at once in all, the pool's threads (at least 1). */
  concurrency: number;
  /** Tasks of one lane running at once (at least 1; no more than `concurrency` can run anyway). */
  perLane: number;
}

export interface LaneStats {
  running: number;
  queued: number;
}

export class FairQueue {
  private readonly concurrency: number;
  private readonly perLane: number;
  private readonly lanes = new Map<string, Lane>();
  /** Lanes with queued work, in the order they came. */
  private readonly turns: Lane[] = [];
  private running = 0;
  private served = 0;

  constructor(limits: FairQueueLimits) {
    this.concurrency = Math.max(1, Math.floor(limits.concurrency));
    this.perLane = Math.max(1, Math.floor(limits.perLane));
  }

  /**
   * Runs `task` when `lane`'s turn comes and a slot is free. Rejects with `signal.reason`, without
   * starting it, when `signal` aborts first; once started, the task itself must honour the signal.
   */
  run<T>(lane: string, task: Task<T>, signal?: AbortSignal): Promise<T> {
    const { promise, resolve, reject } = deferred<T>();
    if (signal?.aborted) {
      reject(signal.reason);
      return promise;
    }
    const l = this.laneOf(lane);
    const onAbort = (): void => {
      const at = l.queue.indexOf(job);
      if (at < 0) return;
      l.queue.splice(at, 1);
      this.forget(l);
      reject(signal?.reason);
    };
    const job: Job = {
      start: () => {
        signal?.removeEventListener('abort', onAbort);
        // A task that throws before returning its promise fails like one that rejects.
        (async () => task())().then(
          (value) => {
            this.done(l);
            resolve(value);
          },
          (err: unknown) => {
            this.done(l);
            reject(err);
          },
        );
      },
      fail: (reason) => {
        signal?.removeEventListener('abort', onAbort);
        reject(reason);
      },
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    l.queue.push(job);
    if (l.queue.length === 1) this.turns.push(l);
    this.pump();
    return promise;
  }

  /** Running and queued tasks, in all and by lane (lanes with neither are not listed). */
  stats(): { running: number; queued: number; lanes: Record<string, LaneStats> } {
    const lanes: Record<string, LaneStats> = {};
    let queued = 0;
    for (const l of this.lanes.values()) {
      lanes[l.name] = { running: l.running, queued: l.queue.length };
      queued += l.queue.length;
    }
    return { running: this.running, queued, lanes };
  }

  /** Rejects every queued task with `reason` (running ones are left to finish or be stopped). */
  clear(reason: unknown): void {
    const jobs = this.turns.splice(0).flatMap((l) => l.queue.splice(0));
    for (const l of [...this.lanes.values()]) this.forget(l);
    for (const job of jobs) job.fail(reason);
  }

  private laneOf(name: string): Lane {
    let l = this.lanes.get(name);
    if (!l) {
      l = { name, queue: [], running: 0, servedAt: 0 };
      this.lanes.set(name, l);
    }
    return l;
  }

  /** Drops a lane with nothing queued from the turns, and from the map once nothing of it runs. */
  private forget(l: Lane): void {
    if (l.queue.length === 0) {
      const at = this.turns.indexOf(l);
      if (at >= 0) this.turns.splice(at, 1);
      if (l.running === 0) this.lanes.delete(l.name);
    }
  }

  private done(l: Lane): void {
    this.running--;
    l.running--;
    this.forget(l);
    this.pump();
  }

  /**
   * Starts queued tasks while slots are free. Of the lanes with work and room, the one with the fewest
   * tasks running goes; among equals, the one served longest ago (a lane never served first, in the
   * order they came).
   */
  private pump(): void {
    while (this.running < this.concurrency) {
      let at = -1;
      for (let i = 0; i < this.turns.length; i++) {
        const l = this.turns[i];
        if (l.running >= this.perLane) continue;
        const best = at < 0 ? null : this.turns[at];
        if (!best || l.running < best.running || (l.running === best.running && l.servedAt < best.servedAt)) at = i;
      }
      if (at < 0) return;
      const l = this.turns[at];
      const job = l.queue.shift() as Job;
      if (l.queue.length === 0) this.turns.splice(at, 1);
      l.servedAt = ++this.served;
      this.running++;
      l.running++;
      job.start();
    }
  }
}
