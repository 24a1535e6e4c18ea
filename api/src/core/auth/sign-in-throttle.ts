import { RateLimiterMemory } from 'rate-limiter-flexible';
import { ThrottledError } from '../graphql/errors.js';

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

/** The counts kept in this process's memory: per server process, forgotten on restart. */
export class MemorySignInThrottle implements SignInThrottle {
  private readonly emails: RateLimiterMemory;
  private readonly addresses: RateLimiterMemory;

  constructor(limits: SignInLimits = SIGN_IN_LIMITS) {
    this.emails = new RateLimiterMemory({ points: limits.perEmail, duration: limits.windowSeconds });
    this.addresses = new RateLimiterMemory({ points: limits.perAddress, duration: limits.windowSeconds });
  }

  async assertAllowed({ email, address }: SignInAttempt): Promise<void> {
    for (const [limiter, key, what] of [[this.emails, email, 'for this email'], [this.addresses, address, 'from this address']] as const) {
      const state = await limiter.get(key);
      if (state && state.remainingPoints <= 0) {
        throw new ThrottledError(`Too many failed sign-ins ${what}; try again in ${minutes(state.msBeforeNext)}`, Math.ceil(state.msBeforeNext / 1000));
      }
    }
  }

  async failed({ email, address }: SignInAttempt): Promise<void> {
    await Promise.all([this.emails.penalty(email, 1), this.addresses.penalty(address, 1)]);
  }

  async succeeded({ email }: SignInAttempt): Promise<void> {
    await this.emails.delete(email);
  }
}
