/** #/programs — the programs with their embedded credentials and credits against the cap. */
import { useEffect, useMemo, useState } from 'preact/hooks';
import {
  ProgramsWithCredentialsDocument,
  type Modality,
  type ProgramFilter,
  type ProgramLevel,
  type ProgramStatus,
  type ProgramsWithCredentialsQuery,
} from '../../../schema/client/graphql';
import { href, navigate } from '../lib/router';
import { usePaged } from '../lib/use-paged';
import { useViewer } from '../lib/app-context';
import { formatCount, humanize } from '../lib/format';
import type { ViewProps } from '../lib/view';
import { Select } from '../components/select';
import { Paging } from '../components/paging';
import { ErrorAlert } from '../components/error';
import { Loading } from '../components/busy';
import { CapUsage } from '../components/cap-usage';

const LEVELS: ProgramLevel[] = ['ASSOCIATE', 'BACHELOR', 'CERTIFICATE', 'MASTER', 'DOCTORATE'];
const MODALITIES: Modality[] = ['ON_CAMPUS', 'ONLINE', 'HYBRID'];
const STATUSES: ProgramStatus[] = ['ACTIVE', 'PLANNED', 'ARCHIVED'];
const PAGE = 20;

type ProgramNode = ProgramsWithCredentialsQuery['programs']['nodes'][number];

export default function Programs({ route }: ViewProps) {
  const { institution } = useViewer();
  const share = institution?.maxEmbeddedCreditShare ?? 0.25;
  const q = route.query;
  const [search, setSearch] = useState(q.get('search') ?? '');
  const level = q.get('level') ?? '';
  const modality = q.get('modality') ?? '';
  const status = q.get('status') ?? '';
  const embedded = q.get('embedded') ?? '';

  const setParam = (name: string, value: string) => {
    const next: Record<string, string> = {};
    q.forEach((v, k) => (next[k] = v));
    next[name] = value;
    navigate('programs', next, { replace: true });
  };

  // The search box updates the address (and the list) once typing pauses.
  useEffect(() => {
    if (search === (q.get('search') ?? '')) return undefined;
    const t = setTimeout(() => setParam('search', search.trim()), 300);
    return () => clearTimeout(t);
  }, [search]);

  const filter = useMemo<ProgramFilter>(() => {
    const f: ProgramFilter = {};
    const s = q.get('search');
    if (s) f.search = s;
    if (level) f.level = [level as ProgramLevel];
    if (modality) f.modality = [modality as Modality];
    if (status) f.status = [status as ProgramStatus];
    if (embedded) f.hasEmbeddedCredentials = embedded === 'yes';
    return f;
  }, [q.toString()]);

  const paged = usePaged(
    ProgramsWithCredentialsDocument,
    { first: PAGE, filter, orderBy: { field: 'CODE' } },
    (d) => d.programs,
  );

  return (
    <>
      <h1>Programs</h1>
      <form class="filters" role="search" aria-label="Filter programs" onSubmit={(e) => e.preventDefault()}>
        <div class="field">
          <label for="program-search">Search</label>
          <input
            id="program-search"
            type="search"
            placeholder="Code or title"
            value={search}
            onInput={(e) => setSearch(e.currentTarget.value)}
          />
        </div>
        <Select
          id="program-level"
          label="Level"
          value={level}
          any="Any level"
          options={LEVELS.map((l) => ({ value: l, label: humanize(l) }))}
          onChange={(v) => setParam('level', v)}
        />
        <Select
          id="program-modality"
          label="Modality"
          value={modality}
          any="Any modality"
          options={MODALITIES.map((m) => ({ value: m, label: humanize(m) }))}
          onChange={(v) => setParam('modality', v)}
        />
        <Select
          id="program-status"
          label="Status"
          value={status}
          any="Any status"
          options={STATUSES.map((s) => ({ value: s, label: humanize(s) }))}
          onChange={(v) => setParam('status', v)}
        />
        <Select
          id="program-embedded"
          label="Embedded credentials"
          value={embedded}
          any="With or without"
          options={[
            { value: 'yes', label: 'With embedded credentials' },
            { value: 'no', label: 'Without embedded credentials' },
          ]}
          onChange={(v) => setParam('embedded', v)}
        />
      </form>
      <ErrorAlert error={paged.error} />
      <section aria-label="Program list" aria-busy={paged.loading ? 'true' : 'false'}>
        {paged.loading && paged.nodes.length === 0 ? (
          <Loading what="programs" />
        ) : (
          <div class="table-wrap">
            <table class="data">
              <caption>Programs</caption>
              <thead>
                <tr>
                  <th scope="col">Code</th>
                  <th scope="col">Title</th>
                  <th scope="col">Level</th>
                  <th scope="col">Modality</th>
                  <th scope="col">Status</th>
                  <th scope="col">Embedded credits (of cap)</th>
                  <th scope="col">Embedded credentials</th>
                </tr>
              </thead>
              <tbody>
                {paged.nodes.length === 0 && (
                  <tr>
                    <td colSpan={7}>No program matches these filters.</td>
                  </tr>
                )}
                {paged.nodes.map((p: ProgramNode) => (
                  <tr key={p.id}>
                    <th scope="row">
                      <a href={href(`programs/${p.id}`)}>{p.code}</a>
                    </th>
                    <td>{p.title}</td>
                    <td>{humanize(p.level)}</td>
                    <td>{humanize(p.modality)}</td>
                    <td>{humanize(p.status)}</td>
                    <td>
                      <CapUsage embedded={p.embeddedCredits} total={p.totalCredits} share={share} />
                    </td>
                    <td>
                      {p.embeddedCredentials.length === 0 ? (
                        <span class="muted">None</span>
                      ) : (
                        <ul class="plain">
                          {p.embeddedCredentials.map((e) => (
                            <li key={e.id}>
                              {e.credential.title}{' '}
                              <span class="muted">
                                ({humanize(e.requirement)}, {formatCount(e.creditsApplied)} credits,{' '}
                                {humanize(e.status)})
                              </span>
                            </li>
                          ))}
                        </ul>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        <Paging paged={paged} noun="programs" />
      </section>
    </>
  );
}
