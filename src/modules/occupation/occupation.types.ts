import { Field, Float, ObjectType } from 'type-graphql';
import { Connection } from '../../core/connection';
import { NodeInterface } from '../../core/node';

@ObjectType('Occupation', {
  implements: NodeInterface,
  description:
    'An occupation of the Standard Occupational Classification (SOC 2018) with its labour-market figures from the ' +
    'BLS Employment Projections (public domain). Global data: the same for every institution.',
})
export class OccupationType extends NodeInterface {
  @Field({ description: 'SOC 2018 code, NN-NNNN, e.g. 15-1252.' })
  code!: string;

  @Field({ description: 'Title of the occupation, as the projections name it, e.g. "Software developers".' })
  title!: string;

  @Field(() => Float, {
    nullable: true,
    description: 'Employment in the base year of the projections (2024 for 2024–34), in thousands of jobs.',
  })
  employment!: number | null;

  @Field(() => Float, {
    nullable: true,
    description:
      'Projected change in employment over the projection decade, as a share: 0.17 = +17%, -0.05 = −5% ' +
      '(2024–34 for the BLS 2024–34 projections).',
  })
  projectedGrowth!: number | null;

  @Field(() => Float, {
    nullable: true,
    description:
      'Average annual openings over the projection decade (growth plus replacement of workers who leave), in ' +
      'thousands.',
  })
  annualOpenings!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Median annual wage of wage and salary workers, in US dollars (OEWS, as carried by the projections).',
  })
  medianWage!: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'Where the figures come from, e.g. "BLS EP 2024-34 Table 1.2"; null when no source was given.',
  })
  source!: string | null;
}

export const OccupationConnection = Connection(OccupationType, 'Occupation', 'occupation');
