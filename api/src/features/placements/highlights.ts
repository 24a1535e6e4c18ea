import type { EntityManager } from '@mikro-orm/postgresql';
import { LocalDateResolver } from 'graphql-scalars';
import { Field, Float, Int, ObjectType, UseMiddleware } from 'type-graphql';
import type { OfstedRating } from '../people/index.js';
import { CostsHiddenFromAuditors } from './costs.js';
import { PlacementStatus, type Rag } from './enums.js';
import { needsUrgentReview } from './placement-facts.js';
import { policiesOf, type Policy } from './policy.service.js';
import { INDEPENDENT_AND_NON_MAINTAINED } from './provider.rules.js';
import { addDays, addMonths, daysBetween } from '../../core/dates.js';
import { isoDateColumn, pgArray } from '../../core/db/sql.js';
import { activeOn, distanceBand, distanceMiles, nextVisitDue } from './schedule.js';
import { hasRed } from './visit-record.js';

@ObjectType({ description: 'Placements active on the date in one group, and what they cost a year' })
export class PlacementGroup {
  @Field(() => String) key!: string;
  @Field(() => Int) count!: number;
  @Field(() => Int, { nullable: true, description: 'Hidden from auditors' })
  @UseMiddleware(CostsHiddenFromAuditors)
  annualCost!: number;
}

@ObjectType({ description: 'Active placements on a date, against the trajectory of the reduction target' })
export class PlacementCountPoint {
  @Field(() => LocalDateResolver) date!: string;
  @Field(() => Int) count!: number;
  @Field(() => Float, { nullable: true, description: 'Where the reduction target says the count should be by then; empty before the baseline or without a target' })
  target!: number | null;
}

@ObjectType({ description: "The figures commissioners report to the board about placements, as they stood on a date" })
export class PlacementHighlights {
  @Field(() => LocalDateResolver) date!: string;
  @Field(() => Int, { description: 'Placements active on the date' }) placements!: number;
  @Field(() => Int, { nullable: true, description: 'Their annual cost, all contributions (hidden from auditors)' })
  @UseMiddleware(CostsHiddenFromAuditors)
  annualCost!: number;
  @Field(() => [PlacementGroup]) byPrimaryNeed!: PlacementGroup[];
  @Field(() => [PlacementGroup], { description: "By the provider's setting type" }) byProviderType!: PlacementGroup[];
  @Field(() => [PlacementGroup], { description: "By the provider's Ofsted judgement" }) byOfstedRating!: PlacementGroup[];
  @Field(() => [PlacementGroup], { description: 'IN_AREA or OUT_OF_AREA' }) byArea!: PlacementGroup[];
  @Field(() => [PlacementGroup]) byDistanceBand!: PlacementGroup[];
  @Field(() => Int, { description: 'Commissioned outcomes of active placements' }) outcomesCommissioned!: number;
  @Field(() => Int, { description: 'Of those, reviewed by the date' }) outcomesReviewed!: number;
  @Field(() => Int, { description: 'Of those, achieved or on track at their latest review' }) outcomesAchievedOrOnTrack!: number;
  @Field(() => Float, { nullable: true, description: '% of reviewed outcomes achieved or on track' }) outcomesAchievedOrOnTrackPercent!: number | null;
  @Field(() => Int, { description: 'Active placements whose next monitoring visit was past due' }) visitsOverdue!: number;
  @Field(() => Int, { description: 'Active placements whose last visit rated an area red' }) redAtLastVisit!: number;
  @Field(() => Int, { description: 'Active placements at a provider judged Inadequate and not visited since' }) urgentReviews!: number;
  @Field(() => Int, { description: 'Active placements whose planned end falls in the next 90 days' }) contractsEndingIn90Days!: number;
  @Field(() => Int, { description: 'Placements still open after their planned end: ended and not recorded, or running on without a new contract' })
  pastPlannedEnd!: number;
  @Field(() => [PlacementCountPoint], { description: 'Month by month over the year to the date' }) countOverTime!: PlacementCountPoint[];
}

interface PlacementRow {
  id: string;
  local_authority_id: string;
  authority_code: string;
  status: PlacementStatus;
  start_date: string;
  planned_end_date: string;
  ended_on: string | null;
  annual_cost: number;
  visit_interval_months: number;
  primary_need: string;
  setting_type: string;
  ofsted_rating: OfstedRating;
  ofsted_inspection_date: string | null;
  area_code: string;
  latitude: number | null;
  longitude: number | null;
}

type VisitRow = { placement_id: string; visit_date: string } & Record<'safeguarding' | 'provision_delivered' | 'outcomes_progress' | 'attendance' | 'child_voice' | 'value_for_money' | 'overall', Rag | null>;

const CONTRACT_WARNING_DAYS = 90;
const MONTHS_SHOWN = 12;

function group(rows: { key: string; annualCost: number }[]): PlacementGroup[] {
  const groups = new Map<string, PlacementGroup>();
  for (const { key, annualCost } of rows) {
    const found = groups.get(key) ?? { key, count: 0, annualCost: 0 };
    found.count += 1;
    found.annualCost += annualCost;
    groups.set(key, found);
  }
  return [...groups.values()].sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
}

/** The target's straight line from the baseline count to the reduced count on the target date. */
function targetOn(policy: Policy, date: string): number | null {
  const { baselineDate, baselineCount, targetReductionPercent, targetDate } = policy;
  if (!baselineDate || baselineCount == null || targetReductionPercent == null || !targetDate || date < baselineDate) return null;
  const share = Math.min(1, daysBetween(baselineDate, date) / daysBetween(baselineDate, targetDate));
  return baselineCount * (1 - (targetReductionPercent / 100) * share);
}

/**
 * The independent and non-maintained placements open on each day (activeOn) and their annual cost, read
 * alone: what the QA framework's KPIs need. One grouped statement for all the days, in their order.
 */
export async function independentPlacements(em: EntityManager, localAuthorityIds: readonly string[], days: readonly string[]): Promise<{ placements: number; annualCost: number }[]> {
  if (days.length === 0) return [];
  const rows = await em.execute<{ placements: string; annual_cost: string }[]>(
    `select count(p.id) as placements, coalesce(sum(p.education_cost + p.health_cost + p.social_care_cost), 0) as annual_cost
       from unnest(?::date[]) with ordinality as d(day, i)
       left join (placement p join provider pr on pr.id = p.provider_id join setting s on s.id = pr.setting_id and s.type = any(?::text[]))
         on p.local_authority_id = any(?::uuid[]) and p.start_date <= d.day and (p.ended_on is null or p.ended_on > d.day)
      group by d.i order by d.i`,
    [pgArray(days), pgArray(INDEPENDENT_AND_NON_MAINTAINED), pgArray(localAuthorityIds)],
  );
  return rows.map((row) => ({ placements: Number(row.placements), annualCost: Number(row.annual_cost) }));
}

/**
 * The highlight figures for the authorities given, as they stood on `date`. Everything is read in a
 * few statements and counted here, so the rules (who was active, which visit was last) are the same
 * ones the placement screens use.
 */
export async function placementHighlights(em: EntityManager, localAuthorityIds: string[], date: string): Promise<PlacementHighlights> {
  const policies = await policiesOf(em, localAuthorityIds);
  const ids = pgArray(localAuthorityIds);
  const placements: PlacementRow[] = await em.execute(
    `select p.id, p.local_authority_id, la.code as authority_code, p.status, ${isoDateColumn('p.start_date')},
            ${isoDateColumn('p.planned_end_date')}, ${isoDateColumn('p.ended_on')},
            p.education_cost + p.health_cost + p.social_care_cost as annual_cost, p.visit_interval_months,
            c.primary_need, s.type as setting_type, s.ofsted_rating, ${isoDateColumn('s.ofsted_inspection_date')},
            coalesce(s.area_authority_code, owner.code) as area_code, s.latitude, s.longitude
       from placement p
       join local_authority la on la.id = p.local_authority_id
       join child c on c.id = p.child_id
       join provider pr on pr.id = p.provider_id
       join setting s on s.id = pr.setting_id
       join local_authority owner on owner.id = s.local_authority_id
      where p.local_authority_id = any(?::uuid[])`,
    [ids],
  );
  const visits: VisitRow[] = await em.execute(
    `select v.placement_id, ${isoDateColumn('v.visit_date')}, v.safeguarding, v.provision_delivered, v.outcomes_progress,
            v.attendance, v.child_voice, v.value_for_money, v.overall
       from monitoring_visit v
      where v.local_authority_id = any(?::uuid[]) and v.status = 'COMPLETED' and v.visit_date <= ?
      order by v.visit_date, v.created_at`,
    [ids, date],
  );
  const reviews: { placement_id: string; outcome_id: string; progress: string | null }[] = await em.execute(
    `select o.placement_id, o.id as outcome_id,
            (select r.progress from outcome_review r where r.outcome_id = o.id and r.reviewed_on <= ? order by r.reviewed_on desc, r.created_at desc limit 1) as progress
       from commissioned_outcome o
      where o.local_authority_id = any(?::uuid[])`,
    [date, ids],
  );

  // Visits come oldest first, so the last one written for a placement is its latest.
  const lastVisit = new Map<string, VisitRow>();
  for (const visit of visits) lastVisit.set(visit.placement_id, visit);

  const active = placements.filter((p) => activeOn({ startDate: p.start_date, endedOn: p.ended_on }, date));
  const activeIds = new Set(active.map((p) => p.id));
  const ofActive = reviews.filter((r) => activeIds.has(r.placement_id));
  const reviewed = ofActive.filter((r) => r.progress !== null);
  const achievedOrOnTrack = reviewed.filter((r) => r.progress === 'ACHIEVED' || r.progress === 'ON_TRACK').length;

  let visitsOverdue = 0;
  let redAtLastVisit = 0;
  let urgentReviews = 0;
  for (const p of active) {
    const last = lastVisit.get(p.id);
    const due = nextVisitDue({ startDate: p.start_date, visitIntervalMonths: p.visit_interval_months, lastVisitOn: last?.visit_date });
    if (due < date) visitsOverdue += 1;
    if (last && hasRed({
      safeguarding: last.safeguarding, provisionDelivered: last.provision_delivered, outcomesProgress: last.outcomes_progress,
      attendance: last.attendance, childVoice: last.child_voice, valueForMoney: last.value_for_money, overall: last.overall,
    })) redAtLastVisit += 1;
    if (needsUrgentReview({ status: PlacementStatus.ACTIVE, lastVisitOn: last?.visit_date ?? null }, { ofstedRating: p.ofsted_rating, ofstedInspectionDate: p.ofsted_inspection_date })) urgentReviews += 1;
  }

  const warningEnd = addDays(date, CONTRACT_WARNING_DAYS);
  const withCost = (key: (p: PlacementRow) => string) => group(active.map((p) => ({ key: key(p), annualCost: Number(p.annual_cost) })));
  const policyOf = (p: PlacementRow) => policies.get(p.local_authority_id);
  const countOverTime: PlacementCountPoint[] = [];
  for (let back = MONTHS_SHOWN; back >= 0; back--) {
    const on = addMonths(date, -back);
    const targets = localAuthorityIds.map((id) => (policies.get(id) ? targetOn(policies.get(id)!, on) : null)).filter((t): t is number => t !== null);
    countOverTime.push({
      date: on,
      count: placements.filter((p) => activeOn({ startDate: p.start_date, endedOn: p.ended_on }, on)).length,
      target: targets.length > 0 ? targets.reduce((sum, t) => sum + t, 0) : null,
    });
  }

  return {
    date,
    placements: active.length,
    annualCost: active.reduce((sum, p) => sum + Number(p.annual_cost), 0),
    byPrimaryNeed: withCost((p) => p.primary_need),
    byProviderType: withCost((p) => p.setting_type),
    byOfstedRating: withCost((p) => p.ofsted_rating),
    byArea: withCost((p) => (p.area_code === p.authority_code ? 'IN_AREA' : 'OUT_OF_AREA')),
    byDistanceBand: withCost((p) => {
      const home = policyOf(p);
      return distanceBand(distanceMiles({ latitude: home?.homeLatitude, longitude: home?.homeLongitude }, p));
    }),
    outcomesCommissioned: ofActive.length,
    outcomesReviewed: reviewed.length,
    outcomesAchievedOrOnTrack: achievedOrOnTrack,
    outcomesAchievedOrOnTrackPercent: reviewed.length > 0 ? (100 * achievedOrOnTrack) / reviewed.length : null,
    visitsOverdue,
    redAtLastVisit,
    urgentReviews,
    contractsEndingIn90Days: active.filter((p) => p.planned_end_date >= date && p.planned_end_date <= warningEnd).length,
    pastPlannedEnd: active.filter((p) => p.planned_end_date < date).length,
    countOverTime,
  };
}
