import { Field, Float, ObjectType } from 'type-graphql';
import { Connection } from '../../core/connection';
import { NodeInterface } from '../../core/node';
import { CreditUnit } from '../common/enums';

@ObjectType('Institution', {
  implements: NodeInterface,
  description: 'A university or college: the tenant that owns programs, keys, scenarios and metrics.',
})
export class InstitutionType extends NodeInterface {
  @Field({ description: 'Display name.' })
  name!: string;

  @Field({ description: 'Unique, URL-safe short name (e.g. "northbridge").' })
  slug!: string;

  @Field({ description: 'ISO 3166-1 alpha-2 country code.' })
  country!: string;

  @Field(() => CreditUnit, { description: "The unit of the institution's program credits." })
  creditUnit!: CreditUnit;

  @Field(() => Float, { description: 'ECTS credits per US credit hour used to convert credit values (default 2).' })
  ectsPerCreditHour!: number;

  @Field(() => Float, {
    description: "At most this share of a program's credits may come from embedded credentials (default 0.25).",
  })
  maxEmbeddedCreditShare!: number;

  @Field({ description: 'ISO 4217 currency of tuition and costs.' })
  currency!: string;
}

export const InstitutionConnection = Connection(InstitutionType, 'Institution', 'institution');

@ObjectType({ description: 'The institution created.' })
export class CreateInstitutionPayload {
  @Field(() => InstitutionType, { description: 'The new institution.' })
  institution!: InstitutionType;
}
