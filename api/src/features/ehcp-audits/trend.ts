import type { EntityManager } from '@mikro-orm/postgresql';
import { LocalDateResolver } from 'graphql-scalars';
import { Field, Float, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ID } from 'type-graphql';
import { wilsonInterval } from './grading.js';
import { OutcomeDimension } from './audit-outcome.entity.js';
import { CycleKind, Term } from './cycle.entity.js';
import { elapsedPercent, today } from '../../core/dates.js';
import { pgArray } from '../../core/db/sql.js';
import { UUID } from '../../core/graphql/uuid.js';

export enum TrendPeriod {
  TERM = 'TERM',
  ACADEMIC_YEAR = 'ACADEMIC_YEAR',
}
registerEnumType(TrendPeriod, { name: 'TrendPeriod' });

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
  @Field(() => TrendPeriod, { nullable: true }) period?: TrendPeriod;
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
  @Field(() => String, { description: 'e.g. "2025/26 Spring" or "2025/26"' }) period!: string;
  @Field(() => Int) academicYear!: number;
  @Field(() => Term, { nullable: true }) term?: Term | null;
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

const TERM_ORDER = [Term.AUTUMN, Term.SPRING, Term.SUMMER];
const TERM_LABEL: Record<Term, string> = { AUTUMN: 'Autumn', SPRING: 'Spring', SUMMER: 'Summer' };

/**
 * The first and last day of an audit term (or, without a term, of the academic year), in the calendar the QA
 * framework's periods use: autumn from 1 September, spring from 1 January, summer from 1 April to 31 August.
 */
export function auditPeriodDates(academicYear: number, term: Term | null): { start: string; end: string } {
  switch (term) {
    case Term.AUTUMN:
      return { start: `${academicYear}-09-01`, end: `${academicYear}-12-31` };
    case Term.SPRING:
      return { start: `${academicYear + 1}-01-01`, end: `${academicYear + 1}-03-31` };
    case Term.SUMMER:
      return { start: `${academicYear + 1}-04-01`, end: `${academicYear + 1}-08-31` };
    default:
      return { start: `${academicYear}-09-01`, end: `${academicYear + 1}-08-31` };
  }
}

/** Counts final audits per period (and group) from the kept counts, within the given local authorities. */
export async function gradeTrend(em: EntityManager, localAuthorityIds: string[], options: GradeTrendOptions = {}): Promise<GradeTrendPoint[]> {
  const byTerm = (options.period ?? TrendPeriod.TERM) === TrendPeriod.TERM;
  const scope = options.localAuthorityId ? localAuthorityIds.filter((id) => id === options.localAuthorityId) : localAuthorityIds;
  const rows: { academic_year: number; term: Term | null; grp: string | null; audited: string; good: string }[] = await em.execute(
    `select academic_year, ${byTerm ? 'term' : 'null::text'} as term, nullif(grp, '') as grp,
            sum(outstanding + good + requires_improvement + inadequate) as audited, sum(outstanding + good) as good
       from audit_outcome_count
      where dimension = ? and kind = ? and local_authority_id in (select unnest(?::uuid[]))
      group by 1, 2, 3`,
    [options.breakdown ?? OutcomeDimension.ALL, options.kind ?? CycleKind.EHCP_AUDIT, pgArray(scope)],
  );
  const minimum = options.minimumCount ?? TOO_FEW_TO_REPORT;
  const few = options.fewAuditsBelow ?? FEW_AUDITS;
  const asOf = options.asOf ?? today();
  return rows
    .map((row) => {
      const audited = Number(row.audited);
      const good = Number(row.good);
      const interval = wilsonInterval(good, audited);
      const year = `${row.academic_year}/${String((row.academic_year + 1) % 100).padStart(2, '0')}`;
      const elapsed = elapsedPercent(auditPeriodDates(row.academic_year, row.term), asOf);
      return {
        period: row.term ? `${year} ${TERM_LABEL[row.term]}` : year,
        academicYear: row.academic_year,
        term: row.term,
        group: row.grp,
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
    .sort(
      (a, b) =>
        a.academicYear - b.academicYear ||
        TERM_ORDER.indexOf(a.term ?? Term.AUTUMN) - TERM_ORDER.indexOf(b.term ?? Term.AUTUMN) ||
        (a.group ?? '').localeCompare(b.group ?? ''),
    );
}
