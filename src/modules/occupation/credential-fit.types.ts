import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { toGlobalId } from '../../core/global-id';
import { fitSummary, relevanceOf, type Fit } from './occupation.rules';

@ObjectType('CredentialFit', {
  description:
    "How a credential fits a program's occupations (docs/MODEL.md §4.6): of the occupations the credential is " +
    'aligned to, the share the program leads to through its CIP code. Its relevance scales the offer the credential ' +
    'makes to prospects by RELEVANCE_FLOOR + (1 − RELEVANCE_FLOOR) × relevance.',
})
export class CredentialFitType {
  @Field(() => ID, { description: 'Id of the program.' })
  programId!: string;

  @Field(() => ID, { description: 'Id of the credential.' })
  credentialId!: string;

  @Field(() => Float, {
    description:
      "Share of the credential's occupations that the program leads to, 0 (unrelated) to 1; 1 when unknown (see " +
      'relevanceKnown), so a credential or program without occupations is not penalised.',
  })
  relevance!: number;

  @Field({
    description:
      'False when the credential is aligned to no occupation or the program leads to none (no cipCode, or no ' +
      'crosswalk row for it): relevance then counts as 1, and projections and plans warn.',
  })
  relevanceKnown!: boolean;

  @Field(() => Int, { description: "Occupations of the credential's that the program also leads to." })
  matchedOccupations!: number;

  @Field(() => Int, { description: 'Occupations the credential is aligned to (with figures in Uplift).' })
  credentialOccupations!: number;

  @Field(() => Int, { description: 'Occupations the program leads to through the CIP–SOC crosswalk.' })
  programOccupations!: number;

  @Field({ description: 'The fit in words, e.g. "fits 3 of its 4 occupations", or why it is unknown.' })
  summary!: string;

  /** The program's and the credential's database ids, for their field resolvers (not in the schema). */
  programDbId!: number;
  credentialDbId!: number;
}

/** A fit as the API reports it. */
export function fitType(programId: number, credentialId: number, fit: Fit): CredentialFitType {
  return {
    programDbId: programId,
    credentialDbId: credentialId,
    programId: toGlobalId('DegreeProgram', programId),
    credentialId: toGlobalId('MicroCredential', credentialId),
    relevance: relevanceOf(fit),
    relevanceKnown: fit.share !== null,
    matchedOccupations: fit.matched,
    credentialOccupations: fit.credentialOccupations,
    programOccupations: fit.programOccupations,
    summary: fitSummary(fit),
  };
}

export enum ModelWarningCode {
  RELEVANCE_UNKNOWN = 'RELEVANCE_UNKNOWN',
}
registerEnumType(ModelWarningCode, {
  name: 'ModelWarningCode',
  description: 'What a projection or a plan assumed for want of data.',
  valuesConfig: {
    RELEVANCE_UNKNOWN: {
      description:
        'A credential or its program has no occupations, so its relevance to the program is unknown and counted ' +
        'as 1 (no penalty): align the credential (setCredentialOccupations) or give the program a cipCode.',
    },
  },
});

@ObjectType('ModelWarning', { description: 'Something a projection or a plan assumed for want of data, in words.' })
export class ModelWarningType {
  @Field(() => ModelWarningCode, { description: 'What kind of assumption.' })
  code!: ModelWarningCode;

  @Field(() => ID, { nullable: true, description: 'Id of the program it concerns.' })
  programId!: string | null;

  @Field(() => ID, { nullable: true, description: 'Id of the credential it concerns.' })
  credentialId!: string | null;

  @Field({ description: 'The warning for a planner.' })
  message!: string;
}

/** One embedding or addition whose relevance is unknown, named for the warning. */
export interface Fitted {
  programId: number;
  programCode: string;
  credentialId: number;
  credentialTitle: string;
  fit: Fit;
}

/** A RELEVANCE_UNKNOWN warning for each pair whose fit is unknown, once each. */
export function relevanceWarnings(items: readonly Fitted[]): ModelWarningType[] {
  const seen = new Set<string>();
  return items.flatMap((x) => {
    const key = `${x.programId}:${x.credentialId}`;
    if (x.fit.share !== null || seen.has(key)) return [];
    seen.add(key);
    return [
      {
        code: ModelWarningCode.RELEVANCE_UNKNOWN,
        programId: toGlobalId('DegreeProgram', x.programId),
        credentialId: toGlobalId('MicroCredential', x.credentialId),
        message: `"${x.credentialTitle}" in ${x.programCode}: ${fitSummary(x.fit)}.`,
      },
    ];
  });
}
