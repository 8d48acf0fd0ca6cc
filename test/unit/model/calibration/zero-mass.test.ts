/**
 * The calibration with a point mass at "no effect" (model v2): the sampler's on/off indicators (posterior.ts)
 * against an exact posterior, and calibrate()'s probabilities that each effect is positive or exactly 0
 * (LocalEffectEstimate.probabilityPositive / probabilityNoEffect) on panels generated from a known truth.
 */
import { EFFECT_PARAMETERS, PARAMETERS } from '../../../../src/model';
import type { AssumptionSpec, ParameterValues } from '../../../../src/model';
import { calibrate, simulatePanel } from '../../../../src/model/calibration';
import type { CalibrationResult, LocalEffectEstimate, SyntheticProgram } from '../../../../src/model/calibration';
import { samplePosterior } from '../../../../src/model/calibration/posterior';
import { paretoK } from '../../../../src/model/calibration/stats';
import { normalCdf } from '../../../../src/model/distributions';
import { DEFAULT_ASSUMPTIONS } from '../fixtures';
import { manyPilotPrograms, MODES, pilotPrograms, SPIKE_PRIOR } from './helpers';

/** The slab's sd (SPIKE_PRIOR: (1.2 − (−1))/6). */
const sd0 = 2.2 / 6;
const NO_EFFECT: ParameterValues = { ...MODES, ENROLLMENT_EFFECT: 0, ENGAGEMENT_EFFECT: 0, RETENTION_EFFECT: 0 };

function run(programs: SyntheticProgram[], truth: ParameterValues, seed: number): CalibrationResult {
  const actuals = simulatePanel({ programs, firstYear: 2018, lastYear: 2025, params: truth, conversion: 'ODDS', seed });
  return calibrate({ programs: actuals, assumptions: SPIKE_PRIOR, conversion: 'ODDS' }, { draws: 1000, seed: 5 });
}
const estimate = (r: CalibrationResult, effect: string): LocalEffectEstimate =>
  r.estimates.find((e) => e.effect === effect) as LocalEffectEstimate;
const posterior = (r: CalibrationResult, effect: string): CalibrationResult['parameters'][number]['posterior'] =>
  r.parameters[PARAMETERS.indexOf(effect as (typeof PARAMETERS)[number])].posterior;

describe('the spike-and-slab sampler against the exact posterior', () => {
  // One uncertain effect: 0 with probability zeroMass, else NORMAL(mode 0.2, sd 2.2/6) truncated to [−1, 1.2];
  // one estimate y ~ Normal(effect, s). The exact posterior, by quadrature (Simpson, 20,000 intervals):
  //   P(0 | y) = z·L(0) / (z·L(0) + (1 − z)·∫ L(θ)·slab(θ) dθ),  E[θ | y, θ ≠ 0] = ∫ θ·L·slab / ∫ L·slab.
  // ELECTIVE_TAKE_UP stays uncertain (the likelihood ignores it) so the particles stay distinct vectors.
  const SLAB = { low: -1, mode: 0.2, high: 1.2 };
  const sd = (SLAB.high - SLAB.low) / 6;
  function exact(y: number, s: number, z: number): { noEffect: number; mean: number } {
    const Z = normalCdf((SLAB.high - SLAB.mode) / sd) - normalCdf((SLAB.low - SLAB.mode) / sd);
    const L = (t: number): number => Math.exp(-((t - y) ** 2) / (2 * s * s));
    const n = 20_000;
    const h = (SLAB.high - SLAB.low) / n;
    let m0 = 0;
    let m1 = 0;
    for (let i = 0; i <= n; i++) {
      const t = SLAB.low + i * h;
      const w = ((i === 0 || i === n ? 1 : i % 2 ? 4 : 2) * h) / 3;
      const f = (L(t) * Math.exp(-0.5 * ((t - SLAB.mode) / sd) ** 2)) / (sd * Math.sqrt(2 * Math.PI) * Z);
      m0 += w * f;
      m1 += w * f * t;
    }
    return { noEffect: (z * L(0)) / (z * L(0) + (1 - z) * m0), mean: m1 / m0 };
  }

  it.each([
    { y: 0.1, s: 0.2, z: 0.5 }, // weak data: P(0) 0.654
    { y: 0.05, s: 0.1, z: 0.5 }, // data near 0: P(0) 0.783
    { y: 0.2, s: 0.1, z: 0.5 }, // data away from 0: P(0) 0.339
    { y: -0.2, s: 0.1, z: 0.7 }, // harm, with a prior leaning to no effect: P(0) 0.675
  ])('y = $y ± $s, zeroMass $z: P(no effect) and the mean of the rest', ({ y, s, z }) => {
    const specs: AssumptionSpec[] = DEFAULT_ASSUMPTIONS.map((a) =>
      a.parameter === 'ENROLLMENT_EFFECT'
        ? { ...a, ...SLAB, distribution: 'NORMAL', zeroMass: z }
        : a.parameter === 'ELECTIVE_TAKE_UP'
          ? a
          : { ...a, distribution: 'FIXED' },
    );
    const N = 4000;
    const r = samplePosterior(specs, (p) => -((p.ENROLLMENT_EFFECT - y) ** 2) / (2 * s * s), { draws: N, seed: 1 });
    expect(r.status).toBe('OK');
    const j = PARAMETERS.indexOf('ENROLLMENT_EFFECT');
    let zeros = 0;
    let sum = 0;
    for (let d = 0; d < N; d++) {
      const v = r.posterior[d * PARAMETERS.length + j];
      if (v === 0) zeros++;
      else sum += v;
    }
    const want = exact(y, s, z);
    // Monte Carlo error: about √(p(1 − p)/ESS) ≈ 0.01 for the share; allow 0.04 and 0.02 on the mean.
    expect(Math.abs(zeros / N - want.noEffect)).toBeLessThan(0.04);
    expect(Math.abs(sum / (N - zeros) - want.mean)).toBeLessThan(0.02);
  });
});

describe('calibrate with a point mass at no effect', () => {
  it('no effect at all: the probability of no effect rises from its prior 0.5', () => {
    // A moderate panel: the 12 programs of pilotPrograms, 2018–2025, every effect exactly 0.
    const r = run(pilotPrograms(), NO_EFFECT, 1);
    expect(r.estimates.map((e) => [e.outcome, e.effect])).toEqual([
      ['ENROLLMENT_RATE', 'ENROLLMENT_EFFECT'],
      ['ENGAGEMENT_RATE', 'ENGAGEMENT_EFFECT'],
      ['RETENTION_RATE', 'RETENTION_EFFECT'],
    ]);
    // Prior: 0.5 at 0; positive 0.5·P(slab > 0) = 0.5·(Φ(3.27) − Φ(−0.545))/(Φ(2.73) − Φ(−3.27)) = 0.354.
    // 1,000 prior draws: binomial sd ≈ 0.016; allow 4.
    const slabPositive = (normalCdf(1 / sd0) - normalCdf(-0.2 / sd0)) / (normalCdf(1 / sd0) - normalCdf(-1.2 / sd0));
    for (const e of r.estimates) {
      expect(Math.abs(e.priorProbabilityNoEffect - 0.5)).toBeLessThan(4 * Math.sqrt(0.25 / 1000));
      expect(Math.abs(e.priorProbabilityPositive - 0.5 * slabPositive)).toBeLessThan(0.065);
      expect(e.probabilityNoEffect).toBeGreaterThan(e.priorProbabilityNoEffect);
      expect(e.probabilityPositive).toBeLessThan(e.priorProbabilityPositive);
    }
    const enrollment = estimate(r, 'ENROLLMENT_EFFECT');
    expect(enrollment.probabilityNoEffect).toBeGreaterThan(0.7);
    // More than half of the posterior is exactly 0: the realised ratio's median is exactly 1.
    const ratio = r.derived.find((d) => d.quantity === 'REALISED_ENROLLMENT_RATIO')!;
    expect(ratio.posterior.p50).toBe(1);
    expect(posterior(r, 'ENROLLMENT_EFFECT').p50).toBe(0);
    // The sign probabilities are the shares of the joint sample.
    const share = r.sample.filter((v) => v.ENROLLMENT_EFFECT === 0).length / r.sample.length;
    expect(share).toBeCloseTo(enrollment.probabilityNoEffect, 12);
  });

  it('a clearly positive effect on a panel of many programs: probabilityPositive > 0.95', () => {
    // 36 programs (3 × pilotPrograms); truth: R'_enr = 1.5, engagement and retention at the default modes.
    const truth = { ...MODES, ENROLLMENT_EFFECT: Math.log(1.5) };
    const r = run(manyPilotPrograms(3), truth, 1);
    expect(r.status).toBe('OK');
    for (const effect of EFFECT_PARAMETERS) {
      const e = estimate(r, effect);
      expect(e.probabilityPositive).toBeGreaterThan(0.95);
      expect(e.probabilityNoEffect).toBeLessThan(0.05);
      expect(e.probabilityPositive).toBeGreaterThan(e.priorProbabilityPositive);
    }
    const p = posterior(r, 'ENROLLMENT_EFFECT');
    expect(p.p10).toBeLessThan(Math.log(1.5));
    expect(p.p90).toBeGreaterThan(Math.log(1.5));
  });

  it('a clearly harmful effect: probabilityPositive < 0.05, and no effect ruled out too', () => {
    // 36 programs; truth: ENROLLMENT_EFFECT −0.4 (odds × 0.67), engagement and retention none.
    const r = run(manyPilotPrograms(3), { ...NO_EFFECT, ENROLLMENT_EFFECT: -0.4 }, 1);
    const e = estimate(r, 'ENROLLMENT_EFFECT');
    expect(e.probabilityPositive).toBeLessThan(0.05);
    expect(e.probabilityNoEffect).toBeLessThan(0.05);
    const p = posterior(r, 'ENROLLMENT_EFFECT');
    expect(p.p10).toBeLessThan(-0.4);
    expect(p.p90).toBeGreaterThan(-0.4);
    expect(p.p90).toBeLessThan(0);
    // Each effect from its own outcome: engagement, truly none, keeps most of its mass at 0.
    expect(estimate(r, 'ENGAGEMENT_EFFECT').probabilityNoEffect).toBeGreaterThan(0.5);
  });
});

/**
 * With a point mass, many particles share exactly the same log-likelihood (all those whose effects are all 0 predict
 * no lift, whatever their other parameters). When such a tie straddles the cutoff of the weights' upper tail, the
 * tied values are no exceedances: stats.ts paretoK fits only the strictly positive ones (before, gpdShape divided by
 * xstar = 0 and a good sample was reported UNRELIABLE).
 */
describe('tied weights under a point mass', () => {
  // 60 distinct values above −2.5, 815 below it, and 125 particles tied at −2.5: the tail (⌈3√1000⌉ = 95 values)
  // holds the 60 and 35 of the tie, so its lower quarter is all at the cutoff.
  const tied = new Float64Array(1000);
  for (let i = 0; i < 60; i++) tied[i] = -2.4 + i * 0.02;
  for (let i = 60; i < 875; i++) tied[i] = -8 + (i - 60) * 0.0065;
  for (let i = 875; i < 1000; i++) tied[i] = -2.5;

  it('(the same weights with the tie spread a little fit fine)', () => {
    const spread = Float64Array.from(tied, (v, i) => (i >= 875 ? v - (i - 875) * 1e-4 : v));
    expect(Number.isFinite(paretoK(spread))).toBe(true);
  });

  it('paretoK of log weights with a tie at the tail’s cutoff is finite', () => {
    expect(Number.isFinite(paretoK(tied))).toBe(true);
  });

  it('(that calibration has a good sample: ESS ≥ 400, distinct particles, the posterior reached)', () => {
    const r = run(pilotPrograms(), NO_EFFECT, 1);
    expect(r.effectiveSampleSize).toBeGreaterThanOrEqual(400);
    expect(r.diagnostics.distinct).toBeGreaterThanOrEqual(400);
    expect(r.diagnostics.stages).toBeLessThan(100);
  });

  it('no effect at all under a point-mass prior is a reliable calibration', () => {
    expect(run(pilotPrograms(), NO_EFFECT, 1).status).toBe('OK');
  });
});
