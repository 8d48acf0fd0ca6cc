import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import fs from 'node:fs';
import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';

// Start-up refuses bad configuration with one clear line and exit code 1 (README "Configuration", issue 4 item 6).
const main = path.resolve(__dirname, '../../dist/src/main.js');
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'uplift-startup-'));

function serve(env: Record<string, string>): { status: number | null; stderr: string; ms: number } {
  const started = Date.now();
  const base = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? '',
    LOG_LEVEL: 'silent',
    DATABASE_URL: `sqlite:${path.join(scratch, 'x.db')}`,
  };
  const r = spawnSync(process.execPath, [main, 'serve'], {
    env: { ...base, ...env },
    encoding: 'utf8',
    timeout: 30_000,
  });
  return { status: r.status, stderr: r.stderr, ms: Date.now() - started };
}

describe('start-up with bad configuration', () => {
  let blocker: net.Server;
  let busyPort = 0;
  beforeAll(async () => {
    expect(fs.existsSync(main)).toBe(true); // `npm test` builds dist/ first
    blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    busyPort = (blocker.address() as net.AddressInfo).port;
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => blocker.close(() => resolve()));
    fs.rmSync(scratch, { recursive: true, force: true });
  });

  it.each([
    [
      'a malformed DATABASE_URL',
      { DATABASE_URL: 'mysql://somewhere/db' },
      /Configuration error: DATABASE_URL must be "sqlite:<file path>" or "postgres:/,
    ],
    [
      'an unreachable database',
      { DATABASE_URL: 'postgres://postgres@127.0.0.1:1/uplift' },
      /Cannot reach the database: .*ECONNREFUSED/,
    ],
    [
      'no admin key in production',
      { NODE_ENV: 'production' },
      /Configuration error: UPLIFT_ADMIN_KEY must be set when NODE_ENV=production/,
    ],
    ['a bad PORT', { PORT: 'eighty' }, /Configuration error: PORT must be an integer/],
  ])('%s', (_name, env, message) => {
    const r = serve(env);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/\n\s+at /); // a sentence, not a stack trace
  });

  it('a port in use', () => {
    const r = serve({ PORT: String(busyPort), UPLIFT_DEMO: 'off' });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(new RegExp(`Port ${busyPort} is already in use: set PORT to a free port.`));
  });
});
