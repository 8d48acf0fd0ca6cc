import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { JSDOM } from 'jsdom';
import { installDom, type TestDom } from './dom';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { ChartTable } from '../../../web/src/components/chart';
import { KeyForm } from '../../../web/src/components/key-form';
import { ErrorAlert, Field, fieldError } from '../../../web/src/components/error';
import { toApiError } from '../../../web/src/lib/errors';
import { fanChart } from '../../../web/src/charts/builders';
import { buildChanges } from '../../../web/src/views/what-if';
import { disagreements } from '../../../web/src/views/evidence';

let page: TestDom;
let dom: JSDOM;
let root: HTMLElement;

beforeAll(() => {
  page = installDom();
  ({ dom, root } = page);
});

afterAll(() => page.restore());

function mount(node: preact.ComponentChild) {
  void act(() => render(node, root));
  return root;
}

describe('ChartTable', () => {
  it('shows the chart numbers with a caption and headers, money in the currency', () => {
    const chart = fanChart(
      [
        { year: 1, baseline: 9_670_752, p10: 10_080_000, p50: 10_420_000, p90: 10_840_000 },
        { year: 2, baseline: 9_670_752, p10: 10_860_000, p50: 11_780_000, p90: 12_670_000 },
      ],
      'NET_REVENUE',
    );
    const el = mount(<ChartTable chart={chart} currency="EUR" />);
    expect(el.querySelector('caption')?.textContent).toBe('Net revenue by year: baseline, P10, P50 and P90');
    expect([...el.querySelectorAll('thead th')].map((th) => th.textContent)).toEqual([
      'Year',
      'Baseline',
      'P10',
      'P50',
      'P90',
    ]);
    const rows = [...el.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((c) => c.textContent));
    expect(rows).toHaveLength(2);
    expect(rows[0][0]).toBe('1');
    expect(rows[0][1]).toMatch(/9,670,752/);
    expect(rows[0][1]).toMatch(/€/);
    expect(rows[1][3]).toMatch(/11,780,000/);
  });
});

describe('KeyForm', () => {
  it('labels the field "API key" and shows why the key was refused', () => {
    const el = mount(<KeyForm reason="The API key has been revoked." onSubmit={() => undefined} />);
    const input = el.querySelector('input')!;
    const label = el.querySelector(`label[for="${input.id}"]`);
    expect(label?.textContent).toBe('API key');
    expect(input.type).toBe('password');
    const alert = el.querySelector('[role="alert"]');
    expect(alert?.textContent).toBe('The API key has been revoked.');
    expect(input.getAttribute('aria-describedby')).toBe(alert?.id);
  });

  it('asks for a key when the field is empty and submits a trimmed key', () => {
    const submitted: string[] = [];
    const el = mount(<KeyForm onSubmit={(k) => submitted.push(k)} />);
    const form = el.querySelector('form')!;
    void act(() => {
      form.dispatchEvent(new dom.window.Event('submit', { cancelable: true, bubbles: true }));
    });
    expect(el.querySelector('[role="alert"]')?.textContent).toBe('Enter an API key.');
    const input = el.querySelector('input')!;
    void act(() => {
      input.value = '  upl_abc  ';
      input.dispatchEvent(new dom.window.Event('input', { bubbles: true }));
    });
    void act(() => {
      form.dispatchEvent(new dom.window.Event('submit', { cancelable: true, bubbles: true }));
    });
    expect(submitted).toEqual(['upl_abc']);
  });
});

describe('errors next to their control', () => {
  const error = toApiError(200, {
    errors: [
      {
        message:
          '"Google Data Analytics Professional Certificate" is worth 12 US_CREDIT_HOUR here; 60 cannot be applied.',
        extensions: { code: 'BAD_USER_INPUT', field: 'input.changes.1.add.0.creditsApplied' },
      },
    ],
  });

  it('finds the message for the offending field only', () => {
    expect(fieldError(error, 'changes.1.add.0.creditsApplied')).toMatch(/60 cannot be applied/);
    expect(fieldError(error, 'changes.0.add.0.creditsApplied')).toBeUndefined();
    expect(fieldError(new Error('plain'), 'x')).toBeUndefined();
  });

  it('renders the field message as an alert under its label, and a banner with the code', () => {
    const el = mount(
      <div>
        <Field id="c" label="Credits applied" error={fieldError(error, 'changes.1.add.0.creditsApplied')}>
          <input id="c" />
        </Field>
        <ErrorAlert error={error} />
      </div>,
    );
    const alerts = [...el.querySelectorAll('[role="alert"]')].map((a) => a.textContent ?? '');
    expect(alerts).toHaveLength(2);
    expect(alerts[0]).toMatch(/^"Google Data Analytics.*60 cannot be applied\.$/);
    expect(alerts[1]).toMatch(/field: input\.changes\.1\.add\.0\.creditsApplied/);
    expect(el.querySelector('#c-error')?.textContent).toBe(alerts[0]);
  });
});

describe('buildChanges (what-if)', () => {
  it('groups the rows into one change per program and maps each row to its path', () => {
    const row = (key: number, programId: string, credentialId: string, creditsApplied: string, takeUpRate = '') => ({
      key,
      programId,
      credentialId,
      requirement: 'ELECTIVE' as const,
      creditsApplied,
      takeUpRate,
    });
    const { changes, paths } = buildChanges([
      row(1, 'P1', 'C1', '6'),
      row(2, 'P2', 'C1', '3', '0.4'),
      row(3, 'P1', 'C2', '0'),
      row(4, '', 'C3', '1'),
    ]);
    expect(changes).toEqual([
      {
        programId: 'P1',
        add: [
          { credentialId: 'C1', requirement: 'ELECTIVE', creditsApplied: 6 },
          { credentialId: 'C2', requirement: 'ELECTIVE', creditsApplied: 0 },
        ],
      },
      { programId: 'P2', add: [{ credentialId: 'C1', requirement: 'ELECTIVE', creditsApplied: 3, takeUpRate: 0.4 }] },
    ]);
    expect([...paths.entries()]).toEqual([
      [1, 'changes.0.add.0'],
      [2, 'changes.1.add.0'],
      [3, 'changes.0.add.1'],
    ]);
  });
});

describe('disagreements (evidence)', () => {
  const assumption = (parameter: string, low: number, mode: number, high: number, hasNoEvidence = false) => ({
    parameter,
    low,
    mode,
    high,
    hasNoEvidence,
    distribution: 'PERT',
    rationale: null,
    evidence: [],
  });
  const set = (name: string, kind: string, assumptions: ReturnType<typeof assumption>[]) =>
    ({ id: name, name, kind, assumptions }) as unknown as Parameters<typeof disagreements>[0][number];

  it('lists the parameters the global readings set differently', () => {
    const result = disagreements([
      set('Default', 'GLOBAL', [
        assumption('ENROLLMENT_RATIO', 1.7, 2.4, 2.4),
        assumption('ENGAGEMENT_RATIO', 1.5, 2, 2),
      ]),
      set('Inside Higher Ed reading', 'GLOBAL', [
        assumption('ENROLLMENT_RATIO', 1.7, 2.4, 2.4),
        assumption('ENGAGEMENT_RATIO', 1, 1.5, 2.5, true),
      ]),
      set('Mine', 'CUSTOM', [assumption('ENROLLMENT_RATIO', 1, 1, 1)]),
    ]);
    expect(result).toEqual([
      {
        parameter: 'ENGAGEMENT_RATIO',
        readings: [
          { set: 'Default', text: '1.5 / 2 / 2' },
          { set: 'Inside Higher Ed reading', text: '1 / 1.5 / 2.5 (no evidence)' },
        ],
      },
    ]);
  });
});
