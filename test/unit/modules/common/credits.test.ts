/**
 * convertCredits: every unit pair, through ECTS (1 US credit hour = ectsPerCreditHour ECTS,
 * 1 ECTS = 2 UK CATS), hand-computed.
 */
import { describe, expect, it } from '@jest/globals';
import { convertCredits, CREDIT_EPSILON } from '../../../../src/modules/common/credits';
import { CreditUnit } from '../../../../src/modules/common/enums';

const { US_CREDIT_HOUR: US, ECTS, UK_CATS: CATS } = CreditUnit;
const UNITS = [US, ECTS, CATS];

describe('convertCredits', () => {
  it('returns the value unchanged within one unit, whatever the rate', () => {
    for (const u of UNITS) {
      expect(convertCredits(7.5, u, u, 2)).toBe(7.5);
      expect(convertCredits(7.5, u, u, 1.5)).toBe(7.5);
      expect(convertCredits(0, u, u, 2)).toBe(0);
    }
  });

  it('converts US credit hours to ECTS with ectsPerCreditHour', () => {
    expect(convertCredits(3, US, ECTS, 2)).toBe(6);
    expect(convertCredits(3, US, ECTS, 1.5)).toBe(4.5);
    expect(convertCredits(12, US, ECTS, 1.75)).toBe(21);
    expect(convertCredits(1, US, ECTS, 0.5)).toBe(0.5);
  });

  it('converts ECTS to US credit hours by dividing by ectsPerCreditHour', () => {
    expect(convertCredits(5, ECTS, US, 2)).toBe(2.5);
    expect(convertCredits(6, ECTS, US, 2)).toBe(3);
    expect(convertCredits(4.5, ECTS, US, 1.5)).toBe(3);
    expect(convertCredits(10, ECTS, US, 4)).toBe(2.5);
  });

  it('converts ECTS and UK CATS at 2 CATS per ECTS, independent of ectsPerCreditHour', () => {
    expect(convertCredits(5, ECTS, CATS, 2)).toBe(10);
    expect(convertCredits(5, ECTS, CATS, 1.5)).toBe(10);
    expect(convertCredits(15, CATS, ECTS, 2)).toBe(7.5);
    expect(convertCredits(15, CATS, ECTS, 3)).toBe(7.5);
    expect(convertCredits(120, CATS, ECTS, 2)).toBe(60);
  });

  it('converts UK CATS and US credit hours through ECTS', () => {
    // 15 CATS = 7.5 ECTS = 3.75 credit hours at 2 ECTS per hour.
    expect(convertCredits(15, CATS, US, 2)).toBe(3.75);
    // at 1.5 ECTS per hour: 15 CATS = 7.5 ECTS = 5 hours.
    expect(convertCredits(15, CATS, US, 1.5)).toBe(5);
    // 3 hours = 6 ECTS = 12 CATS at 2; = 4.5 ECTS = 9 CATS at 1.5.
    expect(convertCredits(3, US, CATS, 2)).toBe(12);
    expect(convertCredits(3, US, CATS, 1.5)).toBe(9);
  });

  it('is linear: converting a sum equals the sum of conversions', () => {
    for (const from of UNITS) {
      for (const to of UNITS) {
        expect(convertCredits(2 + 3.5, from, to, 1.75)).toBeCloseTo(
          convertCredits(2, from, to, 1.75) + convertCredits(3.5, from, to, 1.75),
          12,
        );
      }
    }
  });

  it('round-trips every pair of units back to the original value', () => {
    for (const rate of [2, 1.5, 1.75, 0.1, 10]) {
      for (const from of UNITS) {
        for (const to of UNITS) {
          for (const v of [0, 0.5, 3, 5, 15, 120.25]) {
            const there = convertCredits(v, from, to, rate);
            expect(Math.abs(convertCredits(there, to, from, rate) - v)).toBeLessThan(CREDIT_EPSILON);
          }
        }
      }
    }
  });

  it('chains consistently: US → CATS equals US → ECTS → CATS', () => {
    for (const rate of [2, 1.5]) {
      expect(convertCredits(4, US, CATS, rate)).toBeCloseTo(
        convertCredits(convertCredits(4, US, ECTS, rate), ECTS, CATS, rate),
        12,
      );
      expect(convertCredits(30, CATS, US, rate)).toBeCloseTo(
        convertCredits(convertCredits(30, CATS, ECTS, rate), ECTS, US, rate),
        12,
      );
    }
  });
});
