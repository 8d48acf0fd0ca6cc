import DataLoader from 'dataloader';
import type { Selection } from './selection';

type Properties = readonly string[] | null;

/**
 * A loader whose batch reads only the columns its callers need (docs/PERFORMANCE.md): each `load`
 * says which properties it will read (null: every column), and a batch reads the union of what its
 * loads asked for, so `embeddedCredits` and `embeddedCredentials { id }` on the same programs still
 * cost one statement. A key already read with fewer properties than a later load asks for is read
 * again; objects never leave with less than their caller asked for. Otherwise a DataLoader: batching
 * and caching per request, results aligned to keys, `missing` for a key not found.
 */
export class LeanLoader<K, V, S = Selection | null> {
  private wanted = new Set<string>();
  private everything = false;
  /** What each key the DataLoader holds was (or is being) read with; a key not here waits for its batch, or is new. */
  private readWith = new Map<K, Set<string> | 'all'>();
  /** The values already read or primed, for peek. */
  private settled = new Map<K, V>();
  private readonly loader: DataLoader<K, V>;

  constructor(
    batch: (keys: readonly K[], properties: Properties) => Promise<Map<K, V>>,
    missing: V,
    /** The properties a GraphQL selection reads (LeanShape.propertiesRead with the type's FieldReads). */
    readonly reading: (selection: S) => Properties,
  ) {
    this.loader = new DataLoader<K, V>(async (keys) => {
      const properties = this.everything ? null : [...this.wanted].sort();
      const read = properties ? new Set(properties) : 'all';
      this.wanted = new Set();
      this.everything = false;
      // Noted before the read: a load arriving while it runs then knows what it will get.
      for (const k of keys) this.readWith.set(k, read);
      let found: Map<K, V>;
      try {
        found = await batch(keys, properties);
      } catch (err) {
        for (const k of keys) this.readWith.delete(k); // DataLoader forgets failed keys too
        throw err;
      }
      return keys.map((k) => {
        const value = found.has(k) ? (found.get(k) as V) : missing;
        this.settled.set(k, value);
        return value;
      });
    });
  }

  /**
   * Puts a value read elsewhere (a join) in the cache, as read with `properties`, unless the cache
   * already holds the key read with at least those.
   */
  prime(key: K, value: V, properties: Properties): void {
    const read = this.readWith.get(key);
    if (read !== undefined && covers(read, properties)) return;
    this.loader.clear(key).prime(key, value);
    this.readWith.set(key, properties ? new Set(properties) : 'all');
    this.settled.set(key, value);
  }

  /**
   * The value of a key already read (or primed) with at least `properties`, at once; undefined when
   * it must be loaded. Resolvers answer from it without a promise — primed credentials, say.
   */
  peek(key: K, properties: Properties = null): V | undefined {
    const read = this.readWith.get(key);
    return read !== undefined && covers(read, properties) ? this.settled.get(key) : undefined;
  }

  load(key: K, properties: Properties = null): Promise<V> {
    const read = this.readWith.get(key);
    if (read !== undefined) {
      if (covers(read, properties)) return this.loader.load(key);
      this.loader.clear(key);
      this.readWith.delete(key);
      this.settled.delete(key);
    }
    if (properties === null) this.everything = true;
    else for (const p of properties) this.wanted.add(p);
    return this.loader.load(key);
  }
}

function covers(read: Set<string> | 'all', properties: Properties): boolean {
  if (read === 'all') return true;
  return properties !== null && properties.every((p) => read.has(p));
}
