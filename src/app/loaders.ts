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
import { backtestLoaders } from '../modules/calibration/backtest.loaders';
import { occupationLoaders } from '../modules/occupation/occupation.loaders';

type Factory = (em: EntityManager, viewer: Viewer | null, loaders: Loaders) => object;

/**
 * The loader registry: every module's factory, each taking (em, viewer, the request's loaders) and
 * scoping itself to what the viewer may read. Typed as Loaders, so a module that declares loaders but is missing here
 * fails to compile.
 */
const factories = {
  institutionLoaders,
  programLoaders,
  credentialLoaders,
  embeddingLoaders,
  evidenceLoaders,
  assumptionLoaders,
  metricLoaders,
  apiKeyLoaders,
  scenarioLoaders,
  calibrationLoaders,
  backtestLoaders,
  occupationLoaders,
} satisfies Record<string, Factory>;
type UnionToIntersection<U> = (U extends unknown ? (u: U) => void : never) extends (i: infer I) => void ? I : never;
type Built = UnionToIntersection<
  { [K in keyof typeof factories]: ReturnType<(typeof factories)[K]> }[keyof typeof factories]
>;
// A module that declares loaders in Loaders but is missing from `factories` fails to compile here.
const _complete: Loaders extends Built ? true : never = true;

/** One request's loaders: its EntityManager (forked on first use), its viewer, and the groups built so far. */
class RequestLoaders {
  readonly built = new Map<Factory, Record<string, unknown>>();
  constructor(
    readonly em: () => EntityManager,
    readonly viewer: Viewer | null,
  ) {}
}

// Which factory makes which loader, learnt once (the factories only build DataLoaders; nothing runs),
// and a getter per loader on the prototype, so a request object costs one allocation.
for (const factory of Object.values(factories) as Factory[]) {
  for (const name of Object.keys(factory(undefined as never, null, undefined as never))) {
    Object.defineProperty(RequestLoaders.prototype, name, {
      get(this: RequestLoaders) {
        let group = this.built.get(factory);
        if (!group) {
          const made = factory(this.em(), this.viewer, this as unknown as Loaders) as Record<string, unknown>;
          this.built.set(factory, (group = made));
        }
        return group[name];
      },
    });
  }
}

/**
 * One set per request: batching and caching never cross requests or viewers. Built lazily — a
 * module's loaders come into being on the first use of one of them, with the request's EntityManager
 * asked for only then — so a request pays only for what it uses (docs/PERFORMANCE.md).
 */
export function createLoaders(em: () => EntityManager, viewer: Viewer | null): Loaders {
  return new RequestLoaders(em, viewer) as unknown as Loaders;
}
