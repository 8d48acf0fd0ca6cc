/** #/programs/<id> — one program: baseline, embeddings, and the recorded actuals by year. */
import { useEffect, useMemo, useState } from 'preact/hooks';
import {
  ProgramDocument,
  ProgramMetricsDocument,
  type ProgramFieldsFragment,
  type ProgramMetricsQuery,
  type ProgramQuery,
} from '../../../schema/client/graphql';
import { request } from '../lib/client';
import { isAbort } from '../lib/errors';
import { href } from '../lib/router';
import { useQuery } from '../lib/use-operation';
import { useViewer } from '../lib/app-context';
import { formatCount, formatCredits, formatMoney, formatPercent, humanize } from '../lib/format';
import { actualsChart, type ObservationPoint } from '../charts/builders';
import type { ViewProps } from '../lib/view';
import { Chart, usePlotPreload } from '../components/chart';
import { ErrorAlert } from '../components/error';
import { Loading } from '../components/busy';
import { CapUsage } from '../components/cap-usage';
import { OccupationTable } from '../components/occupations';
import { FitSummary } from '../components/relevance';

type MetricNode = NonNullable<ProgramMetricsQuery['program']>['metrics']['edges'][number]['node'];

/** Every recorded observation of the program, page by page (100 a page). */
function useAllMetrics(id: string): { nodes: MetricNode[] | undefined; error: Error | undefined } {
  const [state, setState] = useState<{ nodes: MetricNode[] | undefined; error: Error | undefined }>({
    nodes: undefined,
    error: undefined,
  });
  useEffect(() => {
    const ac = new AbortController();
    setState({ nodes: undefined, error: undefined });
    (async () => {
      const all: MetricNode[] = [];
      let after: string | null = null;
      for (let page = 0; page < 50; page++) {
        const data: ProgramMetricsQuery = await request(
          ProgramMetricsDocument,
          { id, first: 100, after },
          { signal: ac.signal },
        );
        const conn = data.program?.metrics;
        if (!conn) break;
        all.push(...conn.edges.map((e) => e.node));
        if (!conn.pageInfo.hasNextPage) break;
        after = conn.pageInfo.endCursor;
      }
      return all;
    })().then(
      (nodes) => !ac.signal.aborted && setState({ nodes, error: undefined }),
      (e: unknown) =>
        !ac.signal.aborted &&
        !isAbort(e) &&
        setState({ nodes: undefined, error: e instanceof Error ? e : new Error(String(e)) }),
    );
    return () => ac.abort();
  }, [id]);
  return state;
}

/** Whole amounts without cents ("$310"), others as the currency has them. */
const wholeMoney = (v: number) => (Number.isInteger(v) ? { maximumFractionDigits: 0 } : {});

/**
 * What limits entrants and what a student's tuition leaves after aid and teaching: the program's capacity, its
 * institutional aid and its teaching cost, as rows of the baseline table.
 */
export function ProgramMoneyRows({
  program,
  currency,
}: {
  program: Pick<ProgramFieldsFragment, 'capacity' | 'discountRate' | 'instructionalCostPerCredit'>;
  currency: string;
}) {
  return (
    <>
      <tr>
        <th scope="row">Capacity</th>
        <td class="num">
          {program.capacity == null
            ? 'No capacity limit'
            : `${formatCount(program.capacity, undefined, 0)} ${program.capacity === 1 ? 'entrant' : 'entrants'} a year`}
        </td>
      </tr>
      <tr>
        <th scope="row">Institutional aid</th>
        <td class="num">{formatPercent(program.discountRate)} of tuition</td>
      </tr>
      <tr>
        <th scope="row">Teaching cost</th>
        <td class="num">
          {formatMoney(
            program.instructionalCostPerCredit,
            currency,
            undefined,
            wholeMoney(program.instructionalCostPerCredit),
          )}{' '}
          per credit
        </td>
      </tr>
    </>
  );
}

const COUNT_METRICS = ['PROSPECTS', 'NEW_ENROLLMENTS', 'COMPLETIONS'];
const RATE_METRICS = ['ENGAGEMENT_RATE', 'RETENTION_RATE'];

export default function Program({ route }: ViewProps) {
  usePlotPreload();
  const id = route.path[1];
  const { currency } = useViewer();
  const program = useQuery(ProgramDocument, { id });
  const metrics = useAllMetrics(id);

  const charts = useMemo(() => {
    if (!metrics.nodes) return null;
    const points: ObservationPoint[] = metrics.nodes.map((n) => ({
      academicYear: n.academicYear,
      metric: n.metric,
      value: n.value,
    }));
    const counts = points.filter((p) => COUNT_METRICS.includes(p.metric));
    const rates = points.filter((p) => RATE_METRICS.includes(p.metric));
    return {
      counts: counts.length ? actualsChart(counts, { title: 'Actual counts' }) : null,
      rates: rates.length ? actualsChart(rates, { title: 'Actual rates' }) : null,
    };
  }, [metrics.nodes]);

  if (program.error) return <ErrorAlert error={program.error} />;
  if (!program.data) return <Loading what="the program" />;
  const p = program.data.program;
  if (!p)
    return (
      <>
        <h1>Program not found</h1>
        <p>
          No program has this id in your institution. <a href={href('programs')}>Back to Programs</a>
        </p>
      </>
    );
  const b = p.baseline;
  return (
    <>
      <p>
        <a href={href('programs')}>← Programs</a>
      </p>
      <h1>
        {p.code} — {p.title}
      </h1>
      <dl class="kv">
        <dt>Level</dt>
        <dd>{humanize(p.level)}</dd>
        <dt>Modality</dt>
        <dd>{humanize(p.modality)}</dd>
        <dt>Status</dt>
        <dd>{humanize(p.status)}</dd>
        <dt>Total credits</dt>
        <dd>
          {formatCredits(p.totalCredits, p.institution.creditUnit)} over {formatCount(p.durationYears)} years
        </dd>
        <dt>Tuition per credit</dt>
        <dd>{formatMoney(p.tuitionPerCredit, currency)}</dd>
        <dt>Embedded credits</dt>
        <dd>
          <CapUsage embedded={p.embeddedCredits} total={p.totalCredits} share={p.institution.maxEmbeddedCreditShare} />
        </dd>
      </dl>

      <h2>Baseline</h2>
      <table class="data">
        <caption>Baseline of {p.code}</caption>
        <tbody>
          <tr>
            <th scope="row">Annual prospects</th>
            <td class="num">{formatCount(b.annualProspects)}</td>
          </tr>
          <tr>
            <th scope="row">Annual new enrollments</th>
            <td class="num">{formatCount(b.annualNewEnrollments)}</td>
          </tr>
          <tr>
            <th scope="row">Enrollment rate</th>
            <td class="num">{formatPercent(b.enrollmentRate)}</td>
          </tr>
          <tr>
            <th scope="row">Engagement rate</th>
            <td class="num">{formatPercent(b.engagementRate)}</td>
          </tr>
          <tr>
            <th scope="row">Retention rate</th>
            <td class="num">{formatPercent(b.retentionRate)}</td>
          </tr>
          <tr>
            <th scope="row">Prospect growth rate</th>
            <td class="num">{formatPercent(b.prospectGrowthRate)}</td>
          </tr>
          <ProgramMoneyRows program={p} currency={currency} />
        </tbody>
      </table>

      <ProgramOccupations program={p} />

      <h2>Embedded credentials</h2>
      {p.embeddedCredentials.length === 0 ? (
        <p class="muted">No credential is embedded in this program.</p>
      ) : (
        <div class="table-wrap">
          <table class="data">
            <caption>Credentials embedded in {p.code}</caption>
            <thead>
              <tr>
                <th scope="col">Credential</th>
                <th scope="col">Issuer</th>
                <th scope="col">Requirement</th>
                <th scope="col">Credits applied</th>
                <th scope="col">Take-up</th>
                <th scope="col">Start year</th>
                <th scope="col">Status</th>
                <th scope="col">Relevance</th>
              </tr>
            </thead>
            <tbody>
              {p.embeddedCredentials.map((e) => (
                <tr key={e.id}>
                  <th scope="row">{e.credential.title}</th>
                  <td>{e.credential.issuer}</td>
                  <td>{humanize(e.requirement)}</td>
                  <td class="num">{formatCount(e.creditsApplied)}</td>
                  <td class="num">{e.takeUpRate == null ? 'Default' : formatPercent(e.takeUpRate)}</td>
                  <td class="num">{e.startYear ?? '—'}</td>
                  <td>{humanize(e.status)}</td>
                  <td>
                    <FitSummary fit={e.fit} start />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      <h2>Actuals by year</h2>
      <ErrorAlert error={metrics.error} />
      {!metrics.nodes && !metrics.error && <Loading what="the actuals" />}
      {metrics.nodes && metrics.nodes.length === 0 && <p class="muted">No actuals are recorded for this program.</p>}
      {charts?.counts && <Chart chart={charts.counts} />}
      {charts?.rates && <Chart chart={charts.rates} />}
    </>
  );
}

type OccupationRow = NonNullable<ProgramQuery['program']>['occupations'][number];

/** Where the program's graduates go to work: its occupations through the CIP–SOC crosswalk, with the BLS figures. */
export function ProgramOccupations({
  program,
}: {
  program: { code: string; cipCode?: string | null; occupations: OccupationRow[] };
}) {
  const { code, cipCode, occupations } = program;
  return (
    <>
      <h2>Where graduates work</h2>
      {occupations.length === 0 ? (
        <p class="muted">
          {cipCode
            ? `No occupation is known for CIP ${cipCode} in the CIP–SOC crosswalk.`
            : 'This program has no CIP code, so its occupations are unknown.'}
        </p>
      ) : (
        <OccupationTable
          occupations={occupations}
          caption={`Occupations ${code} leads to (CIP ${cipCode ?? ''} through the CIP 2020 → SOC 2018 crosswalk), with the BLS Employment Projections 2024–34`}
        />
      )}
    </>
  );
}
