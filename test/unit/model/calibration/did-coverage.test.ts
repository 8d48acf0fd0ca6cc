/**
 * The data-only difference-in-differences (did.ts) on actuals the model did not generate (independent-generator.ts:
 * program levels, AR(1) program-year shocks with ρ 0.5, year shocks, an effect added on the log-odds, exact binomial
 * counts from 15 to 400 entrants a year; 24 programs × 10 years unless said otherwise). Only the enrollment rate is
 * recorded here (three times faster; PRETREND then tests it at the full 5 %), and there are fewer replications than in
 * bench/calibration-coverage.ts, which prints the full table with all three outcomes, 200 panels each. Each check
 * allows 3 binomial standard errors of its replication count around its target. The seeds are fixed, so the
 * figures are too.
 */
import { buildPanel, calibrationWarnings, estimateAll } from '../../../../src/model/calibration';
import type { CalibrationOutcome, DidEstimate } from '../../../../src/model/calibration';
import { independentPanel, type IndependentSpec } from './independent-generator';

const ENROLLMENT: CalibrationOutcome = 'ENROLLMENT_RATE';
const Z975 = 1.959963984540054;
/** Three binomial standard errors of a proportion p over n runs. */
const threeSigma = (p: number, n: number): number => 3 * Math.sqrt((p * (1 - p)) / n);

interface Run {
  estimates: DidEstimate[];
  enrollment: DidEstimate;
  /** Σ weight·true effect over the program-years the enrollment estimate averages. */
  truth: number;
}

const cache = new Map<string, Run[]>();
function runs(spec: Omit<IndependentSpec, 'seed'>, n: number, firstSeed: number): Run[] {
  const key = JSON.stringify([spec, n, firstSeed]);
  const cached = cache.get(key);
  if (cached) return cached;
  const out = Array.from({ length: n }, (_, r) => {
    const g = independentPanel({ ...spec, outcomes: [ENROLLMENT], seed: firstSeed + r });
    const panel = buildPanel(g.programs);
    const estimates = estimateAll(panel);
    const enrollment = estimates.find((e) => e.outcome === ENROLLMENT) as DidEstimate;
    const truth = enrollment.terms.reduce(
      (s, t) => s + t.weight * g.trueEffect(panel.programs[t.program].id, t.year, ENROLLMENT),
      0,
    );
    return { estimates, enrollment, truth };
  });
  cache.set(key, out);
  return out;
}

const pretrendFires = (estimates: DidEstimate[]): boolean =>
  calibrationWarnings({
    estimates,
    withoutPrePeriod: 0,
    priorPredictiveTail: [],
    effectiveSampleSize: Infinity,
    paretoK: null,
    reachedPosterior: true,
    sampled: false,
  }).includes('PRETREND');

describe('the 95% interval of the data-only estimate covers the true effect (200 panels each)', () => {
  const N = 200;
  const low = 0.95 - threeSigma(0.95, N);
  it.each([
    ['no effect', {}],
    ['harm, −0.15 log-odds', { effect: { ENROLLMENT_RATE: -0.15 } }],
    ['benefit, +0.2 reached over two years', { effect: { ENROLLMENT_RATE: 0.2 }, rampYears: 2 }],
    ['no effect, strongly persistent shocks (ρ 0.8, sd 0.1)', { rho: 0.8, shockSd: 0.1 }],
  ] as [string, Omit<IndependentSpec, 'seed'>][])('%s', (_, spec) => {
    const all = runs(spec, N, 1);
    const covered = all.filter((r) => r.truth >= r.enrollment.lower95 && r.truth <= r.enrollment.upper95).length;
    const independent = all.filter(
      (r) => Math.abs(r.enrollment.logOddsLift - r.truth) <= Z975 * r.enrollment.independentStandardError,
    ).length;
    expect({ covered, atLeast: covered / N >= low }).toEqual({ covered, atLeast: true });
    // Clustering is what buys the coverage: treating program-years as independent covers less.
    expect(independent).toBeLessThanOrEqual(covered);
    // Unbiased: the mean error is within 3 standard errors of its mean.
    const errors = all.map((r) => r.enrollment.logOddsLift - r.truth);
    const mean = errors.reduce((a, b) => a + b, 0) / N;
    const sd = Math.sqrt(errors.reduce((a, b) => a + (b - mean) ** 2, 0) / (N - 1));
    expect(Math.abs(mean)).toBeLessThan((3 * sd) / Math.sqrt(N));
    for (const r of all) expect(r.enrollment.standardErrorMethod).toBe('PROGRAM_JACKKNIFE');
  });

  it('persistent shocks: the independent-cells standard error is too small, the clustered one is not', () => {
    const all = runs({ rho: 0.8, shockSd: 0.1 }, N, 1);
    const errors = all.map((r) => r.enrollment.logOddsLift - r.truth);
    const rms = Math.sqrt(errors.reduce((a, b) => a + b * b, 0) / N);
    const mean = (f: (r: Run) => number): number => all.reduce((s, r) => s + f(r), 0) / N;
    // Measured: root mean square error 0.052, mean clustered se 0.047, mean independent se 0.033 (which covers 78%).
    expect(mean((r) => r.enrollment.independentStandardError)).toBeLessThan(0.8 * rms);
    expect(mean((r) => r.enrollment.standardError)).toBeGreaterThan(0.85 * rms);
  });
});

describe('PRETREND', () => {
  it('false alarms near its nominal 5% without a pre-trend (24 programs, 200 panels; 48 programs, 100)', () => {
    const small = runs({}, 200, 10_001).filter((r) => pretrendFires(r.estimates)).length;
    expect({ small, within: small / 200 <= 0.05 + threeSigma(0.05, 200) }).toEqual({ small, within: true });
    const large = runs({ programs: 48 }, 100, 10_001).filter((r) => pretrendFires(r.estimates)).length;
    expect({ large, within: large / 100 <= 0.05 + threeSigma(0.05, 100) }).toEqual({ large, within: true });
    // Not far below it either: a test that never fires would be useless.
    expect(small + large).toBeGreaterThan(0);
  });

  it('a pre-existing trend of +0.03 log-odds a year among the adopters passes for an effect of about +0.14', () => {
    const all = runs({ trend: { ENROLLMENT_RATE: 0.03 } }, 50, 10_001);
    const bias = all.reduce((s, r) => s + r.enrollment.logOddsLift - r.truth, 0) / all.length;
    expect(bias).toBeGreaterThan(0.1);
    expect(bias).toBeLessThan(0.18);
  });

  it('and is caught most of the time on 48 programs with 4–6 pre-years (100 panels)', () => {
    // bench/calibration-coverage.ts measured 80% for the enrollment test alone over 200 panels, 64% for the warning
    // with three outcomes (its level shared out); on 24 programs 42% and 24%: the power is the data's.
    const all = runs({ programs: 48, trend: { ENROLLMENT_RATE: 0.03 } }, 100, 10_001);
    const caught = all.filter((r) => pretrendFires(r.estimates)).length;
    expect({ caught, most: caught / 100 >= 0.5 }).toEqual({ caught, most: true });
    // The trend shows in the event study's leads: on average −0.03 per year before the reference year −1.
    const lead = (k: number): number =>
      all.reduce((s, r) => s + (r.enrollment.eventStudy.find((c) => c.relativeYear === k)?.estimate ?? NaN), 0) /
      all.length;
    expect(lead(-5)).toBeCloseTo(-0.12, 1);
    expect(lead(-2)).toBeCloseTo(-0.03, 1);
  });
});
