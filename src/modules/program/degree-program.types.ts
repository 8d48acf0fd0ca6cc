import { Field, Float, Int, ObjectType } from 'type-graphql';
import { DateTimeISOResolver } from 'graphql-scalars';
import { Connection } from '../../core/connection';
import { NodeInterface } from '../../core/node';
import { Modality, ProgramLevel, ProgramStatus } from '../common/enums';

@ObjectType('ProgramBaseline', {
  description: 'The observed state of a program that projections start from (with its current ACTIVE embeddings).',
})
export class ProgramBaselineType {
  @Field(() => Int, { description: 'Prospective students (applicants or qualified inquiries) per year.' })
  annualProspects!: number;

  @Field(() => Int, { description: 'New entrants per year; always fewer than annualProspects.' })
  annualNewEnrollments!: number;

  @Field(() => Float, { description: 'Share of students meeting the engagement definition, strictly between 0 and 1.' })
  engagementRate!: number;

  @Field(() => Float, { description: 'Annual continuation rate, strictly between 0 and 1.' })
  retentionRate!: number;

  @Field(() => Float, { description: 'Yearly growth of prospects (0.02 = +2% a year; may be negative).' })
  prospectGrowthRate!: number;

  @Field(() => Float, { description: 'Observed enrollment (conversion) rate: annualNewEnrollments / annualProspects.' })
  enrollmentRate!: number;
}

@ObjectType('DegreeProgram', {
  implements: NodeInterface,
  description: "A degree program of the caller's institution, with its baseline.",
})
export class DegreeProgramType extends NodeInterface {
  @Field({ description: 'Program code, unique within the institution.' })
  code!: string;

  @Field({ description: 'Program title.' })
  title!: string;

  @Field(() => ProgramLevel, { description: 'Level of award.' })
  level!: ProgramLevel;

  @Field(() => Modality, { description: 'Delivery mode.' })
  modality!: Modality;

  @Field(() => String, { nullable: true, description: 'Classification of Instructional Programs code, NN.NNNN.' })
  cipCode!: string | null;

  @Field(() => Float, { description: "Credits to complete the program, in the institution's credit unit." })
  totalCredits!: number;

  @Field(() => Float, { description: 'Normal time to complete, in years.' })
  durationYears!: number;

  @Field(() => Float, { description: "Tuition per credit, in the institution's currency." })
  tuitionPerCredit!: number;

  @Field(() => ProgramStatus, { description: 'Lifecycle state.' })
  status!: ProgramStatus;

  @Field(() => Int, {
    nullable: true,
    description:
      'Most new entrants the program can take in a year (clinical placements, labs, faculty); null: no limit. ' +
      'Never below baseline.annualNewEnrollments. Projections cap entrants at it.',
  })
  capacity!: number | null;

  @Field(() => Float, {
    description:
      'Share of gross tuition returned as institutional aid, at least 0 and below 1 (0.45 = 45%), from your own ' +
      'aid data; default 0.',
  })
  discountRate!: number;

  @Field(() => Float, {
    description:
      "Marginal cost of teaching one credit to one student, in the institution's currency (direct instructional " +
      'cost per student credit hour); default 0.',
  })
  instructionalCostPerCredit!: number;

  @Field(() => Int, { description: 'Optimistic-lock version; pass it as expectedVersion to update safely.' })
  version!: number;

  @Field(() => DateTimeISOResolver, { description: 'When the program was created.' })
  createdAt!: Date;

  @Field(() => DateTimeISOResolver, { description: 'When the program was last changed.' })
  updatedAt!: Date;
}

export const DegreeProgramConnection = Connection(DegreeProgramType, 'DegreeProgram', 'degree program');

@ObjectType({ description: 'The program as it is after the change.' })
export class ProgramPayload {
  @Field(() => DegreeProgramType, { description: 'The program.' })
  program!: DegreeProgramType;
}
