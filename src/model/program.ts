/**
 * One program's projection (docs/MODEL.md): offer and exposure, recovery of underlying rates, the
 * awareness ramp, cohort flow and money.
 *
 * Choices where docs/MODEL.md leaves open:
 * - Exposure (engagement, retention) applies in full to every cohort entering from year 1; only the
 *   offer to prospects (enrollment) ramps with awareness — in both directions, so a removal is also
 *   learnt gradually.
 * - Cohorts entering in years ≤ 0 all have the observed N (no back-cast growth) and observed rates.
 * - Displaced tuition and per-learner cost are charged on the year's entrants (the credential is
 *   taken once, on entry); the baseline carries both for the current embeddings.
 * - A zero-headcount year reports rates of 0.
 * - Tuition is billed per year of study: c = totalCredits / durationYears credits in each full year and
 *   the remainder totalCredits − (D − 1)·c in the final, possibly partial, one, so a student who
 *   completes pays totalCredits (a 1.5-year, 30-credit program bills 20 + 10).
 * - Capacity caps the year's entrants of the baseline and the scenario alike, before diversion; diversion then
 *   nets the scenario's change in entrants: N = N_base + (1 − DIVERSION_SHARE)·(N_scen − N_base), and cohorts,
 *   headcount, completions and tuition flow from that N (the institution's net effect; a diverted student would have
 *   paid the same tuition elsewhere). Credential cost and displaced credits are charged on the program's own capped
 *   entrants N_scen: every one of them takes the credential, diverted or not (docs/MODEL.md §4).
 * - Credits taught are the credits billed (displaced credits are neither billed nor taught); the contribution
 *   margin is tuition·(1 − discountRate) − credits taught·instructionalCostPerCredit − credential cost.
 *
 * The kernel writes into a flat Float64Array, layout out[(t − 1)·METRIC_COUNT + METRIC_INDEX[m]]
 * for years t = 1..H, so the Monte Carlo loop allocates nothing per draw.
 */
import { assertParameterValues } from './assumptions';
import { dose } from './dose';
import { effectRatios, recoverRate, uplift, ONE_BELOW } from './uplift';
import { METRIC_COUNT, OUTCOME_METRICS } from './types';
import type { EffectRatios } from './uplift';
import type {
  Conversion,
  YearToYearVariation,
  EmbeddingTerms,
  ParameterValues,
  ProgramModelInput,
  ProgramProjection,
  YearOutcome,
} from './types';

/** One embedding, reduced to numbers. takeUp < 0 means "ELECTIVE_TAKE_UP" (the parameter). */
export interface Term {
  readonly full: boolean;
  /** Learning hours h (Infinity: unbounded). */
  readonly hours: number;
  /** ρ in [0, 1] (1 when unknown); r = RELEVANCE_FLOOR + (1 − RELEVANCE_FLOOR)·ρ is taken per draw. */
  readonly relevance: number;
  readonly takeUp: number;
  readonly cost: number;
  readonly displacedCredits: number;
}

/** The scenario's embeddings in force from projection year `start` on, and the set-up cost charged that year. */
export interface Segment {
  readonly start: number;
  readonly terms: readonly Term[];
  readonly setup: number;
}

export interface PreparedProgram {
  readonly id: string;
  readonly horizon: number;
  /** D = ceil(durationYears): years a cohort is present. */
  readonly cohortYears: number;
  /** (totalCredits / durationYears)·tuitionPerCredit: what one enrolled learner pays in a full year. */
  readonly annualTuition: number;
  /**
   * What a learner pays in the final (D-th) year of study: the remainder (totalCredits − (D − 1)·c)·price.
   * Exactly annualTuition for an integer duration.
   */
  readonly finalYearTuition: number;
  readonly tuitionPerCredit: number;
  /** c = totalCredits / durationYears, and the final year's remainder (credits taught to one learner). */
  readonly creditsPerYear: number;
  readonly finalYearCredits: number;
  /** Most entrants a year; Infinity: no limit. */
  readonly capacity: number;
  readonly discountRate: number;
  readonly instructionalCostPerCredit: number;
  /** P_t = prospects·(1 + growth)^t, index t = 1..H. */
  readonly prospects: Float64Array;
  /** Steady-state entrants of cohorts that entered in years ≤ 0. */
  readonly steadyEntrants: number;
  readonly enrollmentObs: number;
  readonly engagementObs: number;
  readonly retentionObs: number;
  readonly current: readonly Term[];
  /** The scenario's embeddings by the year they are in force from: one segment starting in year 1 unless a back-test
   * schedules later starts; each holds every scenario embedding started by then. */
  readonly segments: readonly Segment[];
  /** The current embeddings as the baseline's one segment. */
  readonly baselineSegments: readonly Segment[];
  /** Year-to-year variation for predictions; null: none. */
  readonly variation: YearToYearVariation | null;
}

/** Offer aggregates for one set of embeddings at one parameter vector. */
export interface OfferAggregate {
  /** x = 1 − Π(1 − u_i·w_i·d_i): the share of students exposed, each credential weighted by its dose. */
  exposure: number;
  /**
   * s = 1 − Π(1 − σ_i), σ_i = w_i·d_i·r_i, r_i = RELEVANCE_FLOOR + (1 − RELEVANCE_FLOOR)·ρ_i (0 with none): each
   * credential adds to the offer, less and less, and less still outside the program's occupations.
   */
  offer: number;
  /** Σ u_i·costPerLearner_i. */
  costPerEntrant: number;
  /** Σ over displacing embeddings of u_i·creditsApplied_i. */
  displacedPerEntrant: number;
}

/** Scratch state reused across draws (one per simulation, sized for the longest cohort). */
export class ProgramWorkspace {
  readonly current: OfferAggregate = { exposure: 0, offer: 0, costPerEntrant: 0, displacedPerEntrant: 0 };
  /** Per segment: its offer aggregate and the rates of cohorts entering under it. */
  targets: OfferAggregate[] = [];
  engNew = new Float64Array(0);
  retNew = new Float64Array(0);
  /** survivalNew[j·D + k]: a cohort of segment j in its (k + 1)-th year. */
  segmentOf = new Int32Array(0);
  readonly ratios: EffectRatios = { enrollment: 1, engagement: 1, retention: 1 };
  entrants = new Float64Array(0);
  survivalObs = new Float64Array(0);
  survivalNew = new Float64Array(0);

  ensure(horizon: number, cohortYears: number, segments = 1): void {
    if (this.entrants.length < horizon + 1) {
      this.entrants = new Float64Array(horizon + 1);
      this.segmentOf = new Int32Array(horizon + 1);
    }
    if (this.survivalObs.length < cohortYears) this.survivalObs = new Float64Array(cohortYears);
    if (this.survivalNew.length < cohortYears * segments) this.survivalNew = new Float64Array(cohortYears * segments);
    while (this.targets.length < segments)
      this.targets.push({ exposure: 0, offer: 0, costPerEntrant: 0, displacedPerEntrant: 0 });
    if (this.engNew.length < segments) {
      this.engNew = new Float64Array(segments);
      this.retNew = new Float64Array(segments);
    }
  }
}

/**
 * One draw of a program's year-to-year variation (docs/MODEL.md §9): standard normal deviates per year t = 1..H
 * (index t), scaled here by the program's standard deviations. A projection with it is a *prediction*: what a
 * year may actually record, not only what the parameters imply.
 */
export class YearNoise {
  prospects = new Float64Array(0);
  enrollment = new Float64Array(0);
  engagement = new Float64Array(0);
  retention = new Float64Array(0);
  sd: YearToYearVariation = { prospectsSd: 0, enrollmentSd: 0, engagementSd: 0, retentionSd: 0 };

  /** The four series, for filling with deviates. */
  series(horizon: number): Float64Array[] {
    if (this.prospects.length < horizon + 1) {
      const n = horizon + 1;
      this.prospects = new Float64Array(n);
      this.enrollment = new Float64Array(n);
      this.engagement = new Float64Array(n);
      this.retention = new Float64Array(n);
    }
    return [this.prospects, this.enrollment, this.engagement, this.retention];
  }
}

/**
 * A recorded share around its expected value p: a year shock of sd `sd` and binomial noise of n trials, together
 * on the log-odds scale — sd² + 1/(n·p·(1 − p)), the binomial part by the delta method, as variation.ts separates
 * them — with z a standard normal deviate. 0 and 1 stay.
 */
function noisyShare(p: number, sd: number, n: number, z: number): number {
  if (!(p > 0 && p < 1)) return p;
  const variance = sd * sd + (n > 0 ? 1 / (n * p * (1 - p)) : 0);
  const o = (p / (1 - p)) * Math.exp(Math.sqrt(variance) * z);
  return o / (1 + o);
}

/** Throws a RangeError unless the horizon is a whole number of years ≥ 1. */
export function assertHorizon(horizon: number): void {
  if (!Number.isInteger(horizon) || horizon < 1)
    throw new RangeError(`horizonYears must be an integer ≥ 1 (got ${horizon})`);
}

export function prepareProgram(input: ProgramModelInput, horizon: number): PreparedProgram {
  const fail = (what: string): never => {
    throw new RangeError(`program ${input.id}: ${what}`);
  };
  assertHorizon(horizon);
  const finite = (name: keyof ProgramModelInput, min: number, max = Infinity, strictMin = false): number => {
    const v = input[name];
    if (typeof v !== 'number' || !Number.isFinite(v) || v < min || (strictMin && v === min) || v > max) {
      fail(
        `${String(name)} must be a finite number ${strictMin ? '>' : '≥'} ${min}${max < Infinity ? ` and ≤ ${max}` : ''} (got ${typeof v === 'number' ? v : typeof v})`,
      );
    }
    return v as number;
  };
  const totalCredits = finite('totalCredits', 0);
  const durationYears = finite('durationYears', 0, Infinity, true);
  const tuitionPerCredit = finite('tuitionPerCredit', 0);
  const annualProspects = finite('annualProspects', 0);
  const annualNewEnrollments = finite('annualNewEnrollments', 0, annualProspects);
  const engagementRate = finite('engagementRate', 0, 1);
  const retentionRate = finite('retentionRate', 0, 1);
  const growth = finite('prospectGrowthRate', -1, Infinity, true);
  const capacity = input.capacity == null ? Infinity : finite('capacity', annualNewEnrollments);
  const discountRate = input.discountRate == null ? 0 : finite('discountRate', 0, 1);
  if (discountRate === 1) fail('discountRate must be below 1 (got 1)');
  const instructionalCostPerCredit =
    input.instructionalCostPerCredit == null ? 0 : finite('instructionalCostPerCredit', 0);

  const cohortYears = Math.ceil(durationYears);
  const creditsPerYear = totalCredits / durationYears;
  const annualTuition = creditsPerYear * tuitionPerCredit;
  // An integer duration keeps c in its final year bit for bit (the remainder would only round to it).
  const finalYearCredits = Number.isInteger(durationYears)
    ? creditsPerYear
    : totalCredits - (cohortYears - 1) * creditsPerYear;
  const finalYearTuition = Number.isInteger(durationYears) ? annualTuition : finalYearCredits * tuitionPerCredit;

  const prospects = new Float64Array(horizon + 1);
  for (let t = 1; t <= horizon; t++) prospects[t] = annualProspects * Math.pow(1 + growth, t);

  input.scenario.forEach((e, i) => {
    checkTerms(e, `scenario[${i}]`, fail);
    const start = e.startOffset ?? 1;
    if (!(Number.isInteger(start) && start >= 1))
      fail(`scenario[${i}].startOffset must be an integer ≥ 1 (got ${start})`);
  });
  input.current.forEach((e, i) => checkTerms(e, `current[${i}]`, fail));
  // Segments: year 1 always (the kept embeddings are in force from then), then each later start within the horizon.
  const starts = [...new Set([1, ...input.scenario.map((e) => e.startOffset ?? 1)])]
    .filter((k) => k <= horizon)
    .sort((a, b) => a - b);
  const segments = starts.map((start) => ({
    start,
    terms: canonicalTerms(input.scenario.filter((e) => (e.startOffset ?? 1) <= start)),
    setup: input.scenario.reduce((sum, e) => (e.isNew && (e.startOffset ?? 1) === start ? sum + e.setupCost : sum), 0),
  }));
  const variation = input.variation ?? null;
  if (variation) {
    for (const [k, v] of Object.entries(variation)) {
      if (!(typeof v === 'number' && Number.isFinite(v) && v >= 0)) fail(`variation.${k} must be a finite number ≥ 0`);
    }
  }

  return {
    id: input.id,
    horizon,
    cohortYears,
    annualTuition,
    finalYearTuition,
    tuitionPerCredit,
    creditsPerYear,
    finalYearCredits,
    capacity,
    discountRate,
    instructionalCostPerCredit,
    prospects,
    steadyEntrants: annualNewEnrollments,
    enrollmentObs: annualProspects > 0 ? annualNewEnrollments / annualProspects : 0,
    engagementObs: engagementRate,
    retentionObs: retentionRate,
    current: canonicalTerms(input.current),
    segments,
    baselineSegments: [{ start: 1, terms: canonicalTerms(input.current), setup: 0 }],
    variation,
  };
}

function checkTerms(e: EmbeddingTerms, where: string, fail: (what: string) => never): void {
  const nonNegative = (v: number, name: string): void => {
    if (!(Number.isFinite(v) && v >= 0)) fail(`${where}.${name} must be a finite number ≥ 0 (got ${v})`);
  };
  nonNegative(e.creditsApplied, 'creditsApplied');
  if (!(e.hours >= 0)) fail(`${where}.hours must be a number ≥ 0 or Infinity (got ${e.hours})`);
  if (e.relevance != null && !(e.relevance >= 0 && e.relevance <= 1))
    fail(`${where}.relevance must be in [0, 1] (got ${e.relevance})`);
  nonNegative(e.costPerLearner, 'costPerLearner');
  nonNegative(e.setupCost, 'setupCost');
  if (e.takeUpRate != null && !(e.takeUpRate >= 0 && e.takeUpRate <= 1))
    fail(`${where}.takeUpRate must be in [0, 1] (got ${e.takeUpRate})`);
  if (!['CORE', 'ELECTIVE', 'ADD_ON'].includes(e.requirement))
    fail(`${where}.requirement is unknown: ${String(e.requirement)}`);
}

/**
 * Sorted by value, so the same set of embeddings in any order aggregates to bit-identical numbers
 * (products and sums in floating point depend on order): "no change" must reproduce the baseline exactly.
 */
export function canonicalTerms(list: readonly EmbeddingTerms[]): Term[] {
  const terms = list.map((e): Term => ({
    full: e.creditBearing && e.creditsApplied > 0,
    hours: e.hours,
    relevance: e.relevance ?? 1,
    takeUp: e.takeUpRate != null ? e.takeUpRate : e.requirement === 'CORE' ? 1 : -1,
    cost: e.costPerLearner,
    displacedCredits: e.displacesTuition ? e.creditsApplied : 0,
  }));
  const key = (t: Term): number[] => [t.full ? 1 : 0, t.hours, t.relevance, t.takeUp, t.cost, t.displacedCredits];
  return terms.sort((a, b) => {
    const ka = key(a);
    const kb = key(b);
    for (let i = 0; i < ka.length; i++) if (ka[i] !== kb[i]) return ka[i] - kb[i];
    return 0;
  });
}

export function aggregateOffer(terms: readonly Term[], params: ParameterValues, out: OfferAggregate): OfferAggregate {
  const nonCredit = params.NON_CREDIT_EFFECT_SHARE;
  const elective = params.ELECTIVE_TAKE_UP;
  const scale = params.OFFER_HOURS_SCALE;
  const floor = params.RELEVANCE_FLOOR;
  let notExposed = 1;
  let notOffered = 1;
  let cost = 0;
  let displaced = 0;
  for (const t of terms) {
    const wd = (t.full ? 1 : nonCredit) * dose(t.hours, scale);
    const u = t.takeUp >= 0 ? t.takeUp : elective;
    notExposed *= 1 - u * wd;
    // Relevance scales the offer to prospects only: an enrolled student exposed to it is exposed all the same.
    notOffered *= 1 - wd * (floor + (1 - floor) * t.relevance);
    cost += u * t.cost;
    displaced += u * t.displacedCredits;
  }
  out.exposure = 1 - notExposed;
  out.offer = 1 - notOffered;
  out.costPerEntrant = cost;
  out.displacedPerEntrant = displaced;
  return out;
}

/**
 * Projects `prog` into out[offset ..] (flat layout above) for the given embeddings: 'baseline' = the
 * current embeddings (no setup cost), 'scenario' = the scenario's. Both go through this one code path.
 * With `noise`, each year also gets the program's year-to-year variation: a shock on log prospects and on the
 * enrollment rate's log-odds, binomial noise on entrants (so cohorts, headcount, completions and money carry it),
 * and a shock plus binomial noise (of the year's headcount) on the reported engagement and retention rates.
 * Retention's shock is on the reported rate only; cohorts survive at the projected rate.
 */
export function runProgram(
  prog: PreparedProgram,
  params: ParameterValues,
  conversion: Conversion,
  which: 'baseline' | 'scenario',
  out: Float64Array,
  ws: ProgramWorkspace,
  offset = 0,
  noise: YearNoise | null = null,
): void {
  const H = prog.horizon;
  const D = prog.cohortYears;
  const segments = which === 'baseline' ? prog.baselineSegments : prog.segments;
  const J = segments.length;
  ws.ensure(H, D, J);
  const now = aggregateOffer(prog.current, params, ws.current);

  // The realised effects as ratios: R = exp(effect), 1 for no effect, below 1 for harm.
  const { enrollment: rEnr, engagement: rEng, retention: rRet } = effectRatios(params, ws.ratios);

  // Underlying (no-credential) rates: observed ones inverted at today's offer / exposure.
  const q = recoverRate(prog.enrollmentObs, now.offer, rEnr, conversion);
  const e = recoverRate(prog.engagementObs, now.exposure, rEng, conversion);
  const r = recoverRate(prog.retentionObs, now.exposure, rRet, conversion);
  const engGap = uplift(e, rEng, conversion) - e;
  const retGap = uplift(r, rRet, conversion) - r;
  const enrGap = uplift(q, rEnr, conversion) - q;

  // rate(x) = p + x·(uplift(p) − p), written as observed + (x − x_now)·(uplift(p) − p): algebraically
  // the same (observed = p + x_now·(uplift(p) − p)), but exact when x = x_now — so the baseline is the
  // observed rates bit for bit whatever the parameters — and continuous where the cap of RISK_CAPPED
  // leaves the inversion without an exact solution. Per segment: the rates of cohorts entering under it.
  const survObs = ws.survivalObs;
  const survNew = ws.survivalNew;
  survObs[0] = 1;
  for (let k = 1; k < D; k++) survObs[k] = survObs[k - 1] * prog.retentionObs;
  for (let j = 0; j < J; j++) {
    const agg = aggregateOffer(segments[j].terms, params, ws.targets[j]);
    const dx = agg.exposure - now.exposure;
    ws.engNew[j] = openRate(prog.engagementObs + dx * engGap, prog.engagementObs);
    const ret = (ws.retNew[j] = openRate(prog.retentionObs + dx * retGap, prog.retentionObs));
    // Cohort survival: cohorts entering in years ≤ 0 keep the observed retention, later ones their segment's.
    survNew[j * D] = 1;
    for (let k = 1; k < D; k++) survNew[j * D + k] = survNew[j * D + k - 1] * ret;
  }

  const N = ws.entrants;
  const seg = ws.segmentOf;
  const ramp = params.AWARENESS_RAMP_YEARS;
  const kept = 1 - params.DIVERSION_SHARE;
  const cap = prog.capacity;
  let current = 0;
  for (let t = 1; t <= H; t++) {
    while (current + 1 < J && segments[current + 1].start <= t) current++;
    seg[t] = current;
    // Awareness: each change of offer is learnt over the ramp from the year it starts,
    // s_t − s_now = Σ_j min(1, (t − start_j + 1)/ramp)·(s_j − s_{j−1}) with s_{−1} = s_now.
    let shift = 0;
    let before = now.offer;
    for (let j = 0; j <= current; j++) {
      const a = Math.min(1, (t - segments[j].start + 1) / ramp);
      shift += a * (ws.targets[j].offer - before) * enrGap;
      before = ws.targets[j].offer;
    }
    const rate = openRate(prog.enrollmentObs + shift, prog.enrollmentObs);
    let prospects = prog.prospects[t];
    let n = prospects * rate;
    let nBase = prospects * prog.enrollmentObs;
    if (noise) {
      const sd = noise.sd;
      prospects *= Math.exp(sd.prospectsSd * noise.prospects[t]);
      n = prospects * noisyShare(rate, sd.enrollmentSd, prospects, noise.enrollment[t]);
      nBase = prospects * noisyShare(prog.enrollmentObs, sd.enrollmentSd, prospects, noise.enrollment[t]);
    }
    // Capacity first (both paths), then diversion nets the change; no change leaves n exactly nBase's.
    if (n > cap) n = cap;
    if (nBase > cap) nBase = cap;
    // Every entrant of the program takes (and displaces credits for) its credentials, diverted or not.
    const gross = n;
    if (kept !== 1 && n !== nBase) n = nBase + kept * (n - nBase);
    N[t] = n;

    let head = 0;
    let engaged = 0;
    let retained = 0;
    let last = 0;
    for (let k = 0; k < D; k++) {
      const c = t - k;
      const isNew = c >= 1;
      const j = isNew ? seg[c] : 0;
      const present = isNew ? N[c] * survNew[j * D + k] : prog.steadyEntrants * survObs[k];
      head += present;
      engaged += present * (isNew ? ws.engNew[j] : prog.engagementObs);
      retained += present * (isNew ? ws.retNew[j] : prog.retentionObs);
      last = present;
    }
    const target = ws.targets[current];
    const setup = segments[current].start === t ? segments[current].setup : 0;
    // Full years bill c credits each; the final year's cohort (`last`) bills the remainder instead.
    // For an integer duration the correction is an exact 0, so those numbers are unchanged bit for bit.
    const billed = head * prog.annualTuition - last * (prog.annualTuition - prog.finalYearTuition);
    const tuition = billed - gross * target.displacedPerEntrant * prog.tuitionPerCredit;
    const cost = gross * target.costPerEntrant + setup;
    const taught =
      head * prog.creditsPerYear -
      last * (prog.creditsPerYear - prog.finalYearCredits) -
      gross * target.displacedPerEntrant;

    const o = offset + (t - 1) * METRIC_COUNT;
    let engRate = head > 0 ? engaged / head : 0;
    let retRate = head > 0 ? retained / head : 0;
    if (noise && head > 0) {
      const sd = noise.sd;
      engRate = noisyShare(engRate, sd.engagementSd, head, noise.engagement[t]);
      retRate = noisyShare(retRate, sd.retentionSd, head, noise.retention[t]);
    }
    out[o] = n;
    out[o + 1] = head;
    out[o + 2] = engRate;
    out[o + 3] = retRate;
    out[o + 4] = last; // the cohort in its final (D-th) year completes: N_{t−D+1}·ret^(D−1)
    out[o + 5] = tuition;
    out[o + 6] = cost;
    out[o + 7] = tuition - cost;
    out[o + 8] = tuition * (1 - prog.discountRate) - taught * prog.instructionalCostPerCredit - cost;
  }
}

/** Keeps a projected rate inside (0, 1) against rounding; a zero observed rate stays zero. */
export function openRate(v: number, observed: number): number {
  if (v >= 1) return ONE_BELOW;
  if (v > 0) return v;
  return observed > 0 ? Number.MIN_VALUE : 0;
}

/** Converts the flat layout into YearOutcome objects. */
export function toYearOutcomes(flat: Float64Array, horizon: number): YearOutcome[] {
  const years: YearOutcome[] = [];
  for (let t = 1; t <= horizon; t++) {
    const values = {} as YearOutcome['values'];
    OUTCOME_METRICS.forEach((m, i) => {
      values[m] = flat[(t - 1) * METRIC_COUNT + i];
    });
    years.push({ year: t, values });
  }
  return years;
}

/** Baseline (current embeddings) and scenario projections of one program, years 1..horizonYears. */
export function projectProgram(
  input: ProgramModelInput,
  params: ParameterValues,
  conversion: Conversion,
  horizonYears: number,
): ProgramProjection {
  assertParameterValues(params);
  assertHorizon(horizonYears);
  const prog = prepareProgram(input, horizonYears);
  const ws = new ProgramWorkspace();
  const base = new Float64Array(horizonYears * METRIC_COUNT);
  const scen = new Float64Array(horizonYears * METRIC_COUNT);
  runProgram(prog, params, conversion, 'baseline', base, ws);
  runProgram(prog, params, conversion, 'scenario', scen, ws);
  return { baseline: toYearOutcomes(base, horizonYears), scenario: toYearOutcomes(scen, horizonYears) };
}
