import { describe, expect, it } from '@jest/globals';
import { ConfigError } from '../../../src/core/config-error';
import { introspectionMode, introspectionModeFromEnv, withoutSuggestions } from '../../../src/app/introspection';
import { MAX_JSON_DEPTH, nestedTooDeeply } from '../../../src/app/graphql-http';

describe('UPLIFT_INTROSPECTION', () => {
  it('is for callers with a key unless public or off; on/off still read as key/off', () => {
    expect(introspectionModeFromEnv(undefined)).toBe('key');
    expect(introspectionModeFromEnv('')).toBe('key');
    expect(introspectionModeFromEnv('public')).toBe('public');
    expect(introspectionModeFromEnv('PUBLIC')).toBe('public');
    expect(introspectionModeFromEnv('key')).toBe('key');
    expect(introspectionModeFromEnv('on')).toBe('key');
    expect(introspectionModeFromEnv('off')).toBe('off');
    expect(introspectionModeFromEnv('false')).toBe('off');
    expect(() => introspectionModeFromEnv('everyone')).toThrow(ConfigError);
    expect(() => introspectionModeFromEnv('everyone')).toThrow(/UPLIFT_INTROSPECTION must be public, key or off/);
  });

  it("reads AppConfig's boolean as key (on) or off", () => {
    expect(introspectionMode(true)).toBe('key');
    expect(introspectionMode(false)).toBe('off');
    expect(introspectionMode('public')).toBe('public');
  });
});

describe('suggestions', () => {
  it('are cut from the message, the rest kept', () => {
    expect(withoutSuggestions('Cannot query field "viewr" on type "Query". Did you mean "viewer"?')).toBe(
      'Cannot query field "viewr" on type "Query".',
    );
    expect(withoutSuggestions('Unknown argument "frist". Did you mean "first" or "last"?')).toBe(
      'Unknown argument "frist".',
    );
    expect(withoutSuggestions('Something else.')).toBe('Something else.');
  });
});

describe('JSON nesting', () => {
  it('counts objects and arrays, not brackets inside strings, in one pass', () => {
    expect(nestedTooDeeply('{"a":[1,{"b":2}]}')).toBe(false);
    expect(nestedTooDeeply(`${'['.repeat(MAX_JSON_DEPTH)}${']'.repeat(MAX_JSON_DEPTH)}`)).toBe(false);
    expect(nestedTooDeeply(`${'['.repeat(MAX_JSON_DEPTH + 1)}${']'.repeat(MAX_JSON_DEPTH + 1)}`)).toBe(true);
    expect(nestedTooDeeply(JSON.stringify({ s: '['.repeat(1_000) }))).toBe(false);
    expect(nestedTooDeeply(JSON.stringify({ s: '\\"[[[[' }))).toBe(false);
    expect(nestedTooDeeply(`{"v":${'['.repeat(100_000)}`)).toBe(true);
  });
});
