import { Brag, KpiDirection, Rag } from './enums.js';

/**
 * Red, amber or green for a value against its target. Meeting the target exactly is green; missing it
 * by no more than the amber tolerance (in the KPI's unit) is amber; anything worse is red.
 */
export function ragOf(value: number | null | undefined, kpi: { target: number; amberTolerance: number; direction: KpiDirection }): Rag {
  if (value === null || value === undefined) return Rag.NO_DATA;
  const shortfall = kpi.direction === KpiDirection.HIGHER_IS_BETTER ? kpi.target - value : value - kpi.target;
  if (shortfall <= 0) return Rag.GREEN;
  return shortfall <= kpi.amberTolerance ? Rag.AMBER : Rag.RED;
}

/** A milestone not complete (Blue) by its deadline is overdue. `asOf` is the day the plan is read on. */
export function isOverdue(milestone: { brag: Brag; deadline: string }, asOf: string): boolean {
  return milestone.brag !== Brag.BLUE && milestone.deadline < asOf;
}

/**
 * The rating a milestone shows: an overdue Green turns Amber (behind schedule) without anyone setting
 * it. Red stays Red: it already says "at risk", and lowering it to Amber would hide that.
 */
export function shownBrag(milestone: { brag: Brag; deadline: string }, asOf: string): Brag {
  return milestone.brag === Brag.GREEN && isOverdue(milestone, asOf) ? Brag.AMBER : milestone.brag;
}
