import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { generate, generatePlacements } from '@send-qa/seeds';

const digest = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('hex');

describe('the synthetic placements', () => {
  const options = { scale: 'demo', seed: 11, asOf: '2026-09-01' } as const;
  const data = generate(options);
  const placements = generatePlacements(data, options);
  const la = (code: string) => data.localAuthorities.find((l) => l.code === code)!.id;

  it('are the same for the same seed, and leave the rest of the synthetic area as it was', () => {
    expect(digest(generatePlacements(data, options))).toBe(digest(placements));
    expect(digest(generate(options))).toBe(digest(data));
  });

  it('number about 330 active placements across about 40 providers for Cambridgeshire, proportionally fewer for Peterborough', () => {
    const active = (id: string) => placements.placements.filter((p) => p.localAuthorityId === id && p.status === 'ACTIVE').length;
    expect(active(la('873'))).toBe(330);
    expect(active(la('874'))).toBe(100);
    expect(placements.providers.filter((p) => p.localAuthorityId === la('873')).length).toBe(40);
  });

  it('place each child at most once, with their own final plan, and visit no placement before it starts or after it ends', () => {
    const plans = new Map(data.plans.map((p) => [p.id, p]));
    expect(new Set(placements.placements.map((p) => p.childId)).size).toBe(placements.placements.length);
    for (const p of placements.placements) {
      const plan = plans.get(p.planId)!;
      expect(plan.childId).toBe(p.childId);
      expect(plan.status).toBe('FINAL');
      expect(p.plannedEndDate > p.startDate).toBe(true);
      if (p.status === 'ENDED') expect(p.endedOn! >= p.startDate && p.endedOn! < options.asOf).toBe(true);
    }
    const byId = new Map(placements.placements.map((p) => [p.id, p]));
    for (const v of placements.visits.filter((x) => x.status === 'COMPLETED')) {
      const p = byId.get(v.placementId)!;
      expect(v.visitDate > p.startDate && v.visitDate <= (p.endedOn ?? options.asOf)).toBe(true);
    }
  });
});
