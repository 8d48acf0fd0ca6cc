import { describe, expect, it } from '@jest/globals';
import { detectCredentialFormat, formatReport, parseImportArgs } from '../../../src/app/import-cli';

const usageError = (argv: string[]): string => {
  try {
    parseImportArgs(argv);
  } catch (err) {
    return (err as Error).message;
  }
  throw new Error('expected a usage error');
};

describe('uplift import arguments', () => {
  it('reads the documented options, in any order and with = forms', () => {
    expect(parseImportArgs(['programs', 'p.csv', '--institution', 'northbridge', '--dry-run'])).toEqual({
      kind: 'programs',
      file: 'p.csv',
      institution: 'northbridge',
      shared: false,
      format: null,
      unit: null,
      dryRun: true,
      skipInvalid: false,
      json: false,
    });
    expect(
      parseImportArgs(['--skip-invalid', 'credentials', '--format=ctdl', '-', '--shared', '--unit', 'ects', '--json']),
    ).toEqual({
      kind: 'credentials',
      file: '-',
      institution: null,
      shared: true,
      format: 'CTDL',
      unit: 'ECTS',
      dryRun: false,
      skipInvalid: true,
      json: true,
    });
    expect(parseImportArgs(['credentials', 'b.json', '--institution=x', '--format', 'open-badges-3']).format).toBe(
      'OPEN_BADGES_3',
    );
  });

  it('says what is wrong with a command line', () => {
    expect(usageError([])).toBe('what to import is missing');
    expect(usageError(['courses', 'x.csv', '--institution', 'n'])).toBe(
      'cannot import "courses": choose programs, metrics, credentials, occupations or crosswalk',
    );
    expect(usageError(['programs', '--institution', 'n'])).toBe('the file to import is missing');
    expect(usageError(['programs', 'a.csv', 'b.csv', '--institution', 'n'])).toBe('unexpected argument b.csv');
    expect(usageError(['programs', 'a.csv'])).toBe('give --institution <slug>');
    expect(usageError(['credentials', 'a.json'])).toBe('give --institution <slug> or --shared');
    expect(usageError(['credentials', 'a.json', '--shared', '--institution', 'n'])).toBe(
      'give --institution <slug> or --shared',
    );
    expect(usageError(['metrics', 'a.csv', '--shared'])).toBe('--shared is for credentials only');
    expect(usageError(['programs', 'a.csv', '--institution'])).toBe('--institution needs a value');
    expect(usageError(['programs', 'a.csv', '--institution', '--dry-run'])).toBe('--institution needs a value');
    expect(usageError(['programs', 'a.csv', '--institution', 'n', '--unit', 'parsecs'])).toBe(
      '--unit must be one of US_CREDIT_HOUR, ECTS, UK_CATS, not "PARSECS"',
    );
    expect(usageError(['programs', 'a.csv', '--institution', 'n', '--format', 'xlsx'])).toBe(
      '--format must be csv, open-badges-3 or ctdl, not "xlsx"',
    );
    expect(usageError(['programs', 'a.csv', '--institution', 'n', '--format', 'ctdl'])).toBe(
      'programs are imported from CSV',
    );
    expect(usageError(['credentials', 'a.csv', '--institution', 'n', '--format', 'csv'])).toBe(
      'credentials are imported from open-badges-3 or ctdl JSON',
    );
    expect(usageError(['programs', 'a.csv', '--institution', 'n', '--force'])).toBe('unknown option --force');
  });

  it('imports occupations and the crosswalk at platform level, without an institution', () => {
    expect(parseImportArgs(['occupations', 'occ.csv', '--dry-run', '--json'])).toEqual({
      kind: 'occupations',
      file: 'occ.csv',
      institution: null,
      shared: false,
      format: null,
      unit: null,
      dryRun: true,
      skipInvalid: false,
      json: true,
    });
    expect(parseImportArgs(['crosswalk', '-', '--skip-invalid']).kind).toBe('crosswalk');
    expect(usageError(['occupations', 'o.csv', '--institution', 'n'])).toBe(
      'occupations are global data, the same for every institution: leave out --institution',
    );
    expect(usageError(['crosswalk', 'c.csv', '--shared'])).toBe('--shared is for credentials only');
    expect(usageError(['crosswalk', 'c.csv', '--unit', 'ects'])).toBe('--unit does not apply to crosswalk');
    expect(usageError(['occupations', 'o.csv', '--format', 'ctdl'])).toBe('occupations are imported from CSV');
  });

  it('tells CTDL from Open Badges by content', () => {
    expect(detectCredentialFormat('{"@type": "ceterms:MicroCredential", "ceterms:ctid": "ce-1"}')).toBe('CTDL');
    expect(detectCredentialFormat('{"@context": "…", "@graph": []}')).toBe('CTDL');
    expect(detectCredentialFormat('{"type": ["OpenBadgeCredential"]}')).toBe('OPEN_BADGES_3');
  });

  it('prints a report with problems first and notes after', () => {
    expect(
      formatReport(
        {
          dryRun: true,
          created: 2,
          updated: 1,
          unchanged: 0,
          rejected: 1,
          problems: [
            { location: 'row 1', field: 'dept', code: 'UNKNOWN_COLUMN', message: 'ignored' },
            { location: 'row 12', field: 'retention_rate', code: 'INVALID_VALUE', message: 'too high' },
          ],
        },
        'Import of programs from p.csv into N',
      ),
    ).toBe(
      [
        'Import of programs from p.csv into N',
        'Dry run: nothing was written; this is what the import would do.',
        '  created    2',
        '  updated    1',
        '  unchanged  0',
        '  rejected   1',
        '',
        'Problems (1):',
        '  row 12  INVALID_VALUE (retention_rate): too high',
        '',
        'Notes:',
        '  row 1   UNKNOWN_COLUMN (dept): ignored',
        '',
      ].join('\n'),
    );
  });
});
