import { describe, expect, it } from '@jest/globals';
import { ConfigError } from '../../../../src/core/config-error';
import { DEFAULT_MAX_KEYS_PER_INSTITUTION, maxKeysFromEnv } from '../../../../src/modules/api-key/api-key.limits';

describe('UPLIFT_MAX_KEYS_PER_INSTITUTION', () => {
  it('defaults to 20 when unset or blank', () => {
    expect(DEFAULT_MAX_KEYS_PER_INSTITUTION).toBe(20);
    expect(maxKeysFromEnv({})).toBe(20);
    expect(maxKeysFromEnv({ UPLIFT_MAX_KEYS_PER_INSTITUTION: ' ' })).toBe(20);
  });

  it('reads a positive integer', () => {
    expect(maxKeysFromEnv({ UPLIFT_MAX_KEYS_PER_INSTITUTION: '5' })).toBe(5);
    expect(maxKeysFromEnv({ UPLIFT_MAX_KEYS_PER_INSTITUTION: ' 100 ' })).toBe(100);
  });

  it.each(['0', '-1', '2.5', 'ten', '1e3', '99999999999999999999'])('refuses "%s" with the variable named', (raw) => {
    expect(() => maxKeysFromEnv({ UPLIFT_MAX_KEYS_PER_INSTITUTION: raw })).toThrow(ConfigError);
    expect(() => maxKeysFromEnv({ UPLIFT_MAX_KEYS_PER_INSTITUTION: raw })).toThrow(/UPLIFT_MAX_KEYS_PER_INSTITUTION/);
  });
});
