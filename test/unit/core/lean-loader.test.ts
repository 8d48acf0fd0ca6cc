import { describe, expect, it } from '@jest/globals';
import { LeanLoader } from '../../../src/core/lean-loader';

type Row = Record<string, unknown>;

/** A batch that records what it was asked for and returns rows with exactly those properties. */
function recording() {
  const batches: { keys: number[]; properties: readonly string[] | null }[] = [];
  const loader = new LeanLoader<number, Row | null, readonly string[] | null>(
    (keys, properties) => {
      batches.push({ keys: [...keys], properties });
      const row = (k: number): Row =>
        Object.fromEntries((properties ?? ['id', 'a', 'b', 'c']).map((p) => [p, p === 'id' ? k : `${p}${k}`]));
      return Promise.resolve(new Map(keys.filter((k) => k > 0).map((k) => [k, row(k)])));
    },
    null,
    (wanted) => wanted,
  );
  return { loader, batches };
}

describe('LeanLoader (src/core/lean-loader.ts)', () => {
  it('reads, in one batch, the union of what its loads asked for', async () => {
    const { loader, batches } = recording();
    const [x, y] = await Promise.all([loader.load(1, ['id', 'a']), loader.load(2, ['id', 'b'])]);
    expect(batches).toEqual([{ keys: [1, 2], properties: ['a', 'b', 'id'] }]);
    expect(x).toEqual({ id: 1, a: 'a1', b: 'b1' });
    expect(y).toEqual({ id: 2, a: 'a2', b: 'b2' });
  });

  it('answers from its cache what was read with enough, and reads again what was read with too little', async () => {
    const { loader, batches } = recording();
    await loader.load(1, ['id', 'a']);
    await loader.load(1, ['a']);
    expect(batches).toHaveLength(1);
    expect(await loader.load(1, ['id', 'c'])).toEqual({ id: 1, c: 'c1' });
    expect(await loader.load(1)).toEqual({ id: 1, a: 'a1', b: 'b1', c: 'c1' });
    expect(batches.map((b) => b.properties)).toEqual([['a', 'id'], ['c', 'id'], null]);
    await loader.load(1, ['b']);
    expect(batches).toHaveLength(3); // a whole row covers any properties
  });

  it('a load arriving while its key is being read with less waits for a new read, not the short one', async () => {
    const { loader, batches } = recording();
    const first = loader.load(1, ['a']);
    await Promise.resolve(); // let the first batch start
    await new Promise((resolve) => setImmediate(resolve));
    const second = loader.load(1, ['b']);
    expect(await first).toEqual({ a: 'a1' });
    expect(await second).toEqual({ b: 'b1' });
    expect(batches).toHaveLength(2);
  });

  it('takes primed values as read with their properties, and gives missing for keys not found', async () => {
    const { loader, batches } = recording();
    loader.prime(5, { id: 5, a: 'primed' }, ['a', 'id']);
    expect(await loader.load(5, ['a'])).toEqual({ id: 5, a: 'primed' });
    expect(batches).toHaveLength(0);
    expect(await loader.load(5, ['b'])).toEqual({ b: 'b5' });
    expect(await loader.load(-1, ['a'])).toBeNull();
  });

  it('peeks at values read or primed with enough, and at nothing else', async () => {
    const { loader } = recording();
    expect(loader.peek(1, ['a'])).toBeUndefined();
    await loader.load(1, ['a']);
    expect(loader.peek(1, ['a'])).toEqual({ a: 'a1' });
    expect(loader.peek(1, ['b'])).toBeUndefined();
    loader.prime(2, { id: 2, b: 'x' }, ['b', 'id']);
    expect(loader.peek(2, ['b'])).toEqual({ id: 2, b: 'x' });
    await loader.load(1, ['c']); // read again with c: what it was read with before is gone
    expect(loader.peek(1, ['a'])).toBeUndefined();
    expect(loader.peek(1, ['c'])).toEqual({ c: 'c1' });
  });
});
