/**
 * Model v2's data migration (docs/MODEL.md §3, "Sets made before model v2"), the same for both dialects: every
 * stored assumption set that still holds model v1's parameters is converted to the realised effects.
 *
 * - GLOBAL and CUSTOM sets: ENROLLMENT_RATIO's row becomes ENROLLMENT_EFFECT, ENGAGEMENT_RATIO's becomes
 *   ENGAGEMENT_EFFECT and RETENTION_PASS_THROUGH's becomes RETENTION_EFFECT, each with the values convertV1Specs
 *   gives (the formula at the lows, modes and highs of its inputs; PERT, or FIXED when every input was), no point
 *   mass at zero, a rationale that says what it was converted from, and the evidence of every input it was
 *   computed from; INTENT_REALISATION's row goes. The other parameters stay as they were.
 * - CALIBRATED sets: the calibration's joint posterior sample is converted vector by vector (exact), and the three
 *   effects' EMPIRICAL summaries recomputed from it.
 * - Every calibration's stored sample (positional, in the model's parameter order) is rewritten in v2's order.
 * - A converted set's version goes up, so an edit based on its old values fails with CONFLICT.
 *
 * The global default then becomes the sceptical one on the next start, if the platform admin never changed it
 * (src/db/seed.ts). Pure SQL through the migration's own transaction: one rule (src/model/v1.ts) for both dialects.
 */
import { V1_PARAMETERS, type DistributionKind } from '../../model';
import {
  conversionRationale,
  convertV1Specs,
  convertV1Vector,
  isV1Set,
  type V1Spec,
  type V1Values,
  type V2_0Values,
} from '../../model/v1';
import { empiricalSpec } from '../../modules/calibration/calibration.rules';

export type Execute = (sql: string, params?: unknown[]) => Promise<Record<string, unknown>[]>;

/** Model v1's parameter order: how a v1 sample's arrays are laid out. */
const V1_ORDER = [...V1_PARAMETERS, 'NON_CREDIT_EFFECT_SHARE', 'ELECTIVE_TAKE_UP', 'AWARENESS_RAMP_YEARS'] as const;

/** Model v2's parameter order when this migration was written (later parameters are added by later migrations). */
export const V2_0_ORDER = [
  'ENROLLMENT_EFFECT',
  'ENGAGEMENT_EFFECT',
  'RETENTION_EFFECT',
  'NON_CREDIT_EFFECT_SHARE',
  'ELECTIVE_TAKE_UP',
  'AWARENESS_RAMP_YEARS',
] as const;

/** The v1 row each effect takes over (so its id, and the set's order, are kept). */
const TAKES_OVER = {
  ENROLLMENT_EFFECT: 'ENROLLMENT_RATIO',
  ENGAGEMENT_EFFECT: 'ENGAGEMENT_RATIO',
  RETENTION_EFFECT: 'RETENTION_PASS_THROUGH',
} as const;

interface Row {
  id: number;
  parameter: string;
  low: number;
  mode: number;
  high: number;
  distribution: string;
  rationale: string | null;
}

export async function convertV1Sets(execute: Execute): Promise<void> {
  const samples = new Map<number, V2_0Values[]>();
  for (const c of await execute('select id, assumption_set_id, sample from calibration')) {
    const rows = JSON.parse(String(c.sample)) as number[][];
    if (rows.length === 0 || rows[0].length !== V1_ORDER.length) continue;
    const converted = rows.map((r) =>
      convertV1Vector(Object.fromEntries(V1_ORDER.map((p, j) => [p, r[j]])) as V1Values),
    );
    const encoded = JSON.stringify(converted.map((v) => V2_0_ORDER.map((p) => v[p])));
    await execute('update calibration set sample = ? where id = ?', [encoded, Number(c.id)]);
    if (c.assumption_set_id != null) samples.set(Number(c.assumption_set_id), converted);
  }

  for (const set of await execute('select id, kind from assumption_set')) {
    const setId = Number(set.id);
    const rows = (
      await execute(
        'select id, parameter, low, mode, high, distribution, rationale from assumption where assumption_set_id = ?',
        [setId],
      )
    ).map((r) => ({ ...r, id: Number(r.id), low: Number(r.low), mode: Number(r.mode), high: Number(r.high) }) as Row);
    if (!isV1Set(rows)) continue;
    const byParameter = new Map(rows.map((r) => [r.parameter, r]));
    const specs: V1Spec[] = rows.map((r) => ({ ...r, distribution: r.distribution as DistributionKind }));
    const sample = samples.get(setId);
    const converted = convertV1Specs(specs);
    for (const c of converted) {
      const target = byParameter.get(TAKES_OVER[c.parameter as keyof typeof TAKES_OVER]);
      if (!target) throw new Error(`assumption set ${setId} has no ${TAKES_OVER[c.parameter as keyof typeof TAKES_OVER]}`);
      const values =
        set.kind === 'CALIBRATED' && sample
          ? { ...empiricalSpec(sample, c.parameter as keyof V2_0Values), rationale: calibratedRationale(c.parameter, sample) }
          : { ...c, rationale: conversionRationale(c, specs) };
      await execute(
        'update assumption set parameter = ?, low = ?, mode = ?, high = ?, distribution = ?, zero_mass = ?, rationale = ? where id = ?',
        [c.parameter, values.low, values.mode, values.high, values.distribution, values.zeroMass ?? 0, values.rationale, target.id],
      );
      // The effect rests on every input's evidence (the ratio's and the realisation share's).
      for (const from of c.from) {
        const source = byParameter.get(from);
        if (!source || source.id === target.id) continue;
        await execute(
          `insert into assumption_evidence (assumption_id, evidence_statistic_id)
           select ?, evidence_statistic_id from assumption_evidence
           where assumption_id = ? and evidence_statistic_id not in
             (select evidence_statistic_id from assumption_evidence where assumption_id = ?)`,
          [target.id, source.id, target.id],
        );
      }
    }
    const realisation = byParameter.get('INTENT_REALISATION');
    if (realisation) {
      await execute('delete from assumption_evidence where assumption_id = ?', [realisation.id]);
      await execute('delete from assumption where id = ?', [realisation.id]);
    }
    await execute('update assumption_set set version = version + 1 where id = ?', [setId]);
  }
}

function calibratedRationale(parameter: string, sample: readonly V2_0Values[]): string {
  const s = empiricalSpec(sample, parameter as keyof V2_0Values);
  const fmt = (v: number): string => Number(v.toPrecision(3)).toString();
  return (
    `Converted from model v1: the calibration's joint posterior sample converted vector by vector ` +
    `(${parameter} = ln of the realised ratio), median ${fmt(s.mode)}, range ${fmt(s.low)} to ${fmt(s.high)}.`
  );
}
