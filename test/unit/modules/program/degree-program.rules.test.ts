import { describe, expect, it } from '@jest/globals';
import type { DomainError } from '../../../../src/core/errors';
import {
  capacityAndMoneyChanges,
  capacityAndMoneyFields,
  capacityChangeProblem,
  capacityProblem,
  checkCapacity,
} from '../../../../src/modules/program/degree-program.rules';

const BELOW =
  "Capacity (120) is below today's new enrollments (150); a program cannot take fewer entrants than it already does.";
const ABOVE =
  "New enrollments (150) exceed the program's capacity (120); raise the capacity, or remove it (capacity: null), in the same change.";

describe('the capacity rule', () => {
  it('holds with no limit, and with a capacity at or above the entrants', () => {
    expect(capacityProblem(null, 150)).toBeNull();
    expect(capacityProblem(undefined, 150)).toBeNull();
    expect(capacityProblem(150, 150)).toBeNull();
    expect(capacityProblem(151, 150)).toBeNull();
  });

  it('is broken below the entrants, blamed on the side the change made', () => {
    expect(capacityProblem(120, 150)).toEqual({ field: 'capacity', message: BELOW });
    expect(capacityProblem(120, 150, 'annualNewEnrollments')).toEqual({
      field: 'annualNewEnrollments',
      message: ABOVE,
    });
  });

  it('for a change: a stated capacity is judged against the new baseline or today, and is what a refusal names', () => {
    const current = { capacity: 120, annualNewEnrollments: 100 };
    // Neither side changes: nothing to say, whatever is stored.
    expect(capacityChangeProblem({ capacity: 50, annualNewEnrollments: 100 }, {})).toBeNull();
    // A new program (no current): its own baseline.
    expect(capacityChangeProblem(null, { capacity: 120, baseline: { annualNewEnrollments: 150 } })).toEqual({
      field: 'capacity',
      message: BELOW,
    });
    expect(capacityChangeProblem(null, { baseline: { annualNewEnrollments: 150 } })).toBeNull();
    // The capacity alone, against today's entrants.
    expect(capacityChangeProblem({ capacity: null, annualNewEnrollments: 150 }, { capacity: 120 })).toEqual({
      field: 'capacity',
      message: BELOW,
    });
    // The baseline alone, against the capacity kept.
    expect(capacityChangeProblem(current, { baseline: { annualNewEnrollments: 150 } })).toEqual({
      field: 'annualNewEnrollments',
      message: ABOVE,
    });
    expect(capacityChangeProblem(current, { baseline: { annualNewEnrollments: 120 } })).toBeNull();
    // Both: the stated capacity is named; null lifts the limit.
    expect(capacityChangeProblem(current, { capacity: 120, baseline: { annualNewEnrollments: 150 } })).toEqual({
      field: 'capacity',
      message: BELOW,
    });
    expect(capacityChangeProblem(current, { capacity: 200, baseline: { annualNewEnrollments: 150 } })).toBeNull();
    expect(capacityChangeProblem(current, { capacity: null, baseline: { annualNewEnrollments: 150 } })).toBeNull();
  });

  it('checkCapacity throws BAD_USER_INPUT on the field path of the side it blames', () => {
    const thrown = (f: () => void): DomainError => {
      try {
        f();
      } catch (e) {
        return e as DomainError;
      }
      throw new Error('expected a refusal');
    };
    const a = thrown(() => checkCapacity(null, { capacity: 120, baseline: { annualNewEnrollments: 150 } }, 'input'));
    expect([a.code, a.field, a.message]).toEqual(['BAD_USER_INPUT', 'input.capacity', BELOW]);
    const b = thrown(() =>
      checkCapacity({ capacity: 120, annualNewEnrollments: 100 }, { baseline: { annualNewEnrollments: 150 } }, 'input'),
    );
    expect([b.code, b.field, b.message]).toEqual(['BAD_USER_INPUT', 'input.baseline.annualNewEnrollments', ABOVE]);
    expect(() =>
      checkCapacity(null, { capacity: 150, baseline: { annualNewEnrollments: 150 } }, 'input'),
    ).not.toThrow();
  });
});

describe('capacity and money columns', () => {
  it('a new program: no limit, no aid, no teaching cost unless given', () => {
    expect(capacityAndMoneyFields({})).toEqual({ capacity: null, discountRate: 0, instructionalCostPerCredit: 0 });
    expect(capacityAndMoneyFields({ capacity: 90, discountRate: 0.4, instructionalCostPerCredit: 300 })).toEqual({
      capacity: 90,
      discountRate: 0.4,
      instructionalCostPerCredit: 300,
    });
  });

  it('a change sets only what it gives; capacity null is given (no limit), the others null are not', () => {
    expect(capacityAndMoneyChanges({})).toEqual({});
    expect(capacityAndMoneyChanges({ capacity: null, discountRate: null, instructionalCostPerCredit: null })).toEqual({
      capacity: null,
    });
    expect(capacityAndMoneyChanges({ capacity: 90, discountRate: 0, instructionalCostPerCredit: 0 })).toEqual({
      capacity: 90,
      discountRate: 0,
      instructionalCostPerCredit: 0,
    });
  });
});
