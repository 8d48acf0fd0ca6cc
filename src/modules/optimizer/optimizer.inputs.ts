import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { ArrayMaxSize, ArrayMinSize, IsInt, IsOptional, Length, Max, Min, ValidateNested } from 'class-validator';
import { MAX_DRAWS, MAX_HORIZON_YEARS } from '../../model/optimizer';
import { OutcomeMetric, RequirementType } from '../common/enums';
import { OptimizationRisk } from './optimizer.enums';

export const DEFAULT_OPTIMIZER_DRAWS = 500;
export const DEFAULT_OPTIMIZER_SEED = 1;
export const DEFAULT_MAX_ADDITIONS = 1;
/** Most programs or credentials one search may name. */
export const MAX_SCOPE = 1000;
/** Most locks or exclusions. */
export const MAX_CHOICES = 500;

@InputType({
  description: 'One credential in one program (a lock forces it into the plan; an exclusion keeps it out).',
})
export class PlanChoiceInput {
  @Field(() => ID, { description: 'A program in scope.' })
  programId!: string;

  @Field(() => ID, { description: 'A credential in scope.' })
  credentialId!: string;
}

@InputType({ description: 'What to optimise, for which budget and risk, over which programs and credentials.' })
export class OptimizePortfolioInput {
  @Field(() => OutcomeMetric, {
    nullable: false,
    defaultValue: OutcomeMetric.CONTRIBUTION_MARGIN,
    description:
      'maximised summed over the horizon (default CONTRIBUTION_MARGIN: tuition after aid, teaching cost and credential cost); a rate (ENGAGEMENT_RATE, RETENTION_RATE) or CREDENTIAL_COST is BAD_USER_INPUT',
  })
  objective!: OutcomeMetric;

  @Field(() => Int, { description: `Years summed, 1–${MAX_HORIZON_YEARS}.` })
  @IsInt()
  @Min(1)
  @Max(MAX_HORIZON_YEARS)
  horizonYears!: number;

  @Field(() => Float, {
    description:
      "most the plan may spend on credentials over the horizon (set-up plus per-learner cost), in the institution's currency",
  })
  @Min(0)
  budget!: number;

  @Field(() => OptimizationRisk, {
    nullable: true,
    description: 'EXPECTED: the mean over draws; CVAR_10: the mean of the worst 10% of draws (default EXPECTED)',
  })
  @IsOptional()
  risk?: OptimizationRisk;

  @Field(() => ID, { nullable: true, description: 'Assumption set; default: the global default set.' })
  @IsOptional()
  assumptionSetId?: string;

  @Field(() => [ID], {
    nullable: true,
    description: `default: every ACTIVE program of the institution (at most ${MAX_SCOPE})`,
  })
  @IsOptional()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_SCOPE)
  programIds?: string[];

  @Field(() => [ID], {
    nullable: true,
    description: `default: every credential the institution can see (at most ${MAX_SCOPE}); never one already live (ACTIVE or PLANNED) in a program`,
  })
  @IsOptional()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_SCOPE)
  credentialIds?: string[];

  @Field(() => [RequirementType], { nullable: true, description: 'requirements the plan may use (default ELECTIVE)' })
  @IsOptional()
  @ArrayMinSize(1)
  @ArrayMaxSize(3)
  requirements?: RequirementType[];

  @Field(() => Int, { nullable: true, description: `additions per program, 1 to 3 (default ${DEFAULT_MAX_ADDITIONS})` })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(3)
  maxAdditionsPerProgram?: number;

  @Field(() => [PlanChoiceInput], {
    nullable: true,
    description: `Choices the plan must make (at most ${MAX_CHOICES}); one that cannot be met is BAD_USER_INPUT.`,
  })
  @IsOptional()
  @ArrayMaxSize(MAX_CHOICES)
  @ValidateNested({ each: true })
  lock?: PlanChoiceInput[];

  @Field(() => [PlanChoiceInput], {
    nullable: true,
    description: `Choices the plan must not make (at most ${MAX_CHOICES}).`,
  })
  @IsOptional()
  @ArrayMaxSize(MAX_CHOICES)
  @ValidateNested({ each: true })
  exclude?: PlanChoiceInput[];

  @Field(() => Float, {
    nullable: true,
    description:
      'Leave out any addition whose relevance to its program (the share of the credential’s occupations the program ' +
      'leads to) is below this, 0 to 1; default 0 (none left out). A credential whose relevance is unknown (it or ' +
      'the program has no occupations) is never left out: the plan warns about it instead. A lock below it is ' +
      'BAD_USER_INPUT.',
  })
  @IsOptional()
  @Min(0)
  @Max(1)
  minRelevance?: number;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'Leave out any addition whose relevance to its program is unknown (the credential or the program has no ' +
      'occupations); default false, when an unknown relevance counts as a full fit. Set it so that a plan cannot ' +
      'prefer credentials for lacking occupation data. A lock it rules out is BAD_USER_INPUT.',
  })
  @IsOptional()
  requireKnownRelevance?: boolean;

  @Field(() => Int, {
    nullable: true,
    description: `Draws the plan is chosen on, 1–${MAX_DRAWS}; default ${DEFAULT_OPTIMIZER_DRAWS}.`,
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_DRAWS)
  draws?: number;

  @Field(() => Int, {
    nullable: true,
    description: `Fresh draws the plan's figures are measured on, 1–${MAX_DRAWS}; default: draws.`,
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_DRAWS)
  evaluationDraws?: number;

  @Field(() => Int, {
    nullable: true,
    description: `Seed of the draws, 0–2147483647; default ${DEFAULT_OPTIMIZER_SEED}. The evaluation draws use a seed derived from it.`,
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(2_147_483_647)
  seed?: number;

  @Field(() => String, {
    nullable: true,
    description:
      "saves the plan as a scenario named so (1–200 characters), with the evaluation seed and draws, so its projection equals the plan's figures",
  })
  @IsOptional()
  @Length(1, 200)
  saveAsScenario?: string;
}
