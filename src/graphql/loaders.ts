import type { EntityManager } from '@mikro-orm/core';
import type { Viewer } from '../auth/viewer';
import { apiKeyLoaders } from '../modules/api-key/api-key.loaders';
import { assumptionLoaders } from '../modules/assumption/assumption.loaders';
import { credentialLoaders } from '../modules/credential/micro-credential.loaders';
import { embeddingByIdLoaders, embeddingLoaders } from '../modules/embedding/program-credential.loaders';
import { evidenceLoaders, statisticByIdLoaders } from '../modules/evidence/evidence.loaders';
import { institutionLoaders } from '../modules/institution/institution.loaders';
import { metricByIdLoaders, metricLoaders } from '../modules/metric/metric-observation.loaders';
import { programLoaders } from '../modules/program/degree-program.loaders';
import { programScope } from '../modules/program/degree-program.service';
import { scenarioLoaders } from '../modules/scenario/scenario.loaders';

/** One set per request: batching and caching never cross requests or viewers. */
export function createLoaders(em: EntityManager, viewer: Viewer | null) {
  const scope = viewer ? programScope(viewer) : { id: -1 };
  return {
    ...institutionLoaders(em, viewer),
    ...programLoaders(em, viewer),
    ...credentialLoaders(em, viewer),
    ...embeddingLoaders(em),
    ...embeddingByIdLoaders(em, scope),
    ...evidenceLoaders(em),
    ...statisticByIdLoaders(em),
    ...assumptionLoaders(em, viewer),
    ...metricLoaders(em),
    ...metricByIdLoaders(em, scope),
    ...apiKeyLoaders(em, viewer),
    ...scenarioLoaders(em, viewer),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
