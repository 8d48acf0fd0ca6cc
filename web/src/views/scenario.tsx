/** #/scenarios/<id> — fan charts per outcome, the tornado, the assumptions and their evidence, the rows. */
import { useEffect, useMemo, useState } from 'preact/hooks';
import {
  EvidenceSourcesDocument,
  ScenarioProjectionDocument,
  ScenarioSensitivityDocument,
  type OutcomeMetric,
  type ScenarioProjectionQuery,
} from '../../../schema/client/graphql';
import { useOperation, useQuery } from '../lib/use-operation';
import { useViewer } from '../lib/app-context';
import { href, navigate } from '../lib/router';
import {
  formatCount,
  formatMetricValue,
  formatSignedDelta,
  humanize,
  metricKind,
  metricLabel,
  NET_REVENUE_HINT,
} from '../lib/format';
import { downloadCsv, toCsv, type CsvColumn } from '../lib/csv';
import { tornadoChart } from '../charts/builders';
import type { ViewProps } from '../lib/view';
import { Chart, usePlotPreload } from '../components/chart';
import { ErrorAlert } from '../components/error';
import { Busy, Loading, Region } from '../components/busy';
import { Select } from '../components/select';
import { BandsExplained, DEFAULT_OUTCOME, FanCharts, OUTCOMES, totalsOf } from '../components/projection';
import { AssumptionsTable, EffectsNote } from '../components/assumptions';
import { variationSources } from '../lib/assumptions';
import { ProjectionRelevance } from '../components/relevance';

type Scenario = NonNullable<ScenarioProjectionQuery['scenario']>;
type Row = Scenario['projection']['rows'][number];

export const ROW_COLUMNS: CsvColumn<Row>[] = [
  { header: 'programId', value: (r) => r.programId ?? '' },
  { header: 'programCode', value: (r) => r.program?.code ?? 'ALL' },
  { header: 'programTitle', value: (r) => r.program?.title ?? 'All programs' },
  { header: 'year', value: (r) => r.year },
  { header: 'metric', value: (r) => r.metric },
  { header: 'baseline', value: (r) => r.baseline },
  { header: 'pointEstimate', value: (r) => r.pointEstimate },
  { header: 'mean', value: (r) => r.mean },
  { header: 'p10', value: (r) => r.p10 },
  { header: 'p50', value: (r) => r.p50 },
  { header: 'p90', value: (r) => r.p90 },
  { header: 'predictionP10', value: (r) => r.predictionP10 },
  { header: 'predictionP90', value: (r) => r.predictionP90 },
];

function slug(s: string): string {
  return (
    s
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'scenario'
  );
}

export default function ScenarioView({ route }: ViewProps) {
  usePlotPreload();
  const id = route.path[1];
  const { currency } = useViewer();
  const projection = useOperation(ScenarioProjectionDocument);
  const evidence = useQuery(EvidenceSourcesDocument, {});
  const tornadoMetric = (route.query.get('metric') as OutcomeMetric | null) ?? DEFAULT_OUTCOME;
  const sensitivity = useOperation(ScenarioSensitivityDocument);
  const [rowProgram, setRowProgram] = useState('');
  const [rowMetric, setRowMetric] = useState<string>('');

  useEffect(() => {
    void projection.run({ id });
    return () => projection.cancel();
  }, [id]);
  useEffect(() => {
    void sensitivity.run({ id, metric: tornadoMetric });
    return () => sensitivity.cancel();
  }, [id, tornadoMetric]);

  const scenario = projection.data?.scenario;
  const rows = scenario?.projection.rows ?? [];

  const tornado = useMemo(() => {
    const items = sensitivity.data?.scenario?.sensitivity;
    if (!items || !scenario) return null;
    const base = totalsOf(rows, tornadoMetric).reduce((s, r) => s + r.pointEstimate, 0);
    return tornadoChart(items, tornadoMetric, base, { currency });
  }, [sensitivity.data, scenario, tornadoMetric, currency]);

  const quotes = useMemo(() => {
    const m = new Map<string, { quote: string | null; note: string | null; population: string; url: string | null }>();
    for (const s of evidence.data?.evidenceSources ?? [])
      for (const st of s.statistics)
        m.set(st.key, { quote: st.quote, note: st.note, population: st.population, url: s.url });
    return m;
  }, [evidence.data]);

  const programsInRows = useMemo(() => {
    const m = new Map<string, string>();
    for (const r of rows) if (r.program) m.set(r.program.id, `${r.program.code} — ${r.program.title}`);
    return [...m.entries()];
  }, [rows]);
  const shownRows = rows.filter(
    (r) => (rowProgram ? r.programId === rowProgram : r.programId === null) && (!rowMetric || r.metric === rowMetric),
  );

  if (!scenario && projection.error) return <ErrorAlert error={projection.error} />;
  if (!scenario && !projection.running && projection.data)
    return (
      <>
        <h1>Scenario not found</h1>
        <p>
          <a href={href('scenarios')}>Back to Scenarios</a>
        </p>
      </>
    );

  return (
    <>
      <p>
        <a href={href('scenarios')}>← Scenarios</a>
      </p>
      {scenario ? <h1>{scenario.name}</h1> : <h1>Scenario</h1>}
      <Busy
        running={projection.running}
        elapsedMs={projection.elapsedMs}
        onCancel={projection.cancel}
        label="Projecting"
      />
      {projection.cancelled && (
        <p role="status">
          Projection cancelled.{' '}
          <button type="button" class="link" onClick={() => void projection.run({ id })}>
            Run it again
          </button>
        </p>
      )}
      {scenario && projection.error && (
        <ErrorAlert error={projection.error} title="The projection could not be refreshed:" />
      )}
      {!scenario && projection.running && <Loading what="the projection" />}
      {scenario && (
        <Region label="Projection" busy={projection.running} stale={projection.stale}>
          {scenario.description && <p>{scenario.description}</p>}
          <dl class="kv">
            <dt>Horizon</dt>
            <dd>{scenario.projection.horizonYears} years</dd>
            <dt>Draws / seed</dt>
            <dd>
              {formatCount(scenario.projection.draws)} / {scenario.projection.seed}
            </dd>
            <dt>Assumption set</dt>
            <dd>
              {scenario.assumptionSet.name} ({humanize(scenario.projection.conversion)} conversion)
            </dd>
            <dt>Changes</dt>
            <dd>
              <ul class="plain">
                {scenario.changes.map((c) => (
                  <li key={c.program.id}>
                    <a href={href(`programs/${c.program.id}`)}>{c.program.code}</a>:{' '}
                    {c.add
                      .map(
                        (a) =>
                          `+ ${a.credential.title} (${humanize(a.requirement)}, ${formatCount(a.creditsApplied)} credits)`,
                      )
                      .join('; ')}
                    {c.removeEmbeddingIds.length > 0 && ` − ${c.removeEmbeddingIds.length} embedding(s)`}
                  </li>
                ))}
              </ul>
            </dd>
          </dl>
          <ProjectionRelevance relevance={scenario.projection.relevance} warnings={scenario.projection.warnings} />
          <p>
            <a href={href('compare', { ids: id })}>Compare with other scenarios</a>
          </p>

          <h2>Outcomes by year</h2>
          <p class="muted">Every program together: the median (P50) and the baseline (dashed), inside two bands.</p>
          <BandsExplained />
          <FanCharts rows={rows} metrics={OUTCOMES} />
          {scenario.projection.yearToYearVariation.length > 0 && (
            <YearToYearVariation variation={scenario.projection.yearToYearVariation} programs={programsInRows} />
          )}

          <h2>Which assumptions matter</h2>
          <div class="filters">
            <Select
              id="tornado-metric"
              label="Outcome"
              value={tornadoMetric}
              options={OUTCOMES.map((m) => ({ value: m, label: metricLabel(m) }))}
              onChange={(v) => navigate(`scenarios/${id}`, { metric: v }, { replace: true })}
              hint={NET_REVENUE_HINT}
            />
          </div>
          <Region label="Sensitivity" busy={sensitivity.running} stale={sensitivity.stale && !!sensitivity.data}>
            <Busy
              running={sensitivity.running}
              elapsedMs={sensitivity.elapsedMs}
              onCancel={sensitivity.cancel}
              label="Computing the tornado"
            />
            <ErrorAlert error={sensitivity.error} />
            {tornado && (
              <>
                <p class="muted">
                  Each assumption moved to its low and its high with the others at their modes;{' '}
                  {metricLabel(tornadoMetric).toLowerCase()} summed over the horizon.
                </p>
                <Chart chart={tornado} />
              </>
            )}
          </Region>

          <h2>Assumptions and their evidence</h2>
          <EffectsNote assumptions={scenario.projection.assumptionsUsed} />
          <AssumptionsTable
            assumptions={scenario.projection.assumptionsUsed}
            caption="Assumptions used by this projection"
            evidence={(a) => (
              <>
                {a.hasNoEvidence && <p class="note">No evidence: a wide range stands in for it.</p>}
                {a.evidence.map((e) => {
                  const extra = quotes.get(e.key);
                  return (
                    <div key={e.key} class="evidence">
                      <strong>{e.key}</strong>: {e.description} = {formatCount(e.value, undefined, 3)} (
                      {humanize(e.kind)})
                      <div class="muted">
                        {e.source.title}, {e.source.publisher} ({e.source.year})
                      </div>
                      {extra?.quote && <blockquote>“{extra.quote}”</blockquote>}
                      {extra?.note && <div class="muted">Note: {extra.note}</div>}
                      <details>
                        <summary>How {e.source.publisher} measured it</summary>
                        <p>{e.source.methodology}</p>
                      </details>
                    </div>
                  );
                })}
              </>
            )}
          />

          <h2>Rows</h2>
          <div class="filters">
            <Select
              id="rows-program"
              label="Program"
              value={rowProgram}
              any="All programs (totals)"
              options={programsInRows.map(([value, label]) => ({ value, label }))}
              onChange={setRowProgram}
            />
            <Select
              id="rows-metric"
              label="Outcome"
              value={rowMetric}
              any="Every outcome"
              options={OUTCOMES.map((m) => ({ value: m, label: metricLabel(m) }))}
              onChange={setRowMetric}
            />
            <button
              type="button"
              onClick={() => downloadCsv(`${slug(scenario.name)}-rows.csv`, toCsv(rows, ROW_COLUMNS))}
            >
              Download CSV (all {formatCount(rows.length)} rows)
            </button>
          </div>
          <div class="table-wrap">
            <table class="data">
              <caption>
                Projection rows: {rowProgram ? programsInRows.find(([v]) => v === rowProgram)?.[1] : 'all programs'}
                {rowMetric ? `, ${metricLabel(rowMetric)}` : ''}
              </caption>
              <thead>
                <tr>
                  <th scope="col">Outcome</th>
                  <th scope="col">Year</th>
                  <th scope="col">Baseline</th>
                  <th scope="col">Point estimate</th>
                  <th scope="col">Mean</th>
                  <th scope="col">P10</th>
                  <th scope="col">P50</th>
                  <th scope="col">P90</th>
                  <th scope="col">Prediction P10</th>
                  <th scope="col">Prediction P90</th>
                  <th scope="col">P50 − baseline</th>
                </tr>
              </thead>
              <tbody>
                {shownRows.map((r) => {
                  const f = (v: number) => formatMetricValue(v, r.metric, { currency });
                  return (
                    <tr key={`${r.programId ?? ''}-${r.metric}-${r.year}`}>
                      <th scope="row">{metricLabel(r.metric)}</th>
                      <td class="num">{r.year}</td>
                      <td class="num">{f(r.baseline)}</td>
                      <td class="num">{f(r.pointEstimate)}</td>
                      <td class="num">{f(r.mean)}</td>
                      <td class="num">{f(r.p10)}</td>
                      <td class="num">{f(r.p50)}</td>
                      <td class="num">{f(r.p90)}</td>
                      <td class="num">{f(r.predictionP10)}</td>
                      <td class="num">{f(r.predictionP90)}</td>
                      <td class="num">{formatSignedDelta(r.p50 - r.baseline, metricKind(r.metric), { currency })}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </Region>
      )}
    </>
  );
}

type Variation = Scenario['projection']['yearToYearVariation'][number];

/** Per program, the year-to-year variation the lighter band assumes, and where each figure came from. */
function YearToYearVariation({
  variation,
  programs,
}: {
  variation: readonly Variation[];
  programs: readonly (readonly [string, string])[];
}) {
  const names = new Map(programs);
  const sd = (v: number, source: string | undefined) => (
    <>
      {formatCount(v, undefined, 3)}
      {source && <div class="muted">{source}</div>}
    </>
  );
  return (
    <details>
      <summary>The year-to-year variation behind the lighter band</summary>
      <p class="muted">
        Standard deviations of one year's swing beyond chance: of log prospects (0.08 is about ±8% a year) and of the
        log odds of each rate. Each comes from the program's own four or more recorded years, else is pooled over your
        programs, else is a default.
      </p>
      <div class="table-wrap">
        <table class="data">
          <caption>Year-to-year variation per program</caption>
          <thead>
            <tr>
              <th scope="col">Program</th>
              <th scope="col" class="num">
                Prospects
              </th>
              <th scope="col" class="num">
                Enrollment rate
              </th>
              <th scope="col" class="num">
                Engagement rate
              </th>
              <th scope="col" class="num">
                Retention rate
              </th>
            </tr>
          </thead>
          <tbody>
            {variation.map((v) => {
              const from = variationSources(v.sources);
              return (
                <tr key={v.programId}>
                  <th scope="row">{names.get(v.programId) ?? v.programId}</th>
                  <td class="num">{sd(v.prospectsSd, from[0])}</td>
                  <td class="num">{sd(v.enrollmentSd, from[1])}</td>
                  <td class="num">{sd(v.engagementSd, from[2])}</td>
                  <td class="num">{sd(v.retentionSd, from[3])}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </details>
  );
}
