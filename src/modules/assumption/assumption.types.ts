import { Field, Float, Int, ObjectType } from 'type-graphql';
import { NodeInterface } from '../../core/node';
import { AssumptionSetKind, Distribution, ModelParameter, UpliftConversion } from '../common/enums';

@ObjectType('Assumption', {
  description: 'One model parameter: its range, distribution, and the evidence it rests on.',
})
export class AssumptionType {
  @Field(() => ModelParameter, { description: 'The parameter.' })
  parameter!: ModelParameter;

  @Field(() => Float, { description: 'Pessimistic value (P0 of the distribution).' })
  low!: number;

  @Field(() => Float, { description: 'Most likely value; point estimates use it.' })
  mode!: number;

  @Field(() => Float, { description: 'Optimistic value.' })
  high!: number;

  @Field(() => Distribution, { description: 'How draws are spread between low and high.' })
  distribution!: Distribution;

  @Field(() => Float, {
    description:
      'Probability that the parameter is exactly zero — "no effect" — beside the distribution, which holds the ' +
      'rest; 0 for none. For a calibrated set, the share of its posterior sample at exactly zero.',
  })
  zeroMass!: number;

  @Field(() => String, {
    nullable: true,
    description: 'Why these values, in plain words; says so when there is no direct evidence.',
  })
  rationale!: string | null;

  @Field({ description: 'True when no evidence statistic supports this parameter: it is a judgement call.' })
  hasNoEvidence!: boolean;
}

@ObjectType('AssumptionSet', {
  implements: NodeInterface,
  description:
    "A complete set of model parameters: the global default built from the evidence, or an institution's copy with overrides.",
})
export class AssumptionSetType extends NodeInterface {
  @Field({ description: 'Name.' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'What the set is for.' })
  description!: string | null;

  @Field(() => UpliftConversion, { description: 'How ratios are applied to rates.' })
  conversion!: UpliftConversion;

  @Field(() => AssumptionSetKind, {
    description:
      'GLOBAL (platform-wide, from the evidence), CUSTOM (a copy with overrides) or CALIBRATED (learnt from actuals).',
  })
  kind!: AssumptionSetKind;

  @Field({ description: 'True for the global default set.' })
  isDefault!: boolean;

  @Field(() => Int, { description: 'Optimistic-lock version; pass it as expectedVersion to update safely.' })
  version!: number;
}

@ObjectType({ description: 'The set as it is after the change.' })
export class AssumptionSetPayload {
  @Field(() => AssumptionSetType, { description: 'The set.' })
  assumptionSet!: AssumptionSetType;
}
