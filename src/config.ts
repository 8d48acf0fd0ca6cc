import path from 'node:path';
import { ConfigError } from './core/config-error';
import { limitsFromEnv, type QueryLimits } from './app/limits';
import { rateLimitFromEnv, type RateLimitConfig } from './app/rate-limit';
import { introspectionModeFromEnv, type IntrospectionMode } from './app/introspection';
import { maxKeysFromEnv } from './modules/api-key/api-key.limits';
import { previewCacheLimits } from './modules/scenario/projection-cache.limits';

export type DatabaseKind = 'sqlite' | 'postgresql';

export interface DatabaseConfig {
  kind: DatabaseKind;
  /** SQLite: file path (or ':memory:'); PostgreSQL: the connection URL. */
  url: string;
}

export interface AppConfig {
  port: number;
  database: DatabaseConfig;
  adminKey: string | null;
  demo: boolean;
  production: boolean;
  logLevel: string;
  /** Who may introspect: callers with a key (default), anyone (`public`), or nobody (`off`); src/app/introspection.ts. */
  introspection: IntrospectionMode;
  limits: QueryLimits;
  rateLimit: RateLimitConfig;
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

export function parseDatabaseUrl(raw: string | undefined): DatabaseConfig {
  const value = raw?.trim() || 'sqlite:./data/uplift.db';
  if (value.startsWith('sqlite:')) {
    const file = value.slice('sqlite:'.length);
    if (!file) throw new ConfigError('DATABASE_URL "sqlite:" needs a file path, e.g. sqlite:./data/uplift.db');
    return { kind: 'sqlite', url: file === ':memory:' ? file : path.resolve(file) };
  }
  if (/^postgres(ql)?:\/\//.test(value)) {
    try {
      const parsed = new URL(value);
      if (!parsed.hostname) throw new Error('no host');
    } catch {
      throw new ConfigError(`DATABASE_URL is not a valid PostgreSQL URL: ${redactUrl(value)}`);
    }
    return { kind: 'postgresql', url: value };
  }
  throw new ConfigError(
    `DATABASE_URL must be "sqlite:<file path>" or "postgres://user@host:port/db", got "${redactUrl(value)}"`,
  );
}

function parseBool(name: string, raw: string | undefined, fallback: boolean): boolean {
  if (raw === undefined || raw === '') return fallback;
  const v = raw.toLowerCase();
  if (['1', 'true', 'on', 'yes'].includes(v)) return true;
  if (['0', 'false', 'off', 'no'].includes(v)) return false;
  throw new ConfigError(`${name} must be on/off (or true/false, 1/0), got "${raw}"`);
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const portRaw = env.PORT ?? '4000';
  const port = Number(portRaw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new ConfigError(`PORT must be an integer from 0 to 65535, got "${portRaw}"`);
  }
  const database = parseDatabaseUrl(env.DATABASE_URL);
  const production = env.NODE_ENV === 'production';
  const adminKey = env.UPLIFT_ADMIN_KEY?.trim() || null;
  if (production && !adminKey) {
    throw new ConfigError('UPLIFT_ADMIN_KEY must be set when NODE_ENV=production');
  }
  if (adminKey && adminKey.length < 16) {
    throw new ConfigError('UPLIFT_ADMIN_KEY must be at least 16 characters long');
  }
  const logLevel = (env.LOG_LEVEL ?? (env.NODE_ENV === 'test' ? 'silent' : 'info')).toLowerCase();
  if (!LOG_LEVELS.includes(logLevel)) {
    throw new ConfigError(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, got "${env.LOG_LEVEL}"`);
  }
  // Checked here so that a bad value stops start-up; the services read them when they need them.
  maxKeysFromEnv(env);
  previewCacheLimits(env);
  return {
    port,
    database,
    adminKey,
    demo: parseBool('UPLIFT_DEMO', env.UPLIFT_DEMO, database.kind === 'sqlite'),
    production,
    logLevel,
    introspection: introspectionModeFromEnv(env.UPLIFT_INTROSPECTION),
    limits: limitsFromEnv(env),
    rateLimit: rateLimitFromEnv(env),
  };
}

/** Hides the password of a connection URL in messages and logs. */
export function redactUrl(url: string): string {
  return url.replace(/(\/\/[^:/@]+:)[^@]*@/, '$1***@');
}
