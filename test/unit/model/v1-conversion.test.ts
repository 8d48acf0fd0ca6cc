/**
 * Model v1 → v2 (src/model/v1.ts): v1's stated-intent ratios discounted by a realisation share become the realised
 * effects, on the log-odds scale:
 *   ENROLLMENT_EFFECT = ln(1 + IR·(ER − 1)), ENGAGEMENT_EFFECT = ln(1 + IR·(EG − 1)),
 *   RETENTION_EFFECT = ln(1 + RPT·IR·(EG − 1)).
 * A vector converts exactly; a set of ranges by its corners (low, high) and modes.
 */
import { modesOf } from '../../../src/model/assumptions';
import { EFFECT_PARAMETERS, projectProgram } from '../../../src/model';
import type { AssumptionSpec, ParameterValues } from '../../../src/model';
import { convertV1Specs, convertV1Vector, isV1Set } from '../../../src/model/v1';
import type { V1Spec, V1Values } from '../../../src/model/v1';
import { PRIOR, V1_PRIOR } from './calibration/helpers';
import { DEFAULT_ASSUMPTIONS, embedding, program, V1_DEFAULT_ASSUMPTIONS } from './fixtures';

const OTHERS = { NON_CREDIT_EFFECT_SHARE: 0.4, ELECTIVE_TAKE_UP: 0.35, AWARENESS_RAMP_YEARS: 1.5 };

describe('convertV1Vector', () => {
  it('applies the three formulas exactly', () => {
    // ER 3, EG 1.8, IR 0.4, RPT 0.25:
    //   enrollment ln(1 + 0.4·2) = ln 1.8 = 0.587787; engagement ln(1 + 0.4·0.8) = ln 1.32 = 0.277632;
    //   retention ln(1 + 0.25·0.32) = ln 1.08 = 0.076961.
    const v = convertV1Vector({
      ENROLLMENT_RATIO: 3,
      ENGAGEMENT_RATIO: 1.8,
      INTENT_REALISATION: 0.4,
      RETENTION_PASS_THROUGH: 0.25,
      ...OTHERS,
    });
    expect(v.ENROLLMENT_EFFECT).toBeCloseTo(0.587787, 6);
    expect(v.ENGAGEMENT_EFFECT).toBeCloseTo(0.277632, 6);
    expect(v.RETENTION_EFFECT).toBeCloseTo(0.076961, 6);
    expect(v.ENROLLMENT_EFFECT).toBeCloseTo(Math.log(1.8), 14);
    expect(v.ENGAGEMENT_EFFECT).toBeCloseTo(Math.log(1.32), 14);
    expect(v.RETENTION_EFFECT).toBeCloseTo(Math.log(1.08), 14);
    // The other parameters are carried over as they are, and nothing else is added.
    expect(Object.keys(v).sort()).toEqual(
      ['ENROLLMENT_EFFECT', 'ENGAGEMENT_EFFECT', 'RETENTION_EFFECT', ...Object.keys(OTHERS)].sort(),
    );
    expect(v).toMatchObject(OTHERS);
  });

  it('the running example: ER 2.4, EG 2.0, IR 0.5, RPT 0.5 give the ratios 1.7, 1.5 and 1.25', () => {
    const v = convertV1Vector({
      ENROLLMENT_RATIO: 2.4,
      ENGAGEMENT_RATIO: 2,
      INTENT_REALISATION: 0.5,
      RETENTION_PASS_THROUGH: 0.5,
      ...OTHERS,
    });
    expect(Math.exp(v.ENROLLMENT_EFFECT)).toBeCloseTo(1.7, 14);
    expect(Math.exp(v.ENGAGEMENT_EFFECT)).toBeCloseTo(1.5, 14);
    expect(Math.exp(v.RETENTION_EFFECT)).toBeCloseTo(1.25, 14);
  });

  it('no realisation (or no pass-through) is exactly no effect; a ratio below 1 is harm', () => {
    const none = convertV1Vector({
      ENROLLMENT_RATIO: 2.4,
      ENGAGEMENT_RATIO: 2,
      INTENT_REALISATION: 0,
      RETENTION_PASS_THROUGH: 0.7,
      ...OTHERS,
    });
    expect([none.ENROLLMENT_EFFECT, none.ENGAGEMENT_EFFECT, none.RETENTION_EFFECT]).toEqual([0, 0, 0]);
    const noPassThrough = convertV1Vector({
      ENROLLMENT_RATIO: 2.4,
      ENGAGEMENT_RATIO: 2,
      INTENT_REALISATION: 0.5,
      RETENTION_PASS_THROUGH: 0,
      ...OTHERS,
    });
    expect(noPassThrough.RETENTION_EFFECT).toBe(0);
    // Fully realised (IR 1): ER 0.5 halves the odds, ln 0.5; EG 0.8 gives ln 0.8, and with RPT 0.5 ln(1 − 0.5·0.2) = ln 0.9.
    const harm = convertV1Vector({
      ENROLLMENT_RATIO: 0.5,
      ENGAGEMENT_RATIO: 0.8,
      INTENT_REALISATION: 1,
      RETENTION_PASS_THROUGH: 0.5,
      ...OTHERS,
    });
    expect(harm.ENROLLMENT_EFFECT).toBeCloseTo(Math.log(0.5), 14);
    expect(harm.ENGAGEMENT_EFFECT).toBeCloseTo(Math.log(0.8), 14);
    expect(harm.RETENTION_EFFECT).toBeCloseTo(Math.log(0.9), 14);
  });

  it('keeps the effects within ±5 (a v1 ratio had no upper bound)', () => {
    const v = convertV1Vector({
      ENROLLMENT_RATIO: 1000,
      ENGAGEMENT_RATIO: 0.001,
      INTENT_REALISATION: 1,
      RETENTION_PASS_THROUGH: 1,
      ...OTHERS,
    });
    // ln 1000 = 6.9 and ln 0.001 = −6.9 are cut to the bounds.
    expect(v.ENROLLMENT_EFFECT).toBe(5);
    expect(v.ENGAGEMENT_EFFECT).toBe(-5);
    expect(v.RETENTION_EFFECT).toBe(-5);
  });

  it('a converted v1 vector projects as v1 did with its realised ratios (hand-computed)', () => {
    // The running example: 2,000 prospects, 260 entrants (q = 0.13), a CORE credit-bearing credential added,
    // ODDS, the v1 modes (R'_enr = 1.7, R'_eng = 1.5, R_ret = 1.25), awareness ramp 2 years.
    //   U(0.13, 1.7) = 0.221/(0.87 + 0.221) = 0.202566 → year 2 entrants 2,000·0.202566 = 405.1329
    //   year 1 (a₁ = ½): q₁ = 0.13 + ½·(0.202566 − 0.13) = 0.166283 → 332.5665
    //   new cohorts: engagement U(0.5, 1.5) = 0.75/1.25 = 0.6; retention U(0.8, 1.25) = 1/1.2 = 0.833333
    const v1: V1Values = {
      ENROLLMENT_RATIO: 2.4,
      ENGAGEMENT_RATIO: 2,
      INTENT_REALISATION: 0.5,
      RETENTION_PASS_THROUGH: 0.5,
      NON_CREDIT_EFFECT_SHARE: 0.5,
      ELECTIVE_TAKE_UP: 0.3,
      AWARENESS_RAMP_YEARS: 2,
    };
    // Model v1 is v2 with an unbounded credential (embedding() has hours Infinity) and no diversion.
    const params = { ...convertV1Vector(v1), OFFER_HOURS_SCALE: 135, DIVERSION_SHARE: 0, RELEVANCE_FLOOR: 0.2 };
    const input = program({
      annualProspects: 2000,
      annualNewEnrollments: 260,
      engagementRate: 0.5,
      retentionRate: 0.8,
      scenario: [embedding({ isNew: true })],
    });
    const { scenario } = projectProgram(input, params, 'ODDS', 3);
    expect(scenario[0].values.NEW_ENROLLMENTS).toBeCloseTo(332.5665, 3);
    expect(scenario[1].values.NEW_ENROLLMENTS).toBeCloseTo(405.1329, 3);
    expect(scenario[2].values.NEW_ENROLLMENTS).toBeCloseTo(405.1329, 3);
    // Year 1 (4-year program, 260 steady entrants before): H = 332.5665 + 260·(0.8 + 0.64 + 0.512) = 840.0865;
    // engagement (332.5665·0.6 + 507.52·0.5)/840.0865 = 0.539587; retention (332.5665·0.833333 + 507.52·0.8)/840.0865
    // = 0.813196.
    expect(scenario[0].values.HEADCOUNT).toBeCloseTo(840.0865, 3);
    expect(scenario[0].values.ENGAGEMENT_RATE).toBeCloseTo(0.539587, 5);
    expect(scenario[0].values.RETENTION_RATE).toBeCloseTo(0.813196, 5);
  });
});

describe('convertV1Specs', () => {
  const isEffect = (s: AssumptionSpec): boolean => (EFFECT_PARAMETERS as readonly string[]).includes(s.parameter);
  const effectsOf = (specs: readonly AssumptionSpec[]): AssumptionSpec[] => specs.filter(isEffect);

  /** Same parameter, distribution and point mass; low, mode and high to 12 digits. */
  function expectSpecs(actual: readonly AssumptionSpec[], expected: readonly AssumptionSpec[]): void {
    expect(actual.map((s) => s.parameter)).toEqual(expected.map((s) => s.parameter));
    actual.forEach((s, i) => {
      const e = expected[i];
      expect({ parameter: s.parameter, distribution: s.distribution, zeroMass: s.zeroMass ?? 0 }).toEqual({
        parameter: e.parameter,
        distribution: e.distribution,
        zeroMass: e.zeroMass ?? 0,
      });
      for (const k of ['low', 'mode', 'high'] as const) {
        expect({ parameter: s.parameter, k, close: Math.abs(s[k] - e[k]) < 1e-12 }).toEqual({
          parameter: e.parameter,
          k,
          close: true,
        });
      }
    });
  }

  it('converts the v1 defaults into the fixtures’ v2 defaults (corners for the range, modes at the modes)', () => {
    const converted = convertV1Specs(V1_DEFAULT_ASSUMPTIONS);
    expectSpecs(converted, effectsOf(DEFAULT_ASSUMPTIONS));
    expect(converted.map((s) => s.from)).toEqual([
      ['ENROLLMENT_RATIO', 'INTENT_REALISATION'],
      ['ENGAGEMENT_RATIO', 'INTENT_REALISATION'],
      ['ENGAGEMENT_RATIO', 'INTENT_REALISATION', 'RETENTION_PASS_THROUGH'],
    ]);
    // And the calibration tests' prior (RETENTION_PASS_THROUGH UNIFORM there) likewise.
    expectSpecs(convertV1Specs(V1_PRIOR), effectsOf(PRIOR));
  });

  it('takes low and high from the extreme corners, even where the range crosses no effect', () => {
    // ER 1.2 / 2 / 3, EG 0.8 / 1.2 / 1.5, IR 0.2 / 0.5 / 0.9, RPT 0.1 / 0.3 / 0.6:
    //   enrollment: IR·(ER − 1) over the corners 0.04 … 1.8 → [ln 1.04, ln 2.8], mode ln(1 + 0.5·1) = ln 1.5
    //   engagement: IR·(EG − 1) ∈ {−0.04, −0.18, 0.1, 0.45} → [ln 0.82, ln 1.45], mode ln(1 + 0.5·0.2) = ln 1.1
    //   retention: RPT·IR·(EG − 1), smallest 0.6·0.9·(−0.2) = −0.108, largest 0.6·0.9·0.5 = 0.27
    //     → [ln 0.892, ln 1.27], mode ln(1 + 0.3·0.5·0.2) = ln 1.03
    const v1: V1Spec[] = [
      { parameter: 'ENROLLMENT_RATIO', low: 1.2, mode: 2, high: 3, distribution: 'TRIANGULAR' },
      { parameter: 'ENGAGEMENT_RATIO', low: 0.8, mode: 1.2, high: 1.5, distribution: 'UNIFORM' },
      { parameter: 'INTENT_REALISATION', low: 0.2, mode: 0.5, high: 0.9, distribution: 'PERT' },
      { parameter: 'RETENTION_PASS_THROUGH', low: 0.1, mode: 0.3, high: 0.6, distribution: 'FIXED' },
    ];
    const spec = (parameter: AssumptionSpec['parameter'], low: number, mode: number, high: number): AssumptionSpec => ({
      parameter,
      low: Math.log(low),
      mode: Math.log(mode),
      high: Math.log(high),
      distribution: 'PERT',
      zeroMass: 0,
    });
    expectSpecs(convertV1Specs(v1), [
      spec('ENROLLMENT_EFFECT', 1.04, 1.5, 2.8),
      spec('ENGAGEMENT_EFFECT', 0.82, 1.1, 1.45),
      spec('RETENTION_EFFECT', 0.892, 1.03, 1.27),
    ]);
    for (const s of convertV1Specs(v1)) expect(s.low <= s.mode && s.mode <= s.high).toBe(true);
  });

  it('is FIXED when every input is FIXED (or the range is a point), PERT otherwise, never with a point mass', () => {
    const fixed: V1Spec[] = V1_DEFAULT_ASSUMPTIONS.map((s) => ({ ...s, distribution: 'FIXED' }));
    const converted = convertV1Specs(fixed);
    expect(converted.map((s) => s.distribution)).toEqual(['FIXED', 'FIXED', 'FIXED']);
    expect(converted.map((s) => s.zeroMass)).toEqual([0, 0, 0]);
    // Modes at the v1 modes all the same.
    expect(converted.map((s) => Math.exp(s.mode))).toEqual([
      expect.closeTo(1.7, 12),
      expect.closeTo(1.5, 12),
      expect.closeTo(1.25, 12),
    ]);
    // One input uncertain makes the effects that use it PERT: RETENTION_PASS_THROUGH feeds the retention effect only.
    const one = fixed.map((s) =>
      s.parameter === 'RETENTION_PASS_THROUGH' ? { ...s, distribution: 'UNIFORM' as const } : s,
    );
    expect(convertV1Specs(one).map((s) => s.distribution)).toEqual(['FIXED', 'FIXED', 'PERT']);
    // Point ranges convert to FIXED whatever their distribution.
    const points: V1Spec[] = V1_DEFAULT_ASSUMPTIONS.map((s) => ({ ...s, low: s.mode, high: s.mode }));
    const pointSpecs = convertV1Specs(points);
    expect(pointSpecs.map((s) => s.distribution)).toEqual(['FIXED', 'FIXED', 'FIXED']);
    for (const s of pointSpecs) expect([s.low, s.mode]).toEqual([s.high, s.high]);
    expect(convertV1Specs(V1_DEFAULT_ASSUMPTIONS).map((s) => [s.distribution, s.zeroMass])).toEqual([
      ['PERT', 0],
      ['PERT', 0],
      ['PERT', 0],
    ]);
  });

  it('names a missing input', () => {
    const withoutRealisation = V1_DEFAULT_ASSUMPTIONS.filter((s) => s.parameter !== 'INTENT_REALISATION');
    expect(() => convertV1Specs(withoutRealisation)).toThrow(/INTENT_REALISATION/);
  });

  it('a converted v1 set projects, at its modes, as v1 did with its realised ratios: 405.1 entrants in year 2', () => {
    // The running example (see convertV1Vector above): 2,000 prospects, 260 entrants, ODDS, R'_enr = 1.7 at the
    // v1 modes → year-2 entrants 2,000·U(0.13, 1.7) = 405.1329.
    const set: AssumptionSpec[] = [
      ...convertV1Specs(V1_DEFAULT_ASSUMPTIONS),
      ...DEFAULT_ASSUMPTIONS.filter((s) => !isEffect(s)),
    ];
    const modes: ParameterValues = modesOf(set);
    const input = program({
      annualProspects: 2000,
      annualNewEnrollments: 260,
      scenario: [embedding({ isNew: true })],
    });
    const { baseline, scenario } = projectProgram(input, modes, 'ODDS', 2);
    expect(baseline[1].values.NEW_ENROLLMENTS).toBeCloseTo(260, 10);
    expect(scenario[1].values.NEW_ENROLLMENTS).toBeCloseTo(405.1329, 3);
  });

  it('isV1Set tells a v1 set from a v2 one', () => {
    expect(isV1Set(V1_DEFAULT_ASSUMPTIONS)).toBe(true);
    expect(isV1Set(DEFAULT_ASSUMPTIONS)).toBe(false);
  });
});
