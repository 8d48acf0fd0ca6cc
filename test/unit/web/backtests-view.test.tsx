import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { JSDOM } from 'jsdom';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import BacktestsView from '../../../web/src/views/backtests';
import { ViewerContext, type AppViewer } from '../../../web/src/lib/app-context';
import { parseHash } from '../../../web/src/lib/router';

/** A fetch that holds every request until told to answer it; each request remembers its operation and variables. */
function controllableFetch() {
  const pending: { operation: string; variables: Record<string, unknown>; resolve: (body: unknown) => void }[] = [];
  const fetchImpl = (_url: string, init: RequestInit) =>
    new Promise<Response>((resolve, reject) => {
      const body = JSON.parse(init.body as string) as { query: string; variables: Record<string, unknown> };
      const operation = /(?:query|mutation) (\w+)/.exec(body.query)?.[1] ?? '?';
      init.signal?.addEventListener('abort', () => {
        const e = new Error('aborted');
        e.name = 'AbortError';
        reject(e);
      });
      pending.push({
        operation,
        variables: body.variables,
        resolve: (answer: unknown) => resolve(new Response(JSON.stringify(answer), { status: 200 })),
      });
    });
  return { fetchImpl, pending };
}

let dom: JSDOM;
const realFetch = globalThis.fetch;
const saved: Record<string, unknown> = {};

beforeAll(() => {
  dom = new JSDOM('<!doctype html><div id="app"></div>', { url: 'http://localhost/#/backtests' });
  for (const key of ['window', 'document', 'Event', 'Node', 'HTMLElement']) {
    saved[key] = (globalThis as Record<string, unknown>)[key];
    (globalThis as Record<string, unknown>)[key] =
      key === 'document' ? dom.window.document : key === 'window' ? dom.window : (dom.window as never)[key];
  }
});

afterAll(() => {
  for (const [key, value] of Object.entries(saved)) (globalThis as Record<string, unknown>)[key] = value;
  globalThis.fetch = realFetch;
  dom.window.close();
});

const flush = () => new Promise((r) => setTimeout(r, 0));

const planner: AppViewer = {
  role: 'PLANNER',
  institution: null,
  currency: 'USD',
  canWrite: true,
  signOut: () => undefined,
};

const summary = {
  id: 'QmFja3Rlc3Q6MQ',
  name: 'As of 2023',
  asOfYear: 2023,
  usedPosterior: true,
  draws: 2000,
  seed: 1,
  forecastPrograms: 14,
  modelVersion: 3,
  createdAt: '2026-12-07T19:01:26.454Z',
  assumptionSet: { id: 'S1', name: 'Sceptical default (external benchmarks)', kind: 'GLOBAL' },
  calibration: { id: 'C1', name: 'As of 2023 (fit through 2023)', status: 'OK' },
  scores: [
    {
      metric: 'NEW_ENROLLMENTS',
      points: 28,
      coverage80: 9 / 28,
      crps: 36.3,
      crpsPersistence: 44.6,
      crpsNoEffect: 37.4,
    },
  ],
};

describe('#/backtests', () => {
  it('suggests an as-of year two years before the latest recorded, runs a back-test busily and links to it', async () => {
    const { fetchImpl, pending } = controllableFetch();
    globalThis.fetch = fetchImpl as unknown as typeof fetch;
    const root = dom.window.document.getElementById('app')!;
    await act(() =>
      render(
        <ViewerContext.Provider value={planner}>
          <BacktestsView route={parseHash('#/backtests')} />
        </ViewerContext.Provider>,
        root,
      ),
    );
    await act(async () => {
      await flush();
    });
    const take = (operation: string) => {
      const i = pending.findIndex((p) => p.operation === operation);
      expect(i).toBeGreaterThanOrEqual(0);
      return pending.splice(i, 1)[0];
    };
    const list = take('Backtests');
    expect(list.variables).toMatchObject({ first: 20, after: null });
    const setup = take('BacktestSetup');
    await act(async () => {
      list.resolve({
        data: { backtests: { totalCount: 0, pageInfo: { hasNextPage: false, endCursor: null }, nodes: [] } },
      });
      setup.resolve({
        data: {
          assumptionSets: [
            { id: 'S1', name: 'Sceptical default (external benchmarks)', kind: 'GLOBAL', isDefault: true },
            { id: 'S9', name: 'Pilots (calibrated)', kind: 'CALIBRATED', isDefault: false },
          ],
          viewer: { institution: { id: 'I1', lastRecordedYear: 2025 } },
        },
      });
      await flush();
      await flush();
    });

    const asOf = root.querySelector<HTMLInputElement>('#backtest-as-of')!;
    expect(asOf.value).toBe('2023');
    expect(root.querySelector('#backtest-as-of-hint')?.textContent).toMatch(/up to 2025/);
    // A calibrated set cannot be a prior.
    const priors = [...root.querySelectorAll('#backtest-set option')].map((o) => o.textContent);
    expect(priors).toEqual(['The default set', 'Sceptical default (external benchmarks) (Global) — default']);
    expect(root.textContent).toMatch(/No back-test yet\./);

    const name = root.querySelector<HTMLInputElement>('#backtest-name')!;
    const form = root.querySelector('form')!;
    await act(async () => {
      form.dispatchEvent(new dom.window.Event('submit', { cancelable: true, bubbles: true }));
      await flush();
    });
    expect(root.querySelector('#backtest-name-error')?.textContent).toBe('Give the back-test a name.');
    expect(pending.filter((p) => p.operation === 'RunBacktest')).toHaveLength(0);

    await act(async () => {
      name.value = 'As of 2023';
      name.dispatchEvent(new dom.window.Event('input', { bubbles: true }));
      await flush();
    });
    await act(async () => {
      form.dispatchEvent(new dom.window.Event('submit', { cancelable: true, bubbles: true }));
      await flush();
    });
    const run = take('RunBacktest');
    expect(run.variables).toEqual({ input: { name: 'As of 2023', asOfYear: 2023 } });
    expect(form.getAttribute('aria-busy')).toBe('true');
    expect(root.querySelector('.busy[role="status"]')?.textContent).toMatch(/^Back-testing… \d+\.\d s/);
    expect(root.querySelector('section[aria-label="Latest back-test"]')?.getAttribute('aria-busy')).toBe('true');

    await act(async () => {
      run.resolve({ data: { runBacktest: { backtest: summary } } });
      await flush();
      await flush();
    });
    expect(form.getAttribute('aria-busy')).toBe('false');
    const latest = root.querySelector('section[aria-label="Latest back-test"]')!;
    expect(latest.getAttribute('aria-busy')).toBe('false');
    expect(latest.querySelector('a')?.getAttribute('href')).toBe('#/backtests/QmFja3Rlc3Q6MQ');
    expect(latest.textContent).toMatch(/9 of 28 actual entrant counts \(32%; about 80% is right, so these forecasts/);
    // The list is read again, to show the new one.
    expect(pending.some((p) => p.operation === 'Backtests')).toBe(true);
    await act(() => render(null, root));
  });
});
