/**
 * Model v2's size and diversion parameters in stored data (docs/MODEL.md §3, "Sets made before size and
 * diversion"), the same for both dialects:
 *
 * - Every calibration's stored sample (positional) gains OFFER_HOURS_SCALE and DIVERSION_SHARE, drawn independently
 *   from the global default's priors with a PRNG seeded by the calibration's id: the calibration never learnt them,
 *   so its posterior for them is their prior.
 * - Every assumption set without them gains a row for each: GLOBAL and CUSTOM sets the global default's prior and
 *   rationale; CALIBRATED sets the EMPIRICAL summary of their extended sample, saying it is the prior's.
 * - A changed set's version goes up, so an edit based on its old values fails with CONFLICT.
 *
 * A calibration made before the dose measured its local effect against an offer of full strength; re-running it
 * gives a posterior under the dose. Pure SQL through the migration's own transaction.
 */
import { createRng, createSampler, type Parameter } from '../../model';
import { empiricalSpec } from '../../modules/calibration/calibration.rules';
import { diversionShareSeed, offerHoursScaleSeed } from '../../../seeds/assumptions';
import type { AssumptionSeed } from '../../../seeds/types';
import { V2_0_ORDER, type Execute } from './convert-v1-sets';

/** The parameters this migration adds, in the order they follow the first six in a stored sample. */
export const ADDED: readonly AssumptionSeed[] = [offerHoursScaleSeed, diversionShareSeed];
const FIRST_SIX = V2_0_ORDER.length;

/** `now`: created_at/updated_at as the dialect stores them (SQLite epoch milliseconds, PostgreSQL an ISO string). */
export async function addOfferAndDiversion(execute: Execute, now: number | string): Promise<void> {
  const samples = new Map<number, Record<string, number>[]>();
  for (const c of await execute('select id, assumption_set_id, sample from calibration')) {
    const rows = JSON.parse(String(c.sample)) as number[][];
    if (rows.length === 0 || rows[0].length !== FIRST_SIX) continue;
    const samplers = ADDED.map((spec, k) => createSampler(spec, createRng(Number(c.id), k)));
    const extended = rows.map((r) => [...r, ...samplers.map((draw) => draw())]);
    await execute('update calibration set sample = ? where id = ?', [JSON.stringify(extended), Number(c.id)]);
    if (c.assumption_set_id != null) {
      samples.set(
        Number(c.assumption_set_id),
        extended.map((r) => Object.fromEntries(ADDED.map((a, k) => [a.parameter, r[FIRST_SIX + k]]))),
      );
    }
  }

  for (const set of await execute('select id, kind from assumption_set')) {
    const setId = Number(set.id);
    const present = new Set(
      (await execute('select parameter from assumption where assumption_set_id = ?', [setId])).map((r) =>
        String(r.parameter),
      ),
    );
    const missing = ADDED.filter((a) => !present.has(a.parameter));
    if (missing.length === 0) continue;
    const sample = set.kind === 'CALIBRATED' ? samples.get(setId) : undefined;
    for (const seed of missing) {
      const p = seed.parameter as Parameter;
      const values = sample
        ? {
            ...empiricalSpec(sample as Pick<Record<Parameter, number>, typeof p>[], p),
            rationale:
              `Not learnt by this calibration (made before the parameter existed): its sample draws ${p} ` +
              `independently from the global default's prior (${seed.distribution} ${seed.low} / ${seed.mode} / ` +
              `${seed.high}). Re-run the calibration to learn it jointly with the effects. ${seed.rationale}`,
          }
        : { ...seed, zeroMass: 0 };
      await execute(
        `insert into assumption (created_at, updated_at, assumption_set_id, parameter, low, mode, high, distribution, zero_mass, rationale)
         values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        [now, now, setId, p, values.low, values.mode, values.high, values.distribution, values.zeroMass ?? 0, values.rationale],
      );
    }
    await execute('update assumption_set set version = version + 1 where id = ?', [setId]);
  }
}
