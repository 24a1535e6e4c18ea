import type { EntityManager } from '@mikro-orm/postgresql';
import type { AuthUser } from '../auth/auth-user.js';
import type { AuthService } from '../auth/auth.service.js';
import { UnauthenticatedError } from './errors.js';

/** What every resolver receives: its own EntityManager fork and the signed-in user, if any. */
export interface Context {
  em: EntityManager;
  user: AuthUser | null;
  requestId: string;
  /** Bearer token of this request, so logout can end exactly this session. */
  token: string | null;
  auth: AuthService;
  /** The largest request body this server takes (BODY_LIMIT_MB), which bounds a file sent inside one. */
  bodyLimitBytes: number;
}

export function signedInUser(ctx: Context): AuthUser {
  if (!ctx.user) throw new UnauthenticatedError();
  return ctx.user;
}
