/**
 * The demo's pilot history (seeds/pilot-history.ts): deterministic, 2018–2025 for every program with actuals,
 * valid counts, and a calibration on it learns that the realised effect is below the survey's.
 */
import { describe, expect, it } from '@jest/globals';
import { demo } from '../../../seeds/demo';
import { defaultAssumptionSet } from '../../../seeds/assumptions';
import { demoMetricsWithHistory, pilotHistory, PILOT_TRUTH } from '../../../seeds/pilot-history';
import { calibrate, type PanelProgram } from '../../../src/model/calibration';
import { baselineOf, realisedRatio } from '../../../src/model';

describe('the demo pilot history', () => {
  const history = pilotHistory(demo);

  it('is the same every time and covers 2018–2025 for every active or archived program', () => {
    expect(pilotHistory(demo)).toEqual(history);
    const codes = demo.programs.filter((p) => p.status !== 'PLANNED').map((p) => p.code);
    for (const code of codes) {
      const own = history.filter((m) => m.programCode === code);
      expect(new Set(own.map((m) => m.academicYear))).toEqual(
        new Set([2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025]),
      );
      expect(own).toHaveLength(8 * 4);
    }
    for (const m of history) {
      expect(Number.isFinite(m.value) && m.value >= 0).toBe(true);
      if (m.denominator != null) {
        expect(m.numerator! <= m.denominator && m.denominator > 0).toBe(true);
        expect(m.value).toBeCloseTo(m.numerator! / m.denominator, 4);
      }
    }
    const withHistory = demoMetricsWithHistory(demo);
    const keys = withHistory.map((m) => `${m.programCode}|${m.academicYear}|${m.metric}`);
    expect(new Set(keys).size).toBe(keys.length);
    // The demo's completions stay; its funnel and rates give way to the history.
    expect(withHistory.filter((m) => m.metric === 'COMPLETIONS')).toEqual(
      demo.metrics.filter((m) => m.metric === 'COMPLETIONS'),
    );
  });

  it('teaches a calibration that the realised enrollment ratio is below the prior', () => {
    const credentials = new Map(demo.credentials.map((c) => [c.key, c]));
    const programs: PanelProgram[] = demo.programs.map((p) => ({
      id: p.code,
      baseline: baselineOf(p),
      embeddings: demo.embeddings
        .filter((e) => e.programCode === p.code)
        .map((e) => {
          const c = credentials.get(e.credentialKey)!;
          return {
            creditBearing: c.creditRecognition !== 'NONE' && (c.creditValue ?? 0) > 0,
            creditsApplied: e.creditsApplied,
            requirement: e.requirement,
            takeUpRate: e.takeUpRate ?? null,
            displacesTuition: e.displacesTuition,
            costPerLearner: c.costPerLearner,
            setupCost: c.setupCost,
            startYear: e.startYear ?? null,
            status: e.status,
          };
        }),
      actuals: [...new Set(history.filter((m) => m.programCode === p.code).map((m) => m.academicYear))].map((year) => {
        const at = (metric: string) =>
          history.find((m) => m.programCode === p.code && m.academicYear === year && m.metric === metric)!;
        return {
          year,
          prospects: at('PROSPECTS').value,
          newEnrollments: at('NEW_ENROLLMENTS').value,
          engagementNumerator: at('ENGAGEMENT_RATE').numerator,
          engagementDenominator: at('ENGAGEMENT_RATE').denominator,
          retentionNumerator: at('RETENTION_RATE').numerator,
          retentionDenominator: at('RETENTION_RATE').denominator,
        };
      }),
    }));
    const assumptions = defaultAssumptionSet.assumptions.map(({ parameter, low, mode, high, distribution }) => ({
      parameter,
      low,
      mode,
      high,
      distribution,
    }));
    const result = calibrate({ programs, assumptions, conversion: 'ODDS' }, { draws: 1_000, seed: 1 });
    expect(result.status).toBe('OK');
    const ratio = result.derived.find((d) => d.quantity === 'REALISED_ENROLLMENT_RATIO')!;
    const truth = realisedRatio(PILOT_TRUTH.ENROLLMENT_RATIO, PILOT_TRUTH.INTENT_REALISATION);
    expect(ratio.posterior.p50).toBeLessThan(ratio.prior.p50);
    // Closer to the truth than the prior was.
    expect(Math.abs(ratio.posterior.p50 - truth)).toBeLessThan(Math.abs(ratio.prior.p50 - truth));
  });
});
