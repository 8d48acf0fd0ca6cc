/**
 * `uplift institution create` and `uplift key create` as processes, against the database of a running
 * server without the demo (as on PostgreSQL): the printed key then works over HTTP with its role, and
 * refusals (taken slug, invalid values, unknown institution, UPLIFT_MAX_KEYS_PER_INSTITUTION) exit 1
 * and write nothing, usage errors exit 2.
 */
import { execFile, execSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { testTargets } from '../support/databases';
import { ok, startTestServer, type TestServer } from '../support/server';
import { ApiKey } from '../../src/modules/api-key/api-key.entity';
import { Institution } from '../../src/modules/institution/institution.entity';

const ROOT = path.resolve(__dirname, '../..');
const VIEWER = '{ viewer { role institution { slug name creditUnit currency } } }';

describe.each(testTargets())('uplift institution / key on %s', (target) => {
  let t: TestServer;
  let databaseUrl: string;

  beforeAll(async () => {
    // `npm test` builds first; a bare jest run builds here when the CLI is missing.
    if (!fs.existsSync(path.join(ROOT, 'dist/src/app/admin-cli.js')))
      execSync('npm run build', { cwd: ROOT, stdio: 'ignore' });
    t = await startTestServer(target, { demo: false });
    const config = t.server.orm.config;
    databaseUrl = target === 'sqlite' ? `sqlite:${config.get('dbName')}` : config.get('clientUrl');
  });
  afterAll(async () => {
    await t?.close();
  });

  const cli = (args: string[], env: Record<string, string> = {}) =>
    new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
      execFile(
        process.execPath,
        [path.join(ROOT, 'dist/src/main.js'), ...args],
        {
          cwd: ROOT,
          env: { ...process.env, DATABASE_URL: databaseUrl, LOG_LEVEL: 'silent', NODE_ENV: 'test', ...env },
        },
        (err, stdout, stderr) => {
          resolve({ code: err ? (typeof err.code === 'number' ? err.code : -1) : 0, stdout, stderr });
        },
      );
    });
  const institutions = () => t.server.orm.em.fork().count(Institution, {});
  const keys = () => t.server.orm.em.fork().count(ApiKey, {});
  const create = (slug: string, ...more: string[]) =>
    cli([
      'institution',
      'create',
      '--name',
      'Lakeside College',
      '--slug',
      slug,
      '--country',
      'us',
      '--credit-unit',
      'US_CREDIT_HOUR',
      '--currency',
      'usd',
      ...more,
    ]);

  it('creates an institution and a PLANNER key whose printed secret works over HTTP', async () => {
    const made = await create('lakeside', '--json');
    expect({ code: made.code, stderr: made.stderr }).toEqual({ code: 0, stderr: '' });
    expect(JSON.parse(made.stdout)).toMatchObject({
      slug: 'lakeside',
      name: 'Lakeside College',
      country: 'US',
      creditUnit: 'US_CREDIT_HOUR',
      currency: 'USD',
      maxEmbeddedCreditShare: 0.25,
    });

    const key = await cli(['key', 'create', '--institution', 'lakeside', '--role', 'PLANNER', '--name', 'Planning']);
    expect({ code: key.code, stderr: key.stderr }).toEqual({ code: 0, stderr: '' });
    const secret = key.stdout.trim().split('\n').at(-1)!;
    expect(key.stdout).toContain('This is the only time it is shown');
    expect(ok(await t.gql(VIEWER, {}, secret))).toEqual({
      viewer: {
        role: 'PLANNER',
        institution: { slug: 'lakeside', name: 'Lakeside College', creditUnit: 'US_CREDIT_HOUR', currency: 'USD' },
      },
    });
  });

  it('refuses a taken slug and invalid values with exit 1, naming the option, and writes nothing', async () => {
    const before = await institutions();
    const taken = await create('lakeside');
    expect(taken).toEqual({
      code: 1,
      stdout: '',
      stderr: 'error: --slug: An institution with slug "lakeside" already exists.\n',
    });
    const badCountry = await cli([
      'institution',
      'create',
      '--name=Other',
      '--slug=other',
      '--country=USA',
      '--credit-unit=ECTS',
      '--currency=EUR',
    ]);
    expect(badCountry.code).toBe(1);
    expect(badCountry.stderr).toMatch(/^error: --country: /);
    expect(await institutions()).toBe(before);
  });

  it('exits 2 with the usage on a missing or unknown option, and 1 for an unknown institution', async () => {
    const missing = await cli(['institution', 'create', '--name', 'X', '--slug', 'xx']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^error: missing --country, --credit-unit, --currency\n\nusage: uplift institution/);
    const role = await cli(['key', 'create', '--institution', 'lakeside', '--role', 'PLATFORM_ADMIN', '--name', 'x']);
    expect(role.code).toBe(2);
    expect(role.stderr).toMatch(/^error: --role must be one of VIEWER, PLANNER, INSTITUTION_ADMIN/);
    const before = await keys();
    const unknown = await cli(['key', 'create', '--institution', 'nowhere', '--role', 'VIEWER', '--name', 'x']);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/no institution with slug "nowhere"/);
    expect(await keys()).toBe(before);
  });

  it('respects UPLIFT_MAX_KEYS_PER_INSTITUTION: exit 1 once the institution holds that many keys', async () => {
    const before = await keys();
    const args = ['key', 'create', '--institution', 'lakeside', '--role', 'VIEWER', '--name', 'Board', '--json'];
    const over = await cli(args, { UPLIFT_MAX_KEYS_PER_INSTITUTION: String(before) });
    expect(over.code).toBe(1);
    expect(over.stderr).toMatch(/^error: --institution: Lakeside College already has \d+ active API keys/);
    expect(await keys()).toBe(before);
    const fits = await cli(args, { UPLIFT_MAX_KEYS_PER_INSTITUTION: String(before + 1) });
    expect(fits.code).toBe(0);
    const view = JSON.parse(fits.stdout) as { role: string; institution: string; secret: string };
    expect(view).toMatchObject({ role: 'VIEWER', institution: 'lakeside' });
    expect(ok(await t.gql<{ viewer: { role: string } }>(VIEWER, {}, view.secret)).viewer.role).toBe('VIEWER');
  });
});
