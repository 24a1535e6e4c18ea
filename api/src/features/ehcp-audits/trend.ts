import type { EntityManager } from '@mikro-orm/postgresql';
import { LocalDateResolver } from 'graphql-scalars';
import { Field, Float, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ID } from 'type-graphql';
import { wilsonInterval } from './grading.js';
import { OutcomeDimension } from './audit-outcome.entity.js';
import { CycleKind, Term } from './cycle.entity.js';
import { elapsedPercent, today } from '../../core/dates.js';
import { checkedPeriodicity, ReportingCalendar, ReportingFrequency } from '../../core/graphql/periods.js';
import { periodOfTerm, reportingYearOf } from '../../core/periods.js';
import { pgArray } from '../../core/db/sql.js';
import { UUID } from '../../core/graphql/uuid.js';

export enum TrendBreakdown {
  TEAM = 'TEAM',
  PRIMARY_NEED = 'PRIMARY_NEED',
  PHASE = 'PHASE',
  SETTING_TYPE = 'SETTING_TYPE',
}
registerEnumType(TrendBreakdown, { name: 'TrendBreakdown' });

/**
 * Below this many final audits a period's percentage is flagged as resting on few audits: with 30 the 95%
 * interval around 50% is still about ±17 points wide, so a swing from one term to the next may be chance.
 * Points below `minimumCount` (default 10) are also too few to report at all.
 */
export const FEW_AUDITS = 30;
/** Below this many a figure is too few to report (the default `minimumCount`). */
export const TOO_FEW_TO_REPORT = 10;

@InputType()
export class GradeTrendOptions {
  @Field(() => ReportingCalendar, { nullable: true, description: 'Default the academic year' }) calendar?: ReportingCalendar;
  @Field(() => ReportingFrequency, { nullable: true, description: "Default termly; each term's audits count in the period holding the term's middle day" })
  frequency?: ReportingFrequency;
  @Field(() => UUID, { nullable: true }) localAuthorityId?: string;
  @Field(() => TrendBreakdown, { nullable: true }) breakdown?: TrendBreakdown;
  @Field(() => CycleKind, { nullable: true, description: 'EHCP audits unless given' }) kind?: CycleKind;
  @Field(() => Int, { nullable: true, description: `Fewer final audits than this are flagged as too few to report (default ${TOO_FEW_TO_REPORT}; board members never below it)` })
  minimumCount?: number;
  @Field(() => Int, { nullable: true, description: `Fewer final audits than this are flagged as few, to be read with care (default ${FEW_AUDITS})` })
  fewAuditsBelow?: number;
  @Field(() => LocalDateResolver, { nullable: true, description: 'The day the periods are judged complete or partial on (default today)' })
  asOf?: string;
}

@ObjectType({ description: 'Share of final audits graded good or outstanding in one period (and group)' })
export class GradeTrendPoint {
  @Field(() => String, { description: 'e.g. "2025/26 Spring", "2025/26" or "2026/27 Q1"' }) period!: string;
  @Field(() => LocalDateResolver) periodStart!: string;
  @Field(() => LocalDateResolver) periodEnd!: string;
  @Field(() => Int, { nullable: true, description: 'The year the academic year starts, for periods of the academic calendar' }) academicYear?: number | null;
  @Field(() => Term, { nullable: true, description: 'For termly periods' }) term?: Term | null;
  @Field(() => String, { nullable: true, description: 'The breakdown group (team id, primary need, phase or setting type)' }) group?: string | null;
  @Field(() => Int) audited!: number;
  @Field(() => Int) goodOrOutstanding!: number;
  @Field(() => Float, { nullable: true, description: 'Per cent; null when nothing was audited' }) percent?: number | null;
  @Field(() => Float, { nullable: true, description: '95% Wilson interval, lower bound, per cent' }) low?: number | null;
  @Field(() => Float, { nullable: true, description: '95% Wilson interval, upper bound, per cent' }) high?: number | null;
  @Field(() => Boolean) tooFewToReport!: boolean;
  @Field(() => Boolean, { description: 'Fewer final audits than `fewAuditsBelow`: read the percentage with care' }) fewAudits!: boolean;
  @Field(() => Boolean, { description: 'The period has not ended on `asOf`: more audits may still count in it' }) partial!: boolean;
  @Field(() => Float, { description: 'Share of the period elapsed on `asOf`, per cent (100 once it has ended)' }) elapsedPercent!: number;
}

/** Counts final audits per period (and group) from the kept counts, within the given local authorities. */
export async function gradeTrend(em: EntityManager, localAuthorityIds: string[], options: GradeTrendOptions = {}): Promise<GradeTrendPoint[]> {
  const [calendar, frequency] = checkedPeriodicity(options.calendar ?? ReportingCalendar.ACADEMIC, options.frequency ?? ReportingFrequency.TERMLY, 'options.frequency');
  const scope = options.localAuthorityId ? localAuthorityIds.filter((id) => id === options.localAuthorityId) : localAuthorityIds;
  const rows: { academic_year: number; term: Term; grp: string | null; audited: string; good: string }[] = await em.execute(
    `select academic_year, term, nullif(grp, '') as grp,
            sum(outstanding + good + requires_improvement + inadequate) as audited, sum(outstanding + good) as good
       from audit_outcome_count
      where dimension = ? and kind = ? and local_authority_id in (select unnest(?::uuid[]))
      group by 1, 2, 3`,
    [options.breakdown ?? OutcomeDimension.ALL, options.kind ?? CycleKind.EHCP_AUDIT, pgArray(scope)],
  );
  // A term's audits count whole in one period: the counts are kept per term, which is what keeps this fast.
  const periods = new Map<string, { period: ReturnType<typeof periodOfTerm>; term: Term; group: string | null; audited: number; good: number }>();
  for (const row of rows) {
    const period = periodOfTerm(calendar, frequency, row.academic_year, row.term);
    const key = `${period.start} ${row.grp ?? ''}`;
    const sum = periods.get(key) ?? { period, term: row.term, group: row.grp, audited: 0, good: 0 };
    sum.audited += Number(row.audited);
    sum.good += Number(row.good);
    periods.set(key, sum);
  }
  const minimum = options.minimumCount ?? TOO_FEW_TO_REPORT;
  const few = options.fewAuditsBelow ?? FEW_AUDITS;
  const asOf = options.asOf ?? today();
  return [...periods.values()]
    .map(({ period, term, group, audited, good }) => {
      const interval = wilsonInterval(good, audited);
      const elapsed = elapsedPercent(period, asOf);
      return {
        period: period.label,
        periodStart: period.start,
        periodEnd: period.end,
        academicYear: calendar === ReportingCalendar.ACADEMIC ? reportingYearOf(calendar, period.start) : null,
        term: frequency === ReportingFrequency.TERMLY ? term : null,
        group,
        audited,
        goodOrOutstanding: good,
        percent: audited ? (100 * good) / audited : null,
        low: interval ? 100 * interval.low : null,
        high: interval ? 100 * interval.high : null,
        tooFewToReport: audited < minimum,
        fewAudits: audited < few,
        partial: elapsed < 100,
        elapsedPercent: elapsed,
      };
    })
    .sort((a, b) => a.periodStart.localeCompare(b.periodStart) || (a.group ?? '').localeCompare(b.group ?? ''));
}
