import type { AuthCheckerInterface, ResolverData } from 'type-graphql';
import type { Context } from '../graphql/context.js';
import { ForbiddenError, UnauthenticatedError } from '../graphql/errors.js';
import { hasAnyRole } from './auth-user.js';
import type { Role } from './roles.js';

/** `@Authorized()` means signed in; `@Authorized([roles])` means signed in with one of them. */
export class AuthChecker implements AuthCheckerInterface<Context, Role> {
  check({ context }: ResolverData<Context>, roles: Role[]): boolean {
    if (!context.user) throw new UnauthenticatedError();
    if (roles.length > 0 && !hasAnyRole(context.user, roles)) {
      throw new ForbiddenError(`This needs one of these roles: ${roles.join(', ')}`);
    }
    return true;
  }
}
