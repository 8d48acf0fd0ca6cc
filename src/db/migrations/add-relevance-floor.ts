/**
 * RELEVANCE_FLOOR (issue 19, docs/MODEL.md §4.6) in stored data: appended to stored samples after the eight of
 * Migration20261207230000, and to every set (append-parameters.ts). Until a credential or its program has
 * occupations its relevance is unknown and the floor changes nothing, so old projections keep their numbers.
 */
import { relevanceFloorSeed } from '../../../seeds/assumptions';
import type { AssumptionSeed } from '../../../seeds/types';
import { ADDED as OFFER_AND_DIVERSION } from './add-offer-and-diversion';
import { appendParameters } from './append-parameters';
import { V2_0_ORDER, type Execute } from './convert-v1-sets';

/** The parameters this migration adds, after model v2.0's six and OFFER_HOURS_SCALE and DIVERSION_SHARE. */
export const ADDED_RELEVANCE: readonly AssumptionSeed[] = [relevanceFloorSeed];
const BEFORE = V2_0_ORDER.length + OFFER_AND_DIVERSION.length;

export function addRelevanceFloor(execute: Execute, now: number | string): Promise<void> {
  // Streams 0 and 1 drew the earlier two: these draws are independent of them.
  return appendParameters(execute, now, { before: BEFORE, added: ADDED_RELEVANCE, firstStream: BEFORE });
}
