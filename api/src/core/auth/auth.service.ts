import { createHash, randomBytes } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import argon2 from 'argon2';
import { FieldErrors, UnauthenticatedError } from '../graphql/errors.js';
import type { AuthUser } from './auth-user.js';
import type { Role } from './roles.js';
import type { SignInThrottle } from './sign-in-throttle.js';
import { Session } from './session.entity.js';
import { User } from './user.entity.js';

export const MIN_PASSWORD_LENGTH = 12;

export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, { type: argon2.argon2id });
}

function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Verifying against this when the email is unknown keeps the answer as slow as for a known one. */
let decoyHash: Promise<string> | undefined;

export class AuthService {
  constructor(
    private readonly em: EntityManager,
    private readonly sessionTtlHours: number,
    private readonly throttle: SignInThrottle,
  ) {}

  async signIn(givenEmail: string, password: string): Promise<{ token: string; user: User }> {
    const email = givenEmail.trim().toLowerCase();
    await this.throttle.assertAllowed(email);
    const user = await this.em.findOne(User, { email, active: true });
    decoyHash ??= hashPassword(randomBytes(16).toString('hex'));
    const valid = await argon2.verify(user?.passwordHash ?? (await decoyHash), password);
    if (!user || !valid) {
      await this.throttle.failed(email);
      throw new UnauthenticatedError('The email or password is not right');
    }
    await this.throttle.succeeded(email);

    const token = randomBytes(32).toString('base64url');
    const now = new Date();
    this.em.create(Session, {
      tokenHash: hashToken(token),
      user,
      createdAt: now,
      expiresAt: new Date(now.getTime() + this.sessionTtlHours * 3_600_000),
    });
    await this.em.flush();
    // Sessions are only ever made here, so clearing the expired ones here keeps the table to live sessions.
    await this.purgeExpiredSessions();
    // Written directly: a sign-in is not an edit of the user record, so it bumps no version.
    await this.em.nativeUpdate(User, { id: user.id }, { lastSignInAt: now });
    return { token, user };
  }

  async changePassword(userId: string, currentPassword: string, newPassword: string): Promise<void> {
    const user = await this.em.findOneOrFail(User, { id: userId });
    const valid = await argon2.verify(user.passwordHash, currentPassword);
    new FieldErrors().check(valid, 'currentPassword', 'matches', 'is not your current password').throwIfAny();
    user.passwordHash = await hashPassword(newPassword);
    await this.em.flush();
  }

  async signOut(token: string): Promise<void> {
    await this.em.nativeDelete(Session, { tokenHash: hashToken(token) });
  }

  /** The user behind a bearer token, with roles and local authorities, in one statement. */
  async userForToken(token: string): Promise<AuthUser | null> {
    const rows: { id: string; email: string; roles: Role[]; local_authority_ids: string[] }[] = await this.em.execute(
      `select u.id, u.email, u.roles,
              coalesce(array_agg(ula.local_authority_id) filter (where ula.local_authority_id is not null), '{}') as local_authority_ids
         from session s
         join app_user u on u.id = s.user_id and u.active
         left join app_user_local_authority ula on ula.user_id = u.id
        where s.token_hash = ? and s.expires_at > now()
        group by u.id`,
      [hashToken(token)],
    );
    const row = rows[0];
    return row ? { id: row.id, email: row.email, roles: row.roles, localAuthorityIds: row.local_authority_ids } : null;
  }

  /** Expired sessions are of no use to anyone; every sign-in clears them. */
  async purgeExpiredSessions(): Promise<number> {
    return this.em.nativeDelete(Session, { expiresAt: { $lte: new Date() } });
  }
}
