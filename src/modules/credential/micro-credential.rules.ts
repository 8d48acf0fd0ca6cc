/** Pure rules of the credential catalog, used by the service, the importers and the seeds. */
import { isSmallOffer, offerHours, type CreditUnitName } from '../../model';
import { CreditRecognition, CreditUnit } from '../common/enums';
import { maxCreditsFor, type InstitutionCredit } from '../embedding/program-credential.rules';

/** Credit-bearing: recognised for credit (anything but NONE) and with a credit value (docs/ARCHITECTURE.md "Domain rules"). */
export function isCreditBearing(c: { creditRecognition: CreditRecognition; creditValue?: number | null }): boolean {
  return c.creditRecognition !== CreditRecognition.NONE && c.creditValue != null && c.creditValue > 0;
}

/**
 * One skill as it appears in skillsIndex: lower-cased, with LIKE wildcards, the separator and the
 * escape character spelled as "~x", so a skill filter matches the whole skill literally.
 */
const SKILL_ESCAPES: Record<string, string> = { '~': '~t', '%': '~p', _: '~u', '\\': '~b', '|': '~v' };
export function skillKey(skill: string): string {
  return skill
    .trim()
    .toLowerCase()
    .replace(/[~%_\\|]/g, (ch) => SKILL_ESCAPES[ch]);
}

export function skillsIndexOf(skills: string[]): string {
  return `|${skills.map(skillKey).join('|')}|`;
}

/** A credential's size as an offer: what CredentialOffer reads. */
export interface CredentialOffer {
  hours: number;
  creditsApplied: number;
  small: boolean;
}

/**
 * Its size when embedded with `creditsApplied` credits in `institution` (default: its whole value converted, as the
 * optimizer applies it); with no institution, its own credit value and unit.
 */
export function credentialOffer(
  c: {
    title: string;
    creditBearing: boolean;
    creditValue?: number | null;
    creditUnit?: CreditUnit | null;
    learningHours?: number | null;
  },
  institution: InstitutionCredit | null,
  creditsApplied?: number | null,
): CredentialOffer {
  // The enum's values are the model's unit names.
  const unit: CreditUnitName = institution?.creditUnit ?? c.creditUnit ?? CreditUnit.US_CREDIT_HOUR;
  const whole = institution
    ? maxCreditsFor({ ...c, creditUnit: c.creditUnit ?? null }, institution)
    : c.creditBearing
      ? (c.creditValue ?? 0)
      : 0;
  const credits = c.creditBearing ? (creditsApplied ?? whole) : 0;
  const hours = offerHours(
    { creditBearing: c.creditBearing, creditsApplied: credits, learningHours: c.learningHours },
    unit,
  );
  return { hours, creditsApplied: credits, small: isSmallOffer(hours) };
}
