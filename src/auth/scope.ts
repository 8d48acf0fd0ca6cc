/**
 * Tenant scopes: the one place that says which rows a viewer may read. Each returns a filter on an
 * entity's `institution` column (or, for institutions, their id); a caller without a key, or without
 * the role, gets NOTHING. Loaders and services combine them with `$and`, or under a relation
 * (`{ program: ownScope(viewer) }`), so another tenant's rows never load.
 */
import { hasRole, Role } from './role';
import { isPlatformAdmin, type Viewer } from './viewer';

/** Matches no row (ids start at 1). */
export const NOTHING = { id: -1 } as const;

export type OwnScope = { institution?: number } | typeof NOTHING;
export type SharedOrOwnScope =
  Record<string, never> | typeof NOTHING | { $or: [{ institution: null }, { institution: number }] };

/**
 * Rows of the viewer's own institution; the platform admin reads all. With `atLeast`, a key below
 * that role reads nothing (API keys are only for key managers).
 */
export function ownScope(viewer: Viewer | null, atLeast: Role = Role.VIEWER): OwnScope {
  if (!viewer) return NOTHING;
  if (isPlatformAdmin(viewer)) return {};
  return hasRole(viewer.role, atLeast) ? { institution: viewer.institutionId! } : NOTHING;
}

/** The shared rows (institution null: the shared catalog, the global assumption sets) plus the viewer's own. */
export function sharedOrOwnScope(viewer: Viewer | null): SharedOrOwnScope {
  if (!viewer) return NOTHING;
  if (isPlatformAdmin(viewer)) return {};
  return { $or: [{ institution: null }, { institution: viewer.institutionId! }] };
}

/** Institutions themselves: the viewer's own; the platform admin reads all. */
export function institutionScope(viewer: Viewer | null): { id?: number } {
  if (!viewer) return NOTHING;
  return isPlatformAdmin(viewer) ? {} : { id: viewer.institutionId! };
}

/**
 * Any of the scopes above as a SQL condition on a table alias, for the lean reads of the read path
 * (src/core/lean-read.ts): the same rows, spelled once here beside the filters they mirror. The
 * shared-or-own condition is written as one comparison, not `is null or = ?`: SQLite plans that OR
 * as two index scans on institution_id even beside `id in (…)`, instead of reading the rows by key
 * (docs/PERFORMANCE.md).
 */
export function scopeSql(
  scope: OwnScope | SharedOrOwnScope | { id?: number },
  alias: string,
): { sql: string; params: number[] } {
  if ('$or' in scope) {
    const column = `"${alias}"."institution_id"`;
    const own = scope.$or[1].institution;
    return { sql: `coalesce(${column}, ?) = ?`, params: [own, own] };
  }
  if ('institution' in scope && scope.institution !== undefined) {
    return { sql: `"${alias}"."institution_id" = ?`, params: [scope.institution] };
  }
  if ('id' in scope && scope.id !== undefined) return { sql: `"${alias}"."id" = ?`, params: [scope.id] };
  return { sql: '1 = 1', params: [] };
}
