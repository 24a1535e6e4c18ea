import { describe, expect, it } from 'vitest';
import { Brag, KpiDirection, Rag } from '../../api/src/features/qa-framework/enums.js';
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

