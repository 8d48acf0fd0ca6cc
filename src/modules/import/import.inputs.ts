import { Field, InputType } from 'type-graphql';
import { IsOptional } from 'class-validator';
import { CreditUnit } from '../common/enums';
import { ImportFormat } from './import.types';

@InputType({
  description:
    'A document to import. Requests are limited to 1 MB; import larger files with the CLI (`uplift import`).',
})
export class ImportInput {
  @Field({ description: 'The document itself: CSV text, or Open Badges 3.0 / CTDL JSON as a string.' })
  document!: string;

  @Field(() => ImportFormat, {
    description: 'Its format: CSV for programs and metrics; OPEN_BADGES_3 or CTDL for credentials.',
  })
  format!: ImportFormat;

  @Field(() => Boolean, {
    nullable: true,
    description: 'true: validate everything and report what would happen, writing nothing. Default false.',
  })
  @IsOptional()
  dryRun?: boolean;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'true: write the valid records and report the rest. Default false: all or nothing, one rejected record and nothing is written.',
  })
  @IsOptional()
  skipInvalid?: boolean;

  @Field(() => CreditUnit, {
    nullable: true,
    description: 'unit of credit values that the document does not state (Open Badges 3.0 has none)',
  })
  @IsOptional()
  creditUnit?: CreditUnit;
}
