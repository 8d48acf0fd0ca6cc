/**
 * The back-test (docs/MODEL.md §17): how good would the forecasts have been? As of a year Y, with only what was
 * known then, the model forecasts every later recorded year of every program, and the forecasts are scored against
 * what happened.
 *
 * - Fit: a calibration on the actuals of years ≤ Y (the same calibrate()); when it is OK, forecasts draw whole
 *   vectors of its posterior, otherwise they draw from the prior.
 * - Baselines as they stood in Y: the program's prospects, enrollment rate, engagement and retention over its last
 *   BASELINE_YEARS recorded years ≤ Y (counts pooled, so one unusual year does not set the level; its baseline fields
 *   where none were recorded). Prospects follow their own log-linear trend over the years ≤ Y when there are at least
 *   MIN_YEARS of them (level at Y and growth from the fit), else stay at their pooled mean. A level estimated from k
 *   years is
 *   itself uncertain: each component's year-to-year standard deviation is widened by √(1 + 1/k), the usual
 *   prediction interval around a mean.
 * - Embeddings as they actually went live: ACTIVE ones with startYear ≤ Y are today's; those starting later join
 *   in their own year (startOffset), as the plan knew them — the question is "knowing the plan, how good was the
 *   forecast?". A program with an ACTIVE embedding of unknown start is left out, as in a calibration.
 * - Forecasts are predictions: parameter draws plus the program's year-to-year variation as estimated from years
 *   ≤ Y (variation.ts), through the projection's own kernel (runProgram with noise).
 * - Scores per metric: coverage of the 80% prediction interval (P10–P90), and the mean continuous ranked
 *   probability score (CRPS, lower is better; for a single number it is the absolute error) of the forecast, of
 *   persistence (the last value seen, a single number) and of the same model with every effect at zero (the same
 *   draws and year shocks, so only the effects differ).
 */
import { resolveAssumptions } from './assumptions';
import { calibrate, MAX_DRAWS, MIN_DRAWS } from './calibration/calibrate';
import type { CalibrationResult } from './calibration/calibrate';
import type { PanelProgram, YearActuals } from './calibration/panel';
import { prepareProgram, ProgramWorkspace, runProgram, YearNoise } from './program';
import { quantile } from './quantiles';
import { createRng } from './rng';
import { drawParameters, fillDeviates, PREDICTION_STREAM } from './simulate';
import { EFFECT_PARAMETERS, METRIC_COUNT, METRIC_INDEX, PARAMETERS } from './types';
import type {
  AssumptionSpec,
  Conversion,
  EmbeddingTerms,
  ParameterValues,
  ProgramModelInput,
  YearToYearVariation,
} from './types';
import { MIN_YEARS, pooledVariance, programVariance, resolveVariation } from './variation';

export const BACKTEST_METRICS = ['NEW_ENROLLMENTS', 'ENGAGEMENT_RATE', 'RETENTION_RATE'] as const;
/** Recorded years (≤ asOfYear) a back-test's baseline pools. */
export const BASELINE_YEARS = 3;
export type BacktestMetric = (typeof BACKTEST_METRICS)[number];

export interface BacktestInput {
  programs: readonly PanelProgram[];
  asOfYear: number;
  /** The prior: one spec per parameter. */
  assumptions: readonly AssumptionSpec[];
  conversion: Conversion;
  draws: number;
  seed: number;
}

export interface BacktestPoint {
  programId: string;
  year: number;
  metric: BacktestMetric;
  actual: number;
  p10: number;
  p50: number;
  p90: number;
  covered: boolean;
  crps: number;
  crpsPersistence: number;
  crpsNoEffect: number;
}

export interface BacktestScore {
  metric: BacktestMetric;
  points: number;
  coverage80: number;
  crps: number;
  crpsPersistence: number;
  crpsNoEffect: number;
}

export interface BacktestResult {
  asOfYear: number;
  /** The calibration on the years ≤ asOfYear; null when there was nothing to fit (INSUFFICIENT_DATA). */
  calibration: CalibrationResult | null;
  /** Whether the forecasts drew from that calibration's posterior (it was OK) rather than from the prior. */
  usedPosterior: boolean;
  points: BacktestPoint[];
  scores: BacktestScore[];
  /** Programs forecast, and those left out with why. */
  forecastPrograms: number;
  excludedPrograms: { id: string; reason: 'UNKNOWN_START_YEAR' | 'NO_LATER_ACTUALS' }[];
}

/** The value of a metric recorded in one year (a count, or a rate from its counts), or null. */
function actualOf(a: YearActuals, metric: BacktestMetric): number | null {
  if (metric === 'NEW_ENROLLMENTS') return a.newEnrollments ?? null;
  const [n, d] =
    metric === 'ENGAGEMENT_RATE'
      ? [a.engagementNumerator, a.engagementDenominator]
      : [a.retentionNumerator, a.retentionDenominator];
  return n != null && d != null && d > 0 ? n / d : null;
}

/** CRPS of an ensemble (sorted ascending) for an outcome y: E|X − y| − ½·E|X − X'|. */
export function crpsOfSorted(sorted: Float64Array, y: number): number {
  const n = sorted.length;
  let absError = 0;
  let spread = 0;
  for (let i = 0; i < n; i++) {
    absError += Math.abs(sorted[i] - y);
    spread += (2 * (i + 1) - n - 1) * sorted[i];
  }
  return absError / n - spread / (n * n);
}

/**
 * A count pair pooled over the last BASELINE_YEARS years ≤ asOf that recorded it: Σ events / Σ trials, the mean of
 * the trials, and how many years were pooled; null when none was.
 */
function pooledLevel(
  actuals: readonly YearActuals[],
  asOf: number,
  pick: (a: YearActuals) => [number, number] | null,
): { rate: number; trials: number; years: number } | null {
  let events = 0;
  let trials = 0;
  let years = 0;
  for (let i = actuals.length - 1; i >= 0 && years < BASELINE_YEARS; i--) {
    if (actuals[i].year > asOf) continue;
    const pair = pick(actuals[i]);
    if (!pair || !(pair[1] > 0)) continue;
    events += pair[0];
    trials += pair[1];
    years++;
  }
  return years > 0 ? { rate: events / trials, trials: trials / years, years } : null;
}

const funnelOf = (a: YearActuals): [number, number] | null =>
  a.prospects != null && a.prospects > 0 && a.newEnrollments != null
    ? [Math.min(a.newEnrollments, a.prospects), a.prospects]
    : null;
const engagementOf = (a: YearActuals): [number, number] | null =>
  a.engagementNumerator != null && a.engagementDenominator != null
    ? [a.engagementNumerator, a.engagementDenominator]
    : null;
const retentionOf = (a: YearActuals): [number, number] | null =>
  a.retentionNumerator != null && a.retentionDenominator != null
    ? [a.retentionNumerator, a.retentionDenominator]
    : null;

/** Prospects' log-linear trend over the years ≤ asOf: the fitted level at asOf and the growth a year; null below MIN_YEARS. */
function prospectsTrend(actuals: readonly YearActuals[], asOf: number): { level: number; growth: number } | null {
  const pts = actuals.filter((a) => a.year <= asOf && a.prospects != null && a.prospects > 0);
  if (pts.length < MIN_YEARS) return null;
  const n = pts.length;
  const mx = pts.reduce((s, a) => s + a.year, 0) / n;
  const my = pts.reduce((s, a) => s + Math.log(a.prospects as number), 0) / n;
  let sxy = 0;
  let sxx = 0;
  for (const a of pts) {
    sxy += (a.year - mx) * (Math.log(a.prospects as number) - my);
    sxx += (a.year - mx) ** 2;
  }
  const slope = sxx > 0 ? sxy / sxx : 0;
  return { level: Math.exp(my + slope * (asOf - mx)), growth: Math.exp(slope) - 1 };
}

/** The latest value ≤ asOfYear of a field, or null. */
function latest<T>(actuals: readonly YearActuals[], asOf: number, pick: (a: YearActuals) => T | null): T | null {
  for (let i = actuals.length - 1; i >= 0; i--) {
    if (actuals[i].year > asOf) continue;
    const v = pick(actuals[i]);
    if (v !== null) return v;
  }
  return null;
}

export function backtest(input: BacktestInput): BacktestResult {
  const Y = input.asOfYear;
  if (!Number.isInteger(Y)) throw new RangeError(`asOfYear must be a whole year (got ${Y})`);
  if (!Number.isInteger(input.draws) || input.draws < 1) throw new RangeError(`draws must be an integer ≥ 1`);
  const specs = resolveAssumptions(input.assumptions);
  const sorted = [...input.programs].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const byYear = (p: PanelProgram): YearActuals[] => [...p.actuals].sort((a, b) => a.year - b.year);

  // 1. The fit on what was known: actuals up to Y.
  const known = sorted.map((p) => ({ ...p, actuals: p.actuals.filter((a) => a.year <= Y) }));
  const calibration = calibrate(
    { programs: known, assumptions: specs, conversion: input.conversion },
    { draws: Math.min(MAX_DRAWS, Math.max(MIN_DRAWS, input.draws)), seed: input.seed },
  );
  const usedPosterior = calibration.status === 'OK' && calibration.sample.length > 0;
  const sample: ParameterValues[] | undefined = usedPosterior ? calibration.sample : undefined;

  // 2. Year-to-year variation from years ≤ Y, pooled over the programs.
  const startOf = (p: PanelProgram): number | null => {
    const starts = p.embeddings
      .filter((e) => e.status === 'ACTIVE' && e.startYear != null)
      .map((e) => e.startYear as number);
    return starts.length > 0 ? Math.min(...starts) : null;
  };
  const own = known.map((p) => programVariance(byYear(p), startOf(p)));
  const pooled = pooledVariance(own);

  // 3. The programs to forecast, with their baselines as of Y.
  const excludedPrograms: BacktestResult['excludedPrograms'] = [];
  const targets: { program: PanelProgram; index: number; input: ProgramModelInput; later: YearActuals[] }[] = [];
  sorted.forEach((p, index) => {
    const active = p.embeddings.filter((e) => e.status === 'ACTIVE');
    if (active.some((e) => e.startYear == null)) {
      excludedPrograms.push({ id: p.id, reason: 'UNKNOWN_START_YEAR' });
      return;
    }
    const actuals = byYear(p);
    const later = actuals.filter((a) => a.year > Y && BACKTEST_METRICS.some((m) => actualOf(a, m) !== null));
    if (later.length === 0) {
      excludedPrograms.push({ id: p.id, reason: 'NO_LATER_ACTUALS' });
      return;
    }
    const funnel = pooledLevel(actuals, Y, funnelOf);
    const trend = prospectsTrend(actuals, Y);
    const engagement = pooledLevel(actuals, Y, engagementOf);
    const retention = pooledLevel(actuals, Y, retentionOf);
    const b = p.baseline;
    // No capacity, aid or teaching cost: today's capacity need not have held then, and only counts and rates are scored.
    const terms = (e: (typeof active)[number], isNew: boolean, startOffset?: number): EmbeddingTerms => ({
      creditBearing: e.creditBearing,
      creditsApplied: e.creditsApplied,
      hours: e.hours,
      ...(e.relevance !== undefined ? { relevance: e.relevance } : {}),
      requirement: e.requirement,
      takeUpRate: e.takeUpRate ?? null,
      displacesTuition: e.displacesTuition,
      costPerLearner: e.costPerLearner,
      setupCost: e.setupCost,
      isNew,
      ...(startOffset !== undefined ? { startOffset } : {}),
    });
    const live = active.filter((e) => (e.startYear as number) <= Y);
    const coming = active.filter((e) => (e.startYear as number) > Y);
    targets.push({
      program: p,
      index,
      later,
      input: {
        id: p.id,
        totalCredits: b.totalCredits,
        durationYears: b.durationYears,
        tuitionPerCredit: b.tuitionPerCredit,
        annualProspects: trend ? trend.level : funnel ? funnel.trials : b.annualProspects,
        annualNewEnrollments: funnel
          ? funnel.rate * (trend ? trend.level : funnel.trials)
          : Math.min(b.annualNewEnrollments, b.annualProspects),
        engagementRate: engagement ? engagement.rate : b.engagementRate,
        retentionRate: retention ? retention.rate : b.retentionRate,
        prospectGrowthRate: trend ? trend.growth : 0,
        variation: widened(resolveVariation(own[index], pooled).variation, funnel, engagement, retention),
        current: live.map((e) => terms(e, false)),
        scenario: [
          ...live.map((e) => terms(e, false)),
          ...coming.map((e) => terms(e, true, (e.startYear as number) - Y)),
        ],
      },
    });
  });

  // 4. Forecasts: the same draws for every program, year shocks from each program's own stream.
  const draws = input.draws;
  const flat = drawParameters(specs, input.seed, draws, sample);
  const J = PARAMETERS.length;
  const params = {} as ParameterValues;
  const ws = new ProgramWorkspace();
  const noise = new YearNoise();
  const points: BacktestPoint[] = [];
  for (const { program, index, input: programInput, later } of targets) {
    const H = later[later.length - 1].year - Y;
    const prepared = prepareProgram(programInput, H);
    noise.sd = programInput.variation!;
    const rng = createRng(input.seed, PREDICTION_STREAM + index);
    const out = new Float64Array(H * METRIC_COUNT);
    const wanted = later.flatMap((a) =>
      BACKTEST_METRICS.filter((m) => actualOf(a, m) !== null).map((m) => ({
        year: a.year,
        metric: m,
        at: (a.year - Y - 1) * METRIC_COUNT + METRIC_INDEX[m],
      })),
    );
    const forecast = wanted.map(() => new Float64Array(draws));
    const noEffect = wanted.map(() => new Float64Array(draws));
    for (let d = 0; d < draws; d++) {
      for (let j = 0; j < J; j++) params[PARAMETERS[j]] = flat[d * J + j];
      // A program's recorded entrants include those it drew from the institution's other programs: no netting.
      params.DIVERSION_SHARE = 0;
      fillDeviates(rng, noise.series(H), H);
      runProgram(prepared, params, input.conversion, 'scenario', out, ws, 0, noise);
      wanted.forEach((w, k) => (forecast[k][d] = out[w.at]));
      for (const e of EFFECT_PARAMETERS) params[e] = 0;
      runProgram(prepared, params, input.conversion, 'scenario', out, ws, 0, noise);
      wanted.forEach((w, k) => (noEffect[k][d] = out[w.at]));
    }
    const actuals = byYear(program);
    wanted.forEach((w, k) => {
      const actual = actualOf(
        later.find((a) => a.year === w.year)!,
        w.metric,
      )!;
      const f = forecast[k].sort();
      const p10 = quantile(f, 0.1);
      const p90 = quantile(f, 0.9);
      const last = latest(actuals, Y, (a) => actualOf(a, w.metric));
      points.push({
        programId: program.id,
        year: w.year,
        metric: w.metric,
        actual,
        p10,
        p50: quantile(f, 0.5),
        p90,
        covered: actual >= p10 && actual <= p90,
        crps: crpsOfSorted(f, actual),
        // Persistence with nothing seen before Y forecasts the program's baseline field.
        crpsPersistence: Math.abs((last ?? persistenceFallback(programInput, w.metric)) - actual),
        crpsNoEffect: crpsOfSorted(noEffect[k].sort(), actual),
      });
    });
  }

  const scores = BACKTEST_METRICS.flatMap((metric): BacktestScore[] => {
    const ps = points.filter((p) => p.metric === metric);
    if (ps.length === 0) return [];
    const mean = (f: (p: BacktestPoint) => number): number => ps.reduce((s, p) => s + f(p), 0) / ps.length;
    return [
      {
        metric,
        points: ps.length,
        coverage80: mean((p) => (p.covered ? 1 : 0)),
        crps: mean((p) => p.crps),
        crpsPersistence: mean((p) => p.crpsPersistence),
        crpsNoEffect: mean((p) => p.crpsNoEffect),
      },
    ];
  });

  return {
    asOfYear: Y,
    calibration: calibration.status === 'INSUFFICIENT_DATA' ? null : calibration,
    usedPosterior,
    points,
    scores,
    forecastPrograms: targets.length,
    excludedPrograms,
  };
}

/** Year-to-year standard deviations widened by √(1 + 1/k) for a level pooled from k years (see the file comment). */
function widened(
  v: YearToYearVariation,
  funnel: { years: number } | null,
  engagement: { years: number } | null,
  retention: { years: number } | null,
): YearToYearVariation {
  const f = (sd: number, level: { years: number } | null): number => (level ? sd * Math.sqrt(1 + 1 / level.years) : sd);
  return {
    prospectsSd: f(v.prospectsSd, funnel),
    enrollmentSd: f(v.enrollmentSd, funnel),
    engagementSd: f(v.engagementSd, engagement),
    retentionSd: f(v.retentionSd, retention),
  };
}

function persistenceFallback(p: ProgramModelInput, metric: BacktestMetric): number {
  if (metric === 'NEW_ENROLLMENTS') return p.annualNewEnrollments;
  return metric === 'ENGAGEMENT_RATE' ? p.engagementRate : p.retentionRate;
}
