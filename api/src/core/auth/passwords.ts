import { availableParallelism } from 'node:os';
import argon2 from 'argon2';
import pLimit from 'p-limit';
import { ThrottledError } from '../graphql/errors.js';

export const MIN_PASSWORD_LENGTH = 12;
/** argon2 accepts any length; hashing a megabyte of "password" is work nobody needs done. */
export const MAX_PASSWORD_LENGTH = 200;

/**
 * argon2 is meant to be slow and runs on libuv's worker threads (4 by default), which file and DNS work
 * share. At most this many hashes run at once, so a flood of sign-ins cannot take every thread or core.
 */
const CONCURRENT_HASHES = Math.max(1, Math.min(4, availableParallelism()));
/**
 * Hashes waiting beyond this are refused at once (THROTTLED, try again in a moment): each hash takes a
 * tenth of a second to half a second, so the queue stays seconds long at worst, not minutes.
 */
const WAITING_HASHES = 32;
const hashing = pLimit(CONCURRENT_HASHES);

function whenCapacity<T>(work: () => Promise<T>): Promise<T> {
  if (hashing.pendingCount >= WAITING_HASHES) {
    return Promise.reject(new ThrottledError('Too many sign-ins at once; try again in a moment', 1));
  }
  return hashing(work);
}

export function hashPassword(password: string): Promise<string> {
  return whenCapacity(() => argon2.hash(password, { type: argon2.argon2id }));
}

export function verifyPassword(hash: string, password: string): Promise<boolean> {
  return whenCapacity(() => argon2.verify(hash, password));
}
