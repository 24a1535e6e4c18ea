import type { TestApp } from './app.js';

/** The GraphQL the placement tests send. */
export const HIGHLIGHTS = `query ($date: LocalDate, $la: UUID) {
  placementHighlights(date: $date, localAuthorityId: $la) {
    date placements annualCost
    byPrimaryNeed { key count annualCost } byProviderType { key count annualCost } byOfstedRating { key count annualCost }
    byArea { key count annualCost } byDistanceBand { key count annualCost }
    outcomesCommissioned outcomesReviewed outcomesAchievedOrOnTrack outcomesAchievedOrOnTrackPercent
    visitsOverdue redAtLastVisit urgentReviews contractsEndingIn90Days pastPlannedEnd
    countOverTime { date count target }
  }
}`;

export interface Group {
  key: string;
  count: number;
  annualCost: number | null;
}

export interface Highlights {
  date: string;
  placements: number;
  annualCost: number | null;
  byPrimaryNeed: Group[];
  byProviderType: Group[];
  byOfstedRating: Group[];
  byArea: Group[];
  byDistanceBand: Group[];
  outcomesCommissioned: number;
  outcomesReviewed: number;
  outcomesAchievedOrOnTrack: number;
  outcomesAchievedOrOnTrackPercent: number | null;
  visitsOverdue: number;
  redAtLastVisit: number;
  urgentReviews: number;
  contractsEndingIn90Days: number;
  pastPlannedEnd: number;
  countOverTime: { date: string; count: number; target: number | null }[];
}

export async function highlights(app: TestApp, token: string, date?: string, la?: string): Promise<Highlights> {
  const result = await app.graphql(HIGHLIGHTS, { date, la }, token);
  if (!result.data?.placementHighlights) throw new Error(JSON.stringify(result.errors));
  return result.data.placementHighlights as Highlights;
}

/** Groups as a map key -> { count, annualCost }, for comparisons that do not depend on order. */
export function byKey(groups: Group[]): Record<string, { count: number; annualCost: number | null }> {
  return Object.fromEntries(groups.map((g) => [g.key, { count: g.count, annualCost: g.annualCost }]));
}

// ---- An independent computation of the highlight figures, straight from the tables. ----

const day = (iso: string) => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** Calendar months later, clamped to the month's end, written out longhand rather than shared with the API. */
function monthsLater(date: string, months: number): string {
  let year = Number(date.slice(0, 4));
  let month = Number(date.slice(5, 7)) + months;
  while (month > 12) { month -= 12; year += 1; }
  while (month < 1) { month += 12; year -= 1; }
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const d = Math.min(Number(date.slice(8, 10)), daysInMonth);
  return `${year}-${String(month).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function miles(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const toRad = (x: number) => (x * Math.PI) / 180;
  const h = Math.sin(toRad(lat2 - lat1) / 2) ** 2 + Math.cos(toRad(lat1)) * Math.cos(toRad(lat2)) * Math.sin(toRad(lon2 - lon1) / 2) ** 2;
  return 2 * 3958.8 * Math.asin(Math.sqrt(h));
}

function band(distance: number | null): string {
  if (distance === null) return 'UNKNOWN';
  return distance < 20 ? 'UNDER_20_MILES' : distance < 50 ? 'MILES_20_TO_50' : distance < 100 ? 'MILES_50_TO_100' : 'OVER_100_MILES';
}

interface Row {
  id: string; la: string; la_code: string; start: string; ended: string | null; planned_end: string; cost: number; interval: number;
  need: string; type: string; ofsted: string; inspected: string | null; area: string; lat: number | null; lon: number | null;
  home_lat: number | null; home_lon: number | null;
}

/** Every figure of the highlight report, computed in plain TypeScript from rows read with SQL. */
export async function expectedHighlights(app: TestApp, laIds: string[], date: string): Promise<Omit<Highlights, 'countOverTime' | 'outcomesAchievedOrOnTrackPercent'> & { countOverTime: { date: string; count: number }[] }> {
  const rows = await app.sql<Row>(
    `select p.id, p.local_authority_id as la, la.code as la_code, to_char(p.start_date, 'YYYY-MM-DD') as start, to_char(p.ended_on, 'YYYY-MM-DD') as ended,
            to_char(p.planned_end_date, 'YYYY-MM-DD') as planned_end, p.education_cost + p.health_cost + p.social_care_cost as cost,
            p.visit_interval_months as interval, c.primary_need as need, s.type, s.ofsted_rating as ofsted,
            to_char(s.ofsted_inspection_date, 'YYYY-MM-DD') as inspected, coalesce(s.area_authority_code, sla.code) as area,
            s.latitude as lat, s.longitude as lon, cp.home_latitude as home_lat, cp.home_longitude as home_lon
       from placement p join local_authority la on la.id = p.local_authority_id join child c on c.id = p.child_id
       join provider pr on pr.id = p.provider_id join setting s on s.id = pr.setting_id join local_authority sla on sla.id = s.local_authority_id
       left join commissioning_policy cp on cp.local_authority_id = p.local_authority_id
      where p.local_authority_id = any($1::uuid[])`,
    [laIds],
  );
  const visits = await app.sql<Record<string, string | null> & { placement_id: string; visit_date: string }>(
    `select placement_id, to_char(visit_date, 'YYYY-MM-DD') as visit_date, created_at::text as created, safeguarding, provision_delivered, outcomes_progress, attendance, child_voice, value_for_money, overall
       from monitoring_visit where status = 'COMPLETED' and visit_date <= $1`,
    [date],
  );
  const reviews = await app.sql<{ placement_id: string; outcome_id: string; progress: string | null; reviewed_on: string | null; created: string | null }>(
    `select o.placement_id, o.id as outcome_id, r.progress, to_char(r.reviewed_on, 'YYYY-MM-DD') as reviewed_on, r.created_at::text as created
       from commissioned_outcome o left join outcome_review r on r.outcome_id = o.id and r.reviewed_on <= $1`,
    [date],
  );

  const isActive = (r: Row, on: string) => r.start <= on && (r.ended === null || r.ended > on);
  const active = rows.filter((r) => isActive(r, date));
  const activeIds = new Set(active.map((r) => r.id));

  const latestVisit = new Map<string, (typeof visits)[number]>();
  for (const v of visits) {
    const seen = latestVisit.get(v.placement_id);
    if (!seen || v.visit_date > seen.visit_date || (v.visit_date === seen.visit_date && String(v.created) > String(seen.created))) latestVisit.set(v.placement_id, v);
  }
  const latestReview = new Map<string, (typeof reviews)[number]>();
  for (const r of reviews.filter((x) => activeIds.has(x.placement_id))) {
    const seen = latestReview.get(r.outcome_id);
    if (!seen || (r.reviewed_on !== null && (seen.reviewed_on === null || r.reviewed_on > seen.reviewed_on || (r.reviewed_on === seen.reviewed_on && String(r.created) > String(seen.created))))) latestReview.set(r.outcome_id, r);
  }
  const reviewed = [...latestReview.values()].filter((r) => r.progress !== null);

  const groups = (key: (r: Row) => string): Group[] => {
    const found = new Map<string, Group>();
    for (const r of active) {
      const k = key(r);
      const g = found.get(k) ?? { key: k, count: 0, annualCost: 0 };
      g.count += 1;
      g.annualCost = (g.annualCost ?? 0) + Number(r.cost);
      found.set(k, g);
    }
    return [...found.values()];
  };
  const areas = ['safeguarding', 'provision_delivered', 'outcomes_progress', 'attendance', 'child_voice', 'value_for_money', 'overall'];
  const in90 = iso(day(date) + 90 * 86_400_000);

  return {
    date,
    placements: active.length,
    annualCost: active.reduce((sum, r) => sum + Number(r.cost), 0),
    byPrimaryNeed: groups((r) => r.need),
    byProviderType: groups((r) => r.type),
    byOfstedRating: groups((r) => r.ofsted),
    byArea: groups((r) => (r.area === r.la_code ? 'IN_AREA' : 'OUT_OF_AREA')),
    byDistanceBand: groups((r) => band(r.lat === null || r.home_lat === null ? null : miles(r.home_lat, r.home_lon!, r.lat, r.lon!))),
    outcomesCommissioned: latestReview.size,
    outcomesReviewed: reviewed.length,
    outcomesAchievedOrOnTrack: reviewed.filter((r) => r.progress === 'ACHIEVED' || r.progress === 'ON_TRACK').length,
    visitsOverdue: active.filter((r) => monthsLater(latestVisit.get(r.id)?.visit_date ?? r.start, r.interval) < date).length,
    redAtLastVisit: active.filter((r) => {
      const v = latestVisit.get(r.id);
      return !!v && areas.some((a) => v[a] === 'RED');
    }).length,
    urgentReviews: active.filter((r) => r.ofsted === 'INADEQUATE' && (r.inspected === null || !latestVisit.has(r.id) || latestVisit.get(r.id)!.visit_date < r.inspected)).length,
    contractsEndingIn90Days: active.filter((r) => r.planned_end >= date && r.planned_end <= in90).length,
    pastPlannedEnd: active.filter((r) => r.planned_end < date).length,
    countOverTime: Array.from({ length: 13 }, (_, i) => monthsLater(date, i - 12)).map((on) => ({ date: on, count: rows.filter((r) => isActive(r, on)).length })),
  };
}
