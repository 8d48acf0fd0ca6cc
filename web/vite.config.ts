// The planner dashboard: `vite build --config web/vite.config.ts` writes dist/web, served by the API at /.
import { defineConfig } from 'vite';

const root = new URL('.', import.meta.url).pathname;
const jsx = { runtime: 'automatic', importSource: 'preact' } as const;

export default defineConfig({
  root,
  base: './',
  publicDir: false,
  oxc: { jsx },
  // The dev server's dependency scan reads JSX too.
  optimizeDeps: { rolldownOptions: { transform: { jsx } } },
  build: {
    outDir: new URL('../dist/web', import.meta.url).pathname,
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    reportCompressedSize: true,
    assetsInlineLimit: 0,
    // web/scripts/bundle-size.mjs reads the manifest to weigh the first view.
    manifest: true,
  },
  server: {
    proxy: { '/graphql': process.env.UPLIFT_API ?? 'http://localhost:4100' },
  },
});
