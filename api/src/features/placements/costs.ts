import type { MiddlewareFn } from 'type-graphql';
import type { AuthUser } from '../../core/auth/auth-user.js';
import { Role } from '../../core/auth/roles.js';
import type { Context } from '../../core/graphql/context.js';

/** Auditors read placements to check quality, not what they cost; a commissioner who also audits sees costs. */
export function mayReadCosts(user: AuthUser | null): boolean {
  return !!user && (!user.roles.includes(Role.AUDITOR) || user.roles.includes(Role.COMMISSIONER));
}

/**
 * A cost reads as null to those who may not see it, rather than failing the whole query: lists and
 * exports then work for an auditor with the costs simply absent.
 */
export const CostsHiddenFromAuditors: MiddlewareFn<Context> = async ({ context }, next) => {
  const value: unknown = await next();
  return mayReadCosts(context.user) ? value : null;
};
