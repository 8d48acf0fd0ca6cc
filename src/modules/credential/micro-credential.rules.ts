/** Pure rules of the credential catalog, used by the service, the importers and the seeds. */
import { CreditRecognition } from '../common/enums';

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
