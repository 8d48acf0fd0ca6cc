/** The rules of a program's own fields, pure and written once: the service and the CSV importer call them. */
import { badInput } from '../../core/errors';
import type { ProgramBaselineInput } from './degree-program.inputs';

/** The baseline rule beyond the input validators; null when it holds. */
export function baselineProblem(b: ProgramBaselineInput): { field: 'annualNewEnrollments'; message: string } | null {
  if (b.annualNewEnrollments >= b.annualProspects) {
    return {
      field: 'annualNewEnrollments',
      message: `New enrollments (${b.annualNewEnrollments}) must be fewer than prospects (${b.annualProspects}).`,
    };
  }
  return null;
}

export function checkBaseline(b: ProgramBaselineInput, field: string): void {
  const problem = baselineProblem(b);
  if (problem) throw badInput(`${field}.${problem.field}`, problem.message);
}

/** The side of the capacity rule a change is blamed on: the capacity it sets, or else the baseline's entrants. */
export type CapacityField = 'capacity' | 'annualNewEnrollments';

/**
 * The capacity rule: a program cannot take fewer entrants than it already does, so a capacity (null or undefined:
 * no limit) is never below the baseline's annualNewEnrollments. `blame` is the side the change made; null when it holds.
 */
export function capacityProblem(
  capacity: number | null | undefined,
  annualNewEnrollments: number,
  blame: CapacityField = 'capacity',
): { field: CapacityField; message: string } | null {
  if (capacity == null || capacity >= annualNewEnrollments) return null;
  const message =
    blame === 'capacity'
      ? `Capacity (${capacity}) is below today's new enrollments (${annualNewEnrollments}); ` +
        'a program cannot take fewer entrants than it already does.'
      : `New enrollments (${annualNewEnrollments}) exceed the program's capacity (${capacity}); ` +
        'raise the capacity, or remove it (capacity: null), in the same change.';
  return { field: blame, message };
}

/**
 * The capacity rule for a change to a program (`current` null: a new one). A change that sets the capacity (a
 * number, or null for no limit) is judged by it, against its own baseline if it has one, else today's, and a refusal
 * names the capacity, even when the baseline changes too: the limit is what the planner just stated. A change of
 * the baseline alone is judged against the current capacity and names its annualNewEnrollments. A change of
 * neither cannot break the rule.
 */
export function capacityChangeProblem(
  current: { capacity?: number | null; annualNewEnrollments: number } | null,
  change: { capacity?: number | null; baseline?: { annualNewEnrollments: number } | null },
): { field: CapacityField; message: string } | null {
  const setsCapacity = change.capacity !== undefined;
  if (!setsCapacity && !change.baseline) return null;
  const entrants = change.baseline?.annualNewEnrollments ?? current?.annualNewEnrollments;
  if (entrants === undefined) return null;
  const capacity = setsCapacity ? change.capacity : current?.capacity;
  return capacityProblem(capacity, entrants, setsCapacity ? 'capacity' : 'annualNewEnrollments');
}

/** Throws the capacity rule's refusal on `${prefix}.capacity` or `${prefix}.baseline.annualNewEnrollments`. */
export function checkCapacity(
  current: { capacity?: number | null; annualNewEnrollments: number } | null,
  change: { capacity?: number | null; baseline?: { annualNewEnrollments: number } | null },
  prefix: string,
): void {
  const problem = capacityChangeProblem(current, change);
  if (!problem) return;
  throw badInput(
    problem.field === 'capacity' ? `${prefix}.capacity` : `${prefix}.baseline.${problem.field}`,
    problem.message,
  );
}

/** A program's capacity, discount rate and cost per credit, as an input or a CSV row gives them. */
interface CapacityAndMoney {
  capacity?: number | null;
  discountRate?: number | null;
  instructionalCostPerCredit?: number | null;
}

/** The stored capacity and money columns of a new program: no limit, no aid and no teaching cost unless given. */
export function capacityAndMoneyFields(input: CapacityAndMoney) {
  return {
    capacity: input.capacity ?? null,
    discountRate: input.discountRate ?? 0,
    instructionalCostPerCredit: input.instructionalCostPerCredit ?? 0,
  };
}

/**
 * What a change sets of those columns: the capacity when given (null removes the limit), the discount rate and the
 * cost per credit when given and not null; anything omitted stays as it is.
 */
export function capacityAndMoneyChanges(input: CapacityAndMoney): {
  capacity?: number | null;
  discountRate?: number;
  instructionalCostPerCredit?: number;
} {
  return {
    ...(input.capacity !== undefined ? { capacity: input.capacity } : {}),
    ...(input.discountRate != null ? { discountRate: input.discountRate } : {}),
    ...(input.instructionalCostPerCredit != null
      ? { instructionalCostPerCredit: input.instructionalCostPerCredit }
      : {}),
  };
}

/** Why a title cannot be stored, or null. */
export function titleProblem(title: string): string | null {
  return title.trim() ? null : 'The title cannot be blank.';
}

/** The title as stored: trimmed, and never blank. */
export function cleanTitle(title: string, field: string): string {
  const problem = titleProblem(title);
  if (problem) throw badInput(field, problem);
  return title.trim();
}

/** The stored baseline columns of a baseline input (growth defaults to 0). */
export function baselineFields(b: ProgramBaselineInput) {
  return {
    annualProspects: b.annualProspects,
    annualNewEnrollments: b.annualNewEnrollments,
    engagementRate: b.engagementRate,
    retentionRate: b.retentionRate,
    prospectGrowthRate: b.prospectGrowthRate ?? 0,
  };
}

/** Observed enrollment (conversion) rate of a baseline. */
export function enrollmentRateOf(b: { annualNewEnrollments: number; annualProspects: number }): number {
  return b.annualNewEnrollments / b.annualProspects;
}
