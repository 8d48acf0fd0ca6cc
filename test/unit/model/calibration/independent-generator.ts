/**
 * Synthetic actuals drawn directly, not through the model (no PilotRates, no simulatePanel), to check the
 * calibration's difference-in-differences against a truth it does not share its formulas with.
 *
 * Per program i, outcome o and year t, the log-odds of the rate is
 *   a_io + γ_ot + η_iot + trend_o·(t − first year)·[i adopts] + effect_o·ramp(t − g_i)·[t ≥ g_i] + u_io·[t ≥ g_i]
 * - a_io: the program's own level (its base rate, drawn per program);
 * - γ_ot: a shock common to all programs in the year (normal, sd yearSd);
 * - η_iot: a program-year shock, AR(1) over the years with correlation rho and stationary sd shockSd (serially
 *   correlated: a good year tends to follow a good year), started from its stationary distribution;
 * - trend_o: a trend among the adopters only, in all years (a pre-existing trend that continues after the start,
 *   which is what passes for an effect);
 * - effect_o: the treatment effect on the log-odds, added directly, reached after rampYears along
 *   ramp(e) = min(1, (e + 1)/rampYears) (rampYears 1: none); u_io: a program's own deviation from it (sd effectSd).
 * Counts are binomial (exact, drawn by inversion from the mode): new entrants of the year's prospects, engaged and
 * retained students of the year's headcount. Entrants per program are spread log-evenly from minEntrants to
 * maxEntrants (15–400 by default, a doctorate to a large bachelor's), the enrollment rate from 8 % to 35 %.
 */
import { standardNormal } from '../../../../src/model/distributions';
import { createRng } from '../../../../src/model/rng';
import type { Rng } from '../../../../src/model/rng';
import type { CalibrationOutcome, PanelProgram, PilotEmbedding, YearActuals } from '../../../../src/model/calibration';
import { lnGamma } from '../../../../src/model/calibration/stats';

export type PerOutcome = Record<CalibrationOutcome, number>;

export interface IndependentSpec {
  seed: number;
  /** Programs in the panel (half adopt, in three cohorts; sizes interleaved so both halves span all sizes). */
  programs?: number;
  firstYear?: number;
  lastYear?: number;
  /** Start years of the cohorts (adopters are assigned to them in turn). */
  startYears?: readonly number[];
  /** The treatment effect on the log-odds at full strength, per outcome (0 when absent). */
  effect?: Partial<PerOutcome>;
  /** Years to full strength (linear); 1 = the full effect from the start year. */
  rampYears?: number;
  /** Log-odds per year among the adopters, in every year (per outcome; 0 when absent). */
  trend?: Partial<PerOutcome>;
  /** AR(1) correlation of the program-year shocks. */
  rho?: number;
  /** Stationary sd of the program-year shocks (log-odds). */
  shockSd?: number;
  /** Sd of the year shocks common to all programs (log-odds). */
  yearSd?: number;
  /** Sd of a program's own deviation from the effect (log-odds). */
  effectSd?: number;
  minEntrants?: number;
  maxEntrants?: number;
  /** Outcomes recorded (default all three). */
  outcomes?: readonly CalibrationOutcome[];
}

export interface IndependentPanel {
  programs: PanelProgram[];
  /** The true effect on the log-odds of outcome o in program `id`'s year (0 before its start or never treated). */
  trueEffect(id: string, year: number, outcome: CalibrationOutcome): number;
}

const OUTCOMES: readonly CalibrationOutcome[] = ['ENROLLMENT_RATE', 'ENGAGEMENT_RATE', 'RETENTION_RATE'];
const logit = (p: number): number => Math.log(p / (1 - p));
const expit = (x: number): number => 1 / (1 + Math.exp(-x));

export const INDEPENDENT_DEFAULTS = {
  programs: 24,
  firstYear: 2014,
  lastYear: 2023,
  startYears: [2018, 2019, 2020] as readonly number[],
  rampYears: 1,
  rho: 0.5,
  shockSd: 0.05,
  yearSd: 0.05,
  effectSd: 0,
  minEntrants: 15,
  maxEntrants: 400,
};

export function independentPanel(spec: IndependentSpec): IndependentPanel {
  const s = { ...INDEPENDENT_DEFAULTS, ...spec };
  const record = new Set(spec.outcomes ?? OUTCOMES);
  const levels = createRng(s.seed, 0);
  const shocks = createRng(s.seed, 1);
  const counts = createRng(s.seed, 2);
  const years = s.lastYear - s.firstYear + 1;
  const effect = (o: CalibrationOutcome): number => spec.effect?.[o] ?? 0;
  const trend = (o: CalibrationOutcome): number => spec.trend?.[o] ?? 0;
  const yearShock = OUTCOMES.map(() => Array.from({ length: years }, () => s.yearSd * standardNormal(shocks)));
  const truth = new Map<string, number[][]>();
  const programs: PanelProgram[] = [];
  for (let i = 0; i < s.programs; i++) {
    // Sizes log-evenly spread; adopters are every other program, so both halves span all sizes.
    const size = s.minEntrants * Math.pow(s.maxEntrants / s.minEntrants, (i + 0.5) / s.programs);
    const adopts = i % 2 === 1;
    const start = adopts ? s.startYears[Math.floor(i / 2) % s.startYears.length] : null;
    const enrollmentRate = 0.08 + 0.27 * levels.next();
    const duration = 1 + Math.floor(4 * levels.next());
    const retentionRate = 0.7 + 0.2 * levels.next();
    const engagementRate = 0.4 + 0.35 * levels.next();
    const base = [enrollmentRate, engagementRate, retentionRate];
    const deviation = OUTCOMES.map(() => s.effectSd * standardNormal(levels));
    let headcountFactor = 0;
    for (let k = 0, r = 1; k < duration; k++, r *= retentionRate) headcountFactor += r;
    const entrants = Math.round(size);
    const prospects = Math.round(size / enrollmentRate);
    const headcount = Math.round(entrants * headcountFactor);
    const id = `I${String(i).padStart(3, '0')}`;
    const eta = OUTCOMES.map(() => s.shockSd * standardNormal(shocks));
    const effects: number[][] = OUTCOMES.map(() => new Array<number>(years).fill(0));
    const actuals: YearActuals[] = [];
    for (let t = 0; t < years; t++) {
      const year = s.firstYear + t;
      const row: YearActuals = { year };
      OUTCOMES.forEach((o, k) => {
        if (t > 0) eta[k] = s.rho * eta[k] + Math.sqrt(1 - s.rho * s.rho) * s.shockSd * standardNormal(shocks);
        let x = logit(base[k]) + yearShock[k][t] + eta[k];
        if (adopts) x += trend(o) * t;
        if (start !== null && year >= start) {
          const e = effect(o) * Math.min(1, (year - start + 1) / s.rampYears);
          effects[k][t] = e + deviation[k];
          x += e + deviation[k];
        }
        if (!record.has(o)) return;
        const p = expit(x);
        if (o === 'ENROLLMENT_RATE') {
          row.prospects = prospects;
          row.newEnrollments = binomial(counts, prospects, p);
        } else if (o === 'ENGAGEMENT_RATE') {
          row.engagementDenominator = headcount;
          row.engagementNumerator = binomial(counts, headcount, p);
        } else {
          row.retentionDenominator = headcount;
          row.retentionNumerator = binomial(counts, headcount, p);
        }
      });
      actuals.push(row);
    }
    truth.set(id, effects);
    programs.push({
      id,
      baseline: {
        totalCredits: 120,
        durationYears: duration,
        tuitionPerCredit: 400,
        annualProspects: prospects,
        annualNewEnrollments: entrants,
        engagementRate,
        retentionRate,
        prospectGrowthRate: 0,
      },
      embeddings: start === null ? [] : [fullOffer(start)],
      actuals,
    });
  }
  return {
    programs,
    trueEffect: (id, year, outcome) => {
      const t = year - s.firstYear;
      return truth.get(id)?.[OUTCOMES.indexOf(outcome)]?.[t] ?? 0;
    },
  };
}

/** A credit-bearing CORE credential from `startYear`: the model's full offer (its effect is ENROLLMENT_EFFECT itself). */
function fullOffer(startYear: number): PilotEmbedding {
  return {
    creditBearing: true,
    creditsApplied: 6,
    // Unbounded size: a dose of exactly 1 whatever OFFER_HOURS_SCALE.
    hours: Infinity,
    requirement: 'CORE',
    takeUpRate: null,
    displacesTuition: false,
    costPerLearner: 0,
    setupCost: 0,
    startYear,
    status: 'ACTIVE',
  };
}

/**
 * Binomial(n, p), exact: inversion that starts at the mode and walks outwards, alternating sides (any fixed order
 * of the outcomes is an exact inversion), with the pmf at the mode from log-Gamma and the neighbours by ratios.
 */
export function binomial(rng: Rng, n: number, p: number): number {
  if (n <= 0 || p <= 0) return 0;
  if (p >= 1) return n;
  const q = 1 - p;
  const mode = Math.min(n, Math.floor((n + 1) * p));
  const fMode = Math.exp(
    lnGamma(n + 1) - lnGamma(mode + 1) - lnGamma(n - mode + 1) + mode * Math.log(p) + (n - mode) * Math.log(q),
  );
  let u = rng.next() - fMode;
  if (u <= 0) return mode;
  let lo = mode;
  let hi = mode;
  let fLo = fMode;
  let fHi = fMode;
  while (lo > 0 || hi < n) {
    if (hi < n) {
      fHi *= ((n - hi) / (hi + 1)) * (p / q);
      hi++;
      u -= fHi;
      if (u <= 0) return hi;
    }
    if (lo > 0) {
      fLo *= (lo / (n - lo + 1)) * (q / p);
      lo--;
      u -= fLo;
      if (u <= 0) return lo;
    }
  }
  return mode; // rounding left a sliver of probability unassigned
}
