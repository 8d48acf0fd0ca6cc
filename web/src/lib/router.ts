/** Hash routes: `#/scenarios/<id>?metric=NET_REVENUE`. */
import { useEffect, useMemo, useState } from 'preact/hooks';

export interface Route {
  path: string[];
  query: URLSearchParams;
}

/** Parses a location hash (`#/a/b?x=1`) into its decoded path segments and query. */
export function parseHash(hash: string): Route {
  const raw = hash.replace(/^#/, '');
  const q = raw.indexOf('?');
  const pathPart = q >= 0 ? raw.slice(0, q) : raw;
  const queryPart = q >= 0 ? raw.slice(q + 1) : '';
  const path = pathPart
    .split('/')
    .filter((s) => s !== '')
    .map((s) => {
      try {
        return decodeURIComponent(s);
      } catch {
        return s;
      }
    });
  return { path, query: new URLSearchParams(queryPart) };
}

/** `href('/scenarios/' + id, { metric: 'NET_REVENUE' })` → `#/scenarios/<id>?metric=NET_REVENUE`. */
export function href(path: string, query?: Record<string, string | undefined>): string {
  const segments = path
    .split('/')
    .filter((s) => s !== '')
    .map((s) => encodeURIComponent(s));
  let out = `#/${segments.join('/')}`;
  if (query) {
    const params = new URLSearchParams();
    for (const [k, v] of Object.entries(query)) if (v !== undefined && v !== '') params.set(k, v);
    const qs = params.toString();
    if (qs) out += `?${qs}`;
  }
  return out;
}

export function navigate(path: string, query?: Record<string, string | undefined>, opts: { replace?: boolean } = {}) {
  const target = href(path, query);
  if (opts.replace) {
    history.replaceState(null, '', target);
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  } else if (location.hash !== target) {
    location.hash = target;
  }
}

export function useRoute(): Route {
  const [hash, setHash] = useState(() => location.hash);
  useEffect(() => {
    const onChange = () => setHash(location.hash);
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return useMemo(() => parseHash(hash), [hash]);
}
