/** A projection's totals: one fan chart per outcome (with its prediction interval), built off the render path. */
import { useEffect, useState } from 'preact/hooks';
import type { OutcomeMetric } from '../../../schema/client/graphql';
import { fanChart, type BandRow } from '../charts/builders';
import type { ChartResult } from '../charts/spec';
import { useViewer } from '../lib/app-context';
import { Chart, ChartLegend } from './chart';

/** Every outcome of a projection, the default one (contribution margin) first. */
export const OUTCOMES: OutcomeMetric[] = [
  'CONTRIBUTION_MARGIN',
  'NEW_ENROLLMENTS',
  'HEADCOUNT',
  'ENGAGEMENT_RATE',
  'RETENTION_RATE',
  'COMPLETIONS',
  'TUITION_REVENUE',
  'CREDENTIAL_COST',
  'NET_REVENUE',
];

/** The outcome a view shows when none is chosen: what a provost signs off on. */
export const DEFAULT_OUTCOME: OutcomeMetric = 'CONTRIBUTION_MARGIN';

export interface ProjectionRowLike extends BandRow {
  programId: string | null;
  metric: OutcomeMetric;
}

/** The institution totals (programId null) of `metric`, by year. */
export function totalsOf<R extends ProjectionRowLike>(rows: readonly R[], metric: string): R[] {
  return rows.filter((r) => r.programId === null && r.metric === metric).sort((a, b) => a.year - b.year);
}

/** Why there are two bands, in words (beside the fan charts). */
export function BandsExplained() {
  return (
    <p class="explain">
      Each chart has two bands. The <strong>darker band</strong> is the uncertainty of the assumptions alone: if the
      credential's effects, take-up and the rest vary as the assumption set says, 8 in 10 outcomes fall inside it. The{' '}
      <strong>lighter band</strong> adds what the assumptions leave out: each program's own ups and downs from one year
      to the next, and chance in small numbers. About 8 in 10 years as they will actually be recorded should fall inside
      it, so judge a recorded year against the lighter band, and the credential against the darker one.
    </p>
  );
}

export function FanCharts({
  rows,
  metrics,
}: {
  rows: readonly ProjectionRowLike[];
  metrics: readonly OutcomeMetric[];
}) {
  const { currency } = useViewer();
  const [charts, setCharts] = useState<{ metric: string; chart: ChartResult }[]>([]);
  useEffect(() => {
    // Built after the first paint of the answer, one task later, so the page stays responsive.
    const t = setTimeout(() => {
      setCharts(
        metrics
          .map((metric) => ({ metric, data: totalsOf(rows, metric) }))
          .filter((m) => m.data.length > 0)
          .map(({ metric, data }) => ({ metric, chart: fanChart(data, metric, { currency }) })),
      );
    }, 0);
    return () => clearTimeout(t);
  }, [rows, metrics.join(','), currency]);
  // One legend for every chart: they are drawn alike.
  const legend = charts.find((c) => c.chart.legend)?.chart.legend;
  return (
    <>
      {legend && <ChartLegend items={legend} label="How to read the charts" />}
      <div class="cards">
        {charts.map(({ metric, chart }) => (
          <div class="card" key={metric}>
            <h3>{chart.table.caption.split(' by year')[0]}</h3>
            <Chart chart={chart} legend={false} />
          </div>
        ))}
      </div>
    </>
  );
}
