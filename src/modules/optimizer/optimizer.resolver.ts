import { Arg, Ctx, FieldResolver, Float, ID, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../../core/context';
import { toGlobalId } from '../../core/global-id';
import type { MicroCredential } from '../credential/micro-credential.entity';
import { MicroCredentialType } from '../credential/micro-credential.types';
import type { DegreeProgram } from '../program/degree-program.entity';
import { DegreeProgramType } from '../program/degree-program.types';
import type { Scenario } from '../scenario/scenario.entity';
import { ScenarioType } from '../scenario/scenario.types';
import { OptimizePortfolioInput } from './optimizer.inputs';
import { CredentialFitType, fitType, ModelWarningType } from '../occupation/credential-fit.types';
import { relevanceOf } from '../occupation/occupation.rules';
import { optimizePortfolio, type PlanAdditionView, type PlanDecisionView, type PlanView } from './optimizer.service';
import {
  OptimizePortfolioPayload,
  PlanAdditionType,
  PlanDecisionType,
  PlanOptionAdditionType,
  PlanProgramDecisionType,
  PortfolioPlanType,
} from './optimizer.types';

type DecisionView = PlanView['programs'][number];
type OptionAdditionView = DecisionView['chosen']['additions'][number];

async function programOf(ctx: Context, id: number): Promise<DegreeProgram> {
  const program = await ctx.loaders.programByIdLoader.load(id);
  if (!program) throw new Error(`program ${id} of a plan is not visible`);
  return program;
}

async function credentialOf(ctx: Context, id: number): Promise<MicroCredential> {
  const credential = await ctx.loaders.credentialByIdLoader.load(id);
  if (!credential) throw new Error(`credential ${id} of a plan is not visible`);
  return credential;
}

@Resolver(() => PortfolioPlanType)
export class PortfolioPlanResolver {
  @Mutation(() => OptimizePortfolioPayload, {
    description:
      'Recommend a portfolio (PLANNER): which credentials to embed where, for a budget, at a risk. Writes nothing unless saveAsScenario is given.',
  })
  async optimizePortfolio(
    @Ctx() ctx: Context,
    @Arg('input', () => OptimizePortfolioInput, { description: 'What to optimise and over what.' })
    input: OptimizePortfolioInput,
  ): Promise<{ plan: PlanView }> {
    return { plan: await optimizePortfolio(ctx, input) };
  }

  @FieldResolver(() => [PlanAdditionType], {
    description: 'The credentials to embed, program by program (programs in scope order).',
  })
  additions(@Root() plan: PlanView): PlanAdditionView[] {
    return plan.additions;
  }

  @FieldResolver(() => [PlanProgramDecisionType], {
    description: 'Every program in scope: the option chosen and its runner-up ("why this pick").',
  })
  programs(@Root() plan: PlanView): DecisionView[] {
    return plan.programs;
  }

  @FieldResolver(() => ScenarioType, {
    nullable: true,
    description: 'The scenario saved (saveAsScenario); null when not saved, or when INFEASIBLE (nothing to save).',
  })
  scenario(@Root() plan: PlanView): Scenario | null {
    return plan.scenario;
  }

  @FieldResolver(() => [ModelWarningType], {
    description:
      'What the plan assumed for want of data: each addition whose relevance to its program is unknown (counted as ' +
      'fully relevant, and never left out by minRelevance). Empty when nothing was.',
  })
  warnings(@Root() plan: PlanView): ModelWarningType[] {
    return plan.warnings;
  }
}

@Resolver(() => PlanAdditionType)
export class PlanAdditionResolver {
  @FieldResolver(() => DegreeProgramType, { description: 'The program.' })
  program(@Root() a: PlanAdditionView, @Ctx() ctx: Context): Promise<DegreeProgram> {
    return programOf(ctx, a.programId);
  }

  @FieldResolver(() => MicroCredentialType, { description: 'The credential.' })
  credential(@Root() a: PlanAdditionView, @Ctx() ctx: Context): Promise<MicroCredential> {
    return credentialOf(ctx, a.credentialId);
  }

  @FieldResolver(() => Float, {
    description:
      "Share of the credential's occupations that the program leads to, 0 to 1 (1 when unknown: see fit); it scales " +
      'the offer this addition makes.',
  })
  relevance(@Root() a: PlanAdditionView): number {
    return relevanceOf(a.fit);
  }

  @FieldResolver(() => CredentialFitType, {
    description: 'How the credential fits the program, in figures and words ("fits 3 of its 4 occupations").',
  })
  fit(@Root() a: PlanAdditionView): CredentialFitType {
    return fitType(a.programId, a.credentialId, a.fit);
  }
}

@Resolver(() => PlanProgramDecisionType)
export class PlanProgramDecisionResolver {
  @FieldResolver(() => DegreeProgramType, { description: 'The program.' })
  program(@Root() d: DecisionView, @Ctx() ctx: Context): Promise<DegreeProgram> {
    return programOf(ctx, d.programId);
  }

  @FieldResolver(() => ID, { description: 'Id of the program.' })
  programId(@Root() d: DecisionView): string {
    return toGlobalId('DegreeProgram', d.programId);
  }
}

@Resolver(() => PlanDecisionType)
export class PlanDecisionResolver {
  @FieldResolver(() => DegreeProgramType, {
    nullable: true,
    description: 'The program the closest alternative changes; null with NO_ALTERNATIVE.',
  })
  program(@Root() d: PlanDecisionView, @Ctx() ctx: Context): Promise<DegreeProgram> | null {
    return d.programId === null ? null : programOf(ctx, d.programId);
  }
}

@Resolver(() => PlanOptionAdditionType)
export class PlanOptionAdditionResolver {
  @FieldResolver(() => MicroCredentialType, { description: 'The credential.' })
  credential(@Root() a: OptionAdditionView, @Ctx() ctx: Context): Promise<MicroCredential> {
    return credentialOf(ctx, a.credentialId);
  }
}

export const OPTIMIZER_RESOLVERS = [
  PortfolioPlanResolver,
  PlanAdditionResolver,
  PlanProgramDecisionResolver,
  PlanDecisionResolver,
  PlanOptionAdditionResolver,
] as const;
