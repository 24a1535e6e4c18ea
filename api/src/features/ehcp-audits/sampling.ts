import { Random } from '@send-qa/seeds';

/** A plan that could be sampled, and the stratum it falls in (e.g. its team, phase and primary need). */
export interface SampleCandidate {
  planId: string;
  stratum: string;
}

/**
 * Draws a stratified random sample of `size` plans: the named plans first, then each stratum gets its
 * proportional share of the rest (largest remainders settle the rounding), picked at random within it.
 * The same candidates, size and seed always give the same sample, whatever order the candidates come in.
 */
export function drawStratifiedSample(candidates: readonly SampleCandidate[], size: number, seed: number, include: readonly string[] = []): string[] {
  const included = [...new Set(include)];
  const taken = new Set(included);
  const strata = new Map<string, string[]>();
  for (const { planId, stratum } of [...candidates].sort((a, b) => a.planId.localeCompare(b.planId))) {
    if (taken.has(planId)) continue;
    strata.set(stratum, [...(strata.get(stratum) ?? []), planId]);
  }
  const keys = [...strata.keys()].sort();
  const pool = keys.reduce((sum, key) => sum + strata.get(key)!.length, 0);
  const wanted = Math.min(Math.max(size - included.length, 0), pool);

  const shares = keys.map((key) => {
    const exact = pool === 0 ? 0 : (wanted * strata.get(key)!.length) / pool;
    return { key, quota: Math.floor(exact), remainder: exact - Math.floor(exact) };
  });
  let left = wanted - shares.reduce((sum, share) => sum + share.quota, 0);
  for (const share of [...shares].sort((a, b) => b.remainder - a.remainder || a.key.localeCompare(b.key))) {
    if (left === 0) break;
    share.quota += 1;
    left -= 1;
  }

  const random = new Random(seed);
  const picked = shares.flatMap(({ key, quota }) => random.shuffle(strata.get(key)!).slice(0, quota));
  return [...included, ...picked];
}
