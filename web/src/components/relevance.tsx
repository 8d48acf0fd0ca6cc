/**
 * Labour-market relevance in words: how a credential fits a program's occupations, and what a projection or a plan
 * assumed where there were no occupations to judge by.
 */
import type { CredentialFitFieldsFragment, ModelWarningFieldsFragment } from '../../../schema/client/graphql';

type Fit = Pick<CredentialFitFieldsFragment, 'summary' | 'relevanceKnown'>;
type Warning = Pick<ModelWarningFieldsFragment, 'code' | 'message'>;

/** The API's words ("fits 2 of its 3 occupations"), capitalised when they start a cell; an unknown fit is muted. */
export function FitSummary({ fit, start = false }: { fit: Fit; start?: boolean }) {
  const words = start ? fit.summary.charAt(0).toUpperCase() + fit.summary.slice(1) : fit.summary;
  return <span class={fit.relevanceKnown ? 'fit' : 'fit fit-unknown muted'}>{words}</span>;
}

/**
 * What a projection or a plan assumed for want of data, as the API says it. A note rather than an alert: the figures
 * stand, but a credential counted as fully relevant for want of occupations may be worth less than shown. More than
 * three messages fold away behind their count, so the result stays in view.
 */
export function ModelWarnings({ warnings }: { warnings: readonly Warning[] }) {
  if (warnings.length === 0) return null;
  const list = (
    <ul class="plain" aria-label="What the model assumed">
      {warnings.map((w, i) => (
        <li key={i}>{w.message}</li>
      ))}
    </ul>
  );
  return (
    <div class="note model-warnings" role="note" aria-label="Assumed for want of data">
      <p>
        <strong>Assumed for want of data.</strong>
        {warnings.some((w) => w.code === 'RELEVANCE_UNKNOWN') &&
          " Where a credential's relevance is unknown it counts as fully relevant; once the credential has occupations and the program a CIP code, it counts by how well it fits."}
      </p>
      {warnings.length > 3 ? (
        <details>
          <summary>The {warnings.length} assumptions</summary>
          {list}
        </details>
      ) : (
        list
      )}
    </div>
  );
}

/**
 * Each credential a projection keeps or adds, and how it fits its program (what scales its offer to prospects), behind
 * a disclosure; the warnings above it.
 */
export function ProjectionRelevance({
  relevance,
  warnings,
}: {
  relevance: readonly (Fit &
    Pick<CredentialFitFieldsFragment, 'programId' | 'credentialId' | 'program' | 'credential'>)[];
  warnings: readonly Warning[];
}) {
  return (
    <>
      <ModelWarnings warnings={warnings} />
      {relevance.length > 0 && (
        <details>
          <summary>How each credential fits its program's occupations</summary>
          <p class="muted">
            The fewer of a credential's occupations a program leads to, the less its offer counts with that program's
            prospects.
          </p>
          <div class="table-wrap">
            <table class="data">
              <caption>Relevance of each credential to its program</caption>
              <thead>
                <tr>
                  <th scope="col">Credential</th>
                  <th scope="col">Program</th>
                  <th scope="col">Relevance</th>
                </tr>
              </thead>
              <tbody>
                {relevance.map((f) => (
                  <tr key={`${f.programId}|${f.credentialId}`}>
                    <th scope="row">{f.credential.title}</th>
                    <td>{f.program.code}</td>
                    <td>
                      <FitSummary fit={f} start />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </details>
      )}
    </>
  );
}
