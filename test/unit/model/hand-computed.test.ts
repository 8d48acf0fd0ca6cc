/**
 * Projections checked against arithmetic done by hand (docs/MODEL.md), step by step in the comments.
 * Notation: the realised ratios R'_enr = exp(ENROLLMENT_EFFECT), R'_eng = exp(ENGAGEMENT_EFFECT),
 * R_ret = exp(RETENTION_EFFECT); U(p, R) = R·p/(1 − p + R·p) (ODDS) or min(R·p, 0.99) (RISK_CAPPED).
 * The cases were first written for model v1 (R' = 1 + INTENT_REALISATION·(R − 1), R_ret = 1 + PASS_THROUGH·(R'_eng − 1));
 * their effects are the logs of the same realised ratios, so every hand-computed number is unchanged.
 */
import { projectPortfolio, projectProgram } from '../../../src/model';
import type { OutcomeMetric, ParameterValues, YearOutcome } from '../../../src/model';
import { embedding, program } from './fixtures';

/**
 * R'_enr = R'_eng = 2 (easy odds), R_ret = 1.5 — v1's ratios 3 with INTENT_REALISATION 0.5 and PASS_THROUGH 0.5.
 */
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

function expectYear(actual: YearOutcome, expected: Partial<Record<OutcomeMetric, number>>, digits = 4): void {
  for (const [metric, value] of Object.entries(expected) as [OutcomeMetric, number][]) {
    try {
      expect(actual.values[metric]).toBeCloseTo(value, digits);
    } catch (e) {
      throw new Error(`year ${actual.year} ${metric}: ${(e as Error).message}`, { cause: e });
    }
  }
}

describe('case 1: current ACTIVE embedding (recovery at partial exposure), adding a CORE credential', () => {
  // Program: 60 credits over 2 years (D = 2) at 100 per credit → 30·100 = 3,000 per learner-year.
  // Observed: 1,000 prospects, 200 entrants (q_obs = 0.2), engagement 0.5, retention 0.8, no growth.
  // Current: an ADD_ON credit-bearing credential (w = 1) with take-up override 0.5, cost 60/learner.
  //   x_now = 1 − (1 − 0.5·1) = 0.5;  s_now = max w = 1.
  // Scenario: current + a CORE credit-bearing credential (u = 1, w = 1), cost 40, no setup.
  //   x = 1 − (1 − 0.5)(1 − 1) = 1;  s = 1 (unchanged, so enrollment does not move: q_t = q_obs).
  //
  // Recovery (R' = 2 for engagement, R_ret = 1.5 for retention), exposure 0.5:
  //   engagement: (1 − x)(R − 1)p² + (1 + (R − 1)(x − o))p − o = 0
  //     → 0.5p² + (1 + 1·(0.5 − 0.5))p − 0.5 = 0 → p² + 2p − 1 = 0 → ē = √2 − 1 = 0.414214
  //     U(ē, 2) = 2(√2 − 1)/√2 = 2 − √2 = 0.585786   (check: 0.414214 + 0.5·(0.585786 − 0.414214) = 0.5)
  //   retention: 0.5·0.5p² + (1 + 0.5·(0.5 − 0.8))p − 0.8 = 0 → 0.25p² + 0.85p − 0.8 = 0
  //     → r̄ = (−0.85 + √(0.7225 + 0.8))/0.5 = (−0.85 + 1.233896)/0.5 = 0.767793
  //     x_now = 0.5 is the midpoint, so U(r̄, 1.5) = 2·0.8 − r̄ = 0.832207
  // Scenario rates at x = 1: e = 0.5 + (1 − 0.5)(0.585786 − 0.414214) = 0.585786; r = 0.832207.
  const input = program({
    totalCredits: 60,
    durationYears: 2,
    tuitionPerCredit: 100,
    annualProspects: 1000,
    annualNewEnrollments: 200,
    engagementRate: 0.5,
    retentionRate: 0.8,
    current: [embedding({ requirement: 'ADD_ON', takeUpRate: 0.5, costPerLearner: 60 })],
    scenario: [
      embedding({ requirement: 'ADD_ON', takeUpRate: 0.5, costPerLearner: 60 }),
      embedding({ requirement: 'CORE', costPerLearner: 40, isNew: true }),
    ],
  });
  const { baseline, scenario } = projectProgram(input, PARAMS, 'ODDS', 3);

  it('baseline reproduces the observed program and carries the current cost', () => {
    // N = 200; H = 200 + 200·0.8 = 360; C = 200·0.8 = 160; tuition = 360·3,000 = 1,080,000;
    // cost = 200 entrants · take-up 0.5 · 60 = 6,000; net = 1,074,000.
    for (const year of baseline) {
      expectYear(year, {
        NEW_ENROLLMENTS: 200,
        HEADCOUNT: 360,
        ENGAGEMENT_RATE: 0.5,
        RETENTION_RATE: 0.8,
        COMPLETIONS: 160,
        TUITION_REVENUE: 1_080_000,
        CREDENTIAL_COST: 6_000,
        NET_REVENUE: 1_074_000,
      });
    }
  });

  it('year 1: the new cohort is engaged more, the year-0 cohort keeps baseline rates', () => {
    // N₁ = 1,000·0.2 = 200 (offer unchanged). Cohorts present: entered year 1 (200·1 = 200, e 0.585786,
    // r 0.832207) and year 0 (200·0.8 = 160, e 0.5, r 0.8). H₁ = 360.
    // engagement = (200·0.585786 + 160·0.5)/360 = (117.1573 + 80)/360 = 0.547659
    // retention  = (200·0.832207 + 160·0.8)/360 = (166.4415 + 128)/360 = 0.817893
    // C₁ = year-0 cohort in its final year = 160; tuition = 360·3,000 = 1,080,000
    // cost = 200·(0.5·60 + 1·40) = 14,000; net = 1,066,000.
    expectYear(scenario[0], {
      NEW_ENROLLMENTS: 200,
      HEADCOUNT: 360,
      ENGAGEMENT_RATE: 0.547659,
      RETENTION_RATE: 0.817893,
      COMPLETIONS: 160,
      TUITION_REVENUE: 1_080_000,
      CREDENTIAL_COST: 14_000,
      NET_REVENUE: 1_066_000,
    });
  });

  it('years 2 and 3: only new cohorts, at the scenario rates', () => {
    // H₂ = 200 + 200·0.832207 = 366.4415; C₂ = 166.4415; engagement 0.585786; retention 0.832207
    // tuition = 366.4415·3,000 = 1,099,324.48; cost 14,000; net 1,085,324.48. Year 3 is the same.
    for (const year of scenario.slice(1)) {
      expectYear(year, {
        NEW_ENROLLMENTS: 200,
        HEADCOUNT: 366.441493,
        ENGAGEMENT_RATE: 0.585786,
        RETENTION_RATE: 0.832207,
        COMPLETIONS: 166.441493,
        CREDENTIAL_COST: 14_000,
      });
      expect(year.values.TUITION_REVENUE).toBeCloseTo(1_099_324.48, 1);
      expect(year.values.NET_REVENUE).toBeCloseTo(1_085_324.48, 1);
    }
  });
});

describe('case 2: an ELECTIVE credit-bearing and a CORE non-credit credential, awareness ramp, growth', () => {
  // Program: 90 credits over 3 years (D = 3) at 200 → 30·200 = 6,000 per learner-year.
  // Observed: 1,000 prospects growing 10 %/year, 200 entrants (q = 0.2), engagement 0.5, retention 0.8.
  // No current embeddings: s_now = x_now = 0, underlying rates = observed ones.
  // Scenario: ELECTIVE credit-bearing (u = ELECTIVE_TAKE_UP = 0.3, w = 1, cost 100)
  //         + CORE non-credit (u = 1, w = NON_CREDIT_EFFECT_SHARE = 0.5, cost 20).
  //   x = 1 − (1 − 0.3·1)(1 − 1·0.5) = 1 − 0.7·0.5 = 0.65;  s = max(1, 0.5) = 1.
  //   U(0.2, 2) = 0.4/1.2 = 1/3;  a₁ = 1/2, a₂ = a₃ = 1 (ramp 2 years)
  //   q₁ = 0.2 + 0.5·(1/3 − 0.2) = 0.266667;  q₂ = q₃ = 1/3
  //   P₁ = 1,100, P₂ = 1,210, P₃ = 1,331 → N₁ = 293.3333, N₂ = 403.3333, N₃ = 443.6667
  //   e = 0.5 + 0.65·(U(0.5, 2) − 0.5) = 0.5 + 0.65·(2/3 − 1/2) = 0.608333
  //   r = 0.8 + 0.65·(U(0.8, 1.5) − 0.8) = 0.8 + 0.65·(1.2/1.4 − 0.8) = 0.8 + 0.65·0.057143 = 0.837143
  const input = program({
    totalCredits: 90,
    durationYears: 3,
    tuitionPerCredit: 200,
    annualProspects: 1000,
    annualNewEnrollments: 200,
    engagementRate: 0.5,
    retentionRate: 0.8,
    prospectGrowthRate: 0.1,
    current: [],
    scenario: [
      embedding({ requirement: 'ELECTIVE', creditsApplied: 3, costPerLearner: 100, isNew: true }),
      embedding({ requirement: 'CORE', creditBearing: false, creditsApplied: 0, costPerLearner: 20, isNew: true }),
    ],
  });
  const { baseline, scenario } = projectProgram(input, PARAMS, 'ODDS', 3);

  it('baseline grows with prospects at the observed enrollment rate', () => {
    // N_t = 1,000·1.1^t·0.2 → 220, 242, 266.2; H₁ = 220 + 200·0.8 + 200·0.64 = 508.
    expectYear(baseline[0], {
      NEW_ENROLLMENTS: 220,
      HEADCOUNT: 508,
      ENGAGEMENT_RATE: 0.5,
      RETENTION_RATE: 0.8,
      COMPLETIONS: 128,
    });
    expectYear(baseline[2], { NEW_ENROLLMENTS: 266.2, CREDENTIAL_COST: 0 });
  });

  it('year 1', () => {
    // H₁ = N₁ + 200·0.8 + 200·0.8² = 293.3333 + 160 + 128 = 581.3333
    // engagement = (293.3333·0.608333 + 288·0.5)/581.3333 = (178.4444 + 144)/581.3333 = 0.554664
    // retention  = (293.3333·0.837143 + 288·0.8)/581.3333 = (245.5619 + 230.4)/581.3333 = 0.818742
    // C₁ = 200·0.8² = 128; tuition = 581.3333·6,000 = 3,488,000
    // cost = N₁·(0.3·100 + 1·20) = 293.3333·50 = 14,666.67
    expectYear(scenario[0], {
      NEW_ENROLLMENTS: 293.333333,
      HEADCOUNT: 581.333333,
      ENGAGEMENT_RATE: 0.554664,
      RETENTION_RATE: 0.818742,
      COMPLETIONS: 128,
      CREDENTIAL_COST: 14_666.6667,
    });
    expect(scenario[0].values.TUITION_REVENUE).toBeCloseTo(3_488_000, 2);
    expect(scenario[0].values.NET_REVENUE).toBeCloseTo(3_488_000 - 14_666.6667, 2);
  });

  it('year 2', () => {
    // H₂ = N₂ + N₁·r + 200·0.8² = 403.3333 + 245.5619 + 128 = 776.8952
    // engagement = ((403.3333 + 245.5619)·0.608333 + 128·0.5)/776.8952 = (394.7446 + 64)/776.8952 = 0.590485
    // retention  = (648.8952·0.837143 + 128·0.8)/776.8952 = (543.2195 + 102.4)/776.8952 = 0.831023
    // C₂ = 200·0.8² = 128 (the year −1 cohort finishes); cost = 403.3333·50 = 20,166.67
    expectYear(scenario[1], {
      NEW_ENROLLMENTS: 403.333333,
      HEADCOUNT: 776.895238,
      ENGAGEMENT_RATE: 0.590485,
      RETENTION_RATE: 0.831023,
      COMPLETIONS: 128,
      CREDENTIAL_COST: 20_166.6667,
    });
    expect(scenario[1].values.TUITION_REVENUE).toBeCloseTo(776.895238 * 6000, 1);
  });

  it('year 3: all cohorts new', () => {
    // H₃ = 443.6667 + 403.3333·0.837143 + 293.3333·0.837143² = 443.6667 + 337.6476 + 205.5704 = 986.8847
    // C₃ = N₁·r² = 293.3333·0.700808 = 205.5704; engagement 0.608333; retention 0.837143
    // cost = 443.6667·50 = 22,183.33
    expectYear(scenario[2], {
      NEW_ENROLLMENTS: 443.666667,
      HEADCOUNT: 986.88468,
      ENGAGEMENT_RATE: 0.608333,
      RETENTION_RATE: 0.837143,
      COMPLETIONS: 205.570395,
      CREDENTIAL_COST: 22_183.3333,
    });
  });
});

describe('case 3: displaced tuition and setup cost, RISK_CAPPED', () => {
  // R'_eng = 1.25, R'_enr = 2, R_ret = 1.125 (v1: ENGAGEMENT_RATIO 1.5, ENROLLMENT_RATIO 3, INTENT_REALISATION 0.5,
  // PASS_THROUGH 0.5 → 1 + 0.5·0.25 = 1.125); awareness ramp 1 year (a₁ = 1).
  const params: ParameterValues = {
    ...PARAMS,
    ENGAGEMENT_EFFECT: Math.log(1.25),
    RETENTION_EFFECT: Math.log(1.125),
    AWARENESS_RAMP_YEARS: 1,
  };
  // Program: 60 credits over 2 years at 250 → 30·250 = 7,500 per learner-year; 500 prospects,
  // 100 entrants (q = 0.2), engagement 0.5, retention 0.8. No current embeddings.
  // Scenario adds a CORE credit-bearing credential: 6 credits displacing tuition, 150/learner, setup 20,000.
  //   x = s = 1;  q = min(2·0.2, 0.99) = 0.4 → N = 500·0.4 = 200 every year
  //   e = min(1.25·0.5, 0.99) = 0.625;  r = min(1.125·0.8, 0.99) = 0.9
  //   displaced tuition per year = N·u·credits·price = 200·1·6·250 = 300,000
  const input = program({
    id: 'A',
    totalCredits: 60,
    durationYears: 2,
    tuitionPerCredit: 250,
    annualProspects: 500,
    annualNewEnrollments: 100,
    engagementRate: 0.5,
    retentionRate: 0.8,
    scenario: [
      embedding({ creditsApplied: 6, displacesTuition: true, costPerLearner: 150, setupCost: 20_000, isNew: true }),
    ],
  });
  const { baseline, scenario } = projectProgram(input, params, 'RISK_CAPPED', 3);

  it('baseline', () => {
    // N = 100; H = 100 + 80 = 180; tuition 180·7,500 = 1,350,000; no credential cost.
    expectYear(baseline[0], {
      NEW_ENROLLMENTS: 100,
      HEADCOUNT: 180,
      COMPLETIONS: 80,
      TUITION_REVENUE: 1_350_000,
      CREDENTIAL_COST: 0,
      NET_REVENUE: 1_350_000,
    });
  });

  it('year 1 pays the setup cost and loses the displaced credits', () => {
    // H₁ = 200 + 100·0.8 = 280; engagement = (200·0.625 + 80·0.5)/280 = 165/280 = 0.589286
    // retention = (200·0.9 + 80·0.8)/280 = 244/280 = 0.871429; C₁ = 80
    // tuition = 280·7,500 − 300,000 = 2,100,000 − 300,000 = 1,800,000
    // cost = 200·150 + 20,000 = 50,000; net = 1,750,000
    expectYear(scenario[0], {
      NEW_ENROLLMENTS: 200,
      HEADCOUNT: 280,
      ENGAGEMENT_RATE: 0.589286,
      RETENTION_RATE: 0.871429,
      COMPLETIONS: 80,
      TUITION_REVENUE: 1_800_000,
      CREDENTIAL_COST: 50_000,
      NET_REVENUE: 1_750_000,
    });
  });

  it('year 2 has no setup cost', () => {
    // H₂ = 200 + 200·0.9 = 380; C₂ = 180; tuition = 380·7,500 − 300,000 = 2,550,000
    // cost = 200·150 = 30,000; net = 2,520,000
    expectYear(scenario[1], {
      NEW_ENROLLMENTS: 200,
      HEADCOUNT: 380,
      ENGAGEMENT_RATE: 0.625,
      RETENTION_RATE: 0.9,
      COMPLETIONS: 180,
      TUITION_REVENUE: 2_550_000,
      CREDENTIAL_COST: 30_000,
      NET_REVENUE: 2_520_000,
    });
  });

  it('the portfolio total sums counts and money and headcount-weights the rates', () => {
    // Add program B = program A with no change (its baseline: N 100, H 180, engagement 0.5, retention 0.8).
    // Year 1 total: N = 200 + 100 = 300; H = 280 + 180 = 460;
    //   engagement = (280·0.589286 + 180·0.5)/460 = (165 + 90)/460 = 0.554348
    //   retention  = (280·0.871429 + 180·0.8)/460 = (244 + 144)/460 = 0.843478
    //   tuition = 1,800,000 + 1,350,000 = 3,150,000; cost 50,000; net 3,100,000
    const b = { ...input, id: 'B', scenario: [] };
    const { total, programs } = projectPortfolio([input, b], params, 'RISK_CAPPED', 3);
    expect(programs.map((p) => p.id)).toEqual(['A', 'B']);
    expectYear(total.scenario[0], {
      NEW_ENROLLMENTS: 300,
      HEADCOUNT: 460,
      ENGAGEMENT_RATE: 0.554348,
      RETENTION_RATE: 0.843478,
      TUITION_REVENUE: 3_150_000,
      CREDENTIAL_COST: 50_000,
      NET_REVENUE: 3_100_000,
    });
    expectYear(total.baseline[0], {
      NEW_ENROLLMENTS: 200,
      HEADCOUNT: 360,
      ENGAGEMENT_RATE: 0.5,
      TUITION_REVENUE: 2_700_000,
    });
  });
});

describe('case 4: removing the only current embedding (recovery of all three rates at full exposure)', () => {
  // Program: 60 credits over 2 years at 100 → 3,000 per learner-year; 1,000 prospects, 200 entrants,
  // engagement 0.5, retention 0.8. Current: one CORE credit-bearing credential (cost 50): x_now = s_now = 1.
  // Recovery at x = 1 is the plain inverse of U: U(p, R) = o ⇔ p = o/(R − (R − 1)·o)
  //   q = 0.2/(2 − 0.2) = 1/9;  ē = 0.5/(2 − 0.5) = 1/3;  r̄ = 0.8/(1.5 − 0.5·0.8) = 0.8/1.1 = 8/11
  // Scenario: none (x = s = 0). e = 1/3, r = 8/11 for new cohorts.
  //   q₁ = q_obs + a₁·(s − s_now)·(U(q) − q) = 0.2 − 0.5·(0.2 − 1/9) = 0.2 − 0.044444 = 7/45 → N₁ = 155.5556
  //   q₂ = 0.2 − 1·0.088889 = 1/9 → N₂ = 111.1111
  const input = program({
    totalCredits: 60,
    durationYears: 2,
    tuitionPerCredit: 100,
    current: [embedding({ costPerLearner: 50 })],
    scenario: [],
  });
  const { baseline, scenario } = projectProgram(input, PARAMS, 'ODDS', 2);

  it('baseline keeps the observed rates and the current cost', () => {
    // cost = 200·1·50 = 10,000; tuition = (200 + 160)·3,000 = 1,080,000
    expectYear(baseline[0], {
      NEW_ENROLLMENTS: 200,
      HEADCOUNT: 360,
      ENGAGEMENT_RATE: 0.5,
      CREDENTIAL_COST: 10_000,
      NET_REVENUE: 1_070_000,
    });
  });

  it('year 1: awareness of the loss is half-way', () => {
    // H₁ = 155.5556 + 200·0.8 = 315.5556
    // engagement = (155.5556/3 + 160·0.5)/315.5556 = (51.8519 + 80)/315.5556 = 0.417840
    // retention  = (155.5556·8/11 + 160·0.8)/315.5556 = (113.1313 + 128)/315.5556 = 0.764149
    // tuition = 315.5556·3,000 = 946,666.67; no credential cost
    expectYear(scenario[0], {
      NEW_ENROLLMENTS: 155.555556,
      HEADCOUNT: 315.555556,
      ENGAGEMENT_RATE: 0.41784,
      RETENTION_RATE: 0.764149,
      COMPLETIONS: 160,
      CREDENTIAL_COST: 0,
    });
    expect(scenario[0].values.TUITION_REVENUE).toBeCloseTo(946_666.667, 2);
  });

  it('year 2: the underlying rates', () => {
    // H₂ = 111.1111 + 155.5556·8/11 = 111.1111 + 113.1313 = 224.2424; C₂ = 113.1313
    // engagement = 1/3 and retention = 8/11 (every cohort present is new)
    expectYear(scenario[1], {
      NEW_ENROLLMENTS: 111.111111,
      HEADCOUNT: 224.242424,
      ENGAGEMENT_RATE: 1 / 3,
      RETENTION_RATE: 8 / 11,
      COMPLETIONS: 113.131313,
    });
  });
});

describe('case 5: tuition of a partial final year (a student pays totalCredits over the program)', () => {
  // c = totalCredits / durationYears credits in each full year of study; the final year (D = ceil)
  // bills the remainder totalCredits − (D − 1)·c. No embeddings today; retention 0.8, 200 entrants.

  it('1.5 years, 30 credits: 20 + 10 credits, not 20 + 20', () => {
    // D = 2, c = 20 → 20·100 = 2,000 in year 1 of study; remainder 30 − 20 = 10 → 1,000 in year 2.
    // Cohorts present: 200 in their first year, 200·0.8 = 160 in their second (final) year.
    // Tuition = 200·2,000 + 160·1,000 = 400,000 + 160,000 = 560,000 (was 360·2,000 = 720,000).
    const input = program({ totalCredits: 30, durationYears: 1.5, tuitionPerCredit: 100 });
    const { baseline, scenario } = projectProgram(input, PARAMS, 'ODDS', 2);
    for (const year of [...baseline, ...scenario]) {
      expectYear(year, { HEADCOUNT: 360, COMPLETIONS: 160, TUITION_REVENUE: 560_000, NET_REVENUE: 560_000 });
    }
  });

  it('2.5 years, 75 credits: 30 + 30 + 15 credits, with a new displacing CORE credential', () => {
    // D = 3, c = 30 → 30·200 = 6,000 a full year; remainder 75 − 2·30 = 15 → 3,000 in the final year.
    // Baseline: cohorts 200, 160, 128 → tuition = (200 + 160)·6,000 + 128·3,000 = 2,160,000 + 384,000 = 2,544,000.
    // Scenario: CORE credit-bearing, 6 credits displacing tuition (x = s = 1), ramp 2 years, R'_enr = 2:
    //   U(0.2, 2) = 1/3; q₁ = 0.2 + 0.5·(1/3 − 0.2) = 0.266667 → N₁ = 266.6667; N₂ = N₃ = 333.3333
    //   r = U(0.8, 1.5) = 1.2/1.4 = 0.857143 for new cohorts; displaced = N_t·6·200 = 1,200·N_t
    // Year 1: present 266.6667 (1st year), 160 (2nd), 128 (final)
    //   tuition = (266.6667 + 160)·6,000 + 128·3,000 − 266.6667·1,200 = 2,560,000 + 384,000 − 320,000 = 2,624,000
    // Year 3: present 333.3333, 333.3333·0.857143 = 285.7143, 266.6667·0.857143² = 195.9184 (final)
    //   tuition = (333.3333 + 285.7143)·6,000 + 195.9184·3,000 − 333.3333·1,200
    //           = 3,714,285.71 + 587,755.10 − 400,000 = 3,902,040.82
    const input = program({
      totalCredits: 75,
      durationYears: 2.5,
      tuitionPerCredit: 200,
      scenario: [embedding({ creditsApplied: 6, displacesTuition: true, isNew: true })],
    });
    const { baseline, scenario } = projectProgram(input, PARAMS, 'ODDS', 3);
    expectYear(baseline[0], { HEADCOUNT: 488, COMPLETIONS: 128, TUITION_REVENUE: 2_544_000 });
    expectYear(scenario[0], { NEW_ENROLLMENTS: 266.666667, HEADCOUNT: 554.666667, COMPLETIONS: 128 });
    expect(scenario[0].values.TUITION_REVENUE).toBeCloseTo(2_624_000, 2);
    expectYear(scenario[2], { NEW_ENROLLMENTS: 333.333333, COMPLETIONS: 195.918367 });
    expect(scenario[2].values.TUITION_REVENUE).toBeCloseTo(3_902_040.82, 1);
  });

  it('integer durations are unchanged: headcount × (totalCredits / durationYears) × price, bit for bit', () => {
    for (const durationYears of [1, 2, 3, 4, 5]) {
      const input = program({ totalCredits: 121, durationYears, tuitionPerCredit: 333.3, retentionRate: 0.77 });
      const { baseline } = projectProgram(input, PARAMS, 'ODDS', durationYears + 1);
      for (const year of baseline) {
        expect(year.values.TUITION_REVENUE).toBe(year.values.HEADCOUNT * ((121 / durationYears) * 333.3));
      }
    }
  });

  it('with no attrition, a year of cohorts bills exactly entrants × totalCredits, for any duration', () => {
    // Retention 1: every study year holds N students, so Σ_k c_k = (D − 1)·c + remainder = totalCredits.
    for (const durationYears of [0.5, 1, 1.25, 1.5, 2.5, 3.75, 4]) {
      const input = program({ totalCredits: 90, durationYears, tuitionPerCredit: 100, retentionRate: 1 });
      const { baseline } = projectProgram(input, PARAMS, 'ODDS', 5);
      for (const year of baseline) expect(year.values.TUITION_REVENUE).toBeCloseTo(200 * 90 * 100, 6);
    }
  });
});
