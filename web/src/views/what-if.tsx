/** #/what-if — pick programs and credentials, preview the uplift, save it as a scenario. */
import { useMemo, useState } from 'preact/hooks';
import {
  AssumptionSetsDocument,
  CreateScenarioDocument,
  CredentialCatalogDocument,
  CredentialDocument,
  CredentialFitDocument,
  type CredentialOfferFieldsFragment,
  PreviewUpliftDocument,
  ProgramsWithCredentialsDocument,
  type PreviewUpliftInput,
  type RequirementType,
  type ScenarioChangeInput,
} from '../../../schema/client/graphql';
import { useOperation, useQuery } from '../lib/use-operation';
import { useViewer } from '../lib/app-context';
import {
  formatCount,
  formatCredits,
  formatMetricValue,
  formatSignedDelta,
  humanize,
  metricKind,
  metricLabel,
} from '../lib/format';
import { navigate } from '../lib/router';
import type { ViewProps } from '../lib/view';
import { ErrorAlert, Field, fieldError } from '../components/error';
import { Busy, Region } from '../components/busy';
import { Select } from '../components/select';
import { BandsExplained, DEFAULT_OUTCOME, FanCharts, OUTCOMES, totalsOf } from '../components/projection';
import { AssumptionsTable, EffectsNote } from '../components/assumptions';
import { CapUsage } from '../components/cap-usage';
import { usePlotPreload } from '../components/chart';
import { FitSummary, ProjectionRelevance } from '../components/relevance';

const REQUIREMENTS: RequirementType[] = ['ELECTIVE', 'CORE', 'ADD_ON'];
const PREVIEW_CHARTS = ['NEW_ENROLLMENTS', DEFAULT_OUTCOME] as const;

export const SMALL_OFFER_TEXT =
  "A short credential is a small offer to prospects: under the model its effect on entrants is a small fraction of a certificate's.";

interface Row {
  key: number;
  programId: string;
  credentialId: string;
  requirement: RequirementType;
  creditsApplied: string;
  takeUpRate: string;
}

let nextKey = 1;
const emptyRow = (): Row => ({
  key: nextKey++,
  programId: '',
  credentialId: '',
  requirement: 'ELECTIVE',
  creditsApplied: '',
  takeUpRate: '',
});

const num = (s: string): number | undefined => (s.trim() === '' ? undefined : Number(s));

/**
 * The API's input from the rows: one change per program (in order of first appearance), one
 * addition per row; `paths` says which `changes.i.add.j` each row became, to put errors next to it.
 */
export function buildChanges(rows: readonly Row[]): { changes: ScenarioChangeInput[]; paths: Map<number, string> } {
  const byProgram = new Map<string, ScenarioChangeInput>();
  const paths = new Map<number, string>();
  for (const row of rows) {
    if (!row.programId || !row.credentialId) continue;
    let change = byProgram.get(row.programId);
    if (!change) {
      change = { programId: row.programId, add: [] };
      byProgram.set(row.programId, change);
    }
    const add = change.add as NonNullable<ScenarioChangeInput['add']>;
    const i = [...byProgram.keys()].indexOf(row.programId);
    paths.set(row.key, `changes.${i}.add.${add.length}`);
    const takeUp = num(row.takeUpRate);
    add.push({
      credentialId: row.credentialId,
      requirement: row.requirement,
      creditsApplied: num(row.creditsApplied) ?? 0,
      ...(takeUp !== undefined ? { takeUpRate: takeUp } : {}),
    });
  }
  return { changes: [...byProgram.values()], paths };
}

export default function WhatIf(_props: ViewProps) {
  usePlotPreload();
  const viewer = useViewer();
  const programs = useQuery(ProgramsWithCredentialsDocument, { first: 100, orderBy: { field: 'CODE' } });
  const credentials = useQuery(CredentialCatalogDocument, { first: 100, orderBy: { field: 'TITLE' } });
  const sets = useQuery(AssumptionSetsDocument, {});

  const [rows, setRows] = useState<Row[]>(() => [emptyRow()]);
  const [horizonYears, setHorizon] = useState('5');
  const [draws, setDraws] = useState('2000');
  const [seed, setSeed] = useState('1');
  const [assumptionSetId, setSetId] = useState('');
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({});
  const [ranKey, setRanKey] = useState<string | null>(null);

  const preview = useOperation(PreviewUpliftDocument);
  const save = useOperation(CreateScenarioDocument);

  const programById = useMemo(
    () => new Map((programs.data?.programs.nodes ?? []).map((p) => [p.id, p])),
    [programs.data],
  );
  const credentialById = useMemo(
    () => new Map((credentials.data?.credentials.nodes ?? []).map((c) => [c.id, c])),
    [credentials.data],
  );

  const { changes, paths } = useMemo(() => buildChanges(rows), [rows]);
  const input: PreviewUpliftInput = {
    changes,
    horizonYears: num(horizonYears) ?? 0,
    ...(num(draws) !== undefined ? { draws: num(draws) } : {}),
    ...(num(seed) !== undefined ? { seed: num(seed) } : {}),
    ...(assumptionSetId ? { assumptionSetId } : {}),
  };
  const inputKey = JSON.stringify(input);

  const update = (key: number, patch: Partial<Row>) =>
    setRows((rs) => rs.map((r) => (r.key === key ? { ...r, ...patch } : r)));

  const chooseCredential = (row: Row, credentialId: string) => {
    const c = credentialById.get(credentialId);
    const p = programById.get(row.programId);
    let credits = row.creditsApplied;
    if (c && !c.creditBearing) credits = '0';
    else if (c && c.creditValue != null && c.creditUnit === viewer.institution?.creditUnit) {
      const room = p
        ? Math.max(0, (viewer.institution?.maxEmbeddedCreditShare ?? 0.25) * p.totalCredits - p.embeddedCredits)
        : c.creditValue;
      credits = String(Math.min(c.creditValue, room));
    }
    update(row.key, { credentialId, creditsApplied: credits });
  };

  /** Checks what the browser can check; the rules (credit value, cap) are the API's. */
  const validate = (): boolean => {
    const errs: Record<string, string> = {};
    rows.forEach((r) => {
      if (!r.programId) errs[`${r.key}.program`] = 'Choose a program.';
      if (!r.credentialId) errs[`${r.key}.credential`] = 'Choose a credential.';
      if (r.creditsApplied.trim() === '' || !Number.isFinite(Number(r.creditsApplied)))
        errs[`${r.key}.credits`] = 'Enter the credits applied (0 for a non-credit credential).';
      if (r.takeUpRate.trim() !== '' && !Number.isFinite(Number(r.takeUpRate)))
        errs[`${r.key}.takeUp`] = 'Enter a take-up between 0 and 1, or leave it empty for the default.';
    });
    if (!Number.isInteger(Number(horizonYears))) errs.horizonYears = 'Enter a whole number of years.';
    if (draws.trim() !== '' && !Number.isInteger(Number(draws))) errs.draws = 'Enter a whole number of draws.';
    if (seed.trim() !== '' && !Number.isInteger(Number(seed))) errs.seed = 'Enter a whole number.';
    setLocalErrors(errs);
    return Object.keys(errs).length === 0;
  };

  const runPreview = () => {
    save.reset();
    if (!validate()) return;
    setRanKey(inputKey);
    void preview.run({ input, totalsOnly: true });
  };

  const runSave = async () => {
    if (!validate()) return;
    if (!name.trim()) {
      setLocalErrors((e) => ({ ...e, name: 'Give the scenario a name.' }));
      return;
    }
    const result = await save.run({
      input: { ...input, name: name.trim(), ...(description.trim() ? { description: description.trim() } : {}) },
    });
    if (result) navigate(`scenarios/${result.createScenario.scenario.id}`);
  };

  // Which error to show where: the latest operation's, next to the control named by extensions.field.
  const apiError = save.error ?? preview.error;
  const err = (local: string | undefined, ...fields: string[]) => local ?? fieldError(apiError, ...fields);
  const rowFieldMatched =
    !!apiError &&
    (rows.some((r) => {
      const path = paths.get(r.key);
      return (
        path &&
        fieldError(
          apiError,
          `${path}.creditsApplied`,
          `${path}.takeUpRate`,
          `${path}.requirement`,
          `${path}.credentialId`,
        )
      );
    }) ||
      !!fieldError(apiError, 'horizonYears', 'draws', 'seed', 'name', 'description', 'assumptionSetId'));

  const allSets = sets.data?.assumptionSets ?? [];
  const chosenSet = assumptionSetId
    ? allSets.find((s) => s.id === assumptionSetId)
    : (allSets.find((s) => s.isDefault) ?? allSets[0]);
  const result = preview.data?.previewUplift;
  const stale = preview.stale || (!!result && ranKey !== inputKey);
  const loadingLists = programs.loading || credentials.loading;

  return (
    <>
      <h1>What-if</h1>
      <p>
        Embed credentials in programs and see what the model projects, against the baseline, before anything is saved.
      </p>
      <ErrorAlert error={programs.error ?? credentials.error ?? sets.error} />
      <form
        aria-label="What-if"
        onSubmit={(e) => {
          e.preventDefault();
          runPreview();
        }}
      >
        {rows.map((row, index) => {
          const path = paths.get(row.key) ?? '';
          const p = programById.get(row.programId);
          const c = credentialById.get(row.credentialId);
          const n = index + 1;
          return (
            <fieldset key={row.key}>
              <legend>Change {n}</legend>
              <div class="filters">
                <Select
                  id={`row-${row.key}-program`}
                  label={`Program ${n}`}
                  value={row.programId}
                  any={loadingLists ? 'Loading…' : 'Choose a program'}
                  options={(programs.data?.programs.nodes ?? []).map((pr) => ({
                    value: pr.id,
                    label: `${pr.code} — ${pr.title}`,
                  }))}
                  onChange={(v) => update(row.key, { programId: v })}
                  error={err(localErrors[`${row.key}.program`], `${path.split('.add')[0]}.programId`)}
                />
                <Select
                  id={`row-${row.key}-credential`}
                  label={`Credential ${n}`}
                  value={row.credentialId}
                  any={loadingLists ? 'Loading…' : 'Choose a credential'}
                  options={(credentials.data?.credentials.nodes ?? []).map((cr) => ({
                    value: cr.id,
                    label: `${cr.title}${cr.creditBearing ? '' : ' (non-credit)'}`,
                  }))}
                  onChange={(v) => chooseCredential(row, v)}
                  error={err(localErrors[`${row.key}.credential`], `${path}.credentialId`)}
                  hint={
                    c ? (
                      <>
                        <RowOffer
                          credentialId={c.id}
                          creditBearing={c.creditBearing}
                          whole={c.offer}
                          credits={row.creditsApplied}
                        />
                        {p && <RowFit credentialId={c.id} programId={p.id} programCode={p.code} />}
                      </>
                    ) : undefined
                  }
                />
                <Select
                  id={`row-${row.key}-requirement`}
                  label={`Requirement ${n}`}
                  value={row.requirement}
                  options={REQUIREMENTS.map((r) => ({ value: r, label: humanize(r) }))}
                  onChange={(v) => update(row.key, { requirement: v as RequirementType })}
                  error={err(undefined, `${path}.requirement`)}
                />
                <Field
                  id={`row-${row.key}-credits`}
                  label={`Credits applied ${n}`}
                  error={err(localErrors[`${row.key}.credits`], `${path}.creditsApplied`)}
                  hint={
                    c
                      ? c.creditBearing
                        ? `Worth ${formatCredits(c.creditValue, c.creditUnit)}`
                        : 'Non-credit: 0'
                      : undefined
                  }
                >
                  <input
                    id={`row-${row.key}-credits`}
                    type="number"
                    step="any"
                    min="0"
                    inputMode="decimal"
                    value={row.creditsApplied}
                    aria-invalid={err(localErrors[`${row.key}.credits`], `${path}.creditsApplied`) ? 'true' : undefined}
                    aria-describedby={`row-${row.key}-credits-error row-${row.key}-credits-hint`}
                    onInput={(e) => update(row.key, { creditsApplied: e.currentTarget.value })}
                  />
                </Field>
                <Field
                  id={`row-${row.key}-takeup`}
                  label={`Take-up ${n} (0–1)`}
                  hint="Empty: CORE 1, otherwise the model's default"
                  error={err(localErrors[`${row.key}.takeUp`], `${path}.takeUpRate`)}
                >
                  <input
                    id={`row-${row.key}-takeup`}
                    type="number"
                    step="any"
                    min="0"
                    max="1"
                    inputMode="decimal"
                    value={row.takeUpRate}
                    aria-invalid={err(localErrors[`${row.key}.takeUp`], `${path}.takeUpRate`) ? 'true' : undefined}
                    aria-describedby={`row-${row.key}-takeup-error row-${row.key}-takeup-hint`}
                    onInput={(e) => update(row.key, { takeUpRate: e.currentTarget.value })}
                  />
                </Field>
                {rows.length > 1 && (
                  <button
                    type="button"
                    class="secondary"
                    aria-label={`Remove change ${n}`}
                    onClick={() => setRows((rs) => rs.filter((r) => r.key !== row.key))}
                  >
                    Remove
                  </button>
                )}
              </div>
              {p && (
                <p class="muted">
                  {p.code} embedded credits now:{' '}
                  <CapUsage
                    embedded={p.embeddedCredits}
                    total={p.totalCredits}
                    share={viewer.institution?.maxEmbeddedCreditShare ?? 0.25}
                  />
                </p>
              )}
            </fieldset>
          );
        })}
        <div class="actions">
          <button type="button" class="secondary" onClick={() => setRows((rs) => [...rs, emptyRow()])}>
            Add another change
          </button>
        </div>

        <fieldset>
          <legend>Projection settings</legend>
          <div class="filters">
            <Field id="whatif-horizon" label="Horizon (years)" error={err(localErrors.horizonYears, 'horizonYears')}>
              <input
                id="whatif-horizon"
                type="number"
                min="1"
                max="30"
                value={horizonYears}
                aria-invalid={err(localErrors.horizonYears, 'horizonYears') ? 'true' : undefined}
                aria-describedby="whatif-horizon-error"
                onInput={(e) => setHorizon(e.currentTarget.value)}
              />
            </Field>
            <Field id="whatif-draws" label="Draws" error={err(localErrors.draws, 'draws')}>
              <input
                id="whatif-draws"
                type="number"
                min="1"
                max="100000"
                value={draws}
                aria-invalid={err(localErrors.draws, 'draws') ? 'true' : undefined}
                aria-describedby="whatif-draws-error"
                onInput={(e) => setDraws(e.currentTarget.value)}
              />
            </Field>
            <Field id="whatif-seed" label="Seed" error={err(localErrors.seed, 'seed')}>
              <input
                id="whatif-seed"
                type="number"
                min="0"
                value={seed}
                aria-invalid={err(localErrors.seed, 'seed') ? 'true' : undefined}
                aria-describedby="whatif-seed-error"
                onInput={(e) => setSeed(e.currentTarget.value)}
              />
            </Field>
            <Select
              id="whatif-set"
              label="Assumption set"
              value={assumptionSetId}
              any="Default set"
              options={(sets.data?.assumptionSets ?? []).map((s) => ({
                value: s.id,
                label: `${s.name} (${humanize(s.kind)})${s.isDefault ? ' — default' : ''}`,
              }))}
              onChange={setSetId}
              error={err(undefined, 'assumptionSetId')}
            />
          </div>
          {chosenSet && (
            <details>
              <summary>The assumptions of {chosenSet.name}</summary>
              {chosenSet.description && <p>{chosenSet.description}</p>}
              <EffectsNote assumptions={chosenSet.assumptions} />
              <AssumptionsTable assumptions={chosenSet.assumptions} caption={`Assumptions of ${chosenSet.name}`} />
            </details>
          )}
        </fieldset>

        <div class="actions">
          <button type="submit" disabled={preview.running}>
            Preview
          </button>
          <Busy running={preview.running} elapsedMs={preview.elapsedMs} onCancel={preview.cancel} label="Projecting" />
          {preview.cancelled && <span role="status">Preview cancelled.</span>}
        </div>
      </form>

      {apiError && !rowFieldMatched && <ErrorAlert error={apiError} title="The what-if was refused:" />}
      {apiError && rowFieldMatched && (
        <p class="field-error" role="status">
          The what-if was refused: see the message next to the field.
        </p>
      )}

      {(result || preview.running) && (
        <Region label="Preview result" busy={preview.running} stale={stale && !!result}>
          {result && (
            <>
              <h2>Preview</h2>
              <p class="muted">
                {result.horizonYears} years, {formatCount(result.draws)} draws, seed {result.seed} · input{' '}
                {result.inputHash.slice(0, 12)}
              </p>
              <PreviewTotals rows={result.rows} currency={viewer.currency} />
              <ProjectionRelevance relevance={result.relevance} warnings={result.warnings} />
              <BandsExplained />
              <FanCharts rows={result.rows} metrics={PREVIEW_CHARTS} />
            </>
          )}
        </Region>
      )}

      {viewer.canWrite && (
        <section aria-labelledby="save-heading">
          <h2 id="save-heading">Save as a scenario</h2>
          <form
            onSubmit={(e) => {
              e.preventDefault();
              void runSave();
            }}
          >
            <Field id="scenario-name" label="Scenario name" error={err(localErrors.name, 'name')}>
              <input
                id="scenario-name"
                type="text"
                maxLength={200}
                value={name}
                aria-invalid={err(localErrors.name, 'name') ? 'true' : undefined}
                aria-describedby="scenario-name-error"
                onInput={(e) => {
                  setName(e.currentTarget.value);
                  setLocalErrors(({ name: _n, ...rest }) => rest);
                }}
              />
            </Field>
            <Field id="scenario-description" label="Description (optional)" error={err(undefined, 'description')}>
              <textarea
                id="scenario-description"
                rows={2}
                maxLength={2000}
                value={description}
                onInput={(e) => setDescription(e.currentTarget.value)}
              />
            </Field>
            <div class="actions">
              <button type="submit" disabled={save.running}>
                Save scenario
              </button>
              <Busy running={save.running} elapsedMs={save.elapsedMs} label="Saving" />
            </div>
          </form>
        </section>
      )}
    </>
  );
}

/** A credential's size as an offer: its learning hours, and a "small offer" tag under 15 hours (the API says which). */
export function OfferSize({ offer, whole = false }: { offer: CredentialOfferFieldsFragment; whole?: boolean }) {
  return (
    <span class="offer">
      {formatCount(offer.hours)} learning {offer.hours === 1 ? 'hour' : 'hours'}
      {whole && ' at its whole value'}
      {offer.small && (
        <>
          {' '}
          <span class="badge small-offer" title={SMALL_OFFER_TEXT}>
            small offer
            <span class="visually-hidden">: {SMALL_OFFER_TEXT}</span>
          </span>
        </>
      )}
    </span>
  );
}

/**
 * The offer for the credits a row applies. The catalog brings each credential's offer at its whole value (one request
 * for the list); only when the planner applies other credits to a credit-bearing credential is that credential's
 * offer asked for those credits. The hours per credit are the API's rule, never the dashboard's.
 */
function RowOffer({
  credentialId,
  creditBearing,
  whole,
  credits,
}: {
  credentialId: string;
  creditBearing: boolean;
  whole: CredentialOfferFieldsFragment;
  credits: string;
}) {
  const n = num(credits);
  const valid = n !== undefined && Number.isFinite(n) && n >= 0;
  const other = creditBearing && valid && n !== whole.creditsApplied;
  const sized = useQuery(CredentialDocument, { id: credentialId, creditsApplied: n }, { skip: !other });
  if (!other) return <OfferSize offer={whole} whole={creditBearing && !valid} />;
  const answer = sized.data?.credential;
  // The answer to these credits of this credential only, never a previous one's.
  if (!answer || answer.id !== credentialId || answer.offer.creditsApplied !== n) return null;
  return <OfferSize offer={answer.offer} />;
}

/**
 * How the row's credential would fit the chosen program, in the API's words ("fits 2 of its 3 occupations"): one
 * request per pair, and only the answer for this pair is shown.
 */
function RowFit({
  credentialId,
  programId,
  programCode,
}: {
  credentialId: string;
  programId: string;
  programCode: string;
}) {
  const answer = useQuery(CredentialFitDocument, { id: credentialId, programId }).data?.credential;
  if (!answer || answer.id !== credentialId || answer.fitIn.programId !== programId) return null;
  return (
    <span class="row-fit">
      {' '}
      In {programCode}: <FitSummary fit={answer.fitIn} />
    </span>
  );
}

function PreviewTotals({
  rows,
  currency,
}: {
  rows: readonly {
    programId: string | null;
    metric: string;
    year: number;
    baseline: number;
    p10: number;
    p50: number;
    p90: number;
    mean: number;
    predictionP10: number;
    predictionP90: number;
  }[];
  currency: string;
}) {
  const last = Math.max(...rows.map((r) => r.year));
  const lines = OUTCOMES.map((m) =>
    totalsOf(rows as Parameters<typeof totalsOf>[0], m).find((r) => r.year === last),
  ).filter((r): r is NonNullable<typeof r> => !!r);
  return (
    <div class="table-wrap">
      <table class="data">
        <caption>Year {last}: every program together, against the baseline</caption>
        <thead>
          <tr>
            <th scope="col">Outcome</th>
            <th scope="col">Baseline</th>
            <th scope="col">P50</th>
            <th scope="col">Change (P50)</th>
            <th scope="col">P10–P90</th>
            <th scope="col">Prediction interval</th>
          </tr>
        </thead>
        <tbody>
          {lines.map((r) => (
            <tr key={r.metric}>
              <th scope="row">{metricLabel(r.metric)}</th>
              <td class="num">{formatMetricValue(r.baseline, r.metric, { currency })}</td>
              <td class="num">{formatMetricValue(r.p50, r.metric, { currency })}</td>
              <td class="num">{formatSignedDelta(r.p50 - r.baseline, metricKind(r.metric), { currency })}</td>
              <td class="num">
                {formatMetricValue(r.p10, r.metric, { currency })} – {formatMetricValue(r.p90, r.metric, { currency })}
              </td>
              <td class="num">
                {formatMetricValue(r.predictionP10, r.metric, { currency })} –{' '}
                {formatMetricValue(r.predictionP90, r.metric, { currency })}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
