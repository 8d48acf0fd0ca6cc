import { describe, expect, it } from '@jest/globals';
import { ByteLru } from '../../../src/core/byte-lru';
import { ConfigError } from '../../../src/core/config-error';
import { DEFAULT_PREVIEW_CACHE, previewCacheLimits } from '../../../src/modules/scenario/projection-cache.limits';

describe('ByteLru (the parsed projections a process keeps)', () => {
  it('is bounded by the total size of its values, least recently used out first', () => {
    const lru = new ByteLru<string, string>(() => 10);
    lru.set('a', 'A', 4);
    lru.set('b', 'B', 4);
    expect(lru.get('a')).toBe('A'); // a is now the most recently used
    lru.set('c', 'C', 4); // 12 > 10: b goes
    expect(lru.get('b')).toBeUndefined();
    expect(lru.get('a')).toBe('A');
    expect(lru.get('c')).toBe('C');
    expect(lru.stats).toEqual({ entries: 2, size: 8 });
  });

  it('keeps no value larger than the whole budget, and follows a budget that changes', () => {
    let budget = 10;
    const lru = new ByteLru<string, string>(() => budget);
    lru.set('a', 'A', 6);
    lru.set('huge', 'H', 11);
    expect(lru.get('huge')).toBeUndefined();
    expect(lru.get('a')).toBe('A');
    budget = 5;
    lru.set('b', 'B', 5);
    expect(lru.stats).toEqual({ entries: 1, size: 5 });
    lru.set('b', 'B2', 2); // a key set again counts once
    expect(lru.stats).toEqual({ entries: 1, size: 2 });
    lru.delete('b');
    expect(lru.stats).toEqual({ entries: 0, size: 0 });
  });

  it('holds many small values within the budget however many there are', () => {
    const lru = new ByteLru<number, number>(() => 1000);
    for (let i = 0; i < 10_000; i++) lru.set(i, i, 7);
    expect(lru.stats.size).toBeLessThanOrEqual(1000);
    expect(lru.stats.entries).toBe(142);
  });
});

describe('previewCacheLimits (environment)', () => {
  it('has the documented defaults', () => {
    expect(previewCacheLimits({})).toEqual({
      rows: 200,
      bytes: 64 * 1024 * 1024,
      ttlSeconds: 3600,
      memoryBytes: 32 * 1024 * 1024,
    });
    expect(previewCacheLimits({})).toEqual(DEFAULT_PREVIEW_CACHE);
  });

  it('reads each variable, blank as unset, 0 allowed', () => {
    expect(
      previewCacheLimits({
        UPLIFT_PREVIEW_CACHE_ROWS: '50',
        UPLIFT_PREVIEW_CACHE_BYTES: ' 1048576 ',
        UPLIFT_PREVIEW_CACHE_TTL: '0',
        UPLIFT_PROJECTION_MEMORY_BYTES: '',
      }),
    ).toEqual({ rows: 50, bytes: 1048576, ttlSeconds: 0, memoryBytes: 32 * 1024 * 1024 });
  });

  it.each(['-1', '1.5', '1e6', 'lots', '99999999999999999999'])('refuses %s', (raw) => {
    expect(() => previewCacheLimits({ UPLIFT_PREVIEW_CACHE_ROWS: raw })).toThrow(ConfigError);
    expect(() => previewCacheLimits({ UPLIFT_PREVIEW_CACHE_TTL: raw })).toThrow(/UPLIFT_PREVIEW_CACHE_TTL/);
  });
});
