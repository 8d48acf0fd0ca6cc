import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { JSDOM } from 'jsdom';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { ViewerDocument } from '../../../schema/client/graphql';
import { useOperation, type OperationState } from '../../../web/src/lib/use-operation';

/** A fetch that answers only when told to, and rejects with AbortError when its signal aborts. */
function controllableFetch() {
  const pending: { resolve: (body: unknown) => void; signal?: AbortSignal | null }[] = [];
  const fetchImpl = (_url: string, init: RequestInit) =>
    new Promise<Response>((resolve, reject) => {
      const entry = {
        signal: init.signal,
        resolve: (body: unknown) => resolve(new Response(JSON.stringify(body), { status: 200 })),
      };
      init.signal?.addEventListener('abort', () => {
        const e = new Error('aborted');
        e.name = 'AbortError';
        reject(e);
      });
      pending.push(entry);
    });
  return { fetchImpl, pending };
}

let dom: JSDOM;
const realFetch = globalThis.fetch;
const saved: Record<string, unknown> = {};

beforeAll(() => {
  dom = new JSDOM('<!doctype html><div id="app"></div>', { url: 'http://localhost/' });
  for (const key of ['window', 'document']) {
    saved[key] = (globalThis as Record<string, unknown>)[key];
    (globalThis as Record<string, unknown>)[key] = key === 'window' ? dom.window : dom.window.document;
  }
});

afterAll(() => {
  for (const [key, value] of Object.entries(saved)) (globalThis as Record<string, unknown>)[key] = value;
  globalThis.fetch = realFetch;
  dom.window.close();
});

const flush = () => new Promise((r) => setTimeout(r, 0));

describe('useOperation', () => {
  it('runs, keeps the previous result marked stale while re-running and after a cancel', async () => {
    const { fetchImpl, pending } = controllableFetch();
    globalThis.fetch = fetchImpl as unknown as typeof fetch;
    let state!: OperationState<unknown, Record<string, never>>;
    function Probe() {
      state = useOperation(ViewerDocument);
      return null;
    }
    const root = dom.window.document.getElementById('app')!;
    await act(() => render(<Probe />, root));

    expect(state.running).toBe(false);
    expect(state.data).toBeUndefined();

    await act(async () => {
      void state.run({});
      await flush();
    });
    expect(state.running).toBe(true);
    expect(pending).toHaveLength(1);

    const first = { viewer: { role: 'PLANNER', institution: null } };
    await act(async () => {
      pending[0].resolve({ data: first });
      await flush();
      await flush();
    });
    expect(state.running).toBe(false);
    expect(state.stale).toBe(false);
    expect(state.data).toEqual(first);

    await act(async () => {
      void state.run({});
      await flush();
    });
    expect(state.running).toBe(true);
    expect(state.stale).toBe(true);
    expect(state.data).toEqual(first);

    await act(async () => {
      state.cancel();
      await flush();
      await flush();
    });
    expect(pending[1].signal?.aborted).toBe(true);
    expect(state.running).toBe(false);
    expect(state.cancelled).toBe(true);
    expect(state.error).toBeUndefined();
    expect(state.stale).toBe(true);
    expect(state.data).toEqual(first);

    await act(async () => {
      void state.run({});
      await flush();
    });
    await act(async () => {
      pending[2].resolve({ data: null, errors: [{ message: 'Too costly', extensions: { code: 'QUERY_TOO_COSTLY' } }] });
      await flush();
      await flush();
    });
    expect(state.error?.message).toBe('Too costly');
    expect(state.stale).toBe(true);
    expect(state.data).toEqual(first);
    await act(() => render(null, root));
  });
});
