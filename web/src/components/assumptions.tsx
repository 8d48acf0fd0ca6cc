/**
 * An assumption set as a table, model v2 in plain words: each parameter by name (the v1 ones marked "not
 * applied"), its low / mode / high (with the odds multiple for an effect), its distribution and its chance of no
 * effect; an optional evidence column.
 */
import type { ComponentChildren } from 'preact';
import { formatCount } from '../lib/format';
import {
  distributionLabel,
  isEffectParameter,
  isV1Parameter,
  oddsMultiple,
  parameterLabel,
  pointEstimateIsNoEffect,
  zeroMassText,
} from '../lib/assumptions';

export interface AssumptionLike {
  parameter: string;
  low: number;
  mode: number;
  high: number;
  distribution: string;
  zeroMass?: number | null;
  rationale?: string | null;
}

/** One value of a parameter: the number, and for an effect the odds multiple it stands for. */
export function AssumptionValue({ parameter, value }: { parameter: string; value: number }) {
  return (
    <>
      {formatCount(value, undefined, 3)}
      {isEffectParameter(parameter) && <div class="muted odds">{oddsMultiple(value)}</div>}
    </>
  );
}

/** The chance of no effect in words, and what it means for the point estimate. */
export function NoEffectText({ parameter, zeroMass }: { parameter: string; zeroMass: number | null | undefined }) {
  const text = zeroMassText(zeroMass, { effect: isEffectParameter(parameter) });
  if (!text) return <span class="muted">—</span>;
  return (
    <>
      {text}
      {pointEstimateIsNoEffect(zeroMass) && <div class="muted">so the point estimate is no change</div>}
    </>
  );
}

export function AssumptionsTable<A extends AssumptionLike>({
  assumptions,
  caption,
  evidence,
}: {
  assumptions: readonly A[];
  caption: string;
  /** The evidence column's content for an assumption; no column when absent. */
  evidence?: (a: A) => ComponentChildren;
}) {
  return (
    <div class="table-wrap">
      <table class="data">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Assumption</th>
            <th scope="col" class="num">
              Low
            </th>
            <th scope="col" class="num">
              Mode
            </th>
            <th scope="col" class="num">
              High
            </th>
            <th scope="col">Distribution</th>
            <th scope="col">No effect</th>
            {evidence && <th scope="col">Evidence (the report figure it rests on)</th>}
          </tr>
        </thead>
        <tbody>
          {assumptions.map((a) => (
            <tr key={a.parameter} class={isV1Parameter(a.parameter) ? 'v1' : undefined}>
              <th scope="row">
                {parameterLabel(a.parameter)}
                {a.rationale && <div class="muted">{a.rationale}</div>}
              </th>
              <td class="num">
                <AssumptionValue parameter={a.parameter} value={a.low} />
              </td>
              <td class="num">
                <AssumptionValue parameter={a.parameter} value={a.mode} />
              </td>
              <td class="num">
                <AssumptionValue parameter={a.parameter} value={a.high} />
              </td>
              <td>{distributionLabel(a.distribution)}</td>
              <td>
                <NoEffectText parameter={a.parameter} zeroMass={a.zeroMass} />
              </td>
              {evidence && <td>{evidence(a)}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** How to read a set's effects, its chance of no effect and its v1 parameters; nothing when there is none. */
export function EffectsNote({ assumptions }: { assumptions: readonly AssumptionLike[] }) {
  const effects = assumptions.some((a) => isEffectParameter(a.parameter));
  const none = assumptions.filter((a) => isEffectParameter(a.parameter) && pointEstimateIsNoEffect(a.zeroMass));
  const v1 = assumptions.some((a) => isV1Parameter(a.parameter));
  if (!effects && !v1) return null;
  return (
    <p class="note">
      {effects &&
        'The effects are realised log odds ratios: 0 is no effect, a negative value is harm, and odds ×1.05 is a 5% ' +
          'rise in the odds. '}
      {none.length > 0 &&
        `${none.length === 1 ? 'One effect has' : `${none.length} effects have`} at least an even chance of being ` +
          `exactly zero, so the point estimate takes ${none.length === 1 ? 'it' : 'them'} as no change and the ` +
          'median (P50) is often the baseline. '}
      {v1 && 'Parameters marked "v1, not applied" belong to the old model: they are shown as they were saved.'}
    </p>
  );
}
