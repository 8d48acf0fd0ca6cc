import {
  getNamedType,
  isObjectType,
  Kind,
  type FieldNode,
  type GraphQLObjectType,
  type GraphQLResolveInfo,
  type SelectionSetNode,
} from 'graphql';

/**
 * What a query selects on the object a resolver returns, so a lean read can fetch only the columns
 * behind it (src/core/lean-read.ts, docs/PERFORMANCE.md). Told apart by the schema itself: a plain
 * field has no resolver and is its object's property of the same name; any other field has a
 * resolver that may read anything, and says what it reads where its loader is declared.
 */
export interface Selection {
  /** Fields read straight off the object's property of the same name. */
  plain: readonly string[];
  /** Fields with a resolver of their own. */
  resolved: readonly string[];
}

type Info = Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments' | 'returnType'>;

const known = new WeakMap<readonly FieldNode[], Map<string, Selection | null>>();

/**
 * The selection on the object at `path` below the resolver's field (`['nodes']` for a connection's
 * nodes), across fragments and inline fragments; `@skip`/`@include` are ignored, which only ever adds
 * fields. Null when the value there is not of one object type (an interface or a union): read it all.
 * Worked out once per field of a document.
 */
export function selectionOf(info: Info, path: readonly string[] = []): Selection | null {
  let byPath = known.get(info.fieldNodes);
  if (!byPath) known.set(info.fieldNodes, (byPath = new Map<string, Selection | null>()));
  const key = path.join('.');
  if (byPath.has(key)) return byPath.get(key) ?? null;
  const found = work(info, path);
  byPath.set(key, found);
  return found;
}

function work(info: Info, path: readonly string[]): Selection | null {
  let type = getNamedType(info.returnType);
  let sets = info.fieldNodes.map((n) => n.selectionSet).filter((s): s is SelectionSetNode => !!s);
  for (const name of path) {
    if (!isObjectType(type)) return null;
    const field = type.getFields()[name];
    if (!field) return null;
    type = getNamedType(field.type);
    sets = fieldsOf(sets, info)
      .filter((f) => f.name.value === name)
      .map((f) => f.selectionSet)
      .filter((s): s is SelectionSetNode => !!s);
  }
  if (!isObjectType(type)) return null;
  return split(type, new Set(fieldsOf(sets, info).map((f) => f.name.value)));
}

function split(type: GraphQLObjectType, names: Set<string>): Selection {
  const fields = type.getFields();
  const plain: string[] = [];
  const resolved: string[] = [];
  for (const name of [...names].sort()) {
    if (name === '__typename') continue;
    // A name the type does not have (never, after validation) counts as resolved: it reads all.
    if (fields[name] && !fields[name].resolve) plain.push(name);
    else resolved.push(name);
  }
  return { plain, resolved };
}

/** The field nodes of selection sets, fragments spread in (each fragment once). */
function fieldsOf(sets: readonly SelectionSetNode[], info: Info, seen = new Set<string>()): FieldNode[] {
  const out: FieldNode[] = [];
  for (const set of sets) {
    for (const s of set.selections) {
      if (s.kind === Kind.FIELD) out.push(s);
      else if (s.kind === Kind.INLINE_FRAGMENT) out.push(...fieldsOf([s.selectionSet], info, seen));
      else if (!seen.has(s.name.value)) {
        seen.add(s.name.value);
        const fragment = info.fragments[s.name.value];
        if (fragment) out.push(...fieldsOf([fragment.selectionSet], info, seen));
      }
    }
  }
  return out;
}
