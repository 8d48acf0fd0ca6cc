import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchemaSync } from 'type-graphql';
import { ApiKeyResolver } from '../modules/api-key/api-key.resolver';
import { AssumptionResolver, AssumptionSetResolver } from '../modules/assumption/assumption.resolver';
import { MicroCredentialResolver } from '../modules/credential/micro-credential.resolver';
import { ProgramCredentialResolver } from '../modules/embedding/program-credential.resolver';
import { EvidenceSourceResolver, EvidenceStatisticResolver } from '../modules/evidence/evidence.resolver';
import { InstitutionResolver } from '../modules/institution/institution.resolver';
import { MetricObservationResolver } from '../modules/metric/metric-observation.resolver';
import { DegreeProgramResolver } from '../modules/program/degree-program.resolver';
import { ViewerResolver } from '../modules/viewer/viewer.resolver';
import { NodeResolver } from './node.resolver';

let cached: GraphQLSchema | null = null;

/** The code-first schema; built once per process (type-graphql metadata is global). */
export function buildUpliftSchema(): GraphQLSchema {
  cached ??= buildSchemaSync({
    resolvers: [
      NodeResolver, ViewerResolver, InstitutionResolver, DegreeProgramResolver, MicroCredentialResolver,
      ProgramCredentialResolver, EvidenceSourceResolver, EvidenceStatisticResolver, AssumptionSetResolver,
      AssumptionResolver, MetricObservationResolver, ApiKeyResolver,
    ],
    validate: { forbidUnknownValues: false, stopAtFirstError: true },
    emitSchemaFile: false,
  });
  return cached;
}

/** The SDL committed as schema/schema.graphql: sorted, so it only changes when the API does. */
export function printUpliftSchema(): string {
  return printSchema(lexicographicSortSchema(buildUpliftSchema())) + '\n';
}
