import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import type { RandomGenerator } from 'pure-rand/types/RandomGenerator';
import { skipN } from 'pure-rand/utils/skipN';

/** Small seeds leave xoroshiro's state mostly zero bits; its first outputs show it (ids like 'ffffffd5-…'). */
const WARM_UP_STEPS = 32;

/** Choices with relative (not necessarily normalised) weights. */
export type Weighted<T> = readonly (readonly [value: T, weight: number])[];

/**
 * The only source of randomness in the generator. Everything draws from one seeded
 * stream in a fixed order, so the same seed always yields the same data, ids included.
 */
export class Random {
  private readonly rng: RandomGenerator;

  constructor(seed: number) {
    // pure-rand folds the seed to 32 bits; reject fractions so two "different" seeds never silently collide.
    if (!Number.isSafeInteger(seed)) throw new RangeError(`seed must be an integer, got ${seed}`);
    this.rng = xoroshiro128plus(seed);
    skipN(this.rng, WARM_UP_STEPS);
  }

  /** Integer in [min, max], both inclusive. */
  int(min: number, max: number): number {
    if (max < min) throw new RangeError(`empty range [${min}, ${max}]`);
    return uniformInt(this.rng, min, max);
  }

  chance(probability: number): boolean {
    return uniformFloat64(this.rng) < probability;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new RangeError('cannot pick from an empty list');
    return items[this.int(0, items.length - 1)] as T;
  }

  weighted<T>(choices: Weighted<T>): T {
    const total = choices.reduce((sum, [, weight]) => sum + weight, 0);
    if (!(total > 0)) throw new RangeError('weights must sum to more than zero');
    let remaining = uniformFloat64(this.rng) * total;
    for (const [value, weight] of choices) {
      remaining -= weight;
      if (remaining < 0) return value;
    }
    // Floating-point rounding can leave a sliver at the top end; it belongs to the last choice.
    return (choices[choices.length - 1] as readonly [T, number])[0];
  }

  /** Fisher–Yates on a copy, so callers' arrays stay untouched. */
  shuffle<T>(items: readonly T[]): T[] {
    const result = [...items];
    for (let i = result.length - 1; i > 0; i--) {
      const j = this.int(0, i);
      [result[i], result[j]] = [result[j] as T, result[i] as T];
    }
    return result;
  }

  /** RFC 4122 version-4 layout filled from the seeded stream (not crypto-random, by design). */
  uuid(): string {
    let hex = '';
    for (let i = 0; i < 4; i++) hex += (this.rng.next() >>> 0).toString(16).padStart(8, '0');
    const variant = ((parseInt(hex.charAt(16), 16) & 0x3) | 0x8).toString(16);
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
  }
}
