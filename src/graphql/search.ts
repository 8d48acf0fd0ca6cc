import type { EntityManager } from '@mikro-orm/core';

/**
 * Case-insensitive "contains": PostgreSQL needs ILIKE; SQLite's LIKE already ignores ASCII case.
 * LIKE's own wildcards in the term (%, _) and the escape character become "any one character":
 * SQLite's LIKE has no default escape, and a match that is slightly wide beats a missed one.
 */
export function containsInsensitive(em: EntityManager, term: string): { $ilike: string } | { $like: string } {
  const pattern = `%${term.replace(/[%_\\]/g, '_')}%`;
  return em.getPlatform().constructor.name.toLowerCase().includes('sqlite') ? { $like: pattern } : { $ilike: pattern };
}
