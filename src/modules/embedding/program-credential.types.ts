import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { NodeInterface } from '../../core/node';
import { EmbeddingStatus, RequirementType } from '../common/enums';
import { DegreeProgramType } from '../program/degree-program.types';

@ObjectType('ProgramCredential', {
  implements: NodeInterface,
  description: 'A micro-credential embedded in a degree program, with the terms of the embedding.',
})
export class ProgramCredentialType extends NodeInterface {
  @Field(() => Float, {
    description: "Credits the program grants for it, in the program's unit (0 for a non-credit credential).",
  })
  creditsApplied!: number;

  @Field(() => RequirementType, { description: 'How it sits in the program.' })
  requirement!: RequirementType;

  @Field(() => Float, {
    nullable: true,
    description: 'Share of students expected to take it; null: CORE 1, otherwise the ELECTIVE_TAKE_UP assumption.',
  })
  takeUpRate!: number | null;

  @Field({ description: 'Credits earned this way replace credits students would have paid the institution for.' })
  displacesTuition!: boolean;

  @Field(() => Int, { nullable: true, description: 'Academic year the embedding starts.' })
  startYear!: number | null;

  @Field(() => EmbeddingStatus, { description: 'Lifecycle state.' })
  status!: EmbeddingStatus;

  @Field(() => Int, { description: 'Optimistic-lock version.' })
  version!: number;
}

@ObjectType({ description: 'The embedding as it is after the change.' })
export class EmbeddingPayload {
  @Field(() => ProgramCredentialType, { description: 'The embedding.' })
  embedding!: ProgramCredentialType;
}

@ObjectType({ description: 'What was removed, and the program it was removed from.' })
export class RemoveEmbeddingPayload {
  @Field(() => ID, { description: 'Id of the removed embedding.' })
  removedId!: string;

  @Field(() => DegreeProgramType, { description: 'The program, without the embedding.' })
  program!: DegreeProgramType;
}
