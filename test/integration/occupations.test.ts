import { execFile, execSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { parse } from 'csv-parse/sync';
import { testTargets } from '../support/databases';
import { errorOf, ok, startTestServer, type TestServer } from '../support/server';
import { CipSocCrosswalk, Occupation } from '../../src/modules/occupation/occupation.entity';

// Occupations as data (issue 19, step 1): the seeded BLS projections and NCES crosswalk over HTTP
// (a program's occupations, the occupations connection, node), and `uplift import occupations|crosswalk`
// as a process, on a real server and database.

const ROOT = path.resolve(__dirname, '../..');
const SEEDS = path.join(ROOT, 'seeds/labor-market');
type CsvRecord = Record<string, string>;
const readSeed = (name: string): CsvRecord[] =>
  parse<CsvRecord>(fs.readFileSync(path.join(SEEDS, name), 'utf8'), { columns: true });

interface OccupationT {
  id: string;
  code: string;
  title: string;
  employment: number | null;
  projectedGrowth: number | null;
  annualOpenings: number | null;
  medianWage: number | null;
  source: string | null;
}
const FIELDS = 'id code title employment projectedGrowth annualOpenings medianWage source';
const PROGRAM_OCCUPATIONS = `query($search: String) { programs(first: 100, filter: { search: $search }) {
  nodes { code cipCode occupations { ${FIELDS} } } } }`;
const OCCUPATIONS = `query($first: Int, $after: String, $search: String) {
  occupations(first: $first, after: $after, search: $search) {
    totalCount pageInfo { hasNextPage endCursor } edges { cursor node { code } } nodes { ${FIELDS} } } }`;
interface Page {
  occupations: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { cursor: string; node: { code: string } }[];
    nodes: OccupationT[];
  };
}

/** An occupations.csv row as the API shows it. */
const expected = (r: CsvRecord) => ({
  code: r.soc_code,
  title: r.soc_title,
  employment: Number(r.employment_2024_thousands),
  projectedGrowth: Number(r.change_percent) / 100,
  annualOpenings: Number(r.annual_openings_thousands),
  medianWage: Number(r.median_annual_wage_usd),
  source: r.source_table,
});

describe.each(testTargets())('occupations on %s', (target) => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer(target);
  });
  afterAll(async () => {
    await t?.close();
  });
  const em = () => t.server.orm.em.fork();
  const occupations = async (vars: Record<string, unknown>, key: string = t.keys.viewer) =>
    ok(await t.gql<Page>(OCCUPATIONS, vars, key)).occupations;
  const programOccupations = async (search: string) =>
    ok(
      await t.gql<{ programs: { nodes: { code: string; cipCode: string | null; occupations: OccupationT[] }[] } }>(
        PROGRAM_OCCUPATIONS,
        { search },
        t.keys.viewer,
      ),
    ).programs.nodes;

  it("shows B.S. Computer Science's occupations with the BLS figures of the shipped files, by code", async () => {
    const [cs] = (await programOccupations('BS-CS')).filter((p) => p.code === 'BS-CS');
    expect(cs.cipCode).toBe('11.0701');
    const socs = readSeed('cip-soc.csv')
      .filter((r) => r.cip_code === '11.0701')
      .map((r) => r.soc_code)
      .sort();
    expect(socs).toHaveLength(13);
    expect(cs.occupations.map((o) => o.code)).toEqual(socs);
    const rows = new Map(readSeed('occupations.csv').map((r) => [r.soc_code, r]));
    for (const o of cs.occupations) {
      const { projectedGrowth, ...rest } = expected(rows.get(o.code)!);
      expect(o).toMatchObject(rest);
      expect(o.projectedGrowth).toBeCloseTo(projectedGrowth, 12);
    }
    const software = cs.occupations.find((o) => o.code === '15-1252')!;
    expect(software).toMatchObject({
      title: 'Software developers',
      employment: 1693.8,
      projectedGrowth: 0.158,
      annualOpenings: 115.2,
      medianWage: 133080,
      source: 'BLS EP 2024-34 Table 1.2',
    });
  });

  it('gives [] to a program without a cipCode and to one whose CIP code has no crosswalk row', async () => {
    const create = `mutation($input: CreateProgramInput!) { createProgram(input: $input) { program { code occupations { code } } } }`;
    const input = (code: string, cipCode: string | null) => ({
      code,
      title: `Program ${code}`,
      level: 'BACHELOR',
      modality: 'ONLINE',
      cipCode,
      totalCredits: 120,
      durationYears: 4,
      tuitionPerCredit: 400,
      baseline: { annualProspects: 1000, annualNewEnrollments: 100, engagementRate: 0.5, retentionRate: 0.8 },
    });
    for (const [code, cip] of [
      ['OCC-NONE', null],
      ['OCC-ENG', '14.0101'],
    ] as const) {
      const res = await t.gql<{ createProgram: { program: { occupations: unknown[] } } }>(
        create,
        { input: input(code, cip) },
        t.keys.planner,
      );
      expect(ok(res).createProgram.program.occupations).toEqual([]);
    }
    const listed = await programOccupations('OCC-');
    expect(listed.map((p) => [p.code, p.occupations])).toEqual([
      ['OCC-ENG', []],
      ['OCC-NONE', []],
    ]);
  });

  it('pages through every occupation by code, with its total, and finds by code prefix or title words', async () => {
    const all = readSeed('occupations.csv').map((r) => r.soc_code);
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const page: Page['occupations'] = await occupations({ first: 25, after });
      expect(page.totalCount).toBe(all.length);
      expect(page.edges.map((e) => e.node.code)).toEqual(page.nodes.map((n) => n.code));
      seen.push(...page.nodes.map((n) => n.code));
      pages++;
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(pages).toBe(Math.ceil(all.length / 25));
    expect(seen).toEqual([...all].sort());

    const prefix = await occupations({ first: 100, search: '15-12' });
    expect(prefix.nodes.map((o) => o.code)).toEqual(all.filter((c) => c.startsWith('15-12')).sort());
    expect(prefix.totalCount).toBe(prefix.nodes.length);
    const words = await occupations({ first: 100, search: '  DEVELOPERS software ' });
    expect(words.nodes.map((o) => o.code)).toEqual(['15-1252']);
    expect((await occupations({ first: 100, search: 'no such occupation' })).nodes).toEqual([]);
    // A literal % or _ matches itself only.
    expect((await occupations({ first: 100, search: '%' })).nodes).toEqual([]);
  });

  it('caps a page and refuses an anonymous caller', async () => {
    expect(errorOf(await t.gql(OCCUPATIONS, { first: 101 }, t.keys.viewer)).code).toBe('BAD_USER_INPUT');
    expect(errorOf(await t.gql(OCCUPATIONS, { first: 1 }, null)).code).toBe('UNAUTHENTICATED');
  });

  it('fetches an occupation by node(id), for any key', async () => {
    const [first] = (await occupations({ first: 1, search: '15-1252' })).nodes;
    const NODE = `query($id: ID!) { node(id: $id) { __typename id ... on Occupation { code title medianWage } } }`;
    for (const key of [t.keys.viewer, t.keys.planner, t.keys.admin]) {
      const data = ok(await t.gql<{ node: Record<string, unknown> }>(NODE, { id: first.id }, key));
      expect(data.node).toEqual({
        __typename: 'Occupation',
        id: first.id,
        code: '15-1252',
        title: 'Software developers',
        medianWage: 133080,
      });
    }
  });

  describe('the CLI (uplift import occupations|crosswalk)', () => {
    const main = path.join(ROOT, 'dist/src/main.js');
    let dir: string;
    let databaseUrl: string;
    beforeAll(() => {
      if (!fs.existsSync(path.join(ROOT, 'dist/src/app/import-cli.js')))
        execSync('npm run build', { cwd: ROOT, stdio: 'ignore' });
      dir = fs.mkdtempSync(path.join(os.tmpdir(), 'uplift-occupations-cli-'));
      const config = t.server.orm.config;
      databaseUrl = target === 'sqlite' ? `sqlite:${config.get('dbName')}` : config.get('clientUrl');
    });
    afterAll(() => {
      if (dir) fs.rmSync(dir, { recursive: true, force: true });
    });
    const cli = (...args: string[]) =>
      new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
        execFile(
          process.execPath,
          [main, 'import', ...args],
          { cwd: ROOT, env: { ...process.env, DATABASE_URL: databaseUrl, LOG_LEVEL: 'silent', NODE_ENV: 'test' } },
          (err, stdout, stderr) => {
            resolve({ code: err ? (typeof err.code === 'number' ? err.code : -1) : 0, stdout, stderr });
          },
        );
      });
    const file = (name: string, text: string) => {
      const f = path.join(dir, name);
      fs.writeFileSync(f, text);
      return f;
    };
    const OCC_HEADER =
      'soc_code,soc_title,employment_2024_thousands,employment_2034_thousands,change_percent,annual_openings_thousands,median_annual_wage_usd,source_table';
    const occ = (code: string, title: string, wage = '50000') =>
      `${code},${title},10.5,11.0,4.8,1.2,${wage},Test table`;
    const count = () => em().count(Occupation, {});
    const pairs = () => em().count(CipSocCrosswalk, {});

    it('imports occupations, and the same file again changes nothing (by code)', async () => {
      const before = await count();
      const f = file(
        'occ.csv',
        [OCC_HEADER, occ('99-0001', 'Test occupation one'), occ('99-0002', 'Test two')].join('\n'),
      );
      const dry = await cli('occupations', f, '--dry-run', '--json');
      expect(dry.code).toBe(0);
      expect(JSON.parse(dry.stdout)).toEqual({
        dryRun: true,
        created: 2,
        updated: 0,
        unchanged: 0,
        rejected: 0,
        problems: [],
      });
      expect(await count()).toBe(before);

      const run = await cli('occupations', f);
      expect(run).toEqual({
        code: 0,
        stderr: '',
        stdout: `Import of occupations from ${f} into the global labour-market data\n  created    2\n  updated    0\n  unchanged  0\n  rejected   0\n`,
      });
      expect(await count()).toBe(before + 2);
      const again = await cli('occupations', f, '--json');
      expect(JSON.parse(again.stdout)).toMatchObject({ created: 0, updated: 0, unchanged: 2 });
      expect(await count()).toBe(before + 2);
      const stored = await em().findOneOrFail(Occupation, { code: '99-0001' });
      expect(stored).toMatchObject({
        title: 'Test occupation one',
        employment: 10.5,
        projectedGrowth: 0.048,
        annualOpenings: 1.2,
        medianWage: 50000,
        source: 'Test table',
      });

      const changed = file('occ2.csv', [OCC_HEADER, occ('99-0001', 'Test occupation one', '51000')].join('\n'));
      expect(JSON.parse((await cli('occupations', changed, '--json')).stdout)).toMatchObject({
        created: 0,
        updated: 1,
      });
      expect((await em().findOneOrFail(Occupation, { code: '99-0001' })).medianWage).toBe(51000);
    });

    it('refuses malformed rows with their row numbers and writes nothing (all or nothing)', async () => {
      const before = await count();
      const f = file(
        'bad.csv',
        [OCC_HEADER, occ('99-0101', 'Fine'), occ('991-01', 'Bad code'), '99-0103,Bad wage,1,1,1,1,lots,x'].join('\n'),
      );
      const run = await cli('occupations', f);
      expect(run.code).toBe(1);
      expect(run.stdout).toContain('  rejected   2\n');
      expect(run.stdout).toContain(
        'row 3     INVALID_VALUE (soc_code): soc_code "991-01" is not a SOC 2018 code: write it as NN-NNNN (e.g. 15-1252).',
      );
      expect(run.stdout).toContain(
        'row 4     INVALID_VALUE (median_annual_wage_usd): median_annual_wage_usd "lots" is not a number.',
      );
      expect(run.stdout).toContain('NOTHING_WRITTEN');
      expect(await count()).toBe(before);

      const skipped = await cli('occupations', f, '--skip-invalid', '--json');
      expect(skipped.code).toBe(1);
      expect(JSON.parse(skipped.stdout)).toMatchObject({ created: 1, rejected: 2 });
      expect(await count()).toBe(before + 1);
    });

    it('imports the crosswalk by (CIP, SOC) pair; a program then leads to the new occupations', async () => {
      const header = 'cip_code,cip_title,soc_code,soc_title';
      const f = file(
        'cw.csv',
        [
          header,
          '14.0101,"Engineering, General.",99-0001,Test Occupation One',
          '14.0101,"Engineering, General.",99-0009,No Projections Row',
        ].join('\n'),
      );
      const before = await pairs();
      // A row for a SOC code with no occupation is refused by its row, and nothing is written.
      const refusedUnknown = await cli('crosswalk', f);
      expect(refusedUnknown.code).toBe(1);
      expect(refusedUnknown.stdout).toContain(
        'row 3     NOT_FOUND (soc_code): SOC code 99-0009 ("No Projections Row") has no occupation: import it first',
      );
      expect(refusedUnknown.stdout).toContain('NOTHING_WRITTEN');
      expect(await pairs()).toBe(before);
      const dry = await cli('crosswalk', f, '--dry-run', '--skip-invalid');
      expect(dry.stdout).toContain('Dry run: nothing was written');
      expect(await pairs()).toBe(before);
      // Leaving such rows out: the known one is created, once.
      expect(JSON.parse((await cli('crosswalk', f, '--json', '--skip-invalid')).stdout)).toMatchObject({
        created: 1,
        rejected: 1,
      });
      expect(JSON.parse((await cli('crosswalk', f, '--json', '--skip-invalid')).stdout)).toMatchObject({
        created: 0,
        unchanged: 1,
        rejected: 1,
      });
      expect(await pairs()).toBe(before + 1);
      // OCC-ENG (14.0101) now leads to 99-0001.
      const [eng] = (await programOccupations('OCC-ENG')).filter((p) => p.code === 'OCC-ENG');
      expect(eng.occupations.map((o) => o.code)).toEqual(['99-0001']);

      const bad = file(
        'cw-bad.csv',
        [
          header,
          '14.0101,Engineering.,99-0002,Two',
          '14.101,Engineering.,99-0002,Two',
          '14.0101,Engineering.,990002,Two',
        ].join('\n'),
      );
      const refused = await cli('crosswalk', bad);
      expect(refused.code).toBe(1);
      expect(refused.stdout).toContain('row 3     INVALID_VALUE (cip_code): cip_code "14.101" is not a CIP 2020 code');
      expect(refused.stdout).toContain('row 4     INVALID_VALUE (soc_code): soc_code "990002" is not a SOC 2018 code');
      expect(await pairs()).toBe(before + 1);
    });

    it('refuses --institution: occupations are global data', async () => {
      const run = await cli('occupations', 'seeds/labor-market/occupations.csv', '--institution', 'northbridge');
      expect(run.code).toBe(2);
      expect(run.stderr).toContain('leave out --institution');
    });

    it('imports the shipped files as unchanged (the seeds are already loaded)', async () => {
      const occupationsRun = await cli('occupations', 'seeds/labor-market/occupations.csv', '--json');
      expect(JSON.parse(occupationsRun.stdout)).toMatchObject({ created: 0, updated: 0, unchanged: 61, rejected: 0 });
      const crosswalkRun = await cli('crosswalk', 'seeds/labor-market/cip-soc.csv', '--json');
      expect(JSON.parse(crosswalkRun.stdout)).toMatchObject({ created: 0, updated: 0, unchanged: 77, rejected: 0 });
    });
  });
});
