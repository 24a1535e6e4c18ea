import type { EntityManager } from '@mikro-orm/postgresql';
import type { FieldErrors } from '../../core/graphql/errors.js';
import { CALCULATIONS, requestFigures, type Figure } from './calculations.js';
import { KpiSource, Rag, UNIT_RANGE, type KpiUnit } from './enums.js';
import type { KpiFigure, KpiMilestoneResult, KpiRow } from './figures.js';
import { Kpi, KpiValue } from './kpi.entity.js';
import { periodContaining, periodsUpTo, type Period } from './periods.js';
import { ragOf } from './rag.js';

/** Refuses a number the KPI's unit cannot take (a percentage over 100, a fractional count). */
export function checkInUnit(unit: KpiUnit, value: number | null | undefined, field: string, errors: FieldErrors): FieldErrors {
  if (value === null || value === undefined) return errors;
  const range = UNIT_RANGE[unit];
  return errors
    .check(value >= range.min && value <= range.max, field, 'withinUnitRange', `must be between ${range.min} and ${range.max} for a ${unit.toLowerCase()} KPI`)
    .check(!range.whole || Number.isInteger(value), field, 'wholeNumber', 'must be a whole number for a count');
}

type Stored = Map<string, KpiValue>;

/**
 * A KPI's figures per period. A computed KPI is calculated from the owning features' services unless a
 * published report froze the stored value; a manual KPI is what was entered, with its evidence.
 */
export class KpiFigures {
  constructor(private readonly em: EntityManager) {}

  private async stored(kpi: Kpi, periods: Period[]): Promise<Stored> {
    const values = await this.em.find(KpiValue, { kpi, periodStart: { $in: periods.map((p) => p.start) } });
    return new Map(values.map((v) => [v.periodStart, v]));
  }

  private calculate(kpi: Kpi, period: Period): Promise<Figure> {
    return CALCULATIONS[kpi.calculation!].calculate(requestFigures(this.em), [kpi.localAuthority.id], period);
  }

  private figure(kpi: Kpi, period: Period, stored: KpiValue | undefined, calculated: Figure | null | undefined): KpiFigure {
    const useStored = kpi.source === KpiSource.MANUAL || Boolean(stored?.frozenAt);
    const source: Partial<Figure> | null = useStored ? (stored ?? null) : (calculated ?? null);
    const value = source?.value ?? null;
    const rag = ragOf(value, kpi);
    return {
      period: period.label,
      periodStart: period.start,
      periodEnd: period.end,
      value,
      numerator: source?.numerator ?? null,
      denominator: source?.denominator ?? null,
      rag,
      frozen: Boolean(stored?.frozenAt),
      evidence: stored?.evidence ?? null,
      exceptionCommentary: stored?.exceptionCommentary ?? null,
      exceptionActions: stored?.exceptionActions ?? null,
      needsExceptionNote: rag === Rag.RED && !stored?.exceptionCommentary,
      kpiValueId: stored?.id ?? null,
    };
  }

  async figures(kpi: Kpi, periods: Period[]): Promise<KpiFigure[]> {
    const stored = await this.stored(kpi, periods);
    const figures: KpiFigure[] = [];
    for (const period of periods) {
      const kept = stored.get(period.start);
      const calculated = kpi.source === KpiSource.COMPUTED && !kept?.frozenAt ? await this.calculate(kpi, period) : undefined;
      figures.push(this.figure(kpi, period, kept, calculated));
    }
    return figures;
  }

  /**
   * Calculates a computed KPI for the periods and keeps each figure as its value, so the history is
   * real; a value a published report used (frozen) is left exactly as it was. Does not flush.
   */
  async recalculate(kpi: Kpi, periods: Period[], now: Date): Promise<KpiValue[]> {
    const stored = await this.stored(kpi, periods);
    const values: KpiValue[] = [];
    for (const period of periods) {
      const kept = stored.get(period.start);
      if (kept?.frozenAt) {
        values.push(kept);
        continue;
      }
      const figure = await this.calculate(kpi, period);
      if (!figure) continue;
      const value =
        kept ??
        this.em.create(KpiValue, { kpi, localAuthority: kpi.localAuthority, periodStart: period.start, periodEnd: period.end, period: period.label });
      this.em.assign(value, { ...figure, calculatedAt: now });
      values.push(value);
    }
    return values;
  }

  /** The scorecard row: the period holding `asOf`, its trend and the milestone targets against actuals. */
  async row(kpi: Kpi, asOf: string, trendLength: number): Promise<KpiRow> {
    const trend = await this.figures(kpi, periodsUpTo(kpi.frequency, asOf, trendLength));
    const due = kpi.milestoneTargets.filter((m) => m.date <= asOf);
    const actuals = await this.figures(kpi, due.map((m) => periodContaining(kpi.frequency, m.date)));
    const milestones: KpiMilestoneResult[] = kpi.milestoneTargets.map((m) => {
      const actual = actuals[due.indexOf(m)]?.value ?? null;
      return { date: m.date, target: m.target, actual, rag: ragOf(actual, { ...kpi, target: m.target }) };
    });
    return {
      kpiId: kpi.id,
      code: kpi.code,
      name: kpi.name,
      owner: kpi.owner,
      unit: kpi.unit,
      direction: kpi.direction,
      frequency: kpi.frequency,
      source: kpi.source,
      target: kpi.target,
      baselineValue: kpi.baselineValue ?? null,
      baselineDate: kpi.baselineDate ?? null,
      current: trend[trend.length - 1]!,
      trend,
      milestones,
    };
  }
}
