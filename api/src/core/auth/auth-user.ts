import { AGGREGATE_ONLY, type Role } from './roles.js';

/** The signed-in user as every request sees it: who, what they may do, and where. */
export interface AuthUser {
  id: string;
  email: string;
  roles: Role[];
  localAuthorityIds: string[];
}

export function hasAnyRole(user: AuthUser, roles: readonly Role[]): boolean {
  return roles.some((role) => user.roles.includes(role));
}

/** Whether every role the user holds is aggregate-only: what they read is narrowed to figures (published reports, say). */
export function isAggregateOnly(user: AuthUser): boolean {
  return user.roles.every((role) => AGGREGATE_ONLY.includes(role));
}
