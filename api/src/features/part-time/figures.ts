import type { EntityManager } from '@mikro-orm/postgresql';
import { LocalDateResolver } from 'graphql-scalars';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { phaseOf } from '../people/index.js';
import { addDays, daysBetween } from '../../core/dates.js';
import type { Period } from '../../core/periods.js';
import { isoDateColumn, pgArray } from '../../core/db/sql.js';
import { compulsorySchoolAgeFrom, compulsorySchoolAgeFromSql } from '../../core/school-calendar.js';
import type { PartTimeReason, SenStatus } from './enums.js';
import { activeOn, missingAgreements, overMaximum, reviewDueOn, type PolicyValues } from './rules.js';

@ObjectType({ description: 'How many timetables fall in one group' })
export class PartTimeCount {
  @Field(() => String, { description: 'The SEN status, setting id, phase or primary need' }) key!: string;
  @Field(() => String) label!: string;
  @Field(() => Int) count!: number;
}

@ObjectType({ description: "An authority's part-time timetables as they stood on one date, against its reduction target" })
export class PartTimeFigures {
  @Field(() => ID) localAuthorityId!: string;
  @Field(() => LocalDateResolver) asOf!: string;
  @Field(() => Int, { description: 'Pupils with SEND of compulsory school age on a part-time timetable that day: every figure below counts these' }) active!: number;
  @Field(() => Int, {
    description: 'Pupils below compulsory school age attending part time that day, counted apart: until the term after their fifth birthday that is their parents\' right',
  })
  belowCompulsorySchoolAge!: number;
  @Field(() => [PartTimeCount]) bySenStatus!: PartTimeCount[];
  @Field(() => [PartTimeCount], { description: 'Most first: the schools with the most come first' }) bySetting!: PartTimeCount[];
  @Field(() => [PartTimeCount], { description: "By the pupil's phase of education that day" }) byPhase!: PartTimeCount[];
  @Field(() => [PartTimeCount]) byPrimaryNeed!: PartTimeCount[];
  @Field(() => [PartTimeCount], { description: 'By the reason recorded: BEHAVIOUR shows misuse' }) byReason!: PartTimeCount[];
  @Field(() => Int, { description: 'Active with the review then due already past' }) reviewOverdue!: number;
  @Field(() => Int, { description: 'Active and lacking an agreement it needs' }) consentMissing!: number;
  @Field(() => Int, { description: 'Active and longer than the maximum without a recorded extension' }) overMaximum!: number;
  @Field(() => Int, { description: 'Timetables that had ended by then' }) ended!: number;
  @Field(() => Float, { nullable: true, description: 'Median length of the timetables ended by then, in weeks' }) medianWeeks?: number | null;
  @Field(() => LocalDateResolver, { nullable: true }) baselineDate?: string | null;
  @Field(() => Int, { nullable: true }) baselineCount?: number | null;
  @Field(() => Float) targetReductionPercent!: number;
  @Field(() => LocalDateResolver, { nullable: true }) targetDate?: string | null;
  @Field(() => Float, { nullable: true, description: 'The count the target aims for: the baseline less the reduction' }) targetCount?: number | null;
  @Field(() => Float, { nullable: true, description: 'Reduction so far against the baseline, per cent (negative: a rise)' }) reductionPercent?: number | null;
  @Field(() => Float, { nullable: true, description: 'Where a straight line from the baseline to the target stands that day' }) trajectoryCount?: number | null;
  @Field(() => Boolean, { nullable: true, description: 'At or below the straight line to the target' }) onTrack?: boolean | null;
}

@ObjectType({ description: 'Active timetables on the first day of one period, with the target line' })
export class PartTimeTrendPoint {
  @Field(() => String, { description: 'e.g. "Apr 2026" or "2026/27 Q1"' }) period!: string;
  @Field(() => LocalDateResolver, { description: "The period's first day" }) date!: string;
  @Field(() => Int) active!: number;
  @Field(() => Float, { nullable: true }) trajectoryCount?: number | null;
}

interface TimetableRow {
  id: string;
  sen_status: SenStatus;
  reason: PartTimeReason;
  setting_id: string;
  setting_name: string;
  date_of_birth: string;
  primary_need: string;
  looked_after: boolean;
  start_date: string;
  agreed_end_date: string;
  ended_on: string | null;
  parent_agreement_date: string | null;
  caseworker_agreement_date: string | null;
  virtual_school_agreement_date: string | null;
  has_social_worker: boolean;
  social_worker_involvement: string | null;
  extended_until: string | null;
  extension_reason: string | null;
}

interface Timetable {
  id: string;
  senStatus: SenStatus;
  reason: PartTimeReason;
  settingId: string;
  settingName: string;
  dateOfBirth: string;
  primaryNeed: string;
  lookedAfter: boolean;
  startDate: string;
  agreedEndDate: string;
  endedOn: string | null;
  parentAgreementDate: string | null;
  caseworkerAgreementDate: string | null;
  virtualSchoolAgreementDate: string | null;
  hasSocialWorker: boolean;
  socialWorkerInvolvement: string | null;
  extendedUntil: string | null;
  extensionReason: string | null;
  reviews: { reviewDate: string; nextReviewDate: string | null }[];
}

/** Every timetable of the authority begun by a date, with its reviews: two queries, whatever the size. */
async function timetables(em: EntityManager, localAuthorityId: string, until: string): Promise<Timetable[]> {
  const rows: TimetableRow[] = await em.execute(
    `select t.id, t.sen_status, t.reason, t.setting_id, s.name as setting_name, ${isoDateColumn('c.date_of_birth')}, c.primary_need, c.looked_after,
            ${['t.start_date', 't.agreed_end_date', 't.ended_on', 't.parent_agreement_date', 't.caseworker_agreement_date', 't.virtual_school_agreement_date', 't.extended_until'].map((column) => isoDateColumn(column)).join(', ')},
            t.has_social_worker, t.social_worker_involvement, t.extension_reason
       from part_time_timetable t join child c on c.id = t.child_id join setting s on s.id = t.setting_id
      where t.local_authority_id = ? and t.start_date <= ?`,
    [localAuthorityId, until],
  );
  const reviews: { timetable_id: string; review_date: string; next_review_date: string | null }[] = await em.execute(
    `select r.timetable_id, ${isoDateColumn('r.review_date')}, ${isoDateColumn('r.next_review_date')}
       from part_time_review r where r.local_authority_id = ? and r.review_date <= ?`,
    [localAuthorityId, until],
  );
  const byTimetable = new Map<string, Timetable['reviews']>();
  for (const review of reviews) {
    const list = byTimetable.get(review.timetable_id) ?? [];
    list.push({ reviewDate: review.review_date, nextReviewDate: review.next_review_date });
    byTimetable.set(review.timetable_id, list);
  }
  return rows.map((row) => ({
    id: row.id,
    senStatus: row.sen_status,
    reason: row.reason,
    settingId: row.setting_id,
    settingName: row.setting_name,
    dateOfBirth: row.date_of_birth,
    primaryNeed: row.primary_need,
    lookedAfter: row.looked_after,
    startDate: row.start_date,
    agreedEndDate: row.agreed_end_date,
    endedOn: row.ended_on,
    parentAgreementDate: row.parent_agreement_date,
    caseworkerAgreementDate: row.caseworker_agreement_date,
    virtualSchoolAgreementDate: row.virtual_school_agreement_date,
    hasSocialWorker: row.has_social_worker,
    socialWorkerInvolvement: row.social_worker_involvement,
    extendedUntil: row.extended_until,
    extensionReason: row.extension_reason,
    reviews: byTimetable.get(row.id) ?? [],
  }));
}

function countBy(items: Timetable[], key: (t: Timetable) => string, label: (t: Timetable) => string = key): PartTimeCount[] {
  const groups = new Map<string, PartTimeCount>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k) ?? { key: k, label: label(item), count: 0 };
    group.count += 1;
    groups.set(k, group);
  }
  return [...groups.values()].sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
}

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

function targetCount(policy: PolicyValues): number | null {
  return policy.baselineCount === null || policy.baselineCount === undefined ? null : policy.baselineCount * (1 - policy.targetReductionPercent / 100);
}

/** The straight line from the baseline (on its date) to the target (on its date), level after. */
export function trajectoryOn(policy: PolicyValues, date: string): number | null {
  const target = targetCount(policy);
  if (target === null || !policy.baselineDate || !policy.targetDate || date < policy.baselineDate) return null;
  const progress = Math.min(1, daysBetween(policy.baselineDate, date) / daysBetween(policy.baselineDate, policy.targetDate));
  return policy.baselineCount! - (policy.baselineCount! - target) * progress;
}

/** Whether a pupil was of compulsory school age on a day: only then is attending part time a reduced timetable. */
const ofSchoolAge = (t: Timetable, date: string) => compulsorySchoolAgeFrom(t.dateOfBirth) <= date;

export async function partTimeFigures(em: EntityManager, localAuthorityId: string, policy: PolicyValues, asOf: string): Promise<PartTimeFigures> {
  const all = await timetables(em, localAuthorityId, asOf);
  const open = all.filter((t) => activeOn(t, asOf));
  const active = open.filter((t) => ofSchoolAge(t, asOf));
  const ended = all.filter((t) => t.endedOn && t.endedOn <= asOf);
  const target = targetCount(policy);
  const trajectory = trajectoryOn(policy, asOf);
  const baseline = policy.baselineCount ?? null;
  return {
    localAuthorityId,
    asOf,
    active: active.length,
    belowCompulsorySchoolAge: open.length - active.length,
    bySenStatus: countBy(active, (t) => t.senStatus),
    bySetting: countBy(active, (t) => t.settingId, (t) => t.settingName),
    byPhase: countBy(active, (t) => phaseOf(t.dateOfBirth, asOf)),
    byPrimaryNeed: countBy(active, (t) => t.primaryNeed),
    byReason: countBy(active, (t) => t.reason),
    reviewOverdue: active.filter((t) => {
      const due = reviewDueOn(t, t.reviews, asOf);
      return due !== null && due < asOf;
    }).length,
    consentMissing: active.filter((t) => missingAgreements(t, t.lookedAfter, asOf).length > 0).length,
    overMaximum: active.filter((t) => overMaximum(t, policy.maximumWeeks, asOf)).length,
    ended: ended.length,
    medianWeeks: ((m) => (m === null ? null : m / 7))(median(ended.map((t) => daysBetween(t.startDate, t.endedOn!)))),
    baselineDate: policy.baselineDate ?? null,
    baselineCount: baseline,
    targetReductionPercent: policy.targetReductionPercent,
    targetDate: policy.targetDate ?? null,
    targetCount: target,
    reductionPercent: baseline ? (100 * (baseline - active.length)) / baseline : null,
    trajectoryCount: trajectory,
    onTrack: trajectory === null ? null : active.length <= trajectory,
  };
}

/**
 * How many timetables of the authorities are open on each day (activeOn) for pupils of compulsory school age, read
 * alone: what the QA framework's KPI needs. One grouped statement for all the days, in their order.
 */
export async function openTimetables(em: EntityManager, localAuthorityIds: readonly string[], days: readonly string[]): Promise<number[]> {
  if (days.length === 0) return [];
  const rows = await em.execute<{ open: string }[]>(
    `select count(t.id) as open
       from unnest(?::date[]) with ordinality as d(day, i)
       left join (part_time_timetable t join child c on c.id = t.child_id)
         on t.local_authority_id = any(?::uuid[]) and t.start_date <= d.day and (t.ended_on is null or t.ended_on > d.day)
        and ${compulsorySchoolAgeFromSql('c.date_of_birth')} <= d.day
      group by d.i order by d.i`,
    [pgArray(days), pgArray(localAuthorityIds)],
  );
  return rows.map((row) => Number(row.open));
}

/** Active timetables on the first day of each period (from the one holding `from` to the one holding `to`), with the target line. */
export async function partTimeTrend(em: EntityManager, localAuthorityId: string, policy: PolicyValues, periods: readonly Period[], to: string): Promise<PartTimeTrendPoint[]> {
  const all = await timetables(em, localAuthorityId, to);
  return periods.map(({ start: date, label }) => ({
    period: label,
    date,
    active: all.filter((t) => activeOn(t, date) && ofSchoolAge(t, date)).length,
    trajectoryCount: trajectoryOn(policy, date),
  }));
}
