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
import type { ComplexityEstimator } from 'graphql-query-complexity';
import { ConfigError } from '../core/config-error';
import { DEFAULT_PAGE_SIZE } from '../core/connection';
import { simulationPoints } from '../core/cost';
import { DEFAULT_DRAWS } from '../modules/scenario/scenario.inputs';
import { estimatedOptimizerPoints, type OptimizerCostArgs } from '../modules/optimizer/optimizer.cost';
import { estimatedBacktestPoints, type BacktestCostArgs } from '../modules/calibration/backtest.cost';
import { estimatedCalibrationPoints, type CalibrationCostArgs } from '../modules/calibration/calibration.cost';

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
 * Cost model, after Shopify's and GitHub's: an object costs 1 and a scalar 0; a connection
 * multiplies what is under it by the page size requested (its edges and nodes are that page);
 * any other list by an assumed length; an unsaved projection costs its simulation work.
 */
export const costEstimator: ComplexityEstimator = ({ type, field, args, childComplexity }) => {
  const named = getNamedType(field.type);
  const typeName = named.name;
  if (isLeafType(named)) return 0;
  if (type.name.endsWith('Connection') && (field.name === 'edges' || field.name === 'nodes')) return childComplexity;
  if (typeName.endsWith('Connection')) {
    const size = numberArg(args, 'first') ?? numberArg(args, 'last') ?? DEFAULT_PAGE_SIZE;
    return 1 + Math.max(1, size) * Math.max(1, childComplexity);
  }
  if (field.name === 'previewUplift') {
    const input = (args.input ?? {}) as { draws?: number; horizonYears?: number; changes?: unknown[] };
    return (
      1 +
      childComplexity +
      simulationPoints(input.draws ?? DEFAULT_DRAWS, input.horizonYears ?? 1, input.changes?.length ?? 1)
    );
  }
  if (field.name === 'optimizePortfolio') {
    // Options × draws (× years), estimated from the arguments; the service charges any excess once it knows.
    return 1 + childComplexity + estimatedOptimizerPoints((args.input ?? {}) as OptimizerCostArgs);
  }
  if (field.name === 'calibrateAssumptions') {
    // Draws × program-years of the scope named (or an assumed one); the service charges any excess.
    return 1 + childComplexity + estimatedCalibrationPoints((args.input ?? {}) as CalibrationCostArgs);
  }
  if (field.name === 'runBacktest') {
    // A calibration on the years up to asOfYear, then two model runs per draw and program-year forecast.
    return 1 + childComplexity + estimatedBacktestPoints((args.input ?? {}) as BacktestCostArgs);
  }
  if (field.name === 'projection' && typeName === 'Projection') return SAVED_PROJECTION_COST + childComplexity;
  if (isPlainList(field.type)) return 1 + ASSUMED_LIST_LENGTH * Math.max(1, childComplexity);
  return 1 + childComplexity;
};
