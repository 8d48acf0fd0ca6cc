/**
 * The credit rules of embeddings (docs/MODEL.md §1), pure and written once: the services,
 * the scenario checks and the importers all call these.
 */
import { convertCredits, CREDIT_EPSILON } from '../common/credits';
import { EmbeddingStatus, ProgramStatus, type CreditUnit } from '../common/enums';

/** Embeddings that are live: PLANNED and ACTIVE ones count toward the cap; RETIRED ones do not. */
export const LIVE_STATUSES: readonly EmbeddingStatus[] = [EmbeddingStatus.ACTIVE, EmbeddingStatus.PLANNED];

export const countsTowardCap = (s: EmbeddingStatus): boolean => LIVE_STATUSES.includes(s);

/** A filter for the live embeddings of some programs (for em.find on ProgramCredential). */
export function liveEmbeddingsOf(programIds: number | number[]) {
  return { program: Array.isArray(programIds) ? { $in: programIds } : programIds, status: { $in: [...LIVE_STATUSES] } };
}

/** What liveCredits reads of an embedding (for a lean read of only those columns). */
export const LIVE_CREDITS_READ: readonly string[] = ['creditsApplied', 'status'];

/** Credits applied by the live embeddings among `embeddings`: what the institution's cap limits. */
export function liveCredits(embeddings: readonly { status: EmbeddingStatus; creditsApplied: number }[]): number {
  return embeddings.reduce((sum, e) => (countsTowardCap(e.status) ? sum + e.creditsApplied : sum), 0);
}

/** The most credits a program may take from embedded credentials. */
export function embeddedCreditCap(maxEmbeddedCreditShare: number, totalCredits: number): number {
  return maxEmbeddedCreditShare * totalCredits;
}

const round = (v: number) => Math.round(v * 1000) / 1000;

interface CredentialCredit {
  title: string;
  creditBearing: boolean;
  creditValue?: number | null;
  creditUnit?: CreditUnit | null;
}
export interface InstitutionCredit {
  creditUnit: CreditUnit;
  ectsPerCreditHour: number;
  maxEmbeddedCreditShare: number;
}

/** The most credits a program in this institution can grant for the credential (0 for non-credit ones). */
export function maxCreditsFor(credential: CredentialCredit, institution: InstitutionCredit): number {
  if (!credential.creditBearing || credential.creditValue == null || credential.creditUnit == null) return 0;
  return convertCredits(
    credential.creditValue,
    credential.creditUnit,
    institution.creditUnit,
    institution.ectsPerCreditHour,
  );
}

/** The credential rules for one embedding's credits, or null when they hold. */
export function creditValueProblem(
  credential: CredentialCredit,
  institution: InstitutionCredit,
  creditsApplied: number,
): string | null {
  if (!credential.creditBearing && creditsApplied > 0)
    return `"${credential.title}" is not credit-bearing, so it applies 0 credits.`;
  const max = maxCreditsFor(credential, institution);
  if (creditsApplied > max + CREDIT_EPSILON) {
    return `"${credential.title}" is worth ${round(max)} ${institution.creditUnit} here; ${creditsApplied} cannot be applied.`;
  }
  return null;
}

interface ProgramCredit {
  code: string;
  totalCredits: number;
  institution: InstitutionCredit;
}

/** The institution's cap on embedded credits, or null when `already + adding` stays within it. */
export function capProblem(program: ProgramCredit, already: number, adding: number): string | null {
  const share = program.institution.maxEmbeddedCreditShare;
  const cap = embeddedCreditCap(share, program.totalCredits);
  if (adding > 0 && already + adding > cap + CREDIT_EPSILON) {
    return `Program ${program.code} may take at most ${round(cap)} credits from embedded credentials (${share * 100}% of ${program.totalCredits}); ${round(already)} are already applied, so ${round(adding)} more would exceed it.`;
  }
  return null;
}

/** Why a program whose live embeddings apply `embedded` credits cannot have `totalCredits`, or null. */
export function totalCreditsProblem(
  embedded: number,
  maxEmbeddedCreditShare: number,
  totalCredits: number,
): string | null {
  const cap = embeddedCreditCap(maxEmbeddedCreditShare, totalCredits);
  if (embedded > cap + CREDIT_EPSILON) {
    return `Embedded credentials already apply ${embedded} credits; ${totalCredits} total credits would allow at most ${cap}.`;
  }
  return null;
}

/**
 * Why credentials cannot be embedded (or made live) in this program, or null. An ARCHIVED program
 * takes no new students, so a new or reactivated embedding there would count credits nobody earns.
 */
export function archivedProgramProblem(program: { code: string; status: ProgramStatus }): string | null {
  if (program.status !== ProgramStatus.ARCHIVED) return null;
  return `Program ${program.code} is ARCHIVED; embed credentials in ACTIVE or PLANNED programs.`;
}
