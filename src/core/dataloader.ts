import DataLoader from 'dataloader';

/** A loader whose batch function returns a Map; results are aligned to the keys here, once. */
export function mapLoader<K, V>(load: (keys: readonly K[]) => Promise<Map<K, V>>, missing: V): DataLoader<K, V> {
  return new DataLoader<K, V>(async (keys) => {
    const found = await load(keys);
    return keys.map((k) => (found.has(k) ? (found.get(k) as V) : missing));
  });
}

export function groupBy<K, V>(items: V[], key: (v: V) => K): Map<K, V[]> {
  const out = new Map<K, V[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}

export function indexBy<K, V>(items: V[], key: (v: V) => K): Map<K, V> {
  return new Map(items.map((v) => [key(v), v]));
}
