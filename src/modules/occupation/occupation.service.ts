import type { FilterQuery } from '@mikro-orm/core';
import { requireViewer } from '../../auth/viewer';
import { paginateLean, type ConnectionResult } from '../../core/connection';
import type { Context } from '../../core/context';
import { containsInsensitive } from '../../core/search';
import type { OccupationsArgs } from './occupation.inputs';
import { Occupation } from './occupation.entity';

/** A code or a code prefix: "15", "15-", "15-12", "15-1252". */
const CODE_PREFIX = /^\d{1,2}(-\d{0,4})?$/;

/**
 * A page of occupations by SOC code (global data, readable by every key). `search` is a code prefix or title
 * words, each of which must appear in the title.
 */
export async function listOccupations(ctx: Context, args: OccupationsArgs): Promise<ConnectionResult<Occupation>> {
  requireViewer(ctx.viewer);
  const search = args.search?.trim() ?? '';
  const em = ctx.em;
  let where: () => FilterQuery<Occupation> = () => ({});
  if (CODE_PREFIX.test(search)) {
    where = () => ({ code: { $like: `${search}%` } });
  } else if (search) {
    const words = search.split(/\s+/).filter(Boolean);
    where = () => ({ $and: words.map((w) => containsInsensitive(em, ['title'], w)) });
  }
  return paginateLean(em, Occupation, where, { field: 'code', direction: 'ASC' }, args);
}
