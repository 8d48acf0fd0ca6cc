import type { EntityManager } from '@mikro-orm/core';
import { ownScope } from '../../auth/scope';
import type { Viewer } from '../../auth/viewer';
import { indexBy, mapLoader } from '../../core/dataloader';
import { defineNode } from '../../core/node';
import type { ParameterValues } from '../../model';
import { Calibration } from './calibration.entity';
import { decodeSample } from './calibration.rules';

export function calibrationLoaders(em: EntityManager, viewer: Viewer | null) {
  const scope = ownScope(viewer);
  return {
    calibrationByIdLoader: mapLoader<number, Calibration | null>(async (ids) => {
      return indexBy(await em.find(Calibration, { $and: [{ id: { $in: [...ids] } }, scope] }), (c) => c.id);
    }, null),

    /** The calibration that created a CALIBRATED set (null for any other set). */
    calibrationBySetIdLoader: mapLoader<number, Calibration | null>(async (setIds) => {
      const rows = await em.find(Calibration, { $and: [{ assumptionSet: { $in: [...setIds] } }, scope] });
      return indexBy(rows, (c) => c.assumptionSet!.id);
    }, null),

    /**
     * The joint posterior sample behind a CALIBRATED set, for projections on it. Callers pass only set ids
     * they were allowed to read (a set's own institution is the calibration's).
     */
    calibrationSampleBySetIdLoader: mapLoader<number, ParameterValues[] | null>(async (setIds) => {
      const rows = await em.find(Calibration, { assumptionSet: { $in: [...setIds] } }, { populate: ['sample'] });
      return new Map(rows.map((c) => [c.assumptionSet!.id, decodeSample(c.sample)]));
    }, null),
  };
}

declare module '../../core/context' {
  interface Loaders extends ReturnType<typeof calibrationLoaders> {}
}

export const calibrationNode = defineNode({
  idType: 'Calibration',
  graphqlType: 'Calibration',
  entity: Calibration,
  load: (loaders, id) => loaders.calibrationByIdLoader.load(id),
});
