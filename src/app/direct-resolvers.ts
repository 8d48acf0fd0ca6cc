import { isObjectType, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';
import { getMetadataStorage } from 'type-graphql';

type Storage = ReturnType<typeof getMetadataStorage>;
type FieldResolverMeta = Storage['fieldResolvers'][number];
type Param = NonNullable<FieldResolverMeta['params']>[number];
type Resolver = GraphQLFieldResolver<unknown, unknown>;

/**
 * Field resolvers that take only @Root, @Ctx and @Info are called directly, not through
 * type-graphql's generic wrapper, which builds a resolver-data object, looks the resolver class up
 * in its container, runs an empty middleware chain and sorts and maps the parameters — on every
 * call, once per field per row (docs/PERFORMANCE.md). What the wrapper would do differently is kept:
 * a root that is not of its declared class still goes through it (type-graphql converts such roots),
 * and so does every resolver with arguments (they are converted and validated), a middleware, roles
 * or a parameter naming a property. There are no middlewares or auth checker (src/app/schema.ts).
 */
export function callFieldResolversDirectly(schema: GraphQLSchema): void {
  const storage = getMetadataStorage();
  const instances = new Map<unknown, Record<string, unknown>>();
  for (const type of storage.objectTypes) {
    const gqlType = schema.getType(type.name);
    if (!isObjectType(gqlType)) continue;
    const interfaces = storage.interfaceTypes.filter((i) => type.interfaceClasses?.includes(i.target));
    const fields = [...(type.fields ?? []), ...interfaces.flatMap((i) => i.fields ?? [])];
    for (const field of fields) {
      const resolver = storage.fieldResolvers.find(
        (r) => r.kind === 'external' && r.getObjectType?.() === field.target && r.methodName === field.name,
      );
      const served = gqlType.getFields()[field.schemaName];
      if (!resolver || !served?.resolve) continue;
      let instance = instances.get(resolver.target);
      if (!instance) {
        instance = new (resolver.target as new () => Record<string, unknown>)();
        instances.set(resolver.target, instance);
      }
      const fast = directCall(resolver, instance, served.resolve);
      if (fast) {
        direct.add(fast);
        served.resolve = fast;
      }
    }
  }
}

const direct = new WeakSet<Resolver>();

/** Whether a field's resolver is one of those called directly. */
export function isDirect(resolve: Resolver | undefined): boolean {
  return resolve !== undefined && direct.has(resolve);
}

function directCall(meta: FieldResolverMeta, instance: Record<string, unknown>, wrapped: Resolver): Resolver | null {
  const params: Param[] = [...(meta.params ?? [])].sort((a, b) => a.index - b.index);
  const simple = params.every(
    (p) => (p.kind === 'root' || p.kind === 'context' || p.kind === 'info') && !('propertyName' in p && p.propertyName),
  );
  if (!simple || meta.middlewares?.length || meta.roles?.length) return null;
  const method = instance[meta.methodName];
  if (typeof method !== 'function') return null;
  const root = params.find((p) => p.kind === 'root');
  const declared = root && 'getType' in root && root.getType ? (root.getType() as unknown) : undefined;
  if (declared !== undefined && typeof declared !== 'function') return null; // a scalar root: leave it be
  const rootClass = declared as (abstract new (...a: never[]) => unknown) | undefined;
  const call = method as (...args: unknown[]) => unknown;
  const kinds = params.map((p) => p.kind);
  return (source, args, context, info) => {
    if (rootClass && source !== null && source !== undefined && !(source instanceof rootClass)) {
      return wrapped(source, args, context, info);
    }
    return call.apply(
      instance,
      kinds.map((k) => (k === 'root' ? source : k === 'context' ? context : info)),
    );
  };
}
