import type { EntityManager } from '@mikro-orm/postgresql';
import { LocalDateResolver } from 'graphql-scalars';
import { Field, Float, Int, ObjectType, UseMiddleware } from 'type-graphql';
import { uuidArray } from '../ehcp-audits/scope.js';
import { HideCostFromAuditors } from './cost-visibility.js';
import { addDays, addMonths, CONTRACT_ENDING_DAYS, distanceBand, nextVisitDue } from './placement-rules.js';

@ObjectType({ description: 'Placements in one group, and what they cost a year' })
export class PlacementGroup {
  @Field(() => String) key!: string;
  @Field(() => Int) count!: number;
  @Field(() => Int, { nullable: true, description: '£ a year (hidden from auditors)' })
  @UseMiddleware(HideCostFromAuditors)
  annualCost!: number;
}

@ObjectType()
export class PlacementCountPoint {
  @Field(() => LocalDateResolver) date!: string;
  @Field(() => Int) count!: number;
  @Field(() => Float, { description: 'The count the target reduction aims for by this date' }) target!: number;
}

@ObjectType({ description: "The board's highlight report on out-of-area and independent placements, as on a date" })
export class PlacementHighlight {
  @Field(() => LocalDateResolver) asOf!: string;
  @Field(() => Int, { description: 'Placements active on the date' }) count!: number;
  @Field(() => Int, { nullable: true }) @UseMiddleware(HideCostFromAuditors) annualCost!: number;
  @Field(() => [PlacementGroup]) byPrimaryNeed!: PlacementGroup[];
  @Field(() => [PlacementGroup]) byProviderType!: PlacementGroup[];
  @Field(() => [PlacementGroup]) byOfstedRating!: PlacementGroup[];
  @Field(() => [PlacementGroup], { description: 'IN_AREA or OUT_OF_AREA' }) byArea!: PlacementGroup[];
  @Field(() => [PlacementGroup]) byDistanceBand!: PlacementGroup[];
  @Field(() => Int, { description: 'Commissioned outcomes of active placements with a review by the date' }) outcomesReviewed!: number;
  @Field(() => Int, { description: 'Of those, whose latest review is achieved or on track' }) outcomesAchievedOrOnTrack!: number;
  @Field(() => Float, { nullable: true }) outcomesAchievedOrOnTrackPercent!: number | null;
  @Field(() => Int, { description: 'Active placements whose next visit was due before the date' }) visitsOverdue!: number;
  @Field(() => Int, { description: 'Active placements with a red area at their last visit' }) redAtLastVisit!: number;
  @Field(() => Int, { description: 'Active placements planned to end within 90 days after the date' }) contractsEnding!: number;
  @Field(() => [PlacementCountPoint], { description: 'Month by month over the year to the date' }) overTime!: PlacementCountPoint[];
}

interface PlacementRow {
  id: string;
  code: string;
  start_date: string;
  end_date: string | null;
  status: string;
  planned_end_date: string;
  visit_frequency_months: number;
  annual_cost: number;
  primary_need: string;
  setting_type: string;
  ofsted_rating: string;
  in_area: boolean;
  latitude: number;
  longitude: number;
  last_visit_date: string | null;
  last_visit_red: boolean | null;
}

/** Active on a date: started, not ended, and not just a proposal. */
const ACTIVE_ON = `p.status <> 'PROPOSED' and p.start_date <= q.as_of and (p.end_date is null or p.end_date > q.as_of)`;
/** The query's arguments, once, for the statements below to refer to as `q`. */
const ARGS = `with q as (select ?::uuid[] as authorities, ?::date as as_of)`;

function groupBy(rows: PlacementRow[], key: (row: PlacementRow) => string): PlacementGroup[] {
  const groups = new Map<string, PlacementGroup>();
  for (const row of rows) {
    const k = key(row);
    const group = groups.get(k) ?? { key: k, count: 0, annualCost: 0 };
    group.count += 1;
    group.annualCost += row.annual_cost;
    groups.set(k, group);
  }
  return [...groups.values()].sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
}

/**
 * The highlight report for the given authorities as on `asOf`: placements active then, grouped, with
 * the state of their visits (done by then) and outcome reviews (latest by then).
 */
export async function placementHighlight(
  em: EntityManager,
  localAuthorityIds: string[],
  asOf: string,
  targetReductionPercent: number,
): Promise<PlacementHighlight> {
  const rows: PlacementRow[] = await em.execute(
    `${ARGS}
     select p.id, la.code, to_char(p.start_date, 'YYYY-MM-DD') as start_date, p.status,
            to_char(p.planned_end_date, 'YYYY-MM-DD') as planned_end_date, p.visit_frequency_months,
            (p.education_cost + p.health_cost + p.social_care_cost)::int as annual_cost,
            c.primary_need, s.type as setting_type, s.ofsted_rating, s.local_authority_id = p.local_authority_id as in_area,
            pr.latitude, pr.longitude, to_char(v.visit_date, 'YYYY-MM-DD') as last_visit_date,
            'RED' in (v.safeguarding, v.provision_delivered, v.outcomes_progress, v.attendance, v.voice_and_wellbeing, v.value_for_money) as last_visit_red
       from q cross join placement p
       join local_authority la on la.id = p.local_authority_id
       join child c on c.id = p.child_id
       join provider pr on pr.id = p.provider_id
       join setting s on s.id = pr.setting_id
       left join lateral (select * from monitoring_visit mv where mv.placement_id = p.id and mv.status = 'DONE' and mv.visit_date <= q.as_of
                          order by mv.visit_date desc, mv.id limit 1) v on true
      where p.local_authority_id = any(q.authorities) and ${ACTIVE_ON}`,
    [uuidArray(localAuthorityIds), asOf],
  );
  const [outcomes] = (await em.execute(
    `${ARGS}
     select count(*)::int as reviewed, count(*) filter (where r.judgement in ('ACHIEVED', 'ON_TRACK'))::int as achieved_or_on_track
       from q cross join placement p
       join commissioned_outcome o on o.placement_id = p.id
       join lateral (select judgement from outcome_review r where r.outcome_id = o.id and r.review_date <= q.as_of
                      order by r.review_date desc, r.created_at desc limit 1) r on true
      where p.local_authority_id = any(q.authorities) and ${ACTIVE_ON}`,
    [uuidArray(localAuthorityIds), asOf],
  )) as { reviewed: number; achieved_or_on_track: number }[];
  const dates = Array.from({ length: 13 }, (_, i) => addMonths(asOf, i - 12));
  const counts: { date: string; count: number }[] = await em.execute(
    `select to_char(d, 'YYYY-MM-DD') as date,
            (select count(*)::int from placement p where p.local_authority_id = any(?::uuid[])
                and p.status <> 'PROPOSED' and p.start_date <= d and (p.end_date is null or p.end_date > d)) as count
       from unnest(?::date[]) d order by d`,
    [uuidArray(localAuthorityIds), `{${dates.join(',')}}`],
  );
  const baseline = counts[0]?.count ?? 0;
  const ending = addDays(asOf, CONTRACT_ENDING_DAYS);
  return {
    asOf,
    count: rows.length,
    annualCost: rows.reduce((sum, r) => sum + r.annual_cost, 0),
    byPrimaryNeed: groupBy(rows, (r) => r.primary_need),
    byProviderType: groupBy(rows, (r) => r.setting_type),
    byOfstedRating: groupBy(rows, (r) => r.ofsted_rating),
    byArea: groupBy(rows, (r) => (r.in_area ? 'IN_AREA' : 'OUT_OF_AREA')),
    byDistanceBand: groupBy(rows, (r) => distanceBand(r.code, r)),
    outcomesReviewed: outcomes!.reviewed,
    outcomesAchievedOrOnTrack: outcomes!.achieved_or_on_track,
    outcomesAchievedOrOnTrackPercent: outcomes!.reviewed ? Math.round((1000 * outcomes!.achieved_or_on_track) / outcomes!.reviewed) / 10 : null,
    visitsOverdue: rows.filter((r) => r.status === 'ACTIVE' && nextVisitDue(r.start_date, r.last_visit_date, r.visit_frequency_months) < asOf).length,
    redAtLastVisit: rows.filter((r) => r.last_visit_red).length,
    contractsEnding: rows.filter((r) => r.planned_end_date >= asOf && r.planned_end_date <= ending).length,
    overTime: counts.map(({ date, count }, i) => ({
      date,
      count,
      target: Math.round(baseline * (1 - (targetReductionPercent / 100) * (i / 12)) * 10) / 10,
    })),
  };
}
