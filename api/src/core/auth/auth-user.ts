import type { Role } from './roles.js';

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
