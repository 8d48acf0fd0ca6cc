import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';

export enum ImportFormat { CSV = 'CSV', OPEN_BADGES_3 = 'OPEN_BADGES_3', CTDL = 'CTDL' }

registerEnumType(ImportFormat, {
  name: 'ImportFormat',
  description: 'The format of an imported document.',
  valuesConfig: {
    CSV: { description: 'Comma-separated values, UTF-8 with or without BOM, with a header row (programs and metrics).' },
    OPEN_BADGES_3: { description: 'Open Badges 3.0 JSON: an OpenBadgeCredential or AchievementCredential, a bare Achievement, or a list of them (credentials).' },
    CTDL: { description: 'Credential Engine CTDL JSON-LD: one credential resource, a list, or an object with "@graph" (credentials).' },
  },
});

@ObjectType('ImportProblem', { description: 'Something wrong with (or worth knowing about) one record or the document.' })
export class ImportProblemType {
  @Field({ description: 'Where: "row N" of a CSV (the header is row 1, as a spreadsheet numbers rows), a JSON path such as "$.credentialSubject.achievement.creditsAvailable", or "document".' })
  location!: string;

  @Field(() => String, { nullable: true, description: 'The column (CSV) or property (JSON) concerned, as the document names it.' })
  field!: string | null;

  @Field({
    description: 'What kind of problem. Rejecting a record: REQUIRED, INVALID_VALUE, DUPLICATE, NOT_FOUND, WRONG_FIELD_COUNT, MISSING_UNIT, '
      + 'UNSUPPORTED_UNIT, NOT_OPEN_BADGES_3, NOT_A_MICRO_CREDENTIAL, AMBIGUOUS, EMBEDDED_CREDITS. Notes that reject nothing: UNKNOWN_COLUMN '
      + '(ignored column), NOT_A_CREDENTIAL (skipped CTDL resource), DEGREE_KEPT (Open Badges degree imported as given), NOTHING_WRITTEN '
      + '(an all-or-nothing import that was refused), TOO_MANY_PROBLEMS (the list was cut).',
  })
  code!: string;

  @Field({ description: 'What is wrong and how to fix it, in words a planner understands.' })
  message!: string;
}

@ObjectType('ImportReport', { description: 'What an import did (or, in a dry run, would do) with each record of the document.' })
export class ImportReportType {
  @Field({ description: 'true: nothing was written; the counts and problems are exactly those the same import would give.' })
  dryRun!: boolean;

  @Field(() => Int, { description: 'Records stored as new.' })
  created!: number;

  @Field(() => Int, { description: 'Existing records changed by the document.' })
  updated!: number;

  @Field(() => Int, { description: 'Existing records the document matched exactly (nothing to write).' })
  unchanged!: number;

  @Field(() => Int, { description: 'Records refused; see problems. Unless skipInvalid, one rejected record means nothing is written and created/updated/unchanged are 0.' })
  rejected!: number;

  @Field(() => [ImportProblemType], { description: 'Problems and notes in document order, at most 1,000 (then one TOO_MANY_PROBLEMS).' })
  problems!: ImportProblemType[];
}

@ObjectType({ description: 'The result of an import.' })
export class ImportPayload {
  @Field(() => ImportReportType, { description: 'What was done with each record.' })
  report!: ImportReportType;
}
