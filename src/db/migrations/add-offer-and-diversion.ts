/**
 * Model v2's size and diversion parameters in stored data (docs/MODEL.md §3, "Sets made before size and
 * diversion"): OFFER_HOURS_SCALE and DIVERSION_SHARE appended to stored samples and sets (append-parameters.ts).
 * A calibration made before the dose measured its local effect against an offer of full strength; re-running it
 * gives a posterior under the dose.
 */
import { diversionShareSeed, offerHoursScaleSeed } from '../../../seeds/assumptions';
import type { AssumptionSeed } from '../../../seeds/types';
import { appendParameters } from './append-parameters';
import { V2_0_ORDER, type Execute } from './convert-v1-sets';

/** The parameters this migration adds, in the order they follow the first six in a stored sample. */
export const ADDED: readonly AssumptionSeed[] = [offerHoursScaleSeed, diversionShareSeed];

export function addOfferAndDiversion(execute: Execute, now: number | string): Promise<void> {
  return appendParameters(execute, now, { before: V2_0_ORDER.length, added: ADDED, firstStream: 0 });
}
