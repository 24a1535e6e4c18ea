import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

export const SIGN_IN_THROTTLE_TABLE = 'sign_in_throttle';

/**
 * The sign-in throttle's counts, in rate-limiter-flexible's PostgreSQL layout, so that every server
 * process counts the same failures. A key is a hash of the email or the address: none is kept in clear.
 */
@Entity({ tableName: SIGN_IN_THROTTLE_TABLE })
export class SignInThrottleCount {
  @PrimaryKey({ type: 'string', length: 255 })
  key!: string;

  @Property({ type: 'integer', default: 0 })
  points!: number;

  /** When the window ends, in epoch milliseconds. */
  @Property({ type: 'bigint', nullable: true })
  expire?: string | null;
}
