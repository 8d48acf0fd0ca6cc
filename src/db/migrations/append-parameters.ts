/**
 * A new model parameter in stored data (docs/MODEL.md §3), the same for both dialects. Stored calibration samples
 * are positional in PARAMETERS order, so parameters are only ever appended:
 *
 * - Every calibration's stored sample with exactly `before` columns gains the new parameters, drawn independently
 *   from the global default's priors with a PRNG seeded by the calibration's id (stream `firstStream + k` for the
 *   k-th): the calibration never learnt them, so its posterior for them is their prior.
 * - Every assumption set without them gains a row for each: GLOBAL and CUSTOM sets the global default's prior and
 *   rationale; CALIBRATED sets the EMPIRICAL summary of their extended sample, saying it is the prior's.
 * - A changed set's version goes up, so an edit based on its old values fails with CONFLICT.
 *
 * Pure SQL through the migration's own transaction.
 */
import { createRng, createSampler, type Parameter } from '../../model';
import { empiricalSpec } from '../../modules/calibration/calibration.rules';
import type { AssumptionSeed } from '../../../seeds/types';
import type { Execute } from './convert-v1-sets';

export interface Appended {
  /** Columns a stored sample has before these parameters. */
  before: number;
  /** The parameters, in the order they follow. */
  added: readonly AssumptionSeed[];
  /** PRNG stream of the first added parameter's draws (distinct from every earlier migration's). */
  firstStream: number;
}

/** `now`: created_at/updated_at as the dialect stores them (SQLite epoch milliseconds, PostgreSQL an ISO string). */
export async function appendParameters(execute: Execute, now: number | string, spec: Appended): Promise<void> {
  const { before, added, firstStream } = spec;
  const samples = new Map<number, Record<string, number>[]>();
  for (const c of await execute('select id, assumption_set_id, sample from calibration')) {
    const rows = JSON.parse(String(c.sample)) as number[][];
    if (rows.length === 0 || rows[0].length !== before) continue;
    const samplers = added.map((seed, k) => createSampler(seed, createRng(Number(c.id), firstStream + k)));
    const extended = rows.map((r) => [...r, ...samplers.map((draw) => draw())]);
    await execute('update calibration set sample = ? where id = ?', [JSON.stringify(extended), Number(c.id)]);
    if (c.assumption_set_id != null) {
      samples.set(
        Number(c.assumption_set_id),
        extended.map((r) => Object.fromEntries(added.map((a, k) => [a.parameter, r[before + k]]))),
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
    const missing = added.filter((a) => !present.has(a.parameter));
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
