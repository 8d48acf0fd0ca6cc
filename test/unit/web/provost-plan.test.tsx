/**
 * The dashboard after "a plan a provost would sign" (issue 18): the contribution margin as the default outcome,
 * a credential's size as an offer in the what-if, a program's capacity, aid and teaching cost, and an optimizer plan
 * that reads as a decision.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import type { PortfolioPlanFieldsFragment } from '../../../schema/client/graphql';
import { installDom, type TestDom } from './dom';
import { ViewerContext, type AppViewer, type Institution } from '../../../web/src/lib/app-context';
import { parseHash } from '../../../web/src/lib/router';
import { formatMetricValue, formatSignedDelta, metricKind, metricLabel } from '../../../web/src/lib/format';
import { DEFAULT_OUTCOME, OUTCOMES } from '../../../web/src/components/projection';
import { planValueChart } from '../../../web/src/charts/planner';
import WhatIf, { OfferSize, SMALL_OFFER_TEXT } from '../../../web/src/views/what-if';
import OptimizeView, { OBJECTIVES, PlanStatus } from '../../../web/src/views/optimize';
import Compare from '../../../web/src/views/compare';
import { ProgramMoneyRows } from '../../../web/src/views/program';

// The views preload Plot (an ES module jest cannot require); nothing here draws a chart.
jest.mock('@observablehq/plot', () => ({}));

let page: TestDom;
let root: HTMLElement;
const realFetch = globalThis.fetch;

beforeAll(() => {
  page = installDom();
  root = page.root;
});

afterEach(async () => {
  await act(() => render(null, root));
  globalThis.fetch = realFetch;
});

afterAll(() => page.restore());

const flush = () => new Promise((r) => setTimeout(r, 0));
const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** A fetch that holds every request until told to answer it; each request remembers its operation and variables. */
function controllableFetch() {
  const pending: { operation: string; variables: Record<string, unknown>; resolve: (body: unknown) => void }[] = [];
  const fetchImpl = (_url: string, init: RequestInit) =>
    new Promise<Response>((resolve, reject) => {
      const body = JSON.parse(init.body as string) as { query: string; variables: Record<string, unknown> };
      const operation = /(?:query|mutation) (\w+)/.exec(body.query)?.[1] ?? '?';
      init.signal?.addEventListener('abort', () => {
        const e = new Error('aborted');
        e.name = 'AbortError';
        reject(e);
      });
      pending.push({
        operation,
        variables: body.variables,
        resolve: (answer: unknown) => resolve(new Response(JSON.stringify(answer), { status: 200 })),
      });
    });
  globalThis.fetch = fetchImpl as unknown as typeof fetch;
  const take = (operation: string) => {
    const i = pending.findIndex((p) => p.operation === operation);
    expect(i).toBeGreaterThanOrEqual(0);
    return pending.splice(i, 1)[0];
  };
  return { pending, take };
}

const planner: AppViewer = {
  role: 'PLANNER',
  institution: { creditUnit: 'US_CREDIT_HOUR', maxEmbeddedCreditShare: 0.25 } as unknown as Institution,
  currency: 'USD',
  canWrite: true,
  signOut: () => undefined,
};

async function mount(node: preact.ComponentChild) {
  await act(async () => {
    render(<ViewerContext.Provider value={planner}>{node}</ViewerContext.Provider>, root);
    await flush();
  });
}

function fire(el: HTMLInputElement | HTMLSelectElement, type: 'input' | 'change', value: string) {
  el.value = value;
  el.dispatchEvent(new page.dom.window.Event(type, { bubbles: true }));
}

describe('the contribution margin is the default outcome', () => {
  it('is money, labelled "Contribution margin"', () => {
    expect(metricKind('CONTRIBUTION_MARGIN')).toBe('money');
    expect(metricLabel('CONTRIBUTION_MARGIN')).toBe('Contribution margin');
    expect(formatMetricValue(1_234_567.8, 'CONTRIBUTION_MARGIN', { currency: 'USD', locale: 'en-US' })).toBe(
      '$1,234,568',
    );
    expect(formatSignedDelta(-42_000, metricKind('CONTRIBUTION_MARGIN'), { currency: 'EUR', locale: 'en-IE' })).toBe(
      '\u2212€42,000',
    );
    expect(planValueChart({ mean: 2, p10: 1, p50: 2, p90: 3 }, 1, 'CONTRIBUTION_MARGIN').table.formats).toEqual([
      'text',
      'money',
      'money',
      'money',
      'money',
    ]);
  });

  it('comes first among the outcomes and the objectives, with net revenue still there', () => {
    expect(DEFAULT_OUTCOME).toBe('CONTRIBUTION_MARGIN');
    expect(OUTCOMES[0]).toBe('CONTRIBUTION_MARGIN');
    expect(OUTCOMES).toContain('NET_REVENUE');
    expect(OBJECTIVES[0]).toBe('CONTRIBUTION_MARGIN');
    expect(OBJECTIVES).toContain('NET_REVENUE');
  });

  it('is the optimizer’s objective unless chosen otherwise, with a hint that net revenue is before aid and teaching', async () => {
    controllableFetch();
    await mount(<OptimizeView route={parseHash('#/optimize')} />);
    const objective = root.querySelector<HTMLSelectElement>('#opt-objective')!;
    expect(objective.value).toBe('CONTRIBUTION_MARGIN');
    expect(text(objective.options[0])).toBe('Contribution margin');
    expect([...objective.options].map((o) => o.value)).toContain('NET_REVENUE');
    expect(objective.getAttribute('aria-describedby')).toBe('opt-objective-hint');
    expect(text(root.querySelector('#opt-objective-hint'))).toMatch(
      /^Net revenue is tuition before institutional aid and the cost of teaching/,
    );
  });

  it('is the comparison’s outcome when the address names none', async () => {
    const { take } = controllableFetch();
    await mount(<Compare route={parseHash('#/compare')} />);
    take('Scenarios');
    const outcome = root.querySelector<HTMLSelectElement>('#compare-metric')!;
    expect(outcome.value).toBe('CONTRIBUTION_MARGIN');
    expect(outcome.getAttribute('aria-describedby')).toBe('compare-metric-hint');
    expect(text(root.querySelector('#compare-metric-hint'))).toMatch(/before institutional aid/);
  });
});

describe("a credential's size as an offer (what-if)", () => {
  it('shows the learning hours, and a "small offer" tag with its reason when the API says it is small', () => {
    void act(() => render(<OfferSize offer={{ creditsApplied: 3, hours: 135, small: false }} />, root));
    expect(text(root)).toBe('135 learning hours');
    expect(root.querySelector('.small-offer')).toBeNull();

    void act(() => render(<OfferSize offer={{ creditsApplied: 0, hours: 1.5, small: true }} />, root));
    const tag = root.querySelector('.small-offer')!;
    expect(tag.getAttribute('title')).toBe(SMALL_OFFER_TEXT);
    expect(SMALL_OFFER_TEXT).toBe(
      "A short credential is a small offer to prospects: under the model its effect on entrants is a small fraction of a certificate's.",
    );
    expect(text(tag)).toBe(`small offer: ${SMALL_OFFER_TEXT}`);
    expect(tag.querySelector('.visually-hidden')).not.toBeNull();
    expect(text(root)).toMatch(/^1\.5 learning hours small offer/);
  });

  it('reads the whole-value offer from the catalog, and asks the API only for other credits', async () => {
    const { pending, take } = controllableFetch();
    // The credential's fit in the program is asked for too (relevance.test.tsx); here only the offer's requests count.
    const offerRequests = (ps: typeof pending) => ps.map((p) => p.operation).filter((o) => o !== 'CredentialFit');
    await mount(<WhatIf route={parseHash('#/what-if')} />);
    const catalog = take('CredentialCatalog');
    expect(catalog.variables).toMatchObject({ first: 100 });
    await act(async () => {
      take('ProgramsWithCredentials').resolve({
        data: {
          programs: {
            totalCount: 1,
            pageInfo: { hasNextPage: false, endCursor: null },
            nodes: [
              {
                id: 'P1',
                code: 'BA-PSY',
                title: 'Psychology',
                totalCredits: 120,
                embeddedCredits: 0,
                embeddedCredentials: [],
              },
            ],
          },
        },
      });
      catalog.resolve({
        data: {
          credentials: {
            totalCount: 2,
            pageInfo: { hasNextPage: false, endCursor: null },
            nodes: [
              {
                id: 'C1',
                title: 'Google Data Analytics Professional Certificate',
                creditBearing: true,
                creditValue: 12,
                creditUnit: 'US_CREDIT_HOUR',
                programs: [],
                offer: { creditsApplied: 12, hours: 540, small: false },
              },
              {
                id: 'C2',
                title: 'Data Security Awareness – Level 1',
                creditBearing: false,
                creditValue: null,
                creditUnit: null,
                programs: [],
                offer: { creditsApplied: 0, hours: 1.5, small: true },
              },
            ],
          },
        },
      });
      take('AssumptionSets').resolve({ data: { assumptionSets: [] } });
      await flush();
      await flush();
    });

    await act(async () => {
      fire(root.querySelector<HTMLSelectElement>('select[id$="-program"]')!, 'change', 'P1');
      await flush();
    });
    const credential = root.querySelector<HTMLSelectElement>('select[id$="-credential"]')!;
    await act(async () => {
      fire(credential, 'change', 'C1');
      await flush();
    });
    const hint = () => root.querySelector(`#${credential.id}-hint`);
    const credits = root.querySelector<HTMLInputElement>('input[id$="-credits"]')!;
    // Its whole value: the catalog's offer, no further request.
    expect(credits.value).toBe('12');
    expect(text(hint())).toBe('540 learning hours');
    expect(credential.getAttribute('aria-describedby')).toBe(`${credential.id}-hint`);
    expect(offerRequests(pending)).toEqual([]);

    // Fewer credits: the API sizes the offer for them (one request), and nothing is shown until it answers.
    await act(async () => {
      fire(credits, 'input', '6');
      await flush();
    });
    const sized = take('Credential');
    expect(sized.variables).toEqual({ id: 'C1', creditsApplied: 6 });
    expect(text(hint())).toBe('');
    await act(async () => {
      sized.resolve({
        data: {
          credential: {
            id: 'C1',
            title: 'Google Data Analytics Professional Certificate',
            programs: [],
            offer: { creditsApplied: 6, hours: 270, small: false },
          },
        },
      });
      await flush();
      await flush();
    });
    expect(text(hint())).toBe('270 learning hours');

    // A 1.5-hour badge: a small offer, from the catalog.
    await act(async () => {
      fire(credential, 'change', 'C2');
      await flush();
    });
    expect(credits.value).toBe('0');
    expect(text(hint())).toMatch(/^1\.5 learning hours small offer/);
    expect(hint()?.querySelector('.small-offer')?.getAttribute('title')).toBe(SMALL_OFFER_TEXT);
    expect(offerRequests(pending)).toEqual([]);
  });
});

describe("a program's capacity, aid and teaching cost", () => {
  const rows = async (program: Parameters<typeof ProgramMoneyRows>[0]['program'], currency = 'USD') => {
    await act(() =>
      render(
        <table>
          <tbody>
            <ProgramMoneyRows program={program} currency={currency} />
          </tbody>
        </table>,
        root,
      ),
    );
    return [...root.querySelectorAll('tr')].map((tr) => `${text(tr.children[0])}: ${text(tr.children[1])}`);
  };

  it('shows them with the baseline, money in the currency', async () => {
    await expect(rows({ capacity: 260, discountRate: 0.35, instructionalCostPerCredit: 310 })).resolves.toEqual([
      'Capacity: 260 entrants a year',
      'Institutional aid: 35% of tuition',
      'Teaching cost: $310 per credit',
    ]);
    await expect(rows({ capacity: null, discountRate: 0, instructionalCostPerCredit: 212.5 }, 'EUR')).resolves.toEqual([
      'Capacity: No capacity limit',
      'Institutional aid: 0% of tuition',
      'Teaching cost: €212.50 per credit',
    ]);
  });
});

describe('an optimizer plan reads as a decision', () => {
  const plan = (status: string, verdict: string, summary: string) =>
    ({
      status,
      gap: status === 'FEASIBLE' ? 0.0012 : null,
      minimumCost: null,
      decision: { verdict, summary, shortfall: null, program: null, alternative: null },
    }) as unknown as PortfolioPlanFieldsFragment;
  const show = (p: PortfolioPlanFieldsFragment) => {
    void act(() => render(<PlanStatus plan={p} currency="USD" />, root));
    return [...root.querySelectorAll('p')].map(text);
  };

  it('puts "Tie" and the summary beside a proven-best status', () => {
    const tie =
      'A tie, not a clear winner: the closest alternative is no change in BA-PSY; its expected CONTRIBUTION_MARGIN is ' +
      "12,000 lower, which lies inside this plan's own P10–P90 (1 to 2).";
    expect(show(plan('OPTIMAL', 'TIE', tie))).toEqual([
      'Optimal. Proven best for the criterion on the draws it was chosen on.',
      `Tie ${tie}`,
    ]);
    expect(root.querySelector('.verdict-tie .badge')?.textContent).toBe('Tie');
  });

  it('puts "Clear choice" beside it when the alternative falls below the plan’s P10', () => {
    const clear = 'A clear choice: the closest alternative is a different choice in BS-NUR; …';
    expect(show(plan('OPTIMAL', 'CLEAR', clear))).toEqual([
      'Optimal. Proven best for the criterion on the draws it was chosen on.',
      `Clear choice ${clear}`,
    ]);
    expect(show(plan('FEASIBLE', 'NO_ALTERNATIVE', 'No other plan fits the budget and the rules.'))[1]).toBe(
      'No alternative No other plan fits the budget and the rules.',
    );
  });

  it('says nothing more for an infeasible plan than its status', () => {
    expect(show(plan('INFEASIBLE', 'NO_ALTERNATIVE', 'No plan meets the locks within the budget.'))).toEqual([
      'Infeasible. No plan meets the locks within the budget; the plan is no change.',
    ]);
  });
});
