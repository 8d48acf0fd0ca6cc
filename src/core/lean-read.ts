import { ReferenceKind, type EntityManager, type EntityMetadata } from '@mikro-orm/core';
import { selectTable } from './lean-sql';
import type { Selection } from './selection';

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
  /**
   * The select list, `"alias"."column"` for every persisted scalar and many-to-one (or, given
   * `properties`, for those only); with a prefix, each `as "<prefix>column"`.
   */
  columns(alias: string, prefix?: string, properties?: readonly string[] | null): string;
  /** The column of a property (a many-to-one's foreign key). */
  column(property: string): string;
  /**
   * Maps rows of a result with these column names to objects; with a prefix, from the columns
   * selected with it (after a left join, check the object's id for null). Worked out once per column
   * list. A column missing from the result is an error, unless `partial`: then the objects have only
   * the columns read, and reading any other property throws (never a silent undefined).
   */
  reader(columns: string[], prefix?: string, partial?: boolean): (row: unknown[]) => object;
  /**
   * The properties a selection reads (src/core/selection.ts): id, each plain field's own column, and
   * what `reads` declares for each field with a resolver. Null — read every column — when the
   * selection is unknown, or names a field that is no column and declares nothing.
   */
  propertiesRead(selection: Selection | null, reads: FieldReads): string[] | null;
}

/**
 * What each field with a resolver reads of its object, declared beside the loader that reads it,
 * e.g. `{ baseline: ['annualProspects', …], embeddedCredentials: [] }` (only the id, always read).
 */
export type FieldReads = Readonly<Record<string, readonly string[]>>;

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
  const byProperty = new Map(columns.map((c) => [c.property, c]));
  const readers = new Map<string, (row: unknown[]) => object>();
  const propertiesKnown = new WeakMap<Selection, WeakMap<FieldReads, string[] | null>>();
  const shape: LeanShape = {
    table: meta.tableName,
    columns: (alias, prefix, properties) =>
      (properties ? properties.map((p) => columnOf(p)) : columns)
        .map((c) => `"${alias}"."${c.field}"${prefix ? ` as "${prefix}${c.field}"` : ''}`)
        .join(', '),
    column: (property) => columnOf(property).field,
    reader: (names, prefix = '', partial = false) => {
      const key = `${prefix}|${partial}|${names.join(',')}`;
      let read = readers.get(key);
      if (!read) {
        const at = columns.map((c) => ({ ...c, index: names.indexOf(prefix + c.field) }));
        const missing = at.filter((c) => c.index < 0);
        if (missing.length && !partial) {
          throw new Error(`${meta.className}: the result has no column ${prefix}${missing[0].field}`);
        }
        const present = at.filter((c) => c.index >= 0);
        const proto = missing.length ? unreadGuard(prototype, meta.className, missing) : prototype;
        read = (row) => {
          const out: Record<string, unknown> = {};
          for (const c of present) out[c.property] = c.convert(row[c.index]);
          // Own data properties, so the prototype's ORM accessors are never invoked.
          return Object.setPrototypeOf(out, proto) as object;
        };
        readers.set(key, read);
      }
      return read;
    },
    propertiesRead: (selection, reads) => {
      if (!selection) return null;
      // Asked per parent object with the same selection (one per field of a document): worked out once.
      let byReads = propertiesKnown.get(selection);
      if (!byReads) propertiesKnown.set(selection, (byReads = new WeakMap()));
      let found = byReads.get(reads);
      if (found === undefined) byReads.set(reads, (found = propertiesOf(selection, reads)));
      return found;
    },
  };
  function propertiesOf(selection: Selection, reads: FieldReads): string[] | null {
    const read = new Set(['id']);
    for (const field of selection.plain) {
      if (!byProperty.has(field)) return null;
      read.add(field);
    }
    for (const field of selection.resolved) {
      if (field === 'id') continue; // a Node's global id, made from the id (always read)
      const declared = reads[field];
      if (!declared) return null;
      for (const p of declared) read.add(columnOf(p).property);
    }
    return [...read].sort();
  }
  function columnOf(property: string): Column {
    const found = byProperty.get(property);
    if (!found) throw new Error(`${meta.className} has no column for ${property}`);
    return found;
  }
  shapes.set(entity, shape);
  return shape;
}

/**
 * A prototype over the entity's for objects that lack some columns: reading one of those is a bug
 * (a field resolver that reads more than its FieldReads declare), so it throws instead of answering
 * undefined.
 */
function unreadGuard(prototype: object, className: string, missing: readonly Column[]): object {
  const guards: PropertyDescriptorMap = {};
  for (const c of missing) {
    guards[c.property] = {
      get() {
        throw new Error(`${className}.${c.property} was not read: declare it in the FieldReads of its loader`);
      },
    };
  }
  return Object.create(prototype, guards) as object;
}

/**
 * `select <columns> from <table> t <tail>` with `?` placeholders, as lean objects of the entity:
 * every column, or only `properties` (with id; see propertiesRead). The tail is fixed SQL text
 * (conditions, order, limit) so its statement is prepared once and reused.
 */
export async function leanFind<E extends object>(
  em: EntityManager,
  entity: EntityClass<E>,
  tail: string,
  params: (string | number | boolean | null)[],
  properties: readonly string[] | null = null,
): Promise<E[]> {
  const shape = leanShape(em, entity);
  const wanted = properties && [...new Set(['id', ...properties])].sort();
  const { columns, rows } = await selectTable(
    em,
    `select ${shape.columns('t', undefined, wanted)} from "${shape.table}" t ${tail}`,
    params,
  );
  const read = shape.reader(columns, undefined, properties !== null);
  return rows.map((r) => read(r) as E);
}
