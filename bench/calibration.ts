/**
 * `npm run bench:calibration` — prints figures, asserts nothing.
 *
 * The calibration alone (src/model/calibration, calibrate()) on a synthetic institution of 500 programs ×
 * 10 academic years: programs sized like the demo's, a third adopting a credit-bearing CORE credential in
 * each of three start years and the rest comparisons, actuals generated through the model (simulatePanel,
 * seeded) from a truth with a tenth of the stated intent realised (model v1's reading, converted to v2's effects by
 * convertV1Vector), and the default prior of seeds/assumptions.ts. Each draw count runs in a fresh child process so its peak RSS (resourceUsage().maxRSS)
 * belongs to that run alone; time is wall time (process.hrtime.bigint) of calibrate() itself.
 */
import { fork } from 'node:child_process';
import type { AssumptionSpec, ParameterValues } from '../src/model';
import { calibrate, simulatePanel, type PilotEmbedding, type SyntheticProgram } from '../src/model/calibration';
import { convertV1Vector } from '../src/model/v1';
import { defaultAssumptionSet } from '../seeds/assumptions';

const PROGRAMS = 500;
const FIRST_YEAR = 2016;
const LAST_YEAR = 2025;
const DRAWS = [1_000, 4_000];
const WATCHDOG_MS = 10 * 60_000;

/**
 * A tenth of the stated intent realised: v1's ratios 2.4 and 2.0 at INTENT_REALISATION 0.1, pass-through 0.5, i.e.
 * realised ratios 1.14 (enrollment), 1.1 (engagement) and 1.05 (retention).
 */
const TRUTH: ParameterValues = {
  ...convertV1Vector({
    ENGAGEMENT_RATIO: 2.0,
    ENROLLMENT_RATIO: 2.4,
    INTENT_REALISATION: 0.1,
    RETENTION_PASS_THROUGH: 0.5,
    NON_CREDIT_EFFECT_SHARE: 0.5,
    ELECTIVE_TAKE_UP: 0.3,
    AWARENESS_RAMP_YEARS: 2,
  }),
  OFFER_HOURS_SCALE: 135,
  DIVERSION_SHARE: 0,
  RELEVANCE_FLOOR: 0.2,
};

function institution(): SyntheticProgram[] {
  return Array.from({ length: PROGRAMS }, (_, i): SyntheticProgram => {
    const pilot = i % 3 === 0;
    const embedding: PilotEmbedding = {
      creditBearing: true,
      creditsApplied: 3,
      hours: 3 * 45,
      requirement: 'CORE',
      takeUpRate: null,
      displacesTuition: false,
      costPerLearner: 100,
      setupCost: 1_000,
      startYear: 2020 + (Math.floor(i / 3) % 3),
      status: 'ACTIVE',
    };
    return {
      id: `P${String(i).padStart(4, '0')}`,
      baseline: {
        totalCredits: 120,
        durationYears: 2 + (i % 3),
        tuitionPerCredit: 400,
        annualProspects: 300 + (i % 7) * 150,
        annualNewEnrollments: 60 + (i % 5) * 20,
        engagementRate: 0.5 + (i % 4) * 0.05,
        retentionRate: 0.8,
        prospectGrowthRate: 0.01,
      },
      embeddings: pilot ? [embedding] : [],
    };
  });
}

function runOne(draws: number): void {
  const programs = simulatePanel({
    programs: institution(),
    firstYear: FIRST_YEAR,
    lastYear: LAST_YEAR,
    params: TRUTH,
    conversion: 'ODDS',
    seed: 9,
  });
  const assumptions: AssumptionSpec[] = defaultAssumptionSet.assumptions.map(
    ({ parameter, low, mode, high, distribution, zeroMass }) => ({
      parameter,
      low,
      mode,
      high,
      distribution,
      zeroMass: zeroMass ?? 0,
    }),
  );
  const start = process.hrtime.bigint();
  const result = calibrate({ programs, assumptions, conversion: 'ODDS' }, { draws, seed: 1 });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const ratio = result.derived.find((d) => d.quantity === 'REALISED_ENROLLMENT_RATIO')!;
  const enrollment = result.estimates.find((e) => e.effect === 'ENROLLMENT_EFFECT');
  process.send!({
    draws,
    seconds,
    peakMb: process.resourceUsage().maxRSS / 1024,
    status: result.status,
    ess: result.effectiveSampleSize,
    paretoK: result.paretoK,
    warnings: result.warnings.join(' ') || '—',
    prior: ratio.prior.p50,
    posterior: ratio.posterior.p50,
    p10: ratio.posterior.p10,
    p90: ratio.posterior.p90,
    stages: result.diagnostics.stages,
    positive: enrollment?.probabilityPositive ?? NaN,
    noEffect: enrollment?.probabilityNoEffect ?? NaN,
  });
}

interface Row {
  draws: number;
  seconds: number;
  peakMb: number;
  status: string;
  ess: number;
  paretoK: number | null;
  warnings: string;
  prior: number;
  posterior: number;
  p10: number;
  p90: number;
  stages: number;
  positive: number;
  noEffect: number;
}

async function main(): Promise<void> {
  const watchdog = setTimeout(() => {
    console.error('bench:calibration: watchdog expired');
    process.exit(1);
  }, WATCHDOG_MS);
  console.log(
    `calibrate(): ${PROGRAMS} programs × ${LAST_YEAR - FIRST_YEAR + 1} years (truth: realised enrollment ratio ` +
      `${Math.exp(TRUTH.ENROLLMENT_EFFECT).toFixed(2)}), default prior, seed 1`,
  );
  console.log(
    'draws   time (s)  peak RSS (MB)  status  ESS     k-hat   stages  ' +
      'realised enrollment ratio prior → posterior (P10–P90)  P(effect > 0)  P(no effect)',
  );
  for (const draws of DRAWS) {
    const row = await new Promise<Row>((resolve, reject) => {
      const child = fork(__filename, ['--child', String(draws)]);
      child.once('message', (m) => resolve(m as Row));
      child.once('error', reject);
      child.once('exit', (code) => code !== 0 && reject(new Error(`child exited with ${code}`)));
    });
    console.log(
      `${String(row.draws).padEnd(8)}${row.seconds.toFixed(2).padEnd(10)}${row.peakMb.toFixed(0).padEnd(15)}` +
        `${row.status.padEnd(8)}${row.ess.toFixed(0).padEnd(8)}${(row.paretoK ?? NaN).toFixed(2).padEnd(8)}` +
        `${String(row.stages).padEnd(8)}${row.prior.toFixed(3)} → ${row.posterior.toFixed(3)} (${row.p10.toFixed(3)}–` +
        `${row.p90.toFixed(3)})  ${row.positive.toFixed(3)}  ${row.noEffect.toFixed(3)}  warnings: ${row.warnings}`,
    );
  }
  clearTimeout(watchdog);
}

if (process.argv[2] === '--child') runOne(Number(process.argv[3]));
else void main();
