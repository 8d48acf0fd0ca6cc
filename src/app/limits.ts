import {
  getNamedType,
  GraphQLError,
  isLeafType,
  isListType,
  isNonNullType,
  Lexer,
  Source,
  TokenKind,
  type GraphQLOutputType,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import type { ComplexityEstimator, ComplexityEstimatorArgs } from 'graphql-query-complexity';
import { ConfigError } from '../core/config-error';
import { DEFAULT_PAGE_SIZE } from '../core/connection';
import { simulationPoints } from '../core/cost';
import { DEFAULT_DRAWS } from '../modules/scenario/scenario.inputs';
import { estimatedOptimizerPoints, type OptimizerCostArgs } from '../modules/optimizer/optimizer.cost';
import { estimatedBacktestPoints, type BacktestCostArgs } from '../modules/calibration/backtest.cost';
import { estimatedCalibrationPoints, type CalibrationCostArgs } from '../modules/calibration/calibration.cost';
import { INLINE_WORK_LIMIT } from '../modules/scenario/projection.pool';
import { OutcomeMetric } from '../modules/common/enums';
import { introspectionLimitRule } from './introspection';

/** Limits applied to every operation before it runs; each has its own error code. */
export interface QueryLimits {
  maxDepth: number;
  maxAliases: number;
  maxDirectives: number;
  maxTokens: number;
  maxQueryLength: number;
  maxCost: number;
}

export const DEFAULT_LIMITS: QueryLimits = {
  maxDepth: 12,
  maxAliases: 30,
  maxDirectives: 20,
  maxTokens: 5_000,
  maxQueryLength: 50_000,
  maxCost: 50_000,
};

/** Assumed length of a plain list field (e.g. embeddedCredentials) when estimating cost. */
export const ASSUMED_LIST_LENGTH = 5;
/** Cost of reading a saved scenario's projection (the computation itself is charged when it runs). */
export const SAVED_PROJECTION_COST = 10;

/*
 * Prices measured in server time (issue #20; SECURITY.md, "Cost"): one point is about 10 µs of the main
 * thread, the time graphql-jit takes per selected object (1,660 aliased `__typename`: 18.8 ms, 11 µs each;
 * `programs(first: 100)` with four fields: under 2 ms). Measured with the pricing benchmark on a 2-CPU machine.
 */
/**
 * The fixed main-thread work of a preview, optimisation, calibration or back-test (reading its inputs and
 * assumptions, setting up the run, shaping the result): 25–50 ms for a preview, 64 ms for a 500-draw optimisation,
 * 100 ms for a 2,000-draw back-test; priced at the lowest.
 */
export const SIMULATION_BASE_POINTS = 2_500;
/** Each row a preview computes and may serialise (programs + totals, × years × metrics): 40–110 µs a row. */
export const PROJECTION_ROW_POINTS = 5;
/** Program-year-draws per point of a simulation small enough to run on the main thread (about 100 ns each). */
export const INLINE_WORK_PER_POINT = 100;
/**
 * Each record of an imported document (a CSV line, or per IMPORT_BYTES_PER_RECORD of JSON). Read and validated in a
 * worker thread (150–270 µs a row when it ran on the main thread), written on the main thread in batches at 10–45 µs
 * a row: priced at the main thread's share and a little of the worker's, so an API import takes about 10,000 rows
 * under the default cost limit.
 */
export const IMPORT_RECORD_POINTS = 5;
/** Bytes of a document counted as one record when it has fewer lines than that (minified JSON). */
export const IMPORT_BYTES_PER_RECORD = 200;
/** The least an aliased selection costs, `__typename` included: each is work the alias count alone does not bound. */
export const ALIASED_FIELD_MIN_COST = 1;

const METRICS = Object.keys(OutcomeMetric).length;

/** Rows of a projection: each program and the totals, per year and metric. */
export function projectionRows(years: number, programs: number): number {
  return years * METRICS * (Math.max(1, programs) + 1);
}

/**
 * A preview's price: its fixed work and rows on the main thread, plus the simulation, on the main thread
 * (INLINE_WORK_PER_POINT) when it is small, in a worker (SIMULATION_WORK_PER_POINT) when it is large.
 */
export function previewPoints(draws: number, years: number, programs: number): number {
  const work = draws * years * Math.max(1, programs);
  const simulation =
    work > INLINE_WORK_LIMIT ? simulationPoints(draws, years, programs) : Math.ceil(work / INLINE_WORK_PER_POINT);
  return SIMULATION_BASE_POINTS + PROJECTION_ROW_POINTS * projectionRows(years, programs) + simulation;
}

/** An import's price by the size of its document: lines, or bytes of JSON on few lines. */
export function importPoints(document: string): number {
  let lines = 1;
  for (let i = document.indexOf('\n'); i !== -1; i = document.indexOf('\n', i + 1)) lines++;
  const records = Math.max(lines, Math.ceil(Buffer.byteLength(document) / IMPORT_BYTES_PER_RECORD));
  return IMPORT_RECORD_POINTS * records;
}

const IMPORTS = new Set(['importPrograms', 'importMetrics', 'importCredentials']);

const ENV: Record<keyof QueryLimits, string> = {
  maxDepth: 'UPLIFT_MAX_DEPTH',
  maxAliases: 'UPLIFT_MAX_ALIASES',
  maxDirectives: 'UPLIFT_MAX_DIRECTIVES',
  maxTokens: 'UPLIFT_MAX_TOKENS',
  maxQueryLength: 'UPLIFT_MAX_QUERY_LENGTH',
  maxCost: 'UPLIFT_MAX_COST',
};

export function limitsFromEnv(env: NodeJS.ProcessEnv): QueryLimits {
  const limits = { ...DEFAULT_LIMITS };
  for (const key of Object.keys(ENV) as (keyof QueryLimits)[]) {
    const raw = env[ENV[key]];
    if (raw === undefined || raw === '') continue;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < 1) throw new ConfigError(`${ENV[key]} must be a positive integer, got "${raw}"`);
    limits[key] = n;
  }
  return limits;
}

/** An Armor rejection handler that reports the limit with its own code instead of throwing. */
function rejectWith(code: string, what: string) {
  return (context: ValidationContext | null, error: GraphQLError): void => {
    context?.reportError(
      new GraphQLError(`${what} ${error.message.replace('Syntax Error: ', '')}`, { extensions: { code } }),
    );
  };
}

/** Depth, alias and directive limits, as validation rules (GraphQL Armor), each with its own code. */
export function limitRules(limits: QueryLimits): ValidationRule[] {
  return [
    maxDepthRule({
      n: limits.maxDepth,
      propagateOnRejection: false,
      onReject: [
        rejectWith('DEPTH_LIMIT_EXCEEDED', `The query is nested too deeply (at most ${limits.maxDepth} levels).`),
      ],
    }),
    maxAliasesRule({
      n: limits.maxAliases,
      // `__typename` counts too (Armor allows any number of it by default: 1,660 in one request).
      allowList: [],
      propagateOnRejection: false,
      onReject: [rejectWith('ALIAS_LIMIT_EXCEEDED', `Too many aliases (at most ${limits.maxAliases} per operation).`)],
    }),
    maxDirectivesRule({
      n: limits.maxDirectives,
      propagateOnRejection: false,
      onReject: [
        rejectWith('DIRECTIVE_LIMIT_EXCEEDED', `Too many directives (at most ${limits.maxDirectives} per operation).`),
      ],
    }),
    // Armor's depth rule skips `__schema`: introspection has its own bounds (src/app/introspection.ts).
    introspectionLimitRule(),
  ] as ValidationRule[];
}

/** Size checks on the raw query text, before it is even parsed. */
export function sizeProblem(query: string, limits: QueryLimits): GraphQLError | null {
  if (query.length > limits.maxQueryLength) {
    return new GraphQLError(
      `The query is ${query.length} characters long; at most ${limits.maxQueryLength} are allowed.`,
      { extensions: { code: 'QUERY_TOO_LARGE' } },
    );
  }
  const lexer = new Lexer(new Source(query));
  let tokens = 0;
  try {
    while (lexer.advance().kind !== TokenKind.EOF) {
      if (++tokens > limits.maxTokens) {
        return new GraphQLError(`The query has more than ${limits.maxTokens} tokens, the most allowed.`, {
          extensions: { code: 'TOKEN_LIMIT_EXCEEDED' },
        });
      }
    }
  } catch {
    return null; // a syntax error: the parser reports it properly
  }
  return null;
}

function isPlainList(type: GraphQLOutputType): boolean {
  const inner = isNonNullType(type) ? type.ofType : type;
  return isListType(inner);
}

function numberArg(args: Record<string, unknown>, name: string): number | null {
  const v = args[name];
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

/**
 * Cost model, after Shopify's and GitHub's: an object costs 1 and a scalar 0 (an aliased one
 * ALIASED_FIELD_MIN_COST); a connection multiplies what is under it by the page size requested
 * (its edges and nodes are that page); `nodes(ids:)` by the number of ids; any other list by an
 * assumed length; previews, imports and the other simulations by their measured work.
 */
export const costEstimator: ComplexityEstimator = (options) => {
  const cost = fieldCost(options);
  return options.node.alias ? Math.max(ALIASED_FIELD_MIN_COST, cost) : cost;
};

const fieldCost = ({ type, field, args, childComplexity }: ComplexityEstimatorArgs): number => {
  const named = getNamedType(field.type);
  const typeName = named.name;
  if (isLeafType(named)) return 0;
  if (type.name.endsWith('Connection') && (field.name === 'edges' || field.name === 'nodes')) return childComplexity;
  if (typeName.endsWith('Connection')) {
    const size = numberArg(args, 'first') ?? numberArg(args, 'last') ?? DEFAULT_PAGE_SIZE;
    return 1 + Math.max(1, size) * Math.max(1, childComplexity);
  }
  if (type.name === 'Query' && field.name === 'nodes' && Array.isArray(args.ids)) {
    // Each id is a lookup and an object: 100 ids cost twenty times five.
    return Math.max(1, args.ids.length) * (1 + childComplexity);
  }
  if (field.name === 'previewUplift') {
    const input = (args.input ?? {}) as { draws?: number; horizonYears?: number; changes?: unknown[] };
    return (
      1 +
      childComplexity +
      previewPoints(input.draws ?? DEFAULT_DRAWS, input.horizonYears ?? 1, input.changes?.length ?? 1)
    );
  }
  if (IMPORTS.has(field.name)) {
    const input = (args.input ?? {}) as { document?: unknown };
    return 1 + childComplexity + (typeof input.document === 'string' ? importPoints(input.document) : 0);
  }
  if (field.name === 'optimizePortfolio') {
    // Options × draws (× years), estimated from the arguments; the service charges any excess once it knows.
    return (
      1 + childComplexity + SIMULATION_BASE_POINTS + estimatedOptimizerPoints((args.input ?? {}) as OptimizerCostArgs)
    );
  }
  if (field.name === 'calibrateAssumptions') {
    // Draws × program-years of the scope named (or an assumed one); the service charges any excess.
    return (
      1 +
      childComplexity +
      SIMULATION_BASE_POINTS +
      estimatedCalibrationPoints((args.input ?? {}) as CalibrationCostArgs)
    );
  }
  if (field.name === 'runBacktest') {
    // A calibration on the years up to asOfYear, then two model runs per draw and program-year forecast.
    return (
      1 + childComplexity + SIMULATION_BASE_POINTS + estimatedBacktestPoints((args.input ?? {}) as BacktestCostArgs)
    );
  }
  if (field.name === 'projection' && typeName === 'Projection') return SAVED_PROJECTION_COST + childComplexity;
  if (isPlainList(field.type)) return 1 + ASSUMED_LIST_LENGTH * Math.max(1, childComplexity);
  return 1 + childComplexity;
};
