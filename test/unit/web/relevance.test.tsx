/**
 * Labour-market relevance on the dashboard (issue 19): a credential's occupations on #/credentials, its fit in the
 * what-if and in each plan row, and what a projection or a plan assumed for want of occupations.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import type { PortfolioPlanFieldsFragment } from '../../../schema/client/graphql';
import { installDom, type TestDom } from './dom';
import { ViewerContext, type AppViewer, type Institution } from '../../../web/src/lib/app-context';
import { parseHash } from '../../../web/src/lib/router';
import { CredentialOccupations } from '../../../web/src/components/occupations';
import { FitSummary, ModelWarnings, ProjectionRelevance } from '../../../web/src/components/relevance';
import Credentials from '../../../web/src/views/credentials';
import WhatIf from '../../../web/src/views/what-if';
import OptimizeView, { PlanTable } from '../../../web/src/views/optimize';

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

interface Pending {
  operation: string;
  variables: Record<string, unknown>;
  resolve: (body: unknown) => void;
}

/** A fetch that holds every request until answered; each remembers its operation and variables. */
function controllableFetch() {
  const pending: Pending[] = [];
  globalThis.fetch = ((_url: string, init: RequestInit) =>
    new Promise<Response>((resolve) => {
      const body = JSON.parse(init.body as string) as { query: string; variables: Record<string, unknown> };
      pending.push({
        operation: /(?:query|mutation) (\w+)/.exec(body.query)?.[1] ?? '?',
        variables: body.variables,
        resolve: (answer: unknown) => resolve(new Response(JSON.stringify(answer), { status: 200 })),
      });
    })) as unknown as typeof fetch;
  const take = (operation: string): Pending => {
    const i = pending.findIndex((p) => p.operation === operation);
    if (i < 0) throw new Error(`no pending ${operation} (pending: ${pending.map((p) => p.operation).join(', ')})`);
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

async function answer(p: Pending, data: unknown) {
  await act(async () => {
    p.resolve({ data });
    await flush();
    await flush();
  });
}

function fire(el: HTMLInputElement | HTMLSelectElement, type: 'input' | 'change', value: string) {
  el.value = value;
  el.dispatchEvent(new page.dom.window.Event(type, { bubbles: true }));
}

const analysts = {
  id: 'O1',
  code: '13-1111',
  title: 'Management analysts',
  employment: 1075.4,
  projectedGrowth: 0.094,
  annualOpenings: 98.1,
  medianWage: 101190,
};
const scientists = {
  id: 'O2',
  code: '15-2051',
  title: 'Data scientists',
  employment: 245.9,
  projectedGrowth: -0.05,
  annualOpenings: null,
  medianWage: null,
};

const catalog = {
  credentials: {
    totalCount: 2,
    pageInfo: { hasNextPage: false, endCursor: null },
    nodes: [
      {
        id: 'C1',
        title: 'Google Data Analytics Professional Certificate',
        issuer: 'Google',
        category: 'Data',
        url: null,
        creditBearing: true,
        creditValue: 12,
        creditUnit: 'US_CREDIT_HOUR',
        creditRecognition: 'ACE_RECOMMENDED',
        costPerLearner: 294,
        setupCost: 5000,
        programs: [],
        offer: { creditsApplied: 12, hours: 540, small: false },
        occupations: [analysts, scientists],
      },
      {
        id: 'C2',
        title: 'Google AI Essentials',
        issuer: 'Google',
        category: 'AI',
        url: null,
        creditBearing: false,
        creditValue: null,
        creditUnit: null,
        creditRecognition: 'NONE',
        costPerLearner: 49,
        setupCost: 0,
        programs: [],
        offer: { creditsApplied: 0, hours: 10, small: true },
        occupations: [],
      },
    ],
  },
};

describe("a credential's occupations (#/credentials)", () => {
  it('lists each with its SOC code, growth, openings and median wage, as the program page has them', async () => {
    await act(() =>
      render(<CredentialOccupations title="Google Data Analytics" occupations={[analysts, scientists]} />, root),
    );
    expect(text(root.querySelector('summary'))).toBe('2 occupations of Google Data Analytics');
    const items = [...root.querySelectorAll('li')].map(text);
    expect(items).toEqual([
      'Management analysts (13-1111)growth to 2034 9.4% · 98.1 thousand openings a year · median wage $101,190',
      'Data scientists (15-2051)growth to 2034 \u22125%',
    ]);
  });

  it('says "No occupations: relevance unknown" when there are none', async () => {
    await act(() => render(<CredentialOccupations title="X" occupations={[]} />, root));
    expect(text(root)).toBe('No occupations: relevance unknown');
    expect(root.querySelector('details')).toBeNull();
  });

  it('shows them in the catalog, one cell per credential', async () => {
    const { take } = controllableFetch();
    await mount(<Credentials route={parseHash('#/credentials')} />);
    // The categories (first 100) and the page: the same query, both answered from the same catalog.
    await answer(take('CredentialCatalog'), catalog);
    await answer(take('CredentialCatalog'), catalog);
    const table = root.querySelector('table')!;
    const headers = [...table.querySelectorAll('thead th')].map(text);
    expect(headers.at(-1)).toBe('Occupations');
    const cells = [...table.querySelectorAll('tbody tr')].map((tr) => text(tr.lastElementChild));
    expect(cells[0]).toMatch(
      /^2 occupations of Google Data Analytics Professional CertificateManagement analysts \(13-1111\)growth/,
    );
    expect(cells[0]).toContain('Data scientists (15-2051)');
    expect(cells[1]).toBe('No occupations: relevance unknown');
  });
});

describe('a fit in words', () => {
  it('is the API’s summary, capitalised at the start of a cell, muted when unknown', async () => {
    await act(() =>
      render(<FitSummary fit={{ summary: 'fits 2 of its 3 occupations', relevanceKnown: true }} start />, root),
    );
    expect(text(root)).toBe('Fits 2 of its 3 occupations');
    expect(root.querySelector('.fit-unknown')).toBeNull();
    const unknown = 'relevance unknown: the credential is aligned to no occupation, so it counts as fully relevant';
    await act(() => render(<FitSummary fit={{ summary: unknown, relevanceKnown: false }} />, root));
    expect(text(root)).toBe(unknown);
    expect(root.querySelector('.fit-unknown.muted')).not.toBeNull();
  });
});

const warning = (title: string, code = 'BS-CS') => ({
  code: 'RELEVANCE_UNKNOWN' as const,
  programId: 'P1',
  credentialId: 'C2',
  message: `"${title}" in ${code}: relevance unknown: the credential is aligned to no occupation, so it counts as fully relevant.`,
});

describe('what a projection or a plan assumed for want of data', () => {
  it('says nothing when nothing was assumed', async () => {
    await act(() => render(<ModelWarnings warnings={[]} />, root));
    expect(root.innerHTML).toBe('');
  });

  it('lists the messages in a note, folded behind their count when more than three', async () => {
    await act(() => render(<ModelWarnings warnings={[warning('Google AI Essentials')]} />, root));
    const note = root.querySelector('[role="note"]')!;
    expect(note.getAttribute('aria-label')).toBe('Assumed for want of data');
    expect([...note.querySelectorAll('li')].map(text)).toEqual([warning('Google AI Essentials').message]);
    expect(text(note)).toMatch(/once the credential has occupations and the program a CIP code/);
    expect(note.querySelector('details')).toBeNull();

    const many = ['A', 'B', 'C', 'D'].map((t) => warning(t));
    await act(() => render(<ModelWarnings warnings={many} />, root));
    expect(text(root.querySelector('[role="note"] summary'))).toBe('The 4 assumptions');
    expect(root.querySelectorAll('[role="note"] details li')).toHaveLength(4);
  });

  it('names each credential of a projection with its program and its fit, as the fit names them', async () => {
    const fitRow = (credentialId: string, title: string, summary: string, relevanceKnown = true) => ({
      programId: 'P1',
      credentialId,
      program: { id: 'P1', code: 'BS-CS' },
      credential: { id: credentialId, title },
      summary,
      relevanceKnown,
    });
    await act(() =>
      render(
        <ProjectionRelevance
          relevance={[
            fitRow('C1', 'Google Data Analytics Professional Certificate', 'fits 1 of its 3 occupations'),
            fitRow('C9', 'IBM Generative AI Engineering', 'fits both of its occupations'),
          ]}
          warnings={[]}
        />,
        root,
      ),
    );
    expect(root.querySelector('[role="note"]')).toBeNull();
    const rows = [...root.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map(text));
    expect(rows).toEqual([
      ['Google Data Analytics Professional Certificate', 'BS-CS', 'Fits 1 of its 3 occupations'],
      ['IBM Generative AI Engineering', 'BS-CS', 'Fits both of its occupations'],
    ]);
  });
});

describe('the what-if', () => {
  const programs = {
    programs: {
      totalCount: 2,
      pageInfo: { hasNextPage: false, endCursor: null },
      nodes: [
        {
          id: 'P1',
          code: 'BS-CS',
          title: 'Computer Science',
          totalCredits: 120,
          embeddedCredits: 3,
          embeddedCredentials: [{ id: 'E1', credential: { id: 'C7', title: 'AWS Certified Cloud Practitioner' } }],
        },
        {
          id: 'P2',
          code: 'BA-PSY',
          title: 'Psychology',
          totalCredits: 120,
          embeddedCredits: 0,
          embeddedCredentials: [],
        },
      ],
    },
  };
  const fitOf = (programId: string, summary: string, relevanceKnown = true) => ({
    credential: {
      id: 'C1',
      fitIn: {
        programId,
        credentialId: 'C1',
        program: { id: programId, code: programId === 'P1' ? 'BS-CS' : 'BA-PSY' },
        credential: { id: 'C1', title: 'Google Data Analytics Professional Certificate' },
        relevance: 0.5,
        relevanceKnown,
        matchedOccupations: 1,
        credentialOccupations: 2,
        programOccupations: 13,
        summary,
      },
    },
  });

  it("shows the chosen credential's fit in the chosen program, and the preview's relevance and warnings", async () => {
    const { pending, take } = controllableFetch();
    await mount(<WhatIf route={parseHash('#/what-if')} />);
    await answer(take('ProgramsWithCredentials'), programs);
    await answer(take('CredentialCatalog'), catalog);
    await answer(take('AssumptionSets'), { assumptionSets: [] });

    const program = root.querySelector<HTMLSelectElement>('select[id$="-program"]')!;
    const credential = root.querySelector<HTMLSelectElement>('select[id$="-credential"]')!;
    const hint = () => root.querySelector(`#${credential.id}-hint`);
    // A credential without a program: its offer, no fit to ask for.
    await act(async () => {
      fire(credential, 'change', 'C1');
      await flush();
    });
    expect(pending.map((p) => p.operation)).toEqual([]);
    expect(text(hint())).toBe('540 learning hours');

    await act(async () => {
      fire(program, 'change', 'P1');
      await flush();
    });
    const first = take('CredentialFit');
    expect(first.variables).toEqual({ id: 'C1', programId: 'P1' });
    expect(hint()?.querySelector('.row-fit')).toBeNull();

    // Another program before the first answer: only the answer for the pair now chosen is shown.
    await act(async () => {
      fire(program, 'change', 'P2');
      await flush();
    });
    const second = take('CredentialFit');
    expect(second.variables).toEqual({ id: 'C1', programId: 'P2' });
    await answer(first, fitOf('P1', 'fits 1 of its 2 occupations'));
    expect(hint()?.querySelector('.row-fit')).toBeNull();
    await answer(second, fitOf('P2', 'fits none of its 2 occupations'));
    expect(text(hint()?.querySelector('.row-fit'))).toBe('In BA-PSY: fits none of its 2 occupations');
    expect(text(hint())).toMatch(/^540 learning hours In BA-PSY: fits none/);

    // The preview: its warnings in a note and each credential's fit, named from the lists already loaded.
    await act(async () => {
      fire(program, 'change', 'P1');
      await flush();
    });
    await answer(take('CredentialFit'), fitOf('P1', 'fits 1 of its 2 occupations'));
    await act(async () => {
      root.querySelector<HTMLFormElement>('form[aria-label="What-if"]')!.requestSubmit();
      await flush();
    });
    const preview = take('PreviewUplift');
    await answer(preview, {
      previewUplift: {
        horizonYears: 5,
        draws: 2000,
        seed: 1,
        inputHash: 'abcdef0123456789',
        conversion: 'LOG_ODDS',
        rows: [],
        relevance: [
          {
            ...fitOf('P1', 'relevance unknown: …', false).credential.fitIn,
            credentialId: 'C7',
            credential: { id: 'C7', title: 'AWS Certified Cloud Practitioner' },
          },
          fitOf('P1', 'fits 1 of its 2 occupations').credential.fitIn,
        ],
        warnings: [warning('AWS Certified Cloud Practitioner')],
      },
    });
    const result = root.querySelector('[aria-label="Preview result"]')!;
    expect([...result.querySelectorAll('[role="note"] li')].map(text)).toEqual([
      warning('AWS Certified Cloud Practitioner').message,
    ]);
    const rows = [...result.querySelectorAll('details tbody tr')].map((tr) => [...tr.children].map(text));
    expect(rows).toEqual([
      ['AWS Certified Cloud Practitioner', 'BS-CS', 'Relevance unknown: …'],
      ['Google Data Analytics Professional Certificate', 'BS-CS', 'Fits 1 of its 2 occupations'],
    ]);
  });
});

describe('the optimizer', () => {
  it('sends the minimum relevance as a share, none when empty, and never a percentage out of range', async () => {
    const { pending, take } = controllableFetch();
    await mount(<OptimizeView route={parseHash('#/optimize')} />);
    const form = root.querySelector<HTMLFormElement>('form')!;
    const field = root.querySelector<HTMLInputElement>('#opt-min-relevance')!;
    expect(text(root.querySelector('label[for="opt-min-relevance"]'))).toBe('Minimum relevance (%)');
    expect(field.value).toBe('');
    const submit = async () =>
      act(async () => {
        form.requestSubmit();
        await flush();
      });

    await submit();
    expect(take('OptimizePortfolio').variables.input).not.toHaveProperty('minRelevance');

    await act(async () => {
      fire(field, 'input', '50');
      await flush();
    });
    await submit();
    expect(take('OptimizePortfolio').variables.input).toMatchObject({ minRelevance: 0.5 });

    // Unknown fits count as full unless the planner asks for known ones only.
    expect(pending.filter((p) => p.operation === 'OptimizePortfolio')).toEqual([]);
    const known = [...root.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')].find((b) =>
      /Only credentials whose fit is known/.test(text(b.parentElement)),
    )!;
    expect(known.checked).toBe(false);
    await act(async () => {
      known.checked = true;
      known.dispatchEvent(new Event('change', { bubbles: true }));
      await flush();
    });
    await submit();
    expect(take('OptimizePortfolio').variables.input).toMatchObject({ minRelevance: 0.5, requireKnownRelevance: true });

    await act(async () => {
      fire(field, 'input', '150');
      await flush();
    });
    await submit();
    // The browser holds the field to 0–100: nothing is sent.
    expect(field.validity.rangeOverflow).toBe(true);
    expect(pending.filter((p) => p.operation === 'OptimizePortfolio')).toEqual([]);
  });

  it("shows each addition's fit in its row, and the plan's warnings below the table", async () => {
    const addition = (programId: string, code: string, credentialId: string, title: string, summary: string) => ({
      program: { id: programId, code, title: code },
      credential: { id: credentialId, title, creditBearing: true, costPerLearner: 1, setupCost: 1 },
      requirement: 'ELECTIVE',
      creditsApplied: 3,
      cost: 1000,
      objectiveGain: 5000,
      relevance: 1,
      fit: {
        programId,
        credentialId,
        program: { id: programId, code },
        credential: { id: credentialId, title },
        summary,
        relevanceKnown: !summary.startsWith('relevance unknown'),
      },
    });
    const plan = {
      objective: 'CONTRIBUTION_MARGIN',
      additions: [
        addition('P1', 'BS-CS', 'C1', 'Google Data Analytics', 'fits 1 of its 3 occupations'),
        addition('P2', 'MBA', 'C2', 'Google AI Essentials', 'relevance unknown: the credential is aligned to …'),
      ],
      warnings: [warning('Google AI Essentials', 'MBA')],
    } as unknown as PortfolioPlanFieldsFragment;
    await act(() => render(<PlanTable plan={plan} currency="USD" />, root));
    const table = root.querySelector('table')!;
    expect(text(table.querySelector('thead tr')?.lastElementChild)).toBe('Relevance');
    expect([...table.querySelectorAll('tbody tr')].map((tr) => text(tr.lastElementChild))).toEqual([
      'Fits 1 of its 3 occupations',
      'Relevance unknown: the credential is aligned to …',
    ]);
    expect(text(root.querySelector('[role="note"] li'))).toBe(warning('Google AI Essentials', 'MBA').message);
  });
});
