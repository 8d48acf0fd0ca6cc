import { formatCount, formatPercent } from '../lib/format';

/** Embedded credits against the institution's cap (maxEmbeddedCreditShare × totalCredits). */
export function CapUsage({ embedded, total, share }: { embedded: number; total: number; share: number }) {
  const cap = share * total;
  const over = embedded > cap + 1e-9;
  return (
    <span class={over ? 'over-cap' : undefined}>
      {formatCount(embedded, undefined, 2)} of {formatCount(cap, undefined, 2)}
      <span class="muted">
        {' '}
        (cap {formatPercent(share, undefined, 0)} of {formatCount(total)})
      </span>
    </span>
  );
}
