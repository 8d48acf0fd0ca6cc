/**
 * Calibrations: `#/calibrations` lists them and (PLANNER) runs a new one; `#/calibrations/<id>` shows what the
 * institution's own results say — the local effect per outcome, the model's lift before and after, each parameter's
 * prior against its posterior, and the warnings in plain words.
 */
import { useMemo, useState } from 'preact/hooks';
import {
  CalibrateAssumptionsDocument,
  CalibrationDocument,
  CalibrationsDocument,
  type CalibrationFieldsFragment,
} from '../../../schema/client/graphql';
import { useOperation, useQuery } from '../lib/use-operation';
import { useViewer } from '../lib/app-context';
import { href } from '../lib/router';
import { formatCount, formatPercent, humanize } from '../lib/format';
import type { ViewProps } from '../lib/view';
import { Busy, Loading, Region } from '../components/busy';
import { ErrorAlert, Field, fieldError } from '../components/error';
import { Chart } from '../components/chart';
import { AssumptionsTable, EffectsNote } from '../components/assumptions';
import { priorPosteriorChart } from '../charts/builders';
import { localEffectChart } from '../charts/planner';

/** Each warning of a calibration, as a planner would say it. */
export const WARNING_TEXT: Record<string, string> = {
  FEW_COMPARISON_PROGRAMS:
    'Fewer than 3 comparison programs: the trend the treated programs would have followed without a credential is poorly known.',
  FEW_TREATED_PROGRAMS:
    "Fewer than 3 treated programs: one program's own circumstances can pass for the effect of the credential.",
  IMPLAUSIBLE_LIFT:
    'A local effect multiplies or divides the odds by more than 5, far beyond what embedding a credential plausibly does: check for a change of definition, a merger or a data error.',
  NO_PRE_PERIOD:
    'A treated program has no recorded year before its start and was left out, or no program has the two years before its start that the trend check needs.',
  PRETREND:
    'Before they started, the treated programs were already moving away from the others: the effect may be a trend that was there anyway.',
  PRIOR_DATA_CONFLICT:
    'A local effect lies outside what the survey-based assumptions predicted: your results disagree with them, and the calibrated set is a compromise driven by your data.',
  SMALL_COUNTS:
    'Some program-years have fewer than 30 students or prospects (or very few events): their rates are noisy.',
  WEIGHT_DEGENERACY:
    'The sampler could not represent the result reliably (too few effective draws): no calibrated set was created.',
};

export const STATUS_TEXT: Record<string, [string, string]> = {
  OK: ['Reliable', 'A calibrated assumption set was created for what-ifs and scenarios.'],
  UNRELIABLE: [
    'Unreliable',
    'The result could not be sampled reliably, so no calibrated set was created (see the warnings).',
  ],
  INSUFFICIENT_DATA: [
    'Not enough data',
    'No program with a credential has actuals both before and after its start year; nothing was learnt.',
  ],
};

function statusLabel(status: string): string {
  return STATUS_TEXT[status]?.[0] ?? humanize(status);
}

function warningText(code: string): string {
  return WARNING_TEXT[code] ?? humanize(code);
}

function dateTime(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

/** "+0.091", "−0.089"; no sign on a value that rounds to zero. */
export const signed = (v: number, digits = 3): string => {
  const text = formatCount(Math.abs(v), undefined, digits);
  return `${text === '0' ? '' : v > 0 ? '+' : v < 0 ? '\u2212' : ''}${text}`;
};

/** A probability after the calibration, and the same before it (the prior's; null for a calibration before model v2). */
export interface Chance {
  after: string;
  before: string | null;
}

export function chance(after: number, before: number | null | undefined): Chance {
  return {
    after: formatPercent(after, undefined, 0),
    before: before == null ? null : formatPercent(before, undefined, 0),
  };
}

/** "62% (before: 50%)", or "62%" when the prior's is not known. */
export function chanceText(c: Chance): string {
  return c.before === null ? c.after : `${c.after} (before: ${c.before})`;
}

/** The chances of one outcome's effect, after the calibration and (when known) before: any effect, and a helpful one. */
export function effectChances(e: {
  probabilityNoEffect: number;
  probabilityPositive: number;
  priorProbabilityNoEffect?: number | null;
  priorProbabilityPositive?: number | null;
}): { anyEffect: Chance; helps: Chance } {
  return {
    anyEffect: chance(
      1 - e.probabilityNoEffect,
      e.priorProbabilityNoEffect == null ? null : 1 - e.priorProbabilityNoEffect,
    ),
    helps: chance(e.probabilityPositive, e.priorProbabilityPositive),
  };
}

function ChanceCell({ chance: c }: { chance: Chance }) {
  return (
    <td class="num">
      {c.after}
      {c.before !== null && <div class="muted">before: {c.before}</div>}
    </td>
  );
}

export function Warnings({ warnings }: { warnings: readonly string[] }) {
  if (warnings.length === 0) return <p>No warnings.</p>;
  return (
    <ul class="warnings" aria-label="Warnings">
      {warnings.map((w) => (
        <li key={w}>
          <strong>{humanize(w)}.</strong> {warningText(w)}
        </li>
      ))}
    </ul>
  );
}

function RunCalibration({ onDone }: { onDone: () => void }) {
  const op = useOperation(CalibrateAssumptionsDocument);
  const [name, setName] = useState('');
  const [draws, setDraws] = useState('');
  const [seed, setSeed] = useState('');
  const [missing, setMissing] = useState(false);
  const nameError = missing ? 'Give the calibration a name.' : fieldError(op.error, 'name');
  const drawsError = fieldError(op.error, 'draws');
  const seedError = fieldError(op.error, 'seed');
  const result = op.data?.calibrateAssumptions.calibration;

  const submit = async (e: Event) => {
    e.preventDefault();
    if (!name.trim()) {
      setMissing(true);
      return;
    }
    const input: { name: string; draws?: number; seed?: number } = { name: name.trim() };
    if (draws.trim()) input.draws = Number(draws);
    if (seed.trim()) input.seed = Number(seed);
    const done = await op.run({ input });
    if (done) onDone();
  };

  return (
    <section aria-labelledby="run-heading">
      <h2 id="run-heading">Run a calibration</h2>
      <p>
        Compares the programs where a credential is active with the programs that never had one, then updates the
        model's assumptions from that local effect. It reads the actuals recorded so far; a saved calibration does not
        change when new actuals arrive.
      </p>
      <form onSubmit={(e) => void submit(e)} aria-busy={op.running ? 'true' : 'false'}>
        <Field
          id="calibration-name"
          label="Name"
          error={nameError}
          hint="Also the name of the calibrated set it creates."
        >
          <input
            id="calibration-name"
            type="text"
            maxLength={200}
            value={name}
            aria-invalid={nameError ? 'true' : undefined}
            aria-describedby={nameError ? 'calibration-name-error' : 'calibration-name-hint'}
            onInput={(e) => {
              setName(e.currentTarget.value);
              setMissing(false);
            }}
          />
        </Field>
        <details>
          <summary>Draws and seed</summary>
          <Field id="calibration-draws" label="Draws" error={drawsError} hint="1,000–100,000; default 4,000.">
            <input
              id="calibration-draws"
              type="number"
              min={1000}
              max={100000}
              step={1000}
              placeholder="4000"
              value={draws}
              aria-invalid={drawsError ? 'true' : undefined}
              onInput={(e) => setDraws(e.currentTarget.value)}
            />
          </Field>
          <Field
            id="calibration-seed"
            label="Seed"
            error={seedError}
            hint="Same data and seed, same result; default 1."
          >
            <input
              id="calibration-seed"
              type="number"
              min={0}
              placeholder="1"
              value={seed}
              aria-invalid={seedError ? 'true' : undefined}
              onInput={(e) => setSeed(e.currentTarget.value)}
            />
          </Field>
        </details>
        <div class="actions">
          <button type="submit" disabled={op.running}>
            Run calibration
          </button>
        </div>
      </form>
      <Busy running={op.running} elapsedMs={op.elapsedMs} onCancel={op.cancel} label="Calibrating" />
      {op.cancelled && <p role="status">Cancelled.</p>}
      {op.error && !nameError && !drawsError && !seedError && (
        <ErrorAlert error={op.error} title="The calibration failed." />
      )}
      {result && (
        <Region label="Latest calibration" busy={op.running} stale={op.stale}>
          <p role="status">
            <a href={href(`calibrations/${result.id}`)}>{result.name}</a>: {statusLabel(result.status)}, effective
            sample size {formatCount(result.effectiveSampleSize, undefined, 0)}
            {result.warnings.length > 0 &&
              `, ${result.warnings.length} warning${result.warnings.length === 1 ? '' : 's'}`}
            .
          </p>
        </Region>
      )}
    </section>
  );
}

function CalibrationList() {
  const viewer = useViewer();
  const list = useQuery(CalibrationsDocument, { first: 100 });
  const nodes = list.data?.calibrations.nodes ?? [];
  return (
    <>
      <h1>Calibrations</h1>
      <p>
        What your own pilot results say about the model's assumptions. A reliable calibration creates a calibrated
        assumption set that what-ifs and scenarios can use.
      </p>
      {viewer.canWrite ? (
        <RunCalibration onDone={list.refetch} />
      ) : (
        <p class="note">Your key is read-only: a planner can run calibrations.</p>
      )}
      <section aria-labelledby="list-heading">
        <h2 id="list-heading">Saved calibrations</h2>
        {list.error && <ErrorAlert error={list.error} title="Could not load the calibrations." />}
        {list.loading && !list.data ? (
          <Loading what="the calibrations" />
        ) : nodes.length === 0 ? (
          <p>No calibration yet.</p>
        ) : (
          <div class="table-wrap">
            <table class="data">
              <caption>
                {list.data?.calibrations.totalCount ?? nodes.length} calibration
                {(list.data?.calibrations.totalCount ?? nodes.length) === 1 ? '' : 's'}
              </caption>
              <thead>
                <tr>
                  <th scope="col">Name</th>
                  <th scope="col">Status</th>
                  <th scope="col" class="num">
                    Effective sample size
                  </th>
                  <th scope="col">Warnings</th>
                  <th scope="col">Run</th>
                </tr>
              </thead>
              <tbody>
                {nodes.map((c) => (
                  <tr key={c.id}>
                    <th scope="row">
                      <a href={href(`calibrations/${c.id}`)}>{c.name}</a>
                    </th>
                    <td>{statusLabel(c.status)}</td>
                    <td class="num">{formatCount(c.effectiveSampleSize, undefined, 0)}</td>
                    <td>{c.warnings.length ? c.warnings.map(humanize).join(', ') : 'none'}</td>
                    <td>{dateTime(c.createdAt)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </>
  );
}

function EstimatesTable({ calibration }: { calibration: CalibrationFieldsFragment }) {
  return (
    <div class="table-wrap">
      <table class="data">
        <caption>Local effect per outcome</caption>
        <thead>
          <tr>
            <th scope="col">Outcome</th>
            <th scope="col" class="num">
              Local effect (log-odds)
            </th>
            <th scope="col">95% interval</th>
            <th scope="col" class="num">
              Percentage points
            </th>
            <th scope="col">Model before: P50 (P10–P90)</th>
            <th scope="col">Model after: P50 (P10–P90)</th>
            <th scope="col" class="num">
              Chance of any effect here
            </th>
            <th scope="col" class="num">
              Chance it helps
            </th>
            <th scope="col" class="num">
              Treated / comparison programs
            </th>
          </tr>
        </thead>
        <tbody>
          {calibration.estimates.map((e) => {
            const clear = e.lower95 > 0 || e.upper95 < 0;
            const chances = effectChances(e);
            return (
              <tr key={e.outcome}>
                <th scope="row">{humanize(e.outcome)}</th>
                <td class="num">{signed(e.logOddsLift)}</td>
                <td>
                  {signed(e.lower95)} to {signed(e.upper95)}
                  {!clear && <span class="muted"> (not distinguishable from zero)</span>}
                </td>
                <td class="num">
                  {signed(e.percentagePoints, 1)} pp on {formatPercent(e.preRate)}
                </td>
                <td>
                  {signed(e.predictedByPrior.p50)} ({signed(e.predictedByPrior.p10)} to {signed(e.predictedByPrior.p90)}
                  )
                </td>
                <td>
                  {signed(e.predictedByPosterior.p50)} ({signed(e.predictedByPosterior.p10)} to{' '}
                  {signed(e.predictedByPosterior.p90)})
                </td>
                <ChanceCell chance={chances.anyEffect} />
                <ChanceCell chance={chances.helps} />
                <td class="num">
                  {e.treatedPrograms} / {e.comparisonPrograms}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

function CalibrationDetail({ id }: { id: string }) {
  const q = useQuery(CalibrationDocument, { id });
  const c = q.data?.calibration;
  const effects = useMemo(() => (c ? localEffectChart(c.estimates) : null), [c]);
  const ratios = useMemo(
    () =>
      c && c.realisedRatios.length
        ? priorPosteriorChart(
            c.realisedRatios.map((r) => ({ parameter: r.quantity, prior: r.prior, posterior: r.posterior })),
            { title: 'Realised ratios, before and after' },
          )
        : null,
    [c],
  );
  const parameters = useMemo(
    () =>
      c && c.parameters.length ? priorPosteriorChart(c.parameters, { title: 'Parameters, prior and posterior' }) : null,
    [c],
  );

  if (q.error) {
    return (
      <>
        <h1>Calibration</h1>
        <ErrorAlert error={q.error} title="Could not load the calibration." />
        <p>
          <a href={href('calibrations')}>All calibrations</a>
        </p>
      </>
    );
  }
  if (!q.data) return <Loading what="the calibration" />;
  if (!c) {
    return (
      <>
        <h1>Calibration not found</h1>
        <p>
          There is no calibration with this id for your institution. <a href={href('calibrations')}>All calibrations</a>
        </p>
      </>
    );
  }
  return (
    <>
      <p>
        <a href={href('calibrations')}>All calibrations</a>
      </p>
      <h1>{c.name}</h1>
      <p role="status" class={c.status === 'OK' ? 'note' : 'error'}>
        <strong>{statusLabel(c.status)}.</strong> {STATUS_TEXT[c.status]?.[1] ?? ''}
      </p>
      <dl class="kv">
        <dt>Run</dt>
        <dd>{dateTime(c.createdAt)}</dd>
        <dt>Prior</dt>
        <dd>{c.priorAssumptionSet.name}</dd>
        <dt>Calibrated set</dt>
        <dd>{c.assumptionSet ? c.assumptionSet.name : 'none (only a reliable calibration creates one)'}</dd>
        <dt>Data</dt>
        <dd>
          {formatCount(c.observationCount, undefined, 0)} observations, {formatCount(c.programYearCount, undefined, 0)}{' '}
          program-years, {c.programCount} programs
        </dd>
        <dt>Effective sample size</dt>
        <dd>
          {formatCount(c.effectiveSampleSize, undefined, 0)} of {formatCount(c.draws, undefined, 0)} draws (seed{' '}
          {c.seed})
        </dd>
        <dt>Pareto k̂</dt>
        <dd>{c.paretoK == null ? 'not needed' : formatCount(c.paretoK, undefined, 2)}</dd>
      </dl>
      {c.excludedPrograms.length > 0 && (
        <p class="note">
          Left out (an active credential without a start year):{' '}
          {c.excludedPrograms.map((p) => `${p.code} ${p.title}`).join(', ')}.
        </p>
      )}

      <section aria-labelledby="warnings-heading">
        <h2 id="warnings-heading">Warnings</h2>
        <Warnings warnings={c.warnings} />
      </section>

      <section aria-labelledby="effects-heading">
        <h2 id="effects-heading">Local effect per outcome</h2>
        <p>
          The change in your programs with a credential, after their start, minus the change in the others, on the
          log-odds scale; beside it, the lift the model predicted for the same programs and years before and after it
          learnt from them, and how likely there is any effect at all, and a helpful one, after your results (and
          before, under the prior).
        </p>
        {c.estimates.length === 0 ? (
          <p>No outcome had the data for an estimate.</p>
        ) : (
          <EstimatesTable calibration={c} />
        )}
        {effects && c.estimates.length > 0 && <Chart chart={effects} />}
      </section>

      {ratios && (
        <section aria-labelledby="ratios-heading">
          <h2 id="ratios-heading">What the projection uses, before and after</h2>
          <p>
            The ratios that show up in behaviour, which your pilots pin down best. A scenario on the calibrated set
            draws from the posterior, so its projection moves with them.
          </p>
          <Chart chart={ratios} tableOpen />
        </section>
      )}

      {parameters && (
        <section aria-labelledby="parameters-heading">
          <h2 id="parameters-heading">Prior and posterior per parameter</h2>
          <Chart chart={parameters} />
        </section>
      )}

      {c.assumptionSet && (
        <section aria-labelledby="set-heading">
          <h2 id="set-heading">The calibrated set</h2>
          <EffectsNote assumptions={c.assumptionSet.assumptions} />
          <AssumptionsTable
            assumptions={c.assumptionSet.assumptions}
            caption={`Assumptions of ${c.assumptionSet.name}`}
          />
        </section>
      )}

      {c.assumptionSet && (
        <p>
          Choose <strong>{c.assumptionSet.name}</strong> as the assumption set of a{' '}
          <a href={href('what-if')}>what-if</a> to see the projection after calibration, and compare it with the same
          what-if on the default set.
        </p>
      )}
    </>
  );
}

export { CalibrationDetail };

export default function CalibrationsView({ route }: ViewProps) {
  const id = route.path[0] === 'calibrations' ? route.path[1] : undefined;
  return id ? <CalibrationDetail id={id} /> : <CalibrationList />;
}
