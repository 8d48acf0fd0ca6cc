import { GraphQLInterfaceType, lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { ArgumentValidationError, buildSchemaSync, getMetadataStorage } from 'type-graphql';
import { validateOrReject, type ValidationError, type ValidatorOptions } from 'class-validator';
import { ApiKeyResolver } from '../modules/api-key/api-key.resolver';
import { AssumptionResolver, AssumptionSetResolver } from '../modules/assumption/assumption.resolver';
import { MicroCredentialResolver } from '../modules/credential/micro-credential.resolver';
import { ProgramCredentialResolver } from '../modules/embedding/program-credential.resolver';
import { EvidenceSourceResolver, EvidenceStatisticResolver } from '../modules/evidence/evidence.resolver';
import { ImportResolver } from '../modules/import/import.resolver';
import { InstitutionResolver } from '../modules/institution/institution.resolver';
import { InstitutionMetricsResolver, MetricObservationResolver } from '../modules/metric/metric-observation.resolver';
import { DegreeProgramResolver } from '../modules/program/degree-program.resolver';
import { OccupationResolver } from '../modules/occupation/occupation.resolver';
import { CredentialAlignmentResolver } from '../modules/occupation/credential-alignment.resolver';
import {
  CredentialFitFieldsResolver,
  CredentialFitResolver,
  EmbeddingFitResolver,
} from '../modules/occupation/credential-fit.resolver';
import { ViewerResolver } from '../modules/viewer/viewer.resolver';
import { OPTIMIZER_RESOLVERS } from '../modules/optimizer/optimizer.resolver';
import { BACKTEST_RESOLVERS } from '../modules/calibration/backtest.resolver';
import { CALIBRATION_RESOLVERS } from '../modules/calibration/calibration.resolver';
import { nodeDefinitionOf, registerNodes } from '../core/node';
import { NodeResolver } from './node.resolver';
import { callFieldResolversDirectly } from './direct-resolvers';
import { NODE_TYPES } from './nodes';
import {
  ProjectionResolver,
  ProjectionRowResolver,
  ScenarioChangeResolver,
  ScenarioComparisonResolver,
  ScenarioComparisonRowResolver,
  ScenarioResolver,
} from '../modules/scenario/scenario.resolver';

let cached: GraphQLSchema | null = null;

const VALIDATION: ValidatorOptions = {
  forbidUnknownValues: false,
  stopAtFirstError: true,
  skipMissingProperties: true,
};

/**
 * Argument validation with class-validator, as type-graphql's own `validate` does it, but without
 * its `require("class-validator")` on every argument of every request (docs/PERFORMANCE.md).
 */
async function validateArgument(value: unknown): Promise<void> {
  if (value === null || typeof value !== 'object') return;
  try {
    if (Array.isArray(value)) {
      const objects = value.filter((v): v is object => v !== null && typeof v === 'object');
      await Promise.all(objects.map((v) => validateOnce(v)));
    } else await validateOnce(value);
  } catch (err) {
    throw new ArgumentValidationError(err as ValidationError[]);
  }
}

// Small arguments that passed once pass again: every check (class-validator's and src/core/
// validators.ts) is a pure function of the value, so a page size or a filter asked for on every
// request is checked once per distinct value. Bounded per argument class; large inputs are always checked.
const passed = new Map<unknown, Set<string>>();
const PASSED_KEPT = 1_000;
const SMALL = 512;

async function validateOnce(value: object): Promise<void> {
  const json = JSON.stringify(value);
  const small = json.length <= SMALL;
  const known = passed.get(value.constructor);
  if (small && known?.has(json)) return;
  await validateOrReject(value, VALIDATION);
  if (!small) return;
  if (!known) passed.set(value.constructor, new Set([json]));
  else {
    if (known.size >= PASSED_KEPT) known.clear();
    known.add(json);
  }
}

/** The code-first schema; built once per process (type-graphql metadata is global). */
export function buildUpliftSchema(): GraphQLSchema {
  registerNodes(NODE_TYPES);
  // A plain field (no field resolver) is its object's property of the same name, and there are no
  // middlewares or auth checker to run on it, so it gets no resolver: compiled execution then reads
  // it inline instead of calling type-graphql's wrapper once per field per row (docs/PERFORMANCE.md).
  if (cached) return cached;
  for (const type of getMetadataStorage().objectTypes) type.simpleResolvers ??= true;
  const schema = buildSchemaSync({
    resolvers: [
      NodeResolver,
      ViewerResolver,
      InstitutionResolver,
      DegreeProgramResolver,
      MicroCredentialResolver,
      ProgramCredentialResolver,
      EvidenceSourceResolver,
      EvidenceStatisticResolver,
      AssumptionSetResolver,
      AssumptionResolver,
      MetricObservationResolver,
      InstitutionMetricsResolver,
      ApiKeyResolver,
      ScenarioResolver,
      ProjectionResolver,
      ProjectionRowResolver,
      ScenarioChangeResolver,
      ScenarioComparisonResolver,
      ScenarioComparisonRowResolver,
      ImportResolver,
      OccupationResolver,
      CredentialAlignmentResolver,
      EmbeddingFitResolver,
      CredentialFitResolver,
      CredentialFitFieldsResolver,
      ...OPTIMIZER_RESOLVERS,
      ...CALIBRATION_RESOLVERS,
      ...BACKTEST_RESOLVERS,
    ],
    validateFn: validateArgument,
    emitSchemaFile: false,
  });
  callFieldResolversDirectly(schema);
  // type-graphql wraps resolveType in an async function; compiled execution (jit-executor.ts) needs
  // an answer it can use at once, and the registry gives one synchronously.
  const node = schema.getType('Node');
  if (node instanceof GraphQLInterfaceType) node.resolveType = (value: object) => nodeDefinitionOf(value)?.graphqlType;
  // type-graphql has no option for root type descriptions.
  schema.getQueryType()!.description =
    'Read Uplift: programs, the credential catalog, evidence, assumptions and scenarios. Every field needs an API key.';
  schema.getMutationType()!.description =
    'Change Uplift. Every mutation takes one `input` and returns a payload; it runs in one transaction and writes nothing when it fails.';
  return (cached = schema);
}

/** The SDL committed as schema/schema.graphql: sorted, so it only changes when the API does. */
export function printUpliftSchema(): string {
  return printSchema(lexicographicSortSchema(buildUpliftSchema())) + '\n';
}
