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
