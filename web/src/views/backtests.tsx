/**
 * Back-tests: `#/backtests` lists them (newest first) and (PLANNER) runs a new one; `#/backtests/<id>` shows how the
 * forecasts made as of a past year did against what was recorded after — per program and metric the forecast's
 * interval and median against the actuals, and the scores as a table and in words.
 */
import { useMemo, useState } from 'preact/hooks';
import {
  BacktestDocument,
  BacktestSetupDocument,
  BacktestsDocument,
  RunBacktestDocument,
  type BacktestQuery,
  type BacktestSummaryFieldsFragment,
  type RunBacktestInput,
} from '../../../schema/client/graphql';
import { useOperation, useQuery } from '../lib/use-operation';
import { usePaged } from '../lib/use-paged';
import { useViewer } from '../lib/app-context';
import { href, navigate } from '../lib/router';
import { formatCount, humanize, metricLabel } from '../lib/format';
import {
  BACKTEST_METRICS,
  coverageCount,
  crpsText,
  defaultAsOfYear,
  scoreSentences,
  type BacktestScoreLike,
} from '../lib/backtest';
import type { ViewProps } from '../lib/view';
import { Busy, Loading, Region } from '../components/busy';
import { ErrorAlert, Field, fieldError } from '../components/error';
import { Chart, ChartLegend, usePlotPreload } from '../components/chart';
import { Paging } from '../components/paging';
import { Select } from '../components/select';
import { backtestChart, backtestLegend } from '../charts/backtest';

const PAGE = 20;

function dateTime(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

/** Scores in the order of BACKTEST_METRICS, then any other. */
function ordered<S extends { metric: string }>(scores: readonly S[]): S[] {
  const rank = (m: string) => {
    const i = (BACKTEST_METRICS as readonly string[]).indexOf(m);
    return i < 0 ? BACKTEST_METRICS.length : i;
  };
  return [...scores].sort((a, b) => rank(a.metric) - rank(b.metric));
}

/** The entrant counts inside the 80% interval, for the list: "9 of 28 (32%)". */
function coverageShort(scores: readonly BacktestScoreLike[]): string {
  const s = scores.find((x) => x.metric === 'NEW_ENROLLMENTS') ?? scores[0];
  return s ? coverageCount(s) : '—';
}

const FIT_STATUS: Record<string, string> = {
  OK: 'reliable',
  UNRELIABLE: 'unreliable',
  INSUFFICIENT_DATA: 'not enough data',
};

function drewFrom(b: { usedPosterior: boolean }): string {
  return b.usedPosterior ? 'the fit (posterior)' : 'the prior';
}

/** The scores, one paragraph per metric, in words. */
export function ScoresInWords({ scores }: { scores: readonly BacktestScoreLike[] }) {
  return (
    <ul class="plain scores-in-words" aria-label="The scores in words">
      {ordered(scores).map((s) => (
        <li key={s.metric}>
          <strong>{metricLabel(s.metric)}.</strong> {scoreSentences(s).join(' ')}
        </li>
      ))}
    </ul>
  );
}

/** The scores as a table: coverage of the 80% interval, and CRPS against persistence and against no effect. */
export function ScoresTable({ scores }: { scores: readonly BacktestScoreLike[] }) {
  return (
    <div class="table-wrap">
      <table class="data">
        <caption>Scores per metric (CRPS: lower is better)</caption>
        <thead>
          <tr>
            <th scope="col">Metric</th>
            <th scope="col" class="num">
              Actuals forecast
            </th>
            <th scope="col" class="num">
              Inside the 80% interval
            </th>
            <th scope="col" class="num">
              CRPS of the forecasts
            </th>
            <th scope="col" class="num">
              CRPS carrying the last year forward
            </th>
            <th scope="col" class="num">
              CRPS with no credential effect
            </th>
          </tr>
        </thead>
        <tbody>
          {ordered(scores).map((s) => (
            <tr key={s.metric}>
              <th scope="row">{metricLabel(s.metric)}</th>
              <td class="num">{formatCount(s.points, undefined, 0)}</td>
              <td class="num">{coverageCount(s)}</td>
              <td class="num">{crpsText(s.crps, s.metric)}</td>
              <td class="num">{crpsText(s.crpsPersistence, s.metric)}</td>
              <td class="num">{crpsText(s.crpsNoEffect, s.metric)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function RunBacktest({ onDone }: { onDone: () => void }) {
  const op = useOperation(RunBacktestDocument);
  const setup = useQuery(BacktestSetupDocument, {});
  const [name, setName] = useState('');
  const [asOf, setAsOf] = useState<string | null>(null);
  const [setId, setSetId] = useState('');
  const [draws, setDraws] = useState('');
  const [seed, setSeed] = useState('');
  const [missing, setMissing] = useState<{ name?: string; asOf?: string }>({});

  const latest = setup.data?.viewer.institution?.lastRecordedYear ?? null;
  const suggested = defaultAsOfYear(latest);
  const asOfValue = asOf ?? (suggested === null ? '' : String(suggested));
  // A calibrated set cannot be a prior: the fit starts from a global or a custom set.
  const priors = (setup.data?.assumptionSets ?? []).filter((s) => s.kind !== 'CALIBRATED');

  const nameError = missing.name ?? fieldError(op.error, 'name');
  const asOfError = missing.asOf ?? fieldError(op.error, 'asOfYear');
  const setError = fieldError(op.error, 'assumptionSetId');
  const drawsError = fieldError(op.error, 'draws');
  const seedError = fieldError(op.error, 'seed');
  const result = op.data?.runBacktest.backtest;

  const submit = async (e: Event) => {
    e.preventDefault();
    const problems: { name?: string; asOf?: string } = {};
    if (!name.trim()) problems.name = 'Give the back-test a name.';
    if (!/^\d{4}$/.test(asOfValue.trim())) problems.asOf = 'Enter an academic year such as 2023.';
    setMissing(problems);
    if (problems.name || problems.asOf) return;
    const input: RunBacktestInput = { name: name.trim(), asOfYear: Number(asOfValue) };
    if (setId) input.assumptionSetId = setId;
    if (draws.trim()) input.draws = Number(draws);
    if (seed.trim()) input.seed = Number(seed);
    const done = await op.run({ input });
    if (done) onDone();
  };

  return (
    <section aria-labelledby="run-heading">
      <h2 id="run-heading">Run a back-test</h2>
      <p>
        As of a past year, with only what was known then (the baselines as they stood, a calibration on the years up to
        it, the credentials as they actually went live), the model forecasts every later year you have recorded; the
        forecasts are then scored against what happened.
      </p>
      <ErrorAlert error={setup.error} title="Could not load the assumption sets and the recorded years." />
      <form onSubmit={(e) => void submit(e)} aria-busy={op.running ? 'true' : 'false'}>
        <Field id="backtest-name" label="Name" error={nameError}>
          <input
            id="backtest-name"
            type="text"
            maxLength={200}
            value={name}
            aria-invalid={nameError ? 'true' : undefined}
            aria-describedby={nameError ? 'backtest-name-error' : undefined}
            onInput={(e) => {
              setName(e.currentTarget.value);
              setMissing((m) => ({ ...m, name: undefined }));
            }}
          />
        </Field>
        <Field
          id="backtest-as-of"
          label="As of academic year"
          error={asOfError}
          hint={
            latest === null
              ? setup.loading
                ? 'Reading the years recorded…'
                : 'The last year the fit may see; every later recorded year is forecast.'
              : `The last year the fit may see; every later recorded year (up to ${latest}) is forecast.`
          }
        >
          <input
            id="backtest-as-of"
            type="number"
            min={1900}
            max={2200}
            step={1}
            value={asOfValue}
            aria-invalid={asOfError ? 'true' : undefined}
            aria-describedby={asOfError ? 'backtest-as-of-error backtest-as-of-hint' : 'backtest-as-of-hint'}
            onInput={(e) => {
              setAsOf(e.currentTarget.value);
              setMissing((m) => ({ ...m, asOf: undefined }));
            }}
          />
        </Field>
        <Select
          id="backtest-set"
          label="Prior (the assumption set the fit starts from)"
          value={setId}
          any="The default set"
          options={priors.map((s) => ({
            value: s.id,
            label: `${s.name} (${humanize(s.kind)})${s.isDefault ? ' — default' : ''}`,
          }))}
          onChange={setSetId}
          error={setError}
        />
        <details>
          <summary>Draws and seed</summary>
          <Field id="backtest-draws" label="Draws" error={drawsError} hint="1,000–20,000; default 2,000.">
            <input
              id="backtest-draws"
              type="number"
              min={1000}
              max={20000}
              step={1000}
              placeholder="2000"
              value={draws}
              aria-invalid={drawsError ? 'true' : undefined}
              aria-describedby="backtest-draws-hint"
              onInput={(e) => setDraws(e.currentTarget.value)}
            />
          </Field>
          <Field
            id="backtest-seed"
            label="Seed"
            error={seedError}
            hint="Same data and seed, same back-test; default 1."
          >
            <input
              id="backtest-seed"
              type="number"
              min={0}
              placeholder="1"
              value={seed}
              aria-invalid={seedError ? 'true' : undefined}
              aria-describedby="backtest-seed-hint"
              onInput={(e) => setSeed(e.currentTarget.value)}
            />
          </Field>
        </details>
        <div class="actions">
          <button type="submit" disabled={op.running}>
            Run back-test
          </button>
        </div>
      </form>
      <Busy running={op.running} elapsedMs={op.elapsedMs} onCancel={op.cancel} label="Back-testing" />
      {op.cancelled && <p role="status">Cancelled.</p>}
      {op.error && !nameError && !asOfError && !setError && !drawsError && !seedError && (
        <ErrorAlert error={op.error} title="The back-test failed." />
      )}
      {(result || op.running) && (
        <Region label="Latest back-test" busy={op.running} stale={op.stale && !!result}>
          {result && (
            <>
              <p role="status">
                <a href={href(`backtests/${result.id}`)}>{result.name}</a>: as of {result.asOfYear},{' '}
                {formatCount(result.forecastPrograms, undefined, 0)} programs forecast from {drewFrom(result)}.
              </p>
              <ScoresInWords scores={result.scores} />
            </>
          )}
        </Region>
      )}
    </section>
  );
}

function BacktestList() {
  const viewer = useViewer();
  const paged = usePaged(BacktestsDocument, { first: PAGE }, (d) => d.backtests);
  return (
    <>
      <h1>Back-tests</h1>
      <p>
        Would the forecasts have been right? A back-test re-runs history: it forecasts the years you have already
        recorded from what was known before them, and scores the forecasts against what happened. It is how to learn
        whether to trust the forecasts here.
      </p>
      {viewer.canWrite ? (
        <RunBacktest onDone={paged.reload} />
      ) : (
        <p class="note">Your key is read-only: a planner can run back-tests.</p>
      )}
      <section aria-labelledby="list-heading">
        <h2 id="list-heading">Saved back-tests</h2>
        {paged.error && <ErrorAlert error={paged.error} title="Could not load the back-tests." />}
        {paged.loading && paged.nodes.length === 0 ? (
          <Loading what="the back-tests" />
        ) : paged.nodes.length === 0 ? (
          <p>No back-test yet.</p>
        ) : (
          <div class="table-wrap">
            <table class="data">
              <caption>Saved back-tests, newest first</caption>
              <thead>
                <tr>
                  <th scope="col">Name</th>
                  <th scope="col" class="num">
                    As of
                  </th>
                  <th scope="col">Prior</th>
                  <th scope="col">Forecasts drew from</th>
                  <th scope="col" class="num">
                    Entrant counts inside the 80% interval
                  </th>
                  <th scope="col">Run</th>
                </tr>
              </thead>
              <tbody>
                {paged.nodes.map((b) => (
                  <tr key={b.id}>
                    <th scope="row">
                      <a href={href(`backtests/${b.id}`)}>{b.name}</a>
                    </th>
                    <td class="num">{b.asOfYear}</td>
                    <td>{b.assumptionSet.name}</td>
                    <td>{drewFrom(b)}</td>
                    <td class="num">{coverageShort(b.scores)}</td>
                    <td>{dateTime(b.createdAt)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        <Paging paged={paged} noun="back-tests" />
      </section>
    </>
  );
}

type Backtest = NonNullable<BacktestQuery['backtest']>;

function Provenance({ b }: { b: BacktestSummaryFieldsFragment }) {
  return (
    <dl class="kv">
      <dt>As of</dt>
      <dd>
        {b.asOfYear}: the fit and the baselines saw the actuals up to {b.asOfYear}/{String(b.asOfYear + 1).slice(-2)}
      </dd>
      <dt>Prior</dt>
      <dd>{b.assumptionSet.name}</dd>
      <dt>Posterior used</dt>
      <dd>
        {b.usedPosterior
          ? 'Yes: the fit on the years up to then was reliable, so the forecasts drew from its posterior.'
          : 'No: there was no reliable fit on the years up to then, so the forecasts drew from the prior.'}
      </dd>
      <dt>The fit</dt>
      <dd>
        {b.calibration ? (
          <>
            <a href={href(`calibrations/${b.calibration.id}`)}>{b.calibration.name}</a> (
            {FIT_STATUS[b.calibration.status] ?? humanize(b.calibration.status).toLowerCase()})
          </>
        ) : (
          'none: there was not enough before the year to fit'
        )}
      </dd>
      <dt>Programs forecast</dt>
      <dd>{formatCount(b.forecastPrograms, undefined, 0)}</dd>
      <dt>Draws / seed</dt>
      <dd>
        {formatCount(b.draws, undefined, 0)} / {b.seed}
      </dd>
      <dt>Run</dt>
      <dd>
        {dateTime(b.createdAt)} (model version {b.modelVersion})
      </dd>
    </dl>
  );
}

function ProgramCharts({ b, programId, asOfYear }: { b: Backtest; programId: string; asOfYear: number }) {
  const { currency } = useViewer();
  const points = useMemo(() => b.points.filter((p) => p.program.id === programId), [b, programId]);
  const program = points[0]?.program;
  const charts = useMemo(
    () =>
      program
        ? BACKTEST_METRICS.filter((m) => points.some((p) => p.metric === m)).map((metric) => ({
            metric,
            chart: backtestChart(points, metric, { program: program.code, asOfYear, currency }),
          }))
        : [],
    [points, program, asOfYear, currency],
  );
  if (!program) return <p>No forecast for this program.</p>;
  return (
    <div class="cards">
      {charts.map(({ metric, chart }) => (
        <div class="card" key={metric}>
          <h3>
            {program.code} — {metricLabel(metric)}
          </h3>
          <Chart chart={chart} legend={false} />
        </div>
      ))}
    </div>
  );
}

function BacktestDetail({ id, programParam }: { id: string; programParam: string | null }) {
  usePlotPreload();
  const q = useQuery(BacktestDocument, { id });
  const b = q.data?.backtest;
  const programs = useMemo(() => {
    const m = new Map<string, { id: string; code: string; title: string }>();
    for (const p of b?.points ?? []) m.set(p.program.id, p.program);
    return [...m.values()].sort((x, y) => x.code.localeCompare(y.code));
  }, [b]);
  const programId = programParam && programs.some((p) => p.id === programParam) ? programParam : programs[0]?.id;

  if (q.error) {
    return (
      <>
        <h1>Back-test</h1>
        <ErrorAlert error={q.error} title="Could not load the back-test." />
        <p>
          <a href={href('backtests')}>All back-tests</a>
        </p>
      </>
    );
  }
  if (!q.data) return <Loading what="the back-test" />;
  if (!b) {
    return (
      <>
        <h1>Back-test not found</h1>
        <p>
          There is no back-test with this id for your institution. <a href={href('backtests')}>All back-tests</a>
        </p>
      </>
    );
  }
  const years = [...new Set(b.points.map((p) => p.year))].sort((x, y) => x - y);
  return (
    <>
      <p>
        <a href={href('backtests')}>← Back-tests</a>
      </p>
      <h1>{b.name}</h1>
      <p>
        As of {b.asOfYear}, with only what was known then, the model forecast{' '}
        {years.length === 0
          ? 'nothing'
          : years.length === 1
            ? String(years[0])
            : `${years[0]}–${years[years.length - 1]}`}{' '}
        for {formatCount(b.forecastPrograms, undefined, 0)} programs; here is how those forecasts did against what was
        recorded.
      </p>
      <Provenance b={b} />
      {b.excludedPrograms.length > 0 && (
        <p class="note">
          Left out (an active credential without a start year, or no recorded year after {b.asOfYear} to score):{' '}
          {b.excludedPrograms.map((p) => `${p.code} ${p.title}`).join(', ')}.
        </p>
      )}

      <section aria-labelledby="scores-heading">
        <h2 id="scores-heading">How the forecasts did</h2>
        {b.scores.length === 0 ? (
          <p>Nothing was scored.</p>
        ) : (
          <>
            <ScoresInWords scores={b.scores} />
            <ScoresTable scores={b.scores} />
            <p class="muted">
              CRPS (continuous ranked probability score) is how far a whole forecast was from what happened, in the
              metric's own unit: for a single number it is the plain error, and a forecast earns a lower score by being
              both close and rightly sure.
            </p>
          </>
        )}
      </section>

      <section aria-labelledby="programs-heading">
        <h2 id="programs-heading">Forecast against actual, per program</h2>
        {programs.length === 0 ? (
          <p>No program was forecast.</p>
        ) : (
          <>
            <div class="filters">
              <Select
                id="backtest-program"
                label="Program"
                value={programId ?? ''}
                options={programs.map((p) => ({ value: p.id, label: `${p.code} — ${p.title}` }))}
                onChange={(v) => navigate(`backtests/${b.id}`, { program: v }, { replace: true })}
              />
            </div>
            <ChartLegend items={backtestLegend(b.asOfYear)} label="How to read the charts" />
            {programId && <ProgramCharts b={b} programId={programId} asOfYear={b.asOfYear} />}
          </>
        )}
      </section>
    </>
  );
}

export { BacktestDetail };

export default function BacktestsView({ route }: ViewProps) {
  const id = route.path[0] === 'backtests' ? route.path[1] : undefined;
  return id ? <BacktestDetail id={id} programParam={route.query.get('program')} /> : <BacktestList />;
}
