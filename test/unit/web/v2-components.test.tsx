import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { installDom, type TestDom } from './dom';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { AssumptionsTable, EffectsNote } from '../../../web/src/components/assumptions';
import { ChartLegend } from '../../../web/src/components/chart';
import { NAV } from '../../../web/src/components/layout';
import { fanLegend } from '../../../web/src/charts/builders';
import { toCsv } from '../../../web/src/lib/csv';
import { chance, chanceText, effectChances, signed } from '../../../web/src/views/calibrations';
import { disagreements } from '../../../web/src/views/evidence';
import { ROW_COLUMNS } from '../../../web/src/views/scenario';
import { ScoresInWords, ScoresTable } from '../../../web/src/views/backtests';

let page: TestDom;
let root: HTMLElement;

beforeAll(() => {
  page = installDom();
  root = page.root;
});

afterAll(() => page.restore());

function mount(node: preact.ComponentChild) {
  void act(() => render(node, root));
  return root;
}

const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The sceptical default's first effect, a shared parameter, and a v1 one as an old set still shows it. */
const SCEPTICAL = [
  {
    parameter: 'ENROLLMENT_EFFECT',
    low: -0.251209835830568,
    mode: 0.04879016416943205,
    high: 0.3487901641694321,
    distribution: 'NORMAL',
    zeroMass: 0.5,
    rationale: 'A realised log odds ratio of enrolling.',
  },
  { parameter: 'ELECTIVE_TAKE_UP', low: 0.1, mode: 0.3, high: 0.6, distribution: 'PERT', zeroMass: 0, rationale: null },
  { parameter: 'ENROLLMENT_RATIO', low: 1.7, mode: 2.4, high: 2.4, distribution: 'PERT', zeroMass: 0, rationale: null },
];

describe('AssumptionsTable', () => {
  it('says the chance of no effect in words, names NORMAL, and shows the odds multiple of an effect', () => {
    const el = mount(<AssumptionsTable assumptions={SCEPTICAL} caption="Assumptions of the sceptical default" />);
    expect(text(el.querySelector('caption'))).toBe('Assumptions of the sceptical default');
    expect([...el.querySelectorAll('thead th')].map(text)).toEqual([
      'Assumption',
      'Low',
      'Mode',
      'High',
      'Distribution',
      'No effect',
    ]);
    const [effect, takeUp, v1] = [...el.querySelectorAll('tbody tr')];
    const cells = (tr: Element) => [...tr.children].map(text);
    expect(cells(effect)[0]).toBe('Enrollment effect (log odds ratio)A realised log odds ratio of enrolling.');
    expect(cells(effect)[1]).toMatch(/^−0\.251\s*odds ×0\.78$/);
    expect(cells(effect)[2]).toMatch(/^0\.049\s*odds ×1\.05$/);
    expect(cells(effect)[4]).toBe('Normal (cut off at low and high)');
    expect(cells(effect)[5]).toMatch(/^50% chance of no effect/);
    expect(cells(effect)[5]).toMatch(/so the point estimate is no change$/);
    expect(cells(takeUp)[2]).toBe('0.3');
    expect(cells(takeUp)[5]).toBe('—');
    expect(cells(v1)[0]).toBe('Enrollment ratio (v1, not applied)');
    expect(v1.getAttribute('class')).toBe('v1');
  });

  it('adds an evidence column when asked', () => {
    const el = mount(
      <AssumptionsTable
        assumptions={SCEPTICAL.slice(0, 1)}
        caption="x"
        evidence={(a) => `evidence of ${a.parameter}`}
      />,
    );
    expect([...el.querySelectorAll('thead th')].map(text).at(-1)).toBe('Evidence (the report figure it rests on)');
    expect(text(el.querySelector('tbody tr td:last-child'))).toBe('evidence of ENROLLMENT_EFFECT');
  });

  it('explains the effects above the table, and says nothing for a set without effects or v1 parameters', () => {
    const el = mount(<EffectsNote assumptions={SCEPTICAL} />);
    expect(text(el)).toMatch(/^The effects are realised log odds ratios: 0 is no effect, a negative value is harm/);
    expect(text(el)).toMatch(/One effect has at least an even chance of being exactly zero/);
    expect(text(el)).toMatch(/"v1, not applied" belong to the old model/);
    expect(text(mount(<EffectsNote assumptions={[SCEPTICAL[1]]} />))).toBe('');
  });
});

describe('disagreements (evidence), model v2', () => {
  it('tells the readings apart by their chance of no effect too', () => {
    const set = (name: string, zeroMass: number) =>
      ({
        id: name,
        name,
        kind: 'GLOBAL',
        assumptions: [{ ...SCEPTICAL[0], zeroMass, low: -0.25, mode: 0.05, high: 0.35, hasNoEvidence: false }],
      }) as unknown as Parameters<typeof disagreements>[0][number];
    expect(disagreements([set('Sceptical default', 0.5), set('As stated', 0)])).toEqual([
      {
        parameter: 'ENROLLMENT_EFFECT',
        readings: [
          { set: 'Sceptical default', text: '−0.25 / 0.05 / 0.35, 50% chance of no effect' },
          { set: 'As stated', text: '−0.25 / 0.05 / 0.35' },
        ],
      },
    ]);
  });
});

describe('ChartLegend', () => {
  it('lists the fan chart bands in words, each with a swatch hidden from screen readers', () => {
    const el = mount(<ChartLegend items={fanLegend(true)} label="How to read the charts" />);
    const list = el.querySelector('ul');
    expect(list?.getAttribute('aria-label')).toBe('How to read the charts');
    const items = [...el.querySelectorAll('li')];
    expect(items).toHaveLength(4);
    expect(text(items[0])).toBe('Darker band: 8 in 10 outcomes if the assumptions vary as stated (P10–P90).');
    expect(text(items[1])).toBe(
      "Lighter band: 8 in 10 years as they may actually be recorded, with your programs' own year-to-year ups and " +
        'downs (the prediction interval).',
    );
    expect(items.every((li) => li.querySelector('.swatch')?.getAttribute('aria-hidden') === 'true')).toBe(true);
    expect(items[3].querySelector('.swatch-dashed')).not.toBeNull();
  });
});

describe('the chances of an effect (calibration)', () => {
  it('puts the posterior beside the prior when the prior is known', () => {
    expect(chanceText(chance(0.62, 0.5))).toBe('62% (before: 50%)');
    expect(chanceText(chance(0.62, null))).toBe('62%');
    const chances = effectChances({
      probabilityNoEffect: 0.7,
      probabilityPositive: 0.21,
      priorProbabilityNoEffect: 0.5,
      priorProbabilityPositive: 0.34,
    });
    expect(chanceText(chances.anyEffect)).toBe('30% (before: 50%)');
    expect(chanceText(chances.helps)).toBe('21% (before: 34%)');
  });

  it('shows the posterior alone for a calibration made before model v2', () => {
    expect(
      effectChances({
        probabilityNoEffect: 0,
        probabilityPositive: 0.9,
        priorProbabilityNoEffect: null,
        priorProbabilityPositive: null,
      }),
    ).toEqual({ anyEffect: { after: '100%', before: null }, helps: { after: '90%', before: null } });
  });

  it('signs a log-odds value, but not one that rounds to zero', () => {
    expect(signed(0.0912)).toBe('+0.091');
    expect(signed(-0.089)).toBe('\u22120.089');
    expect(signed(-0.0001)).toBe('0');
  });
});

describe('the scores of a back-test', () => {
  const scores = [
    {
      metric: 'RETENTION_RATE',
      points: 28,
      coverage80: 0.75,
      crps: 0.0196,
      crpsPersistence: 0.028,
      crpsNoEffect: 0.0197,
    },
    { metric: 'NEW_ENROLLMENTS', points: 6, coverage80: 5 / 6, crps: 4.1, crpsPersistence: 9.7, crpsNoEffect: 4.3 },
  ];

  it('are said in words, entrants first', () => {
    const el = mount(<ScoresInWords scores={scores} />);
    const items = [...el.querySelectorAll('li')].map(text);
    expect(items[0]).toMatch(
      /^New enrollments\. The 80% forecast interval held 5 of 6 actual entrant counts \(83%; about 80% is right\)\. Forecasts scored 4\.1 entrants \(CRPS\) against 9\.7 for carrying the last year forward and 4\.3 for a model with no credential effect\./,
    );
    expect(items[1]).toMatch(/^Retention rate\. The 80% forecast interval held 21 of 28 actual retention rates/);
  });

  it('are tabulated with the two comparisons', () => {
    const el = mount(<ScoresTable scores={scores} />);
    expect(text(el.querySelector('caption'))).toBe('Scores per metric (CRPS: lower is better)');
    const rows = [...el.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map(text));
    expect(rows[0]).toEqual(['New enrollments', '6', '5 of 6 (83%)', '4.1 entrants', '9.7 entrants', '4.3 entrants']);
    expect(rows[1][3]).toBe('2.0 percentage points');
  });
});

describe('the scenario rows as CSV', () => {
  it('include the prediction interval', () => {
    const row = {
      programId: null,
      program: null,
      year: 1,
      metric: 'NEW_ENROLLMENTS' as const,
      baseline: 141,
      pointEstimate: 141,
      mean: 141.6,
      p10: 139.9,
      p50: 141,
      p90: 144.5,
      predictionP10: 123.4,
      predictionP90: 159.9,
    };
    const csv = toCsv([row], ROW_COLUMNS).split('\r\n');
    expect(csv[0]).toBe(
      'programId,programCode,programTitle,year,metric,baseline,pointEstimate,mean,p10,p50,p90,predictionP10,predictionP90',
    );
    expect(csv[1]).toBe(',ALL,All programs,1,NEW_ENROLLMENTS,141,141,141.6,139.9,141,144.5,123.4,159.9');
  });
});

describe('the navigation', () => {
  it('has Back-tests after Calibrations', () => {
    const paths = NAV.map((n) => n.path);
    expect(paths.indexOf('backtests')).toBe(paths.indexOf('calibrations') + 1);
    expect(NAV.find((n) => n.path === 'backtests')?.label).toBe('Back-tests');
  });
});
