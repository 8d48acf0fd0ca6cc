/** The app: the key form when there is no key, otherwise the viewer checked and the views by hash route. */
import type { ComponentType } from 'preact';
import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import { ViewerDocument, type ViewerQuery } from '../../schema/client/graphql';
import { onUnauthenticated, request } from './lib/client';
import { ApiError } from './lib/errors';
import { clearKey, getKey, setKey } from './lib/session';
import { navigate, useRoute, type Route } from './lib/router';
import { ViewerContext, canWrite, type AppViewer } from './lib/app-context';
import type { ViewProps } from './lib/view';
import { KeyForm } from './components/key-form';
import { Layout } from './components/layout';
import { ErrorAlert } from './components/error';
import { Loading } from './components/busy';

type ViewModule = { default: ComponentType<ViewProps> };
const modules = import.meta.glob<ViewModule>('./views/*.tsx');

/** Route → view module: `#/programs` → views/programs.tsx, `#/programs/<id>` → views/program.tsx. */
const ROUTES: Record<string, { list: string; item?: string }> = {
  programs: { list: 'programs', item: 'program' },
  credentials: { list: 'credentials' },
  'what-if': { list: 'what-if' },
  scenarios: { list: 'scenarios', item: 'scenario' },
  compare: { list: 'compare' },
  evidence: { list: 'evidence' },
  calibrations: { list: 'calibrations', item: 'calibration' },
  backtests: { list: 'backtests', item: 'backtest' },
  optimize: { list: 'optimize' },
};

export function viewFor(route: Route): string | null {
  const entry = ROUTES[route.path[0] ?? ''];
  if (!entry) return null;
  if (route.path.length === 1) return entry.list;
  if (route.path.length === 2 && entry.item) return entry.item;
  return null;
}

function useView(name: string | null): { View: ComponentType<ViewProps> | null; error: Error | null } {
  const [state, setState] = useState<{
    name: string | null;
    View: ComponentType<ViewProps> | null;
    error: Error | null;
  }>({ name: null, View: null, error: null });
  useEffect(() => {
    if (!name) return undefined;
    const load = modules[`./views/${name}.tsx`];
    if (!load) {
      setState({ name, View: null, error: new Error(`The ${name} view is not available in this build.`) });
      return undefined;
    }
    let live = true;
    load().then(
      (m) => live && setState({ name, View: m.default, error: null }),
      (e: unknown) => live && setState({ name, View: null, error: e instanceof Error ? e : new Error(String(e)) }),
    );
    return () => {
      live = false;
    };
  }, [name]);
  return state.name === name ? state : { View: null, error: null };
}

function NotFound() {
  return (
    <>
      <h1>Page not found</h1>
      <p>
        There is no page at this address. <a href="#/programs">Go to Programs</a>.
      </p>
    </>
  );
}

function Views({ route }: { route: Route }) {
  const name = viewFor(route);
  const { View, error } = useView(name);
  useEffect(() => {
    // Focus the main region when the view changes, so keyboard and screen-reader users land on it.
    if (name) document.getElementById('main')?.focus({ preventScroll: true });
  }, [name, route.path.join('/')]);
  return (
    <Layout section={route.path[0] ?? ''}>
      {!name ? (
        <NotFound />
      ) : error ? (
        <ErrorAlert error={error} />
      ) : View ? (
        <View route={route} />
      ) : (
        <Loading what="the page" />
      )}
    </Layout>
  );
}

type Session =
  | { state: 'signed-out'; reason: string | null }
  | { state: 'checking'; key: string }
  | { state: 'signed-in'; viewer: ViewerQuery['viewer'] }
  | { state: 'failed'; key: string; error: Error };

export function App() {
  const route = useRoute();
  const [session, setSession] = useState<Session>(() => {
    const key = getKey();
    return key ? { state: 'checking', key } : { state: 'signed-out', reason: null };
  });

  const signOut = useCallback(() => {
    clearKey();
    setSession({ state: 'signed-out', reason: null });
  }, []);

  useEffect(
    () =>
      onUnauthenticated((reason) => {
        setSession({ state: 'signed-out', reason });
      }),
    [],
  );

  const checkKey = session.state === 'checking' ? session.key : null;
  useEffect(() => {
    if (!checkKey) return undefined;
    const ac = new AbortController();
    request(ViewerDocument, {}, { signal: ac.signal, key: checkKey }).then(
      (data) => {
        setKey(checkKey);
        setSession({ state: 'signed-in', viewer: data.viewer });
      },
      (e: unknown) => {
        if (ac.signal.aborted) return;
        if (e instanceof ApiError && e.code === 'UNAUTHENTICATED') {
          clearKey();
          setSession({ state: 'signed-out', reason: e.message });
        } else {
          setSession({ state: 'failed', key: checkKey, error: e instanceof Error ? e : new Error(String(e)) });
        }
      },
    );
    return () => ac.abort();
  }, [checkKey]);

  useEffect(() => {
    if (session.state === 'signed-in' && route.path.length === 0) navigate('programs', undefined, { replace: true });
  }, [session.state, route.path.length]);

  const viewer = session.state === 'signed-in' ? session.viewer : null;
  const context = useMemo<AppViewer | null>(
    () =>
      viewer && {
        role: viewer.role,
        institution: viewer.institution,
        currency: viewer.institution?.currency ?? 'USD',
        canWrite: canWrite(viewer.role),
        signOut,
      },
    [viewer, signOut],
  );

  if (session.state === 'signed-out')
    return <KeyForm reason={session.reason} onSubmit={(key) => setSession({ state: 'checking', key })} />;
  if (session.state === 'checking')
    return (
      <main id="main" class="key-page">
        <Loading what="your institution" />
      </main>
    );
  if (session.state === 'failed')
    return (
      <main id="main" class="key-page">
        <h1>Uplift planner</h1>
        <ErrorAlert error={session.error} title="Could not check the API key." />
        <button type="button" onClick={() => setSession({ state: 'checking', key: session.key })}>
          Try again
        </button>{' '}
        <button type="button" class="secondary" onClick={signOut}>
          Use another key
        </button>
      </main>
    );
  return (
    <ViewerContext.Provider value={context}>
      <Views route={route} />
    </ViewerContext.Provider>
  );
}
