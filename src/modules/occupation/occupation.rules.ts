/** SOC 2018 detailed occupation code, e.g. 15-1252. */
export const SOC_CODE = /^\d{2}-\d{4}$/;
/** CIP 2020 code, e.g. 11.0701. */
export const CIP_CODE = /^\d{2}\.\d{4}$/;

export const isSocCode = (code: string): boolean => SOC_CODE.test(code);
export const isCipCode = (code: string): boolean => CIP_CODE.test(code);

/** The projections' percent change (17.3) as the share the API reports (0.173), without binary noise. */
export function growthShare(changePercent: number): number {
  return Number((changePercent / 100).toPrecision(12));
}

/** A framework name or URL that is SOC or O*NET-SOC ("SOC 2018", "O*NET-SOC", https://www.bls.gov/soc/, onetcenter.org). */
const SOC_FRAMEWORK = /\bSOC\b|O\*?NET|Standard Occupational Classification/i;
/** An O*NET-SOC code (15-1252.00) or a SOC code; the SOC 2018 code it names. */
const ONET_SOC_CODE = /^(\d{2}-\d{4})(\.\d{2})?$/;

/** An alignment as a document states it (Open Badges 3.0 `alignment`, CTDL CredentialAlignmentObject). */
export interface AlignmentData {
  framework: string | null;
  targetCode: string | null;
  targetName: string | null;
  targetUrl: string | null;
}

/**
 * The SOC 2018 code an alignment names, or null. The code must be well formed (NN-NNNN, or O*NET-SOC NN-NNNN.NN,
 * which maps to its SOC code), and the framework, when given, must be SOC or O*NET; a code that merely looks like
 * one under another framework is not guessed to be SOC.
 */
export function socCodeOfAlignment(a: AlignmentData): string | null {
  const m = a.targetCode?.trim().match(ONET_SOC_CODE);
  if (!m) return null;
  const framework = a.framework?.trim() ?? '';
  return !framework || SOC_FRAMEWORK.test(framework) ? m[1] : null;
}

/** Text of at most `max` characters, for an alignment's stored fields. */
export function clip(s: string | null, max: number): string | null {
  return s == null ? null : s.length > max ? s.slice(0, max) : s;
}

/**
 * How a credential fits a program (docs/MODEL.md §4.6): of the credential's occupations, how many the program leads
 * to. `share` is ρ = matched / credentialOccupations, null when either side has no occupations (relevance unknown).
 */
export interface Fit {
  readonly matched: number;
  readonly credentialOccupations: number;
  readonly programOccupations: number;
  readonly share: number | null;
}

/** The fit of a credential aligned to `credentialCodes` in a program leading to `programCodes` (SOC codes). */
export function fitOf(programCodes: Iterable<string>, credentialCodes: Iterable<string>): Fit {
  const program = new Set(programCodes);
  const credential = new Set(credentialCodes);
  const matched = [...credential].filter((c) => program.has(c)).length;
  const known = program.size > 0 && credential.size > 0;
  return {
    matched,
    credentialOccupations: credential.size,
    programOccupations: program.size,
    share: known ? matched / credential.size : null,
  };
}

/** ρ as the model and the API read it: the share, or 1 (no penalty) when unknown. */
export const relevanceOf = (fit: Fit): number => fit.share ?? 1;

/** The fit in a planner's words: "fits 3 of its 4 occupations", or why it is unknown. */
export function fitSummary(fit: Fit): string {
  if (fit.share === null) {
    const missing =
      fit.credentialOccupations === 0 && fit.programOccupations === 0
        ? 'neither the credential nor the program has occupations'
        : fit.credentialOccupations === 0
          ? 'the credential is aligned to no occupation'
          : "the program's CIP code leads to no occupation we hold";
    return `relevance unknown: ${missing}, so it counts as fully relevant`;
  }
  const n = fit.credentialOccupations;
  return fit.matched === 0
    ? n === 1
      ? 'does not fit its one occupation'
      : `fits none of its ${n} occupations`
    : fit.matched < n
      ? `fits ${fit.matched} of its ${n} occupations`
      : n === 1
        ? 'fits its one occupation'
        : n === 2
          ? 'fits both of its occupations'
          : `fits all ${n} of its occupations`;
}
