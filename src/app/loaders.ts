import type { EntityManager } from '@mikro-orm/core';
import type { Viewer } from '../auth/viewer';
import type { Loaders } from '../core/context';
import { apiKeyLoaders } from '../modules/api-key/api-key.loaders';
import { assumptionLoaders } from '../modules/assumption/assumption.loaders';
import { credentialLoaders } from '../modules/credential/micro-credential.loaders';
import { embeddingLoaders } from '../modules/embedding/program-credential.loaders';
import { evidenceLoaders } from '../modules/evidence/evidence.loaders';
import { institutionLoaders } from '../modules/institution/institution.loaders';
import { metricLoaders } from '../modules/metric/metric-observation.loaders';
import { programLoaders } from '../modules/program/degree-program.loaders';
import { scenarioLoaders } from '../modules/scenario/scenario.loaders';
import { calibrationLoaders } from '../modules/calibration/calibration.loaders';

/**
 * The loader registry: every module's factory, each taking (em, viewer) and scoping itself to what
 * the viewer may read. One set per request: batching and caching never cross requests or viewers.
 * Typed as Loaders, so a module that declares loaders but is missing here fails to compile.
 */
export function createLoaders(em: EntityManager, viewer: Viewer | null): Loaders {
  return {
    ...institutionLoaders(em, viewer),
    ...programLoaders(em, viewer),
    ...credentialLoaders(em, viewer),
    ...embeddingLoaders(em, viewer),
    ...evidenceLoaders(em, viewer),
    ...assumptionLoaders(em, viewer),
    ...metricLoaders(em, viewer),
    ...apiKeyLoaders(em, viewer),
    ...scenarioLoaders(em, viewer),
    ...calibrationLoaders(em, viewer),
  };
}
