import { Field, ID, InterfaceType } from 'type-graphql';
import type { Loaders } from './context';

/**
 * A Node type, declared once by its module (in its `*.loaders.ts`): the entity behind it, the name its
 * global ids carry, the GraphQL type that shows it, and the tenant-scoped loader that fetches it. The
 * wiring registers every module's definitions (src/app/nodes.ts); `node(id)`, `nodes(ids)`, the `id`
 * field and the interface's type resolution all read this one registry.
 */
export interface NodeDefinition<E extends { id: number } = { id: number }> {
  /** The type named in global ids, e.g. "DegreeProgram". */
  idType: string;
  /** The GraphQL object type that shows it; usually idType (a scenario's addition shows as a ProgramCredential). */
  graphqlType: string;
  entity: abstract new (...args: never[]) => E;
  /** Scoped to what the viewer may read, so node() can never cross a tenant. */
  load(loaders: Loaders, id: number): Promise<E | null>;
}

export function defineNode<E extends { id: number }>(def: NodeDefinition<E>): NodeDefinition {
  return def;
}

const byEntity = new Map<unknown, NodeDefinition>();
const byIdType = new Map<string, NodeDefinition>();

export function registerNodes(defs: readonly NodeDefinition[]): void {
  for (const def of defs) {
    byEntity.set(def.entity, def);
    byIdType.set(def.idType, def);
  }
}

/** The definition for an entity instance (by its class), if it is a Node. */
export function nodeDefinitionOf(value: object): NodeDefinition | undefined {
  return byEntity.get(value.constructor);
}

export function nodeDefinitionFor(idType: string): NodeDefinition | undefined {
  return byIdType.get(idType);
}

@InterfaceType('Node', {
  description: 'An object with a globally unique, opaque id, fetchable with `node(id:)` and `nodes(ids:)`.',
  resolveType: (value: object) => nodeDefinitionOf(value)?.graphqlType,
})
export abstract class NodeInterface {
  @Field(() => ID, { description: 'Opaque global id. Do not parse it; it may change format.' })
  id!: string;
}
