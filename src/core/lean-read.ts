import { ReferenceKind, type EntityManager, type EntityMetadata } from '@mikro-orm/core';
import { selectTable } from './lean-sql';

/**
 * Lean reads for the read path (docs/PERFORMANCE.md): rows mapped straight to objects of the entity's
 * shape — scalars converted, a many-to-one as `{ id }` like an unloaded reference — without the
 * unit of work, the identity map or hydration. They carry the entity's prototype, so a Node's type is
 * still told by its class, but they are NOT managed: never persist, assign or flush them. Writes load
 * their entities through the EntityManager (src/core/versioning.ts).
 */

type Convert = (value: unknown) => unknown;
type EntityClass<E extends object> = abstract new (...args: never[]) => E;

interface Column {
  field: string;
  property: string;
  convert: Convert;
}

export interface LeanShape {
  table: string;
  /** The select list, `"alias"."column"` for every persisted scalar and many-to-one; with a prefix, each `as "<prefix>column"`. */
  columns(alias: string, prefix?: string): string;
  /** The column of a property (a many-to-one's foreign key). */
  column(property: string): string;
  /**
   * Maps rows of a result with these column names to objects; with a prefix, from the columns
   * selected with it (after a left join, check the object's id for null). Worked out once per column list.
   */
  reader(columns: string[], prefix?: string): (row: unknown[]) => object;
}

const asIs: Convert = (v) => v;
const toBoolean: Convert = (v) => (v === null || v === undefined ? null : Boolean(v));
// SQLite keeps dates as epoch milliseconds, PostgreSQL's driver returns Date objects.
const toDate: Convert = (v) => (v === null || v === undefined ? null : v instanceof Date ? v : new Date(v as number));
const toJson: Convert = (v) => (typeof v === 'string' ? (JSON.parse(v) as unknown) : v);
const toReference: Convert = (v) => (v === null || v === undefined ? null : { id: Number(v) });

function converterFor(prop: EntityMetadata['props'][number]): Convert {
  if (prop.kind === ReferenceKind.MANY_TO_ONE) return toReference;
  const type = String(prop.type).toLowerCase();
  if (prop.runtimeType === 'boolean' || type === 'boolean') return toBoolean;
  if (prop.runtimeType === 'Date' || type === 'date' || type === 'datetime') return toDate;
  if (type === 'json' || type === 'jsontype') return toJson;
  return asIs;
}

const shapes = new WeakMap<object, LeanShape>();

/** How rows of an entity's table become lean objects; worked out once per entity from the ORM's metadata. */
export function leanShape(em: EntityManager, entity: EntityClass<object>): LeanShape {
  const known = shapes.get(entity);
  if (known) return known;
  const meta = em.getMetadata().get(entity);
  const columns: Column[] = [];
  for (const prop of meta.props) {
    if (prop.persist === false || prop.formula || prop.lazy) continue;
    if (prop.kind !== ReferenceKind.SCALAR && prop.kind !== ReferenceKind.MANY_TO_ONE) continue;
    if (prop.fieldNames?.length !== 1) continue;
    columns.push({ field: prop.fieldNames[0], property: prop.name, convert: converterFor(prop) });
  }
  const prototype = entity.prototype as object;
  const readers = new Map<string, (row: unknown[]) => object>();
  const shape: LeanShape = {
    table: meta.tableName,
    columns: (alias, prefix) =>
      columns.map((c) => `"${alias}"."${c.field}"${prefix ? ` as "${prefix}${c.field}"` : ''}`).join(', '),
    column: (property) => {
      const found = columns.find((c) => c.property === property);
      if (!found) throw new Error(`${meta.className} has no column for ${property}`);
      return found.field;
    },
    reader: (names, prefix = '') => {
      const key = `${prefix}|${names.join(',')}`;
      let read = readers.get(key);
      if (!read) {
        const at = columns.map((c) => ({ ...c, index: names.indexOf(prefix + c.field) }));
        const missing = at.find((c) => c.index < 0);
        if (missing) throw new Error(`${meta.className}: the result has no column ${prefix}${missing.field}`);
        read = (row) => {
          const out: Record<string, unknown> = {};
          for (const c of at) out[c.property] = c.convert(row[c.index]);
          // Own data properties, so the prototype's ORM accessors are never invoked.
          return Object.setPrototypeOf(out, prototype) as object;
        };
        readers.set(key, read);
      }
      return read;
    },
  };
  shapes.set(entity, shape);
  return shape;
}

/**
 * `select <every column> from <table> t <tail>` with `?` placeholders, as lean objects of the entity.
 * The tail is fixed SQL text (conditions, order, limit) so its statement is prepared once and reused.
 */
export async function leanFind<E extends object>(
  em: EntityManager,
  entity: EntityClass<E>,
  tail: string,
  params: (string | number | boolean | null)[],
): Promise<E[]> {
  const shape = leanShape(em, entity);
  const { columns, rows } = await selectTable(
    em,
    `select ${shape.columns('t')} from "${shape.table}" t ${tail}`,
    params,
  );
  const read = shape.reader(columns);
  return rows.map((r) => read(r) as E);
}
