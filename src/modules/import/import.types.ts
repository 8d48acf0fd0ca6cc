import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ImportProblemCode, NOTICE_CODES } from './engine/import-problem';

export enum ImportFormat {
  CSV = 'CSV',
  OPEN_BADGES_3 = 'OPEN_BADGES_3',
  CTDL = 'CTDL',
}

registerEnumType(ImportFormat, {
  name: 'ImportFormat',
  description: 'The format of an imported document.',
  valuesConfig: {
    CSV: {
      description: 'Comma-separated values, UTF-8 with or without BOM, with a header row (programs and metrics).',
    },
    OPEN_BADGES_3: {
      description:
        'Open Badges 3.0 JSON: an OpenBadgeCredential or AchievementCredential, a bare Achievement, or a list of them (credentials).',
    },
    CTDL: {
      description:
        'Credential Engine CTDL JSON-LD: one credential resource, a list, or an object with "@graph" (credentials).',
    },
  },
});

/** Each code's description, led by what it does to its record: NOTICE_CODES decide which are notes. */
function describeCodes(
  descriptions: Record<ImportProblemCode, string>,
): Record<ImportProblemCode, { description: string }> {
  const kind = (code: ImportProblemCode) =>
    NOTICE_CODES.has(code) ? 'A note: rejects nothing.' : 'Rejects the record.';
  const codes = Object.values(ImportProblemCode);
  const described = codes.map((code) => [code, { description: `${kind(code)} ${descriptions[code]}` }] as const);
  return Object.fromEntries(described) as Record<ImportProblemCode, { description: string }>;
}

// What each problem code means is said here and nowhere else: README and clients read the schema.
registerEnumType(ImportProblemCode, {
  name: 'ImportProblemCode',
  description:
    'What kind of problem an import found: most reject the record they are reported on, ' + 'notes reject nothing.',
  valuesConfig: describeCodes({
    REQUIRED: 'A required column is empty, or a required JSON property is missing.',
    INVALID_VALUE: 'A value is not of the expected kind, or breaks a rule of the mutation that creates the record.',
    DUPLICATE: "The record's key (program code; program, year and metric; externalId) appears earlier in the document.",
    NOT_FOUND: 'The program code names no program of your institution.',
    WRONG_FIELD_COUNT: 'The CSV row has more or fewer fields than the header.',
    MISSING_UNIT: 'A credit value has no unit, and the import gives no creditUnit.',
    UNSUPPORTED_UNIT: 'A CTDL credit unit Uplift does not keep; convert the value.',
    NOT_OPEN_BADGES_3: 'An entry of the list is not an Open Badges 3.0 credential or achievement.',
    NOT_A_MICRO_CREDENTIAL: 'A CTDL degree or diploma: a credential, but not a micro-credential.',
    AMBIGUOUS: 'Several credentials of the catalog already have this externalId.',
    EMBEDDED_CREDITS:
      "A new total_credits would put a program's embedded credits over its cap, or a credential's " +
      'new credit value would no longer cover what a program applies.',
    UNKNOWN_COLUMN: 'A CSV column Uplift does not read (the message names the nearest known one); it is ignored.',
    NOT_A_CREDENTIAL: 'A CTDL resource that is not a credential (an organization, a profile); it is skipped.',
    DEGREE_KEPT: 'An Open Badges achievementType that names a degree; the achievement is imported as given.',
    NOTHING_WRITTEN:
      'An all-or-nothing import was refused because records were rejected; ' + 'says what skipInvalid would write.',
    TOO_MANY_PROBLEMS: 'The list was cut at 1,000 problems; this counts the rest.',
  }),
});

@ObjectType('ImportProblem', {
  description: 'Something wrong with (or worth knowing about) one record or the document.',
})
export class ImportProblemType {
  @Field({
    description:
      'Where: "row N" of a CSV (the header is row 1, as a spreadsheet numbers rows), a JSON path such as "$.credentialSubject.achievement.creditsAvailable", or "document".',
  })
  location!: string;

  @Field(() => String, {
    nullable: true,
    description: 'The column (CSV) or property (JSON) concerned, as the document names it.',
  })
  field!: string | null;

  @Field(() => ImportProblemCode, {
    description: 'What kind of problem; each ImportProblemCode says whether it rejects the record.',
  })
  code!: ImportProblemCode;

  @Field({ description: 'What is wrong and how to fix it, in words a planner understands.' })
  message!: string;
}

@ObjectType('ImportReport', {
  description: 'What an import did (or, in a dry run, would do) with each record of the document.',
})
export class ImportReportType {
  @Field({
    description: 'true: nothing was written; the counts and problems are exactly those the same import would give.',
  })
  dryRun!: boolean;

  @Field(() => Int, { description: 'Records stored as new.' })
  created!: number;

  @Field(() => Int, { description: 'Existing records changed by the document.' })
  updated!: number;

  @Field(() => Int, { description: 'Existing records the document matched exactly (nothing to write).' })
  unchanged!: number;

  @Field(() => Int, {
    description:
      'Records refused; see problems. Unless skipInvalid, one rejected record means nothing is written and created/updated/unchanged are 0.',
  })
  rejected!: number;

  @Field(() => [ImportProblemType], {
    description: 'Problems and notes in document order, at most 1,000 (then one TOO_MANY_PROBLEMS).',
  })
  problems!: ImportProblemType[];
}

@ObjectType({ description: 'The result of an import.' })
export class ImportPayload {
  @Field(() => ImportReportType, { description: 'What was done with each record.' })
  report!: ImportReportType;
}
