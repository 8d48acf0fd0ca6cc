/**
 * Simulation-based calibration: draw a truth from the prior, generate actuals from it through the model
 * (simulatePanel), calibrate, and check that the posterior's 80 % interval of the realised enrollment
 * ratio 1 + INTENT_REALISATION·(ENROLLMENT_RATIO − 1) covers the truth 80 % of the time. The individual
 * parameters are only jointly identified; the realised ratio is the best-identified quantity.
 * Binomial error of the coverage over R replications: √(0.8·0.2/R); the test allows 3 of them.
 */
import { drawParameters, PARAMETERS, quantile, realisedRatio } from '../../../../src/model';
import type { ParameterValues } from '../../../../src/model';
import { calibrate, simulatePanel } from '../../../../src/model/calibration';
import { PRIOR, sbcPrograms } from './helpers';

const REPLICATIONS = 200;

describe('simulation-based calibration', () => {
  it(`80 % intervals of the realised enrollment ratio cover the truth 80 % of the time (${REPLICATIONS} runs)`, () => {
    const programs = sbcPrograms();
    let covered = 0;
    let ok = 0;
    // Rank of the truth among the posterior draws, in deciles: roughly flat when calibrated.
    const deciles = new Array<number>(10).fill(0);
    for (let rep = 0; rep < REPLICATIONS; rep++) {
      const draw = drawParameters(PRIOR, 10_000 + rep, 1);
      const truth = {} as ParameterValues;
      PARAMETERS.forEach((p, j) => (truth[p] = draw[j]));
      const actuals = simulatePanel({
        programs,
        firstYear: 2018,
        lastYear: 2025,
        params: truth,
        conversion: 'ODDS',
        seed: rep,
      });
      const result = calibrate(
        { programs: actuals, assumptions: PRIOR, conversion: 'ODDS' },
        { draws: 1000, seed: rep },
      );
      if (result.status === 'OK') ok++;
      const ratios = result.sample.map((v) => realisedRatio(v.ENROLLMENT_RATIO, v.INTENT_REALISATION));
      const target = realisedRatio(truth.ENROLLMENT_RATIO, truth.INTENT_REALISATION);
      if (target >= quantile(ratios, 0.1) && target <= quantile(ratios, 0.9)) covered++;
      deciles[Math.min(9, Math.floor((10 * ratios.filter((r) => r < target).length) / ratios.length))]++;
    }
    const coverage = covered / REPLICATIONS;
    const sd = Math.sqrt((0.8 * 0.2) / REPLICATIONS);
    expect(ok).toBe(REPLICATIONS);
    expect(coverage).toBeGreaterThanOrEqual(0.8 - 3 * sd);
    expect(coverage).toBeLessThanOrEqual(0.8 + 3 * sd);
    // Neither tail of the rank histogram holds more than twice its share (a biased posterior piles up there).
    expect(deciles[0]).toBeLessThan((2 * REPLICATIONS) / 10);
    expect(deciles[9]).toBeLessThan((2 * REPLICATIONS) / 10);
    // About 25 s of CPU; the margin is for a loaded machine running other suites alongside.
  }, 180_000);
});
