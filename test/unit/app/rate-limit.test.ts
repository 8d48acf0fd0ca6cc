import { randomBytes } from 'node:crypto';
import { afterAll, describe, expect, it } from '@jest/globals';
import { ConfigError } from '../../../src/core/config-error';
import {
  createRateLimiter,
  DEFAULT_RATE_LIMIT,
  rateLimitFromEnv,
  type RateLimitConfig,
  type RateLimiter,
} from '../../../src/app/rate-limit';
import { REDIS_URL, redisDescribe } from '../../support/redis';

/**
 * The token buckets of issue 4 item 2, without a server: configuration from the environment, the
 * in-process bucket (take until empty, refuse with a retry time, refill at the restore rate, debt
 * from after-the-fact charges), the off switch, and the Redis bucket (shared by two limiters,
 * atomic under concurrent takes, namespaced, failing open when Redis is unreachable).
 */

const describeRedis = redisDescribe('the Redis rate-limit unit tests');

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const config = (over: Partial<RateLimitConfig> = {}): RateLimitConfig => ({
  enabled: true,
  capacity: 10,
  restorePerSecond: 5,
  redisUrl: null,
  ...over,
});

describe('rateLimitFromEnv', () => {
  it('is on, in process, with the documented defaults when nothing is set', () => {
    expect(DEFAULT_RATE_LIMIT).toEqual({ enabled: true, capacity: 50_000, restorePerSecond: 2_500 });
    expect(rateLimitFromEnv({})).toEqual({
      enabled: true,
      capacity: 50_000,
      restorePerSecond: 2_500,
      redisUrl: null,
      namespace: 'uplift',
    });
  });

  it('reads UPLIFT_RATE_LIMIT, its capacity and restore rate, REDIS_URL and the namespace', () => {
    expect(
      rateLimitFromEnv({
        UPLIFT_RATE_LIMIT: 'OFF',
        UPLIFT_RATE_LIMIT_CAPACITY: '1000',
        UPLIFT_RATE_LIMIT_RESTORE: '50',
        REDIS_URL: ' redis://cache:6379/2 ',
        UPLIFT_RATE_LIMIT_NAMESPACE: 'uplift-staging',
      }),
    ).toEqual({
      enabled: false,
      capacity: 1000,
      restorePerSecond: 50,
      redisUrl: 'redis://cache:6379/2',
      namespace: 'uplift-staging',
    });
    expect(rateLimitFromEnv({ UPLIFT_RATE_LIMIT: 'on', REDIS_URL: 'rediss://secure:6380' }).redisUrl).toBe(
      'rediss://secure:6380',
    );
  });

  it.each([
    [{ UPLIFT_RATE_LIMIT: 'maybe' }, 'UPLIFT_RATE_LIMIT must be on or off, got "maybe"'],
    [{ UPLIFT_RATE_LIMIT_CAPACITY: '0' }, 'UPLIFT_RATE_LIMIT_CAPACITY must be a positive integer, got "0"'],
    [{ UPLIFT_RATE_LIMIT_RESTORE: '1.5' }, 'UPLIFT_RATE_LIMIT_RESTORE must be a positive integer, got "1.5"'],
    [{ REDIS_URL: 'cache:6379' }, 'REDIS_URL must look like redis://host:6379'],
    [{ UPLIFT_RATE_LIMIT_NAMESPACE: 'a b' }, 'UPLIFT_RATE_LIMIT_NAMESPACE must be'],
  ])('refuses %j with a clear message', (env, message) => {
    expect(() => rateLimitFromEnv(env)).toThrow(ConfigError);
    expect(() => rateLimitFromEnv(env)).toThrow(message);
  });
});

describe('in-process bucket', () => {
  it('gives each key its capacity, then refuses with the time until the missing points are restored', async () => {
    const rl = createRateLimiter(config());
    expect(await rl.take('a', 4)).toEqual({ allowed: true, available: 6, retryAfterSeconds: 0 });
    expect(await rl.take('a', 6)).toMatchObject({ allowed: true, available: 0 });
    const refused = await rl.take('a', 10);
    expect(refused.allowed).toBe(false);
    expect(refused.available).toBe(0);
    expect(refused.retryAfterSeconds).toBe(2); // 10 missing points at 5 a second
    // A refusal takes nothing, and another key has its own bucket.
    expect(await rl.take('b', 10)).toMatchObject({ allowed: true, available: 0 });
    await rl.close();
  });

  it('restores points at the configured rate, never above capacity', async () => {
    const rl = createRateLimiter(config({ capacity: 10, restorePerSecond: 20 }));
    const emptied = performance.now();
    expect((await rl.take('k', 10)).allowed).toBe(true);
    expect((await rl.take('k', 5)).allowed).toBe(false);
    await sleep(300); // at least 6 points back
    const again = await rl.take('k', 5);
    // No more than the time that passed restores (a busy machine may sleep longer than asked).
    const restored = Math.floor(((performance.now() - emptied) / 1000) * 20);
    expect(again.allowed).toBe(true);
    expect(again.available).toBeLessThanOrEqual(Math.min(10, restored) - 5);
    await sleep(1_000);
    expect((await rl.take('k', 0)).available).toBe(10);
    await rl.close();
  });

  it('refuses at once an operation costing more than the whole bucket, and says when it would fit', async () => {
    const rl = createRateLimiter(config({ capacity: 10, restorePerSecond: 5 }));
    expect(await rl.take('k', 11)).toEqual({ allowed: false, available: 10, retryAfterSeconds: 1 });
    await rl.close();
  });

  it('lets after-the-fact charges put a key into debt, which it then waits out', async () => {
    const rl = createRateLimiter(config({ capacity: 10, restorePerSecond: 5 }));
    expect((await rl.take('k', 5)).allowed).toBe(true);
    const charged = await rl.charge('k', 20);
    expect(charged.allowed).toBe(true);
    expect(charged.available).toBe(-15);
    const refused = await rl.take('k', 1);
    expect(refused.allowed).toBe(false);
    expect(refused.retryAfterSeconds).toBe(4); // 16 missing points at 5 a second
    await rl.close();
  });
});

describe('switched off', () => {
  it('never refuses and always reports a full bucket', async () => {
    const rl = createRateLimiter(config({ enabled: false, capacity: 3 }));
    for (let i = 0; i < 100; i++)
      expect(await rl.take('k', 3)).toEqual({ allowed: true, available: 3, retryAfterSeconds: 0 });
    expect((await rl.charge('k', 1e9)).allowed).toBe(true);
    await rl.close();
  });
});

describeRedis('Redis bucket', () => {
  const namespace = `uplift-test-${randomBytes(6).toString('hex')}`;
  const limiters: RateLimiter[] = [];
  const redisLimiter = (over: Partial<RateLimitConfig> = {}, onError?: (err: unknown) => void) => {
    const rl = createRateLimiter(config({ redisUrl: REDIS_URL, namespace, ...over }), onError);
    limiters.push(rl);
    return rl;
  };
  afterAll(async () => {
    await Promise.all(limiters.map((l) => l.close()));
  });

  it('is shared by two limiters (two API instances) on the same Redis and namespace', async () => {
    const a = redisLimiter();
    const b = redisLimiter();
    expect(await a.take('shared', 7)).toMatchObject({ allowed: true, available: 3 });
    const onB = await b.take('shared', 7);
    expect(onB.allowed).toBe(false);
    expect(onB.available).toBe(3);
    expect(onB.retryAfterSeconds).toBe(1);
    expect(await b.take('shared', 3)).toMatchObject({ allowed: true, available: 0 });
    expect((await a.take('shared', 1)).allowed).toBe(false);
  });

  it('is atomic: of 40 concurrent takes of 1 from a bucket of 10, exactly 10 pass', async () => {
    const a = redisLimiter({ restorePerSecond: 1 });
    const b = redisLimiter({ restorePerSecond: 1 });
    const results = await Promise.all(Array.from({ length: 40 }, (_, i) => (i % 2 ? a : b).take('race', 1)));
    expect(results.filter((r) => r.allowed)).toHaveLength(10);
  });

  it('keeps namespaces (deployments) apart', async () => {
    const mine = redisLimiter();
    const other = redisLimiter({ namespace: `${namespace}-other` });
    expect((await mine.take('ns', 10)).allowed).toBe(true);
    expect((await other.take('ns', 10)).allowed).toBe(true);
  });

  it('counts the first request made right after start-up (no lost commands while connecting)', async () => {
    const errors: unknown[] = [];
    const fresh = redisLimiter({}, (err) => errors.push(err));
    expect(await fresh.take('early', 10)).toMatchObject({ allowed: true, available: 0 });
    expect((await fresh.take('early', 1)).allowed).toBe(false);
    expect(errors).toEqual([]);
  });

  it('fails open, and reports the failure, when Redis is unreachable', async () => {
    const errors: unknown[] = [];
    const down = redisLimiter({ redisUrl: 'redis://127.0.0.1:1' }, (err) => errors.push(err));
    const started = Date.now();
    expect(await down.take('k', 5)).toEqual({ allowed: true, available: 10, retryAfterSeconds: 0 });
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(errors.length).toBe(1);
  });
});
