import type { AuthCheckerInterface, ResolverData } from 'type-graphql';
import type { Context } from '../graphql/context.js';
import { ForbiddenError, UnauthenticatedError } from '../graphql/errors.js';
import { hasAnyRole } from './auth-user.js';
import { CASE_ROLES, type Role } from './roles.js';

/**
 * `@Authorized()` means signed in with a role that works with records about children (not an aggregate-only
 * one); `@Authorized([roles])` means signed in with one of them.
 */
export class AuthChecker implements AuthCheckerInterface<Context, Role> {
  check({ context }: ResolverData<Context>, roles: Role[]): boolean {
    if (!context.user) throw new UnauthenticatedError();
    const allowed = roles.length > 0 ? roles : CASE_ROLES;
    if (!hasAnyRole(context.user, allowed)) {
      throw new ForbiddenError(`This needs one of these roles: ${allowed.join(', ')}`);
    }
    return true;
  }
}
