import { describe, expect, it } from '@jest/globals';
import { fitOf, fitSummary, relevanceOf } from '../../../../src/modules/occupation/occupation.rules';
import { fitType, relevanceWarnings } from '../../../../src/modules/occupation/credential-fit.types';

// ρ = |occ(program) ∩ occ(credential)| / |occ(credential)| (docs/MODEL.md §4, "Relevance"), by hand.
describe('fitOf', () => {
  const cs = ['15-1252', '15-1253', '15-1254', '15-2051'];

  it('is the share of the credential’s occupations the program leads to', () => {
    expect(fitOf(cs, ['15-1252', '15-1253', '15-1254'])).toEqual({
      matched: 3,
      credentialOccupations: 3,
      programOccupations: 4,
      share: 1,
    });
    expect(fitOf(cs, ['15-1252', '13-1111'])).toMatchObject({ matched: 1, share: 0.5 });
    expect(fitOf(['19-3032', '19-3033', '19-4061'], ['13-1111', '13-1161', '15-2051'])).toMatchObject({
      matched: 0,
      share: 0,
    });
    // Not symmetric: a program with many occupations does not dilute a credential that fits all of its own.
    expect(fitOf(['15-1252'], cs).share).toBe(0.25);
  });

  it('counts each code once, on either side', () => {
    expect(fitOf([...cs, ...cs], ['15-1252', '15-1252', '13-1111'])).toMatchObject({
      matched: 1,
      credentialOccupations: 2,
      programOccupations: 4,
      share: 0.5,
    });
  });

  it('is unknown (share null, relevance 1) when either side has no occupations', () => {
    for (const [program, credential] of [
      [cs, []],
      [[], ['15-1252']],
      [[], []],
    ] as const) {
      const fit = fitOf(program, credential);
      expect(fit.share).toBeNull();
      expect(relevanceOf(fit)).toBe(1);
    }
    expect(relevanceOf(fitOf(cs, ['13-1111']))).toBe(0);
  });
});

describe('fitSummary', () => {
  it('says the fit in words', () => {
    expect(fitSummary(fitOf(['a', 'b', 'c'], ['a', 'b', 'x', 'y']))).toBe('fits 2 of its 4 occupations');
    expect(fitSummary(fitOf(['a'], ['a', 'b', 'c']))).toBe('fits 1 of its 3 occupations');
    expect(fitSummary(fitOf(['a', 'b', 'c'], ['a', 'b', 'c']))).toBe('fits all 3 of its occupations');
    expect(fitSummary(fitOf(['a'], ['a']))).toBe('fits its one occupation');
    expect(fitSummary(fitOf(['a', 'b'], ['a', 'b']))).toBe('fits both of its occupations');
    expect(fitSummary(fitOf(['a'], ['x', 'y', 'z']))).toBe('fits none of its 3 occupations');
    expect(fitSummary(fitOf(['a'], ['x']))).toBe('does not fit its one occupation');
  });

  it('says why relevance is unknown', () => {
    expect(fitSummary(fitOf(['a'], []))).toBe(
      'relevance unknown: the credential is aligned to no occupation, so it counts as fully relevant',
    );
    expect(fitSummary(fitOf([], ['a']))).toBe(
      "relevance unknown: the program's CIP code leads to no occupation we hold, so it counts as fully relevant",
    );
    expect(fitSummary(fitOf([], []))).toMatch(/^relevance unknown: neither the credential nor the program/);
  });
});

describe('relevance in the API', () => {
  const unknown = fitOf(['a'], []);
  const known = fitOf(['a'], ['a', 'b']);

  it('reports ρ, whether it is known, and global ids', () => {
    expect(fitType(3, 7, known)).toEqual({
      programDbId: 3,
      credentialDbId: 7,
      programId: Buffer.from('DegreeProgram:3').toString('base64url'),
      credentialId: Buffer.from('MicroCredential:7').toString('base64url'),
      relevance: 0.5,
      relevanceKnown: true,
      matchedOccupations: 1,
      credentialOccupations: 2,
      programOccupations: 1,
      summary: 'fits 1 of its 2 occupations',
    });
    expect(fitType(3, 7, unknown)).toMatchObject({ relevance: 1, relevanceKnown: false });
  });

  it('warns once for each program and credential whose relevance is unknown, and only for those', () => {
    const item = (programId: number, credentialId: number, fit: typeof known) => ({
      programId,
      programCode: `P${programId}`,
      credentialId,
      credentialTitle: `C${credentialId}`,
      fit,
    });
    const warnings = relevanceWarnings([
      item(1, 1, unknown),
      item(1, 2, known),
      item(1, 1, unknown),
      item(2, 1, unknown),
    ]);
    expect(warnings.map((w) => [w.code, w.message])).toEqual([
      ['RELEVANCE_UNKNOWN', `"C1" in P1: ${fitSummary(unknown)}.`],
      ['RELEVANCE_UNKNOWN', `"C1" in P2: ${fitSummary(unknown)}.`],
    ]);
    expect(relevanceWarnings([item(1, 2, known)])).toEqual([]);
  });
});
