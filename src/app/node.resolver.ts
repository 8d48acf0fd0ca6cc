import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { requireViewer } from '../auth/viewer';
import { MAX_PAGE_SIZE } from '../core/connection';
import type { Context } from '../core/context';
import { badInput } from '../core/errors';
import { parseGlobalId, toGlobalId } from '../core/global-id';
import { nodeDefinitionFor, nodeDefinitionOf, NodeInterface } from '../core/node';

async function fetchNode(ctx: Context, globalId: string, field: string): Promise<object | null> {
  const parsed = parseGlobalId(globalId);
  if (!parsed) throw badInput(field, `"${String(globalId).slice(0, 60)}" is not a valid id.`);
  const def = nodeDefinitionFor(parsed.type);
  return def ? def.load(ctx.loaders, parsed.id) : null;
}

/** `node`, `nodes` and the one `id` resolver every Node type inherits, all from the Node registry. */
@Resolver(() => NodeInterface)
export class NodeResolver {
  @FieldResolver(() => ID, { description: 'Opaque global id. Do not parse it; it may change format.' })
  id(@Root() value: { id: number }): string {
    const def = nodeDefinitionOf(value);
    if (!def) throw new Error(`${value.constructor.name} is not a registered Node type`);
    return toGlobalId(def.idType, value.id);
  }

  @Query(() => NodeInterface, {
    nullable: true,
    description: 'Any object by its global id; null if it does not exist or is not yours to see.',
  })
  node(@Ctx() ctx: Context, @Arg('id', () => ID, { description: 'A global id.' }) id: string): Promise<object | null> {
    requireViewer(ctx.viewer);
    return fetchNode(ctx, id, 'id');
  }

  @Query(() => [NodeInterface], {
    nullable: 'items',
    description: `Several objects by global id, in the order given (null where not found); at most ${MAX_PAGE_SIZE}.`,
  })
  nodes(
    @Ctx() ctx: Context,
    @Arg('ids', () => [ID], { description: 'Global ids.' }) ids: string[],
  ): Promise<(object | null)[]> {
    requireViewer(ctx.viewer);
    if (ids.length > MAX_PAGE_SIZE) throw badInput('ids', `At most ${MAX_PAGE_SIZE} ids can be fetched at once.`);
    return Promise.all(ids.map((id, i) => fetchNode(ctx, id, `ids.${i}`)));
  }
}
