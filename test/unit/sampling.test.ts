import { describe, expect, it } from 'vitest';
import { drawStratifiedSample, type SampleCandidate } from '../../api/src/features/ehcp-audits/sampling.js';

/** 1,000 plans in strata of 500, 300, 150 and 50. */
const candidates: SampleCandidate[] = [
  ...Array.from({ length: 500 }, (_, i) => ({ planId: `p${String(i).padStart(4, '0')}`, stratum: 'north|SECONDARY|ASD' })),
  ...Array.from({ length: 300 }, (_, i) => ({ planId: `q${String(i).padStart(4, '0')}`, stratum: 'south|PRIMARY|SEMH' })),
  ...Array.from({ length: 150 }, (_, i) => ({ planId: `r${String(i).padStart(4, '0')}`, stratum: 'city|POST_16|SLCN' })),
  ...Array.from({ length: 50 }, (_, i) => ({ planId: `s${String(i).padStart(4, '0')}`, stratum: 'city|PRIMARY|PD' })),
];
const stratumOf = new Map(candidates.map((c) => [c.planId, c.stratum]));
const countBy = (ids: string[]) => ids.reduce<Record<string, number>>((acc, id) => ({ ...acc, [stratumOf.get(id)!]: (acc[stratumOf.get(id)!] ?? 0) + 1 }), {});

describe('drawing a stratified sample', () => {
  it('gives the same sample for the same seed, whatever order the plans come in, and another for another seed', () => {
    const first = drawStratifiedSample(candidates, 60, 42);
    expect(drawStratifiedSample([...candidates].reverse(), 60, 42)).toEqual(first);
    expect(drawStratifiedSample(candidates, 60, 43)).not.toEqual(first);
  });

  it('draws exactly the size asked for, without repeats', () => {
    const sample = drawStratifiedSample(candidates, 60, 1);
    expect(sample).toHaveLength(60);
    expect(new Set(sample).size).toBe(60);
  });

  it('gives each stratum its proportional share', () => {
    expect(countBy(drawStratifiedSample(candidates, 60, 7))).toEqual({
      'north|SECONDARY|ASD': 30,
      'south|PRIMARY|SEMH': 18,
      'city|POST_16|SLCN': 9,
      'city|PRIMARY|PD': 3,
    });
  });

  it('settles rounding by the largest remainders, so the total is still exact', () => {
    // 7 of 1,000: exact shares 3.5, 2.1, 1.05, 0.35 -> 3, 2, 1, 0 plus one for the largest remainder (3.5).
    expect(countBy(drawStratifiedSample(candidates, 7, 7))).toEqual({ 'north|SECONDARY|ASD': 4, 'south|PRIMARY|SEMH': 2, 'city|POST_16|SLCN': 1 });
  });

  it('puts named plans in first and counts them towards the size', () => {
    const sample = drawStratifiedSample(candidates, 10, 3, ['s0049', 's0048']);
    expect(sample.slice(0, 2)).toEqual(['s0049', 's0048']);
    expect(sample).toHaveLength(10);
    expect(new Set(sample).size).toBe(10);
  });

  it('takes every plan when the size equals the population', () => {
    expect(new Set(drawStratifiedSample(candidates, 1000, 5)).size).toBe(1000);
  });
});
