/**
 * Occupations with the BLS Employment Projections beside them: a table (a program's, on its page) and a compact
 * disclosure (a credential's, in the catalog). Employment and openings are in thousands; wages in US dollars whatever
 * the institution's currency, since they are the BLS's figures.
 */
import type { ComponentChildren } from 'preact';
import type { OccupationFieldsFragment } from '../../../schema/client/graphql';
import { formatCount, formatMoney, formatPercent } from '../lib/format';

type Occupation = Omit<OccupationFieldsFragment, '__typename'>;

export function OccupationTable({
  occupations,
  caption,
}: {
  occupations: readonly Occupation[];
  caption: ComponentChildren;
}) {
  return (
    <div class="table-wrap">
      <table class="data">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Occupation</th>
            <th scope="col">SOC code</th>
            <th scope="col">Employed (thousands)</th>
            <th scope="col">Growth to 2034</th>
            <th scope="col">Openings a year (thousands)</th>
            <th scope="col">Median wage (USD)</th>
          </tr>
        </thead>
        <tbody>
          {occupations.map((o) => (
            <tr key={o.id}>
              <th scope="row">{o.title}</th>
              <td>{o.code}</td>
              <td class="num">{formatCount(o.employment)}</td>
              <td class="num">{formatPercent(o.projectedGrowth)}</td>
              <td class="num">{formatCount(o.annualOpenings)}</td>
              <td class="num">{formatMoney(o.medianWage, 'USD')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** An occupation's figures on one line, as the table has them: "growth to 2034 15.8% · 115.2 thousand openings …". */
export function occupationFigures(o: Occupation): string {
  const parts: string[] = [];
  if (o.projectedGrowth != null) parts.push(`growth to 2034 ${formatPercent(o.projectedGrowth)}`);
  if (o.annualOpenings != null) parts.push(`${formatCount(o.annualOpenings)} thousand openings a year`);
  if (o.medianWage != null) parts.push(`median wage ${formatMoney(o.medianWage, 'USD')}`);
  return parts.length ? parts.join(' · ') : 'no BLS figures';
}

/**
 * A credential's occupations in a catalog cell: how many, opening to each title with its SOC code and figures. None
 * is said plainly: without occupations its relevance to a program is unknown (and counted as full).
 */
export function CredentialOccupations({ title, occupations }: { title: string; occupations: readonly Occupation[] }) {
  if (occupations.length === 0) return <span class="muted">No occupations: relevance unknown</span>;
  const n = occupations.length;
  return (
    <details class="occupations">
      <summary>
        {n} {n === 1 ? 'occupation' : 'occupations'}
        <span class="visually-hidden"> of {title}</span>
      </summary>
      <ul class="plain" aria-label={`Occupations of ${title}`}>
        {occupations.map((o) => (
          <li key={o.id}>
            {o.title} ({o.code})<div class="muted">{occupationFigures(o)}</div>
          </li>
        ))}
      </ul>
    </details>
  );
}
