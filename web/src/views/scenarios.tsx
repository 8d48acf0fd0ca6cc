/** #/scenarios — the saved scenarios; pick some to compare. */
import { useState } from 'preact/hooks';
import { ScenariosDocument } from '../../../schema/client/graphql';
import { href } from '../lib/router';
import { usePaged } from '../lib/use-paged';
import { useViewer } from '../lib/app-context';
import { formatCount, humanize } from '../lib/format';
import type { ViewProps } from '../lib/view';
import { Paging } from '../components/paging';
import { ErrorAlert } from '../components/error';
import { Loading } from '../components/busy';

export default function Scenarios(_props: ViewProps) {
  const { canWrite } = useViewer();
  const paged = usePaged(ScenariosDocument, { first: 25 }, (d) => d.scenarios);
  const [picked, setPicked] = useState<string[]>([]);
  const toggle = (id: string, on: boolean) => setPicked((ps) => (on ? [...ps, id] : ps.filter((p) => p !== id)));

  return (
    <>
      <h1>Scenarios</h1>
      {canWrite && (
        <p>
          <a href={href('what-if')}>Model a new what-if</a>
        </p>
      )}
      <ErrorAlert error={paged.error} />
      <section aria-label="Scenario list" aria-busy={paged.loading ? 'true' : 'false'}>
        {paged.loading && paged.nodes.length === 0 ? (
          <Loading what="scenarios" />
        ) : (
          <div class="table-wrap">
            <table class="data">
              <caption>Saved scenarios</caption>
              <thead>
                <tr>
                  <th scope="col">Compare</th>
                  <th scope="col">Name</th>
                  <th scope="col">Changes</th>
                  <th scope="col">Horizon</th>
                  <th scope="col">Draws</th>
                  <th scope="col">Assumption set</th>
                </tr>
              </thead>
              <tbody>
                {paged.nodes.length === 0 && (
                  <tr>
                    <td colSpan={6}>No scenario is saved yet.</td>
                  </tr>
                )}
                {paged.nodes.map((s) => (
                  <tr key={s.id}>
                    <td>
                      <input
                        type="checkbox"
                        id={`pick-${s.id}`}
                        aria-label={`Compare ${s.name}`}
                        checked={picked.includes(s.id)}
                        onChange={(e) => toggle(s.id, e.currentTarget.checked)}
                      />
                    </td>
                    <th scope="row">
                      <a href={href(`scenarios/${s.id}`)}>{s.name}</a>
                      {s.description && <div class="muted">{s.description}</div>}
                    </th>
                    <td>
                      <ul class="plain">
                        {s.changes.map((c) => (
                          <li key={c.program.id}>
                            {c.program.code}:{' '}
                            {[
                              ...c.add.map(
                                (a) =>
                                  `+ ${a.credential.title} (${humanize(a.requirement)}, ${formatCount(a.creditsApplied)} cr)`,
                              ),
                              ...(c.removeEmbeddingIds.length ? [`− ${c.removeEmbeddingIds.length} embedding(s)`] : []),
                            ].join('; ')}
                          </li>
                        ))}
                      </ul>
                    </td>
                    <td class="num">{s.horizonYears} years</td>
                    <td class="num">{formatCount(s.draws)}</td>
                    <td>{s.assumptionSet.name}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        <Paging paged={paged} noun="scenarios" />
      </section>
      <div class="actions">
        {picked.length >= 2 ? (
          <a class="button" href={href('compare', { ids: picked.join(',') })}>
            Compare {picked.length} scenarios
          </a>
        ) : (
          <span class="muted">Tick two or more scenarios to compare them.</span>
        )}
      </div>
    </>
  );
}
