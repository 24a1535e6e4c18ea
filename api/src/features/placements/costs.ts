import type { MiddlewareFn } from 'type-graphql';
import type { AuthUser } from '../../core/auth/auth-user.js';
import { Role } from '../../core/auth/roles.js';
import type { Context } from '../../core/graphql/context.js';
import type { Redaction } from '../../core/graphql/resource.js';

/** Auditors read placements to check quality, not what they cost; a commissioner who also audits sees costs. */
export function mayReadCosts(user: AuthUser | null): boolean {
  return !!user && (!user.roles.includes(Role.AUDITOR) || user.roles.includes(Role.COMMISSIONER));
}

/**
 * A cost reads as null to those who may not see it, rather than failing the whole query: lists and
 * exports then work for an auditor with the costs simply absent. The same rule keeps them out of the
 * change history.
 */
export const costsHiddenFromAuditors = (fields: string[]): Redaction<unknown> => ({
  fields,
  hiddenFrom: (user) => !mayReadCosts(user),
  rule: 'auditors who are not also commissioners',
});

/** The same rule for figures that are not records (the placements highlight report). */
export const CostsHiddenFromAuditors: MiddlewareFn<Context> = async ({ context }, next) => {
  const value: unknown = await next();
  return mayReadCosts(context.user) ? value : null;
};
