import { execFile, execSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { testTargets } from '../support/databases';
import { ADMIN_KEY, errorOf, ok, startTestServer, type GqlResponse, type TestServer } from '../support/server';
import {
  CreateApiKeyDocument,
  CreateInstitutionDocument,
  ImportCredentialsDocument,
  ImportMetricsDocument,
  ImportProgramsDocument,
  type ImportInput,
  type ImportReportFieldsFragment,
} from '../../schema/client/graphql';
import { DegreeProgram } from '../../src/modules/program/degree-program.entity';
import { MetricObservation } from '../../src/modules/metric/metric-observation.entity';
import { MicroCredential } from '../../src/modules/credential/micro-credential.entity';
import { Institution } from '../../src/modules/institution/institution.entity';

// importPrograms / importMetrics / importCredentials over HTTP, and `uplift import` as a process,
// against a real server and database. Everything written is checked in the database.

const ROOT = path.resolve(__dirname, '../..');
const FIXTURES = path.join(ROOT, 'test/fixtures');
const fixture = (name: string) => fs.readFileSync(path.join(FIXTURES, name), 'utf8');

const PROGRAM_HEADER =
  'code,title,level,modality,cip_code,total_credits,duration_years,tuition_per_credit,status,annual_prospects,annual_new_enrollments,engagement_rate,retention_rate,prospect_growth_rate';
const programRow = (code: string, over: Partial<Record<'title' | 'credits' | 'retention' | 'cip', string>> = {}) =>
  `${code},${over.title ?? `Program ${code}`},BACHELOR,ONLINE,${over.cip ?? '11.0701'},${over.credits ?? '120'},4,400,ACTIVE,1000,150,0.6,${over.retention ?? '0.8'},0.01`;
const csv = (...lines: string[]) => `${lines.join('\n')}\n`;

type Report = ImportReportFieldsFragment;
interface ProgramT {
  code: string;
  title: string;
  level: string;
  modality: string;
  cipCode: string | null;
  totalCredits: number;
  durationYears: number;
  tuitionPerCredit: number;
  status: string;
  version: number;
  baseline: {
    annualProspects: number;
    annualNewEnrollments: number;
    engagementRate: number;
    retentionRate: number;
    prospectGrowthRate: number;
  };
}
interface CredentialT {
  id: string;
  title: string;
  issuer: string;
  description: string | null;
  url: string | null;
  category: string | null;
  skills: string[];
  achievementType: string | null;
  creditValue: number | null;
  creditUnit: string | null;
  learningHours: number | null;
  eqfLevel: number | null;
  creditRecognition: string;
  creditBearing: boolean;
  costPerLearner: number;
  setupCost: number;
  externalId: string | null;
  version: number;
}
const PROGRAMS = `query($search: String) { programs(first: 100, filter: { search: $search }) { nodes {
  code title level modality cipCode totalCredits durationYears tuitionPerCredit status version
  baseline { annualProspects annualNewEnrollments engagementRate retentionRate prospectGrowthRate } } } }`;
const CREDENTIALS = `query($shared: Boolean) { credentials(first: 100, filter: { shared: $shared }) { nodes {
  id title issuer description url category skills achievementType creditValue creditUnit learningHours eqfLevel
  creditRecognition creditBearing costPerLearner setupCost externalId version } } }`;

describe.each(testTargets())('imports on %s', (target) => {
  let t: TestServer;
  let northbridgeId: number;
  beforeAll(async () => {
    t = await startTestServer(target);
    northbridgeId = (await t.server.orm.em.fork().findOneOrFail(Institution, { slug: 'northbridge' })).id;
  });
  afterAll(async () => {
    await t?.close();
  });

  const em = () => t.server.orm.em.fork();
  const report = <K extends string>(res: GqlResponse<Record<K, { report: Report }>>, key: K): Report =>
    ok(res)[key].report;
  const importPrograms = async (document: string, opts: Partial<ImportInput> = {}, key: string = t.keys.planner) =>
    report(
      await t.typed(ImportProgramsDocument, { input: { document, format: 'CSV', ...opts } }, key),
      'importPrograms',
    );
  const importMetrics = async (document: string, opts: Partial<ImportInput> = {}, key: string = t.keys.planner) =>
    report(await t.typed(ImportMetricsDocument, { input: { document, format: 'CSV', ...opts } }, key), 'importMetrics');
  const importCredentials = async (document: string, opts: Partial<ImportInput> = {}, key: string = t.keys.planner) =>
    report(
      await t.typed(ImportCredentialsDocument, { input: { document, format: 'OPEN_BADGES_3', ...opts } }, key),
      'importCredentials',
    );
  const programs = async (search: string, key: string = t.keys.planner): Promise<Record<string, ProgramT>> => {
    const nodes = ok(await t.gql<{ programs: { nodes: ProgramT[] } }>(PROGRAMS, { search }, key)).programs.nodes;
    return Object.fromEntries(nodes.map((p) => [p.code, p]));
  };
  const credentials = async (shared: boolean | null, key: string = t.keys.planner): Promise<CredentialT[]> =>
    ok(await t.gql<{ credentials: { nodes: CredentialT[] } }>(CREDENTIALS, { shared }, key)).credentials.nodes;
  const programCount = () => em().count(DegreeProgram, {});
  const credentialCount = () => em().count(MicroCredential, {});

  describe('programs CSV', () => {
    it('imports an export as it comes: BOM, CRLF, quoted commas, headers in any order and case, an unknown column', async () => {
      const before = await programCount();
      const doc =
        '\uFEFFTitle,CODE,Level,Modality,Total Credits,Duration_Years,tuition_per_credit,Annual Prospects,annual_new_enrollments,engagement_rate,retention_rate,CIP Code,Department\r\n' +
        '"Data Science, Applied (B.S.)",IMP-DSA,Bachelor,online,120,4,410.5,1500,200,0.6,85%,30.7001,Computing\r\n' +
        '"Cert in ""Applied"" AI",IMP-CAI,certificate,Hybrid,15,1,600,400,60,0.7,0.9,,Computing\r\n';
      expect(await importPrograms(doc)).toEqual({
        dryRun: false,
        created: 2,
        updated: 0,
        unchanged: 0,
        rejected: 0,
        problems: [
          {
            location: 'row 1',
            field: 'Department',
            code: 'UNKNOWN_COLUMN',
            message:
              'Column "Department" is not one Uplift reads, so it is ignored. Known columns: code, title, level, modality, total_credits, duration_years, tuition_per_credit, annual_prospects, annual_new_enrollments, engagement_rate, retention_rate, cip_code, status, prospect_growth_rate, capacity, discount_rate, instructional_cost_per_credit.',
          },
        ],
      });
      expect(await programCount()).toBe(before + 2);
      const p = await programs('IMP-');
      expect(p['IMP-DSA']).toEqual({
        code: 'IMP-DSA',
        title: 'Data Science, Applied (B.S.)',
        level: 'BACHELOR',
        modality: 'ONLINE',
        cipCode: '30.7001',
        totalCredits: 120,
        durationYears: 4,
        tuitionPerCredit: 410.5,
        status: 'ACTIVE',
        version: 1,
        baseline: {
          annualProspects: 1500,
          annualNewEnrollments: 200,
          engagementRate: 0.6,
          retentionRate: 0.85,
          prospectGrowthRate: 0,
        },
      });
      expect(p['IMP-CAI']).toEqual({
        code: 'IMP-CAI',
        title: 'Cert in "Applied" AI',
        level: 'CERTIFICATE',
        modality: 'HYBRID',
        cipCode: null,
        totalCredits: 15,
        durationYears: 1,
        tuitionPerCredit: 600,
        status: 'ACTIVE',
        version: 1,
        baseline: {
          annualProspects: 400,
          annualNewEnrollments: 60,
          engagementRate: 0.7,
          retentionRate: 0.9,
          prospectGrowthRate: 0,
        },
      });
    });

    it('a dry run gives the real report and writes nothing; the real run upserts by code, keeping what empty cells leave out', async () => {
      const doc = csv(
        'code,title,level,modality,total_credits,duration_years,tuition_per_credit,annual_prospects,annual_new_enrollments,engagement_rate,retention_rate,cip_code,status',
        'IMP-DSA,B.S. Applied Data Science,BACHELOR,ONLINE,120,4,410.5,1500,200,0.6,0.85,,PLANNED',
        'IMP-CAI,"Cert in ""Applied"" AI",CERTIFICATE,HYBRID,15,1,600,400,60,0.7,0.9,,',
        'IMP-NEW,New Program,MASTER,ON_CAMPUS,36,2,700,300,40,0.5,0.9,,',
      );
      const before = await programs('IMP-');
      const count = await programCount();
      const expected = { created: 1, updated: 1, unchanged: 1, rejected: 0, problems: [] };
      expect(await importPrograms(doc, { dryRun: true })).toEqual({ dryRun: true, ...expected });
      expect(await programCount()).toBe(count);
      expect(await programs('IMP-')).toEqual(before);

      expect(await importPrograms(doc)).toEqual({ dryRun: false, ...expected });
      const after = await programs('IMP-');
      expect(await programCount()).toBe(count + 1);
      expect(after['IMP-DSA']).toEqual({
        ...before['IMP-DSA'],
        title: 'B.S. Applied Data Science',
        status: 'PLANNED',
        cipCode: '30.7001',
        version: 2,
      });
      expect(after['IMP-CAI']).toEqual(before['IMP-CAI']);
      expect(after['IMP-NEW']).toMatchObject({
        level: 'MASTER',
        modality: 'ON_CAMPUS',
        status: 'ACTIVE',
        cipCode: null,
        version: 1,
      });
      expect(await importPrograms(doc)).toEqual({
        dryRun: false,
        created: 0,
        updated: 0,
        unchanged: 3,
        rejected: 0,
        problems: [],
      });
    });

    it('is all or nothing: one bad row and nothing is written; skipInvalid writes the valid rows and reports the rest', async () => {
      const doc = csv(
        PROGRAM_HEADER,
        programRow('IMP-A'),
        programRow('IMP-B', { retention: '1.2' }),
        programRow('IMP-A', { title: 'Again' }),
      );
      const count = await programCount();
      const rowProblems = [
        {
          location: 'row 3',
          field: 'retention_rate',
          code: 'INVALID_VALUE',
          message: 'retention_rate must be a rate strictly between 0 and 1 (e.g. 0.85 for 85%)',
        },
        {
          location: 'row 4',
          field: 'code',
          code: 'DUPLICATE',
          message: 'Code "IMP-A" already appears in row 2; a program appears once per file.',
        },
      ];
      expect(await importPrograms(doc)).toEqual({
        dryRun: false,
        created: 0,
        updated: 0,
        unchanged: 0,
        rejected: 2,
        problems: [
          {
            location: 'document',
            field: null,
            code: 'NOTHING_WRITTEN',
            message:
              '2 of 3 records have problems, so nothing was written (all or nothing). Fix them and import again, or import with skipInvalid to write the 1 valid record.',
          },
          ...rowProblems,
        ],
      });
      expect(await programCount()).toBe(count);
      expect(await importPrograms(doc, { dryRun: true })).toMatchObject({
        dryRun: true,
        created: 0,
        rejected: 2,
        problems: [
          { code: 'NOTHING_WRITTEN', message: expect.stringContaining('so this import would write nothing') },
          ...rowProblems,
        ],
      });

      expect(await importPrograms(doc, { skipInvalid: true })).toEqual({
        dryRun: false,
        created: 1,
        updated: 0,
        unchanged: 0,
        rejected: 2,
        problems: rowProblems,
      });
      expect(await programCount()).toBe(count + 1);
      expect(Object.keys(await programs('IMP-A'))).toEqual(['IMP-A']);
      expect((await programs('IMP-A'))['IMP-A'].title).toBe('Program IMP-A');
    });

    it('rolls back batches already written when a later batch holds a bad row (one transaction per import)', async () => {
      const rows = Array.from({ length: 1204 }, (_, i) => programRow(`IMP-BULK-${i}`));
      rows.push(programRow('IMP-BULK-BAD', { cip: '11.07' }));
      const count = await programCount();
      const r = await importPrograms(csv(PROGRAM_HEADER, ...rows));
      expect(r).toMatchObject({ created: 0, rejected: 1 });
      expect(r.problems.map((p) => [p.location, p.field, p.code])).toEqual([
        ['document', null, 'NOTHING_WRITTEN'],
        ['row 1206', 'cip_code', 'INVALID_VALUE'],
      ]);
      expect(await programCount()).toBe(count);
      expect(await em().count(DegreeProgram, { code: { $like: 'IMP-BULK-%' } })).toBe(0);
    });

    it('lists at most 1,000 problems, then says how many more there are', async () => {
      const rows = Array.from({ length: 1003 }, (_, i) => programRow(`IMP-MANY-${i}`, { retention: '2' }));
      const r = await importPrograms(csv(PROGRAM_HEADER, ...rows), { skipInvalid: true });
      expect(r).toMatchObject({ created: 0, rejected: 1003 });
      expect(r.problems).toHaveLength(1001);
      expect(r.problems[999]).toMatchObject({ location: 'row 1001', field: 'retention_rate', code: 'INVALID_VALUE' });
      expect(r.problems[1000]).toEqual({
        location: 'document',
        field: null,
        code: 'TOO_MANY_PROBLEMS',
        message: '3 more problems are not listed; fix the ones above (they often repeat) and import again.',
      });
    });

    it('reads capacity, discount_rate and instructional_cost_per_credit: empty cells are defaults, bad cells are refused by row and column', async () => {
      const header = `${PROGRAM_HEADER},capacity,discount_rate,instructional_cost_per_credit`;
      // programRow: 1,000 prospects, 150 new enrollments.
      const doc = csv(
        header,
        `${programRow('IMP-CAP-OK')},180,45%,310.5`,
        `${programRow('IMP-CAP-DEF')},,,`,
        `${programRow('IMP-CAP-LOW')},120,0.3,300`,
        `${programRow('IMP-CAP-BAD')},1.5,1,-3`,
        `${programRow('IMP-CAP-NaN')},many,0.3,"1,200"`,
      );
      const count = await programCount();
      const problems = [
        {
          location: 'row 4',
          field: 'capacity',
          code: 'INVALID_VALUE',
          message:
            "Capacity (120) is below today's new enrollments (150); a program cannot take fewer entrants than it already does.",
        },
        {
          location: 'row 5',
          field: 'capacity',
          code: 'INVALID_VALUE',
          message: 'capacity must be an integer number',
        },
        {
          location: 'row 5',
          field: 'discount_rate',
          code: 'INVALID_VALUE',
          message: 'discount_rate must be at least 0 and below 1 (e.g. 0.45 for 45%)',
        },
        {
          location: 'row 5',
          field: 'instructional_cost_per_credit',
          code: 'INVALID_VALUE',
          message: 'instructional_cost_per_credit must not be less than 0',
        },
        { location: 'row 6', field: 'capacity', code: 'INVALID_VALUE', message: 'capacity "many" is not a number.' },
        {
          location: 'row 6',
          field: 'instructional_cost_per_credit',
          code: 'INVALID_VALUE',
          message:
            'instructional_cost_per_credit "1,200" is not a number: write it without thousands separators (1200).',
        },
      ];
      expect(await importPrograms(doc, { skipInvalid: true })).toEqual({
        dryRun: false,
        created: 2,
        updated: 0,
        unchanged: 0,
        rejected: 3,
        problems,
      });
      expect(await programCount()).toBe(count + 2);
      const stored = async (code: string) => {
        const p = await em().findOneOrFail(DegreeProgram, { code, institution: northbridgeId });
        return {
          capacity: p.capacity ?? null,
          discountRate: p.discountRate,
          instructionalCostPerCredit: p.instructionalCostPerCredit,
          annualNewEnrollments: p.annualNewEnrollments,
          version: p.version,
        };
      };
      expect(await stored('IMP-CAP-OK')).toEqual({
        capacity: 180,
        discountRate: 0.45,
        instructionalCostPerCredit: 310.5,
        annualNewEnrollments: 150,
        version: 1,
      });
      expect(await stored('IMP-CAP-DEF')).toMatchObject({
        capacity: null,
        discountRate: 0,
        instructionalCostPerCredit: 0,
      });
      expect(await em().count(DegreeProgram, { code: { $like: 'IMP-CAP-%' } })).toBe(2);

      // An existing program: a row without a capacity keeps the stored one, and its new enrollments must fit it.
      const raised = (entrants: number, tail: string) =>
        `${programRow('IMP-CAP-OK').replace(',1000,150,', `,1000,${entrants},`)},${tail}`;
      expect(await importPrograms(csv(header, raised(200, ',,')), { skipInvalid: true })).toEqual({
        dryRun: false,
        created: 0,
        updated: 0,
        unchanged: 0,
        rejected: 1,
        problems: [
          {
            location: 'row 2',
            field: 'annual_new_enrollments',
            code: 'INVALID_VALUE',
            message:
              "Program IMP-CAP-OK: New enrollments (200) exceed the program's capacity (180); raise the capacity, or remove it (capacity: null), in the same change.",
          },
        ],
      });
      expect((await stored('IMP-CAP-OK')).version).toBe(1);
      // Empty cells keep the stored values; a capacity in the same row lets the entrants grow.
      expect(await importPrograms(csv(header, `${programRow('IMP-CAP-OK')},,,`))).toMatchObject({
        unchanged: 1,
        rejected: 0,
      });
      expect(await importPrograms(csv(header, raised(200, '250,,')))).toMatchObject({ updated: 1, rejected: 0 });
      expect(await stored('IMP-CAP-OK')).toEqual({
        capacity: 250,
        discountRate: 0.45,
        instructionalCostPerCredit: 310.5,
        annualNewEnrollments: 200,
        version: 2,
      });
      // The same over the API's read path.
      const read = ok(
        await t.gql<{
          programs: { nodes: { capacity: number | null; discountRate: number; instructionalCostPerCredit: number }[] };
        }>(
          `query { programs(first: 1, filter: { search: "IMP-CAP-OK" }) { nodes { capacity discountRate instructionalCostPerCredit } } }`,
          {},
          t.keys.planner,
        ),
      );
      expect(read.programs.nodes).toEqual([{ capacity: 250, discountRate: 0.45, instructionalCostPerCredit: 310.5 }]);
    });

    it('refuses to shrink total credits below what embedded credentials apply, as updateProgram does', async () => {
      const ds = (await programs('BS-DS'))['BS-DS'];
      const b = ds.baseline;
      const row = (credits: number) =>
        `BS-DS,${ds.title},${ds.level},${ds.modality},${ds.cipCode},${credits},${ds.durationYears},${ds.tuitionPerCredit},${ds.status},${b.annualProspects},${b.annualNewEnrollments},${b.engagementRate},${b.retentionRate},${b.prospectGrowthRate}`;
      expect(await importPrograms(csv(PROGRAM_HEADER, row(ds.totalCredits)))).toMatchObject({
        unchanged: 1,
        rejected: 0,
      });
      expect(await importPrograms(csv(PROGRAM_HEADER, row(80)), { skipInvalid: true })).toEqual({
        dryRun: false,
        created: 0,
        updated: 0,
        unchanged: 0,
        rejected: 1,
        problems: [
          {
            location: 'row 2',
            field: 'total_credits',
            code: 'EMBEDDED_CREDITS',
            message:
              'Program BS-DS: Embedded credentials already apply 21 credits; 80 total credits would allow at most 20.',
          },
        ],
      });
      expect((await programs('BS-DS'))['BS-DS']).toEqual(ds);
    });
  });

  describe('metrics CSV', () => {
    it('upserts by program code, academic year and metric, reading year spans and percentages', async () => {
      // 2026: the first year after the demo's pilot history (2018–2025).
      const cs = await em().findOneOrFail(DegreeProgram, { institution: northbridgeId, code: 'BS-CS' });
      const stored = async () =>
        (
          await em().find(
            MetricObservation,
            { program: cs.id, academicYear: { $in: [2024, 2026] } },
            { orderBy: { academicYear: 'ASC', metric: 'ASC' } },
          )
        ).map((m) => [m.academicYear, m.metric, m.value, m.numerator ?? null, m.denominator ?? null]);
      const before = await stored();
      const old2024 = before.find((m) => m[0] === 2024 && m[1] === 'PROSPECTS')!;
      const doc = csv(
        'Program Code,Academic Year,Metric,Value,Numerator,Denominator',
        'BS-CS,2026-27,new enrollments,330,,',
        'BS-CS,2026/27,RETENTION_RATE,85%,272,320',
        `BS-CS,2024,PROSPECTS,${Number(old2024[2]) + 1},,`,
        `BS-CS,2024-25,NEW_ENROLLMENTS,${before.find((m) => m[0] === 2024 && m[1] === 'NEW_ENROLLMENTS')![2]},,`,
      );
      const count = await em().count(MetricObservation, {});
      expect(await importMetrics(doc, { dryRun: true })).toEqual({
        dryRun: true,
        created: 2,
        updated: 1,
        unchanged: 1,
        rejected: 0,
        problems: [],
      });
      expect(await stored()).toEqual(before);
      expect(await importMetrics(doc)).toEqual({
        dryRun: false,
        created: 2,
        updated: 1,
        unchanged: 1,
        rejected: 0,
        problems: [],
      });
      expect(await em().count(MetricObservation, {})).toBe(count + 2);
      const after = await stored();
      expect(after).toContainEqual([2026, 'NEW_ENROLLMENTS', 330, null, null]);
      expect(after).toContainEqual([2026, 'RETENTION_RATE', 0.85, 272, 320]);
      expect(after).toContainEqual([2024, 'PROSPECTS', Number(old2024[2]) + 1, null, null]);
      expect(after.length).toBe(before.length + 2);
      // Visible through the API as recorded.
      const res = ok(
        await t.gql<{ program: { metrics: { nodes: { academicYear: number; metric: string; value: number }[] } } }>(
          'query($id: ID!) { program(id: $id) { metrics(first: 100) { nodes { academicYear metric value } } } }',
          { id: Buffer.from(`DegreeProgram:${cs.id}`).toString('base64url') },
          t.keys.viewer,
        ),
      );
      expect(res.program.metrics.nodes).toContainEqual({ academicYear: 2026, metric: 'RETENTION_RATE', value: 0.85 });
      expect(await importMetrics(doc)).toMatchObject({ created: 0, updated: 0, unchanged: 4 });
    });

    it('rejects unknown program codes and broken rows with the recordMetrics rules; nothing is written', async () => {
      const count = await em().count(MetricObservation, {});
      const doc = csv(
        'program_code,academic_year,metric,value,numerator,denominator',
        'NO-SUCH,2025,PROSPECTS,100,,',
        'BS-CS,2026,ENGAGEMENT_RATE,0.9,170,200',
        'BS-CS,2026,COMPLETIONS,10,,',
        'BS-CS,2026,COMPLETIONS,11,,',
      );
      expect(await importMetrics(doc)).toEqual({
        dryRun: false,
        created: 0,
        updated: 0,
        unchanged: 0,
        rejected: 3,
        problems: [
          {
            location: 'document',
            field: null,
            code: 'NOTHING_WRITTEN',
            message:
              '3 of 4 records have problems, so nothing was written (all or nothing). Fix them and import again, or import with skipInvalid to write the 1 valid record.',
          },
          {
            location: 'row 3',
            field: 'value',
            code: 'INVALID_VALUE',
            message: 'value 0.9 does not match numerator / denominator = 0.8500.',
          },
          {
            location: 'row 2',
            field: 'program_code',
            code: 'NOT_FOUND',
            message: 'Your institution has no program with code "NO-SUCH"; import or create the program first.',
          },
          {
            location: 'row 5',
            field: 'metric',
            code: 'DUPLICATE',
            message: 'BS-CS 2026 COMPLETIONS already appears in row 4; give each program, year and metric once.',
          },
        ],
      });
      expect(await em().count(MetricObservation, {})).toBe(count);

      // A problem only the database can show (an unknown code) after a valid row of the same batch: still nothing written.
      const late = csv('program_code,academic_year,metric,value', 'BS-CS,2027,PROSPECTS,5', 'NO-SUCH,2027,PROSPECTS,5');
      expect(await importMetrics(late)).toMatchObject({
        created: 0,
        rejected: 1,
        problems: [{ code: 'NOTHING_WRITTEN' }, { location: 'row 3', code: 'NOT_FOUND' }],
      });
      expect(await em().count(MetricObservation, { academicYear: 2027 })).toBe(0);
      expect(await importMetrics(late, { skipInvalid: true })).toMatchObject({ created: 1, rejected: 1 });
      expect(await em().count(MetricObservation, { academicYear: 2027 })).toBe(1);
    });
  });

  describe('credentials', () => {
    it("imports the 1EdTech complete credential (Open Badges 3.0) into the caller's catalog, field by field", async () => {
      const count = await credentialCount();
      const complete = fixture('open-badges-3/1edtech-complete.json');
      const noUnit = await importCredentials(complete);
      expect(noUnit.problems).toHaveLength(2);
      expect(noUnit).toMatchObject({
        created: 0,
        rejected: 1,
        problems: [
          { code: 'NOTHING_WRITTEN' },
          {
            location: '$.credentialSubject.achievement.creditsAvailable',
            field: 'creditsAvailable',
            code: 'MISSING_UNIT',
          },
        ],
      });
      expect(await credentialCount()).toBe(count);
      expect(await importCredentials(complete, { creditUnit: 'US_CREDIT_HOUR' })).toEqual({
        dryRun: false,
        created: 1,
        updated: 0,
        unchanged: 0,
        rejected: 0,
        problems: [
          {
            location: '$.credentialSubject.achievement.achievementType',
            field: 'achievementType',
            code: 'DEGREE_KEPT',
            message:
              '"1EdTech University Degree" has achievementType Degree: a degree rather than a micro-credential. It is kept as given; check that it belongs in the catalog before embedding it.',
          },
        ],
      });
      const own = (await credentials(false)).filter((c) => c.externalId === 'https://1edtech.edu/achievements/degree');
      expect(own).toHaveLength(1);
      expect(own[0]).toEqual({
        id: expect.any(String),
        title: '1EdTech University Degree',
        issuer: '1EdTech University',
        description: '1EdTech University Degree Description',
        url: 'https://credentialengineregistry.org/resources/ce-98cb027b-95ef-4494-908d-6f7790ec6b6b',
        category: 'Research',
        skills: ['research', 'computer science'],
        achievementType: 'Degree',
        creditValue: 36,
        creditUnit: 'US_CREDIT_HOUR',
        learningHours: null,
        eqfLevel: null,
        creditRecognition: 'NONE',
        creditBearing: false,
        costPerLearner: 0,
        setupCost: 0,
        externalId: 'https://1edtech.edu/achievements/degree',
        version: 1,
      });
      const row = await em().findOneOrFail(
        MicroCredential,
        { externalId: 'https://1edtech.edu/achievements/degree' },
        { populate: ['institution'] },
      );
      expect(row.institution?.id).toBe(northbridgeId);
      expect(row.skillsIndex).toBe('|research|computer science|');
    });

    it('imports the 1EdTech simple badge; the same document again is unchanged', async () => {
      const simple = fixture('open-badges-3/1edtech-simple.json');
      expect(await importCredentials(simple)).toEqual({
        dryRun: false,
        created: 1,
        updated: 0,
        unchanged: 0,
        rejected: 0,
        problems: [],
      });
      const own = (await credentials(false)).filter(
        (c) => c.externalId === 'https://example.com/achievements/21st-century-skills/teamwork',
      );
      expect(own).toEqual([
        {
          id: expect.any(String),
          title: 'Teamwork',
          issuer: 'Example Corp',
          description:
            'This badge recognizes the development of the capacity to collaborate within a group environment.',
          url: null,
          category: null,
          skills: [],
          achievementType: null,
          creditValue: null,
          creditUnit: null,
          learningHours: null,
          eqfLevel: null,
          creditRecognition: 'NONE',
          creditBearing: false,
          costPerLearner: 0,
          setupCost: 0,
          externalId: 'https://example.com/achievements/21st-century-skills/teamwork',
          version: 1,
        },
      ]);
      expect(await importCredentials(simple)).toEqual({
        dryRun: false,
        created: 0,
        updated: 0,
        unchanged: 1,
        rejected: 0,
        problems: [],
      });
      expect((await credentials(false)).find((c) => c.id === own[0].id)!.version).toBe(1);
    });

    it('reports the Credential Engine bachelor degree (CTDL) and imports nothing', async () => {
      const count = await credentialCount();
      expect(await importCredentials(fixture('ctdl/ce-credential-1-bachelor.json'), { format: 'CTDL' })).toEqual({
        dryRun: false,
        created: 0,
        updated: 0,
        unchanged: 0,
        rejected: 1,
        problems: [
          {
            location: 'document',
            field: null,
            code: 'NOTHING_WRITTEN',
            message: '1 of 1 record has problems, so nothing was written (all or nothing). Fix it and import again.',
          },
          {
            location: "$['@type']",
            field: '@type',
            code: 'NOT_A_MICRO_CREDENTIAL',
            message:
              'ceterms:BachelorDegree "Bachelor of Science in Cybersecurity" is a degree, not a micro-credential, so it is not imported. Import the micro-credentials, badges or certificates it includes instead.',
          },
        ],
      });
      expect(await credentialCount()).toBe(count);
      expect(await em().count(MicroCredential, { externalId: 'ce-edc318c1-aa67-47e2-9638-a8529e6612d4' })).toBe(0);
    });

    it('imports CTDL micro-credentials from an @graph, upserting by CTID', async () => {
      const graph = (name: string) =>
        JSON.stringify({
          '@context': 'https://credreg.net/ctdl/schema/context/json',
          '@graph': [
            {
              '@id': '_:org',
              '@type': 'ceterms:CredentialOrganization',
              'ceterms:name': { 'en-US': 'Northbridge Extended Learning' },
            },
            {
              '@id': 'https://example.org/c/1',
              '@type': 'ceterms:Certification',
              'ceterms:ctid': 'ce-import-test-1',
              'ceterms:name': { 'en-US': name },
              'ceterms:ownedBy': ['_:org'],
              'ceterms:creditValue': [
                {
                  '@type': 'ceterms:ValueProfile',
                  'schema:value': 7.5,
                  'ceterms:creditUnitType': [{ 'ceterms:targetNode': 'creditUnit:ECTS' }],
                },
              ],
            },
          ],
        });
      expect(await importCredentials(graph('Cloud Operations'), { format: 'CTDL' })).toMatchObject({
        created: 1,
        rejected: 0,
        problems: [{ code: 'NOT_A_CREDENTIAL' }],
      });
      expect(await importCredentials(graph('Cloud Operations II'), { format: 'CTDL' })).toMatchObject({
        created: 0,
        updated: 1,
        rejected: 0,
      });
      const c = (await credentials(false)).filter((x) => x.externalId === 'ce-import-test-1');
      expect(c).toEqual([
        expect.objectContaining({
          title: 'Cloud Operations II',
          issuer: 'Northbridge Extended Learning',
          achievementType: 'Certification',
          creditValue: 7.5,
          creditUnit: 'ECTS',
          version: 2,
        }),
      ]);
    });

    it('a re-import keeps recognition and costs, and cannot take away credits a program applies', async () => {
      const achievement = (credits: number, description: string) =>
        JSON.stringify({
          id: 'urn:uplift:test:cloud-badge',
          type: ['Achievement'],
          name: 'Cloud Badge',
          description,
          creditsAvailable: credits,
          creator: { id: 'https://northbridge.edu', type: ['Profile'], name: 'Northbridge University' },
        });
      expect(await importCredentials(achievement(6, 'v1'), { creditUnit: 'US_CREDIT_HOUR' })).toMatchObject({
        created: 1,
      });
      const id = (await credentials(false)).find((c) => c.externalId === 'urn:uplift:test:cloud-badge')!.id;
      ok(
        await t.gql(
          'mutation($id: ID!) { updateCredential(input: { id: $id, creditRecognition: INSTITUTION, costPerLearner: 120 }) { credential { id } } }',
          { id },
          t.keys.planner,
        ),
      );
      const cs = (
        await t.gql<{ programs: { nodes: { id: string }[] } }>(
          '{ programs(first: 1, filter: { search: "BS-CS" }) { nodes { id } } }',
          {},
          t.keys.planner,
        )
      ).data!.programs.nodes[0].id;
      ok(
        await t.gql(
          'mutation($p: ID!, $c: ID!) { embedCredential(input: { programId: $p, credentialId: $c, creditsApplied: 3, requirement: ELECTIVE }) { embedding { id } } }',
          { p: cs, c: id },
          t.keys.planner,
        ),
      );

      expect(await importCredentials(achievement(6, 'v2'), { creditUnit: 'US_CREDIT_HOUR' })).toMatchObject({
        updated: 1,
        rejected: 0,
      });
      const kept = (await credentials(false)).find((c) => c.id === id)!;
      expect(kept).toMatchObject({
        description: 'v2',
        creditRecognition: 'INSTITUTION',
        costPerLearner: 120,
        creditBearing: true,
        creditValue: 6,
        version: 3,
      });

      expect(await importCredentials(achievement(2, 'v3'), { creditUnit: 'US_CREDIT_HOUR' })).toEqual({
        dryRun: false,
        created: 0,
        updated: 0,
        unchanged: 0,
        rejected: 1,
        problems: [
          {
            location: 'document',
            field: null,
            code: 'NOTHING_WRITTEN',
            message: '1 of 1 record has problems, so nothing was written (all or nothing). Fix it and import again.',
          },
          {
            location: '$.creditsAvailable',
            field: 'creditsAvailable',
            code: 'EMBEDDED_CREDITS',
            message:
              'Program BS-CS applies 3 credits of this credential: "Cloud Badge" is worth 2 US_CREDIT_HOUR here; 3 cannot be applied. Change that embedding first.',
          },
        ],
      });
      expect((await credentials(false)).find((c) => c.id === id)).toEqual(kept);
    });

    it("the platform admin imports into the shared catalog; an institution's own catalog stays private", async () => {
      const other = await otherInstitution();
      const badge = JSON.stringify([
        {
          id: 'urn:uplift:test:shared-1',
          type: ['Achievement'],
          name: 'Shared Badge',
          creator: { type: ['Profile'], name: 'Consortium' },
          tag: ['SQL'],
        },
      ]);
      expect(await importCredentials(badge, {}, ADMIN_KEY)).toMatchObject({ created: 1, rejected: 0 });
      expect(
        (
          await em().findOneOrFail(
            MicroCredential,
            { externalId: 'urn:uplift:test:shared-1' },
            { populate: ['institution'] },
          )
        ).institution,
      ).toBeNull();
      for (const key of [t.keys.viewer, other.planner]) {
        expect((await credentials(true, key)).map((c) => c.externalId)).toContain('urn:uplift:test:shared-1');
      }
      // Northbridge's imports are not the other institution's, and its re-import creates its own entry.
      expect((await credentials(false, other.planner)).map((c) => c.externalId)).toEqual([]);
      expect(await importCredentials(fixture('open-badges-3/1edtech-simple.json'), {}, other.planner)).toMatchObject({
        created: 1,
        unchanged: 0,
      });
      expect(
        await em().count(MicroCredential, {
          externalId: 'https://example.com/achievements/21st-century-skills/teamwork',
        }),
      ).toBe(2);
    });
  });

  let other: { planner: string; id: number } | null = null;
  async function otherInstitution(): Promise<{ planner: string; id: number }> {
    if (other) return other;
    const inst = ok(
      await t.typed(
        CreateInstitutionDocument,
        {
          input: {
            name: 'Southfield College',
            slug: 'southfield',
            country: 'GB',
            creditUnit: 'UK_CATS',
            currency: 'GBP',
          },
        },
        ADMIN_KEY,
      ),
    ).createInstitution.institution;
    const key = ok(
      await t.typed(
        CreateApiKeyDocument,
        { input: { institutionId: inst.id, name: 'planner', role: 'PLANNER' } },
        ADMIN_KEY,
      ),
    ).createApiKey.secret;
    other = { planner: key, id: (await em().findOneOrFail(Institution, { slug: 'southfield' })).id };
    return other;
  }

  describe('tenancy', () => {
    it("codes are per institution: another institution's programs are neither matched nor changed", async () => {
      const o = await otherInstitution();
      const northbridgeCs = (await programs('BS-CS'))['BS-CS'];
      const doc = csv(PROGRAM_HEADER, programRow('BS-CS', { title: 'Southfield Computing', credits: '360' }));
      expect(await importPrograms(doc, {}, o.planner)).toEqual({
        dryRun: false,
        created: 1,
        updated: 0,
        unchanged: 0,
        rejected: 0,
        problems: [],
      });
      expect((await programs('BS-CS'))['BS-CS']).toEqual(northbridgeCs);
      expect(Object.values(await programs('', o.planner)).map((p) => [p.code, p.title, p.totalCredits])).toEqual([
        ['BS-CS', 'Southfield Computing', 360],
      ]);
      expect(await em().count(DegreeProgram, { code: 'BS-CS' })).toBe(2);

      const count = await em().count(MetricObservation, {});
      expect(
        await importMetrics(
          csv('program_code,academic_year,metric,value', 'BS-DS,2030,PROSPECTS,5'),
          { skipInvalid: true },
          o.planner,
        ),
      ).toEqual({
        dryRun: false,
        created: 0,
        updated: 0,
        unchanged: 0,
        rejected: 1,
        problems: [
          {
            location: 'row 2',
            field: 'program_code',
            code: 'NOT_FOUND',
            message: 'Your institution has no program with code "BS-DS"; import or create the program first.',
          },
        ],
      });
      expect(await em().count(MetricObservation, {})).toBe(count);
    });
  });

  describe('access and bad documents', () => {
    it('needs a PLANNER key (the platform admin only for credentials); a VIEWER or no key writes nothing', async () => {
      const programsBefore = await programCount();
      const credentialsBefore = await credentialCount();
      const doc = csv(PROGRAM_HEADER, programRow('IMP-DENIED'));
      const denied = async (res: Promise<GqlResponse<unknown>>, code: string) =>
        expect(errorOf(await res).code).toBe(code);
      await denied(
        t.typed(ImportProgramsDocument, { input: { document: doc, format: 'CSV' } }, t.keys.viewer),
        'FORBIDDEN',
      );
      await denied(
        t.typed(ImportProgramsDocument, { input: { document: doc, format: 'CSV' } }, ADMIN_KEY),
        'FORBIDDEN',
      );
      await denied(
        t.typed(ImportProgramsDocument, { input: { document: doc, format: 'CSV' } }, null),
        'UNAUTHENTICATED',
      );
      await denied(
        t.typed(
          ImportMetricsDocument,
          { input: { document: 'program_code,academic_year,metric,value\nBS-CS,2031,PROSPECTS,1\n', format: 'CSV' } },
          t.keys.viewer,
        ),
        'FORBIDDEN',
      );
      await denied(
        t.typed(
          ImportCredentialsDocument,
          { input: { document: fixture('open-badges-3/1edtech-simple.json'), format: 'OPEN_BADGES_3' } },
          t.keys.viewer,
        ),
        'FORBIDDEN',
      );
      expect(await programCount()).toBe(programsBefore);
      expect(await credentialCount()).toBe(credentialsBefore);
      expect(await em().count(MetricObservation, { academicYear: 2031 })).toBe(0);
    });

    it('refuses documents that cannot be read, naming the input field, and writes nothing', async () => {
      const programsBefore = await programCount();
      const credentialsBefore = await credentialCount();
      const cases: [Promise<GqlResponse<unknown>>, string, RegExp][] = [
        [
          t.typed(ImportProgramsDocument, { input: { document: '', format: 'CSV' } }, t.keys.planner),
          'input.document',
          /^The CSV is empty: expected a header row with the columns code, title/,
        ],
        [
          t.typed(
            ImportProgramsDocument,
            { input: { document: csv('code,title,level', 'X,x,BACHELOR'), format: 'CSV' } },
            t.keys.planner,
          ),
          'input.document',
          /^The header row \(row 1\) lacks the required columns modality, total_credits, duration_years, tuition_per_credit, annual_prospects, annual_new_enrollments, engagement_rate, retention_rate\./,
        ],
        [
          t.typed(
            ImportProgramsDocument,
            { input: { document: csv(PROGRAM_HEADER, programRow('IMP-F')), format: 'CTDL' } },
            t.keys.planner,
          ),
          'input.format',
          /^Programs are imported from CSV/,
        ],
        [
          t.typed(
            ImportProgramsDocument,
            { input: { document: csv(PROGRAM_HEADER, programRow('IMP-U')), format: 'CSV', creditUnit: 'ECTS' } },
            t.keys.planner,
          ),
          'input.creditUnit',
          /^Program credits are in your institution's unit, US_CREDIT_HOUR/,
        ],
        [
          t.typed(
            ImportCredentialsDocument,
            { input: { document: '{"type": ["OpenBadgeCredential"', format: 'OPEN_BADGES_3' } },
            t.keys.planner,
          ),
          'input.document',
          /^The document is not JSON: /,
        ],
        [
          t.typed(
            ImportCredentialsDocument,
            {
              input: {
                document: JSON.stringify({
                  '@context': 'https://w3id.org/openbadges/v2',
                  type: 'BadgeClass',
                  name: 'Old badge',
                }),
                format: 'OPEN_BADGES_3',
              },
            },
            t.keys.planner,
          ),
          'input.document',
          /Open Badges 2\.0 BadgeClass; ask the issuer for the Open Badges 3\.0 version\.$/,
        ],
        [
          t.typed(
            ImportCredentialsDocument,
            { input: { document: fixture('open-badges-3/1edtech-simple.json'), format: 'CTDL' } },
            t.keys.planner,
          ),
          'input.document',
          /import it with format OPEN_BADGES_3\.$/,
        ],
        [
          t.typed(ImportCredentialsDocument, { input: { document: 'a,b\n', format: 'CSV' } }, t.keys.planner),
          'input.format',
          /^Credentials are imported from Open Badges 3\.0 or CTDL JSON/,
        ],
      ];
      for (const [res, field, message] of cases) {
        const e = errorOf(await res);
        expect({ code: e.code, field: e.field }).toEqual({ code: 'BAD_USER_INPUT', field });
        expect(e.message).toMatch(message);
      }
      expect(await programCount()).toBe(programsBefore);
      expect(await credentialCount()).toBe(credentialsBefore);
    });
    it('refuses a \\u0000 escape anywhere in an Open Badges or CTDL document as BAD_USER_INPUT naming its JSON path; nothing is written', async () => {
      const credentialsBefore = await credentialCount();
      const badge = JSON.parse(fixture('open-badges-3/1edtech-simple.json')) as {
        credentialSubject: { achievement: Record<string, unknown> };
      };
      const badgeKey = JSON.stringify({ ...badge, ['na\u0000me']: 'x' });
      badge.credentialSubject.achievement.name = 'Team\u0000work';
      const ctdl = {
        '@context': 'https://credreg.net/ctdl/schema/context/json',
        '@graph': [
          {
            '@id': 'https://example.org/c/nul',
            '@type': 'ceterms:Certification',
            'ceterms:ctid': 'ce-nul-1',
            'ceterms:name': { 'en-US': 'Cloud' },
            'ceterms:keyword': ['ok', 'bad\u0000'],
          },
        ],
      };
      const cases: [string, string, string][] = [
        [JSON.stringify(badge), 'OPEN_BADGES_3', '$.credentialSubject.achievement.name'],
        [badgeKey, 'OPEN_BADGES_3', "$['na\\u0000me']"],
        [JSON.stringify(ctdl), 'CTDL', "$['@graph'][0]['ceterms:keyword'][1]"],
      ];
      for (const [document, format, at] of cases) {
        // The GraphQL text guard sees only the escape: the NUL appears when the importer decodes the document.
        expect(document).toContain('\\u0000');
        expect(document).not.toContain('\u0000');
        for (const dryRun of [false, true]) {
          const e = errorOf(
            await t.typed(ImportCredentialsDocument, { input: { document, format, dryRun } } as never, t.keys.planner),
          );
          expect({ code: e.code, field: e.field }).toEqual({ code: 'BAD_USER_INPUT', field: 'input.document' });
          expect(e.message).toBe(
            `${at}: text cannot contain the NUL character (\\u0000); remove it and import again. Nothing was written.`,
          );
        }
      }
      // Under the GraphQL-over-HTTP media type the refusal is a 400: the request was refused as a whole.
      const res = await fetch(t.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          accept: 'application/graphql-response+json',
          authorization: `Bearer ${t.keys.planner}`,
        },
        body: JSON.stringify({
          query: `mutation($input: ImportInput!) { importCredentials(input: $input) { report { created } } }`,
          variables: { input: { document: cases[0][0], format: 'OPEN_BADGES_3' } },
        }),
      });
      expect(res.status).toBe(400);
      const body = (await res.json()) as { errors: { extensions: { code: string; field: string } }[] };
      expect(body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.document' });
      expect(body.errors[0].extensions).not.toHaveProperty('http');
      // An escaped backslash before "u0000" is no NUL: the document imports.
      badge.credentialSubject.achievement.name = 'Team \\u0000 work';
      const escaped = await importCredentials(JSON.stringify(badge), { dryRun: true });
      expect([escaped.rejected, escaped.created + escaped.updated + escaped.unchanged]).toEqual([0, 1]);
      expect(await credentialCount()).toBe(credentialsBefore);
    });
  });

  describe('the CLI (uplift import)', () => {
    const main = path.join(ROOT, 'dist/src/main.js');
    let dir: string;
    let databaseUrl: string;
    beforeAll(() => {
      // `npm test` builds first; a bare jest run builds here when the CLI is missing.
      if (!fs.existsSync(path.join(ROOT, 'dist/src/app/import-cli.js')))
        execSync('npm run build', { cwd: ROOT, stdio: 'ignore' });
      dir = fs.mkdtempSync(path.join(os.tmpdir(), 'uplift-import-cli-'));
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

    it("dry-runs the README's shipped credential samples without a rejection, writing nothing", async () => {
      const before = await credentialCount();
      for (const args of [
        ['seeds/samples/open-badges-3.json', '--unit', 'US_CREDIT_HOUR'],
        ['seeds/samples/ctdl.json', '--format', 'ctdl'],
      ]) {
        const run = await cli('credentials', ...args, '--institution', 'northbridge', '--dry-run', '--json');
        expect({ file: args[0], code: run.code, stderr: run.stderr }).toEqual({ file: args[0], code: 0, stderr: '' });
        const report = JSON.parse(run.stdout) as {
          dryRun: boolean;
          rejected: number;
          created: number;
          updated: number;
          unchanged: number;
        };
        expect(report).toMatchObject({ dryRun: true, rejected: 0 });
        expect(report.created + report.updated + report.unchanged).toBe(args[0].endsWith('ctdl.json') ? 1 : 2);
      }
      expect(await credentialCount()).toBe(before);
    });

    it('imports the committed sample CSVs (exit 0), and a dry run of them again changes nothing', async () => {
      const count = await programCount();
      const programsRun = await cli('programs', 'seeds/samples/programs.csv', '--institution', 'northbridge');
      expect(programsRun).toEqual({
        code: 0,
        stderr: '',
        stdout:
          'Import of programs from seeds/samples/programs.csv into Northbridge University (northbridge)\n  created    5\n  updated    0\n  unchanged  0\n  rejected   0\n',
      });
      expect(await programCount()).toBe(count + 5);
      expect((await programs('BS-MKT'))['BS-MKT']).toMatchObject({
        title: 'B.S. Marketing, Digital Track',
        level: 'BACHELOR',
        modality: 'HYBRID',
        cipCode: '52.1401',
        totalCredits: 120,
      });
      expect((await programs('GC-PM'))['GC-PM'].baseline.prospectGrowthRate).toBe(0);
      const sample = async (code: string) => {
        const p = await em().findOneOrFail(DegreeProgram, { code, institution: northbridgeId });
        return [p.capacity ?? null, p.discountRate, p.instructionalCostPerCredit];
      };
      expect(await sample('BS-ME')).toEqual([220, 0.35, 520]);
      expect(await sample('MS-CYB')).toEqual([null, 0.15, 400]);
      expect(await sample('GC-PM')).toEqual([null, 0, 0]);

      const metricsRun = await cli('metrics', 'seeds/samples/metrics.csv', '--institution=northbridge');
      expect(metricsRun.code).toBe(0);
      expect(metricsRun.stdout).toContain('  created    13\n');
      const again = await cli(
        'metrics',
        'seeds/samples/metrics.csv',
        '--institution',
        'northbridge',
        '--dry-run',
        '--json',
      );
      expect(again.code).toBe(0);
      expect(JSON.parse(again.stdout)).toEqual({
        dryRun: true,
        created: 0,
        updated: 0,
        unchanged: 13,
        rejected: 0,
        problems: [],
      });
    });

    it('exits 1 when records are rejected, printing where and why; nothing is written', async () => {
      const count = await programCount();
      const bad = file(
        'bad.csv',
        csv(PROGRAM_HEADER, programRow('CLI-OK'), programRow('CLI-BAD', { retention: '85' })),
      );
      const run = await cli('programs', bad, '--institution', 'northbridge');
      expect(run.code).toBe(1);
      expect(run.stdout).toContain('  rejected   1\n');
      expect(run.stdout).toContain(
        'row 3     INVALID_VALUE (retention_rate): retention_rate must be a rate strictly between 0 and 1 (e.g. 0.85 for 85%)',
      );
      expect(run.stdout).toContain(
        'NOTHING_WRITTEN: 1 of 2 records has problems, so nothing was written (all or nothing). Fix it and import again, or import with skipInvalid to write the 1 valid record.\n',
      );
      expect(await programCount()).toBe(count);

      const skipped = await cli('programs', bad, '--institution', 'northbridge', '--skip-invalid');
      expect(skipped.code).toBe(1);
      expect(skipped.stdout).toContain('  created    1\n');
      expect(await programCount()).toBe(count + 1);
    });

    it('rejects a CSV row with a NUL byte (a file can hold one) by row and column; nothing is written', async () => {
      const count = await programCount();
      const bad = file(
        'nul.csv',
        csv(PROGRAM_HEADER, programRow('CLI-NUL-OK'), programRow('CLI-NUL', { title: 'Bad\0title' })),
      );
      const run = await cli('programs', bad, '--institution', 'northbridge', '--json');
      expect(run.code).toBe(1);
      expect(JSON.parse(run.stdout)).toMatchObject({
        created: 0,
        rejected: 1,
        problems: [
          { code: 'NOTHING_WRITTEN' },
          {
            location: 'row 3',
            field: 'title',
            code: 'INVALID_VALUE',
            message: 'title contains the NUL character (\\u0000), which text cannot hold; remove it and import again.',
          },
        ],
      });
      const header = file('nul-header.csv', csv(PROGRAM_HEADER.replace('title', 'ti\0tle'), programRow('CLI-NUL-H')));
      const headerRun = await cli('programs', header, '--institution', 'northbridge');
      expect(headerRun.code).toBe(2);
      expect(headerRun.stderr).toContain('The header row (row 1), column 2: text cannot contain the NUL character');
      expect(await programCount()).toBe(count);
    });

    it('exits 2 on usage, file and document errors, writing nothing', async () => {
      const count = await programCount();
      const cases: [string[], RegExp][] = [
        [['programs', 'seeds/samples/programs.csv'], /^error: give --institution <slug>\n\nusage: uplift import/],
        [
          ['programs', path.join(dir, 'missing.csv'), '--institution', 'northbridge'],
          /^error: no such file: .*missing\.csv\n$/,
        ],
        [
          ['programs', 'seeds/samples/programs.csv', '--institution', 'nowhere'],
          /^error: no institution with slug "nowhere"; there are: .*northbridge/,
        ],
        [
          ['programs', 'seeds/samples/metrics.csv', '--institution', 'northbridge'],
          /^error: The header row \(row 1\) lacks the required columns code, title/,
        ],
      ];
      for (const [args, stderr] of cases) {
        const run = await cli(...args);
        expect({ args, code: run.code, stdout: run.stdout }).toEqual({ args, code: 2, stdout: '' });
        expect(run.stderr).toMatch(stderr);
      }
      expect(await programCount()).toBe(count);
    });

    it('imports credentials into the shared catalog with --shared, telling Open Badges from CTDL by content', async () => {
      const run = await cli(
        'credentials',
        path.join(FIXTURES, 'open-badges-3/1edtech-complete.json'),
        '--shared',
        '--unit',
        'ects',
      );
      expect(run.code).toBe(0);
      expect(run.stdout).toContain('into the shared catalog\n  created    1\n');
      expect(run.stdout).toContain(
        'Notes:\n  $.credentialSubject.achievement.achievementType  DEGREE_KEPT (achievementType)',
      );
      const shared = await em().find(MicroCredential, {
        externalId: 'https://1edtech.edu/achievements/degree',
        institution: null,
      });
      expect(shared.map((c) => [c.title, c.creditValue, c.creditUnit])).toEqual([
        ['1EdTech University Degree', 36, 'ECTS'],
      ]);
    });
  });
});
