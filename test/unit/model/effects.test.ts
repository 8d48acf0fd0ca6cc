/**
 * Model v2's effects at and below zero: an effect of exactly 0 is no effect at all (the ratio is exactly 1), so a
 * model with every effect 0 reproduces the baseline whatever the scenario; a negative effect is harm.
 */
import fc from 'fast-check';
import { projectProgram } from '../../../src/model';
import type { EmbeddingTerms, OutcomeMetric, ParameterValues, ProgramModelInput } from '../../../src/model';
import { MAX_ABS_EFFECT } from '../../../src/model/assumptions';
import { DEFAULT_MODES, embedding, embeddingArb, paramsArb, program, programArb } from './fixtures';

const HORIZON = 6;
const conversionArb = fc.constantFrom('ODDS' as const, 'RISK_CAPPED' as const);
const NO_EFFECT = { ENROLLMENT_EFFECT: 0, ENGAGEMENT_EFFECT: 0, RETENTION_EFFECT: 0 };
const COUNTS_AND_RATES: OutcomeMetric[] = [
  'NEW_ENROLLMENTS',
  'HEADCOUNT',
  'ENGAGEMENT_RATE',
  'RETENTION_RATE',
  'COMPLETIONS',
];

/** RISK_CAPPED caps at 0.99 even at R = 1 (uplift.ts), so "no effect" is exact below the cap only. */
function belowCap(input: ProgramModelInput): boolean {
  return (
    input.annualNewEnrollments / input.annualProspects < 0.99 &&
    input.engagementRate < 0.99 &&
    input.retentionRate < 0.99
  );
}

/** Take-up of an embedding (the override, else CORE 1, else ELECTIVE_TAKE_UP), written out independently. */
const takeUp = (e: EmbeddingTerms, params: ParameterValues): number =>
  e.takeUpRate != null ? e.takeUpRate : e.requirement === 'CORE' ? 1 : params.ELECTIVE_TAKE_UP;
const perEntrant = (
  list: readonly EmbeddingTerms[],
  params: ParameterValues,
  f: (e: EmbeddingTerms) => number,
): number => list.reduce((s, e) => s + takeUp(e, params) * f(e), 0);

function closeRel(actual: number, expected: number, label: string): void {
  if (!(Math.abs(actual - expected) <= 1e-9 * Math.max(1, Math.abs(expected)))) {
    throw new Error(`${label}: ${actual} ≠ ${expected}`);
  }
}

describe('every effect exactly 0', () => {
  // Any scenario: some current embeddings removed, new ones (setup costs, displacement, any requirement) added.
  const scenarioArb = programArb.chain((p) =>
    fc
      .record({ keep: fc.subarray(p.current), add: fc.array(embeddingArb, { maxLength: 3 }) })
      .map(({ keep, add }) => ({ ...p, scenario: [...keep, ...add.map((e) => ({ ...e, isNew: true }))] })),
  );

  it('reproduces the baseline’s counts and rates bit for bit, for any scenario; only money moves', () => {
    fc.assert(
      fc.property(scenarioArb, paramsArb(), conversionArb, (input, raw, conversion) => {
        fc.pre(conversion === 'ODDS' || belowCap(input));
        const params = { ...raw, ...NO_EFFECT };
        const { baseline, scenario } = projectProgram(input, params, conversion, HORIZON);
        const price = input.tuitionPerCredit;
        const displaced = (list: readonly EmbeddingTerms[]): number =>
          perEntrant(list, params, (e) => (e.displacesTuition ? e.creditsApplied : 0));
        const cost = (list: readonly EmbeddingTerms[]): number => perEntrant(list, params, (e) => e.costPerLearner);
        const setup = input.scenario.reduce((s, e) => s + (e.isNew ? e.setupCost : 0), 0);
        scenario.forEach((y, i) => {
          const b = baseline[i].values;
          for (const m of COUNTS_AND_RATES) expect([y.year, m, y.values[m]]).toEqual([y.year, m, b[m]]);
          // Money: the same entrants take the scenario's credentials instead of today's.
          const n = b.NEW_ENROLLMENTS;
          closeRel(
            y.values.TUITION_REVENUE,
            b.TUITION_REVENUE - n * (displaced(input.scenario) - displaced(input.current)) * price,
            `year ${y.year} tuition`,
          );
          closeRel(
            y.values.CREDENTIAL_COST,
            n * cost(input.scenario) + (y.year === 1 ? setup : 0),
            `year ${y.year} cost`,
          );
          closeRel(y.values.NET_REVENUE, y.values.TUITION_REVENUE - y.values.CREDENTIAL_COST, `year ${y.year} net`);
        });
      }),
      { numRuns: 300 },
    );
  });

  it('by hand: a displacing CORE credential with no effect costs its setup, its learners and the displaced credits', () => {
    // 60 credits over 2 years at 250 → 7,500 per learner-year; 500 prospects, 100 entrants, retention 0.8.
    // Added: CORE credit-bearing, 6 credits displacing tuition, 150 per learner, setup 20,000.
    // No effect: N = 100 every year, H = 100 + 80 = 180, engagement 0.5, retention 0.8, completions 80.
    // Tuition = 180·7,500 − 100·6·250 = 1,350,000 − 150,000 = 1,200,000;
    // cost = 100·150 + 20,000 = 35,000 in year 1, 15,000 after; net 1,165,000 then 1,185,000.
    const input = program({
      totalCredits: 60,
      durationYears: 2,
      tuitionPerCredit: 250,
      annualProspects: 500,
      annualNewEnrollments: 100,
      scenario: [
        embedding({ creditsApplied: 6, displacesTuition: true, costPerLearner: 150, setupCost: 20_000, isNew: true }),
      ],
    });
    for (const conversion of ['ODDS', 'RISK_CAPPED'] as const) {
      const { baseline, scenario } = projectProgram(input, { ...DEFAULT_MODES, ...NO_EFFECT }, conversion, 3);
      expect(baseline[0].values).toMatchObject({ NEW_ENROLLMENTS: 100, HEADCOUNT: 180, TUITION_REVENUE: 1_350_000 });
      expect(scenario.map((y) => y.values)).toEqual([
        {
          NEW_ENROLLMENTS: 100,
          HEADCOUNT: 180,
          ENGAGEMENT_RATE: 0.5,
          RETENTION_RATE: 0.8,
          COMPLETIONS: 80,
          TUITION_REVENUE: 1_200_000,
          CREDENTIAL_COST: 35_000,
          NET_REVENUE: 1_165_000,
          CONTRIBUTION_MARGIN: 1_165_000,
        },
        ...[2, 3].map(() => ({
          NEW_ENROLLMENTS: 100,
          HEADCOUNT: 180,
          ENGAGEMENT_RATE: 0.5,
          RETENTION_RATE: 0.8,
          COMPLETIONS: 80,
          TUITION_REVENUE: 1_200_000,
          CREDENTIAL_COST: 15_000,
          NET_REVENUE: 1_185_000,
          CONTRIBUTION_MARGIN: 1_185_000,
        })),
      ]);
    }
  });
});

describe('a negative effect is harm', () => {
  // No credential today; the scenario adds a full-strength one (offer 0 → 1, exposure 0 → 1) and maybe others.
  const addedArb = programArb.chain((p) =>
    fc.array(embeddingArb, { maxLength: 2 }).map((more) => ({
      ...p,
      current: [],
      scenario: [embedding({ isNew: true }), ...more.map((e) => ({ ...e, isNew: true }))],
    })),
  );
  const harmArb = fc.double({ min: -MAX_ABS_EFFECT, max: -0.01, noNaN: true });

  it('a negative enrollment effect lowers entrants below the baseline, every year', () => {
    fc.assert(
      fc.property(addedArb, paramsArb(), harmArb, conversionArb, (input, params, harm, conversion) => {
        const { baseline, scenario } = projectProgram(
          input,
          // Some of the loss is the institution's unless every lost entrant stays in another of its programs.
          { ...params, ENROLLMENT_EFFECT: harm, DIVERSION_SHARE: 0.9 * params.DIVERSION_SHARE },
          conversion,
          HORIZON,
        );
        scenario.forEach((y, i) => {
          expect(y.values.NEW_ENROLLMENTS).toBeLessThan(baseline[i].values.NEW_ENROLLMENTS);
        });
      }),
      { numRuns: 300 },
    );
  });

  it('a negative engagement or retention effect lowers its rate below the baseline, every year', () => {
    fc.assert(
      fc.property(addedArb, paramsArb(), harmArb, harmArb, conversionArb, (input, params, eng, ret, conversion) => {
        fc.pre(conversion === 'ODDS' || belowCap(input));
        const { baseline, scenario } = projectProgram(
          input,
          { ...params, ENGAGEMENT_EFFECT: eng, RETENTION_EFFECT: ret },
          conversion,
          HORIZON,
        );
        scenario.forEach((y, i) => {
          expect(y.values.ENGAGEMENT_RATE).toBeLessThan(baseline[i].values.ENGAGEMENT_RATE);
          expect(y.values.RETENTION_RATE).toBeLessThan(baseline[i].values.RETENTION_RATE);
        });
      }),
      { numRuns: 200 },
    );
  });

  it('without credentials today, entrants rise with the enrollment effect across its whole range, through 0', () => {
    const effect = fc.double({ min: -MAX_ABS_EFFECT, max: MAX_ABS_EFFECT, noNaN: true });
    fc.assert(
      fc.property(addedArb, paramsArb(), effect, effect, conversionArb, (input, params, e1, e2, conversion) => {
        const [lo, hi] = e1 <= e2 ? [e1, e2] : [e2, e1];
        const at = (v: number): number[] =>
          projectProgram(input, { ...params, ENROLLMENT_EFFECT: v }, conversion, HORIZON).scenario.map(
            (y) => y.values.NEW_ENROLLMENTS,
          );
        const low = at(lo);
        const high = at(hi);
        low.forEach((v, i) => expect(high[i]).toBeGreaterThanOrEqual(v * (1 - 1e-12)));
      }),
      { numRuns: 200 },
    );
  });

  it('by hand: halving the odds of enrolling (effect ln 0.5) in the running example', () => {
    // 2,000 prospects, 260 entrants (q = 0.13), ODDS, ramp 2 years.
    //   U(0.13, 0.5) = 0.065/(0.87 + 0.065) = 0.069519 → year 2 entrants 2,000·0.069519 = 139.0374
    //   year 1 (a₁ = ½): 2,000·(0.13 + ½·(0.069519 − 0.13)) = 2,000·0.099759 = 199.5187
    // (a ratio of 1.7 gives 405.1329 in year 2: v1-conversion.test.ts)
    const input = program({ annualProspects: 2000, annualNewEnrollments: 260, scenario: [embedding({ isNew: true })] });
    const { baseline, scenario } = projectProgram(
      input,
      { ...DEFAULT_MODES, ENROLLMENT_EFFECT: Math.log(0.5) },
      'ODDS',
      3,
    );
    expect(baseline[1].values.NEW_ENROLLMENTS).toBeCloseTo(260, 10);
    expect(scenario[0].values.NEW_ENROLLMENTS).toBeCloseTo(199.5187, 3);
    expect(scenario[1].values.NEW_ENROLLMENTS).toBeCloseTo(139.0374, 3);
    // Under RISK_CAPPED the rate is halved outright: 2,000·0.065 = 130 in year 2.
    const capped = projectProgram(input, { ...DEFAULT_MODES, ENROLLMENT_EFFECT: Math.log(0.5) }, 'RISK_CAPPED', 2);
    expect(capped.scenario[1].values.NEW_ENROLLMENTS).toBeCloseTo(130, 9);
  });
});
