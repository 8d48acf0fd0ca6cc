import { GraphQLInterfaceType, lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { ArgumentValidationError, buildSchemaSync } from 'type-graphql';
import { validateOrReject, type ValidationError, type ValidatorOptions } from 'class-validator';
import { ApiKeyResolver } from '../modules/api-key/api-key.resolver';
import { AssumptionResolver, AssumptionSetResolver } from '../modules/assumption/assumption.resolver';
import { MicroCredentialResolver } from '../modules/credential/micro-credential.resolver';
import { ProgramCredentialResolver } from '../modules/embedding/program-credential.resolver';
import { EvidenceSourceResolver, EvidenceStatisticResolver } from '../modules/evidence/evidence.resolver';
import { ImportResolver } from '../modules/import/import.resolver';
import { InstitutionResolver } from '../modules/institution/institution.resolver';
import { MetricObservationResolver } from '../modules/metric/metric-observation.resolver';
import { DegreeProgramResolver } from '../modules/program/degree-program.resolver';
import { ViewerResolver } from '../modules/viewer/viewer.resolver';
import { OPTIMIZER_RESOLVERS } from '../modules/optimizer/optimizer.resolver';
import { CALIBRATION_RESOLVERS } from '../modules/calibration/calibration.resolver';
import { nodeDefinitionOf, registerNodes } from '../core/node';
import { NodeResolver } from './node.resolver';
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
      await Promise.all(objects.map((v) => validateOrReject(v, VALIDATION)));
    } else await validateOrReject(value, VALIDATION);
  } catch (err) {
    throw new ArgumentValidationError(err as ValidationError[]);
  }
}

/** The code-first schema; built once per process (type-graphql metadata is global). */
export function buildUpliftSchema(): GraphQLSchema {
  registerNodes(NODE_TYPES);
  cached ??= buildSchemaSync({
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
      ApiKeyResolver,
      ScenarioResolver,
      ProjectionResolver,
      ProjectionRowResolver,
      ScenarioChangeResolver,
      ScenarioComparisonResolver,
      ScenarioComparisonRowResolver,
      ImportResolver,
      ...OPTIMIZER_RESOLVERS,
      ...CALIBRATION_RESOLVERS,
    ],
    validateFn: validateArgument,
    emitSchemaFile: false,
  });
  // type-graphql wraps resolveType in an async function; compiled execution (jit-executor.ts) needs
  // an answer it can use at once, and the registry gives one synchronously.
  const node = cached.getType('Node');
  if (node instanceof GraphQLInterfaceType) node.resolveType = (value: object) => nodeDefinitionOf(value)?.graphqlType;
  // type-graphql has no option for root type descriptions.
  cached.getQueryType()!.description =
    'Read Uplift: programs, the credential catalog, evidence, assumptions and scenarios. Every field needs an API key.';
  cached.getMutationType()!.description =
    'Change Uplift. Every mutation takes one `input` and returns a payload; it runs in one transaction and writes nothing when it fails.';
  return cached;
}

/** The SDL committed as schema/schema.graphql: sorted, so it only changes when the API does. */
export function printUpliftSchema(): string {
  return printSchema(lexicographicSortSchema(buildUpliftSchema())) + '\n';
}
