import type { EntityManager } from '@mikro-orm/core';
import type { Viewer } from '../../auth/viewer';
import { groupBy, indexBy, mapLoader } from '../../graphql/dataloader';
import { Scenario, ScenarioAddition, ScenarioProgram } from './scenario.entity';
import { scenarioScope } from './scenario.service';

export function scenarioLoaders(em: EntityManager, viewer: Viewer | null) {
  const scope = viewer ? scenarioScope(viewer) : { id: -1 };
  return {
    scenarioByIdLoader: mapLoader<number, Scenario | null>(async (ids) => {
      return indexBy(await em.find(Scenario, { id: { $in: [...ids] }, ...scope }), (s) => s.id);
    }, null),

    /** Callers pass only scenario ids they were allowed to read. */
    changesByScenarioIdLoader: mapLoader<number, ScenarioProgram[]>(async (ids) => {
      const rows = await em.find(ScenarioProgram, { scenario: { $in: [...ids] } }, {
        populate: ['additions', 'removals'], orderBy: { scenario: 'ASC', position: 'ASC' },
        populateOrderBy: { scenario: 'ASC', position: 'ASC', additions: { id: 'ASC' }, removals: { id: 'ASC' } },
      });
      return groupBy(rows, (c) => c.scenario.id);
    }, []),

    scenarioAdditionByIdLoader: mapLoader<number, ScenarioAddition | null>(async (ids) => {
      const rows = await em.find(ScenarioAddition, { id: { $in: [...ids] }, change: { scenario: scope } }, { populate: ['change'] });
      return indexBy(rows, (a) => a.id);
    }, null),
  };
}
