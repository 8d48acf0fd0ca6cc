import { Role } from '../modules/common/enums';
import { forbidden, unauthenticated } from '../graphql/errors';

/** Who is calling: resolved from the API key once per request. */
export interface Viewer {
  role: Role;
  /** null only for the platform admin, who belongs to no institution. */
  institutionId: number | null;
  keyId: number | null;
}

const RANK: Record<Role, number> = { VIEWER: 1, PLANNER: 2, INSTITUTION_ADMIN: 3, PLATFORM_ADMIN: 4 };

export function requireViewer(viewer: Viewer | null): Viewer {
  if (!viewer) throw unauthenticated();
  return viewer;
}

export function isPlatformAdmin(viewer: Viewer): boolean {
  return viewer.role === Role.PLATFORM_ADMIN;
}

/** Institution-scoped role check; the platform admin passes only where `allowAdmin`. */
export function requireRole(viewer: Viewer | null, role: Role, what: string): Viewer & { institutionId: number } {
  const v = requireViewer(viewer);
  if (v.institutionId === null || RANK[v.role] < RANK[role]) {
    throw forbidden(`${what} needs an institution key with the ${role} role or higher.`);
  }
  return v as Viewer & { institutionId: number };
}

export function requirePlatformAdmin(viewer: Viewer | null, what: string): Viewer {
  const v = requireViewer(viewer);
  if (!isPlatformAdmin(v)) throw forbidden(`${what} needs the platform admin key.`);
  return v;
}
