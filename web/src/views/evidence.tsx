/** #/evidence — the sources and their statistics, the assumption sets, and where the readings disagree. */
import { useMemo } from 'preact/hooks';
import {
  AssumptionSetsDocument,
  EvidenceSourcesDocument,
  type AssumptionSetsQuery,
} from '../../../schema/client/graphql';
import { useQuery } from '../lib/use-operation';
import { formatCount, humanize } from '../lib/format';
import { parameterLabel, zeroMassText } from '../lib/assumptions';
import { AssumptionsTable, EffectsNote } from '../components/assumptions';
import type { ViewProps } from '../lib/view';
import { ErrorAlert } from '../components/error';
import { Loading } from '../components/busy';

type AssumptionSet = AssumptionSetsQuery['assumptionSets'][number];

export interface Disagreement {
  parameter: string;
  readings: { set: string; text: string }[];
}

const rangeText = (a: AssumptionSet['assumptions'][number] | undefined): string => {
  if (!a) return 'not used';
  const range = `${formatCount(a.low, undefined, 3)} / ${formatCount(a.mode, undefined, 3)} / ${formatCount(a.high, undefined, 3)}`;
  const none = zeroMassText(a.zeroMass);
  return `${range}${none ? `, ${none}` : ''}${a.hasNoEvidence ? ' (no evidence)' : ''}`;
};

/** Parameters whose low / mode / high, chance of no effect (or evidence) differ between the global sets. */
export function disagreements(sets: readonly AssumptionSet[]): Disagreement[] {
  const globals = sets.filter((s) => s.kind === 'GLOBAL');
  if (globals.length < 2) return [];
  const params = [...new Set(globals.flatMap((s) => s.assumptions.map((a) => a.parameter)))].sort();
  const out: Disagreement[] = [];
  for (const p of params) {
    const readings = globals.map((s) => ({ set: s.name, a: s.assumptions.find((a) => a.parameter === p) }));
    const texts = readings.map((r) => rangeText(r.a));
    if (new Set(texts).size > 1)
      out.push({ parameter: p, readings: readings.map((r, i) => ({ set: r.set, text: texts[i] })) });
  }
  return out;
}

export default function Evidence(_props: ViewProps) {
  const sources = useQuery(EvidenceSourcesDocument, {});
  const sets = useQuery(AssumptionSetsDocument, {});
  const diffs = useMemo(() => disagreements(sets.data?.assumptionSets ?? []), [sets.data]);
  const notedStats = (sources.data?.evidenceSources ?? []).flatMap((s) =>
    s.statistics.filter((st) => st.note).map((st) => ({ source: s.title, ...st })),
  );

  return (
    <>
      <h1>Evidence</h1>
      <ErrorAlert error={sources.error ?? sets.error} />
      {(sources.loading || sets.loading) && <Loading what="the evidence" />}

      {sets.data && (
        <section aria-labelledby="disagree-heading">
          <h2 id="disagree-heading">Where the readings disagree</h2>
          {diffs.length === 0 ? (
            <p class="muted">The global assumption sets agree on every parameter.</p>
          ) : (
            <table class="data">
              <caption>Parameters the global readings set differently (low / mode / high, chance of no effect)</caption>
              <thead>
                <tr>
                  <th scope="col">Parameter</th>
                  {diffs[0].readings.map((r) => (
                    <th scope="col" key={r.set}>
                      {r.set}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {diffs.map((d) => (
                  <tr key={d.parameter}>
                    <th scope="row">{parameterLabel(d.parameter)}</th>
                    {d.readings.map((r) => (
                      <td key={r.set}>{r.text}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {notedStats.length > 0 && (
            <>
              <h3>Notes on the figures</h3>
              <ul>
                {notedStats.map((st) => (
                  <li key={st.id}>
                    <strong>{st.key}</strong> ({st.source}): {st.note}
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>
      )}

      {sources.data && (
        <section aria-labelledby="sources-heading">
          <h2 id="sources-heading">Sources</h2>
          {sources.data.evidenceSources.map((s) => (
            <article class="card" key={s.id} aria-labelledby={`source-${s.id}`}>
              <h3 id={`source-${s.id}`}>
                {s.url ? (
                  <a href={s.url} target="_blank" rel="noopener noreferrer">
                    {s.title}
                  </a>
                ) : (
                  s.title
                )}
              </h3>
              <p class="muted">
                {s.publisher}, {s.year}
              </p>
              <p>
                <strong>Methodology:</strong> {s.methodology}
              </p>
              {s.notes && <p class="note">{s.notes}</p>}
              <div class="table-wrap">
                <table class="data">
                  <caption>Statistics of {s.title}</caption>
                  <thead>
                    <tr>
                      <th scope="col">Key</th>
                      <th scope="col">Description</th>
                      <th scope="col">Population</th>
                      <th scope="col">Value</th>
                      <th scope="col">Kind</th>
                      <th scope="col">Quote / note</th>
                    </tr>
                  </thead>
                  <tbody>
                    {s.statistics.map((st) => (
                      <tr key={st.id}>
                        <th scope="row">{st.key}</th>
                        <td>{st.description}</td>
                        <td>{st.population}</td>
                        <td class="num">
                          {formatCount(st.value, undefined, 3)}
                          {st.comparisonValue != null &&
                            ` (vs ${formatCount(st.comparisonValue, undefined, 3)}${st.comparisonYear ? ` in ${st.comparisonYear}` : ''})`}
                        </td>
                        <td>{humanize(st.kind)}</td>
                        <td>
                          {st.quote && <blockquote>“{st.quote}”</blockquote>}
                          {st.note && <div class="muted">{st.note}</div>}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </article>
          ))}
        </section>
      )}

      {sets.data && (
        <section aria-labelledby="sets-heading">
          <h2 id="sets-heading">Assumption sets</h2>
          {sets.data.assumptionSets.map((set) => (
            <article class="card" key={set.id} aria-labelledby={`set-${set.id}`}>
              <h3 id={`set-${set.id}`}>
                {set.name} <span class="badge">{humanize(set.kind)}</span>
                {set.isDefault && <span class="badge">default</span>}
              </h3>
              {set.description && <p>{set.description}</p>}
              <p class="muted">
                {humanize(set.conversion)} conversion{set.institution ? ` · ${set.institution.name}` : ''} · version{' '}
                {set.version}
              </p>
              <EffectsNote assumptions={set.assumptions} />
              <AssumptionsTable
                assumptions={set.assumptions}
                caption={`Assumptions of ${set.name}`}
                evidence={(a) =>
                  a.hasNoEvidence ? (
                    <span class="note">No evidence</span>
                  ) : (
                    a.evidence.map((e) => (
                      <div key={e.id}>
                        {e.key}: {formatCount(e.value, undefined, 3)} <span class="muted">({e.source.title})</span>
                      </div>
                    ))
                  )
                }
              />
            </article>
          ))}
        </section>
      )}
    </>
  );
}
