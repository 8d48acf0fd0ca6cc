import { Field, Float, Int, ObjectType } from 'type-graphql';
import { Connection } from '../../core/connection';
import { SMALL_OFFER_HOURS } from '../../model/dose';
import { NodeInterface } from '../../core/node';
import { CreditRecognition, CreditUnit } from '../common/enums';

@ObjectType('MicroCredential', {
  implements: NodeInterface,
  description: "A micro-credential in the shared catalog or in the caller's institution's own catalog.",
})
export class MicroCredentialType extends NodeInterface {
  @Field({ description: 'Title.' })
  title!: string;

  @Field({ description: 'Who awards it (e.g. "Google", "IBM", a university).' })
  issuer!: string;

  @Field(() => String, { nullable: true, description: 'What a learner does and shows.' })
  description!: string | null;

  @Field(() => String, { nullable: true, description: 'Public page of the credential.' })
  url!: string | null;

  @Field(() => String, { nullable: true, description: 'Subject area, e.g. "Generative AI", "Data", "Health".' })
  category!: string | null;

  @Field(() => [String], { description: 'Skills it evidences.' })
  skills!: string[];

  @Field(() => String, {
    nullable: true,
    description: 'Open Badges 3.0 achievementType, e.g. MicroCredential, Certificate, Badge.',
  })
  achievementType!: string | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Academic credit it carries, in creditUnit (always given together).',
  })
  creditValue!: number | null;

  @Field(() => CreditUnit, { nullable: true, description: 'Unit of creditValue.' })
  creditUnit!: CreditUnit | null;

  @Field(() => Float, { nullable: true, description: 'Notional learning hours (workload, not credit).' })
  learningHours!: number | null;

  @Field(() => Int, { nullable: true, description: 'European Qualifications Framework level, 1–8.' })
  eqfLevel!: number | null;

  @Field(() => CreditRecognition, { description: 'How it is recognised for academic credit.' })
  creditRecognition!: CreditRecognition;

  @Field({ description: 'Recognised for credit (not NONE) and carrying a credit value.' })
  creditBearing!: boolean;

  @Field(() => Float, { description: "Cost per learner who takes it, in the institution's currency." })
  costPerLearner!: number;

  @Field(() => Float, { description: 'One-off cost of embedding it in a program.' })
  setupCost!: number;

  @Field(() => String, { nullable: true, description: 'Open Badges achievement id or CTDL CTID.' })
  externalId!: string | null;

  @Field(() => Int, { description: 'Optimistic-lock version.' })
  version!: number;
}

@ObjectType('CredentialOffer', {
  description:
    "A credential's size as an offer to prospects (docs/MODEL.md §4, size and saturation): its dose is " +
    '1 − exp(−hours / OFFER_HOURS_SCALE), so a larger credential is a stronger offer and a tiny one almost none.',
})
export class CredentialOfferType {
  @Field(() => Float, {
    description:
      'Learning hours it brings: credits applied × hours per credit (US credit hour 45, ECTS 27.5, UK CATS 10) when it carries credit, else its learningHours (0 when unknown).',
  })
  hours!: number;

  @Field(() => Float, { description: 'The credits this size is for, in your credit unit (0 for a non-credit one).' })
  creditsApplied!: number;

  @Field({
    description: `Fewer than ${SMALL_OFFER_HOURS} learning hours: at most about a tenth of a full offer at the typical scale.`,
  })
  small!: boolean;
}

export const MicroCredentialConnection = Connection(MicroCredentialType, 'MicroCredential', 'micro-credential');

@ObjectType({ description: 'The credential as it is after the change.' })
export class CredentialPayload {
  @Field(() => MicroCredentialType, { description: 'The credential.' })
  credential!: MicroCredentialType;
}
