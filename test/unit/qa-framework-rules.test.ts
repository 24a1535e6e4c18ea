import { describe, expect, it } from 'vitest';
import { Brag, KpiDirection, KpiFrequency, Rag } from '../../api/src/features/qa-framework/enums.js';
import { periodContaining, periodsUpTo } from '../../api/src/features/qa-framework/periods.js';
import { isOverdue, ragOf, shownBrag } from '../../api/src/features/qa-framework/rag.js';

const higher = { target: 85, amberTolerance: 10, direction: KpiDirection.HIGHER_IS_BETTER };
const lower = { target: 84, amberTolerance: 10, direction: KpiDirection.LOWER_IS_BETTER };

describe('ragOf', () => {
  it('is green at and beyond the target, amber within the tolerance, red beyond it (higher is better)', () => {
    expect(ragOf(85, higher)).toBe(Rag.GREEN);
    expect(ragOf(100, higher)).toBe(Rag.GREEN);
    expect(ragOf(84.999, higher)).toBe(Rag.AMBER);
    expect(ragOf(75, higher)).toBe(Rag.AMBER);
    expect(ragOf(74.999, higher)).toBe(Rag.RED);
    expect(ragOf(0, higher)).toBe(Rag.RED);
  });
  it('mirrors for lower is better, and has no colour without a value', () => {
    expect(ragOf(84, lower)).toBe(Rag.GREEN);
    expect(ragOf(0, lower)).toBe(Rag.GREEN);
    expect(ragOf(94, lower)).toBe(Rag.AMBER);
    expect(ragOf(94.001, lower)).toBe(Rag.RED);
    expect(ragOf(null, lower)).toBe(Rag.NO_DATA);
    expect(ragOf(undefined, higher)).toBe(Rag.NO_DATA);
  });
  it('with no tolerance, any miss is red', () => {
    expect(ragOf(84.9, { ...higher, amberTolerance: 0 })).toBe(Rag.RED);
  });
});

describe('BRAG against the clock', () => {
  const green = { brag: Brag.GREEN, deadline: '2026-06-30' };
  it('turns an overdue Green Amber the day after its deadline, not on it', () => {
    expect(shownBrag(green, '2026-06-30')).toBe(Brag.GREEN);
    expect(isOverdue(green, '2026-06-30')).toBe(false);
    expect(shownBrag(green, '2026-07-01')).toBe(Brag.AMBER);
    expect(isOverdue(green, '2026-07-01')).toBe(true);
  });
  it('never marks Blue overdue, and keeps an overdue Red red', () => {
    expect(shownBrag({ ...green, brag: Brag.BLUE }, '2027-01-01')).toBe(Brag.BLUE);
    expect(isOverdue({ ...green, brag: Brag.BLUE }, '2027-01-01')).toBe(false);
    expect(shownBrag({ ...green, brag: Brag.RED }, '2027-01-01')).toBe(Brag.RED);
    expect(isOverdue({ ...green, brag: Brag.RED }, '2027-01-01')).toBe(true);
  });
});

describe('periods', () => {
  it('finds months, quarters and terms', () => {
    expect(periodContaining(KpiFrequency.MONTHLY, '2024-02-15')).toEqual({ start: '2024-02-01', end: '2024-02-29', label: 'Feb 2024' });
    expect(periodContaining(KpiFrequency.QUARTERLY, '2026-12-31')).toEqual({ start: '2026-10-01', end: '2026-12-31', label: '2026 Q4' });
    expect(periodContaining(KpiFrequency.TERMLY, '2025-09-01')).toEqual({ start: '2025-09-01', end: '2025-12-31', label: '2025/26 Autumn' });
    expect(periodContaining(KpiFrequency.TERMLY, '2026-03-31').label).toBe('2025/26 Spring');
    expect(periodContaining(KpiFrequency.TERMLY, '2026-08-31')).toEqual({ start: '2026-04-01', end: '2026-08-31', label: '2025/26 Summer' });
  });
  it('counts back across year ends', () => {
    expect(periodsUpTo(KpiFrequency.MONTHLY, '2026-02-10', 3).map((p) => p.label)).toEqual(['Dec 2025', 'Jan 2026', 'Feb 2026']);
    expect(periodsUpTo(KpiFrequency.TERMLY, '2026-01-10', 3).map((p) => p.label)).toEqual(['2024/25 Summer', '2025/26 Autumn', '2025/26 Spring']);
  });
});
