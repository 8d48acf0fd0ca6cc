import type { Outcome, RecordItem } from './import-item';
import { problem, refLabel } from './import-problem';

/** How a writer words a repeated record; `first` says where the key first appeared ("row 3", a JSON path). */
export type DuplicateMessage<T> = (
  item: RecordItem<T>,
  first: string,
) => {
  location?: string;
  field: string | null;
  message: string;
};

/**
 * The opening every writer shares: drop the records whose key already appeared in the document, with
 * a DUPLICATE problem, and keep the rest. One per import run, so repeats are found across batches.
 */
export class FirstSeen<K, T> {
  private readonly firstAt = new Map<K, number | string>();

  constructor(private readonly duplicate: DuplicateMessage<T>) {}

  /**
   * The indexes of `batch` whose key is new, in order; the others get their DUPLICATE outcome.
   * `among` limits the look to records not already decided (a metric whose program is unknown).
   */
  keep(
    batch: RecordItem<T>[],
    outcomes: Outcome[],
    key: (item: RecordItem<T>, i: number) => K,
    among?: number[],
  ): number[] {
    const kept: number[] = [];
    for (const i of among ?? batch.keys()) {
      const item = batch[i];
      const k = key(item, i);
      const first = this.firstAt.get(k);
      if (first === undefined) {
        this.firstAt.set(k, item.ref);
        kept.push(i);
        continue;
      }
      const d = this.duplicate(item, refLabel(first));
      outcomes[i] = [problem(d.location ?? item.location, d.field, 'DUPLICATE', d.message)];
    }
    return kept;
  }
}
