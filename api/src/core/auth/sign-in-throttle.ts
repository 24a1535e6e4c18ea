import { RateLimiterMemory } from 'rate-limiter-flexible';
import { UnauthenticatedError } from '../graphql/errors.js';

/**
 * Slows password guessing: after `attempts` failed sign-ins for one email within `windowSeconds`, that
 * email is refused until the window has passed, even with the right password. Kept in memory, so it
 * counts per server process.
 */
export class SignInThrottle {
  private readonly failures: RateLimiterMemory;

  constructor(attempts = 10, windowSeconds = 15 * 60) {
    this.failures = new RateLimiterMemory({ points: attempts, duration: windowSeconds });
  }

  async assertAllowed(email: string): Promise<void> {
    const state = await this.failures.get(email);
    if (state && state.remainingPoints <= 0) {
      const minutes = Math.ceil(state.msBeforeNext / 60_000);
      throw new UnauthenticatedError(`Too many failed sign-ins for this email; try again in ${minutes} minute${minutes === 1 ? '' : 's'}`);
    }
  }

  async failed(email: string): Promise<void> {
    await this.failures.penalty(email, 1);
  }

  async succeeded(email: string): Promise<void> {
    await this.failures.delete(email);
  }
}
