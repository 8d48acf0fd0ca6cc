import { ArgsType, Field, Int, ObjectType, type ClassType } from 'type-graphql';
import { Max, Min, MaxLength } from 'class-validator';
import type { EntityManager, EntityName, FilterQuery } from '@mikro-orm/core';
import { badInput } from './errors';
import type { SqlEntityManager } from '@mikro-orm/knex';
import { leanShape } from './lean-read';
import { selectionOf, type Selection } from './selection';
import { isSqlite, selectTable } from './lean-sql';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

@ObjectType({ description: 'Where a page sits in the whole list (Relay cursor connections).' })
export class PageInfo {
  @Field({ description: 'True when more items follow this page.' })
  hasNextPage!: boolean;

  @Field({ description: 'True when items precede this page.' })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor of the first item of the page.' })
  startCursor!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Cursor of the last item of the page; pass it as `after` for the next page.',
  })
  endCursor!: string | null;
}

@ArgsType()
export class PageArgs {
  @Field(() => Int, {
    nullable: true,
    description: `Items from the start (or after \`after\`); default ${DEFAULT_PAGE_SIZE}, at most ${MAX_PAGE_SIZE}.`,
  })
  @Min(0)
  @Max(MAX_PAGE_SIZE, { message: `at most ${MAX_PAGE_SIZE} items can be requested per page` })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'Cursor after which the page starts (an `endCursor`).' })
  @MaxLength(500)
  after?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: `Items from the end (or before \`before\`); at most ${MAX_PAGE_SIZE}.`,
  })
  @Min(0)
  @Max(MAX_PAGE_SIZE, { message: `at most ${MAX_PAGE_SIZE} items can be requested per page` })
  last?: number | null;

  @Field(() => String, { nullable: true, description: 'Cursor before which the page ends (a `startCursor`).' })
  @MaxLength(500)
  before?: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}
export interface ConnectionResult<T> {
  edges: Edge<T>[];
  nodes: T[];
  pageInfo: PageInfo;
  /** A promise when counting costs a query: toConnection counts only when the field is read. */
  readonly totalCount: number | Promise<number>;
}

/** Declares `<Name>Edge` and `<Name>Connection` for a node type. */
export function Connection<T extends object>(nodeType: ClassType<T>, name: string, what: string) {
  @ObjectType(`${name}Edge`, { description: `One ${what} in a page, with its cursor.` })
  class EdgeType {
    @Field({ description: 'Opaque cursor of this item, for `after`/`before`.' })
    cursor!: string;

    @Field(() => nodeType, { description: `The ${what}.` })
    node!: T;
  }

  @ObjectType(`${name}Connection`, { description: `A page of ${what}s in a stable order (keyset pagination).` })
  class ConnectionType {
    @Field(() => [EdgeType], { description: 'The items of the page with their cursors.' })
    edges!: EdgeType[];

    @Field(() => [nodeType], { description: 'The items of the page, without cursors.' })
    nodes!: T[];

    @Field(() => PageInfo, { description: 'Cursors and whether more pages exist.' })
    pageInfo!: PageInfo;

    // Counted only when asked for, so its value may be a promise: it keeps a resolver, which awaits it
    // (a field without one is read as it is; src/app/schema.ts).
    @Field(() => Int, { description: 'Number of items in the whole filtered list, across all pages.', simple: false })
    totalCount!: number;
  }
  return ConnectionType;
}

export type SortValue = string | number;
export interface SortSpec {
  field: string;
  direction: 'ASC' | 'DESC';
}

export function encodeCursor(values: SortValue[]): string {
  return Buffer.from(JSON.stringify(values), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string, field: string): [SortValue, number] {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(parsed) &&
      parsed.length === 2 &&
      ['string', 'number'].includes(typeof parsed[0]) &&
      Number.isSafeInteger(parsed[1])
    ) {
      return [parsed[0] as SortValue, parsed[1] as number];
    }
  } catch {
    // fall through to the error below
  }
  throw badInput(field, 'Not a cursor of this list: pass an endCursor or startCursor from a previous page.');
}

export interface PageWindow {
  limit: number;
  backward: boolean;
  cursor: [SortValue, number] | null;
}

export function pageWindow(args: PageArgs): PageWindow {
  if (args.first != null && args.last != null) throw badInput('first', 'Pass either first or last, not both.');
  if (args.after != null && args.before != null) throw badInput('after', 'Pass either after or before, not both.');
  const backward = args.last != null || args.before != null;
  const limit = (backward ? args.last : args.first) ?? DEFAULT_PAGE_SIZE;
  const cursorArg = backward ? args.before : args.after;
  return { limit, backward, cursor: cursorArg ? decodeCursor(cursorArg, backward ? 'before' : 'after') : null };
}

function sortValueOf(entity: object, field: string): SortValue {
  const v = (entity as Record<string, unknown>)[field];
  return typeof v === 'number' ? v : String(v);
}

interface KeysetQuery<E extends { id: number }> {
  window: PageWindow;
  where: () => FilterQuery<E>;
  page: FilterQuery<E>;
  orderBy: never;
}

/**
 * Keyset pagination over one entity: order by (field, id) so the order is total and stable,
 * and continue strictly after the cursor's (value, id) — no OFFSET, so pages never shift.
 */
function keysetQuery<E extends { id: number }>(
  whereOf: FilterQuery<E> | (() => FilterQuery<E>),
  sort: SortSpec,
  args: PageArgs,
) {
  const where = (): FilterQuery<E> => (typeof whereOf === 'function' ? whereOf() : whereOf);
  const window = pageWindow(args);
  const asc = (sort.direction === 'ASC') !== window.backward;
  const op = asc ? '$gt' : '$lt';
  const conditions: FilterQuery<E>[] = [where()];
  if (window.cursor) {
    const [value, id] = window.cursor;
    const keyset =
      sort.field === 'id'
        ? { id: { [op]: id } }
        : { $or: [{ [sort.field]: { [op]: value } }, { [sort.field]: value, id: { [op]: id } }] };
    conditions.push(keyset as FilterQuery<E>);
  }
  const dir = asc ? 'ASC' : 'DESC';
  const orderBy = (sort.field === 'id' ? { id: dir } : { [sort.field]: dir, id: dir }) as never;
  return { window, where, page: { $and: conditions } as FilterQuery<E>, orderBy } satisfies KeysetQuery<E>;
}

/** Keyset pagination (see keysetQuery) through the unit of work: managed entities, for lists whose nodes need them. */
export async function paginate<E extends { id: number }>(
  em: EntityManager,
  entity: EntityName<E>,
  /** A function when the condition holds raw SQL fragments, which can serve one query each. */
  whereOf: FilterQuery<E> | (() => FilterQuery<E>),
  sort: SortSpec,
  args: PageArgs,
): Promise<ConnectionResult<E>> {
  const { window, where, page, orderBy } = keysetQuery(whereOf, sort, args);
  const rows = window.limit === 0 ? [] : await em.find(entity, page, { orderBy, limit: window.limit + 1 });
  return toConnection(
    rows,
    window,
    () => em.count(entity, where()),
    (node) => [sortValueOf(node, sort.field), node.id],
  );
}

/** SQL built for pages of plain-data conditions, by dialect and condition (bounded: cleared when full). */
const builtQueries = new Map<string, { sql: string; params: never[] }>();
const BUILT_QUERIES = 1_000;

/**
 * The same page as lean objects (src/core/lean-read.ts): the ORM only builds the SQL, which runs as a
 * reused prepared statement and maps straight to objects. For read-only lists whose field resolvers
 * need no collection or managed state. Given `properties` (LeanShape.propertiesRead), only those
 * columns are read, with the sort field.
 */
export async function paginateLean<E extends { id: number }>(
  em: EntityManager,
  entity: abstract new (...args: never[]) => E,
  whereOf: FilterQuery<E> | (() => FilterQuery<E>),
  sort: SortSpec,
  args: PageArgs,
  properties: readonly string[] | null = null,
): Promise<ConnectionResult<E>> {
  const { window, where, page, orderBy } = keysetQuery(whereOf, sort, args);
  let rows: E[] = [];
  if (window.limit > 0) {
    const shape = leanShape(em, entity);
    const read = properties ? [...new Set([...properties, 'id', sort.field])] : null;
    // A condition without raw SQL fragments is plain data: the same page asked again reuses its SQL.
    const key =
      typeof whereOf === 'function'
        ? null
        : JSON.stringify([isSqlite(em), shape.table, page, orderBy, window.limit, read]);
    let query = key === null ? undefined : builtQueries.get(key);
    if (!query) {
      const qb = (em as SqlEntityManager)
        .createQueryBuilder(entity as EntityName<E>, 't')
        .select(read ?? '*')
        .where(page)
        .orderBy(orderBy)
        .limit(window.limit + 1);
      const { sql, params } = qb.toQuery();
      query = { sql, params: params as never[] };
      if (key !== null) {
        if (builtQueries.size >= BUILT_QUERIES) builtQueries.clear();
        builtQueries.set(key, query);
      }
    }
    const table = await selectTable(em, query.sql, query.params, { native: true });
    const toObject = shape.reader(table.columns, undefined, read !== null);
    rows = table.rows.map((r) => toObject(r) as E);
  }
  return toConnection(
    rows,
    window,
    () => em.count(entity as EntityName<E>, where()),
    (node) => [sortValueOf(node, sort.field), node.id],
  );
}

/**
 * The one way a list becomes a connection: `rows` were fetched in page order with one row beyond the
 * window (limit + 1) to tell whether more follow; `cursorOf` gives a row's keyset (sort value, id).
 */
export function toConnection<E>(
  rows: E[],
  window: PageWindow,
  /** A number, or a function that counts (a query), called only if totalCount is asked for. */
  totalCount: number | (() => Promise<number>),
  cursorOf: (node: E) => [SortValue, number],
): ConnectionResult<E> {
  const { limit, backward, cursor } = window;
  const more = rows.length > limit;
  const page = rows.slice(0, limit);
  if (backward) page.reverse();
  // Cursors are made when asked for: a page read through `nodes` needs none.
  let edges: { node: E; cursor: string }[] | undefined;
  const cursorAt = (i: number) => (page.length ? encodeCursor(cursorOf(page[i])) : null);
  let counted: Promise<number> | undefined;
  return {
    get edges() {
      return (edges ??= page.map((node) => ({ node, cursor: encodeCursor(cursorOf(node)) })));
    },
    nodes: page,
    get totalCount() {
      return typeof totalCount === 'number' ? totalCount : (counted ??= totalCount());
    },
    pageInfo: {
      hasNextPage: backward ? cursor !== null : more,
      hasPreviousPage: backward ? more : cursor !== null,
      get startCursor() {
        return cursorAt(0);
      },
      get endCursor() {
        return cursorAt(page.length - 1);
      },
    },
  };
}

/**
 * What a query selects on a connection's nodes, under `nodes` and `edges { node }` together
 * (src/core/selection.ts); null when either is not one object type.
 */
export function nodesSelectionOf(info: Parameters<typeof selectionOf>[0]): Selection | null {
  const a = selectionOf(info, ['nodes']);
  const b = selectionOf(info, ['edges', 'node']);
  if (!a || !b) return null;
  let byB = merged.get(a);
  if (!byB) merged.set(a, (byB = new WeakMap()));
  let both = byB.get(b);
  if (!both) {
    const merge = (x: readonly string[], y: readonly string[]) => [...new Set([...x, ...y])].sort();
    byB.set(b, (both = { plain: merge(a.plain, b.plain), resolved: merge(a.resolved, b.resolved) }));
  }
  return both;
}
// The same selections give the same object, so what is worked out from it is kept (LeanShape.propertiesRead).
const merged = new WeakMap<Selection, WeakMap<Selection, Selection>>();
