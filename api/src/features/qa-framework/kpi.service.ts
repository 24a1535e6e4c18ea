import type { EntityManager } from '@mikro-orm/postgresql';
import { elapsedPercent } from '../../core/dates.js';
import type { FieldErrors } from '../../core/graphql/errors.js';
import { kpiCalculation, type Figure } from '../../core/kpi-catalogue.js';
import { fitsCalendar, periodContaining, periodsUpTo, type Period } from '../../core/periods.js';
import { ownerName } from '../../core/work/owners.js';
import { KpiSource, Rag, UNIT_RANGE, type KpiFrequency, type KpiUnit, type ReportingCalendar } from './enums.js';
import type { KpiFigure, KpiMilestoneResult, KpiRow } from './figures.js';
import { Kpi, KpiValue } from './kpi.entity.js';
import { ragOf } from './rag.js';

/** Refuses a number the KPI's unit cannot take (a percentage over 100, a fractional count). */
export function checkInUnit(unit: KpiUnit, value: number | null | undefined, field: string, errors: FieldErrors): FieldErrors {
  if (value === null || value === undefined) return errors;
  const range = UNIT_RANGE[unit];
  return errors
    .check(value >= range.min && value <= range.max, field, 'withinUnitRange', `must be between ${range.min} and ${range.max} for a ${unit.toLowerCase()} KPI`)
    .check(!range.whole || Number.isInteger(value), field, 'wholeNumber', 'must be a whole number for a count');
}

/** What the figures read of a stored value. */
type StoredFigure = Pick<KpiValue, 'id' | 'value' | 'numerator' | 'denominator' | 'evidence' | 'frozenAt' | 'exceptionCommentary' | 'exceptionActions'>;

/**
 * A KPI's stored values by their period's first and last day: a scorecard can show a KPI in other periods
 * than its own, and a value kept for April alone is no figure for the quarter that also starts on 1 April.
 */
type Stored<T> = Map<string, T>;
const periodKey = (start: string, end: string) => `${start} ${end}`;

/** The periods a KPI is shown in: its own, unless a scorecard asks for others. */
export interface Periodicity {
  calendar: ReportingCalendar;
  frequency: KpiFrequency;
}

/**
 * A manual KPI's values were entered for its own periods and cannot be re-cut (a survey's percentages do
 * not add up to a quarter's), so it keeps them whatever is asked; a computed one is calculated for any
 * periods its calendar can hold.
 */
export function periodicityOf(kpi: Kpi, asked: Partial<Periodicity> = {}): Periodicity {
  const own = { calendar: kpi.calendar, frequency: kpi.frequency };
  if (kpi.source !== KpiSource.COMPUTED) return own;
  const wanted = { calendar: asked.calendar ?? kpi.calendar, frequency: asked.frequency ?? kpi.frequency };
  return fitsCalendar(wanted.calendar, wanted.frequency) ? wanted : own;
}

/** A KPI and the periods asked of it. */
export interface KpiPeriods {
  kpi: Kpi;
  periods: Period[];
}

/**
 * A KPI's figures per period. A computed KPI is calculated from the owning features' services unless a
 * published report froze the stored value; a manual KPI is what was entered, with its evidence.
 *
 * Every figure of a request is asked at once, not KPI after KPI and period after period: the features
 * then answer each of their figures for all the periods and KPIs in one statement (forPeriod in
 * core/kpi-catalogue.ts), and the stored values of all the KPIs come in one more.
 */
export class KpiFigures {
  constructor(private readonly em: EntityManager) {}

  /**
   * Every KPI of a frequency has the same periods, and each period the same share elapsed on a day:
   * worked out once per request rather than for every KPI, since date arithmetic was a tenth of a
   * scorecard's time in Node.
   */
  private readonly known = new Map<string, unknown>();
  private remembered<T>(key: string, work: () => T): T {
    if (!this.known.has(key)) this.known.set(key, work());
    return this.known.get(key) as T;
  }

  /**
   * The stored values of the KPIs in the periods asked of each, per KPI id: one statement. Read as plain
   * rows unless `managed`: a scorecard changes none of them, and building hundreds of managed entities
   * cost it more than all its figures' statements.
   */
  private async stored(asked: readonly KpiPeriods[]): Promise<Map<string, Stored<StoredFigure>>>;
  private async stored(asked: readonly KpiPeriods[], managed: true): Promise<Map<string, Stored<KpiValue>>>;
  private async stored(asked: readonly KpiPeriods[], managed = false): Promise<Map<string, Stored<StoredFigure>>> {
    const byKpi = new Map<string, Stored<StoredFigure>>(asked.map(({ kpi }) => [kpi.id, new Map()]));
    const starts = [...new Set(asked.flatMap(({ periods }) => periods.map((p) => p.start)))];
    if (byKpi.size === 0 || starts.length === 0) return byKpi;
    const where = { kpi: { $in: [...byKpi.keys()] }, periodStart: { $in: starts } };
    if (managed) {
      for (const value of await this.em.find(KpiValue, where)) byKpi.get(value.kpi.id)!.set(periodKey(value.periodStart, value.periodEnd), value);
      return byKpi;
    }
    const rows = await this.em
      .createQueryBuilder(KpiValue)
      .select(['id', 'kpi', 'periodStart', 'periodEnd', 'value', 'numerator', 'denominator', 'evidence', 'frozenAt', 'exceptionCommentary', 'exceptionActions'])
      .where(where)
      .execute<(StoredFigure & { kpi: string; periodStart: string; periodEnd: string })[]>('all');
    for (const row of rows) byKpi.get(row.kpi)!.set(periodKey(row.periodStart, row.periodEnd), row);
    return byKpi;
  }

  private calculate(kpi: Kpi, period: Period): Promise<Figure> {
    return kpiCalculation(kpi.calculation!).calculate(this.em, [kpi.localAuthority.id], period);
  }

  private figure(kpi: Kpi, period: Period, asOf: string, stored: StoredFigure | undefined, calculated: Figure | null | undefined): KpiFigure {
    const useStored = kpi.source === KpiSource.MANUAL || Boolean(stored?.frozenAt);
    const source: Partial<Figure> | null = useStored ? (stored ?? null) : (calculated ?? null);
    const value = source?.value ?? null;
    const rag = ragOf(value, kpi);
    const elapsed = this.remembered(`elapsed ${period.start} ${period.end} ${asOf}`, () => elapsedPercent(period, asOf));
    return {
      period: period.label,
      periodStart: period.start,
      periodEnd: period.end,
      partial: elapsed < 100,
      elapsedPercent: elapsed,
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

  /** Asks every period's calculation before awaiting any, so that they are answered together. */
  private figuresOf(kpi: Kpi, periods: Period[], asOf: string, stored: Stored<StoredFigure>): Promise<KpiFigure[]> {
    return Promise.all(
      periods.map(async (period) => {
        const kept = stored.get(periodKey(period.start, period.end));
        const calculated = kpi.source === KpiSource.COMPUTED && !kept?.frozenAt ? await this.calculate(kpi, period) : undefined;
        return this.figure(kpi, period, asOf, kept, calculated);
      }),
    );
  }

  /** The KPI's figures for the periods, each judged partial or complete on `asOf`. */
  async figures(kpi: Kpi, periods: Period[], asOf: string): Promise<KpiFigure[]> {
    return this.figuresOf(kpi, periods, asOf, (await this.stored([{ kpi, periods }])).get(kpi.id)!);
  }

  /**
   * Calculates computed KPIs for the periods asked of each and keeps each figure as its value, so the
   * history is real; a value a published report used (frozen) is left exactly as it was. Does not flush.
   */
  async recalculate(asked: readonly KpiPeriods[], now: Date): Promise<KpiValue[]> {
    const stored = await this.stored(asked, true);
    const perKpi = await Promise.all(
      asked.map(({ kpi, periods }) =>
        Promise.all(
          periods.map(async (period) => {
            const kept = stored.get(kpi.id)!.get(periodKey(period.start, period.end));
            if (kept?.frozenAt) return kept;
            const figure = await this.calculate(kpi, period);
            const value =
              kept ??
              this.em.create(KpiValue, { kpi, localAuthority: kpi.localAuthority, periodStart: period.start, periodEnd: period.end, period: period.label });
            this.em.assign(value, { ...figure, calculatedAt: now });
            return value;
          }),
        ),
      ),
    );
    return perKpi.flat();
  }

  /**
   * The scorecard's rows: for each KPI the period holding `asOf`, its trend and the milestone targets against
   * actuals, in the KPI's own periods or (computed KPIs) those asked for.
   */
  async rows(kpis: readonly Kpi[], asOf: string, trendLength: number, periods?: Partial<Periodicity>): Promise<KpiRow[]> {
    // One statement for every owner's name, and none when no KPI names a user.
    await this.em.populate(kpis as Kpi[], ['ownerUser']);
    const asked = kpis.map((kpi) => {
      const due = kpi.milestoneTargets.filter((m) => m.date <= asOf);
      const { calendar, frequency } = periodicityOf(kpi, periods);
      return {
        kpi,
        calendar,
        frequency,
        trend: this.remembered(`trend ${calendar} ${frequency} ${asOf} ${trendLength}`, () => periodsUpTo(calendar, frequency, asOf, trendLength)),
        due,
        actuals: due.map((m) => this.remembered(`period ${calendar} ${frequency} ${m.date}`, () => periodContaining(calendar, frequency, m.date))),
      };
    });
    const stored = await this.stored(asked.map(({ kpi, trend, actuals }) => ({ kpi, periods: [...trend, ...actuals] })));
    return Promise.all(
      asked.map(async ({ kpi, calendar, frequency, trend: trendPeriods, due, actuals: actualPeriods }) => {
        const [trend, actuals] = await Promise.all([
          this.figuresOf(kpi, trendPeriods, asOf, stored.get(kpi.id)!),
          this.figuresOf(kpi, actualPeriods, asOf, stored.get(kpi.id)!),
        ]);
        const milestones: KpiMilestoneResult[] = kpi.milestoneTargets.map((m) => {
          const actual = actuals[due.indexOf(m)]?.value ?? null;
          return { date: m.date, target: m.target, actual, rag: ragOf(actual, { ...kpi, target: m.target }) };
        });
        return {
          kpiId: kpi.id,
          code: kpi.code,
          name: kpi.name,
          owner: ownerName(kpi),
          unit: kpi.unit,
          direction: kpi.direction,
          frequency,
          calendar,
          source: kpi.source,
          target: kpi.target,
          baselineValue: kpi.baselineValue ?? null,
          baselineDate: kpi.baselineDate ?? null,
          current: trend[trend.length - 1]!,
          trend,
          milestones,
        };
      }),
    );
  }
}
