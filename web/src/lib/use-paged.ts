/** A Relay connection read page by page: the first page on mount / when the variables change, then "Load more". */
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { request } from './client';
import { isAbort } from './errors';

export interface Connection<Node> {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  nodes: Node[];
}

export interface PagedState<Node> {
  nodes: Node[];
  totalCount: number | undefined;
  hasNextPage: boolean;
  loading: boolean;
  error: Error | undefined;
  loadMore: () => void;
  reload: () => void;
}

export function usePaged<TData, TVars extends { after?: string | null }, Node>(
  doc: TypedDocumentNode<TData, TVars>,
  vars: TVars,
  pick: (data: TData) => Connection<Node>,
): PagedState<Node> {
  const key = JSON.stringify(vars);
  const [nodes, setNodes] = useState<Node[]>([]);
  const [totalCount, setTotal] = useState<number | undefined>(undefined);
  const [cursor, setCursor] = useState<string | null>(null);
  const [hasNextPage, setHasNext] = useState(false);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<Error | undefined>(undefined);
  const [tick, setTick] = useState(0);
  const generation = useRef(0);
  const controller = useRef<AbortController | null>(null);
  const latest = useRef({ vars, pick });
  latest.current = { vars, pick };

  const fetchPage = useCallback(
    (after: string | null, append: boolean) => {
      controller.current?.abort();
      const ac = new AbortController();
      controller.current = ac;
      const gen = generation.current;
      setLoading(true);
      setError(undefined);
      request(doc, { ...latest.current.vars, after }, { signal: ac.signal }).then(
        (data) => {
          if (gen !== generation.current || ac.signal.aborted) return;
          const conn = latest.current.pick(data);
          setNodes((prev) => (append ? [...prev, ...conn.nodes] : conn.nodes));
          setTotal(conn.totalCount);
          setCursor(conn.pageInfo.endCursor);
          setHasNext(conn.pageInfo.hasNextPage);
          setLoading(false);
        },
        (e: unknown) => {
          if (gen !== generation.current || ac.signal.aborted || isAbort(e)) return;
          setError(e instanceof Error ? e : new Error(String(e)));
          setLoading(false);
        },
      );
    },
    [doc],
  );

  useEffect(() => {
    generation.current++;
    setNodes([]);
    setTotal(undefined);
    setHasNext(false);
    fetchPage(null, false);
    return () => controller.current?.abort();
  }, [key, tick, fetchPage]);

  const loadMore = useCallback(() => {
    if (cursor) fetchPage(cursor, true);
  }, [cursor, fetchPage]);
  const reload = useCallback(() => setTick((t) => t + 1), []);

  return { nodes, totalCount, hasNextPage, loading, error, loadMore, reload };
}
