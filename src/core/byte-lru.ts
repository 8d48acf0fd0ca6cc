/**
 * A least-recently-used map bounded by the total size of its values, not by their number: each value is set with its
 * size (in whatever unit the caller counts, e.g. bytes of the text it was parsed from), and the least recently used
 * entries go when the total would exceed the budget. A value larger than the whole budget is not kept.
 */
export class ByteLru<K, V> {
  private readonly entries = new Map<K, { value: V; size: number }>();
  private total = 0;

  /** `budget` is read at every `set`, so a budget from the environment can change while the process runs. */
  constructor(private readonly budget: () => number) {}

  /** The value, now the most recently used; undefined when not kept. */
  get(key: K): V | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry.value;
  }

  set(key: K, value: V, size: number): void {
    this.delete(key);
    const budget = this.budget();
    if (!(size <= budget)) {
      this.shrinkTo(budget);
      return;
    }
    this.shrinkTo(budget - size);
    this.entries.set(key, { value, size });
    this.total += size;
  }

  delete(key: K): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    this.total -= entry.size;
  }

  /** The number of entries and their total size. */
  get stats(): { entries: number; size: number } {
    return { entries: this.entries.size, size: this.total };
  }

  private shrinkTo(limit: number): void {
    for (const [key, entry] of this.entries) {
      if (this.total <= limit) return;
      this.entries.delete(key);
      this.total -= entry.size;
    }
  }
}
