/** #/compare?ids=<id>,<id>&metric=CONTRIBUTION_MARGIN — saved scenarios side by side on one outcome. */
import { useEffect, useMemo } from 'preact/hooks';
import { CompareScenariosDocument, ScenariosDocument, type OutcomeMetric } from '../../../schema/client/graphql';
import { useOperation, useQuery } from '../lib/use-operation';
import { useViewer } from '../lib/app-context';
import { href, navigate } from '../lib/router';
import { metricLabel, NET_REVENUE_HINT } from '../lib/format';
import { comparisonChart } from '../charts/builders';
import type { ViewProps } from '../lib/view';
import { Chart, usePlotPreload } from '../components/chart';
import { ErrorAlert } from '../components/error';
import { Busy, Loading, Region } from '../components/busy';
import { Select } from '../components/select';
import { DEFAULT_OUTCOME, OUTCOMES } from '../components/projection';

export default function Compare({ route }: ViewProps) {
  usePlotPreload();
  const { currency } = useViewer();
  const ids = (route.query.get('ids') ?? '').split(',').filter(Boolean);
  const metric = (route.query.get('metric') as OutcomeMetric | null) ?? DEFAULT_OUTCOME;
  const scenarios = useQuery(ScenariosDocument, { first: 100 });
  const compare = useOperation(CompareScenariosDocument);

  const setQuery = (next: { ids?: string[]; metric?: string }) =>
    navigate('compare', { ids: (next.ids ?? ids).join(','), metric: next.metric ?? metric }, { replace: true });

  useEffect(() => {
    if (ids.length === 0) {
      compare.reset();
      return undefined;
    }
    void compare.run({ ids, metric });
    return () => compare.cancel();
  }, [ids.join(','), metric]);

  const chart = useMemo(() => {
    const rows = compare.data?.compareScenarios.rows;
    return rows && rows.length ? comparisonChart(rows, compare.data!.compareScenarios.metric, { currency }) : null;
  }, [compare.data, currency]);

  return (
    <>
      <h1>Compare scenarios</h1>
      <form class="filters" aria-label="Choose scenarios" onSubmit={(e) => e.preventDefault()}>
        <fieldset>
          <legend>Scenarios</legend>
          {scenarios.loading && <Loading what="scenarios" />}
          <ErrorAlert error={scenarios.error} />
          {scenarios.data?.scenarios.nodes.length === 0 && (
            <p>
              No scenario is saved yet. <a href={href('what-if')}>Model a what-if</a>.
            </p>
          )}
          {scenarios.data?.scenarios.nodes.map((s) => (
            <div class="check" key={s.id}>
              <input
                type="checkbox"
                id={`compare-${s.id}`}
                checked={ids.includes(s.id)}
                onChange={(e) =>
                  setQuery({ ids: e.currentTarget.checked ? [...ids, s.id] : ids.filter((i) => i !== s.id) })
                }
              />
              <label for={`compare-${s.id}`}>{s.name}</label>
            </div>
          ))}
        </fieldset>
        <Select
          id="compare-metric"
          label="Outcome"
          value={metric}
          options={OUTCOMES.map((m) => ({ value: m, label: metricLabel(m) }))}
          onChange={(v) => setQuery({ metric: v })}
          hint={NET_REVENUE_HINT}
        />
      </form>
      <Busy
        running={compare.running}
        elapsedMs={compare.elapsedMs}
        onCancel={compare.cancel}
        label="Projecting the scenarios"
      />
      {compare.cancelled && <p role="status">Comparison cancelled.</p>}
      <ErrorAlert error={compare.error} />
      {ids.length === 0 && <p class="muted">Tick one or more scenarios to see them side by side.</p>}
      {chart && ids.length > 0 && (
        <Region label="Comparison" busy={compare.running} stale={compare.stale}>
          <p class="muted">
            The darker band of each scenario is its P10–P90 if the assumptions vary as stated; the lighter one around it
            is what a single recorded year may show, with your programs' own ups and downs.
          </p>
          <Chart chart={chart} tableOpen />
        </Region>
      )}
    </>
  );
}
