/**
 * A jsdom page for the dashboard's component tests: its window, document and DOM classes stand in for the globals
 * Preact reads, until restore() puts the real ones back and closes the window.
 */
import { JSDOM } from 'jsdom';

const GLOBALS = ['window', 'document', 'Node', 'HTMLElement', 'Event', 'SVGElement'] as const;

export interface TestDom {
  dom: JSDOM;
  /** The page's `#app` element. */
  root: HTMLElement;
  restore: () => void;
}

export function installDom(url = 'http://localhost/'): TestDom {
  const dom = new JSDOM('<!doctype html><html><body><div id="app"></div></body></html>', { url });
  const g = globalThis as Record<string, unknown>;
  const w = dom.window as unknown as Record<string, unknown>;
  const saved = new Map(GLOBALS.map((k) => [k, g[k]]));
  for (const k of GLOBALS) g[k] = k === 'window' ? dom.window : k === 'document' ? dom.window.document : w[k];
  return {
    dom,
    root: dom.window.document.getElementById('app')!,
    restore: () => {
      for (const [k, v] of saved) g[k] = v;
      dom.window.close();
    },
  };
}
