import { Field, ID, InterfaceType } from 'type-graphql';

/** Entity class name → GraphQL type name; every Node entity is registered here by its module. */
const typeNameByEntity = new Map<string, string>();

export function registerNodeEntity(entityName: string, typeName: string): void {
  typeNameByEntity.set(entityName, typeName);
}

@InterfaceType('Node', {
  description: 'An object with a globally unique, opaque id, fetchable with `node(id:)` and `nodes(ids:)`.',
  resolveType: (value: object) => typeNameByEntity.get(value.constructor.name),
})
export abstract class NodeInterface {
  @Field(() => ID, { description: 'Opaque global id. Do not parse it; it may change format.' })
  id!: string;
}
