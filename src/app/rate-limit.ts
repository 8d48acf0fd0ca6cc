import Redis from 'ioredis';
import { ConfigError } from '../core/config-error';

export interface RateLimitConfig {
  enabled: boolean;
  /** Bucket size in cost points: the most a key can spend in a burst. */
  capacity: number;
  /** Points restored per second. */
  restorePerSecond: number;
  /** Shared store for several API instances; null keeps buckets in this process. */
  redisUrl: string | null;
  /**
   * Prefix of the bucket keys in Redis (default "uplift"). Buckets are per API key id, and ids are
   * per database: deployments with different databases that share one Redis need different namespaces.
   */
  namespace?: string;
}

const DEFAULT_NAMESPACE = 'uplift';

export const DEFAULT_RATE_LIMIT: Omit<RateLimitConfig, 'redisUrl'> = {
  enabled: true,
  capacity: 50_000,
  restorePerSecond: 2_500,
};

export interface BucketState {
  allowed: boolean;
  available: number;
  retryAfterSeconds: number;
}

/** A token bucket per API key, counted in query-cost points. */
export interface RateLimiter {
  readonly config: RateLimitConfig;
  /** Takes `cost` points if the bucket holds them; otherwise takes nothing and says when to retry. */
  take(key: string, cost: number): Promise<BucketState>;
  /** Takes `cost` points whatever the bucket holds (work found out after the fact); it may go into debt. */
  charge(key: string, cost: number): Promise<BucketState>;
  close(): Promise<void>;
}

export function rateLimitFromEnv(env: NodeJS.ProcessEnv): RateLimitConfig {
  const int = (name: string, fallback: number) => {
    const raw = env[name];
    if (raw === undefined || raw === '') return fallback;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < 1) throw new ConfigError(`${name} must be a positive integer, got "${raw}"`);
    return n;
  };
  const mode = (env.UPLIFT_RATE_LIMIT ?? 'on').toLowerCase();
  if (!['on', 'off'].includes(mode))
    throw new ConfigError(`UPLIFT_RATE_LIMIT must be on or off, got "${env.UPLIFT_RATE_LIMIT}"`);
  const redisUrl = env.REDIS_URL?.trim() || null;
  if (redisUrl && !/^rediss?:\/\//.test(redisUrl)) throw new ConfigError('REDIS_URL must look like redis://host:6379');
  const namespace = env.UPLIFT_RATE_LIMIT_NAMESPACE?.trim() || DEFAULT_NAMESPACE;
  if (!/^[\w.:-]{1,64}$/.test(namespace))
    throw new ConfigError(
      `UPLIFT_RATE_LIMIT_NAMESPACE must be 1–64 letters, digits, "_", ".", ":" or "-", got "${namespace}"`,
    );
  return {
    enabled: mode === 'on',
    capacity: int('UPLIFT_RATE_LIMIT_CAPACITY', DEFAULT_RATE_LIMIT.capacity),
    restorePerSecond: int('UPLIFT_RATE_LIMIT_RESTORE', DEFAULT_RATE_LIMIT.restorePerSecond),
    redisUrl,
    namespace,
  };
}

function state(config: RateLimitConfig, allowed: boolean, available: number, cost: number): BucketState {
  const missing = allowed ? 0 : cost - available;
  return {
    allowed,
    available: Math.floor(available),
    retryAfterSeconds: allowed ? 0 : Math.max(1, Math.ceil(missing / config.restorePerSecond)),
  };
}

class MemoryRateLimiter implements RateLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();
  constructor(readonly config: RateLimitConfig) {}

  private refill(key: string, now: number) {
    const b = this.buckets.get(key) ?? { tokens: this.config.capacity, at: now };
    b.tokens = Math.min(this.config.capacity, b.tokens + ((now - b.at) / 1000) * this.config.restorePerSecond);
    b.at = now;
    this.buckets.set(key, b);
    return b;
  }

  async take(key: string, cost: number): Promise<BucketState> {
    const b = this.refill(key, Date.now());
    const allowed = b.tokens >= cost;
    if (allowed) b.tokens -= cost;
    return state(this.config, allowed, b.tokens, cost);
  }

  async charge(key: string, cost: number): Promise<BucketState> {
    const b = this.refill(key, Date.now());
    b.tokens -= cost;
    return state(this.config, true, b.tokens, 0);
  }

  async close(): Promise<void> {}
}

// Atomic refill-and-take on the Redis server's clock, so instances with skewed clocks agree.
const TAKE = `
local capacity = tonumber(ARGV[1]); local rate = tonumber(ARGV[2]); local cost = tonumber(ARGV[3]); local force = tonumber(ARGV[4])
local t = redis.call('TIME'); local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local b = redis.call('HMGET', KEYS[1], 'tokens', 'at')
local tokens = tonumber(b[1]) or capacity; local at = tonumber(b[2]) or now
tokens = math.min(capacity, tokens + (now - at) / 1000 * rate)
local allowed = 0
if force == 1 or tokens >= cost then tokens = tokens - cost; allowed = 1 end
redis.call('HSET', KEYS[1], 'tokens', tostring(tokens), 'at', tostring(now))
redis.call('PEXPIRE', KEYS[1], math.ceil(capacity / rate * 1000) + 60000)
return {allowed, tostring(tokens)}`;

class RedisRateLimiter implements RateLimiter {
  private readonly redis: Redis;
  constructor(
    readonly config: RateLimitConfig,
    private readonly onError: (err: unknown) => void,
  ) {
    // Commands wait in the offline queue while connecting (so the first requests after start-up are
    // counted too), but give up after one reconnection attempt when Redis is down.
    this.redis = new Redis(config.redisUrl!, {
      maxRetriesPerRequest: 1,
      connectTimeout: 2_000,
      enableOfflineQueue: true,
      disconnectTimeout: 200,
    });
    this.redis.on('error', () => undefined); // failures surface per request, below
  }

  private async run(key: string, cost: number, force: boolean): Promise<BucketState> {
    try {
      const [allowed, tokens] = (await this.redis.eval(
        TAKE,
        1,
        `${this.config.namespace ?? DEFAULT_NAMESPACE}:rl:${key}`,
        this.config.capacity,
        this.config.restorePerSecond,
        cost,
        force ? 1 : 0,
      )) as [number, string];
      return state(this.config, allowed === 1, Number(tokens), cost);
    } catch (err) {
      // Fail open: an unreachable Redis must not take the API down; the cost limit still applies.
      this.onError(err);
      return { allowed: true, available: this.config.capacity, retryAfterSeconds: 0 };
    }
  }

  take(key: string, cost: number) {
    return this.run(key, cost, false);
  }
  charge(key: string, cost: number) {
    return this.run(key, cost, true);
  }
  async close(): Promise<void> {
    if (this.redis.status === 'ready') await this.redis.quit().catch(() => this.redis.disconnect());
    else this.redis.disconnect();
  }
}

class DisabledRateLimiter implements RateLimiter {
  constructor(readonly config: RateLimitConfig) {}
  async take(): Promise<BucketState> {
    return { allowed: true, available: this.config.capacity, retryAfterSeconds: 0 };
  }
  async charge(): Promise<BucketState> {
    return { allowed: true, available: this.config.capacity, retryAfterSeconds: 0 };
  }
  async close(): Promise<void> {}
}

/** `onError` hears of every Redis failure (requests then pass unthrottled). */
export function createRateLimiter(
  config: RateLimitConfig,
  onError: (err: unknown) => void = () => undefined,
): RateLimiter {
  if (!config.enabled) return new DisabledRateLimiter(config);
  return config.redisUrl ? new RedisRateLimiter(config, onError) : new MemoryRateLimiter(config);
}
