/**
 * The limits of stored previews and of parsed projections in memory (issue 20, SECURITY.md "Availability under hostile
 * load"), from the environment: read by the projection service when used, and by loadConfig at start-up.
 */
import { ConfigError } from '../../core/config-error';

/** Previews' share of the stored projections, and the parsed projections a process keeps (previewCacheLimits). */
export interface PreviewCacheLimits {
  /** Most PREVIEW rows kept in projection_cache (UPLIFT_PREVIEW_CACHE_ROWS); 0: previews are not stored. */
  rows: number;
  /** Most bytes of PREVIEW results kept (UPLIFT_PREVIEW_CACHE_BYTES); a larger preview is not stored. */
  bytes: number;
  /** Seconds a stored preview is served before it is computed again (UPLIFT_PREVIEW_CACHE_TTL); 0: never served. */
  ttlSeconds: number;
  /** Bytes of stored JSON a process keeps parsed in memory (UPLIFT_PROJECTION_MEMORY_BYTES). */
  memoryBytes: number;
}

const MIB = 1024 * 1024;
export const DEFAULT_PREVIEW_CACHE: Readonly<PreviewCacheLimits> = {
  rows: 200,
  bytes: 64 * MIB,
  ttlSeconds: 3600,
  memoryBytes: 32 * MIB,
};
const PREVIEW_CACHE_ENV: Record<keyof PreviewCacheLimits, string> = {
  rows: 'UPLIFT_PREVIEW_CACHE_ROWS',
  bytes: 'UPLIFT_PREVIEW_CACHE_BYTES',
  ttlSeconds: 'UPLIFT_PREVIEW_CACHE_TTL',
  memoryBytes: 'UPLIFT_PROJECTION_MEMORY_BYTES',
};

/**
 * The limits from the environment: each a whole number (0 allowed), its default when unset or blank. Read when used,
 * so a wrong value fails the request that needs it (and `previewCacheLimits()` at start-up fails the start).
 */
export function previewCacheLimits(env: NodeJS.ProcessEnv = process.env): PreviewCacheLimits {
  const limits = { ...DEFAULT_PREVIEW_CACHE };
  for (const field of Object.keys(PREVIEW_CACHE_ENV) as (keyof PreviewCacheLimits)[]) {
    const name = PREVIEW_CACHE_ENV[field];
    const raw = env[name]?.trim();
    if (!raw) continue;
    const n = Number(raw);
    if (!/^\d+$/.test(raw) || !Number.isSafeInteger(n)) {
      throw new ConfigError(`${name} must be a whole number (0 or more), got "${raw}"`);
    }
    limits[field] = n;
  }
  return limits;
}
