/** The words of a plan's decision (src/modules/optimizer/optimizer.rules.ts), from hand-set figures. */
import { describe, expect, it } from '@jest/globals';
import { decisionSummary } from '../../../../src/modules/optimizer/optimizer.rules';
import type { PlanDecision } from '../../../../src/model/optimizer';

const plan = {
  status: 'OPTIMAL' as const,
  risk: 'EXPECTED' as const,
  objective: 'CONTRIBUTION_MARGIN' as const,
  value: { mean: 1_000_000, p10: 900_000, p50: 1_000_000, p90: 1_100_000 },
};
const alternative = { additions: [], expectedGain: 0, cost: 0 };

describe('decisionSummary', () => {
  it('a tie when the alternative lies inside the P10–P90, naming the program and the objective in words', () => {
    const d: PlanDecision = { verdict: 'TIE', programId: '3', alternative, shortfall: 40_000 };
    expect(decisionSummary(d, plan, 'BA-PSY')).toBe(
      'A tie, not a clear winner: the closest alternative is no change in BA-PSY; its expected contribution margin ' +
        "is 40,000 lower, which lies inside this plan's own P10–P90 (900,000 to 1,100,000). Choose between them on " +
        'academic grounds or on your own pilots.',
    );
  });

  it('a clear choice when it lies below the P10', () => {
    const d: PlanDecision = {
      verdict: 'CLEAR',
      programId: '3',
      alternative: {
        ...alternative,
        additions: [{ credentialId: '2', requirement: 'ELECTIVE', creditsApplied: 3, displacesTuition: false }],
      },
      shortfall: 250_000,
    };
    expect(decisionSummary(d, plan, 'BSN')).toMatch(
      /^A clear choice: the closest alternative is a different choice in BSN; its expected contribution margin is 250,000 lower, below/,
    );
  });

  it('a runner-up may gain more on the fresh draws: it says so instead of "−x lower", and why', () => {
    const d: PlanDecision = { verdict: 'TIE', programId: '3', alternative, shortfall: -277 };
    expect(decisionSummary(d, plan, 'BA-PSY')).toContain(
      'its expected contribution margin is 277 higher on fresh draws, though lower on the draws this plan was chosen on',
    );
    expect(decisionSummary(d, { ...plan, risk: 'CVAR_10' }, 'BA-PSY')).toContain(
      'though lower in the worst 10% of the draws this plan was chosen on',
    );
  });

  it('no alternative, and infeasible', () => {
    const none: PlanDecision = { verdict: 'NO_ALTERNATIVE', programId: null, alternative: null, shortfall: null };
    expect(decisionSummary(none, plan, null)).toMatch(/only one/);
    expect(decisionSummary(none, { ...plan, status: 'INFEASIBLE' }, null)).toMatch(/No plan meets the locks/);
  });
});
