/**
 * `#/optimize`: "with this budget, what should we embed, where, and how sure are we?" — objective, budget, risk and
 * scope in; the plan as a table, its value band against no change, the budget frontier, and saving it as a scenario.
 */
import { useMemo, useState } from 'preact/hooks';
import {
  AssumptionSetsDocument,
  OptimizePortfolioDocument,
  ProgramsWithCredentialsDocument,
  type OptimizePortfolioInput,
  type OptimizationRisk,
  type OutcomeMetric,
  type PortfolioPlanFieldsFragment,
  type RequirementType,
} from '../../../schema/client/graphql';
import { useOperation, useQuery } from '../lib/use-operation';
import { useViewer } from '../lib/app-context';
import { href } from '../lib/router';
import {
  formatCount,
  formatMetricValue,
  formatMoney,
  formatSignedDelta,
  humanize,
  metricKind,
  metricLabel,
  NET_REVENUE_HINT,
} from '../lib/format';
import type { ViewProps } from '../lib/view';
import { Busy, Region } from '../components/busy';
import { ErrorAlert, Field, fieldError } from '../components/error';
import { Chart } from '../components/chart';
import { frontierChart } from '../charts/builders';
import { planValueChart } from '../charts/planner';
import { FitSummary, ModelWarnings } from '../components/relevance';

/** Outcomes the optimizer can maximise (rates and the cost itself are refused by the API). */
export const OBJECTIVES: OutcomeMetric[] = [
  'CONTRIBUTION_MARGIN',
  'NEW_ENROLLMENTS',
  'HEADCOUNT',
  'COMPLETIONS',
  'TUITION_REVENUE',
  'NET_REVENUE',
];
const REQUIREMENTS: RequirementType[] = ['ELECTIVE', 'CORE', 'ADD_ON'];

/** How clearly the plan beats its closest alternative, in a word or two beside the status. */
const VERDICT_LABEL: Record<string, string> = {
  CLEAR: 'Clear choice',
  TIE: 'Tie',
  NO_ALTERNATIVE: 'No alternative',
};

const STATUS_TEXT: Record<string, string> = {
  OPTIMAL: 'Proven best for the criterion on the draws it was chosen on.',
  FEASIBLE: 'Within the budget, but the search stopped before proving it best (see the gap).',
  INFEASIBLE: 'No plan meets the locks within the budget; the plan is no change.',
};

interface Form {
  objective: string;
  budget: string;
  horizonYears: string;
  risk: string;
  assumptionSetId: string;
  requirements: string[];
  maxAdditionsPerProgram: string;
  programIds: string[];
  /** Percent, 0–100; empty: no minimum. */
  minRelevance: string;
  /** Leave out credentials whose fit is unknown (no occupations), rather than count them as a full fit. */
  requireKnownRelevance: boolean;
  draws: string;
  seed: string;
}

const INITIAL: Form = {
  objective: 'CONTRIBUTION_MARGIN',
  budget: '250000',
  horizonYears: '5',
  risk: 'EXPECTED',
  assumptionSetId: '',
  requirements: ['ELECTIVE'],
  maxAdditionsPerProgram: '1',
  programIds: [],
  minRelevance: '',
  requireKnownRelevance: false,
  draws: '500',
  seed: '1',
};

function toInput(form: Form): OptimizePortfolioInput {
  const input: OptimizePortfolioInput = {
    objective: form.objective as OutcomeMetric,
    budget: Number(form.budget),
    horizonYears: Number(form.horizonYears),
    risk: form.risk as OptimizationRisk,
    requirements: form.requirements as RequirementType[],
    maxAdditionsPerProgram: Number(form.maxAdditionsPerProgram),
  };
  if (form.assumptionSetId) input.assumptionSetId = form.assumptionSetId;
  if (form.programIds.length) input.programIds = form.programIds;
  if (form.minRelevance.trim()) input.minRelevance = Number(form.minRelevance) / 100;
  if (form.requireKnownRelevance) input.requireKnownRelevance = true;
  if (form.draws.trim()) input.draws = Number(form.draws);
  if (form.seed.trim()) input.seed = Number(form.seed);
  return input;
}

function toggle(list: string[], value: string, on: boolean): string[] {
  return on ? [...new Set([...list, value])] : list.filter((v) => v !== value);
}

/** The plan's additions, each with its fit in words, and below them what the plan assumed for want of data. */
export function PlanTable({ plan, currency }: { plan: PortfolioPlanFieldsFragment; currency: string }) {
  const gainOpts = { currency };
  if (plan.additions.length === 0) return <p>The plan is no change: nothing to embed.</p>;
  return (
    <>
      <div class="table-wrap">
        <table class="data">
          <caption>
            The plan: {plan.additions.length} addition{plan.additions.length === 1 ? '' : 's'} in{' '}
            {new Set(plan.additions.map((a) => a.program.id)).size} programs
          </caption>
          <thead>
            <tr>
              <th scope="col">Program</th>
              <th scope="col">Credential</th>
              <th scope="col">Requirement</th>
              <th scope="col" class="num">
                Credits
              </th>
              <th scope="col" class="num">
                Cost
              </th>
              <th scope="col" class="num">
                Expected gain
              </th>
              <th scope="col">Relevance</th>
            </tr>
          </thead>
          <tbody>
            {plan.additions.map((a) => (
              <tr key={`${a.program.id}|${a.credential.id}`}>
                <th scope="row">
                  <a href={href(`programs/${a.program.id}`)}>{a.program.code}</a> {a.program.title}
                </th>
                <td>
                  {a.credential.title}
                  {!a.credential.creditBearing && <span class="muted"> (non-credit)</span>}
                </td>
                <td>{humanize(a.requirement)}</td>
                <td class="num">{formatCount(a.creditsApplied)}</td>
                <td class="num">{formatMoney(a.cost, currency)}</td>
                <td class="num">{formatSignedDelta(a.objectiveGain, metricKind(plan.objective), gainOpts)}</td>
                <td>
                  <FitSummary fit={a.fit} start />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ModelWarnings warnings={plan.warnings} />
    </>
  );
}

const describeAdditions = (additions: readonly { credential: { title: string } }[]) =>
  additions.length ? additions.map((a) => a.credential.title).join(' + ') : 'no change';

/**
 * The status with the verdict beside it: proven best on its draws is not the same as clearly better than the
 * closest alternative, so "Optimal" never stands alone.
 */
export function PlanStatus({ plan, currency }: { plan: PortfolioPlanFieldsFragment; currency: string }) {
  const { decision } = plan;
  const verdict = VERDICT_LABEL[decision.verdict] ?? humanize(decision.verdict);
  return (
    <div class={plan.status === 'INFEASIBLE' ? 'error plan-status' : 'note plan-status'}>
      <p>
        <strong>{humanize(plan.status)}.</strong> {STATUS_TEXT[plan.status] ?? ''}
        {plan.status === 'FEASIBLE' && plan.gap != null && ` Gap ${formatCount(plan.gap * 100, undefined, 2)}%.`}
        {plan.status === 'INFEASIBLE' &&
          plan.minimumCost != null &&
          ` The locks need at least ${formatMoney(plan.minimumCost, currency)}.`}
      </p>
      {/* An infeasible plan has no alternative by definition: its status says it all. */}
      {plan.status !== 'INFEASIBLE' && (
        <p class={`verdict verdict-${decision.verdict.toLowerCase().replace(/_/g, '-')}`}>
          <strong class="badge">{verdict}</strong> {decision.summary}
        </p>
      )}
    </div>
  );
}

function WhyTable({ plan, currency }: { plan: PortfolioPlanFieldsFragment; currency: string }) {
  const kind = metricKind(plan.objective);
  return (
    <details>
      <summary>Why these picks: each program's choice and its runner-up</summary>
      <div class="table-wrap">
        <table class="data">
          <caption>Each program in scope: the option chosen and the runner-up</caption>
          <thead>
            <tr>
              <th scope="col">Program</th>
              <th scope="col">Chosen</th>
              <th scope="col">Runner-up</th>
              <th scope="col" class="num">
                Runner-up gains less by
              </th>
            </tr>
          </thead>
          <tbody>
            {plan.programs.map((p) => (
              <tr key={p.programId}>
                <th scope="row">{p.program.code}</th>
                <td>{describeAdditions(p.chosen.additions)}</td>
                <td>
                  {p.runnerUp ? describeAdditions(p.runnerUp.additions) : '—'}
                  {p.runnerUp && !p.runnerUp.withinBudget && <span class="muted"> (over budget)</span>}
                </td>
                <td class="num">
                  {p.runnerUp ? formatSignedDelta(p.runnerUp.expectedGainShortfall, kind, { currency }) : '—'}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}

function SavePlan({ input }: { input: OptimizePortfolioInput }) {
  const op = useOperation(OptimizePortfolioDocument);
  const [name, setName] = useState('');
  const [missing, setMissing] = useState(false);
  const nameError = missing ? 'Give the scenario a name.' : fieldError(op.error, 'saveAsScenario');
  const saved = op.data?.optimizePortfolio.plan.scenario;
  return (
    <section aria-labelledby="save-heading">
      <h2 id="save-heading">Save as a scenario</h2>
      <form
        aria-busy={op.running ? 'true' : 'false'}
        onSubmit={(e) => {
          e.preventDefault();
          if (!name.trim()) {
            setMissing(true);
            return;
          }
          void op.run({ input: { ...input, saveAsScenario: name.trim() } });
        }}
      >
        <Field id="scenario-name" label="Scenario name" error={nameError}>
          <input
            id="scenario-name"
            type="text"
            maxLength={200}
            value={name}
            aria-invalid={nameError ? 'true' : undefined}
            aria-describedby={nameError ? 'scenario-name-error' : undefined}
            onInput={(e) => {
              setName(e.currentTarget.value);
              setMissing(false);
            }}
          />
        </Field>
        <div class="actions">
          <button type="submit" disabled={op.running}>
            Save as scenario
          </button>
        </div>
      </form>
      <Busy running={op.running} elapsedMs={op.elapsedMs} onCancel={op.cancel} label="Saving" />
      {op.error && !nameError && <ErrorAlert error={op.error} title="The plan was not saved." />}
      {saved && (
        <p role="status">
          Saved as <a href={href(`scenarios/${saved.id}`)}>{saved.name}</a>: its projection equals the plan's figures.
        </p>
      )}
    </section>
  );
}

function PlanResult({
  plan,
  input,
  currency,
}: {
  plan: PortfolioPlanFieldsFragment;
  input: OptimizePortfolioInput;
  currency: string;
}) {
  const value = useMemo(
    () => planValueChart(plan.value, plan.baselineValue, plan.objective, { currency }),
    [plan, currency],
  );
  const frontier = useMemo(() => frontierChart(plan.frontier, plan.objective, { currency }), [plan, currency]);
  const label = metricLabel(plan.objective);
  const kind = metricKind(plan.objective);
  const fmt = (v: number | null | undefined) => formatMetricValue(v, plan.objective, { currency });
  const gain = (v: number | null | undefined) => formatSignedDelta(v, kind, { currency });
  const { decision } = plan;
  return (
    <>
      <PlanStatus plan={plan} currency={currency} />
      <dl class="kv">
        <dt>Cost</dt>
        <dd>
          {formatMoney(plan.cost, currency)} of {formatMoney(plan.budget, currency)} over {plan.horizonYears} years
        </dd>
        <dt>{label}, no change</dt>
        <dd>{fmt(plan.baselineValue)}</dd>
        <dt>{label} with the plan</dt>
        <dd>
          {fmt(plan.value.mean)} (P10 {fmt(plan.value.p10)} – P90 {fmt(plan.value.p90)})
        </dd>
        <dt>Gain</dt>
        <dd>
          {gain(plan.gain.mean)} (P10 {gain(plan.gain.p10)} – P90 {gain(plan.gain.p90)}), on{' '}
          {formatCount(plan.evaluationDraws, undefined, 0)} fresh draws
        </dd>
        {decision.program && decision.alternative && decision.shortfall != null && (
          <>
            <dt>Closest alternative</dt>
            <dd>
              {decision.program.code}: {describeAdditions(decision.alternative.additions)} instead,{' '}
              {gain(-decision.shortfall)} expected
            </dd>
          </>
        )}
        <dt>Criterion</dt>
        <dd>{plan.risk === 'CVAR_10' ? 'the mean of the worst 10% of draws' : 'the mean over draws'}</dd>
      </dl>
      <p class="note" role="note">
        <strong>Read this first:</strong> {plan.caveat}
      </p>
      <section aria-labelledby="plan-heading">
        <h2 id="plan-heading">The plan</h2>
        <PlanTable plan={plan} currency={currency} />
        <WhyTable plan={plan} currency={currency} />
      </section>
      <section aria-labelledby="band-heading">
        <h2 id="band-heading">{label}: the plan against no change</h2>
        <Chart chart={value} />
      </section>
      <section aria-labelledby="frontier-heading">
        <h2 id="frontier-heading">Budget frontier</h2>
        <p>The best expected gain at other budgets: where more money stops buying gain.</p>
        <Chart chart={frontier} />
      </section>
      {plan.status !== 'INFEASIBLE' && <SavePlan input={input} />}
    </>
  );
}

export default function OptimizeView(_props: ViewProps) {
  const viewer = useViewer();
  const { currency } = viewer;
  const [form, setForm] = useState<Form>(INITIAL);
  const [submitted, setSubmitted] = useState<OptimizePortfolioInput | null>(null);
  const op = useOperation(OptimizePortfolioDocument);
  const sets = useQuery(AssumptionSetsDocument, {}, { skip: !viewer.canWrite });
  const programs = useQuery(
    ProgramsWithCredentialsDocument,
    { first: 100, filter: { status: ['ACTIVE'] } },
    { skip: !viewer.canWrite },
  );
  const set = (patch: Partial<Form>) => setForm((f) => ({ ...f, ...patch }));
  const err = (field: string) => fieldError(op.error, field);
  const fieldErrors = [
    'budget',
    'horizonYears',
    'objective',
    'draws',
    'seed',
    'programIds',
    'requirements',
    'minRelevance',
  ].some((f) => err(f));
  const plan = op.data?.optimizePortfolio.plan;

  if (!viewer.canWrite) {
    return (
      <>
        <h1>Optimize portfolio</h1>
        <p class="note">
          Your key is read-only: the optimizer is for planners. Ask a planner for a recommended portfolio.
        </p>
      </>
    );
  }

  return (
    <>
      <h1>Optimize portfolio</h1>
      <p>
        Searches the plans instead of trying what-ifs one by one: which credentials to embed in which programs for a
        budget, and how sure the model is. Nothing is saved unless you save the plan as a scenario.
      </p>
      <form
        aria-busy={op.running ? 'true' : 'false'}
        onSubmit={(e) => {
          e.preventDefault();
          const input = toInput(form);
          void op.run({ input }).then((done) => done && setSubmitted(input));
        }}
      >
        <Field id="opt-objective" label="Objective" error={err('objective')} hint={NET_REVENUE_HINT}>
          <select
            id="opt-objective"
            aria-describedby="opt-objective-hint"
            value={form.objective}
            onChange={(e) => set({ objective: e.currentTarget.value })}
          >
            {OBJECTIVES.map((o) => (
              <option key={o} value={o}>
                {metricLabel(o)}
              </option>
            ))}
          </select>
        </Field>
        <Field
          id="opt-budget"
          label={`Budget (${currency})`}
          error={err('budget')}
          hint="Set-up plus per-learner cost over the horizon."
        >
          <input
            id="opt-budget"
            type="number"
            min={0}
            step={1000}
            required
            value={form.budget}
            aria-invalid={err('budget') ? 'true' : undefined}
            onInput={(e) => set({ budget: e.currentTarget.value })}
          />
        </Field>
        <Field id="opt-horizon" label="Horizon (years)" error={err('horizonYears')}>
          <input
            id="opt-horizon"
            type="number"
            min={1}
            max={30}
            required
            value={form.horizonYears}
            aria-invalid={err('horizonYears') ? 'true' : undefined}
            onInput={(e) => set({ horizonYears: e.currentTarget.value })}
          />
        </Field>
        {/* A percentage for the planner (the browser holds it to 0–100); the API takes a share. */}
        <Field
          id="opt-min-relevance"
          label="Minimum relevance (%)"
          error={err('minRelevance')}
          hint="Leave out credentials that fit less than this share of their occupations in a program; empty: no minimum. A credential without occupations counts as a full fit unless you tick the box below: the plan says so."
        >
          <input
            id="opt-min-relevance"
            type="number"
            min={0}
            max={100}
            step="any"
            placeholder="None"
            value={form.minRelevance}
            aria-invalid={err('minRelevance') ? 'true' : undefined}
            aria-describedby="opt-min-relevance-hint"
            onInput={(e) => set({ minRelevance: e.currentTarget.value })}
          />
        </Field>
        <label>
          <input
            type="checkbox"
            checked={form.requireKnownRelevance}
            onChange={(e) => set({ requireKnownRelevance: e.currentTarget.checked })}
          />{' '}
          Only credentials whose fit is known (leave out those without occupations, so the plan cannot prefer them for
          lacking data)
        </label>
        <fieldset>
          <legend>Risk</legend>
          <label>
            <input
              type="radio"
              name="risk"
              value="EXPECTED"
              checked={form.risk === 'EXPECTED'}
              onChange={() => set({ risk: 'EXPECTED' })}
            />{' '}
            Expected: the mean over draws
          </label>
          <label>
            <input
              type="radio"
              name="risk"
              value="CVAR_10"
              checked={form.risk === 'CVAR_10'}
              onChange={() => set({ risk: 'CVAR_10' })}
            />{' '}
            Cautious: the mean of the worst 10% of draws
          </label>
        </fieldset>
        <details>
          <summary>Scope and assumptions</summary>
          <Field
            id="opt-set"
            label="Assumption set"
            error={err('assumptionSetId')}
            hint="A calibrated set draws from what your own results say (see Calibrations)."
          >
            <select
              id="opt-set"
              aria-describedby="opt-set-hint"
              value={form.assumptionSetId}
              onChange={(e) => set({ assumptionSetId: e.currentTarget.value })}
            >
              <option value="">The default set</option>
              {(sets.data?.assumptionSets ?? []).map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name} ({humanize(s.kind)})
                </option>
              ))}
            </select>
          </Field>
          <fieldset>
            <legend>Requirements the plan may use</legend>
            {REQUIREMENTS.map((r) => (
              <label key={r}>
                <input
                  type="checkbox"
                  checked={form.requirements.includes(r)}
                  onChange={(e) => set({ requirements: toggle(form.requirements, r, e.currentTarget.checked) })}
                />{' '}
                {humanize(r)}
              </label>
            ))}
          </fieldset>
          <Field id="opt-max" label="Additions per program" error={err('maxAdditionsPerProgram')}>
            <select
              id="opt-max"
              value={form.maxAdditionsPerProgram}
              onChange={(e) => set({ maxAdditionsPerProgram: e.currentTarget.value })}
            >
              <option value="1">1</option>
              <option value="2">2</option>
              <option value="3">3</option>
            </select>
          </Field>
          <fieldset>
            <legend>Programs (none ticked: every active program)</legend>
            {(programs.data?.programs.nodes ?? []).map((p) => (
              <label key={p.id}>
                <input
                  type="checkbox"
                  checked={form.programIds.includes(p.id)}
                  onChange={(e) => set({ programIds: toggle(form.programIds, p.id, e.currentTarget.checked) })}
                />{' '}
                {p.code} {p.title}
              </label>
            ))}
          </fieldset>
          <Field id="opt-draws" label="Draws" error={err('draws')} hint="Draws the plan is chosen on; default 500.">
            <input
              id="opt-draws"
              type="number"
              min={1}
              max={100000}
              value={form.draws}
              onInput={(e) => set({ draws: e.currentTarget.value })}
            />
          </Field>
          <Field id="opt-seed" label="Seed" error={err('seed')}>
            <input
              id="opt-seed"
              type="number"
              min={0}
              value={form.seed}
              onInput={(e) => set({ seed: e.currentTarget.value })}
            />
          </Field>
        </details>
        <div class="actions">
          <button type="submit" disabled={op.running}>
            Optimize
          </button>
        </div>
      </form>
      <Busy running={op.running} elapsedMs={op.elapsedMs} onCancel={op.cancel} label="Searching the plans" />
      {op.cancelled && <p role="status">Cancelled{plan ? ': the previous plan is shown' : ''}.</p>}
      {op.error && (
        <ErrorAlert error={op.error} title={fieldErrors ? 'Check the highlighted fields.' : 'The optimizer failed.'} />
      )}
      {plan && submitted && (
        <Region label="Recommended portfolio" busy={op.running} stale={op.stale}>
          <PlanResult plan={plan} input={submitted} currency={currency} />
        </Region>
      )}
    </>
  );
}
