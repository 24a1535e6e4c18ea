import { createHash, randomBytes } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { executePrepared } from '../db/prepared.js';
import { FieldErrors, ThrottledError, UnauthenticatedError } from '../graphql/errors.js';
import type { AuthUser } from './auth-user.js';
import { hashPassword, verifyPassword } from './passwords.js';
import type { Role } from './roles.js';
import type { SignInThrottle } from './sign-in-throttle.js';
import { Session } from './session.entity.js';
import { User } from './user.entity.js';

function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Verifying against this when the email is unknown keeps the answer as slow as for a known one. */
let decoyHash: Promise<string> | undefined;

/**
 * Sign-ins under way per client address in this process: one address cannot fill the hashing queue that
 * everyone shares, while an office behind one address (or a screen signing in several people) is never
 * refused for being busy.
 */
const SIGN_INS_PER_ADDRESS = 16;
const signingIn = new Map<string, number>();

/**
 * Sign-in, sign-out and password changes. None of them runs inside a transaction while it hashes: each
 * statement takes a connection from the pool and gives it back, so slow hashing never holds one.
 */
export class AuthService {
  constructor(
    private readonly em: EntityManager,
    private readonly sessionTtlHours: number,
    private readonly throttle: SignInThrottle,
    /** The client's address (behind a proxy, as TRUST_PROXY says), for throttling. */
    private readonly address: string,
  ) {}

  async signIn(givenEmail: string, password: string): Promise<{ token: string; user: User }> {
    const under = signingIn.get(this.address) ?? 0;
    if (under >= SIGN_INS_PER_ADDRESS) throw new ThrottledError('Too many sign-ins at once from this address; try again in a moment', 1);
    signingIn.set(this.address, under + 1);
    try {
      return await this.checkAndStart(givenEmail, password);
    } finally {
      const left = (signingIn.get(this.address) ?? 1) - 1;
      if (left > 0) signingIn.set(this.address, left);
      else signingIn.delete(this.address);
    }
  }

  private async checkAndStart(givenEmail: string, password: string): Promise<{ token: string; user: User }> {
    const attempt = { email: givenEmail.trim().toLowerCase(), address: this.address };
    await this.throttle.assertAllowed(attempt);
    const user = await this.em.findOne(User, { email: attempt.email, active: true });
    decoyHash ??= hashPassword(randomBytes(16).toString('hex')).catch((error: unknown) => {
      decoyHash = undefined;
      throw error;
    });
    const valid = await verifyPassword(user?.passwordHash ?? (await decoyHash), password);
    if (!user || !valid) {
      await this.throttle.failed(attempt);
      throw new UnauthenticatedError('The email or password is not right');
    }
    await this.throttle.succeeded(attempt);

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

  /**
   * For an operation open without signing in that proves itself with a secret instead (a survey link's token):
   * failed tries count against the client's address as failed sign-ins do, and lock it out the same way.
   */
  secretAttempts(kind: string, secret: string): { allowed(): Promise<void>; failed(): Promise<void> } {
    const attempt = { email: `${kind}:${hashToken(secret)}`, address: this.address };
    return { allowed: () => this.throttle.assertAllowed(attempt), failed: () => this.throttle.failed(attempt) };
  }

  async changePassword(userId: string, currentPassword: string, newPassword: string): Promise<void> {
    const user = await this.em.findOneOrFail(User, { id: userId });
    const valid = await verifyPassword(user.passwordHash, currentPassword);
    new FieldErrors().check(valid, 'currentPassword', 'matches', 'is not your current password').throwIfAny();
    user.passwordHash = await hashPassword(newPassword);
    await this.em.flush();
  }

  async signOut(token: string): Promise<void> {
    await this.em.nativeDelete(Session, { tokenHash: hashToken(token) });
  }

  /** The user behind a bearer token, with roles and local authorities, in one statement (every request's first: prepared). */
  async userForToken(token: string): Promise<AuthUser | null> {
    const rows = await executePrepared<{ id: string; email: string; roles: Role[]; local_authority_ids: string[] }>(this.em, {
      text: `select u.id, u.email, u.roles,
              coalesce(array_agg(ula.local_authority_id) filter (where ula.local_authority_id is not null), '{}') as local_authority_ids
         from session s
         join app_user u on u.id = s.user_id and u.active
         left join app_user_local_authority ula on ula.user_id = u.id
        where s.token_hash = $1 and s.expires_at > now()
        group by u.id`,
      values: [hashToken(token)],
    });
    const row = rows[0];
    return row ? { id: row.id, email: row.email, roles: row.roles, localAuthorityIds: row.local_authority_ids } : null;
  }

  /** Expired sessions are of no use to anyone; every sign-in clears them. */
  async purgeExpiredSessions(): Promise<number> {
    return this.em.nativeDelete(Session, { expiresAt: { $lte: new Date() } });
  }
}
