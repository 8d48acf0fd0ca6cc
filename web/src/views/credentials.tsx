/** #/credentials — the credential catalog, filtered by credit-bearing, category and issuer, with each one's occupations. */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { CredentialCatalogDocument, type CredentialFilter } from '../../../schema/client/graphql';
import { href, navigate } from '../lib/router';
import { usePaged } from '../lib/use-paged';
import { useQuery } from '../lib/use-operation';
import { useViewer } from '../lib/app-context';
import { formatCredits, formatMoney, humanize } from '../lib/format';
import type { ViewProps } from '../lib/view';
import { Select } from '../components/select';
import { Paging } from '../components/paging';
import { ErrorAlert } from '../components/error';
import { Loading } from '../components/busy';
import { CredentialOccupations } from '../components/occupations';

const PAGE = 25;

export default function Credentials({ route }: ViewProps) {
  const { currency } = useViewer();
  const q = route.query;
  const creditBearing = q.get('creditBearing') ?? '';
  const category = q.get('category') ?? '';
  const [issuer, setIssuer] = useState(q.get('issuer') ?? '');

  const setParam = (name: string, value: string) => {
    const next: Record<string, string> = {};
    q.forEach((v, k) => (next[k] = v));
    next[name] = value;
    navigate('credentials', next, { replace: true });
  };

  useEffect(() => {
    if (issuer === (q.get('issuer') ?? '')) return undefined;
    const t = setTimeout(() => setParam('issuer', issuer.trim()), 300);
    return () => clearTimeout(t);
  }, [issuer]);

  // The categories to choose from: those of the whole catalog (first 100).
  const all = useQuery(CredentialCatalogDocument, { first: 100 });
  const categories = useMemo(
    () =>
      [...new Set((all.data?.credentials.nodes ?? []).map((c) => c.category).filter((c): c is string => !!c))].sort(),
    [all.data],
  );

  const filter = useMemo<CredentialFilter>(() => {
    const f: CredentialFilter = {};
    if (creditBearing) f.creditBearing = creditBearing === 'yes';
    if (category) f.category = [category];
    const i = q.get('issuer');
    if (i) f.issuer = i;
    return f;
  }, [q.toString()]);

  const paged = usePaged(
    CredentialCatalogDocument,
    { first: PAGE, filter, orderBy: { field: 'TITLE' } },
    (d) => d.credentials,
  );

  return (
    <>
      <h1>Credentials</h1>
      <form class="filters" role="search" aria-label="Filter credentials" onSubmit={(e) => e.preventDefault()}>
        <Select
          id="credential-credit"
          label="Credit-bearing"
          value={creditBearing}
          any="Credit-bearing or not"
          options={[
            { value: 'yes', label: 'Credit-bearing only' },
            { value: 'no', label: 'Non-credit only' },
          ]}
          onChange={(v) => setParam('creditBearing', v)}
        />
        <Select
          id="credential-category"
          label="Category"
          value={category}
          any="Any category"
          options={categories.includes(category) || !category ? categories : [category, ...categories]}
          onChange={(v) => setParam('category', v)}
        />
        <div class="field">
          <label for="credential-issuer">Issuer</label>
          <input
            id="credential-issuer"
            type="search"
            placeholder="e.g. Google"
            value={issuer}
            onInput={(e) => setIssuer(e.currentTarget.value)}
          />
        </div>
      </form>
      <p class="muted">
        Occupations: what a credential prepares for, as your institution chose them or else as its issuer states them,
        with the BLS Employment Projections 2024–34 (openings in thousands, wages in US dollars). A credential fits a
        program as far as the program leads to its occupations; one with none counts as fully relevant everywhere.
      </p>
      <ErrorAlert error={paged.error} />
      <section aria-label="Credential list" aria-busy={paged.loading ? 'true' : 'false'}>
        {paged.loading && paged.nodes.length === 0 ? (
          <Loading what="credentials" />
        ) : (
          <div class="table-wrap">
            <table class="data">
              <caption>Credential catalog</caption>
              <thead>
                <tr>
                  <th scope="col">Title</th>
                  <th scope="col">Issuer</th>
                  <th scope="col">Category</th>
                  <th scope="col">Credit</th>
                  <th scope="col">Recognition</th>
                  <th scope="col">Cost per learner</th>
                  <th scope="col">Set-up cost</th>
                  <th scope="col">Embedded in</th>
                  <th scope="col">Occupations</th>
                </tr>
              </thead>
              <tbody>
                {paged.nodes.length === 0 && (
                  <tr>
                    <td colSpan={9}>No credential matches these filters.</td>
                  </tr>
                )}
                {paged.nodes.map((c) => (
                  <tr key={c.id}>
                    <th scope="row">
                      {c.url ? (
                        <a href={c.url} target="_blank" rel="noopener noreferrer">
                          {c.title}
                        </a>
                      ) : (
                        c.title
                      )}
                    </th>
                    <td>{c.issuer}</td>
                    <td>{c.category ?? '—'}</td>
                    <td>
                      {c.creditBearing && c.creditValue != null
                        ? formatCredits(c.creditValue, c.creditUnit)
                        : 'Non-credit'}
                    </td>
                    <td>{humanize(c.creditRecognition)}</td>
                    <td class="num">{formatMoney(c.costPerLearner, currency)}</td>
                    <td class="num">{formatMoney(c.setupCost, currency)}</td>
                    <td>
                      {c.programs.length === 0 ? (
                        <span class="muted">None</span>
                      ) : (
                        c.programs.map((p, i) => (
                          <span key={p.id}>
                            {i > 0 && ', '}
                            <a href={href(`programs/${p.id}`)} title={p.title}>
                              {p.code}
                            </a>
                          </span>
                        ))
                      )}
                    </td>
                    <td>
                      <CredentialOccupations title={c.title} occupations={c.occupations} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        <Paging paged={paged} noun="credentials" />
      </section>
    </>
  );
}
