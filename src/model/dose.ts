/**
 * A credential's size as an offer (docs/MODEL.md §4, "Size and saturation"): its learning hours h, and the dose
 * d = 1 − exp(−h / OFFER_HOURS_SCALE) that says how much of an offer it is. Written once: projections, the
 * calibration's prediction and the optimizer all read the hours from here and the dose from aggregateOffer.
 */

/** Learning hours of one credit, by unit: a US semester credit hour is 1 hour in class + 2 outside for 15 weeks;
 * ECTS 25–30 hours (ECTS Users' Guide 2015), its midpoint; a UK CATS credit 10 notional hours. */
export const HOURS_PER_CREDIT = { US_CREDIT_HOUR: 45, ECTS: 27.5, UK_CATS: 10 } as const;
export type CreditUnitName = keyof typeof HOURS_PER_CREDIT;

/** What the hours of an embedding are computed from. */
export interface SizedEmbedding {
  creditBearing: boolean;
  /** In the institution's credit unit. */
  creditsApplied: number;
  /** The credential's stated learning hours; null when unknown. */
  learningHours?: number | null;
}

/**
 * h: creditsApplied × hours per credit for a credit-bearing credential applied for credit, else its learningHours
 * (0 when unknown: a credential of unknown size is no offer, rather than a full one).
 */
export function offerHours(e: SizedEmbedding, unit: CreditUnitName): number {
  if (e.creditBearing && e.creditsApplied > 0) return e.creditsApplied * HOURS_PER_CREDIT[unit];
  return e.learningHours != null && e.learningHours > 0 ? e.learningHours : 0;
}

/** d = 1 − exp(−h / scale), in [0, 1]; an unbounded credential (h = Infinity) is a full dose. */
export function dose(hours: number, scale: number): number {
  if (hours === Infinity) return 1;
  return hours > 0 ? -Math.expm1(-hours / scale) : 0;
}

/**
 * Below this many hours a credential is a "small offer": under a third of a US credit hour's 45, its dose is at most
 * 11% at the default prior's typical scale (135 hours) and at most 28% at its lowest (45). The dashboard says so beside
 * it, so a 1.5-hour module is not read as a certificate.
 */
export const SMALL_OFFER_HOURS = 15;

export function isSmallOffer(hours: number): boolean {
  return hours < SMALL_OFFER_HOURS;
}
