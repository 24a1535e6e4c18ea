import type { MiddlewareFn } from 'type-graphql';
import { hasAnyRole, type AuthUser } from '../../core/auth/auth-user.js';
import { Role } from '../../core/auth/roles.js';
import type { Context } from '../../core/graphql/context.js';

/** Auditors read placements to check plans, but what a placement costs is commissioners' business. */
export function seesCosts(user: AuthUser | null | undefined): boolean {
  if (!user) return false;
  return !user.roles.includes(Role.AUDITOR) || hasAnyRole(user, [Role.COMMISSIONER, Role.ADMIN]);
}

/** Cost fields read as null to an auditor who is not also a commissioner or admin. */
export const HideCostFromAuditors: MiddlewareFn<Context> = async ({ context }, next) => {
  const value: unknown = await next();
  return seesCosts(context.user) ? value : null;
};
