import type { PagedState } from '../lib/use-paged';
import { formatCount } from '../lib/format';

/** "Showing 20 of 57" and a Load more button. */
export function Paging<Node>({ paged, noun }: { paged: PagedState<Node>; noun: string }) {
  return (
    <div class="actions">
      {paged.totalCount !== undefined && (
        <span role="status">
          Showing {formatCount(paged.nodes.length)} of {formatCount(paged.totalCount)} {noun}
        </span>
      )}
      {paged.hasNextPage && (
        <button type="button" class="secondary" onClick={paged.loadMore} disabled={paged.loading}>
          {paged.loading ? 'Loading…' : 'Load more'}
        </button>
      )}
    </div>
  );
}
