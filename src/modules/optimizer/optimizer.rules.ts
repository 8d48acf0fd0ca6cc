/** How a plan reads as a decision (docs/MODEL.md §16, "Reading a plan"): pure words from the optimiser's figures. */
import type { PlanDecision, PortfolioPlan } from '../../model/optimizer';

/**
 * Shown with every plan. The model sizes credentials and nets diversion, so it no longer rewards cheap credentials for
 * being offered; it still cannot judge what a credential teaches.
 */
export const PLAN_CAVEAT =
  'The model sizes each credential by its learning hours (a short module is a small offer, a second credential adds ' +
  'less than the first), scales its offer by how many of its occupations the program leads to (unknown counts as ' +
  'a full fit: see warnings), nets out entrants diverted from your other programs and caps entrants at capacity. ' +
  'Occupations are not a curriculum: it does not know what a credential teaches, so check each pick against the ' +
  'curriculum before adopting it.';

const amount = (v: number): string => Math.round(v).toLocaleString('en-US');

/** The objective in words, for the summary. */
const OBJECTIVE_WORDS: Record<PortfolioPlan['objective'], string> = {
  NEW_ENROLLMENTS: 'new enrollments',
  HEADCOUNT: 'headcount',
  COMPLETIONS: 'completions',
  TUITION_REVENUE: 'tuition revenue',
  NET_REVENUE: 'net revenue',
  CONTRIBUTION_MARGIN: 'contribution margin',
};

/** One sentence on how clearly the plan beats its closest alternative; `programCode` names the program it changes. */
export function decisionSummary(
  decision: PlanDecision,
  plan: Pick<PortfolioPlan, 'status' | 'value' | 'objective' | 'risk'>,
  programCode: string | null,
): string {
  if (decision.verdict === 'NO_ALTERNATIVE' || decision.shortfall == null || decision.alternative == null)
    return plan.status === 'INFEASIBLE'
      ? 'No plan meets the locks within the budget.'
      : 'No other plan fits the budget and the rules: this is the only one.';
  const what =
    decision.alternative.additions.length === 0
      ? `no change in ${programCode}`
      : `a different choice in ${programCode}`;
  const words = OBJECTIVE_WORDS[plan.objective];
  // The runner-up may gain more on the fresh draws the figures are measured on: the plan was chosen on others (and
  // under CVAR_10 on their worst tenth).
  const chosenOn =
    plan.risk === 'CVAR_10'
      ? 'in the worst 10% of the draws this plan was chosen on'
      : 'on the draws this plan was chosen on';
  const gap =
    decision.shortfall >= 0
      ? `its expected ${words} is ${amount(decision.shortfall)} lower`
      : `its expected ${words} is ${amount(-decision.shortfall)} higher on fresh draws, though lower ${chosenOn}`;
  const band = `this plan's own P10–P90 (${amount(plan.value.p10)} to ${amount(plan.value.p90)})`;
  return decision.verdict === 'TIE'
    ? `A tie, not a clear winner: the closest alternative is ${what}; ${gap}, which lies inside ${band}. ` +
        'Choose between them on academic grounds or on your own pilots.'
    : `A clear choice: the closest alternative is ${what}; ${gap}, below ${band}.`;
}
