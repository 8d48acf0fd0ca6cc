import { describe, expect, it } from '@jest/globals';
import { parse, print, validate, type DocumentNode, type OperationDefinitionNode } from 'graphql';
import { getComplexity } from 'graphql-query-complexity';
import * as documents from '../../../schema/client/graphql';
import { ConfigError } from '../../../src/core/config-error';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../../../src/core/connection';
import { toGlobalId } from '../../../src/core/global-id';
import {
  ALIASED_FIELD_MIN_COST,
  ASSUMED_LIST_LENGTH,
  costEstimator,
  DEFAULT_LIMITS,
  IMPORT_BYTES_PER_RECORD,
  IMPORT_RECORD_POINTS,
  importPoints,
  INLINE_WORK_PER_POINT,
  limitRules,
  limitsFromEnv,
  SIMULATION_BASE_POINTS,
  previewPoints,
  PROJECTION_ROW_POINTS,
  projectionRows,
  SAVED_PROJECTION_COST,
  sizeProblem,
  type QueryLimits,
} from '../../../src/app/limits';
import { SIMULATION_WORK_PER_POINT, simulationPoints } from '../../../src/core/cost';
import { buildUpliftSchema } from '../../../src/app/schema';
import { MAX_CHANGES, MAX_DRAWS, MAX_HORIZON_YEARS } from '../../../src/modules/scenario/scenario.inputs';
import { demo } from '../../../seeds/demo';
import { MAX_BACKTEST_DRAWS } from '../../../src/modules/calibration/backtest.inputs';

/**
 * The limits of issue 4 item 1 without a server: their defaults and environment variables, the
 * size checks on raw text, the validation rules with their codes, the cost model (objects 1,
 * scalars 0, connections × page size, other lists × 5, simulation work by draws × years × programs),
 * and that the defaults admit every operation of schema/operations at its largest plausible size.
 */

const schema = buildUpliftSchema();
const cost = (query: string | DocumentNode, variables: Record<string, unknown> = {}): number =>
  getComplexity({
    schema,
    query: typeof query === 'string' ? parse(query) : query,
    variables,
    estimators: [costEstimator],
  });
const limitErrors = (query: string, limits: QueryLimits = DEFAULT_LIMITS) =>
  validate(schema, parse(query), limitRules(limits)).map((e) => ({ code: e.extensions.code, message: e.message }));

const id = (type: string, n = 1): string => toGlobalId(type, n);
const change = (n: number) => ({
  programId: id('DegreeProgram', n),
  add: [{ credentialId: id('MicroCredential', 1), creditsApplied: 3, requirement: 'ELECTIVE' }],
});

describe('defaults and configuration', () => {
  it('has the documented defaults', () => {
    expect(DEFAULT_LIMITS).toEqual({
      maxDepth: 12,
      maxAliases: 30,
      maxDirectives: 20,
      maxTokens: 5_000,
      maxQueryLength: 50_000,
      maxCost: 50_000,
    });
    expect(SIMULATION_WORK_PER_POINT).toBe(50_000);
    expect(ASSUMED_LIST_LENGTH).toBe(5);
    expect(SAVED_PROJECTION_COST).toBe(10);
    expect(MAX_PAGE_SIZE).toBe(100);
  });

  it('reads every limit from its UPLIFT_MAX_* variable and keeps the default for the rest', () => {
    expect(limitsFromEnv({})).toEqual(DEFAULT_LIMITS);
    expect(
      limitsFromEnv({
        UPLIFT_MAX_DEPTH: '5',
        UPLIFT_MAX_ALIASES: '6',
        UPLIFT_MAX_DIRECTIVES: '7',
        UPLIFT_MAX_TOKENS: '800',
        UPLIFT_MAX_QUERY_LENGTH: '900',
        UPLIFT_MAX_COST: '1000',
      }),
    ).toEqual({ maxDepth: 5, maxAliases: 6, maxDirectives: 7, maxTokens: 800, maxQueryLength: 900, maxCost: 1000 });
    expect(limitsFromEnv({ UPLIFT_MAX_COST: '' })).toEqual(DEFAULT_LIMITS);
  });

  it.each(['0', '-3', '2.5', 'ten', '1e309'])(
    'refuses UPLIFT_MAX_DEPTH=%s with a message naming the variable',
    (raw) => {
      expect(() => limitsFromEnv({ UPLIFT_MAX_DEPTH: raw })).toThrow(ConfigError);
      expect(() => limitsFromEnv({ UPLIFT_MAX_DEPTH: raw })).toThrow(
        `UPLIFT_MAX_DEPTH must be a positive integer, got "${raw}"`,
      );
    },
  );
});

describe('size checks on the raw query', () => {
  it('refuses a query longer than maxQueryLength with QUERY_TOO_LARGE, stating both lengths', () => {
    const limits = { ...DEFAULT_LIMITS, maxQueryLength: 40 };
    expect(sizeProblem('{ viewer { role } }', limits)).toBeNull();
    const q = `{ viewer { role } }${' '.repeat(30)}`;
    const problem = sizeProblem(q, limits);
    expect(problem?.extensions.code).toBe('QUERY_TOO_LARGE');
    expect(problem?.message).toBe(`The query is ${q.length} characters long; at most 40 are allowed.`);
  });

  it('counts lexer tokens (not characters) against maxTokens: TOKEN_LIMIT_EXCEEDED', () => {
    const limits = { ...DEFAULT_LIMITS, maxTokens: 10 };
    expect(sizeProblem('{ viewer { role } }', limits)).toBeNull(); // 6 tokens
    expect(sizeProblem('{ viewer { role role role role role } }', limits)).toBeNull(); // exactly 10
    const problem = sizeProblem('{ viewer { role role role role role role } }', limits);
    expect(problem?.extensions.code).toBe('TOKEN_LIMIT_EXCEEDED');
    expect(problem?.message).toBe('The query has more than 10 tokens, the most allowed.');
    // Comments and whitespace are not tokens.
    expect(sizeProblem(`# ${'x'.repeat(1000)}\n{ viewer { role } }`, limits)).toBeNull();
  });

  it('leaves syntax errors to the parser', () => {
    expect(sizeProblem('{ viewer { "unterminated', DEFAULT_LIMITS)).toBeNull();
  });
});

describe('validation rules', () => {
  const nest = (levels: number): string => {
    // programs(1) nodes(2) then embeddedCredentials > credential > programs, 3 levels each
    let inner = 'id';
    for (let i = 0; i < levels; i++) inner = `embeddedCredentials { credential { programs { ${inner} } } }`;
    return `{ programs { nodes { ${inner} } } }`;
  };

  it('admits depth up to maxDepth and refuses beyond with DEPTH_LIMIT_EXCEEDED', () => {
    expect(limitErrors(nest(3))).toEqual([]); // depth 2 + 9 + the leaf
    const errors = limitErrors(nest(4));
    expect(errors).toHaveLength(1);
    expect(errors[0].code).toBe('DEPTH_LIMIT_EXCEEDED');
    expect(errors[0].message).toMatch(/^The query is nested too deeply \(at most 12 levels\)\./);
    expect(limitErrors(nest(1), { ...DEFAULT_LIMITS, maxDepth: 4 })[0].code).toBe('DEPTH_LIMIT_EXCEEDED');
  });

  it('refuses more aliases than maxAliases with ALIAS_LIMIT_EXCEEDED', () => {
    const aliases = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: viewer { role }`).join(' ')} }`;
    expect(limitErrors(aliases(30))).toEqual([]);
    const errors = limitErrors(aliases(31));
    expect(errors.map((e) => e.code)).toEqual(['ALIAS_LIMIT_EXCEEDED']);
    expect(errors[0].message).toMatch(/^Too many aliases \(at most 30 per operation\)\./);
  });

  it('refuses more directives than maxDirectives with DIRECTIVE_LIMIT_EXCEEDED', () => {
    const directives = (n: number) =>
      `query($t: Boolean = true) { viewer { ${Array.from({ length: n }, () => 'role @include(if: $t)').join(' ')} } }`;
    expect(limitErrors(directives(20))).toEqual([]);
    const errors = limitErrors(directives(21));
    expect(errors.map((e) => e.code)).toEqual(['DIRECTIVE_LIMIT_EXCEEDED']);
    expect(errors[0].message).toMatch(/^Too many directives \(at most 20 per operation\)\./);
  });
});

describe('cost model', () => {
  it('charges 1 per object and 0 per scalar', () => {
    expect(cost('{ viewer { role } }')).toBe(1);
    expect(cost('{ viewer { role institution { id name } } }')).toBe(2);
    expect(cost('{ __typename }')).toBe(0);
  });

  it('multiplies a connection by the page size requested (first, last, or the default)', () => {
    expect(cost('{ programs(first: 10) { nodes { id } } }')).toBe(1 + 10);
    expect(cost('{ programs(last: 7) { edges { cursor node { id } } } }')).toBe(1 + 7);
    expect(cost('{ programs { totalCount nodes { id } } }')).toBe(1 + DEFAULT_PAGE_SIZE);
    expect(cost('query($n: Int) { programs(first: $n) { nodes { id } } }', { n: 50 })).toBe(1 + 50);
    // What sits under a page item is paid once per item.
    expect(cost('{ programs(first: 10) { nodes { id institution { id } baseline { retentionRate } } } }')).toBe(
      1 + 10 * 2,
    );
    // A nested connection multiplies again.
    expect(cost('{ programs(first: 10) { nodes { metrics(first: 100) { nodes { value } } } } }')).toBe(
      1 + 10 * (1 + 100),
    );
  });

  it('charges any other list an assumed length of 5', () => {
    expect(cost('{ programs(first: 10) { nodes { embeddedCredentials { id } } } }')).toBe(
      1 + 10 * (1 + ASSUMED_LIST_LENGTH),
    );
    expect(cost('{ programs(first: 10) { nodes { embeddedCredentials { credential { id } } } } }')).toBe(
      1 + 10 * (1 + ASSUMED_LIST_LENGTH * 1),
    );
  });

  it('prices previewUplift by its measured work: fixed work, rows, and the simulation on the main thread or in a worker', () => {
    expect(simulationPoints(100_000, 30, 15)).toBe(900);
    expect(simulationPoints(1, 1, 1)).toBe(1);
    expect(simulationPoints(2_000, 1, 0)).toBe(1);
    const q = 'query($input: PreviewUpliftInput!) { previewUplift(input: $input) { draws } }';
    const input = (programs: number, draws: number, horizonYears: number) => ({
      draws,
      horizonYears,
      changes: Array.from({ length: programs }, (_, i) => change(i + 1)),
    });
    // Rows: each program and the totals, per year and outcome metric (nine).
    expect(projectionRows(30, 15)).toBe(30 * 9 * 16);
    // Large: the simulation in a worker, priced per SIMULATION_WORK_PER_POINT.
    expect(cost(q, { input: input(15, 100_000, 30) })).toBe(
      1 + SIMULATION_BASE_POINTS + PROJECTION_ROW_POINTS * 30 * 9 * 16 + 900,
    );
    // Small (at most 200,000 program-year-draws): on the main thread, a point per INLINE_WORK_PER_POINT.
    expect(cost(q, { input: input(4, 10_000, 5) })).toBe(
      1 + SIMULATION_BASE_POINTS + PROJECTION_ROW_POINTS * 5 * 9 * 5 + 200_000 / INLINE_WORK_PER_POINT,
    );
    // Draws default to 2,000.
    expect(cost(q, { input: { horizonYears: 30, changes: [change(1)] } })).toBe(1 + previewPoints(2_000, 30, 1));
    // Thirty aliased small previews are more than one operation may cost (they blocked the server for seconds).
    const thirty = `query($input: PreviewUpliftInput!) { ${Array.from({ length: 30 }, (_, i) => `p${i}: previewUplift(input: $input) { draws }`).join(' ')} }`;
    expect(cost(thirty, { input: input(1, 2_000, 10) })).toBeGreaterThan(DEFAULT_LIMITS.maxCost);
    expect(previewPoints(2_000, 10, 1)).toBe(SIMULATION_BASE_POINTS + PROJECTION_ROW_POINTS * 180 + 200);
  });

  it('prices nodes(ids:) by the number of ids: 100 ids cost twenty times five', () => {
    const q = 'query($ids: [ID!]!) { nodes(ids: $ids) { id ... on DegreeProgram { institution { id } } } }';
    const ids = (n: number) => Array.from({ length: n }, (_, i) => id('DegreeProgram', i + 1));
    expect(cost(q, { ids: ids(5) })).toBe(5 * 2);
    expect(cost(q, { ids: ids(100) })).toBe(20 * cost(q, { ids: ids(5) }));
  });

  it('prices aliases of any field, __typename included', () => {
    expect(cost('{ __typename }')).toBe(0);
    expect(cost('{ a: __typename b: __typename }')).toBe(2 * ALIASED_FIELD_MIN_COST);
    expect(cost('{ viewer { r: role } }')).toBe(1 + ALIASED_FIELD_MIN_COST);
  });

  it('prices imports by the size of the document: lines, or bytes of JSON on few lines', () => {
    const q = 'mutation($input: ImportInput!) { importMetrics(input: $input) { report { created } } }';
    const csv = `program_code,academic_year,metric,value\n${'P,2024,NEW_ENROLLMENTS,1\n'.repeat(999)}`;
    expect(importPoints(csv)).toBe(1_001 * IMPORT_RECORD_POINTS);
    expect(cost(q, { input: { format: 'CSV', document: csv } })).toBe(1 + 1 + 1_001 * IMPORT_RECORD_POINTS);
    const json = JSON.stringify(Array.from({ length: 100 }, () => ({ name: 'x'.repeat(190) })));
    expect(importPoints(json)).toBe(Math.ceil(json.length / IMPORT_BYTES_PER_RECORD) * IMPORT_RECORD_POINTS);
    // A 1 MB CSV is more than one operation may cost: larger imports go through the CLI.
    expect(importPoints('x,y\n'.repeat(250_000))).toBeGreaterThan(DEFAULT_LIMITS.maxCost);
  });

  it('charges a saved projection as a cache read (the computation is charged when it runs)', () => {
    expect(cost('query($id: ID!) { scenario(id: $id) { projection { draws } } }', { id: id('Scenario') })).toBe(
      1 + SAVED_PROJECTION_COST,
    );
  });

  it('refuses with the default maxCost what GitHub-style node counting would: 100 × 100 × 100', () => {
    const q =
      '{ programs(first: 100) { nodes { metrics(first: 100) { nodes { program { metrics(first: 100) { nodes { id } } } } } } } }';
    expect(cost(q)).toBeGreaterThan(DEFAULT_LIMITS.maxCost);
  });
});

describe('the defaults admit the contract', () => {
  const demoPrograms = demo.programs.length;

  it("admits a 100,000-draw, 30-year previewUplift over all of the demo institution's programs — and over the most programs a what-if may have", () => {
    expect(demoPrograms).toBeGreaterThanOrEqual(12);
    const doc = documents.PreviewUpliftDocument as unknown as DocumentNode;
    const all = {
      input: {
        draws: MAX_DRAWS,
        horizonYears: MAX_HORIZON_YEARS,
        changes: Array.from({ length: demoPrograms }, (_, i) => change(i + 1)),
      },
    };
    const demoCost = cost(doc, all);
    expect(demoCost).toBeGreaterThanOrEqual(simulationPoints(MAX_DRAWS, MAX_HORIZON_YEARS, demoPrograms));
    expect(demoCost).toBeLessThanOrEqual(DEFAULT_LIMITS.maxCost);
    // The most programs a what-if may have are priced by their rows (135,000 over 30 years): refused as one
    // operation, admitted over a short horizon.
    const most = { input: { ...all.input, changes: Array.from({ length: MAX_CHANGES }, (_, i) => change(i + 1)) } };
    expect(cost(doc, most)).toBeGreaterThan(DEFAULT_LIMITS.maxCost);
    expect(cost(doc, { input: { ...most.input, horizonYears: 1, draws: 1_000 } })).toBeLessThanOrEqual(
      DEFAULT_LIMITS.maxCost,
    );
  });

  // The largest plausible variables of every operation a client is promised (page sizes at the cap).
  const page = { first: MAX_PAGE_SIZE };
  const largest: Record<string, Record<string, unknown>> = {
    InstitutionsDocument: page,
    CreateInstitutionDocument: {
      input: { name: 'X', slug: 'x', country: 'US', creditUnit: 'US_CREDIT_HOUR', currency: 'USD' },
    },
    ApiKeysDocument: page,
    CreateApiKeyDocument: { input: { name: 'k', role: 'VIEWER' } },
    RevokeApiKeyDocument: { input: { id: id('ApiKey') } },
    NodeDocument: { id: id('DegreeProgram') },
    CredentialCatalogDocument: { ...page, filter: { creditBearing: true }, orderBy: { field: 'TITLE' } },
    CredentialDocument: { id: id('MicroCredential') },
    CredentialFitDocument: { id: id('MicroCredential'), programId: id('DegreeProgram') },
    CreateCredentialDocument: { input: { title: 't', issuer: 'i', creditRecognition: 'NONE' } },
    UpdateCredentialDocument: { input: { id: id('MicroCredential'), title: 't' } },
    EmbedCredentialDocument: {
      input: {
        programId: id('DegreeProgram'),
        credentialId: id('MicroCredential'),
        creditsApplied: 3,
        requirement: 'ELECTIVE',
      },
    },
    UpdateEmbeddingDocument: { input: { id: id('ProgramCredential'), takeUpRate: 0.5 } },
    RemoveEmbeddingDocument: { input: { id: id('ProgramCredential') } },
    EvidenceSourcesDocument: {},
    AssumptionSetsDocument: {},
    CreateAssumptionSetDocument: { input: { name: 'mine' } },
    UpdateAssumptionDocument: {
      input: {
        assumptionSetId: id('AssumptionSet'),
        override: { parameter: 'ENGAGEMENT_RATIO', low: 1.5, mode: 1.8, high: 2 },
      },
    },
    RecordMetricsDocument: {
      input: {
        observations: Array.from({ length: 500 }, (_, i) => ({
          programId: id('DegreeProgram'),
          academicYear: 2000 + i,
          metric: 'PROSPECTS',
          value: 100,
        })),
      },
    },
    ProgramsWithCredentialsDocument: { ...page, filter: { level: ['BACHELOR'] }, orderBy: { field: 'CODE' } },
    ProgramDocument: { id: id('DegreeProgram') },
    ProgramMetricsDocument: { id: id('DegreeProgram'), ...page },
    CreateProgramDocument: {
      input: {
        code: 'C',
        title: 't',
        level: 'BACHELOR',
        modality: 'ONLINE',
        totalCredits: 120,
        durationYears: 4,
        tuitionPerCredit: 300,
        baseline: { annualProspects: 100, annualNewEnrollments: 10, engagementRate: 0.5, retentionRate: 0.8 },
      },
    },
    UpdateProgramDocument: { input: { id: id('DegreeProgram'), title: 't' } },
    ArchiveProgramDocument: { input: { id: id('DegreeProgram') } },
    ScenariosDocument: page,
    ScenarioProjectionDocument: { id: id('Scenario') },
    ScenarioSensitivityDocument: { id: id('Scenario'), metric: 'NET_REVENUE' },
    CompareScenariosDocument: {
      ids: Array.from({ length: 20 }, (_, i) => id('Scenario', i + 1)),
      metric: 'NET_REVENUE',
    },
    PreviewUpliftDocument: {
      input: {
        draws: MAX_DRAWS,
        horizonYears: MAX_HORIZON_YEARS,
        changes: Array.from({ length: demoPrograms }, (_, i) => change(i + 1)),
      },
    },
    CreateScenarioDocument: { input: { name: 's', horizonYears: 30, draws: MAX_DRAWS, changes: [change(1)] } },
    UpdateScenarioDocument: { input: { id: id('Scenario'), name: 's' } },
    DeleteScenarioDocument: { input: { id: id('Scenario') } },
    ViewerDocument: {},
    ImportProgramsDocument: { input: { format: 'CSV', document: `code,title\n${'X,Y\n'.repeat(1000)}`, dryRun: true } },
    ImportMetricsDocument: {
      input: { format: 'CSV', document: 'program_code,academic_year,metric,value\n', dryRun: true },
    },
    ImportCredentialsDocument: { input: { format: 'OPEN_BADGES_3', document: '[]', dryRun: true } },
    CalibrateAssumptionsDocument: {
      input: {
        name: 'c',
        draws: MAX_DRAWS,
        programIds: Array.from({ length: 50 }, (_, i) => id('DegreeProgram', i + 1)),
      },
    },
    CalibrationsDocument: page,
    CalibrationDocument: { id: id('Calibration') },
    AssumptionSetCalibrationDocument: {},
    BacktestsDocument: page,
    BacktestDocument: { id: id('Backtest') },
    BacktestSetupDocument: {},
    RunBacktestDocument: {
      input: {
        name: 'b',
        asOfYear: 2023,
        draws: MAX_BACKTEST_DRAWS,
        programIds: Array.from({ length: 50 }, (_, i) => id('DegreeProgram', i + 1)),
      },
    },
    // The demo search: every program and credential of the demo, one addition each, 500 draws.
    OptimizePortfolioDocument: { input: { objective: 'NET_REVENUE', horizonYears: 5, budget: 250_000, draws: 500 } },
  };
  const operations = Object.entries(documents).filter(([name]) => name.endsWith('Document')) as [
    string,
    DocumentNode,
  ][];

  it('knows every generated operation (a new one must be added here)', () => {
    expect(operations.length).toBeGreaterThanOrEqual(33);
    expect(operations.map(([name]) => name).sort()).toEqual(Object.keys(largest).sort());
  });

  it.each(operations)('%s passes every limit at its largest plausible size', (name, doc) => {
    const text = print(doc);
    expect(sizeProblem(text, DEFAULT_LIMITS)).toBeNull();
    expect(validate(schema, doc, limitRules(DEFAULT_LIMITS))).toEqual([]);
    const op = doc.definitions.find((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition')!;
    expect(op).toBeDefined();
    const requested = cost(doc, largest[name]);
    expect(requested).toBeLessThanOrEqual(DEFAULT_LIMITS.maxCost);
    // Paging at the cap still leaves room for ten such requests in a full bucket (calibrateAssumptions is priced
    // by its sampling work, not a page: its name only ends like a list's).
    // (Imports are priced by their document, not a page.)
    if (
      (name.endsWith('sDocument') && name !== 'CalibrateAssumptionsDocument' && !name.startsWith('Import')) ||
      name === 'ProgramMetricsDocument'
    )
      expect(requested * 10).toBeLessThanOrEqual(50_000);
  });
});
