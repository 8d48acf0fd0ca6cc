/**
 * src/config.ts: environment → validated config, with a ConfigError whose message names the
 * variable and the accepted form for every bad value.
 */
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { loadConfig, parseDatabaseUrl, redactUrl } from '../../src/config';
import { ConfigError } from '../../src/core/config-error';

/** The ConfigError that `fn` throws (fails the test when it throws nothing or something else). */
function configErrorOf(fn: () => unknown): ConfigError {
  try {
    fn();
  } catch (err) {
    if (err instanceof ConfigError) return err;
    throw new Error(`expected a ConfigError, got ${String(err)}`, { cause: err });
  }
  throw new Error('expected a ConfigError, nothing was thrown');
}

const PG = 'postgres://uplift:pw@db.example.com:5432/uplift';

describe('parseDatabaseUrl', () => {
  it('defaults to the SQLite file under ./data', () => {
    for (const raw of [undefined, '', '   ']) {
      expect(parseDatabaseUrl(raw)).toEqual({ kind: 'sqlite', url: path.resolve('./data/uplift.db') });
    }
  });

  it('reads sqlite:<path> as an absolute file path, and keeps :memory:', () => {
    expect(parseDatabaseUrl('sqlite:./tmp/x.db')).toEqual({ kind: 'sqlite', url: path.resolve('./tmp/x.db') });
    expect(parseDatabaseUrl('sqlite:/var/lib/uplift/u.db')).toEqual({ kind: 'sqlite', url: '/var/lib/uplift/u.db' });
    expect(parseDatabaseUrl('sqlite::memory:')).toEqual({ kind: 'sqlite', url: ':memory:' });
  });

  it('reads postgres:// and postgresql:// URLs unchanged', () => {
    expect(parseDatabaseUrl(PG)).toEqual({ kind: 'postgresql', url: PG });
    expect(parseDatabaseUrl('postgresql://u@localhost/db')).toEqual({
      kind: 'postgresql',
      url: 'postgresql://u@localhost/db',
    });
  });

  it('rejects "sqlite:" without a path', () => {
    const e = configErrorOf(() => parseDatabaseUrl('sqlite:'));
    expect(e.message).toMatch(/DATABASE_URL/);
    expect(e.message).toMatch(/needs a file path/);
  });

  it('rejects other schemes, naming the accepted forms', () => {
    for (const raw of ['mysql://u@h/db', './data/uplift.db', 'http://localhost:5432/db', 'sqlite']) {
      const e = configErrorOf(() => parseDatabaseUrl(raw));
      expect(e.message).toMatch(/^DATABASE_URL must be "sqlite:<file path>" or "postgres:\/\//);
      expect(e.message).toContain(raw);
    }
  });

  it('rejects a malformed PostgreSQL URL without printing its password', () => {
    for (const raw of ['postgres://', 'postgres://user:s3cret@:5432/db', 'postgresql://u:s3cret@h:99999/db']) {
      const e = configErrorOf(() => parseDatabaseUrl(raw));
      expect(e.message).toMatch(/^DATABASE_URL is not a valid PostgreSQL URL/);
      expect(e.message).not.toContain('s3cret');
    }
  });

  it('redactUrl hides passwords and leaves password-less URLs alone', () => {
    expect(redactUrl('postgres://u:s3cret@h:5432/db')).toBe('postgres://u:***@h:5432/db');
    expect(redactUrl('postgres://u@h/db')).toBe('postgres://u@h/db');
  });
});

describe('loadConfig', () => {
  it('has working defaults for an empty environment', () => {
    expect(loadConfig({})).toMatchObject({
      port: 4000,
      database: { kind: 'sqlite', url: path.resolve('./data/uplift.db') },
      adminKey: null,
      demo: true,
      production: false,
      logLevel: 'info',
    });
  });

  it('reads every variable', () => {
    const c = loadConfig({
      PORT: '8080',
      DATABASE_URL: PG,
      UPLIFT_ADMIN_KEY: '  0123456789abcdef-admin  ',
      UPLIFT_DEMO: 'on',
      NODE_ENV: 'production',
      LOG_LEVEL: 'WARN',
    });
    expect(c).toMatchObject({
      port: 8080,
      database: { kind: 'postgresql', url: PG },
      adminKey: '0123456789abcdef-admin',
      demo: true,
      production: true,
      logLevel: 'warn',
    });
  });

  it('accepts PORT 0 (a random port) and 65535', () => {
    expect(loadConfig({ PORT: '0' }).port).toBe(0);
    expect(loadConfig({ PORT: '65535' }).port).toBe(65535);
  });

  it('rejects a bad PORT, quoting it', () => {
    for (const raw of ['abc', '-1', '65536', '80.5', '4000x']) {
      const e = configErrorOf(() => loadConfig({ PORT: raw }));
      expect(e.message).toBe(`PORT must be an integer from 0 to 65535, got "${raw}"`);
    }
  });

  it('fails on a malformed DATABASE_URL', () => {
    const e = configErrorOf(() => loadConfig({ DATABASE_URL: 'mongodb://h/db' }));
    expect(e.message).toMatch(/^DATABASE_URL must be/);
  });

  it('requires UPLIFT_ADMIN_KEY in production', () => {
    for (const key of [undefined, '', '   ']) {
      const e = configErrorOf(() => loadConfig({ NODE_ENV: 'production', UPLIFT_ADMIN_KEY: key }));
      expect(e.message).toBe('UPLIFT_ADMIN_KEY must be set when NODE_ENV=production');
    }
    expect(loadConfig({ NODE_ENV: 'production', UPLIFT_ADMIN_KEY: 'a-long-enough-admin-key' }).production).toBe(true);
    // Outside production the admin key is optional.
    expect(loadConfig({ NODE_ENV: 'development' }).adminKey).toBeNull();
  });

  it('rejects a short UPLIFT_ADMIN_KEY', () => {
    const e = configErrorOf(() => loadConfig({ UPLIFT_ADMIN_KEY: 'short' }));
    expect(e.message).toBe('UPLIFT_ADMIN_KEY must be at least 16 characters long');
  });

  it('turns UPLIFT_DEMO on by default for SQLite and off for PostgreSQL', () => {
    expect(loadConfig({}).demo).toBe(true);
    expect(loadConfig({ DATABASE_URL: 'sqlite:./x.db' }).demo).toBe(true);
    expect(loadConfig({ DATABASE_URL: PG }).demo).toBe(false);
    expect(loadConfig({ DATABASE_URL: PG, UPLIFT_DEMO: '' }).demo).toBe(false);
  });

  it('lets UPLIFT_DEMO override the default either way', () => {
    for (const on of ['1', 'true', 'ON', 'yes'])
      expect(loadConfig({ DATABASE_URL: PG, UPLIFT_DEMO: on }).demo).toBe(true);
    for (const off of ['0', 'false', 'Off', 'no']) expect(loadConfig({ UPLIFT_DEMO: off }).demo).toBe(false);
  });

  it('rejects an unreadable UPLIFT_DEMO', () => {
    const e = configErrorOf(() => loadConfig({ UPLIFT_DEMO: 'maybe' }));
    expect(e.message).toBe('UPLIFT_DEMO must be on/off (or true/false, 1/0), got "maybe"');
  });

  it('defaults LOG_LEVEL to info, or silent under NODE_ENV=test', () => {
    expect(loadConfig({}).logLevel).toBe('info');
    expect(loadConfig({ NODE_ENV: 'test' }).logLevel).toBe('silent');
    expect(loadConfig({ LOG_LEVEL: 'Debug' }).logLevel).toBe('debug');
  });

  it('rejects an unknown LOG_LEVEL, listing the accepted ones', () => {
    const e = configErrorOf(() => loadConfig({ LOG_LEVEL: 'verbose' }));
    expect(e.message).toBe('LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent, got "verbose"');
  });
});
