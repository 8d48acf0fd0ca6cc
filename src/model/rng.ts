/**
 * Seeded PRNG: sfc32 (small fast counter, passes PractRand/BigCrush) seeded through splitmix32,
 * so that nearby integer seeds give unrelated streams. Same seed, same numbers, on every platform:
 * only 32-bit integer arithmetic (Math.imul, >>>) is used.
 */

export interface Rng {
  /** Uniform in [0, 1) with 53 random bits. */
  next(): number;
  /** Raw 32-bit unsigned output. */
  nextUint32(): number;
}

/** One splitmix32 step: returns [output, next state]. */
function splitmix32(state: number): [number, number] {
  const s = (state + 0x9e3779b9) | 0;
  let z = s;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  z ^= z >>> 16;
  return [z >>> 0, s];
}

/**
 * A generator for (seed, stream). Any finite integer seed is accepted (the high bits of seeds beyond
 * 32 bits are mixed in too); `stream` gives independent sub-streams for the same seed.
 */
export function createRng(seed: number, stream = 0): Rng {
  if (!Number.isFinite(seed)) throw new RangeError(`seed must be a finite number, got ${seed}`);
  const whole = Math.trunc(seed);
  const lo = whole | 0;
  const hi = Math.floor(whole / 4294967296) | 0;
  // Mix seed and stream through splitmix32 to fill sfc32's 128-bit state.
  let st = lo;
  let out: number;
  [out, st] = splitmix32(st ^ Math.imul(hi, 0x27d4eb2f));
  st ^= Math.imul(stream + 1, 0x165667b1);
  [out, st] = splitmix32(st ^ out);
  let a = out;
  [out, st] = splitmix32(st);
  let b = out;
  [out, st] = splitmix32(st);
  let c = out;
  let d = splitmix32(st)[0];
  a |= 0;
  b |= 0;
  c |= 0;
  d |= 0;

  const nextUint32 = (): number => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return t >>> 0;
  };
  // Warm up: sfc32's authors discard the first outputs so weak seeds mix fully.
  for (let i = 0; i < 12; i++) nextUint32();

  return {
    nextUint32,
    next(): number {
      const hi27 = nextUint32() >>> 5;
      const lo26 = nextUint32() >>> 6;
      return (hi27 * 67108864 + lo26) / 9007199254740992;
    },
  };
}
