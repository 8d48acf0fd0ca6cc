/**
 * The local effect checked against arithmetic done by hand (did.ts), step by step in the comments.
 * Cell: l = logit(p̂), p̂ = (events + ½)/(trials + 1), binomial variance v = 1/((trials + 1)·p̂·(1 − p̂)).
 */
import { buildPanel, estimateAll } from '../../../../src/model/calibration';
import type { PanelProgram, YearActuals } from '../../../../src/model/calibration';
import { baseline, pilot } from './helpers';

/** Enrollment actuals only: [year, new enrollments, prospects]. */
function enrollment(rows: [number, number, number][]): YearActuals[] {
  return rows.map(([year, newEnrollments, prospects]) => ({ year, newEnrollments, prospects }));
}

// T adopts in 2021; C1 and C2 never adopt; L adopts in 2022 (no 2022 data: a comparison in every year);
// X has an ACTIVE embedding without a start year (excluded).
//   cell        p̂        l           v
//   T  2019  199/999  0.1995  −1.389422  0.006262
//   T  2020  209/999  0.2095  −1.327942  0.006038
//   T  2021  299/999  0.2995  −0.849680  0.004766
//   C1 2019  149/999  0.1495  −1.738528  0.007865
//   C1 2020  159/999  0.1595  −1.661953  0.007459
//   C1 2021  169/999  0.1695  −1.589175  0.007104
//   C2 2019   99/499  0.1990  −1.392556  0.012547
//   C2 2020  104/499  0.2090  −1.330964  0.012098
//   C2 2021  109/499  0.2190  −1.271503  0.011693
//   L  2019   59/399  0.14875 −1.744439  0.019744
//   L  2020   63/399  0.15875 −1.667558  0.018720
//   L  2021   67/399  0.16875 −1.594512  0.017822
const PANEL: PanelProgram[] = [
  {
    id: 'T',
    baseline: baseline(),
    embeddings: [pilot(2021)],
    actuals: enrollment([
      [2019, 199, 999],
      [2020, 209, 999],
      [2021, 299, 999],
    ]),
  },
  {
    id: 'C1',
    baseline: baseline(),
    embeddings: [],
    actuals: enrollment([
      [2019, 149, 999],
      [2020, 159, 999],
      [2021, 169, 999],
    ]),
  },
  {
    id: 'C2',
    baseline: baseline(),
    // A PLANNED embedding is not in force and a RETIRED one is ignored: still never treated.
    embeddings: [pilot(2020, { status: 'PLANNED' }), pilot(2019, { status: 'RETIRED' })],
    actuals: enrollment([
      [2019, 99, 499],
      [2020, 104, 499],
      [2021, 109, 499],
    ]),
  },
  {
    id: 'L',
    baseline: baseline(),
    embeddings: [pilot(2022)],
    actuals: enrollment([
      [2019, 59, 399],
      [2020, 63, 399],
      [2021, 67, 399],
    ]),
  },
  {
    id: 'X',
    baseline: baseline(),
    embeddings: [pilot(null)],
    actuals: enrollment([
      [2019, 10, 100],
      [2021, 30, 100],
    ]),
  },
];

describe('difference-in-differences on a tiny panel', () => {
  const panel = buildPanel(PANEL);
  const [est] = estimateAll(panel);

  it('classifies the programs and leaves out the one without a start year', () => {
    expect(panel.excluded).toEqual([{ id: 'X', reason: 'UNKNOWN_START_YEAR' }]);
    expect(panel.programs.map((p) => [p.id, p.startYear])).toEqual([
      ['C1', null],
      ['C2', null],
      ['L', 2022],
      ['T', 2021],
    ]);
  });

  it('estimates only the outcome with data', () => {
    expect(estimateAll(panel).map((e) => e.outcome)).toEqual(['ENROLLMENT_RATE']);
  });

  it('lift = treated change − mean comparison change', () => {
    // One pair (T, 2021) with pre years 2019 and 2020; comparisons C1, C2, L (untreated in 2021).
    // T:  −0.849680 − (−1.389422 − 1.327942)/2 = −0.849680 + 1.358682 = 0.509002
    // C1: −1.589175 + 1.700241 = 0.111066;  C2: −1.271503 + 1.361760 = 0.090256;  L: −1.594512 + 1.705999 = 0.111486
    // mean comparison change = 0.104269;  lift = 0.509002 − 0.104269 = 0.404733
    expect(est.logOddsLift).toBeCloseTo(0.404733, 5);
    expect(est.treatedPrograms).toBe(1);
    expect(est.comparisonPrograms).toBe(3);
    expect(est.observations).toBe(12);
    expect(est.terms).toEqual([{ program: 3, year: 2021, weight: 1 }]);
  });

  it('standard error from the binomial variances (no year-to-year variation beyond them here)', () => {
    // Untreated cells fit program + year almost exactly (residuals < 0.01, far below v): σ² = 0.
    // Coefficients: T 2021: 1; T 2019, 2020: −½; each comparison's 2021: −⅓; its 2019, 2020: +⅙.
    // se² = 0.004766 + ¼(0.006262 + 0.006038) + (1/9)(0.007104 + 0.011693 + 0.017822)
    //     + (1/36)(0.007865 + 0.007459 + 0.012547 + 0.012098 + 0.019744 + 0.018720)
    //     = 0.0047664 + 0.0030750 + 0.0040688 + 0.0021787 = 0.0140890 → se = 0.118697
    expect(est.yearVariance).toBe(0);
    expect(est.standardError).toBeCloseTo(0.118697, 5);
    // 95 %: 0.404733 ± 1.959964 × 0.118697 = [0.172091, 0.637374]
    expect(est.lower95).toBeCloseTo(0.172091, 5);
    expect(est.upper95).toBeCloseTo(0.637374, 5);
  });

  it('percentage points at the treated pre-period rate', () => {
    // pre level = (−1.389422 − 1.327942)/2 = −1.358682 → rate 0.204455
    // expit(−1.358682 + 0.404733) = expit(−0.953949) = 0.278092 → +7.3637 points
    expect(est.preRate).toBeCloseTo(0.204455, 5);
    expect(est.percentagePoints).toBeCloseTo(7.363669, 4);
  });

  it('placebo: a fake start in 2020 on pre years only', () => {
    // T: −1.327942 + 1.389422 = 0.061480; comparisons: 0.076575, 0.061592, 0.076881 (mean 0.071683)
    // placebo = 0.061480 − 0.071683 = −0.010202
    // se² = 0.006038 + 0.006262 + (1/9)(0.007459 + 0.007865 + 0.012098 + 0.012547 + 0.018720 + 0.019744)
    //     = 0.012300 + 0.008715 = 0.021015 → se = 0.144965, z = −0.0704
    expect(est.placebo).not.toBeNull();
    expect(est.placebo?.logOddsLift).toBeCloseTo(-0.010202, 5);
    expect(est.placebo?.standardError).toBeCloseTo(0.144965, 5);
    expect(est.placebo?.z).toBeCloseTo(-0.070378, 4);
  });

  it('one treated program: no between-program variance, all of it in one weight', () => {
    expect(est.tau2).toBe(0);
    expect(est.tauWeight).toBe(1);
  });

  it('is the same whatever the order of programs and years', () => {
    const shuffled = [...PANEL].reverse().map((p) => ({ ...p, actuals: [...p.actuals].reverse() }));
    const [again] = estimateAll(buildPanel(shuffled));
    expect(again.logOddsLift).toBe(est.logOddsLift);
    expect(again.standardError).toBe(est.standardError);
  });

  it('adds year-to-year variation when a comparison program moves more than binomial noise allows', () => {
    // C1 jumps from 15 % to 25 % and back: residuals of the two-way fit far exceed binomial noise.
    const noisy = PANEL.map((p) =>
      p.id === 'C1'
        ? {
            ...p,
            actuals: enrollment([
              [2019, 149, 999],
              [2020, 249, 999],
              [2021, 169, 999],
            ]),
          }
        : p,
    );
    const [e] = estimateAll(buildPanel(noisy));
    expect(e.yearVariance).toBeGreaterThan(0.005);
    expect(e.standardError).toBeGreaterThan(est.standardError);
  });

  it('a treated program without a pre-period cannot be used', () => {
    const late = PANEL.map((p) => (p.id === 'T' ? { ...p, embeddings: [pilot(2019)] } : p));
    expect(estimateAll(buildPanel(late))).toEqual([]);
  });

  it('rejects impossible actuals, naming the program and year', () => {
    const bad = [{ ...PANEL[0], actuals: enrollment([[2019, 1200, 999]]) }];
    expect(() => buildPanel(bad)).toThrow(/program T, year 2019/);
    const twice = [
      {
        ...PANEL[0],
        actuals: enrollment([
          [2019, 1, 9],
          [2019, 2, 9],
        ]),
      },
    ];
    expect(() => buildPanel(twice)).toThrow(/given twice/);
  });
});
