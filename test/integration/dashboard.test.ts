import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import http from 'node:http';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createLogger } from '../../src/core/logger';
import { DASHBOARD_CSP, dashboardDir, mountDashboard, packageRoot } from '../../src/app/web';
import { ok, startTestServer, type TestServer } from '../support/server';

/**
 * The planner dashboard is served at `/` by the API's own server: the built files of dist/web with a strict
 * Content-Security-Policy and nosniff, hashed assets immutable and index.html revalidated, a page that says how
 * to build it when dist/web is missing, and /graphql (with Apollo's landing page) untouched.
 */

const built = fs.existsSync(path.join(dashboardDir(), 'index.html'));

function expectDashboardHeaders(res: Response): void {
  const csp = res.headers.get('content-security-policy') ?? '';
  expect(csp).toBe(DASHBOARD_CSP);
  expect(csp).toContain("default-src 'self'");
  expect(csp).toContain("connect-src 'self'");
  expect(csp).not.toMatch(/https?:/);
  expect(res.headers.get('x-content-type-options')).toBe('nosniff');
}

describe('dashboard at / (the real server)', () => {
  let t: TestServer;
  let origin: string;
  beforeAll(async () => {
    t = await startTestServer('sqlite');
    origin = t.url.replace(/\/graphql$/, '');
  });
  afterAll(async () => t?.close());

  it('finds the package root from src/app', () => {
    expect(fs.existsSync(path.join(packageRoot(), 'package.json'))).toBe(true);
    expect(dashboardDir()).toBe(path.join(packageRoot(), 'dist', 'web'));
  });

  it('answers / with an HTML page under the dashboard policy', async () => {
    const res = await fetch(`${origin}/`);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expectDashboardHeaders(res);
    const html = await res.text();
    if (built) {
      expect(res.status).toBe(200);
      expect(res.headers.get('cache-control')).toBe('no-cache');
      expect(html).toMatch(/<script[^>]+type="module"[^>]+src="\.?\/assets\//);
      // Nothing from another host: scripts and styles come from this origin only.
      expect(html).not.toMatch(/(src|href)="https?:/);
    } else {
      expect(res.status).toBe(404);
      expect(html).toContain('npm run build:web');
    }
  });

  (built ? it : it.skip)('serves a hashed asset of the build as immutable', async () => {
    const html = await (await fetch(`${origin}/`)).text();
    const src = /src="\.?(\/assets\/[^"]+\.js)"/.exec(html)?.[1];
    expect(src).toBeDefined();
    const res = await fetch(`${origin}${src}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/javascript/);
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expectDashboardHeaders(res);
    expect((await res.text()).length).toBeGreaterThan(100);
  });

  it('keeps /graphql: queries work and the landing page is Apollo’s, without the dashboard policy', async () => {
    const data = ok(await t.gql<{ viewer: { role: string } }>('{ viewer { role } }', {}, t.keys.planner));
    expect(data.viewer.role).toBe('PLANNER');
    const landing = await fetch(t.url, { headers: { accept: 'text/html' } });
    expect(landing.status).toBe(200);
    expect(await landing.text()).toMatch(/apollo/i);
    expect(landing.headers.get('content-security-policy')).not.toBe(DASHBOARD_CSP);
  });

  it('does not list files or serve what is not there', async () => {
    const res = await fetch(`${origin}/assets/`);
    expect(res.status).toBe(404);
    expect((await fetch(`${origin}/no-such-file.js`)).status).toBe(404);
    expect((await fetch(`${origin}/../package.json`)).status).toBe(404);
  });
});

describe('mountDashboard on a directory', () => {
  let dir: string;
  let server: http.Server;
  let origin: string;
  const log = createLogger('silent');

  async function serve(root: string): Promise<void> {
    const app = express();
    mountDashboard(app, log, root);
    server = http.createServer(app);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  }
  async function stop(): Promise<void> {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'uplift-web-'));
    fs.mkdirSync(path.join(dir, 'assets'));
    fs.writeFileSync(
      path.join(dir, 'index.html'),
      '<!doctype html><script type="module" src="/assets/index-abc123.js"></script>',
    );
    fs.writeFileSync(path.join(dir, 'assets', 'index-abc123.js'), 'console.log(1);');
    fs.writeFileSync(path.join(dir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('serves index.html no-cache, assets immutable, other files briefly cached', async () => {
    await serve(dir);
    try {
      const index = await fetch(`${origin}/`);
      expect(index.status).toBe(200);
      expect(index.headers.get('cache-control')).toBe('no-cache');
      expectDashboardHeaders(index);
      expect(await index.text()).toContain('/assets/index-abc123.js');
      const asset = await fetch(`${origin}/assets/index-abc123.js`);
      expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      expect(asset.headers.get('content-type')).toMatch(/javascript/);
      expectDashboardHeaders(asset);
      const icon = await fetch(`${origin}/favicon.svg`);
      expect(icon.headers.get('cache-control')).toBe('public, max-age=3600');
    } finally {
      await stop();
    }
  });

  it('says how to build the dashboard when there is no build', async () => {
    await serve(path.join(dir, 'missing'));
    try {
      const res = await fetch(`${origin}/`);
      expect(res.status).toBe(404);
      expect(res.headers.get('content-type')).toMatch(/^text\/html/);
      expectDashboardHeaders(res);
      expect(await res.text()).toContain('npm run build:web');
    } finally {
      await stop();
    }
  });
});
