import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/core';
import { ownScope } from '../../auth/scope';
import type { Viewer } from '../../auth/viewer';
import { groupBy, indexBy, mapLoader } from '../../core/dataloader';
import { defineNode } from '../../core/node';
import { loadInputs, type ScenarioInputs } from './scenario-inputs';
import { ProjectionCache, Scenario, ScenarioAddition, ScenarioProgram } from './scenario.entity';

/** A stored projection as the read path needs it. */
export type StoredProjection = Pick<ProjectionCache, 'result' | 'kind' | 'createdAt'>;

export function scenarioLoaders(em: EntityManager, viewer: Viewer | null) {
  const scope = ownScope(viewer);
  return {
    scenarioByIdLoader: mapLoader<number, Scenario | null>(async (ids) => {
      return indexBy(await em.find(Scenario, { $and: [{ id: { $in: [...ids] } }, scope] }), (s) => s.id);
    }, null),

    /** Callers pass only scenario ids they were allowed to read. */
    changesByScenarioIdLoader: mapLoader<number, ScenarioProgram[]>(async (ids) => {
      const rows = await em.find(
        ScenarioProgram,
        { scenario: { $in: [...ids] } },
        {
          populate: ['additions', 'removals'],
          orderBy: { scenario: 'ASC', position: 'ASC' },
          populateOrderBy: { scenario: 'ASC', position: 'ASC', additions: { id: 'ASC' }, removals: { id: 'ASC' } },
        },
      );
      return groupBy(rows, (c) => c.scenario.id);
    }, []),

    /** Callers pass only scenarios they were allowed to read. */
    scenarioInputsLoader: new DataLoader<Scenario, ScenarioInputs, number>((scenarios) => loadInputs(em, scenarios), {
      cacheKeyFn: (s) => s.id,
    }),

    /** Stored projections (JSON, with why and when stored) by input hash; null when not stored. */
    projectionByKeyLoader: mapLoader<string, StoredProjection | null>(async (keys) => {
      const rows = await em.find(
        ProjectionCache,
        { key: { $in: [...keys] } },
        { fields: ['key', 'result', 'kind', 'createdAt'] },
      );
      return new Map(rows.map((r) => [r.key, { result: r.result, kind: r.kind, createdAt: r.createdAt }]));
    }, null),

    scenarioAdditionByIdLoader: mapLoader<number, ScenarioAddition | null>(async (ids) => {
      const rows = await em.find(
        ScenarioAddition,
        { id: { $in: [...ids] }, change: { scenario: scope } },
        { populate: ['change'] },
      );
      return indexBy(rows, (a) => a.id);
    }, null),
  };
}

declare module '../../core/context' {
  interface Loaders extends ReturnType<typeof scenarioLoaders> {}
}

export const scenarioNode = defineNode({
  idType: 'Scenario',
  graphqlType: 'Scenario',
  entity: Scenario,
  load: (loaders, id) => loaders.scenarioByIdLoader.load(id),
});

/** A scenario's addition shows as the (hypothetical) embedding it would create. */
export const scenarioAdditionNode = defineNode({
  idType: 'ScenarioAddition',
  graphqlType: 'ProgramCredential',
  entity: ScenarioAddition,
  load: (loaders, id) => loaders.scenarioAdditionByIdLoader.load(id),
});
