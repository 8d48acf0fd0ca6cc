import { Field, Float, Int, ObjectType } from 'type-graphql';
import { NodeInterface } from '../../core/node';
import { StatisticKind } from '../common/enums';

@ObjectType('EvidenceSource', {
  implements: NodeInterface,
  description: "A publication the model's numbers rest on, with how its figures were obtained.",
})
export class EvidenceSourceType extends NodeInterface {
  @Field({ description: 'Stable key of the source, e.g. "coursera_mcir_2025".' })
  key!: string;

  @Field({ description: 'Title of the publication.' })
  title!: string;

  @Field({ description: 'Who published it.' })
  publisher!: string;

  @Field(() => Int, { description: 'Year of publication.' })
  year!: number;

  @Field(() => String, { nullable: true, description: 'Where to read it.' })
  url!: string | null;

  @Field({
    description:
      'How the figures were obtained (sample, dates, self-reported or observed). Read this before relying on a figure.',
  })
  methodology!: string;

  @Field(() => String, { nullable: true, description: 'Caveats and where other write-ups differ.' })
  notes!: string | null;
}

@ObjectType('EvidenceStatistic', { implements: NodeInterface, description: 'One figure of an evidence source.' })
export class EvidenceStatisticType extends NodeInterface {
  @Field({ description: 'Stable key, e.g. "students_enrollment_ratio".' })
  key!: string;

  @Field({ description: 'What the figure says, in words.' })
  description!: string;

  @Field({
    description:
      'Who was asked: STUDENTS, EMPLOYERS, ENTRY_LEVEL_EMPLOYEES, HIGHER_ED_LEADERS or CREDENTIAL_HOLDERS; ' +
      'RESEARCH_PARTICIPANTS for the people in the studies a meta-analysis pools; COLLEGE_ENTRANTS for first-time ' +
      'and college-intending students (the enrollment benchmarks).',
  })
  population!: string;

  @Field(() => StatisticKind, { description: 'SHARE (fraction 0–1) or RATIO (likelihood ratio).' })
  kind!: StatisticKind;

  @Field(() => Float, { description: 'The figure: a fraction for SHARE (0.85 = 85%), a multiple for RATIO.' })
  value!: number;

  @Field(() => Float, { nullable: true, description: 'The same figure at an earlier time, for comparison.' })
  comparisonValue!: number | null;

  @Field(() => Int, { nullable: true, description: 'Year of comparisonValue.' })
  comparisonYear!: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'Qualifiers ("nearly", "more than") and disagreements between write-ups.',
  })
  note!: string | null;

  @Field(() => String, { nullable: true, description: 'The sentence of the source the figure comes from.' })
  quote!: string | null;
}
