import type { EntityManager } from '@mikro-orm/core';

/** Case-insensitive "contains": PostgreSQL needs ILIKE; SQLite's LIKE already ignores ASCII case. */
export function containsInsensitive(em: EntityManager, term: string): { $ilike: string } | { $like: string } {
  const pattern = `%${term.replace(/[%_\\]/g, '')}%`;
  return em.getPlatform().constructor.name.toLowerCase().includes('sqlite') ? { $like: pattern } : { $ilike: pattern };
}
