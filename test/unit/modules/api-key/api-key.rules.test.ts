import { createHash } from 'node:crypto';
import { describe, expect, it } from '@jest/globals';
import {
  equalsInConstantTime,
  generateKey,
  hashSecret,
  parseKey,
  safeEqual,
  secretMatches,
} from '../../../../src/modules/api-key/api-key.rules';

const sha256 = (s: string): string => createHash('sha256').update(s, 'utf8').digest('hex');

describe('generateKey', () => {
  it('makes upl_<12-char prefix>_<43-char secret> keys whose hash is the SHA-256 of the secret part', () => {
    const key = generateKey();
    expect(key.plaintext).toMatch(/^upl_[A-Za-z0-9_-]{12}_[A-Za-z0-9_-]{43}$/);
    expect(key.prefix).toHaveLength(12);
    expect(key.secret).toHaveLength(43); // 32 random bytes, base64url without padding
    expect(key.plaintext).toBe(`upl_${key.prefix}_${key.secret}`);
    expect(key.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(key.hash).toBe(sha256(key.secret));
    expect(key.hash).not.toBe(sha256(key.plaintext));
    expect(Buffer.from(key.secret, 'base64url')).toHaveLength(32);
  });

  it('never repeats a prefix or a secret', () => {
    const keys = Array.from({ length: 500 }, () => generateKey());
    expect(new Set(keys.map((k) => k.prefix)).size).toBe(500);
    expect(new Set(keys.map((k) => k.secret)).size).toBe(500);
  });
});

describe('hashSecret', () => {
  it('is hex SHA-256 (FIPS 180-2 test vector)', () => {
    expect(hashSecret('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});

describe('parseKey', () => {
  it('round-trips generated keys, including prefixes and secrets containing "_" and "-"', () => {
    const keys = Array.from({ length: 2000 }, () => generateKey());
    // With 2000 keys, underscores in the prefix are all but certain; the parser must not split on them.
    expect(keys.some((k) => k.prefix.includes('_'))).toBe(true);
    for (const k of keys) expect(parseKey(k.plaintext)).toEqual({ prefix: k.prefix, secret: k.secret });
  });

  it('parses a hand-made key with underscores in both parts', () => {
    const prefix = 'ab_cd-ef_gh1';
    const secret = `${'_'.repeat(10)}${'-'.repeat(10)}${'x'.repeat(23)}`;
    expect(parseKey(`upl_${prefix}_${secret}`)).toEqual({ prefix, secret });
  });

  const valid = generateKey();
  it.each([
    ['empty', ''],
    ['just the scheme prefix', 'upl_'],
    ['another tag', `upk_${valid.prefix}_${valid.secret}`],
    ['upper-case tag', `UPL_${valid.prefix}_${valid.secret}`],
    ['no tag', `${valid.prefix}_${valid.secret}`],
    ['prefix one short', `upl_${valid.prefix.slice(1)}_${valid.secret}`],
    ['prefix one long', `upl_${valid.prefix}a_${valid.secret}`],
    ['secret one short', `upl_${valid.prefix}_${valid.secret.slice(1)}`],
    ['secret one long', `upl_${valid.prefix}_${valid.secret}a`],
    ['missing separator', `upl_${valid.prefix}${valid.secret}`],
    ['standard base64 characters', `upl_${'a+b/'.repeat(3)}_${valid.secret}`],
    ['padding', `upl_${valid.prefix}_${valid.secret.slice(0, 42)}=`],
    ['leading space', ` ${valid.plaintext}`],
    ['trailing space', `${valid.plaintext} `],
    ['trailing newline', `${valid.plaintext}\n`],
    ['Bearer scheme included', `Bearer ${valid.plaintext}`],
    ['non-ASCII letter', `upl_${valid.prefix.slice(0, 11)}é_${valid.secret}`],
  ])('rejects %s', (_name, text) => {
    expect(parseKey(text)).toBeNull();
  });
});

describe('safeEqual', () => {
  it.each([
    ['equal strings', 'upl_secret', 'upl_secret', true],
    ['two empty strings', '', '', true],
    ['equal non-ASCII strings', 'clé-ünïcode', 'clé-ünïcode', true],
    ['same length, one character different', 'abcdef', 'abcdeg', false],
    ['different case', 'Secret', 'secret', false],
    ['a prefix of the other', 'abc', 'abcd', false],
    ['different lengths', 'short', 'a much longer string', false],
    ['empty against non-empty', '', 'a', false],
    ['non-empty against empty', 'a', '', false],
  ])('%s → %s', (_name, a, b, expected) => {
    expect(safeEqual(a, b)).toBe(expected);
    expect(safeEqual(b, a)).toBe(expected);
  });

  it('compares generated keys: itself true, another key false', () => {
    const a = generateKey();
    const b = generateKey();
    expect(safeEqual(a.hash, hashSecret(a.secret))).toBe(true);
    expect(safeEqual(a.hash, b.hash)).toBe(false);
    expect(safeEqual(a.plaintext, b.plaintext)).toBe(false);
  });
});

describe('secretMatches and equalsInConstantTime', () => {
  it('match exactly what safeEqual matches', () => {
    const a = generateKey();
    const b = generateKey();
    expect(secretMatches(a.secret, a.hash)).toBe(true);
    expect(secretMatches(b.secret, a.hash)).toBe(false);
    expect(secretMatches(a.secret, a.hash.slice(0, 62))).toBe(false);
    expect(secretMatches(a.secret, 'not hex at all')).toBe(false);
    const isA = equalsInConstantTime(a.plaintext);
    expect(isA(a.plaintext)).toBe(true);
    expect(isA(b.plaintext)).toBe(false);
    expect(isA(a.plaintext + 'x')).toBe(false);
    expect(isA('')).toBe(false);
  });
});
