import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchemaSync } from 'type-graphql';
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
import { registerNodes } from '../core/node';
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
    validate: { forbidUnknownValues: false, stopAtFirstError: true },
    emitSchemaFile: false,
  });
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
