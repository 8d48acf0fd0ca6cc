/**
 * Bad input is an OptimizerInputError naming the field (the API's BAD_USER_INPUT); a search past
 * the bound is a SearchTooLargeError saying what to narrow. Options follow the embedding rules.
 */
import {
  fromErrorData,
  optimizePortfolio,
  OptimizerInputError,
  SearchTooLargeError,
  toErrorData,
} from '../../../../src/model/optimizer';
import type { OptimizeInput, OptimizerErrorData } from '../../../../src/model/optimizer';
import { lockOf, smallInput } from './fixtures';

function fieldOf(input: OptimizeInput): string | null {
  try {
    optimizePortfolio(input);
  } catch (e) {
    if (e instanceof OptimizerInputError) return e.field;
    throw e;
  }
  return null;
}

describe('bad input names its field', () => {
  const base = smallInput();
  it.each<[string, Partial<OptimizeInput>, string]>([
    ['a rate objective', { objective: 'RETENTION_RATE' }, 'objective'],
    ['CREDENTIAL_COST', { objective: 'CREDENTIAL_COST' }, 'objective'],
    ['a negative budget', { budget: -1 }, 'budget'],
    ['a NaN budget', { budget: NaN }, 'budget'],
    ['maxAdditionsPerProgram 0', { maxAdditionsPerProgram: 0 }, 'maxAdditionsPerProgram'],
    ['maxAdditionsPerProgram 4', { maxAdditionsPerProgram: 4 }, 'maxAdditionsPerProgram'],
    ['draws 0', { draws: 0 }, 'draws'],
    ['draws past 100,000', { draws: 100_001 }, 'draws'],
    ['evaluationDraws 1.5', { evaluationDraws: 1.5 }, 'evaluationDraws'],
    ['a horizon of 31 years', { horizonYears: 31 }, 'horizonYears'],
    ['no requirement', { requirements: [] }, 'requirements'],
    ['an evaluation seed equal to the seed', { evaluationSeed: 11 }, 'evaluationSeed'],
    ['a lock on an unknown program', { lock: [lockOf('Z', 'c1')] }, 'lock.0.programId'],
    ['a lock on an unknown credential', { lock: [lockOf('A', 'c1'), lockOf('A', 'zz')] }, 'lock.1.credentialId'],
    ['a lock on an already embedded credential', { lock: [lockOf('B', 'c2')] }, 'lock.0'],
    ['a lock that is also excluded', { lock: [lockOf('A', 'c1')], exclude: [lockOf('A', 'c1')] }, 'lock.0'],
    [
      'a lock past the cap alone',
      {
        lock: [lockOf('C', 'c1'), lockOf('A', 'c4')],
        programs: smallInput().programs.map((p) => (p.id === 'A' ? { ...p, maxEmbeddedCreditShare: 0.05 } : p)),
      },
      'lock.1',
    ],
    ['locks past the cap together', { lock: [lockOf('A', 'c4'), lockOf('A', 'c1')] }, 'lock.1'],
    [
      'more locks than additions',
      { maxAdditionsPerProgram: 1, lock: [lockOf('A', 'c1'), lockOf('A', 'c2')] },
      'lock.1',
    ],
    ['an exclusion on an unknown credential', { exclude: [lockOf('A', 'zz')] }, 'exclude.0.credentialId'],
  ])('%s', (_label, overrides, field) => {
    expect(fieldOf({ ...base, ...overrides })).toBe(field);
  });

  it('survives a worker boundary as plain data', () => {
    let data: OptimizerErrorData | null = null;
    try {
      optimizePortfolio({ ...base, budget: -1 });
    } catch (e) {
      data = toErrorData(e);
    }
    if (!data) throw new Error('no error data');
    expect(data).toMatchObject({ code: 'BAD_INPUT', field: 'budget' });
    expect(data.message).toMatch(/budget/);
    const back = fromErrorData(structuredClone(data));
    expect(back).toBeInstanceOf(OptimizerInputError);
    expect(back.field).toBe('budget');
  });
});

describe('the search bound', () => {
  it('past maxWork, says how large the search is and what to narrow', () => {
    const input = smallInput({ maxAdditionsPerProgram: 2, requirements: ['CORE', 'ELECTIVE', 'ADD_ON'] });
    expect(() => optimizePortfolio(input, { limits: { maxWork: 5_000 } })).toThrow(SearchTooLargeError);
    expect(() => optimizePortfolio(input, { limits: { maxWork: 5_000 } })).toThrow(/options × 100 draws.*narrow/);
  });

  it('counts the work it did', () => {
    const plan = optimizePortfolio(smallInput({ maxAdditionsPerProgram: 1, requirements: ['ELECTIVE'] }));
    // A: 4 candidates + no change; B: 3 (c2 is live) + 1; C: 3 (c4 is live) + 1.
    expect(plan.optionsEvaluated).toBe(5 + 4 + 4);
    expect(plan.candidatesEvaluated).toBeGreaterThanOrEqual(13 * 100);
  });
});

describe('options follow the embedding rules', () => {
  const plan = optimizePortfolio(smallInput({ budget: 1e12 }));

  it('applies each credential at its whole value (0 for non-credit), once, never a live one, within the cap', () => {
    const input = smallInput();
    for (const d of plan.programs) {
      const prog = input.programs.find((p) => p.id === d.programId);
      if (!prog) throw new Error(d.programId);
      const ids = d.chosen.additions.map((a) => a.credentialId);
      expect(new Set(ids).size).toBe(ids.length);
      let credits = 0;
      for (const a of d.chosen.additions) {
        const c = input.candidates.find((x) => x.id === a.credentialId);
        expect(a.creditsApplied).toBe(c?.creditBearing ? c.credits : 0);
        expect(prog.liveCredentialIds).not.toContain(a.credentialId);
        credits += a.creditsApplied;
      }
      expect(prog.embeddedCredits + credits).toBeLessThanOrEqual(
        prog.maxEmbeddedCreditShare * prog.totalCredits + 1e-9,
      );
    }
  });

  it('does not count the credits of a PLANNED embedding twice when its credential is added', () => {
    const input = smallInput({ lock: [lockOf('C', 'c1'), lockOf('C', 'c2')] });
    // C's cap is 9 credits: c1 (6) + c2 (3) fit only if the 3 PLANNED credits of c2 are not counted again.
    const programs = input.programs.map((p) =>
      p.id === 'C' ? { ...p, embeddedCredits: 3, plannedCredits: { c2: 3 } } : p,
    );
    expect(optimizePortfolio({ ...input, programs }).status).toBe('OPTIMAL');
    const without = programs.map((p) => (p.id === 'C' ? { ...p, plannedCredits: undefined } : p));
    expect(fieldOf({ ...input, programs: without })).toBe('lock.1');
  });
});
