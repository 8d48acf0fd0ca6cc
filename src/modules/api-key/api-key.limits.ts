import { ConfigError } from '../../core/config-error';

/** Active (unrevoked) API keys an institution may hold when UPLIFT_MAX_KEYS_PER_INSTITUTION is not set. */
export const DEFAULT_MAX_KEYS_PER_INSTITUTION = 20;
export const MAX_KEYS_ENV = 'UPLIFT_MAX_KEYS_PER_INSTITUTION';

/**
 * UPLIFT_MAX_KEYS_PER_INSTITUTION: a positive integer, the default when unset or blank. Each key has its
 * own rate-limit allowance, so the cap bounds what one institution can spend (SECURITY.md).
 */
export function maxKeysFromEnv(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env[MAX_KEYS_ENV]?.trim();
  if (!raw) return DEFAULT_MAX_KEYS_PER_INSTITUTION;
  const n = Number(raw);
  if (!/^\d+$/.test(raw) || !Number.isSafeInteger(n) || n < 1) {
    throw new ConfigError(`${MAX_KEYS_ENV} must be a positive integer, got "${raw}"`);
  }
  return n;
}
