/**
 * The local effect (did.ts) checked against arithmetic done by hand, against brute force (the jackknife re-run by
 * hand on smaller panels), and on noise-free panels whose event study is known exactly.
 * Cell: l = logit(p̂), p̂ = (events + ½)/(trials + 1); its binomial variance v = 1/((trials + 1)·p̄(1 − p̄)) at the
 * program's pooled untreated rate p̄ = (Σ events + ½)/(Σ trials + 1).
 */
import { buildPanel, estimateAll } from '../../../../src/model/calibration';
import type { DidEstimate, PanelProgram, YearActuals } from '../../../../src/model/calibration';
import { chiSquareSurvival, fSurvival, studentTCdf, studentTQuantile } from '../../../../src/model/calibration/stats';
import { baseline, pilot } from './helpers';

/** Enrollment actuals only: [year, new enrollments, prospects]. */
function enrollment(rows: [number, number, number][]): YearActuals[] {
  return rows.map(([year, newEnrollments, prospects]) => ({ year, newEnrollments, prospects }));
}
const program = (id: string, start: number | null, rows: [number, number, number][]): PanelProgram => ({
  id,
  baseline: baseline(),
  embeddings: start === null ? [] : [pilot(start)],
  actuals: enrollment(rows),
});
const Z975 = 1.959963984540054;
const logit = (p: number): number => Math.log(p / (1 - p));
const expit = (x: number): number => 1 / (1 + Math.exp(-x));

describe('difference-in-differences, two programs by two years (by hand)', () => {
  // T adopts in 2021, C never; X has an ACTIVE embedding without a start year (excluded); L adopts in 2019 with no
  // year before it (no pre-period: left out).
  //   cell        p̂         l
  //   T  2020  199.5/1000  −1.389422
  //   T  2021  299.5/1000  −0.849680
  //   C  2020  159.5/1000  −1.661953
  //   C  2021  169.5/1000  −1.589175
  const PANEL: PanelProgram[] = [
    program('T', 2021, [
      [2020, 199, 999],
      [2021, 299, 999],
    ]),
    {
      ...program('C', null, [
        [2020, 159, 999],
        [2021, 169, 999],
      ]),
      // A PLANNED embedding is not in force and a RETIRED one is ignored: still never treated.
      embeddings: [pilot(2020, { status: 'PLANNED' }), pilot(2019, { status: 'RETIRED' })],
    },
    { ...program('X', null, [[2020, 10, 100]]), embeddings: [pilot(null)] },
    program('L', 2019, [
      [2020, 40, 200],
      [2021, 41, 200],
    ]),
  ];
  const panel = buildPanel(PANEL);
  const [est] = estimateAll(panel);

  it('classifies the programs and leaves out the one without a start year', () => {
    expect(panel.excluded).toEqual([{ id: 'X', reason: 'UNKNOWN_START_YEAR' }]);
    expect(panel.programs.map((p) => [p.id, p.startYear])).toEqual([
      ['C', null],
      ['L', 2019],
      ['T', 2021],
    ]);
    expect(est.withoutPrePeriod).toBe(1);
  });

  it('the imputed effect is the classic DiD: (T 2021 − T 2020) − (C 2021 − C 2020)', () => {
    // The untreated cells T 2020, C 2020, C 2021 fit α_T, α_C, γ_2021 − γ_2020 exactly, so T 2021 is imputed at
    // l(T 2020) + l(C 2021) − l(C 2020) whatever the weights:
    //   (−0.849680 + 1.389422) − (−1.589175 + 1.661953) = 0.539742 − 0.072778 = 0.466964
    expect(est.logOddsLift).toBeCloseTo(0.466964, 5);
    expect(est.terms).toEqual([{ program: 2, year: 2021, weight: 1 }]);
    expect(est.treatedPrograms).toBe(1);
    expect(est.comparisonPrograms).toBe(1);
    expect(est.observations).toBe(4);
  });

  it('one treated program cannot be clustered: the independent-cells standard error, normal quantiles', () => {
    // No residual degrees of freedom (3 untreated cells, 2 programs, 2 years): σ² = 0.
    // v: T at p̄ = 0.1995: 1/(1000·0.1995·0.8005) = 0.0062618; C at p̄ = 328.5/1999 = 0.164332: 0.0072819.
    // Coefficients +1, −1 (T) and −1, +1 (C): se² = 2·0.0062618 + 2·0.0072819 = 0.0270875 → se = 0.164582.
    expect(est.yearVariance).toBe(0);
    expect(est.standardErrorMethod).toBe('INDEPENDENT_CELLS');
    expect(est.degreesOfFreedom).toBeNull();
    expect(est.standardError).toBeCloseTo(0.164582, 5);
    expect(est.independentStandardError).toBe(est.standardError);
    expect(est.lower95).toBeCloseTo(0.466964 - Z975 * 0.164582, 5);
    expect(est.upper95).toBeCloseTo(0.466964 + Z975 * 0.164582, 5);
  });

  it('percentage points at the treated pre-period rate', () => {
    // pre level −1.389422 → 0.1995; expit(−1.389422 + 0.466964) = 0.284457 → +8.4957 points
    expect(est.preRate).toBeCloseTo(0.1995, 6);
    expect(est.percentagePoints).toBeCloseTo(8.495733, 4);
  });

  it('one pre-year: no lead, so no pretrend test and no placebo; the reference and lag 0 only', () => {
    expect(est.pretrend).toBeNull();
    expect(est.placebo).toBeNull();
    // Lag 0 has one treated program, fewer than MIN_EVENT_PROGRAMS: not reported on its own.
    expect(est.eventStudy.map((c) => c.relativeYear)).toEqual([-1]);
  });

  it('is the same whatever the order of programs and years', () => {
    const shuffled = [...PANEL].reverse().map((p) => ({ ...p, actuals: [...p.actuals].reverse() }));
    const [again] = estimateAll(buildPanel(shuffled));
    expect(again.logOddsLift).toBe(est.logOddsLift);
    expect(again.standardError).toBe(est.standardError);
  });

  it('a treated program without a pre-period cannot be used', () => {
    const late = PANEL.map((p) => (p.id === 'T' ? { ...p, embeddings: [pilot(2020)] } : p));
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

describe('precision weights', () => {
  // Two adopters in 2021 with two pre-years each, a large one (999 prospects) and a small one (99), and three
  // comparisons. Each treated program-year weighs 1/(v + σ² + 1/P), P = Σ over its pre-years of 1/(v + σ²).
  const PANEL: PanelProgram[] = [
    program('BIG', 2021, [
      [2019, 199, 999],
      [2020, 209, 999],
      [2021, 259, 999],
    ]),
    program('SMALL', 2021, [
      [2019, 19, 99],
      [2020, 22, 99],
      [2021, 30, 99],
    ]),
    program('C1', null, [
      [2019, 149, 999],
      [2020, 161, 999],
      [2021, 166, 999],
    ]),
    program('C2', null, [
      [2019, 99, 499],
      [2020, 101, 499],
      [2021, 109, 499],
    ]),
    program('C3', null, [
      [2019, 59, 399],
      [2020, 66, 399],
      [2021, 67, 399],
    ]),
  ];
  const panel = buildPanel(PANEL);
  const [est] = estimateAll(panel);

  it('a program-year weighs by the information in its counts', () => {
    const s2 = est.yearVariance;
    const weightOf = (events: number[], trials: number): number => {
      const pre = events.slice(0, 2);
      const p = (pre[0] + pre[1] + 0.5) / (2 * trials + 1);
      const v = 1 / ((trials + 1) * p * (1 - p));
      return 1 / (v + s2 + (v + s2) / 2);
    };
    const big = weightOf([199, 209], 999);
    const small = weightOf([19, 22], 99);
    const byId = new Map(est.terms.map((t) => [panel.programs[t.program].id, t.weight]));
    expect(byId.get('BIG')).toBeCloseTo(big / (big + small), 12);
    expect(byId.get('SMALL')).toBeCloseTo(small / (big + small), 12);
    expect(byId.get('BIG')! / byId.get('SMALL')!).toBeGreaterThan(3);
    expect(est.terms.reduce((s, t) => s + t.weight, 0)).toBeCloseTo(1, 12);
  });

  it('the estimate is the weighted mean of the treated program-years’ imputed effects', () => {
    // Imputation from the untreated cells' weighted two-way fit, by brute force: with three comparisons in every
    // year the weighted fit is solved here by plain normal equations.
    const cells = panel.programs.flatMap((p, i) =>
      p.cells[0].map((c) => ({ i, year: c.year, l: logit((c.events + 0.5) / (c.trials + 1)), c, p })),
    );
    const pooled = panel.programs.map((p) => {
      const pre = p.cells[0].filter((c) => p.startYear === null || c.year < p.startYear);
      return (pre.reduce((s, c) => s + c.events, 0) + 0.5) / (pre.reduce((s, c) => s + c.trials, 0) + 1);
    });
    const untreated = cells.filter((x) => x.p.startYear === null || x.year < x.p.startYear);
    const w = (x: (typeof cells)[number]): number =>
      1 / (1 / ((x.c.trials + 1) * pooled[x.i] * (1 - pooled[x.i])) + est.yearVariance);
    // Unknowns: α_0..α_4, γ_2020, γ_2021 (γ_2019 = 0).
    const years = [2020, 2021];
    const n = 5 + years.length;
    const A = Array.from({ length: n }, () => new Array<number>(n).fill(0));
    const b = new Array<number>(n).fill(0);
    for (const x of untreated) {
      const row = new Array<number>(n).fill(0);
      row[x.i] = 1;
      if (x.year !== 2019) row[5 + years.indexOf(x.year)] = 1;
      for (let r = 0; r < n; r++) {
        b[r] += w(x) * row[r] * x.l;
        for (let c = 0; c < n; c++) A[r][c] += w(x) * row[r] * row[c];
      }
    }
    const sol = solve(A, b);
    let expected = 0;
    for (const t of est.terms) {
      const x = cells.find((y) => y.i === t.program && y.year === t.year)!;
      expected += t.weight * (x.l - sol[x.i] - sol[5 + years.indexOf(x.year)]);
    }
    expect(est.logOddsLift).toBeCloseTo(expected, 10);
  });
});

describe('program-clustered standard error', () => {
  // Six programs, 2018–2022: three adopt in 2021 with effects 0.2, 0.3 and 0.4, three never. Log-odds additive in a
  // program level and a year level with small fixed wiggles, 1000 prospects a year: the wiggles are far below
  // binomial noise, so σ² = 0 here and in every smaller panel, and the weights do not change when a program is left
  // out. The jackknife is then exactly the estimate re-run by hand without each program.
  const years = [2018, 2019, 2020, 2021, 2022];
  const programs: PanelProgram[] = [0, 1, 2, 3, 4, 5].map((i) => {
    const start = i < 3 ? 2021 : null;
    const effect = [0.2, 0.3, 0.4][i] ?? 0;
    return program(
      `P${i}`,
      start,
      years.map((y, t): [number, number, number] => {
        const x = -1.6 + 0.15 * i + 0.05 * t + 0.01 * Math.sin(3 * i + t) + (start !== null && y >= start ? effect : 0);
        return [y, Math.round(1000 * expit(x)), 1000];
      }),
    );
  });
  const [est] = estimateAll(buildPanel(programs));

  it('is the leave-one-program-out jackknife, ((G − 1)/G)·Σ (θ(g) − θ)²', () => {
    expect(est.yearVariance).toBe(0);
    expect(est.standardErrorMethod).toBe('PROGRAM_JACKKNIFE');
    expect(est.clusters).toBe(6);
    let s = 0;
    for (let g = 0; g < programs.length; g++) {
      const [without] = estimateAll(buildPanel(programs.filter((_, i) => i !== g)));
      expect(without.yearVariance).toBe(0);
      s += (without.logOddsLift - est.logOddsLift) ** 2;
    }
    expect(est.standardError).toBeCloseTo(Math.sqrt((5 / 6) * s), 12);
    // The effects differ between programs (0.2–0.4): the clustered error counts that, the independent one cannot.
    expect(est.standardError).toBeGreaterThan(est.independentStandardError);
  });

  it('reads its interval off Student’s t with at most G − 1 degrees of freedom', () => {
    const df = est.degreesOfFreedom as number;
    expect(df).toBeGreaterThanOrEqual(1);
    expect(df).toBeLessThanOrEqual(5);
    const half = studentTQuantile(0.975, df) * est.standardError;
    expect(est.upper95 - est.logOddsLift).toBeCloseTo(half, 12);
    expect(est.logOddsLift - est.lower95).toBeCloseTo(half, 12);
  });
});

describe('event study', () => {
  // Noise-free (10⁶ prospects, exact rates): 8 programs 2014–2023, two adopt in each of 2018, 2019, 2020, two never.
  // Adopters drift by `trend` per year in every year; the effect is `effect` from the start.
  function panelOf(trend: number, effect: number): DidEstimate {
    const programs = [0, 1, 2, 3, 4, 5, 6, 7].map((i) => {
      const start = i < 6 ? [2018, 2019, 2020][i % 3] : null;
      const rows: [number, number, number][] = [];
      for (let y = 2014; y <= 2023; y++) {
        const x =
          -1.5 +
          0.1 * i +
          0.02 * (y - 2014) +
          (start !== null ? trend * (y - 2014) : 0) +
          (start !== null && y >= start ? effect : 0);
        rows.push([y, Math.round(1e6 * expit(x)), 1e6]);
      }
      return program(`E${i}`, start, rows);
    });
    return estimateAll(buildPanel(programs))[0];
  }

  it('lists leads, the reference −1 and lags; without a trend the leads are 0 and the lags the effect', () => {
    const est = panelOf(0, 0.3);
    // Pre-years: 4, 5 and 6 (two programs each): leads −2..−6; post-years 6, 5, 4: lags 0..3 with all six, 4 and 5
    // with four and two.
    expect(est.eventStudy.map((c) => c.relativeYear)).toEqual([-6, -5, -4, -3, -2, -1, 0, 1, 2, 3, 4, 5]);
    expect(est.eventStudy.map((c) => c.programs)).toEqual([2, 4, 6, 6, 6, 6, 6, 6, 6, 6, 4, 2]);
    for (const c of est.eventStudy) {
      expect(c.estimate).toBeCloseTo(c.relativeYear >= 0 ? 0.3 : 0, 4);
      expect(c.lower95).toBeLessThanOrEqual(c.estimate);
      expect(c.upper95).toBeGreaterThanOrEqual(c.estimate);
    }
    expect(est.logOddsLift).toBeCloseTo(0.3, 4);
    expect(est.pretrend?.leads).toBe(5);
    expect(est.placebo?.logOddsLift).toBeCloseTo(0, 4);
  });

  it('a pre-existing trend among adopters shows in the leads (−trend·(k − 1) at lead −k) and fails the test', () => {
    const est = panelOf(0.03, 0);
    for (const c of est.eventStudy.filter((x) => x.relativeYear < -1)) {
      expect(c.estimate).toBeCloseTo(-0.03 * (-c.relativeYear - 1), 4);
    }
    // The placebo (a fake start one year early) is the change from −2 to −1: +0.03.
    expect(est.placebo?.logOddsLift).toBeCloseTo(0.03, 4);
    expect(est.pretrend?.slope).toBeCloseTo(0.03, 4);
    expect(est.pretrend?.pValue).toBeLessThan(1e-6);
    // And the trend passes for an effect: the imputation extrapolates the pre-period level, not its trend.
    expect(est.logOddsLift).toBeGreaterThan(0.05);
  });
});

describe('Student t, F and χ² tails', () => {
  it('match tabulated values', () => {
    expect(studentTQuantile(0.975, 10)).toBeCloseTo(2.228139, 5);
    expect(studentTQuantile(0.975, 5)).toBeCloseTo(2.570582, 5);
    expect(studentTQuantile(0.975, 1)).toBeCloseTo(12.706205, 4);
    expect(studentTQuantile(0.975, Infinity)).toBeCloseTo(Z975, 6);
    expect(studentTCdf(0, 7)).toBeCloseTo(0.5, 12);
    expect(studentTCdf(-2.228139, 10)).toBeCloseTo(0.025, 6);
    expect(fSurvival(4.102821, 2, 10)).toBeCloseTo(0.05, 6);
    expect(fSurvival(2.71089, 5, 20)).toBeCloseTo(0.05, 6);
    expect(chiSquareSurvival(7.814728, 3)).toBeCloseTo(0.05, 6);
    expect(chiSquareSurvival(3.841459, 1)).toBeCloseTo(0.05, 6);
  });
});

/** Gaussian elimination with partial pivoting. */
function solve(A: number[][], b: number[]): number[] {
  const n = b.length;
  const M = A.map((row, i) => [...row, b[i]]);
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(M[r][c]) > Math.abs(M[p][c])) p = r;
    [M[c], M[p]] = [M[p], M[c]];
    for (let r = c + 1; r < n; r++) {
      const f = M[r][c] / M[c][c];
      for (let k = c; k <= n; k++) M[r][k] -= f * M[c][k];
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let r = n - 1; r >= 0; r--) {
    let s = M[r][n];
    for (let k = r + 1; k < n; k++) s -= M[r][k] * x[k];
    x[r] = s / M[r][r];
  }
  return x;
}
