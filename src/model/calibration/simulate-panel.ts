/**
 * Synthetic actuals from known parameters, for tests (simulation-based calibration) and for seeding a
 * demo's pilot history. Pure and seeded.
 *
 * Per program and outcome, the untreated log-odds in year y is
 *   logit(baseline rate) + a_program + γ_year + η_program,year
 * (a program level, a shock common to all programs, and an idiosyncratic one, all normal). In years from
 * the program's start the rate is the model's own (PilotRates, the same code the calibration predicts with)
 * at the true parameters given that year's untreated rates, plus a program-level random effect u on the
 * log-odds (programs differ in how much of the effect they realise). Counts are binomial: new enrollments of
 * the year's prospects; engaged and retained students of the year's headcount (baseline entrants × Σ r^k).
 * The baseline rates are read as the program's level without any credential.
 */
import { standardNormal } from '../distributions';
import { createRng } from '../rng';
import type { Rng } from '../rng';
import type { Conversion, ParameterValues, ProgramBaselineInput } from '../types';
import type { CalibrationOutcome, PanelProgram, PilotEmbedding, YearActuals } from './panel';
import { CALIBRATION_OUTCOMES } from './panel';
import { PilotRates, pilotSchedule } from './predict';
import { expit, logit } from './stats';

export interface PanelNoise {
  /** SD of each program's level (log-odds); removed by the DiD. */
  programSd: number;
  /** SD of the shocks common to all programs in a year (log-odds); removed by the comparison. */
  yearSd: number;
  /** SD of program-year shocks (log-odds): the year-to-year variation the standard error includes. */
  programYearSd: number;
  /** SD of each treated program's deviation from the model's effect (log-odds). */
  effectSd: number;
  /** SD of the year-to-year variation of prospects (log scale). */
  prospectsSd: number;
}

export const DEFAULT_PANEL_NOISE: Readonly<PanelNoise> = {
  programSd: 0.2,
  yearSd: 0.05,
  programYearSd: 0.03,
  effectSd: 0.03,
  prospectsSd: 0.05,
};

export interface SyntheticProgram {
  id: string;
  baseline: ProgramBaselineInput;
  embeddings: PilotEmbedding[];
}

export interface SyntheticPanelSpec {
  programs: SyntheticProgram[];
  firstYear: number;
  lastYear: number;
  /** The truth the actuals are generated from. */
  params: ParameterValues;
  conversion: Conversion;
  seed: number;
  noise?: Partial<PanelNoise>;
  /** Outcomes to record (default all three). */
  outcomes?: readonly CalibrationOutcome[];
}

export function simulatePanel(spec: SyntheticPanelSpec): PanelProgram[] {
  if (!(Number.isInteger(spec.firstYear) && Number.isInteger(spec.lastYear) && spec.firstYear <= spec.lastYear)) {
    throw new RangeError(`firstYear ≤ lastYear must be integers (got ${spec.firstYear}, ${spec.lastYear})`);
  }
  const noise = { ...DEFAULT_PANEL_NOISE, ...spec.noise };
  const record = new Set(spec.outcomes ?? CALIBRATION_OUTCOMES);
  const effects = createRng(spec.seed, 0);
  const counts = createRng(spec.seed, 1);
  const years = spec.lastYear - spec.firstYear + 1;
  const yearShock = CALIBRATION_OUTCOMES.map(() =>
    Array.from({ length: years }, () => noise.yearSd * standardNormal(effects)),
  );
  const rates = new PilotRates();

  return spec.programs.map((p): PanelProgram => {
    const b = p.baseline;
    const base = [
      b.annualProspects > 0 ? b.annualNewEnrollments / b.annualProspects : 0,
      b.engagementRate,
      b.retentionRate,
    ];
    const level = base.map(() => noise.programSd * standardNormal(effects));
    const deviation = base.map(() => noise.effectSd * standardNormal(effects));
    const active = p.embeddings.filter((e) => e.status === 'ACTIVE' && e.startYear != null);
    const schedule = active.length > 0 ? pilotSchedule(active, b.durationYears) : null;
    const D = Math.ceil(b.durationYears);
    let survival = 0;
    for (let k = 0, s = 1; k < D; k++, s *= b.retentionRate) survival += s;
    const headcount = Math.round(b.annualNewEnrollments * survival);

    const actuals: YearActuals[] = [];
    for (let t = 0; t < years; t++) {
      const year = spec.firstYear + t;
      const untreated = base.map((r, o) =>
        expit(logit(clampRate(r)) + level[o] + yearShock[o][t] + noise.programYearSd * standardNormal(effects)),
      );
      let rate = untreated;
      if (schedule && year >= schedule.startYear) {
        const k = year - schedule.startYear;
        rates.compute(
          schedule,
          { enrollment: untreated[0], engagement: untreated[1], retention: untreated[2] },
          spec.params,
          spec.conversion,
          k + 1,
        );
        rate = [rates.enrollment[k], rates.engagement[k], rates.retention[k]].map((r, o) =>
          expit(logit(r) + deviation[o]),
        );
      }
      const prospects = Math.round(
        b.annualProspects *
          Math.pow(1 + b.prospectGrowthRate, year - spec.lastYear) *
          Math.exp(noise.prospectsSd * standardNormal(counts)),
      );
      const row: YearActuals = { year };
      if (record.has('ENROLLMENT_RATE')) {
        row.prospects = prospects;
        row.newEnrollments = sampleBinomial(counts, prospects, rate[0]);
      }
      if (record.has('ENGAGEMENT_RATE')) {
        row.engagementDenominator = headcount;
        row.engagementNumerator = sampleBinomial(counts, headcount, rate[1]);
      }
      if (record.has('RETENTION_RATE')) {
        row.retentionDenominator = headcount;
        row.retentionNumerator = sampleBinomial(counts, headcount, rate[2]);
      }
      actuals.push(row);
    }
    return { id: p.id, baseline: b, embeddings: p.embeddings, actuals };
  });
}

function clampRate(r: number): number {
  return Math.min(1 - 1e-9, Math.max(1e-9, r));
}

/**
 * Binomial(n, p): exact inversion when the smaller expected count is below 30, else the normal
 * approximation (rounded and clamped), which is accurate there and keeps large programs cheap.
 */
export function sampleBinomial(rng: Rng, n: number, p: number): number {
  if (n <= 0 || p <= 0) return 0;
  if (p >= 1) return n;
  const flip = p > 0.5;
  const pp = flip ? 1 - p : p;
  const q = 1 - pp;
  let x: number;
  if (n * pp < 30) {
    const u = rng.next();
    let prob = Math.pow(q, n);
    let cum = prob;
    x = 0;
    while (u > cum && x < n) {
      prob *= (pp / q) * ((n - x) / (x + 1));
      x++;
      cum += prob;
    }
  } else {
    x = Math.min(n, Math.max(0, Math.round(n * pp + Math.sqrt(n * pp * q) * standardNormal(rng))));
  }
  return flip ? n - x : x;
}
