/**
 * The model's prediction of the local effect (docs/MODEL.md §15), for one parameter vector, through the
 * model's own functions (aggregateOffer, effectRatios, uplift, openRate), so that a calibration and a
 * projection can never disagree about what the parameters mean.
 *
 * For a treated program with start year g, in each year c ≥ g the embeddings live are its ACTIVE ones
 * with startYear ≤ c (offer s and exposure x by aggregateOffer). As in a projection (section 4–7 of
 * docs/MODEL.md), with the untreated rates q, ē, r̄ (the program's pre-period levels):
 * - entrants: q_c = q + s_eff(c)·(U(q, R'_enr) − q), where each change of offer is learnt over the
 *   awareness ramp from the year it starts: s_eff(c) = Σ_j min(1, (c − g_j + 1)/ramp)·(s_j − s_{j−1});
 * - a cohort entering in c ≥ g has engagement ē + x_c·(U(ē, R'_eng) − ē) and retention r̄ + x_c·(U(r̄, R_ret) − r̄);
 *   cohorts that entered before g keep the untreated rates;
 * - a year's engagement and retention are headcount-weighted over the D = ceil(durationYears) cohorts
 *   present (entrants × survival), prospects held constant.
 * The predicted lift of an outcome is Σ weight·(logit(model rate in year y) − logit(untreated rate)) over
 * the estimate's treated program-years, each with its own weight (DidTerm.weight: did.ts weighs a program-year by
 * the information in its counts); comparison programs are untreated, so the model predicts no change for them.
 * Allocation-free per parameter vector: it runs for every vector the sampler visits.
 */
import { aggregateOffer, canonicalTerms, openRate } from '../program';
import type { OfferAggregate, Term } from '../program';
import { effectRatios, uplift } from '../uplift';
import type { EffectRatios } from '../uplift';
import type { Conversion, ParameterValues } from '../types';
import type { DidEstimate } from './did';
import type { ClassifiedProgram, Panel, PilotEmbedding } from './panel';
import { CALIBRATION_OUTCOMES } from './panel';
import { expit, logit } from './stats';

// Bound once: a global lookup per call is measurable in these hot loops (and ~10× slower under jest's vm).
const { log, min } = Math;

/** When each of a treated program's embeddings goes live. */
export interface PilotSchedule {
  startYear: number;
  cohortYears: number;
  /** Distinct start years, ascending; segmentTerms[j] = the embeddings live from segmentStarts[j] on. */
  segmentStarts: number[];
  segmentTerms: Term[][];
}

export function pilotSchedule(active: readonly PilotEmbedding[], durationYears: number): PilotSchedule {
  const starts = [...new Set(active.map((e) => e.startYear as number))].sort((a, b) => a - b);
  if (starts.length === 0) throw new RangeError('a pilot needs at least one ACTIVE embedding with a start year');
  return {
    startYear: starts[0],
    cohortYears: Math.ceil(durationYears),
    segmentStarts: starts,
    segmentTerms: starts.map((s) => canonicalTerms(active.filter((e) => (e.startYear as number) <= s))),
  };
}

/** Untreated rates of a program (its level without any embedding). */
export interface PilotLevels {
  enrollment: number;
  engagement: number;
  retention: number;
}

/** Scratch buffers and outputs of pilotRates: index k = year startYear + k. */
export class PilotRates {
  readonly agg: OfferAggregate = { exposure: 0, offer: 0, costPerEntrant: 0, displacedPerEntrant: 0 };
  readonly ratios: EffectRatios = { enrollment: 1, engagement: 1, retention: 1 };
  offer = new Float64Array(0);
  exposure = new Float64Array(0);
  enrollment = new Float64Array(0);
  engagement = new Float64Array(0);
  retention = new Float64Array(0);
  private cohortEng = new Float64Array(0);
  private cohortRet = new Float64Array(0);
  private survival = new Float64Array(0);

  ensure(segments: number, span: number): void {
    if (this.offer.length < segments) {
      this.offer = new Float64Array(segments);
      this.exposure = new Float64Array(segments);
    }
    if (this.enrollment.length < span) {
      this.enrollment = new Float64Array(span);
      this.engagement = new Float64Array(span);
      this.retention = new Float64Array(span);
      this.cohortEng = new Float64Array(span);
      this.cohortRet = new Float64Array(span);
      this.survival = new Float64Array(span);
    }
  }

  /**
   * The model's enrollment, engagement and retention rates of a treated program in its years
   * startYear .. startYear + span − 1, at `params`, given its untreated rates. With mix = false only
   * enrollment is computed (engagement and retention mix the cohorts present, the costly part).
   */
  compute(
    s: PilotSchedule,
    levels: PilotLevels,
    params: ParameterValues,
    conversion: Conversion,
    span: number,
    mix = true,
  ): void {
    const J = s.segmentStarts.length;
    this.ensure(J, span);
    const { enrollment: rEnr, engagement: rEng, retention: rRet } = effectRatios(params, this.ratios);
    for (let j = 0; j < J; j++) {
      aggregateOffer(s.segmentTerms[j], params, this.agg);
      this.offer[j] = this.agg.offer;
      this.exposure[j] = this.agg.exposure;
    }
    const q = levels.enrollment;
    const e = levels.engagement;
    const r = levels.retention;
    const enrGap = uplift(q, rEnr, conversion) - q;
    const engGap = uplift(e, rEng, conversion) - e;
    const retGap = uplift(r, rRet, conversion) - r;
    const ramp = params.AWARENESS_RAMP_YEARS;
    const g = s.startYear;
    for (let k = 0; k < span; k++) {
      const c = g + k;
      let sEff = 0;
      let prev = 0;
      let x = 0;
      for (let j = 0; j < J && s.segmentStarts[j] <= c; j++) {
        sEff += min(1, (c - s.segmentStarts[j] + 1) / ramp) * (this.offer[j] - prev);
        prev = this.offer[j];
        x = this.exposure[j];
      }
      this.enrollment[k] = openRate(q + sEff * enrGap, q);
      this.cohortEng[k] = openRate(e + x * engGap, e);
      this.cohortRet[k] = openRate(r + x * retGap, r);
    }
    if (!mix) return;
    // Cohorts that entered before the start: q·r̄^k in their (k + 1)-th year; `old` sums those still present.
    const D = s.cohortYears;
    const surv = this.survival;
    for (let t = 0; t < span; t++) {
      let old = 0;
      let present = q;
      for (let k = 0; k < D; k++) {
        if (k > t) old += present;
        present *= r;
      }
      let head = old;
      let engaged = old * e;
      let retained = old * r;
      // Cohort c (entered in year g + c) is in its (t − c + 1)-th year; surv[c] = ret_c^(t − c).
      for (let c = t; c >= 0 && c > t - D; c--) {
        surv[c] = c === t ? 1 : surv[c] * this.cohortRet[c];
        const n = this.enrollment[c] * surv[c];
        head += n;
        engaged += n * this.cohortEng[c];
        retained += n * this.cohortRet[c];
      }
      this.engagement[t] = head > 0 ? engaged / head : e;
      this.retention[t] = head > 0 ? retained / head : r;
    }
  }
}

/** One treated program as the prediction uses it. */
interface PlanProgram {
  schedule: PilotSchedule;
  levels: PilotLevels;
  span: number;
  /** Per outcome: the estimate using this program (−1: none), the year offsets it uses and their weights. */
  estimateOf: Int32Array;
  offsets: number[][];
  weights: number[][];
}

export interface PredictionPlan {
  conversion: Conversion;
  programs: PlanProgram[];
  /** Per estimate: Σ weight·logit(untreated rate) over its terms. */
  base: Float64Array;
  rates: PilotRates;
  /** Scratch: Σ weight·logit(model rate) per estimate. */
  sum: Float64Array;
}

/**
 * Compiles the estimates' treated program-years into a plan that predictLifts evaluates per vector.
 * Each term carries its own weight (did.ts); the weights of an estimate sum to 1.
 */
export function preparePrediction(
  panel: Panel,
  estimates: readonly DidEstimate[],
  conversion: Conversion,
): PredictionPlan {
  const slots = new Map<number, number>();
  const programs: PlanProgram[] = [];
  const levelsOf = (p: ClassifiedProgram): PilotLevels => {
    const b = p.baseline;
    const fallback = [
      b.annualProspects > 0 ? b.annualNewEnrollments / b.annualProspects : 0,
      b.engagementRate,
      b.retentionRate,
    ];
    const lv = CALIBRATION_OUTCOMES.map((o, i) => {
      const level = estimates.find((e) => e.outcome === o)?.preLevels.get(p.index);
      return level !== undefined ? expit(level) : fallback[i];
    });
    return { enrollment: lv[0], engagement: lv[1], retention: lv[2] };
  };
  const base = new Float64Array(estimates.length);
  estimates.forEach((est, j) => {
    const o = CALIBRATION_OUTCOMES.indexOf(est.outcome);
    for (const t of est.terms) {
      let slot = slots.get(t.program);
      if (slot === undefined) {
        const p = panel.programs[t.program];
        slot = programs.length;
        slots.set(t.program, slot);
        programs.push({
          schedule: pilotSchedule(p.active, p.baseline.durationYears),
          levels: levelsOf(p),
          span: 0,
          estimateOf: Int32Array.of(-1, -1, -1),
          offsets: [[], [], []],
          weights: [[], [], []],
        });
      }
      const prog = programs[slot];
      const offset = t.year - prog.schedule.startYear;
      prog.span = Math.max(prog.span, offset + 1);
      prog.estimateOf[o] = j;
      prog.offsets[o].push(offset);
      prog.weights[o].push(t.weight);
      const lv = o === 0 ? prog.levels.enrollment : o === 1 ? prog.levels.engagement : prog.levels.retention;
      base[j] += t.weight * logit(lv);
    }
  });
  return {
    conversion,
    programs,
    base,
    rates: new PilotRates(),
    sum: new Float64Array(estimates.length),
  };
}

/**
 * The model's predicted log-odds lift of each estimate (in plan order) at `params`, written to `out`:
 * Σ w·logit(rate) − Σ w·logit(untreated) over the estimate's terms.
 */
export function predictLifts(plan: PredictionPlan, params: ParameterValues, out: Float64Array): Float64Array {
  const rates = plan.rates;
  const sum = plan.sum;
  sum.fill(0);
  for (let i = 0; i < plan.programs.length; i++) {
    const p = plan.programs[i];
    const byOutcome = p.estimateOf;
    rates.compute(p.schedule, p.levels, params, plan.conversion, p.span, byOutcome[1] >= 0 || byOutcome[2] >= 0);
    for (let o = 0; o < 3; o++) {
      const j = byOutcome[o];
      if (j < 0) continue;
      const series = o === 0 ? rates.enrollment : o === 1 ? rates.engagement : rates.retention;
      const offsets = p.offsets[o];
      const weights = p.weights[o];
      let s = sum[j];
      for (let n = 0; n < offsets.length; n++) {
        const x = series[offsets[n]];
        s += weights[n] * log(x / (1 - x));
      }
      sum[j] = s;
    }
  }
  for (let j = 0; j < out.length && j < sum.length; j++) out[j] = sum[j] - plan.base[j];
  return out;
}
