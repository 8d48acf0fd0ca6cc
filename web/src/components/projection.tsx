/** A projection's totals: one fan chart per outcome, built off the render path. */
import { useEffect, useState } from 'preact/hooks';
import type { OutcomeMetric } from '../../../schema/client/graphql';
import { fanChart, type BandRow } from '../charts/builders';
import type { ChartResult } from '../charts/spec';
import { useViewer } from '../lib/app-context';
import { Chart } from './chart';

export const OUTCOMES: OutcomeMetric[] = [
  'NEW_ENROLLMENTS',
  'HEADCOUNT',
  'ENGAGEMENT_RATE',
  'RETENTION_RATE',
  'COMPLETIONS',
  'TUITION_REVENUE',
  'CREDENTIAL_COST',
  'NET_REVENUE',
];

export interface ProjectionRowLike extends BandRow {
  programId: string | null;
  metric: OutcomeMetric;
}

/** The institution totals (programId null) of `metric`, by year. */
export function totalsOf<R extends ProjectionRowLike>(rows: readonly R[], metric: string): R[] {
  return rows.filter((r) => r.programId === null && r.metric === metric).sort((a, b) => a.year - b.year);
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
  return (
    <div class="cards">
      {charts.map(({ metric, chart }) => (
        <div class="card" key={metric}>
          <h3>{chart.table.caption.split(' by year')[0]}</h3>
          <Chart chart={chart} />
        </div>
      ))}
    </div>
  );
}
