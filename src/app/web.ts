import fs from 'node:fs';
import path from 'node:path';
import express from 'express';
import type { Logger } from '../core/logger';

/**
 * The planner dashboard's policy: everything from this origin, no external host, no inline script.
 * style-src allows 'unsafe-inline' because Observable Plot writes a <style> element into each chart.
 */
export const DASHBOARD_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "connect-src 'self'",
  "img-src 'self' data:",
  "style-src 'self' 'unsafe-inline'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** The nearest directory at or above `from` that holds package.json (dist/src/app and src/app both work). */
export function packageRoot(from: string = __dirname): string {
  let dir = path.resolve(from);
  for (;;) {
    if (fs.existsSync(path.join(dir, 'package.json'))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`no package.json above ${from}`);
    dir = parent;
  }
}

/** Where `npm run build:web` writes the dashboard. */
export function dashboardDir(): string {
  return path.join(packageRoot(), 'dist', 'web');
}

const NOT_BUILT = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Uplift: dashboard not built</title></head>
<body><h1>The dashboard is not built</h1>
<p>Run <code>npm run build:web</code>, then reload this page.</p>
<p>The GraphQL API is at <a href="/graphql">/graphql</a>.</p></body></html>
`;

function securityHeaders(res: express.Response): void {
  res.setHeader('Content-Security-Policy', DASHBOARD_CSP);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Referrer-Policy', 'no-referrer');
  res.setHeader('X-Frame-Options', 'DENY');
}

/**
 * Serves the built dashboard (dist/web) at `/`. Mount it after /graphql, which keeps Apollo's landing page
 * and its own headers. Vite's hashed files under /assets are immutable; index.html is revalidated on every load.
 */
export function mountDashboard(app: express.Express, log: Logger, dir: string = dashboardDir()): void {
  const index = path.join(dir, 'index.html');
  if (!fs.existsSync(index)) log.warn({ dir }, 'dashboard not built: run npm run build:web');
  app.use(
    express.static(dir, {
      index: 'index.html',
      redirect: false,
      dotfiles: 'ignore',
      fallthrough: true,
      setHeaders: (res, file) => {
        securityHeaders(res);
        const rel = path.relative(dir, file).split(path.sep).join('/');
        if (rel.startsWith('assets/')) res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
        else if (rel.endsWith('.html')) res.setHeader('Cache-Control', 'no-cache');
        else res.setHeader('Cache-Control', 'public, max-age=3600');
      },
    }),
  );
  // Reached only when dist/web has no index.html (checked per request, so a later build is picked up).
  app.get(['/', '/index.html'], (_req, res) => {
    securityHeaders(res);
    res.status(404).setHeader('Cache-Control', 'no-store').type('html').send(NOT_BUILT);
  });
}
