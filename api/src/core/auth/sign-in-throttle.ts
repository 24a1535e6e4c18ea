import { createHash } from 'node:crypto';
import type { Knex } from '@mikro-orm/postgresql';
import { RateLimiterPostgres } from 'rate-limiter-flexible';
import { ThrottledError } from '../graphql/errors.js';
import { SIGN_IN_THROTTLE_TABLE } from './sign-in-throttle.entity.js';

/** Who is trying to sign in: the email given and the client address it came from. */
export interface SignInAttempt {
  email: string;
  address: string;
}

/**
 * Slows password guessing. Sign-in talks to the throttle only through this, so that the counts can move
 * from one process's memory to the database (for several processes) without touching sign-in.
 */
export interface SignInThrottle {
  /** Throws THROTTLED while the email or the address is locked out. */
  assertAllowed(attempt: SignInAttempt): Promise<void>;
  failed(attempt: SignInAttempt): Promise<void>;
  succeeded(attempt: SignInAttempt): Promise<void>;
}

export interface SignInLimits {
  /** Failed sign-ins for one email within the window before it is refused, even with the right password. */
  perEmail: number;
  /** Failed sign-ins from one address within the window, whatever the emails (guessing across accounts). */
  perAddress: number;
  windowSeconds: number;
}

export const SIGN_IN_LIMITS: SignInLimits = { perEmail: 10, perAddress: 100, windowSeconds: 15 * 60 };

const minutes = (ms: number) => {
  const n = Math.max(1, Math.ceil(ms / 60_000));
  return `${n} minute${n === 1 ? '' : 's'}`;
};

/** A key of fixed length that names the email or address without keeping it. */
const hashed = (value: string) => createHash('sha256').update(value).digest('hex');

/**
 * The counts kept in PostgreSQL (table sign_in_throttle, made by a migration), on the ORM's own pool:
 * every server process on the database counts the same failures, and a restart forgets none.
 */
export class PostgresSignInThrottle implements SignInThrottle {
  private readonly emails: RateLimiterPostgres;
  private readonly addresses: RateLimiterPostgres;

  constructor(knex: Knex, limits: SignInLimits = SIGN_IN_LIMITS) {
    const store = { storeClient: knex, storeType: 'knex', tableName: SIGN_IN_THROTTLE_TABLE, tableCreated: true };
    this.emails = new RateLimiterPostgres({ ...store, keyPrefix: 'email', points: limits.perEmail, duration: limits.windowSeconds });
    this.addresses = new RateLimiterPostgres({ ...store, keyPrefix: 'address', points: limits.perAddress, duration: limits.windowSeconds });
  }

  async assertAllowed({ email, address }: SignInAttempt): Promise<void> {
    const [byEmail, byAddress] = await Promise.all([this.emails.get(hashed(email)), this.addresses.get(hashed(address))]);
    for (const [state, what] of [[byEmail, 'for this email'], [byAddress, 'from this address']] as const) {
      if (state && state.remainingPoints <= 0) {
        throw new ThrottledError(`Too many failed sign-ins ${what}; try again in ${minutes(state.msBeforeNext)}`, Math.ceil(state.msBeforeNext / 1000));
      }
    }
  }

  async failed({ email, address }: SignInAttempt): Promise<void> {
    await Promise.all([this.emails.penalty(hashed(email), 1), this.addresses.penalty(hashed(address), 1)]);
  }

  async succeeded({ email }: SignInAttempt): Promise<void> {
    await this.emails.delete(hashed(email));
  }
}
