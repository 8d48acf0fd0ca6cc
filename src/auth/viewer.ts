import { forbidden, unauthenticated } from '../core/errors';
import { hasRole, Role } from './role';

/** Who is calling: resolved from the API key once per request. */
export interface Viewer {
  role: Role;
  /** null only for the platform admin, who belongs to no institution. */
  institutionId: number | null;
  keyId: number | null;
}

/** An institution's key: what write paths work with. */
export type InstitutionViewer = Viewer & { institutionId: number };

declare module '../core/context' {
  interface Context {
    /** null for an anonymous request; resolvers that need a key call requireViewer. */
    viewer: Viewer | null;
  }
}

export function requireViewer(viewer: Viewer | null): Viewer {
  if (!viewer) throw unauthenticated();
  return viewer;
}

export function isPlatformAdmin(viewer: Viewer): boolean {
  return viewer.role === Role.PLATFORM_ADMIN;
}

/** An institution key with at least `role`; the platform admin, who has no institution, never passes. */
export function requireRole(viewer: Viewer | null, role: Role, what: string): InstitutionViewer {
  const v = requireViewer(viewer);
  if (v.institutionId === null || !hasRole(v.role, role)) {
    throw forbidden(`${what} needs an institution key with the ${role} role or higher.`);
  }
  return v as InstitutionViewer;
}

export function requirePlatformAdmin(viewer: Viewer | null, what: string): Viewer {
  const v = requireViewer(viewer);
  if (!isPlatformAdmin(v)) throw forbidden(`${what} needs the platform admin key.`);
  return v;
}
