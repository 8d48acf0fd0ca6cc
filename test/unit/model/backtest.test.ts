/**
 * The back-test (src/model/backtest.ts): what it forecasts from what, and how it scores.
 */
import { describe, expect, it } from '@jest/globals';
import { backtest } from '../../../src/model/backtest';
import { simulatePanel } from '../../../src/model/calibration';
import type { PanelProgram } from '../../../src/model/calibration';
import { DEFAULT_ASSUMPTIONS, DEFAULT_MODES } from './fixtures';
import { pilotPrograms } from './calibration/helpers';

jest.setTimeout(60_000);

/** The helpers' pilots (adopting in 2022 and 2023), 2018–2025, generated at the fixtures' modes. */
function panel(): PanelProgram[] {
  return simulatePanel({
    programs: pilotPrograms(),
    firstYear: 2018,
    lastYear: 2025,
    params: DEFAULT_MODES,
    conversion: 'ODDS',
    seed: 3,
  });
}

describe('backtest', () => {
  const programs = panel();
  const result = backtest({
    programs,
    asOfYear: 2022,
    assumptions: DEFAULT_ASSUMPTIONS,
    conversion: 'ODDS',
    draws: 1000,
    seed: 1,
  });

  it('forecasts every later recorded year of every program, and only those', () => {
    expect(result.forecastPrograms).toBe(12);
    expect(new Set(result.points.map((p) => p.year))).toEqual(new Set([2023, 2024, 2025]));
    expect(result.points).toHaveLength(12 * 3 * 3);
    for (const p of result.points) {
      expect(p.p10).toBeLessThanOrEqual(p.p50);
      expect(p.p50).toBeLessThanOrEqual(p.p90);
      expect(p.covered).toBe(p.actual >= p.p10 && p.actual <= p.p90);
    }
  });

  it('scores persistence as the absolute error of the last value seen', () => {
    const p = result.points.find((x) => x.metric === 'NEW_ENROLLMENTS' && x.programId === 'P00' && x.year === 2024)!;
    const rows = programs.find((x) => x.id === 'P00')!.actuals;
    const last = rows.filter((a) => a.year <= 2022).sort((a, b) => b.year - a.year)[0].newEnrollments!;
    expect(p.crpsPersistence).toBe(Math.abs(last - p.actual));
    const s = result.scores.find((x) => x.metric === 'NEW_ENROLLMENTS')!;
    const mine = result.points.filter((x) => x.metric === 'NEW_ENROLLMENTS');
    expect(s.points).toBe(mine.length);
    expect(s.coverage80).toBeCloseTo(mine.filter((x) => x.covered).length / mine.length, 12);
  });

  it('fits on the years up to asOfYear only: later actuals do not change its fit', () => {
    const changed = programs.map((p) => ({
      ...p,
      actuals: p.actuals.map((a) =>
        a.year > 2022 ? { ...a, newEnrollments: Math.round((a.newEnrollments ?? 0) / 2) } : a,
      ),
    }));
    const again = backtest({
      programs: changed,
      asOfYear: 2022,
      assumptions: DEFAULT_ASSUMPTIONS,
      conversion: 'ODDS',
      draws: 1000,
      seed: 1,
    });
    expect(again.calibration?.estimates).toEqual(result.calibration?.estimates);
    const f = (r: typeof result) => r.points.filter((p) => p.metric === 'NEW_ENROLLMENTS').map((p) => [p.p10, p.p90]);
    expect(f(again)).toEqual(f(result));
  });

  it('schedules the embeddings that went live after asOfYear in their own year', () => {
    // As of 2021, P03's credential (2023) is not live yet: the plan is known, so it joins in 2023.
    const run = (ps: PanelProgram[]) =>
      backtest({
        programs: ps,
        asOfYear: 2021,
        assumptions: DEFAULT_ASSUMPTIONS,
        conversion: 'ODDS',
        draws: 1000,
        seed: 1,
      });
    const planned = run(programs);
    const unplanned = run(programs.map((p) => (p.id === 'P03' ? { ...p, embeddings: [] } : p)));
    const at = (r: ReturnType<typeof run>, year: number) =>
      r.points.find((x) => x.programId === 'P03' && x.year === year && x.metric === 'NEW_ENROLLMENTS')!;
    // Before its start the two forecasts are the same numbers (same fit, draws and year shocks) …
    expect(at(planned, 2022)).toEqual(at(unplanned, 2022));
    // … from its start the planned credential lifts the forecast.
    expect(at(planned, 2023).p50).toBeGreaterThan(at(unplanned, 2023).p50);
    expect(at(planned, 2025).p50).toBeGreaterThan(at(unplanned, 2025).p50);
  });

  it('leaves out a program whose credential has no start year, and one with nothing later to score', () => {
    const odd = programs.map((p, i) =>
      i === 0
        ? { ...p, embeddings: p.embeddings.map((e) => ({ ...e, startYear: null })) }
        : i === 1
          ? { ...p, actuals: p.actuals.filter((a) => a.year <= 2022) }
          : p,
    );
    const r = backtest({
      programs: odd,
      asOfYear: 2022,
      assumptions: DEFAULT_ASSUMPTIONS,
      conversion: 'ODDS',
      draws: 1000,
      seed: 1,
    });
    expect(r.excludedPrograms).toEqual([
      { id: 'P00', reason: 'UNKNOWN_START_YEAR' },
      { id: 'P01', reason: 'NO_LATER_ACTUALS' },
    ]);
    expect(r.forecastPrograms).toBe(10);
  });

  it('is reproducible: same data and seed, same numbers', () => {
    const again = backtest({
      programs,
      asOfYear: 2022,
      assumptions: DEFAULT_ASSUMPTIONS,
      conversion: 'ODDS',
      draws: 1000,
      seed: 1,
    });
    expect(again.points).toEqual(result.points);
  });
});
