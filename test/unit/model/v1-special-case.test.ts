/**
 * Model v1 as a special case of model v2 (DESIGN §4.4, last paragraph): "A model v1 reduces to v2 with zeroMass 0,
 * effects equal to v1's realised ratios, one credit-bearing credential of unbounded size (d = 1), DIVERSION_SHARE 0,
 * no capacity, no aid and no teaching cost".
 *
 * The reference below is model v1 written again from DESIGN §4's formulas, on its own: it imports no model code
 * (only types, and convertV1Vector for the v2 side), applies v1's stated-intent ratios discounted by the
 * realisation share, takes s = max wᵢ, and recovers the underlying rates by bisection rather than the model's
 * closed-form quadratic. v2 (projectProgram) is then run on the converted vector and compared cell by cell.
 */
import fc from 'fast-check';
import { OUTCOME_METRICS, projectProgram } from '../../../src/model';
import type { EmbeddingTerms, OutcomeMetric, ParameterValues, ProgramModelInput } from '../../../src/model';
import { convertV1Vector } from '../../../src/model/v1';
import type { V1Values } from '../../../src/model/v1';
import { embedding, program, programArb } from './fixtures';

type Row = Record<OutcomeMetric, number>;

/** Rows of the reference: the metrics of each year, and the size of the money of that year (for the tolerance). */
interface ReferenceYear {
  values: Row;
  /** Gross tuition billed plus credential cost: what TUITION_REVENUE, NET_REVENUE etc. are differences of. */
  moneyScale: number;
}

// ---------------------------------------------------------------------------------------------------------------
// The reference: model v1, DESIGN §4 (ODDS conversion).
// ---------------------------------------------------------------------------------------------------------------

/** uplift(p, R) = R·p / (1 − p + R·p). */
function oddsUplift(p: number, ratio: number): number {
  return (ratio * p) / (1 - p + ratio * p);
}

/** The rate seen when a share x of the population gets ratio R: p + x·(uplift(p, R) − p). */
function mixed(p: number, x: number, ratio: number): number {
  return p + x * (oddsUplift(p, ratio) - p);
}

/**
 * The underlying rate p with mixed(p, x, R) = observed: mixed is increasing in p for R ≥ 1 (v1's ratios are ≥ 1
 * here), so bisect [0, 1] until the interval cannot shrink any more.
 */
function underlying(observed: number, x: number, ratio: number): number {
  if (x === 0 || ratio === 1) return observed;
  let lo = 0;
  let hi = 1;
  for (let i = 0; i < 2000; i++) {
    const mid = (lo + hi) / 2;
    if (mid <= lo || mid >= hi) break;
    if (mixed(mid, x, ratio) < observed) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

interface V1Offer {
  /** x = 1 − Π(1 − uᵢ·wᵢ). */
  exposure: number;
  /** s = max wᵢ (0 with none). */
  strength: number;
  /** Σ uᵢ·costPerLearnerᵢ. */
  costPerEntrant: number;
  /** Σ over displacing embeddings of uᵢ·creditsAppliedᵢ. */
  displacedPerEntrant: number;
}

function v1Offer(list: readonly EmbeddingTerms[], v: V1Values): V1Offer {
  let notExposed = 1;
  let strength = 0;
  let costPerEntrant = 0;
  let displacedPerEntrant = 0;
  for (const e of list) {
    const w = e.creditBearing && e.creditsApplied > 0 ? 1 : v.NON_CREDIT_EFFECT_SHARE;
    const u = e.takeUpRate ?? (e.requirement === 'CORE' ? 1 : v.ELECTIVE_TAKE_UP);
    notExposed *= 1 - u * w;
    strength = Math.max(strength, w);
    costPerEntrant += u * e.costPerLearner;
    if (e.displacesTuition) displacedPerEntrant += u * e.creditsApplied;
  }
  return { exposure: 1 - notExposed, strength, costPerEntrant, displacedPerEntrant };
}

/** Model v1's projection of `input`, years 1..horizon: 'baseline' with the current embeddings, or the scenario's. */
function projectV1(
  input: ProgramModelInput,
  v: V1Values,
  horizon: number,
  which: 'baseline' | 'scenario',
): ReferenceYear[] {
  // R' = 1 + IR·(R − 1) for enrollment and engagement; R_ret = 1 + RPT·(R'_eng − 1).
  const rEnr = 1 + v.INTENT_REALISATION * (v.ENROLLMENT_RATIO - 1);
  const rEng = 1 + v.INTENT_REALISATION * (v.ENGAGEMENT_RATIO - 1);
  const rRet = 1 + v.RETENTION_PASS_THROUGH * (rEng - 1);

  const now = v1Offer(input.current, v);
  const list = which === 'baseline' ? input.current : input.scenario;
  const target = v1Offer(list, v);
  const setupYear1 = which === 'scenario' ? list.reduce((sum, e) => (e.isNew ? sum + e.setupCost : sum), 0) : 0;

  // Observed rates already include today's embeddings: invert at s_now and x_now.
  const enrollmentObs = input.annualProspects > 0 ? input.annualNewEnrollments / input.annualProspects : 0;
  const q = underlying(enrollmentObs, now.strength, rEnr);
  const eBar = underlying(input.engagementRate, now.exposure, rEng);
  const rBar = underlying(input.retentionRate, now.exposure, rRet);
  const eNew = mixed(eBar, target.exposure, rEng);
  const rNew = mixed(rBar, target.exposure, rRet);

  // Cohorts and credits: D = ceil(duration); c a full year, the remainder in the final (D-th) year.
  const D = Math.ceil(input.durationYears);
  const c = input.totalCredits / input.durationYears;
  const cFinal = input.totalCredits - (D - 1) * c;
  const price = input.tuitionPerCredit;

  const entrants: number[] = [];
  const years: ReferenceYear[] = [];
  for (let t = 1; t <= horizon; t++) {
    const a = Math.min(1, t / v.AWARENESS_RAMP_YEARS);
    const sT = now.strength + a * (target.strength - now.strength);
    const qT = mixed(q, sT, rEnr);
    const prospects = input.annualProspects * Math.pow(1 + input.prospectGrowthRate, t);
    const n = prospects * qT;
    entrants[t] = n;

    let head = 0;
    let engaged = 0;
    let retained = 0;
    let billed = 0;
    let completions = 0;
    for (let k = 0; k < D; k++) {
      const cohort = t - k;
      // Cohorts entering in years ≥ 1 see the scenario's rates; earlier ones are the observed steady state.
      const present =
        cohort >= 1
          ? entrants[cohort] * Math.pow(rNew, k)
          : input.annualNewEnrollments * Math.pow(input.retentionRate, k);
      head += present;
      engaged += present * (cohort >= 1 ? eNew : input.engagementRate);
      retained += present * (cohort >= 1 ? rNew : input.retentionRate);
      billed += present * (k === D - 1 ? cFinal : c) * price;
      if (k === D - 1) completions = present;
    }
    const tuition = billed - n * target.displacedPerEntrant * price;
    const cost = n * target.costPerEntrant + (t === 1 ? setupYear1 : 0);
    const net = tuition - cost;
    years.push({
      values: {
        NEW_ENROLLMENTS: n,
        HEADCOUNT: head,
        ENGAGEMENT_RATE: head > 0 ? engaged / head : 0,
        RETENTION_RATE: head > 0 ? retained / head : 0,
        COMPLETIONS: completions,
        TUITION_REVENUE: tuition,
        CREDENTIAL_COST: cost,
        NET_REVENUE: net,
        // No aid, no teaching cost: the contribution margin is the net revenue.
        CONTRIBUTION_MARGIN: net,
      },
      moneyScale: billed + cost,
    });
  }
  return years;
}

// ---------------------------------------------------------------------------------------------------------------
// Comparison.
// ---------------------------------------------------------------------------------------------------------------

const MONEY: readonly OutcomeMetric[] = ['TUITION_REVENUE', 'CREDENTIAL_COST', 'NET_REVENUE', 'CONTRIBUTION_MARGIN'];
const RELATIVE = 1e-9;

/** Throws naming the cell unless v2 equals the reference within RELATIVE (of the money's size, for money). */
function expectMatches(label: string, actual: readonly { values: Row }[], reference: readonly ReferenceYear[]): void {
  expect(actual).toHaveLength(reference.length);
  reference.forEach((ref, i) => {
    for (const m of OUTCOME_METRICS) {
      const a = actual[i].values[m];
      const b = ref.values[m];
      const scale = Math.max(Math.abs(a), Math.abs(b), MONEY.includes(m) ? ref.moneyScale : 0);
      if (!(Math.abs(a - b) <= RELATIVE * scale)) {
        throw new Error(`${label} year ${i + 1} ${m}: v2 ${a}, v1 reference ${b} (|Δ| ${Math.abs(a - b)})`);
      }
    }
    // Exactly, not within a tolerance: with no aid and no teaching cost nothing separates the two.
    expect(actual[i].values.CONTRIBUTION_MARGIN).toBe(actual[i].values.NET_REVENUE);
  });
}

/** The v2 parameters of a v1 vector: its realised ratios as effects, any hour scale, no diversion, any floor. */
function v2Of(v: V1Values, offerHoursScale: number): ParameterValues {
  return { ...convertV1Vector(v), OFFER_HOURS_SCALE: offerHoursScale, DIVERSION_SHARE: 0, RELEVANCE_FLOOR: 0.2 };
}

// ---------------------------------------------------------------------------------------------------------------
// Generators.
// ---------------------------------------------------------------------------------------------------------------

const share = fc.double({ min: 0, max: 1, noNaN: true });

const v1Arb: fc.Arbitrary<V1Values> = fc.record({
  ENROLLMENT_RATIO: fc.double({ min: 1, max: 4, noNaN: true }),
  ENGAGEMENT_RATIO: fc.double({ min: 1, max: 4, noNaN: true }),
  INTENT_REALISATION: share,
  RETENTION_PASS_THROUGH: share,
  NON_CREDIT_EFFECT_SHARE: share,
  ELECTIVE_TAKE_UP: share,
  AWARENESS_RAMP_YEARS: fc.double({ min: 0.2, max: 5, noNaN: true }),
});

/** A credit-bearing credential applied for credit; unbounded (hours Infinity) unless `hours` is given. */
function credentialArb(
  isNew: boolean,
  hours: fc.Arbitrary<number> = fc.constant(Infinity),
): fc.Arbitrary<EmbeddingTerms> {
  return fc.record({
    creditBearing: fc.constant(true),
    creditsApplied: fc.double({ min: 0.5, max: 12, noNaN: true }),
    hours,
    requirement: fc.constantFrom('CORE' as const, 'ELECTIVE' as const, 'ADD_ON' as const),
    takeUpRate: fc.option(share, { nil: null }),
    displacesTuition: fc.boolean(),
    costPerLearner: fc.double({ min: 0, max: 500, noNaN: true }),
    setupCost: fc.double({ min: 0, max: 50_000, noNaN: true }),
    isNew: fc.constant(isNew),
  });
}

/** Integer durations (1–6 years) as often as fractional ones (0.5–6). */
const durationArb = fc.oneof(fc.integer({ min: 1, max: 6 }), fc.double({ min: 0.5, max: 6, noNaN: true }));

/**
 * A program with none or one current unbounded credential and ONE scenario credential: the current one kept, or a
 * new one (replacing the current one if there is one). Capacity, aid and teaching cost absent or explicitly none.
 */
const caseArb: fc.Arbitrary<ProgramModelInput> = fc
  .record({
    base: programArb,
    durationYears: durationArb,
    current: fc.option(credentialArb(false), { nil: null }),
    added: credentialArb(true),
    keep: fc.boolean(),
    explicitNone: fc.boolean(),
  })
  .map(({ base, durationYears, current, added, keep, explicitNone }) => ({
    ...base,
    durationYears,
    current: current ? [current] : [],
    scenario: [current && keep ? current : added],
    ...(explicitNone ? { capacity: null, discountRate: 0, instructionalCostPerCredit: 0 } : {}),
  }));

const horizonArb = fc.integer({ min: 1, max: 10 });
const scaleArb = fc.double({ min: 0.5, max: 10_000, noNaN: true });

// ---------------------------------------------------------------------------------------------------------------

describe('the v1 reference itself', () => {
  it('reproduces the hand-computed v1 case (hand-computed.test.ts case 2)', () => {
    // v1 ratios 3 and 3 with INTENT_REALISATION 0.5 → R'_enr = R'_eng = 2; PASS_THROUGH 0.5 → R_ret = 1.5.
    // ELECTIVE credit-bearing (w 1, u 0.3) + CORE non-credit (w 0.5, u 1): x = 0.65, s = max w = 1.
    const v: V1Values = {
      ENROLLMENT_RATIO: 3,
      ENGAGEMENT_RATIO: 3,
      INTENT_REALISATION: 0.5,
      RETENTION_PASS_THROUGH: 0.5,
      NON_CREDIT_EFFECT_SHARE: 0.5,
      ELECTIVE_TAKE_UP: 0.3,
      AWARENESS_RAMP_YEARS: 2,
    };
    const input = program({
      totalCredits: 90,
      durationYears: 3,
      tuitionPerCredit: 200,
      prospectGrowthRate: 0.1,
      scenario: [
        embedding({ requirement: 'ELECTIVE', creditsApplied: 3, costPerLearner: 100, isNew: true }),
        embedding({ requirement: 'CORE', creditBearing: false, creditsApplied: 0, costPerLearner: 20, isNew: true }),
      ],
    });
    const ref = projectV1(input, v, 3, 'scenario');
    expect(ref[0].values.NEW_ENROLLMENTS).toBeCloseTo(293.333333, 4);
    expect(ref[0].values.HEADCOUNT).toBeCloseTo(581.333333, 4);
    expect(ref[0].values.ENGAGEMENT_RATE).toBeCloseTo(0.554664, 6);
    expect(ref[0].values.RETENTION_RATE).toBeCloseTo(0.818742, 6);
    expect(ref[0].values.CREDENTIAL_COST).toBeCloseTo(14_666.6667, 4);
    expect(ref[2].values.HEADCOUNT).toBeCloseTo(986.88468, 4);
    expect(ref[2].values.COMPLETIONS).toBeCloseTo(205.570395, 4);
    expect(ref[2].values.ENGAGEMENT_RATE).toBeCloseTo(0.608333, 6);
    // Its baseline is the observed program (recovery by bisection, then forward again).
    const base = projectV1(input, v, 3, 'baseline');
    expect(base[0].values.NEW_ENROLLMENTS).toBeCloseTo(220, 9);
    expect(base[0].values.HEADCOUNT).toBeCloseTo(508, 9);
  });

  it('recovers the underlying rate of hand-computed.test.ts case 1 (√2 − 1 at exposure 0.5, R 2)', () => {
    expect(underlying(0.5, 0.5, 2)).toBeCloseTo(Math.SQRT2 - 1, 14);
  });
});

describe('model v1 is model v2 with one unbounded credit-bearing credential and no diversion, capacity or aid', () => {
  it('every metric of every year, baseline and scenario, for random programs and v1 vectors', () => {
    fc.assert(
      fc.property(caseArb, v1Arb, scaleArb, horizonArb, (input, v, scale, horizon) => {
        const v2 = projectProgram(input, v2Of(v, scale), 'ODDS', horizon);
        expectMatches('baseline', v2.baseline, projectV1(input, v, horizon, 'baseline'));
        expectMatches('scenario', v2.scenario, projectV1(input, v, horizon, 'scenario'));
      }),
      { numRuns: 500 },
    );
  });

  it('the running example: ER 2.4, EG 2.0, IR 0.5, RPT 0.5, a new CORE credential, 4-year program', () => {
    // R'_enr = 1.7: U(0.2, 1.7) = 0.34/1.14 = 0.298246 → after the ramp N = 1,000·0.298246 = 298.245614;
    // year 1 (a = 1/2): N₁ = 200 + ½·98.245614 = 249.122807.
    const v: V1Values = {
      ENROLLMENT_RATIO: 2.4,
      ENGAGEMENT_RATIO: 2,
      INTENT_REALISATION: 0.5,
      RETENTION_PASS_THROUGH: 0.5,
      NON_CREDIT_EFFECT_SHARE: 0.5,
      ELECTIVE_TAKE_UP: 0.3,
      AWARENESS_RAMP_YEARS: 2,
    };
    const input = program({ scenario: [embedding({ creditsApplied: 6, costPerLearner: 50, isNew: true })] });
    const v2 = projectProgram(input, v2Of(v, 135), 'ODDS', 6);
    const ref = projectV1(input, v, 6, 'scenario');
    expectMatches('scenario', v2.scenario, ref);
    expect(v2.scenario[0].values.NEW_ENROLLMENTS).toBeCloseTo(249.122807, 4);
    expect(v2.scenario[1].values.NEW_ENROLLMENTS).toBeCloseTo(298.245614, 4);
  });
});

describe('the special case is really special', () => {
  const v: V1Values = {
    ENROLLMENT_RATIO: 2.4,
    ENGAGEMENT_RATIO: 2,
    INTENT_REALISATION: 0.5,
    RETENTION_PASS_THROUGH: 0.5,
    NON_CREDIT_EFFECT_SHARE: 0.5,
    ELECTIVE_TAKE_UP: 0.3,
    AWARENESS_RAMP_YEARS: 2,
  };

  it('a 6-credit (270-hour) credential at OFFER_HOURS_SCALE 135 gains d = 0.864665 of v1’s entrants', () => {
    // v1: N₂ = 298.245614 (gain 98.245614). v2 with h = 270: s = d = 1 − e^(−2) = 0.864665
    //   → N₂ = 200 + 0.864665·98.245614 = 284.949516; N₁ = 200 + ½·0.864665·98.245614 = 242.474758.
    const input = program({
      scenario: [embedding({ creditsApplied: 6, hours: 270, costPerLearner: 50, isNew: true })],
    });
    const v2 = projectProgram(input, v2Of(v, 135), 'ODDS', 3);
    const ref = projectV1(input, v, 3, 'scenario');
    expect(() => expectMatches('scenario', v2.scenario, ref)).toThrow(/NEW_ENROLLMENTS/);
    expect(v2.scenario[0].values.NEW_ENROLLMENTS).toBeCloseTo(242.474758, 4);
    expect(v2.scenario[1].values.NEW_ENROLLMENTS).toBeCloseTo(284.949516, 4);
    expect(ref[1].values.NEW_ENROLLMENTS).toBeCloseTo(298.245614, 4);
    // The baseline (nothing today) is the same in both.
    expectMatches('baseline', v2.baseline, projectV1(input, v, 3, 'baseline'));
  });

  it('for random programs, a new credential of finite size gains fewer entrants than v1 says', () => {
    // No current embedding (s_now = 0), an effect on enrollment (ER ≥ 1.1, IR ≥ 0.1), h/scale ≤ 300/45:
    // d ≤ 1 − e^(−6.67) = 0.99873, so v2's last-year entrants fall short of v1's by a margin the tolerance cannot hide.
    const finiteArb = fc
      .record({
        base: caseArb,
        added: credentialArb(true, fc.double({ min: 1, max: 300, noNaN: true })),
      })
      .map(({ base, added }) => ({ ...base, current: [], scenario: [added] }));
    const effectiveV1 = v1Arb.chain((v) =>
      fc
        .record({
          ENROLLMENT_RATIO: fc.double({ min: 1.1, max: 4, noNaN: true }),
          INTENT_REALISATION: fc.double({ min: 0.1, max: 1, noNaN: true }),
        })
        .map((r) => ({ ...v, ...r })),
    );
    fc.assert(
      fc.property(
        finiteArb,
        effectiveV1,
        fc.double({ min: 45, max: 270, noNaN: true }),
        horizonArb,
        (input, v, scale, horizon) => {
          const last = projectProgram(input, v2Of(v, scale), 'ODDS', horizon).scenario[horizon - 1].values;
          const ref = projectV1(input, v, horizon, 'scenario')[horizon - 1].values;
          expect(last.NEW_ENROLLMENTS).toBeLessThan(ref.NEW_ENROLLMENTS);
          expect(ref.NEW_ENROLLMENTS - last.NEW_ENROLLMENTS).toBeGreaterThan(RELATIVE * ref.NEW_ENROLLMENTS);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('and a DIVERSION_SHARE above 0 is not v1 either', () => {
    const input = program({ scenario: [embedding({ creditsApplied: 6, isNew: true })] });
    const v2 = projectProgram(input, { ...v2Of(v, 135), DIVERSION_SHARE: 0.25 }, 'ODDS', 2);
    // N₂ = 200 + 0.75·98.245614 = 273.684211 instead of 298.245614.
    expect(v2.scenario[1].values.NEW_ENROLLMENTS).toBeCloseTo(273.684211, 4);
  });
});
