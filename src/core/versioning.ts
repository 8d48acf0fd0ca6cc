import { LockMode, type EntityClass, type EntityManager, type FilterQuery, type FindOneOptions } from '@mikro-orm/core';
import { conflict } from './errors';

/** Optimistic lock: a write that names the version it read is refused once someone else changed the row. */
export function checkVersion(actual: number, expected: number | null | undefined, what: string): void {
  if (expected != null && expected !== actual) throw conflict(`${what} (version ${expected}; now ${actual})`);
}

/**
 * Lock, then find: a row lock first (PostgreSQL; SQLite serializes writers anyway), so concurrent
 * writes to one row run one after another on fresh data — an update without expectedVersion is never
 * refused, and rules that read other rows (the credit cap) hold. null when `where` excludes it.
 */
export async function findForWrite<E extends object, P extends string = never>(
  em: EntityManager,
  entity: EntityClass<E>,
  id: number,
  where: FilterQuery<E>,
  options?: FindOneOptions<E, P>,
) {
  await em.lock(em.getReference(entity, id as never), LockMode.PESSIMISTIC_WRITE);
  return em.findOne(entity, { $and: [{ id }, where] } as FilterQuery<E>, options);
}
