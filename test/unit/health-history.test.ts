import { generate, generateHealthHistory, HEALTH_ADVICE_RUBRIC, HEALTH_DEEP_DIVE_RUBRIC } from '@send-qa/seeds';
import { describe, expect, it } from 'vitest';

const OPTIONS = { scale: 'test', seed: 7, asOf: '2026-11-23' } as const;
const rubrics = { adviceRubric: HEALTH_ADVICE_RUBRIC, deepDiveRubric: HEALTH_DEEP_DIVE_RUBRIC };

describe('the synthetic health history', () => {
  it('is the same for the same seed, and does not disturb the rest of the synthetic area', () => {
    const data = generate(OPTIONS);
    const before = JSON.stringify(data);
    const once = generateHealthHistory(data, { ...OPTIONS, ...rubrics });
    expect(JSON.stringify(generateHealthHistory(generate(OPTIONS), { ...OPTIONS, ...rubrics }))).toBe(JSON.stringify(once));
    expect(JSON.stringify(data)).toBe(before);
    expect(JSON.stringify(generateHealthHistory(data, { ...OPTIONS, seed: 8, ...rubrics }))).not.toBe(JSON.stringify(once));
  });

  it('keeps every rule the API would enforce: replies after requests, due dates after requests, reasons for no advice, health teams only', () => {
    const data = generate(OPTIONS);
    const history = generateHealthHistory(data, { ...OPTIONS, ...rubrics });
    const health = new Set(data.teams.filter((t) => t.kind === 'HEALTH').map((t) => t.id));
    const plans = new Map(data.plans.map((p) => [p.id, p]));
    expect(history.advice.length).toBeGreaterThan(0);
    for (const advice of history.advice) {
      expect(health.has(advice.teamId)).toBe(true);
      expect(plans.get(advice.planId)!.localAuthorityId).toBe(advice.localAuthorityId);
      expect(advice.dueOn >= advice.requestedOn).toBe(true);
      if (advice.receivedOn) expect(advice.receivedOn >= advice.requestedOn && advice.receivedOn <= OPTIONS.asOf).toBe(true);
      if (advice.noAdvice) expect(advice.noAdviceReason && advice.receivedOn).toBeTruthy();
      if (advice.review) expect(advice.receivedOn !== null && !advice.noAdvice).toBe(true);
    }
    for (const signOff of history.signOffs) {
      if (signOff.status === 'CHANGES_REQUESTED') expect(signOff.changesReason).toBeTruthy();
      if (signOff.agreedOn) expect(signOff.agreedOn >= signOff.requestedOn).toBe(true);
    }
  });
});
