import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { Context } from '../context';
import { requireViewer } from '../auth/viewer';
import { badInput } from './errors';
import { parseGlobalId } from './global-id';
import { NodeInterface } from './node';
import { MAX_PAGE_SIZE } from './connection';

type Fetch = (ctx: Context, id: number) => Promise<object | null>;

/** Each loader is scoped to what the viewer may read, so node() can never cross a tenant. */
const FETCHERS: Record<string, Fetch> = {
  Institution: (ctx, id) => ctx.loaders.institutionByIdLoader.load(id),
  DegreeProgram: (ctx, id) => ctx.loaders.programByIdLoader.load(id),
  MicroCredential: (ctx, id) => ctx.loaders.credentialByIdLoader.load(id),
  ProgramCredential: (ctx, id) => ctx.loaders.embeddingByIdLoader.load(id),
  EvidenceSource: (ctx, id) => ctx.loaders.evidenceSourceByIdLoader.load(id),
  EvidenceStatistic: (ctx, id) => ctx.loaders.statisticByIdLoader.load(id),
  AssumptionSet: (ctx, id) => ctx.loaders.assumptionSetByIdLoader.load(id),
  MetricObservation: (ctx, id) => ctx.loaders.metricByIdLoader.load(id),
  ApiKey: (ctx, id) => ctx.loaders.apiKeyByIdLoader.load(id),
  Scenario: (ctx, id) => ctx.loaders.scenarioByIdLoader.load(id),
  ScenarioAddition: (ctx, id) => ctx.loaders.scenarioAdditionByIdLoader.load(id),
};

async function fetchNode(ctx: Context, globalId: string, field: string): Promise<object | null> {
  const parsed = parseGlobalId(globalId);
  if (!parsed) throw badInput(field, `"${String(globalId).slice(0, 60)}" is not a valid id.`);
  const fetch = FETCHERS[parsed.type];
  return fetch ? fetch(ctx, parsed.id) : null;
}

@Resolver()
export class NodeResolver {
  @Query(() => NodeInterface, { nullable: true, description: 'Any object by its global id; null if it does not exist or is not yours to see.' })
  node(@Ctx() ctx: Context, @Arg('id', () => ID, { description: 'A global id.' }) id: string): Promise<object | null> {
    requireViewer(ctx.viewer);
    return fetchNode(ctx, id, 'id');
  }

  @Query(() => [NodeInterface], { nullable: 'items', description: `Several objects by global id, in the order given (null where not found); at most ${MAX_PAGE_SIZE}.` })
  nodes(
    @Ctx() ctx: Context,
    @Arg('ids', () => [ID], { description: 'Global ids.' }) ids: string[],
  ): Promise<(object | null)[]> {
    requireViewer(ctx.viewer);
    if (ids.length > MAX_PAGE_SIZE) throw badInput('ids', `At most ${MAX_PAGE_SIZE} ids can be fetched at once.`);
    return Promise.all(ids.map((id, i) => fetchNode(ctx, id, `ids.${i}`)));
  }
}
