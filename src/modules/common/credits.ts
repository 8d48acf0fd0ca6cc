import { CreditUnit } from './enums';

/** Converts through ECTS: 1 US credit hour = ectsPerCreditHour ECTS; 1 ECTS = 2 UK CATS. */
export function convertCredits(value: number, from: CreditUnit, to: CreditUnit, ectsPerCreditHour: number): number {
  if (from === to) return value;
  const ects =
    from === CreditUnit.ECTS ? value : from === CreditUnit.US_CREDIT_HOUR ? value * ectsPerCreditHour : value / 2;
  return to === CreditUnit.ECTS ? ects : to === CreditUnit.US_CREDIT_HOUR ? ects / ectsPerCreditHour : ects * 2;
}

/** Floating-point slack for comparing credit sums (0.1 + 0.2 must not break a cap). */
export const CREDIT_EPSILON = 1e-9;
