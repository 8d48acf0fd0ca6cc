import fc from 'fast-check';
import { mixedRate, recoverRate, realisedRatio, uplift, validateAssumption, RISK_CAP } from '../../../src/model';
import type { AssumptionSpec } from '../../../src/model';
import { effectRatios } from '../../../src/model/uplift';

const openUnit = fc.double({ min: 0, max: 1, minExcluded: true, maxExcluded: true, noNaN: true });
const positive = fc.double({ min: 0, minExcluded: true, noNaN: true, noDefaultInfinity: true });

describe('uplift conversions', () => {
  it('ODDS applies the ratio to odds: 50 % at 2.4 gives 70.6 %, not 120 %', () => {
    // odds 1 → 2.4 → 2.4/3.4 = 0.705882
    expect(uplift(0.5, 2.4, 'ODDS')).toBeCloseTo(0.705882, 6);
    expect(uplift(0.2, 1, 'ODDS')).toBe(0.2);
  });

  it('RISK_CAPPED multiplies and caps at 0.99', () => {
    expect(uplift(0.2, 2.4, 'RISK_CAPPED')).toBeCloseTo(0.48, 12);
    expect(uplift(0.5, 2.4, 'RISK_CAPPED')).toBe(RISK_CAP);
  });

  it('ODDS stays inside (0, 1) for every rate in (0, 1) and every positive ratio', () => {
    fc.assert(
      fc.property(openUnit, positive, (p, r) => {
        const v = uplift(p, r, 'ODDS');
        return v > 0 && v < 1;
      }),
      { numRuns: 2000 },
    );
  });

  it('ODDS is increasing in the ratio', () => {
    fc.assert(
      fc.property(openUnit, positive, positive, (p, r1, r2) => {
        const [lo, hi] = r1 <= r2 ? [r1, r2] : [r2, r1];
        return uplift(p, lo, 'ODDS') <= uplift(p, hi, 'ODDS');
      }),
    );
  });

  it('realised ratio (model v1, kept for the conversion) discounts the excess: 1 + 0.5·(2.4 − 1) = 1.7', () => {
    expect(realisedRatio(2.4, 0.5)).toBeCloseTo(1.7, 12);
    expect(realisedRatio(2.4, 0)).toBe(1);
  });

  it('the effects apply their ratios exp(effect): an effect of exactly 0 is a ratio of exactly 1', () => {
    const out = effectRatios(
      {
        ENROLLMENT_EFFECT: Math.log(1.7),
        ENGAGEMENT_EFFECT: 0,
        RETENTION_EFFECT: -Math.log(2),
        NON_CREDIT_EFFECT_SHARE: 0.5,
        ELECTIVE_TAKE_UP: 0.3,
        AWARENESS_RAMP_YEARS: 2,
        OFFER_HOURS_SCALE: 135,
        DIVERSION_SHARE: 0,
        RELEVANCE_FLOOR: 0.2,
      },
      { enrollment: NaN, engagement: NaN, retention: NaN },
    );
    expect(out.enrollment).toBeCloseTo(1.7, 14);
    expect(out.engagement).toBe(1);
    expect(out.retention).toBeCloseTo(0.5, 14);
    // A ratio of exactly 1 leaves every rate as it is under ODDS, bit for bit.
    for (const p of [1e-9, 0.013, 0.1, 0.2, 1 / 3, 0.5, 0.77, 0.999999]) expect(uplift(p, 1, 'ODDS')).toBe(p);
    fc.assert(fc.property(openUnit, (p) => uplift(p, 1, 'ODDS') === p && recoverRate(p, 0.6, 1, 'ODDS') === p));
  });
});

describe('recovery of the underlying rate', () => {
  it('inverts the mixed rate under ODDS for any exposure and ratio', () => {
    const ratio = fc.double({ min: 0.01, max: 100, noNaN: true });
    const rate = fc.double({ min: 1e-6, max: 1 - 1e-6, noNaN: true });
    fc.assert(
      fc.property(rate, fc.double({ min: 0, max: 1, noNaN: true }), ratio, (o, x, r) => {
        const p = recoverRate(o, x, r, 'ODDS');
        expect(p).toBeGreaterThan(0);
        expect(p).toBeLessThan(1);
        expect(Math.abs(mixedRate(p, x, r, 'ODDS') - o)).toBeLessThan(1e-12);
      }),
      { numRuns: 2000 },
    );
  });

  it('inverts the mixed rate under RISK_CAPPED wherever the observed rate is reachable', () => {
    fc.assert(
      fc.property(
        openUnit,
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0.01, max: 100, noNaN: true }),
        (o, x, r) => {
          // Highest reachable value: the mixed rate at p → 1.
          fc.pre(o < mixedRate(1 - 1e-9, x, r, 'RISK_CAPPED'));
          const p = recoverRate(o, x, r, 'RISK_CAPPED');
          expect(Math.abs(mixedRate(p, x, r, 'RISK_CAPPED') - o)).toBeLessThan(1e-12);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('is the observed rate itself with no exposure or a neutral ratio', () => {
    expect(recoverRate(0.3, 0, 2.4, 'ODDS')).toBe(0.3);
    expect(recoverRate(0.3, 0.7, 1, 'ODDS')).toBe(0.3);
  });

  it('lowers the underlying rate as the ratio grows (more of what is observed is the offer)', () => {
    fc.assert(
      fc.property(
        rateArbStrict(),
        fc.double({ min: 0.05, max: 1, noNaN: true }),
        fc.double({ min: 1, max: 10, noNaN: true }),
        fc.double({ min: 1, max: 10, noNaN: true }),
        (o, x, r1, r2) => {
          const [lo, hi] = r1 <= r2 ? [r1, r2] : [r2, r1];
          return recoverRate(o, x, hi, 'ODDS') <= recoverRate(o, x, lo, 'ODDS') + 1e-15;
        },
      ),
    );
  });
});

function rateArbStrict(): fc.Arbitrary<number> {
  return fc.double({ min: 0.001, max: 0.999, noNaN: true });
}

describe('validateAssumption', () => {
  // The v1 default ENROLLMENT_RATIO 1.7 / 2.4 / 2.4 with INTENT_REALISATION 0 / 0.5 / 0.75, as an effect (fixtures.ts).
  const ok: AssumptionSpec = {
    parameter: 'ENROLLMENT_EFFECT',
    low: 0,
    mode: Math.log(1.7),
    high: Math.log(2.05),
    distribution: 'PERT',
  };

  it('accepts the design defaults, negative effects (harm) and the full ±5 range', () => {
    expect(validateAssumption(ok)).toBeNull();
    expect(
      validateAssumption({
        parameter: 'RETENTION_EFFECT',
        low: 0,
        mode: Math.log(1.25),
        high: Math.log(1.75),
        distribution: 'TRIANGULAR',
      }),
    ).toBeNull();
    expect(validateAssumption({ ...ok, low: -0.7, mode: -0.2 })).toBeNull();
    expect(validateAssumption({ ...ok, low: -5, mode: 0, high: 5, distribution: 'UNIFORM' })).toBeNull();
  });

  it('accepts NORMAL (mean mode, sd (high − low)/6, truncated to [low, high])', () => {
    expect(validateAssumption({ ...ok, low: -0.25, mode: 0.05, high: 0.35, distribution: 'NORMAL' })).toBeNull();
    expect(validateAssumption({ ...ok, distribution: 'NORMAL' })).toBeNull();
  });

  it.each<[string, AssumptionSpec, RegExp]>([
    ['low > mode', { ...ok, low: 0.6 }, /low ≤ mode ≤ high/],
    ['mode > high', { ...ok, mode: 1 }, /low ≤ mode ≤ high/],
    ['non-finite', { ...ok, high: Infinity }, /finite/],
    ['NaN', { ...ok, mode: NaN }, /finite/],
    ['effect > 5', { ...ok, high: 5.01 }, /log odds ratio in \[−5, 5\]/],
    ['effect < −5', { ...ok, low: -5.5, mode: -1 }, /log odds ratio in \[−5, 5\]/],
    [
      'effect < −5 (NORMAL)',
      { parameter: 'ENGAGEMENT_EFFECT', low: -6, mode: 0, high: 1, distribution: 'NORMAL' },
      /log odds ratio in \[−5, 5\]/,
    ],
    ['unknown distribution', { ...ok, distribution: 'LOGNORMAL' as AssumptionSpec['distribution'] }, /distribution/],
    ['a v1 parameter', { ...ok, parameter: 'ENROLLMENT_RATIO' as AssumptionSpec['parameter'] }, /unknown parameter/],
    ['share > 1', { parameter: 'ELECTIVE_TAKE_UP', low: 0.1, mode: 0.3, high: 1.2, distribution: 'PERT' }, /\[0, 1\]/],
    [
      'share < 0',
      { parameter: 'NON_CREDIT_EFFECT_SHARE', low: -0.1, mode: 0.3, high: 0.5, distribution: 'PERT' },
      /\[0, 1\]/,
    ],
    [
      'ramp 0 years',
      { parameter: 'AWARENESS_RAMP_YEARS', low: 0, mode: 2, high: 3, distribution: 'UNIFORM' },
      /years > 0/,
    ],
  ])('rejects %s', (_name, spec, message) => {
    expect(validateAssumption(spec)).toMatch(message);
  });
});
