import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { demoUsers, generate } from '@send-qa/seeds';

const digest = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('hex');

describe('the synthetic data generator', () => {
  const options = { scale: 'demo', seed: 11, asOf: '2026-09-01' } as const;
  const data = generate(options);

  it('gives the same data, ids included, for the same seed, and other data for another', () => {
    expect(digest(generate(options))).toBe(digest(data));
    expect(digest(generate({ ...options, seed: 12 }))).not.toBe(digest(data));
  });

  it('shapes the demo area like the reference joint area: about 8,000 and 2,500 plans, about 90 settings', () => {
    const byCode = (code: string) => {
      const la = data.localAuthorities.find((l) => l.code === code)!;
      return data.plans.filter((p) => p.localAuthorityId === la.id).length;
    };
    expect(byCode('873')).toBeGreaterThan(7_500);
    expect(byCode('873')).toBeLessThan(8_500);
    expect(byCode('874')).toBeGreaterThan(2_200);
    expect(byCode('874')).toBeLessThan(2_800);
    expect(data.settings.length).toBeGreaterThanOrEqual(85);
    expect(data.settings.length).toBeLessThanOrEqual(95);
  });

  it('has ASD then SEMH as the most common primary needs among plans', () => {
    const needOf = new Map(data.children.map((c) => [c.id, c.primaryNeed]));
    const counts = new Map<string, number>();
    for (const plan of data.plans) counts.set(needOf.get(plan.childId)!, (counts.get(needOf.get(plan.childId)!) ?? 0) + 1);
    const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([need]) => need);
    expect(ranked.slice(0, 2)).toEqual(['ASD', 'SEMH']);
  });

  it('keeps every plan\'s dates in order and every reference pointing at a record that exists', () => {
    const children = new Map(data.children.map((c) => [c.id, c]));
    const settings = new Set(data.settings.map((s) => s.id));
    const teams = new Map(data.teams.map((t) => [t.id, t]));
    for (const plan of data.plans) {
      const child = children.get(plan.childId)!;
      expect(child.localAuthorityId).toBe(plan.localAuthorityId);
      expect(plan.requestDate >= child.dateOfBirth).toBe(true);
      expect(plan.requestDate <= options.asOf).toBe(true);
      if (plan.issueDate) expect(plan.issueDate >= plan.requestDate && plan.issueDate <= options.asOf).toBe(true);
      else expect(plan.status).toBe('DRAFT');
      if (plan.lastAnnualReviewDate) expect(plan.lastAnnualReviewDate >= plan.issueDate!).toBe(true);
      if (plan.settingId) expect(settings.has(plan.settingId)).toBe(true);
      if (plan.teamId) expect(teams.get(plan.teamId)!.localAuthorityId).toBe(plan.localAuthorityId);
      // NSA is the school census's SEN support code: the API refuses it for a plan drafted or maintained.
      if (plan.status !== 'CEASED') expect(child.primaryNeed).not.toBe('NSA');
    }
  });

  it('makes case references unique within each authority and names nobody', () => {
    const keys = data.children.map((c) => `${c.localAuthorityId}/${c.caseReference}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const setting of data.settings) expect(setting.name).toContain('(synthetic)');
  });

  it('has one demo user per role scoped to both authorities, and a Peterborough-only QA officer', () => {
    const users = demoUsers(data);
    expect(users.map((u) => u.email).sort()).toEqual([
      'admin@example.org',
      'auditor@example.org',
      'board@example.org',
      'commissioner@example.org',
      'dco@example.org',
      'qa.peterborough@example.org',
      'qa@example.org',
      'viewer@example.org',
    ]);
    const peterborough = data.localAuthorities.find((l) => l.code === '874')!;
    expect(users.find((u) => u.email === 'qa.peterborough@example.org')!.localAuthorityIds).toEqual([peterborough.id]);
    expect(users.find((u) => u.email === 'viewer@example.org')!.localAuthorityIds).toHaveLength(2);
  });
});
