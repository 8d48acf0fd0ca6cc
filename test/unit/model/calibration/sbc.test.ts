/**
 * Simulation-based calibration: draw a truth from the prior, generate actuals from it through the model
 * (simulatePanel), calibrate, and check that the posterior's 80 % interval of each realised effect covers the
 * truth 80 % of the time. In v2 each effect is identified by its own outcome (v1's ratios and realisation share
 * were identified only jointly, through the realised ratio): ENROLLMENT_EFFECT by the enrollment rate, and so on.
 * exp is monotone, so the interval of the realised ratio exp(effect) covers exactly when the effect's does.
 * Binomial error of the coverage over R replications: √(0.8·0.2/R); the test allows 3 of them.
 */
import { drawParameters, EFFECT_PARAMETERS, PARAMETERS, quantile } from '../../../../src/model';
import type { ParameterValues } from '../../../../src/model';
import { calibrate, simulatePanel } from '../../../../src/model/calibration';
import { PRIOR, sbcPrograms } from './helpers';

const REPLICATIONS = 200;

describe('simulation-based calibration', () => {
  it(`80 % intervals of each realised effect cover the truth 80 % of the time (${REPLICATIONS} runs)`, () => {
    const programs = sbcPrograms();
    const covered = EFFECT_PARAMETERS.map(() => 0);
    let ok = 0;
    // Rank of the truth among the posterior draws, in deciles: roughly flat when calibrated.
    const deciles = EFFECT_PARAMETERS.map(() => new Array<number>(10).fill(0));
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
      EFFECT_PARAMETERS.forEach((effect, i) => {
        const values = result.sample.map((v) => v[effect]);
        const target = truth[effect];
        if (target >= quantile(values, 0.1) && target <= quantile(values, 0.9)) covered[i]++;
        const below = values.filter((v) => v < target).length;
        deciles[i][Math.min(9, Math.floor((10 * below) / values.length))]++;
      });
    }
    const sd = Math.sqrt((0.8 * 0.2) / REPLICATIONS);
    expect(ok).toBe(REPLICATIONS);
    EFFECT_PARAMETERS.forEach((effect, i) => {
      const coverage = covered[i] / REPLICATIONS;
      expect({ effect, coverage, atLeast: coverage >= 0.8 - 3 * sd, atMost: coverage <= 0.8 + 3 * sd }).toEqual({
        effect,
        coverage,
        atLeast: true,
        atMost: true,
      });
      // Neither tail of the rank histogram holds more than twice its share (a biased posterior piles up there).
      expect({
        effect,
        low: deciles[i][0] < (2 * REPLICATIONS) / 10,
        high: deciles[i][9] < (2 * REPLICATIONS) / 10,
      }).toEqual({ effect, low: true, high: true });
    });
    // About 25 s of CPU; the margin is for a loaded machine running other suites alongside.
  }, 180_000);
});
