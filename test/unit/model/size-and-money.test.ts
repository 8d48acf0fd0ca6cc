/**
 * Model v2's size and saturation, diversion, capacity and contribution margin (docs/MODEL.md §4, DESIGN §4.4),
 * checked against arithmetic done by hand, step by step in the comments, through the public projectProgram.
 *
 * Notation: U(p, R) = R·p/(1 − p + R·p) (ODDS); R'_enr = exp(ENROLLMENT_EFFECT), R'_eng = exp(ENGAGEMENT_EFFECT),
 * R_ret = exp(RETENTION_EFFECT); d(h) = 1 − exp(−h / OFFER_HOURS_SCALE); σ_i = w_i·d_i·r_i; s = 1 − Π(1 − σ_i);
 * x = 1 − Π(1 − u_i·w_i·d_i).
 *
 * The parameters below: R'_enr = R'_eng = 2, R_ret = 1.5, NON_CREDIT_EFFECT_SHARE 0.5, ELECTIVE_TAKE_UP 0.3,
 * AWARENESS_RAMP_YEARS 2 (a₁ = 1/2, a₂ = 1), OFFER_HOURS_SCALE 135.
 *
 * The small program used throughout (SMALL): 60 credits over 2 years at 100 per credit → 30·100 = 3,000 per
 * learner-year; 1,000 prospects, 200 entrants (q = 0.2), engagement 0.5, retention 0.8, no growth, nothing today
 * (so s_now = x_now = 0 and the underlying rates are the observed ones). Its gaps:
 *   enrollment  U(0.2, 2) = 0.4/1.2 = 1/3,   1/3 − 1/5 = 2/15 = 0.133333 → 1,000·2/15 = 133.333333 entrants at s = 1
 *   engagement  U(0.5, 2) = 1/1.5 = 2/3,     2/3 − 1/2 = 1/6 = 0.166667
 *   retention   U(0.8, 1.5) = 1.2/1.4 = 6/7,  6/7 − 4/5 = 2/35 = 0.057143
 * so after the ramp N = 200 + 133.333333·s, and for cohorts entering under the scenario
 * e = 0.5 + x/6, r = 0.8 + x·2/35.
 *
 * Doses at OFFER_HOURS_SCALE 135 (US credit hour = 45 learning hours):
 *   1 credit   45 h:  e^(−1/3)     = 0.716531 → d = 0.283469
 *   3 credits 135 h:  e^(−1)       = 0.367879 → d = 0.632121
 *   6 credits 270 h:  e^(−2)       = 0.135335 → d = 0.864665
 *  12 credits 540 h:  e^(−4)       = 0.018316 → d = 0.981684
 *   module    1.5 h:  e^(−0.011111) = 0.988950 → d = 0.011050
 */
import { dose, offerHours, OUTCOME_METRICS, projectPortfolio, projectProgram } from '../../../src/model';
import type {
  EmbeddingTerms,
  OutcomeMetric,
  ParameterValues,
  ProgramModelInput,
  YearOutcome,
} from '../../../src/model';
import { embedding, program } from './fixtures';

const PARAMS: ParameterValues = {
  ENROLLMENT_EFFECT: Math.log(2),
  ENGAGEMENT_EFFECT: Math.log(2),
  RETENTION_EFFECT: Math.log(1.5),
  NON_CREDIT_EFFECT_SHARE: 0.5,
  ELECTIVE_TAKE_UP: 0.3,
  AWARENESS_RAMP_YEARS: 2,
  OFFER_HOURS_SCALE: 135,
  DIVERSION_SHARE: 0,
  RELEVANCE_FLOOR: 0.2,
};

/** 60 credits over 2 years at 100 per credit; 1,000 prospects, 200 entrants, engagement 0.5, retention 0.8. */
function small(overrides: Partial<ProgramModelInput> = {}): ProgramModelInput {
  return program({ totalCredits: 60, durationYears: 2, tuitionPerCredit: 100, ...overrides });
}

/** A credit-bearing credential added by the scenario, `credits` US credit hours applied, `hours` = 45 × credits. */
function certificate(credits: number, hours: number, overrides: Partial<EmbeddingTerms> = {}): EmbeddingTerms {
  return embedding({ creditBearing: true, creditsApplied: credits, hours, isNew: true, ...overrides });
}

/** The 1.5-hour non-credit module (w = NON_CREDIT_EFFECT_SHARE), added by the scenario. */
function module15(overrides: Partial<EmbeddingTerms> = {}): EmbeddingTerms {
  return embedding({ creditBearing: false, creditsApplied: 0, hours: 1.5, isNew: true, ...overrides });
}

function expectYear(actual: YearOutcome, expected: Partial<Record<OutcomeMetric, number>>, digits = 4): void {
  for (const [metric, value] of Object.entries(expected) as [OutcomeMetric, number][]) {
    try {
      expect(actual.values[metric]).toBeCloseTo(value, digits);
    } catch (e) {
      throw new Error(`year ${actual.year} ${metric}: ${(e as Error).message}`, { cause: e });
    }
  }
}

/** The scenario's entrants in each year of a projection of `input` with `params`. */
function entrants(input: ProgramModelInput, params: ParameterValues, horizon = 2): number[] {
  return projectProgram(input, params, 'ODDS', horizon).scenario.map((y) => y.values.NEW_ENROLLMENTS);
}

describe('dose: a credential’s size in learning hours, and how much of an offer it is', () => {
  it('offerHours: credits applied × hours per credit when credit-bearing, else the learning hours (0 unknown)', () => {
    // US credit hour 45 h: 1 → 45, 3 → 135, 6 → 270, 12 → 540.
    expect(offerHours({ creditBearing: true, creditsApplied: 1 }, 'US_CREDIT_HOUR')).toBe(45);
    expect(offerHours({ creditBearing: true, creditsApplied: 3 }, 'US_CREDIT_HOUR')).toBe(135);
    expect(offerHours({ creditBearing: true, creditsApplied: 6 }, 'US_CREDIT_HOUR')).toBe(270);
    expect(offerHours({ creditBearing: true, creditsApplied: 12 }, 'US_CREDIT_HOUR')).toBe(540);
    // ECTS 27.5 h: 1 → 27.5, 6 → 165. UK CATS 10 h: 1 → 10, 6 → 60.
    expect(offerHours({ creditBearing: true, creditsApplied: 1 }, 'ECTS')).toBe(27.5);
    expect(offerHours({ creditBearing: true, creditsApplied: 6 }, 'ECTS')).toBe(165);
    expect(offerHours({ creditBearing: true, creditsApplied: 1 }, 'UK_CATS')).toBe(10);
    expect(offerHours({ creditBearing: true, creditsApplied: 6 }, 'UK_CATS')).toBe(60);
    // The credit value wins over stated learning hours for a credential applied for credit.
    expect(offerHours({ creditBearing: true, creditsApplied: 6, learningHours: 20 }, 'US_CREDIT_HOUR')).toBe(270);
    // Non-credit: its learning hours, 1.5; unknown (null, absent, 0) → 0, no offer rather than a full one.
    expect(offerHours({ creditBearing: false, creditsApplied: 0, learningHours: 1.5 }, 'US_CREDIT_HOUR')).toBe(1.5);
    expect(offerHours({ creditBearing: false, creditsApplied: 0, learningHours: null }, 'US_CREDIT_HOUR')).toBe(0);
    expect(offerHours({ creditBearing: false, creditsApplied: 0 }, 'ECTS')).toBe(0);
    expect(offerHours({ creditBearing: false, creditsApplied: 0, learningHours: 0 }, 'UK_CATS')).toBe(0);
    // Credit-bearing but applied for no credit: read as its learning hours.
    expect(offerHours({ creditBearing: true, creditsApplied: 0, learningHours: 20 }, 'US_CREDIT_HOUR')).toBe(20);
  });

  it('dose(h, 135) = 1 − e^(−h/135): 0 hours none, Infinity a full dose', () => {
    // The doses of the file comment, plus ECTS 6 = 165 h: e^(−1.222222) = 0.294575 → 0.705425;
    // UK CATS 6 = 60 h: e^(−0.444444) = 0.641180 → 0.358820.
    expect(dose(45, 135)).toBeCloseTo(0.283469, 6);
    expect(dose(135, 135)).toBeCloseTo(0.632121, 6);
    expect(dose(270, 135)).toBeCloseTo(0.864665, 6);
    expect(dose(540, 135)).toBeCloseTo(0.981684, 6);
    expect(dose(165, 135)).toBeCloseTo(0.705425, 6);
    expect(dose(60, 135)).toBeCloseTo(0.35882, 6);
    expect(dose(1.5, 135)).toBeCloseTo(0.01105, 6);
    expect(dose(0, 135)).toBe(0);
    expect(dose(Infinity, 135)).toBe(1);
    expect(dose(Infinity, 1)).toBe(1);
  });
});

describe('offer strength: a larger credential is a stronger offer', () => {
  // One CORE credit-bearing credential (w = 1, r = 1): σ = d, s = d. SMALL program:
  //   year 1 (a₁ = 1/2): N₁ = 1,000·(0.2 + ½·s·2/15) = 200 + 66.666667·s
  //   year 2 (a₂ = 1):   N₂ = 200 + 133.333333·s
  //    1 credit  (45 h):  s = 0.283469 → N₁ = 200 + 18.897913 = 218.897913, N₂ = 200 + 37.795825 = 237.795825
  //    3 credits (135 h): s = 0.632121 → N₁ = 242.141371,                   N₂ = 200 + 84.282741 = 284.282741
  //    6 credits (270 h): s = 0.864665 → N₁ = 257.644314,                   N₂ = 200 + 115.288629 = 315.288629
  //   12 credits (540 h): s = 0.981684 → N₁ = 265.445624,                   N₂ = 200 + 130.891248 = 330.891248
  // The 1.5-hour non-credit module: σ = w·d = 0.5·0.011050 = 0.005525 → N₂ = 200 + 133.333333·0.005525
  //   = 200 + 0.736641 = 200.736641; its gain is 0.736641 / 115.288629 = 0.006390 of the 6-credit certificate's.
  const cases: [string, EmbeddingTerms, number, number][] = [
    ['1 credit', certificate(1, 45), 218.897913, 237.795825],
    ['3 credits', certificate(3, 135), 242.141371, 284.282741],
    ['6 credits', certificate(6, 270), 257.644314, 315.288629],
    ['12 credits', certificate(12, 540), 265.445624, 330.891248],
    ['1.5-hour module', module15(), 200.36832, 200.736641],
  ];

  it.each(cases)('%s: entrants in year 1 (half aware) and after the ramp', (_label, credential, n1, n2) => {
    const [y1, y2] = entrants(small({ scenario: [credential] }), PARAMS);
    expect(y1).toBeCloseTo(n1, 4);
    expect(y2).toBeCloseTo(n2, 4);
  });

  it('larger is stronger, and the 1.5-hour module earns under 2% of the 6-credit certificate’s gain', () => {
    const after = cases.map(([, credential]) => entrants(small({ scenario: [credential] }), PARAMS)[1]);
    const [one, three, six, twelve, moduleOnly] = after;
    expect(one).toBeLessThan(three);
    expect(three).toBeLessThan(six);
    expect(six).toBeLessThan(twelve);
    // Hand-computed gains: 115.288629 (6 credits) and 0.736641 (module), ratio 0.006390.
    expect(six - 200).toBeCloseTo(115.288629, 4);
    expect(moduleOnly - 200).toBeCloseTo(0.736641, 4);
    expect((moduleOnly - 200) / (six - 200)).toBeCloseTo(0.00639, 5);
    expect((moduleOnly - 200) / (six - 200)).toBeLessThan(0.02);
  });

  it('a credential of unknown size (0 hours) is no offer at all', () => {
    // d(0) = 0 → σ = 0 → s = 0: N = 200 exactly, every year.
    const unknown = embedding({ creditBearing: false, creditsApplied: 0, hours: 0, isNew: true });
    const { baseline, scenario } = projectProgram(small({ scenario: [unknown] }), PARAMS, 'ODDS', 3);
    scenario.forEach((y, i) => expect(y.values.NEW_ENROLLMENTS).toBe(baseline[i].values.NEW_ENROLLMENTS));
  });

  it('relevance scales the offer to prospects, not the exposure of students', () => {
    // 6 credits, ρ 0.5 at RELEVANCE_FLOOR 0.2: r = 0.2 + 0.8·0.5 = 0.6, σ = 1·0.864665·0.6 = 0.518799
    //   → N₂ = 200 + 133.333333·0.518799 = 269.173177.
    // Exposure ignores r: x = 1·1·0.864665 → year 2 (both cohorts entered under the scenario):
    //   engagement = 0.5 + 0.864665/6 = 0.644111; retention = 0.8 + 0.864665·2/35 = 0.849409.
    const { scenario } = projectProgram(
      small({ scenario: [certificate(6, 270, { relevance: 0.5 })] }),
      PARAMS,
      'ODDS',
      2,
    );
    expectYear(scenario[1], { NEW_ENROLLMENTS: 269.173177, ENGAGEMENT_RATE: 0.644111, RETENTION_RATE: 0.849409 });
  });

  it('RELEVANCE_FLOOR: an unrelated credential (ρ 0) keeps exactly the floor of its offer, and nothing at floor 0', () => {
    // ρ 0: r = floor. Floor 0.2: σ = 0.864665·0.2 = 0.172933 → N₂ = 200 + 133.333333·0.172933 = 223.057755.
    // Floor 0: σ = 0 → N₂ = 200 exactly, every year (the exposure still lifts engagement).
    const unrelated = small({ scenario: [certificate(6, 270, { relevance: 0 })] });
    expect(entrants(unrelated, PARAMS)[1]).toBeCloseTo(223.057755, 4);
    const { baseline, scenario } = projectProgram(unrelated, { ...PARAMS, RELEVANCE_FLOOR: 0 }, 'ODDS', 3);
    scenario.forEach((y, i) => expect(y.values.NEW_ENROLLMENTS).toBe(baseline[i].values.NEW_ENROLLMENTS));
    expect(scenario[1].values.ENGAGEMENT_RATE).toBeGreaterThan(baseline[1].values.ENGAGEMENT_RATE);
  });

  it('ρ 1 and an unknown relevance are the same full offer, whatever the floor', () => {
    // r = floor + (1 − floor)·1 = 1: N₂ = 315.288629 as without relevance.
    for (const floor of [0, 0.2, 0.5, 1]) {
      const params = { ...PARAMS, RELEVANCE_FLOOR: floor };
      expect(entrants(small({ scenario: [certificate(6, 270, { relevance: 1 })] }), params)[1]).toBeCloseTo(
        315.288629,
        4,
      );
      expect(entrants(small({ scenario: [certificate(6, 270)] }), params)[1]).toBeCloseTo(315.288629, 4);
    }
  });
});

describe('saturation: s = 1 − (1 − σ₁)(1 − σ₂), each credential adds less', () => {
  it('two 6-credit certificates: the second adds far less than the first', () => {
    // One: s = 0.864665 → N₂ = 315.288629 (gain 115.288629).
    // Two: s = 1 − (1 − 0.864665)² = 1 − 0.135335² = 1 − 0.018316 = 0.981684 (= e^(−2)·e^(−2) = e^(−4), one 12-credit)
    //   → N₂ = 200 + 133.333333·0.981684 = 330.891248; the second adds 330.891248 − 315.288629 = 15.602619.
    const one = entrants(small({ scenario: [certificate(6, 270)] }), PARAMS)[1];
    const two = entrants(
      small({ scenario: [certificate(6, 270), certificate(6, 270, { costPerLearner: 1 })] }),
      PARAMS,
    )[1];
    expect(one).toBeCloseTo(315.288629, 4);
    expect(two).toBeCloseTo(330.891248, 4);
    expect(two - one).toBeCloseTo(15.602619, 4);
    expect(two - one).toBeLessThan(one - 200);
  });

  it('the 1.5-hour module on top of a 6-credit certificate adds less than it does alone', () => {
    // s = 1 − (1 − 0.864665)(1 − 0.005525) = 1 − 0.135335·0.994475 = 1 − 0.134588 = 0.865412
    //   → N₂ = 200 + 133.333333·0.865412 = 315.388322: the module adds 0.099693 here, 0.736641 alone.
    const both = entrants(small({ scenario: [certificate(6, 270), module15()] }), PARAMS)[1];
    expect(both).toBeCloseTo(315.388322, 4);
    expect(both - 315.288629).toBeCloseTo(0.099693, 4);
  });
});

describe('exposure: x = 1 − Π(1 − u·w·d), and engagement', () => {
  it('an ELECTIVE 6-credit certificate exposes u·d of the students; its offer is not take-up-weighted', () => {
    // u = ELECTIVE_TAKE_UP = 0.3, w = 1, d = 0.864665 → x = 0.3·0.864665 = 0.259399.
    // Year 2 (both cohorts entered under the scenario):
    //   engagement = 0.5 + 0.259399·1/6 = 0.5 + 0.043233 = 0.543233
    //   retention  = 0.8 + 0.259399·2/35 = 0.8 + 0.014823 = 0.814823
    // The offer to prospects is σ = w·d·r = 0.864665 (take-up plays no part) → N₂ = 315.288629.
    const { scenario } = projectProgram(
      small({ scenario: [certificate(6, 270, { requirement: 'ELECTIVE' })] }),
      PARAMS,
      'ODDS',
      2,
    );
    expectYear(scenario[1], { NEW_ENROLLMENTS: 315.288629, ENGAGEMENT_RATE: 0.543233, RETENTION_RATE: 0.814823 });
  });

  it('adding the CORE 1.5-hour module barely moves exposure', () => {
    // x = 1 − (1 − 0.259399)(1 − 1·0.5·0.011050) = 1 − 0.740601·0.994475 = 1 − 0.736509 = 0.263491
    //   engagement = 0.5 + 0.263491/6 = 0.543915; retention = 0.8 + 0.263491·2/35 = 0.815057
    const { scenario } = projectProgram(
      small({ scenario: [certificate(6, 270, { requirement: 'ELECTIVE' }), module15()] }),
      PARAMS,
      'ODDS',
      2,
    );
    expectYear(scenario[1], { ENGAGEMENT_RATE: 0.543915, RETENTION_RATE: 0.815057 });
  });

  it('year 1 mixes the new cohort with the year-0 cohort at baseline rates (CORE 6 credits)', () => {
    // x = 0.864665: e = 0.5 + 0.864665/6 = 0.644111, r = 0.8 + 0.864665·2/35 = 0.849409; N₁ = 257.644314.
    // H₁ = 257.644314 + 200·0.8 = 417.644314
    // engagement = (257.644314·0.644111 + 160·0.5)/417.644314 = (165.951482 + 80)/417.644314 = 0.588902
    // retention  = (257.644314·0.849409 + 160·0.8)/417.644314 = (218.845506 + 128)/417.644314 = 0.830481
    const { scenario } = projectProgram(small({ scenario: [certificate(6, 270)] }), PARAMS, 'ODDS', 1);
    expectYear(scenario[0], {
      NEW_ENROLLMENTS: 257.644314,
      HEADCOUNT: 417.644314,
      ENGAGEMENT_RATE: 0.588902,
      RETENTION_RATE: 0.830481,
    });
  });
});

describe('diversion: N = N_base + (1 − δ)·(N_scen − N_base)', () => {
  // SMALL + a CORE 6-credit certificate costing 40 a learner. x = s = 0.864665; e = 0.644111, r = 0.849409.
  // δ = 0:   N = 257.644314, 315.288629, 315.288629 (gains 57.644314, 115.288629, 115.288629).
  // δ = 0.5: N₁ = 200 + 0.5·57.644314 = 228.822157; N₂ = N₃ = 200 + 0.5·115.288629 = 257.644314.
  const input = small({ scenario: [certificate(6, 270, { costPerLearner: 40 })] });
  const gross = projectProgram(input, PARAMS, 'ODDS', 3);
  const net = projectProgram(input, { ...PARAMS, DIVERSION_SHARE: 0.5 }, 'ODDS', 3);

  it('DIVERSION_SHARE 0.5 halves the entrant gain exactly, every year', () => {
    for (let t = 0; t < 3; t++) {
      const base = gross.baseline[t].values.NEW_ENROLLMENTS;
      expect(net.baseline[t].values.NEW_ENROLLMENTS).toBe(base);
      expect(net.scenario[t].values.NEW_ENROLLMENTS - base).toBeCloseTo(
        0.5 * (gross.scenario[t].values.NEW_ENROLLMENTS - base),
        10,
      );
    }
    expect(net.scenario.map((y) => y.values.NEW_ENROLLMENTS)).toEqual([
      expect.closeTo(228.822157, 4),
      expect.closeTo(257.644314, 4),
      expect.closeTo(257.644314, 4),
    ]);
  });

  it('headcount, completions and tuition follow the netted entrants; cost the program’s own', () => {
    // H₁ = 228.822157 + 200·0.8 = 388.822157
    // H₂ = 257.644314 + 228.822157·0.849409 = 257.644314 + 194.363694 = 452.008009
    // H₃ = 257.644314 + 257.644314·0.849409 = 257.644314 + 218.845506 = 476.489820
    // C₁ = 160 (year-0 cohort); C₂ = 194.363694; C₃ = 218.845506
    // tuition = 3,000·H: 1,166,466.471676; 1,356,024.025682; 1,429,469.460580
    // cost = 40·N_scen (every entrant of the program takes it, diverted or not; N_scen = 257.644314, 315.288629, 315.288629):
    //   10,305.772578; 12,611.545156; 12,611.545156
    // net = 1,156,160.699098; 1,343,412.480526; 1,416,857.915424
    // year-1 engagement = (228.822157·0.644111 + 160·0.5)/388.822157 = (147.38682 + 80)/388.822157 = 0.584809
    // year-1 retention  = (228.822157·0.849409 + 160·0.8)/388.822157 = (194.363694 + 128)/388.822157 = 0.829077
    expectYear(net.scenario[0], {
      NEW_ENROLLMENTS: 228.822157,
      HEADCOUNT: 388.822157,
      ENGAGEMENT_RATE: 0.584809,
      RETENTION_RATE: 0.829077,
      COMPLETIONS: 160,
      TUITION_REVENUE: 1_166_466.471676,
      CREDENTIAL_COST: 10_305.772578,
      NET_REVENUE: 1_156_160.699098,
      CONTRIBUTION_MARGIN: 1_156_160.699098,
    });
    expectYear(net.scenario[1], {
      HEADCOUNT: 452.008009,
      COMPLETIONS: 194.363694,
      TUITION_REVENUE: 1_356_024.025682,
      CREDENTIAL_COST: 12_611.545156,
      NET_REVENUE: 1_343_412.480526,
    });
    expectYear(net.scenario[2], {
      HEADCOUNT: 476.48982,
      ENGAGEMENT_RATE: 0.644111,
      RETENTION_RATE: 0.849409,
      COMPLETIONS: 218.845506,
      TUITION_REVENUE: 1_429_469.46058,
      NET_REVENUE: 1_416_857.915424,
    });
    // Without diversion, for contrast: H₂ = 315.288629 + 257.644314·0.849409 = 534.134135; tuition 1,602,402.403933.
    expectYear(gross.scenario[1], { HEADCOUNT: 534.134135, TUITION_REVENUE: 1_602_402.403933 });
  });

  it('DIVERSION_SHARE 1: entrants are exactly the baseline’s, while exposure still lifts engagement', () => {
    // N = 200 + 0·(N_scen − 200) = 200; year 2: engagement 0.644111 (both cohorts new); cost on the program's own
    // entrants, 40·315.288629 = 12,611.545156: the diverted ones take the credential too.
    const { baseline, scenario } = projectProgram(input, { ...PARAMS, DIVERSION_SHARE: 1 }, 'ODDS', 2);
    scenario.forEach((y, i) => expect(y.values.NEW_ENROLLMENTS).toBe(baseline[i].values.NEW_ENROLLMENTS));
    expectYear(scenario[1], { ENGAGEMENT_RATE: 0.644111, CREDENTIAL_COST: 12_611.545156 });
  });

  it('with a removal, diversion halves the loss', () => {
    // Current: a CORE 6-credit certificate (s_now = x_now = 0.864665); the scenario removes it.
    // Recovery of q (R = 2, s = 0.864665, o = 0.2): (1 − s)(R − 1)q² + (1 + (R − 1)(s − o))q − o = 0
    //   a = 0.135335, b = 1 + 0.664665 = 1.664665
    //   q = (−b + √(b² + 4·a·0.2))/(2a) = (−1.664665 + √(2.771109 + 0.108268))/0.270671
    //     = (−1.664665 + 1.696873)/0.270671 = 0.118993
    //   U(q, 2) = 0.237986/1.118993 = 0.212679; gap = 0.093686
    //   (check: 0.118993 + 0.864665·0.093686 = 0.118993 + 0.081007 = 0.2)
    // δ = 0:   q₁ = 0.2 − ½·0.081007 = 0.159497 → N₁ = 159.496587;  q₂ = 0.118993 → N₂ = 118.993173
    // δ = 0.5: N₁ = 200 − 40.503413/2 = 179.748293;  N₂ = 200 − 81.006827/2 = 159.496587
    const removal = small({ current: [certificate(6, 270, { isNew: false })], scenario: [] });
    expect(entrants(removal, PARAMS)).toEqual([expect.closeTo(159.496587, 4), expect.closeTo(118.993173, 4)]);
    expect(entrants(removal, { ...PARAMS, DIVERSION_SHARE: 0.5 })).toEqual([
      expect.closeTo(179.748293, 4),
      expect.closeTo(159.496587, 4),
    ]);
  });

  it('the portfolio total carries the netted entrants', () => {
    // Program A as above (δ = 0.5) plus an unchanged copy B (200 a year): year 2 total = 257.644314 + 200.
    const { total } = projectPortfolio(
      [input, { ...input, id: 'B', scenario: [] }],
      { ...PARAMS, DIVERSION_SHARE: 0.5 },
      'ODDS',
      2,
    );
    expectYear(total.scenario[1], { NEW_ENROLLMENTS: 457.644314, HEADCOUNT: 452.008009 + 360 });
  });
});

describe('capacity: N_t = min(N_t, capacity) for the baseline and the scenario, before diversion', () => {
  it('a scenario that would exceed capacity gets exactly capacity entrants', () => {
    // SMALL, capacity 240, AWARENESS_RAMP_YEARS 4 (a_t = t/4), a CORE 6-credit certificate:
    //   uncapped N_t = 200 + (t/4)·115.288629 = 228.822157, 257.644314, 286.466472, 315.288629
    //   capped: 228.822157 (below 240), then 240, 240, 240.
    // With δ = 0.5, capacity first: 200 + 0.5·28.822157 = 214.411079, then 200 + 0.5·40 = 220, 220, 220.
    const params = { ...PARAMS, AWARENESS_RAMP_YEARS: 4 };
    const input = small({ capacity: 240, scenario: [certificate(6, 270)] });
    const { baseline, scenario } = projectProgram(input, params, 'ODDS', 4);
    expect(scenario[0].values.NEW_ENROLLMENTS).toBeCloseTo(228.822157, 4);
    for (const y of scenario.slice(1)) expect(y.values.NEW_ENROLLMENTS).toBe(240);
    for (const y of baseline) expect(y.values.NEW_ENROLLMENTS).toBe(200);
    // Year 4 headcount: 240 + 240·0.849409 = 443.858259 (both cohorts capped).
    expectYear(scenario[3], { HEADCOUNT: 443.858259, COMPLETIONS: 203.858259 });
    const diverted = entrants(input, { ...params, DIVERSION_SHARE: 0.5 }, 4);
    expect(diverted[0]).toBeCloseTo(214.411079, 4);
    for (const n of diverted.slice(1)) expect(n).toBeCloseTo(220, 10);
  });

  it('caps a growing baseline too, and a full program gains no entrants', () => {
    // SMALL, growth 10 %, capacity 230. Baseline: P_t·0.2 = 220, 242 → 230, 266.2 → 230.
    //   H₁ = 220 + 200·0.8 = 380; H₂ = 230 + 220·0.8 = 406; H₃ = 230 + 230·0.8 = 414
    //   C = 160, 176, 184; tuition = 3,000·H = 1,140,000; 1,218,000; 1,242,000
    // Scenario (CORE 6 credits): uncapped N₁ = 1,100·(0.2 + ½·0.864665·2/15) = 1,100·0.257644 = 283.408746 → 230,
    //   N₂ = 1,210·0.315289 = 381.499 → 230, N₃ → 230: 10 more entrants than the baseline in year 1, none after.
    //   H₂ = 230 + 230·0.849409 = 425.364165; engagement (both cohorts new) 0.644111.
    const input = small({ prospectGrowthRate: 0.1, capacity: 230, scenario: [certificate(6, 270)] });
    const { baseline, scenario } = projectProgram(input, PARAMS, 'ODDS', 3);
    expectYear(baseline[0], { NEW_ENROLLMENTS: 220, HEADCOUNT: 380, COMPLETIONS: 160, TUITION_REVENUE: 1_140_000 });
    expectYear(baseline[1], { NEW_ENROLLMENTS: 230, HEADCOUNT: 406, COMPLETIONS: 176, TUITION_REVENUE: 1_218_000 });
    expectYear(baseline[2], { NEW_ENROLLMENTS: 230, HEADCOUNT: 414, COMPLETIONS: 184, TUITION_REVENUE: 1_242_000 });
    for (const y of scenario) expect(y.values.NEW_ENROLLMENTS).toBe(230);
    expectYear(scenario[1], { HEADCOUNT: 425.364165, ENGAGEMENT_RATE: 0.644111 });
  });

  it('refuses a capacity below annualNewEnrollments; accepts capacity equal to it, or none', () => {
    expect(() => projectProgram(small({ capacity: 199.5 }), PARAMS, 'ODDS', 2)).toThrow(RangeError);
    expect(() => projectProgram(small({ capacity: 199.5 }), PARAMS, 'ODDS', 2)).toThrow(/capacity/);
    expect(() => projectProgram(small({ capacity: -1 }), PARAMS, 'ODDS', 2)).toThrow(RangeError);
    const equal = projectProgram(small({ capacity: 200, scenario: [certificate(6, 270)] }), PARAMS, 'ODDS', 2);
    for (const y of equal.scenario) expect(y.values.NEW_ENROLLMENTS).toBe(200);
    expect(() => projectProgram(small({ capacity: null }), PARAMS, 'ODDS', 2)).not.toThrow();
  });
});

describe('contribution margin: T·(1 − aid) − credits taught·teaching cost − credential cost', () => {
  // 120 credits over 4 years at 300 → c = 30 credits, 9,000 a learner-year; 200 entrants, retention 0.8;
  // discountRate 0.3, instructionalCostPerCredit 100.
  const big = (overrides: Partial<ProgramModelInput> = {}): ProgramModelInput =>
    program({ discountRate: 0.3, instructionalCostPerCredit: 100, ...overrides });

  it('a 4-year, 120-credit program without a change', () => {
    // H = 200·(1 + 0.8 + 0.64 + 0.512) = 200·2.952 = 590.4; C = 200·0.512 = 102.4
    // T = 590.4·9,000 = 5,313,600; B = T/300 = 17,712 (= 590.4·30); K = 0; NET = 5,313,600
    // CM = 0.7·5,313,600 − 100·17,712 − 0 = 3,719,520 − 1,771,200 = 1,948,320
    const { baseline } = projectProgram(big(), PARAMS, 'ODDS', 3);
    for (const y of baseline) {
      expectYear(y, {
        HEADCOUNT: 590.4,
        COMPLETIONS: 102.4,
        TUITION_REVENUE: 5_313_600,
        CREDENTIAL_COST: 0,
        NET_REVENUE: 5_313_600,
        CONTRIBUTION_MARGIN: 1_948_320,
      });
    }
  });

  it('with a displacing embedding: displaced credits are neither billed nor taught', () => {
    // Scenario: CORE 6-credit certificate (270 h) displacing tuition, 50 a learner, set-up 20,000.
    // Year 1: N₁ = 257.644314; H₁ = 257.644314 + 160 + 128 + 102.4 = 648.044314
    //   billed = 648.044314·9,000 = 5,832,398.830058; displaced = 257.644314·6·300 = 463,759.766012
    //   T₁ = 5,832,398.830058 − 463,759.766012 = 5,368,639.064046
    //   B₁ = 648.044314·30 − 257.644314·6 = 19,441.329434 − 1,545.865887 = 17,895.463547 (= T₁/300)
    //   K₁ = 257.644314·50 + 20,000 = 12,882.215723 + 20,000 = 32,882.215723; NET₁ = 5,335,756.848324
    //   CM₁ = 0.7·5,368,639.064046 − 100·17,895.463547 − 32,882.215723
    //       = 3,758,047.344833 − 1,789,546.354682 − 32,882.215723 = 1,935,618.774428
    // Year 2: N₂ = 315.288629; r = 0.849409; H₂ = 315.288629 + 257.644314·0.849409 + 128 + 102.4
    //       = 315.288629 + 218.845506 + 230.4 = 764.534135
    //   billed = 6,880,807.211798; displaced = 315.288629·1,800 = 567,519.532023; T₂ = 6,313,287.679775
    //   B₂ = 764.534135·30 − 315.288629·6 = 22,936.024039 − 1,891.731773 = 21,044.292266
    //   K₂ = 315.288629·50 = 15,764.431445 (no set-up); NET₂ = 6,297,523.248330
    //   CM₂ = 4,419,301.375842 − 2,104,429.226592 − 15,764.431445 = 2,299,107.717806
    const input = big({
      scenario: [certificate(6, 270, { displacesTuition: true, costPerLearner: 50, setupCost: 20_000 })],
    });
    const { scenario } = projectProgram(input, PARAMS, 'ODDS', 2);
    expectYear(scenario[0], {
      NEW_ENROLLMENTS: 257.644314,
      HEADCOUNT: 648.044314,
      TUITION_REVENUE: 5_368_639.064046,
      CREDENTIAL_COST: 32_882.215723,
      NET_REVENUE: 5_335_756.848324,
      CONTRIBUTION_MARGIN: 1_935_618.774428,
    });
    expectYear(scenario[1], {
      NEW_ENROLLMENTS: 315.288629,
      HEADCOUNT: 764.534135,
      TUITION_REVENUE: 6_313_287.679775,
      CREDENTIAL_COST: 15_764.431445,
      NET_REVENUE: 6_297_523.24833,
      CONTRIBUTION_MARGIN: 2_299_107.717806,
    });
  });

  it('a 1.5-year program bills and teaches the partial final year’s remainder', () => {
    // 30 credits over 1.5 years at 100: D = 2, c = 20 (2,000), final year 30 − 20 = 10 credits (1,000).
    // discountRate 0.25, instructionalCostPerCredit 40.
    // Baseline: cohorts 200 (first year), 160 (final year)
    //   T = 200·2,000 + 160·1,000 = 560,000; B = 200·20 + 160·10 = 5,600 (= T/100)
    //   CM = 0.75·560,000 − 40·5,600 = 420,000 − 224,000 = 196,000
    // Scenario: CORE 3-credit certificate (135 h) displacing: N₁ = 200 + ½·133.333333·0.632121 = 242.141371
    //   T₁ = 242.141371·2,000 + 160·1,000 − 242.141371·3·100 = 484,282.741177 + 160,000 − 72,642.411177 = 571,640.330001
    //   B₁ = 242.141371·20 + 1,600 − 242.141371·3 = 4,842.827412 + 1,600 − 726.424112 = 5,716.403300
    //   CM₁ = 0.75·571,640.330001 − 40·5,716.403300 = 428,730.247500 − 228,656.132000 = 200,074.115500
    const input = program({
      totalCredits: 30,
      durationYears: 1.5,
      tuitionPerCredit: 100,
      discountRate: 0.25,
      instructionalCostPerCredit: 40,
      scenario: [certificate(3, 135, { displacesTuition: true })],
    });
    const { baseline, scenario } = projectProgram(input, PARAMS, 'ODDS', 2);
    for (const y of baseline) {
      expectYear(y, { HEADCOUNT: 360, TUITION_REVENUE: 560_000, NET_REVENUE: 560_000, CONTRIBUTION_MARGIN: 196_000 });
    }
    expectYear(scenario[0], {
      NEW_ENROLLMENTS: 242.141371,
      HEADCOUNT: 402.141371,
      TUITION_REVENUE: 571_640.330001,
      CONTRIBUTION_MARGIN: 200_074.1155,
    });
  });

  it('discountRate 0 and no teaching cost give NET_REVENUE exactly', () => {
    const scenario = [certificate(6, 270, { displacesTuition: true, costPerLearner: 50, setupCost: 20_000 })];
    for (const input of [
      program({ scenario }),
      program({ scenario, discountRate: 0, instructionalCostPerCredit: 0 }),
      program({ scenario, durationYears: 3.5, current: [module15({ isNew: false, costPerLearner: 7 })] }),
    ]) {
      const p = projectProgram(input, { ...PARAMS, DIVERSION_SHARE: 0.3 }, 'ODDS', 5);
      for (const y of [...p.baseline, ...p.scenario]) expect(y.values.CONTRIBUTION_MARGIN).toBe(y.values.NET_REVENUE);
    }
  });

  it('refuses a discountRate of 1 or outside [0, 1), and a negative teaching cost', () => {
    for (const discountRate of [1, 1.5, -0.1, NaN]) {
      expect(() => projectProgram(big({ discountRate }), PARAMS, 'ODDS', 2)).toThrow(RangeError);
    }
    expect(() => projectProgram(big({ discountRate: 1 }), PARAMS, 'ODDS', 2)).toThrow(/discountRate/);
    expect(() => projectProgram(big({ instructionalCostPerCredit: -1 }), PARAMS, 'ODDS', 2)).toThrow(
      /instructionalCostPerCredit/,
    );
    expect(() => projectProgram(big({ discountRate: 0.999 }), PARAMS, 'ODDS', 2)).not.toThrow();
  });
});

describe('no change reproduces the baseline exactly, with diversion, capacity, aid and cost set', () => {
  it('every metric of every year, bit for bit', () => {
    // Growth 10 % against capacity 230 (the baseline is capped from year 2), DIVERSION_SHARE 0.4, aid 0.2,
    // teaching cost 80 a credit, a partial final year, and three current embeddings (one displacing, one with
    // relevance), listed in another order in the scenario.
    const current = [
      certificate(6, 270, { isNew: false, displacesTuition: true, costPerLearner: 40 }),
      module15({ isNew: false, requirement: 'ELECTIVE', costPerLearner: 5 }),
      certificate(3, 135, { isNew: false, requirement: 'ADD_ON', relevance: 0.5, takeUpRate: 0.2 }),
    ];
    const input = program({
      durationYears: 3.5,
      prospectGrowthRate: 0.1,
      capacity: 230,
      discountRate: 0.2,
      instructionalCostPerCredit: 80,
      current,
      scenario: [...current].reverse(),
    });
    const params = { ...PARAMS, DIVERSION_SHARE: 0.4 };
    for (const conversion of ['ODDS', 'RISK_CAPPED'] as const) {
      const { baseline, scenario } = projectProgram(input, params, conversion, 6);
      for (let t = 0; t < 6; t++) {
        for (const m of OUTCOME_METRICS) expect(scenario[t].values[m]).toBe(baseline[t].values[m]);
      }
    }
  });
});

describe('truths of zero and of harm', () => {
  it('ENROLLMENT_EFFECT 0: no entrant gain whatever the dose', () => {
    // R'_enr = e⁰ = 1 → U(0.2, 1) = 0.2, gap 0: N = 200 for any s, with or without diversion.
    const zero = { ...PARAMS, ENROLLMENT_EFFECT: 0 };
    for (const credential of [certificate(1, 45), certificate(6, 270), certificate(12, 540), module15()]) {
      for (const params of [zero, { ...zero, DIVERSION_SHARE: 0.5 }]) {
        const { baseline, scenario } = projectProgram(small({ scenario: [credential] }), params, 'ODDS', 3);
        scenario.forEach((y, i) => expect(y.values.NEW_ENROLLMENTS).toBe(baseline[i].values.NEW_ENROLLMENTS));
      }
    }
  });

  it('a negative effect: a larger credential loses more entrants; diversion halves the loss', () => {
    // ENROLLMENT_EFFECT = ln 0.5 → R'_enr = 0.5: U(0.2, 0.5) = 0.1/(0.8 + 0.1) = 1/9; gap = 1/9 − 1/5 = −4/45
    //   → 1,000·(−4/45) = −88.888889 entrants at s = 1. After the ramp, N₂ = 200 − 88.888889·d:
    //    1 credit:  200 − 88.888889·0.283469 = 200 − 25.197217 = 174.802783
    //    3 credits: 200 − 56.188494 = 143.811506
    //    6 credits: 200 − 76.859086 = 123.140914
    //   12 credits: 200 − 87.260832 = 112.739168
    // With DIVERSION_SHARE 0.5, 12 credits: 200 − 87.260832/2 = 156.369584.
    const harm = { ...PARAMS, ENROLLMENT_EFFECT: Math.log(0.5) };
    const after = [
      [certificate(1, 45), 174.802783],
      [certificate(3, 135), 143.811506],
      [certificate(6, 270), 123.140914],
      [certificate(12, 540), 112.739168],
    ] as const;
    const got = after.map(([credential, expected]) => {
      const n = entrants(small({ scenario: [credential] }), harm)[1];
      expect(n).toBeCloseTo(expected, 4);
      return n;
    });
    for (let i = 1; i < got.length; i++) expect(got[i]).toBeLessThan(got[i - 1]);
    const halved = entrants(small({ scenario: [certificate(12, 540)] }), { ...harm, DIVERSION_SHARE: 0.5 })[1];
    expect(halved).toBeCloseTo(156.369584, 4);
    expect(200 - halved).toBeCloseTo((200 - got[3]) / 2, 10);
  });
});
