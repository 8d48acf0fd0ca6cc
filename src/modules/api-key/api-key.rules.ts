import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * Keys look like `upl_<prefix>_<secret>`. The prefix finds the row; only a SHA-256 of the secret
 * is stored. Secrets carry 256 random bits, so a fast hash is safe (no password stretching needed).
 */
export interface GeneratedKey {
  prefix: string;
  secret: string;
  plaintext: string;
  hash: string;
}

export function generateKey(): GeneratedKey {
  const prefix = randomBytes(9).toString('base64url');
  const secret = randomBytes(32).toString('base64url');
  return { prefix, secret, plaintext: `upl_${prefix}_${secret}`, hash: hashSecret(secret) };
}

export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

export function parseKey(plaintext: string): { prefix: string; secret: string } | null {
  const m = /^upl_([A-Za-z0-9_-]{12})_([A-Za-z0-9_-]{43})$/.exec(plaintext);
  return m ? { prefix: m[1], secret: m[2] } : null;
}

/** Whether a secret is the one a hashSecret digest was made of, in constant time, hashing once. */
export function secretMatches(secret: string, storedHash: string): boolean {
  const computed = createHash('sha256').update(secret, 'utf8').digest();
  const stored = Buffer.from(storedHash, 'hex');
  return stored.length === computed.length && timingSafeEqual(computed, stored);
}

/** Equality with one fixed string in constant time, its digest made once: each check hashes once. */
export function equalsInConstantTime(expected: string): (candidate: string) => boolean {
  const digest = createHash('sha256').update(expected, 'utf8').digest();
  return (candidate) => timingSafeEqual(createHash('sha256').update(candidate, 'utf8').digest(), digest);
}

/** Constant-time comparison of two strings of any length (compares fixed-size digests). */
export function safeEqual(a: string, b: string): boolean {
  return equalsInConstantTime(b)(a);
}
