const fs = require('node:fs');
const path = require('node:path');

// The end-to-end suite (test/e2e) needs Debian's chromium and the built dashboard. Without them it is left
// out with a note saying why, unless UPLIFT_REQUIRE_E2E=1 (as in .ci/run): then it runs and fails.
const chromium = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const built = path.join(__dirname, 'dist', 'web', 'index.html');
const e2eMissing = !fs.existsSync(chromium)
  ? `chromium not found at ${chromium}; install Debian's chromium (apt-get install chromium) or set CHROMIUM_PATH`
  : !fs.existsSync(built)
    ? `the dashboard is not built (no ${built}); run npm run build:web`
    : null;
const skipE2e = e2eMissing !== null && process.env.UPLIFT_REQUIRE_E2E !== '1';
if (skipE2e) console.warn(`end-to-end suite skipped: ${e2eMissing}`);

/** @type {import('jest').Config} */
module.exports = {
  testPathIgnorePatterns: ['/node_modules/', ...(skipE2e ? ['<rootDir>/test/e2e/'] : [])],
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  transform: {
    '^.+\\.ts$': ['@swc/jest'],
    // The dashboard's components (web/src, Preact JSX) in the tests of test/unit/web.
    '^.+\\.tsx$': [
      '@swc/jest',
      {
        swcrc: false,
        jsc: {
          parser: { syntax: 'typescript', tsx: true },
          transform: { react: { runtime: 'automatic', importSource: 'preact' } },
          target: 'es2022',
        },
        module: { type: 'commonjs' },
      },
    ],
  },
  setupFiles: ['reflect-metadata'],
  testTimeout: 60000,
  maxWorkers: 2,
  // The model's worker pools (piscina threads) and Chromium may keep a test process alive a moment after its last
  // server closed: the verdict is in by then, and CI must not wait on them.
  forceExit: true,
};
