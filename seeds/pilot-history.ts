/**
 * The demo's pilot history (issue 9, "the demo learns something"): 2018–2025 actuals of Northbridge's
 * programs — prospects, new enrollments, and engagement and retention with their counts — generated through
 * the model itself (simulatePanel, seeded) from a known truth whose realised effect is well below the survey's.
 *
 * Who is a pilot follows from the demo's embeddings: a program is treated from the startYear of its first
 * ACTIVE embedding (BSN and AAS-NUR from 2022; BS-CS, BS-DS, AAS-CYB and UC-DA from 2023; BS-BUS, MBA-ONL and
 * MS-DS from 2024); BA-PSY, MPH-ONL, PHD-CS, EDD-EL and the archived AA-LIB never had one and are comparisons.
 *
 * The truth: the survey's ENROLLMENT_RATIO (2.4) and ENGAGEMENT_RATIO (2.0), but only a tenth of the stated
 * intent realised: a realised enrollment odds ratio of 1.14 (ENROLLMENT_EFFECT ln 1.14 ≈ 0.131), against the
 * survey-as-stated reading's 1.7 and the sceptical default's "probably nothing, otherwise about 1.05". A
 * calibration on the demo should find that, within what eight years of a dozen programs can tell.
 *
 * Replaces the demo's own PROSPECTS, NEW_ENROLLMENTS, ENGAGEMENT_RATE and RETENTION_RATE for 2022–2024 (the
 * seed loads these instead); COMPLETIONS stay the demo's.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { simulatePanel, type PanelProgram, type SyntheticProgram } from '../src/model/calibration';
import { packageRoot } from '../src/app/web';
import { fitOf } from '../src/modules/occupation/occupation.rules';
import { baselineOf, type ParameterValues } from '../src/model';
import { offerHours } from '../src/model/dose';
import { convertV1Vector } from '../src/model/v1';
import type { DemoSeed, MetricSeed } from './types';

export const PILOT_FIRST_YEAR = 2018;
export const PILOT_LAST_YEAR = 2025;
export const PILOT_SEED = 2018;

/**
 * The parameters the history is generated from: model v1's truth (the survey's ratios with a tenth of the intent
 * realised) in v2's terms, exactly (src/model/v1.ts): ENROLLMENT_EFFECT = ln 1.14, ENGAGEMENT_EFFECT = ln 1.1,
 * RETENTION_EFFECT = ln 1.05.
 */
export const PILOT_TRUTH: Readonly<ParameterValues> = {
  ...convertV1Vector({
    ENGAGEMENT_RATIO: 2.0,
    ENROLLMENT_RATIO: 2.4,
    INTENT_REALISATION: 0.1,
    RETENTION_PASS_THROUGH: 0.5,
    NON_CREDIT_EFFECT_SHARE: 0.5,
    ELECTIVE_TAKE_UP: 0.3,
    AWARENESS_RAMP_YEARS: 2,
  }),
  // The prior's mode: a 3-credit credential is about two thirds of a full offer.
  OFFER_HOURS_SCALE: 135,
  // A program's own history is gross of diversion (diversion nets the institution's total only).
  DIVERSION_SHARE: 0,
  // The prior's mode: a credential none of whose occupations the program leads to keeps a fifth of its offer.
  RELEVANCE_FLOOR: 0.2,
};

const round4 = (x: number): number => Math.round(x * 10000) / 10000;

type DemoShape = Pick<DemoSeed, 'institution' | 'programs' | 'credentials' | 'embeddings'>;

/**
 * The labour-market seed rows as the database holds them (src/db/seed.ts): the SOC codes with an occupation row, and
 * the crosswalk's SOC codes of each CIP code among them, so a pilot's relevance is what a calibration will read.
 */
function seededOccupations(): { known: Set<string>; byCip: Map<string, string[]> } {
  const rows = (file: string) =>
    parse<Record<string, string>>(
      fs.readFileSync(path.join(packageRoot(__dirname), 'seeds', 'labor-market', file), 'utf8'),
      { columns: true, skip_empty_lines: true },
    );
  const known = new Set(rows('occupations.csv').map((r) => r.soc_code));
  const byCip = new Map<string, string[]>();
  for (const r of rows('cip-soc.csv')) {
    if (known.has(r.soc_code)) byCip.set(r.cip_code, [...(byCip.get(r.cip_code) ?? []), r.soc_code]);
  }
  return { known, byCip };
}

/** The demo's programs as the model reads them: their baselines, and their embeddings with the credentials' terms. */
export function demoPrograms(demo: DemoShape, programs = demo.programs): SyntheticProgram[] {
  const credentials = new Map(demo.credentials.map((c) => [c.key, c]));
  const { known, byCip } = seededOccupations();
  return programs.map((p) => ({
    id: p.code,
    baseline: baselineOf(p),
    embeddings: demo.embeddings
      .filter((e) => e.programCode === p.code)
      .map((e) => {
        const c = credentials.get(e.credentialKey);
        if (!c) throw new Error(`pilot history: unknown credential ${e.credentialKey}`);
        const creditBearing = c.creditRecognition !== 'NONE' && c.creditValue != null && c.creditValue > 0;
        const sized = { creditBearing, creditsApplied: e.creditsApplied, learningHours: c.learningHours };
        const fit = fitOf(
          (p.cipCode && byCip.get(p.cipCode)) || [],
          (c.occupations ?? []).filter((code) => known.has(code)),
        );
        return {
          creditBearing,
          creditsApplied: e.creditsApplied,
          hours: offerHours(sized, demo.institution.creditUnit),
          ...(fit.share !== null ? { relevance: fit.share } : {}),
          requirement: e.requirement,
          takeUpRate: e.takeUpRate ?? null,
          displacesTuition: e.displacesTuition,
          costPerLearner: c.costPerLearner,
          setupCost: c.setupCost,
          startYear: e.startYear ?? null,
          status: e.status,
        };
      }),
  }));
}

/** Every demo program with its pilot history as yearly actuals: what a calibration on the demo reads. */
export function demoPanel(demo: DemoShape): PanelProgram[] {
  const history = pilotHistory(demo);
  return demoPrograms(demo).map((p) => {
    const own = history.filter((m) => m.programCode === p.id);
    const years = [...new Set(own.map((m) => m.academicYear))];
    return {
      ...p,
      actuals: years.map((year) => {
        const at = (metric: MetricSeed['metric']): MetricSeed | undefined =>
          own.find((m) => m.academicYear === year && m.metric === metric);
        return {
          year,
          prospects: at('PROSPECTS')?.value,
          newEnrollments: at('NEW_ENROLLMENTS')?.value,
          engagementNumerator: at('ENGAGEMENT_RATE')?.numerator,
          engagementDenominator: at('ENGAGEMENT_RATE')?.denominator,
          retentionNumerator: at('RETENTION_RATE')?.numerator,
          retentionDenominator: at('RETENTION_RATE')?.denominator,
        };
      }),
    };
  });
}

export function pilotHistory(demo: DemoShape): MetricSeed[] {
  const programs = demoPrograms(
    demo,
    demo.programs.filter((p) => p.status !== 'PLANNED'),
  );
  const panel = simulatePanel({
    programs,
    firstYear: PILOT_FIRST_YEAR,
    lastYear: PILOT_LAST_YEAR,
    params: { ...PILOT_TRUTH },
    conversion: 'ODDS',
    seed: PILOT_SEED,
    // Program levels close to each program's baseline, so the history ends near today's figures.
    noise: { programSd: 0.05 },
  });
  const out: MetricSeed[] = [];
  for (const p of panel) {
    for (const a of p.actuals) {
      const at = { programCode: p.id, academicYear: a.year };
      out.push(
        { ...at, metric: 'PROSPECTS', value: a.prospects! },
        { ...at, metric: 'NEW_ENROLLMENTS', value: a.newEnrollments! },
      );
      const rate = (
        metric: 'ENGAGEMENT_RATE' | 'RETENTION_RATE',
        numerator: number,
        denominator: number,
      ): MetricSeed => ({ ...at, metric, value: round4(numerator / denominator), numerator, denominator });
      out.push(rate('ENGAGEMENT_RATE', a.engagementNumerator!, a.engagementDenominator!));
      out.push(rate('RETENTION_RATE', a.retentionNumerator!, a.retentionDenominator!));
    }
  }
  return out;
}

/** The demo's metrics with the pilot history in place of its own for the metrics the history covers. */
export function demoMetricsWithHistory(
  demo: Pick<DemoSeed, 'institution' | 'programs' | 'credentials' | 'embeddings' | 'metrics'>,
): MetricSeed[] {
  const history = pilotHistory(demo);
  const key = (m: MetricSeed): string => `${m.programCode}|${m.academicYear}|${m.metric}`;
  const covered = new Set(history.map(key));
  return [...demo.metrics.filter((m) => !covered.has(key(m))), ...history];
}
