/** What an API key may do; each role includes the ones before it (see rank). Registered for GraphQL in modules/common/enums.ts. */
export enum Role {
  VIEWER = 'VIEWER',
  PLANNER = 'PLANNER',
  INSTITUTION_ADMIN = 'INSTITUTION_ADMIN',
  PLATFORM_ADMIN = 'PLATFORM_ADMIN',
}

const RANK: Record<Role, number> = { VIEWER: 1, PLANNER: 2, INSTITUTION_ADMIN: 3, PLATFORM_ADMIN: 4 };

export function hasRole(role: Role, atLeast: Role): boolean {
  return RANK[role] >= RANK[atLeast];
}
