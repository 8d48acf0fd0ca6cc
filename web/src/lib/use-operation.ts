/**
 * Hooks around request(): useOperation for long work (a projection, a preview, an optimisation) with
 * elapsed time, cancel and a stale previous result; useQuery for plain reads.
 */
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { request } from './client';
import { isAbort } from './errors';

export interface OperationState<TData, TVars> {
  /** The last successful result (kept while re-running and after a cancel or a failed rerun). */
  data: TData | undefined;
  error: Error | undefined;
  running: boolean;
  /** true when `data` is not the answer to the latest run (running again, cancelled or failed). */
  stale: boolean;
  /** Milliseconds since the current run started (updated while running), or the last run's duration. */
  elapsedMs: number;
  /** true when the latest run was cancelled. */
  cancelled: boolean;
  run: (vars: TVars) => Promise<TData | undefined>;
  cancel: () => void;
  /** Forget data and error. */
  reset: () => void;
}

export function useOperation<TData, TVars>(doc: TypedDocumentNode<TData, TVars>): OperationState<TData, TVars> {
  const [data, setData] = useState<TData | undefined>(undefined);
  const [error, setError] = useState<Error | undefined>(undefined);
  const [running, setRunning] = useState(false);
  const [stale, setStale] = useState(false);
  const [cancelled, setCancelled] = useState(false);
  const [elapsedMs, setElapsedMs] = useState(0);
  const controller = useRef<AbortController | null>(null);
  const timer = useRef<ReturnType<typeof setInterval> | null>(null);
  const runId = useRef(0);

  const stopTimer = () => {
    if (timer.current !== null) clearInterval(timer.current);
    timer.current = null;
  };

  useEffect(
    () => () => {
      controller.current?.abort();
      stopTimer();
    },
    [],
  );

  const run = useCallback(
    async (vars: TVars) => {
      controller.current?.abort();
      stopTimer();
      const ac = new AbortController();
      controller.current = ac;
      const id = ++runId.current;
      const started = performance.now();
      setRunning(true);
      setCancelled(false);
      setError(undefined);
      setStale(true);
      setElapsedMs(0);
      timer.current = setInterval(() => setElapsedMs(performance.now() - started), 100);
      try {
        const result = await request(doc, vars, { signal: ac.signal });
        if (id !== runId.current) return undefined;
        setData(result);
        setStale(false);
        return result;
      } catch (e) {
        if (id !== runId.current) return undefined;
        if (isAbort(e)) setCancelled(true);
        else setError(e instanceof Error ? e : new Error(String(e)));
        return undefined;
      } finally {
        if (id === runId.current) {
          stopTimer();
          setElapsedMs(performance.now() - started);
          setRunning(false);
          controller.current = null;
        }
      }
    },
    [doc],
  );

  const cancel = useCallback(() => {
    controller.current?.abort();
  }, []);

  const reset = useCallback(() => {
    controller.current?.abort();
    runId.current++;
    stopTimer();
    setRunning(false);
    setData(undefined);
    setError(undefined);
    setStale(false);
    setCancelled(false);
  }, []);

  return { data, error, running, stale, elapsedMs, cancelled, run, cancel, reset };
}

export interface QueryState<TData> {
  data: TData | undefined;
  error: Error | undefined;
  loading: boolean;
  refetch: () => void;
}

/** Runs `doc` with `vars` on mount and whenever the variables change (compared as JSON); `skip` holds it. */
export function useQuery<TData, TVars>(
  doc: TypedDocumentNode<TData, TVars>,
  vars: TVars,
  opts: { skip?: boolean } = {},
): QueryState<TData> {
  const key = JSON.stringify(vars ?? null);
  const [data, setData] = useState<TData | undefined>(undefined);
  const [error, setError] = useState<Error | undefined>(undefined);
  const [loading, setLoading] = useState(!opts.skip);
  const [tick, setTick] = useState(0);
  const varsRef = useRef(vars);
  varsRef.current = vars;

  useEffect(() => {
    if (opts.skip) {
      setLoading(false);
      return undefined;
    }
    const ac = new AbortController();
    setLoading(true);
    setError(undefined);
    request(doc, varsRef.current, { signal: ac.signal }).then(
      (result) => {
        if (ac.signal.aborted) return;
        setData(result);
        setLoading(false);
      },
      (e: unknown) => {
        if (ac.signal.aborted || isAbort(e)) return;
        setError(e instanceof Error ? e : new Error(String(e)));
        setLoading(false);
      },
    );
    return () => ac.abort();
  }, [doc, key, tick, opts.skip]);

  const refetch = useCallback(() => setTick((t) => t + 1), []);
  return { data, error, loading, refetch };
}
