/**
 * Independent and out-of-area placements for the synthetic area: providers (some of the area's own
 * independent schools, more in other counties), the placements bought from them, and their history of
 * monitoring visits and outcome reviews. It draws from its own random stream, so the rest of the
 * synthetic area comes out exactly as it would without it.
 */
import { PLACE_ENDS, PLACE_STARTS } from './catalogue.js';
import { academicAge, formatIsoDate, parseIsoDate, type Day } from './dates.js';
import { Random, type Weighted } from './random.js';
import type { GenerateOptions, OfstedRating, PrimaryNeed, Scale, Setting, SettingPhase, SettingType, SyntheticData } from './types.js';

export type Rag = 'RED' | 'AMBER' | 'GREEN';
export type OutcomeProgress = 'ACHIEVED' | 'ON_TRACK' | 'NOT_ON_TRACK' | 'NOT_ACHIEVED';
export type PurchasingRoute = 'SPOT_PURCHASE' | 'DYNAMIC_PURCHASING_SYSTEM' | 'NATIONAL_CONTRACT' | 'LOCAL_FRAMEWORK';
export type ProviderDocumentKind =
  | 'BEHAVIOUR_POLICY' | 'RESTRAINT_POLICY' | 'EXCLUSION_POLICY' | 'SAFEGUARDING_POLICY' | 'COMPLAINTS_POLICY' | 'INSPECTION_REPORT' | 'COST_BREAKDOWN';

/** Where a provider is and what Ofsted last said of it: for new settings and the area's own independent ones alike. */
export interface SettingDetails {
  settingId: string;
  ofstedInspectionDate: string | null;
  areaAuthorityCode: string | null;
  areaAuthorityName: string | null;
  postcode: string;
  latitude: number;
  longitude: number;
}

export interface CommissioningPolicy {
  id: string;
  localAuthorityId: string;
  homeLatitude: number;
  homeLongitude: number;
  baselineDate: string;
  baselineCount: number;
  targetReductionPercent: number;
  targetDate: string;
}

export interface Provider {
  id: string;
  localAuthorityId: string;
  settingId: string;
  purchasingRoute: PurchasingRoute;
  contractReference: string | null;
  contractEndDate: string | null;
  section41Approved: boolean;
}

export interface ProviderDocument {
  id: string;
  localAuthorityId: string;
  providerId: string;
  kind: ProviderDocumentKind;
  title: string;
  documentDate: string;
  receivedOn: string;
  reviewDue: string;
}

export interface Placement {
  id: string;
  localAuthorityId: string;
  childId: string;
  planId: string;
  providerId: string;
  status: 'ACTIVE' | 'ENDED';
  startDate: string;
  plannedEndDate: string;
  endedOn: string | null;
  contractReference: string;
  educationCost: number;
  healthCost: number;
  socialCareCost: number;
  attendancePattern: 'DAY' | 'RESIDENTIAL';
  nightsPerWeek: number | null;
  weeksPerYear: number;
  noLocalProvisionReason: string;
  visitIntervalMonths: number;
}

export interface CommissionedOutcome {
  id: string;
  localAuthorityId: string;
  placementId: string;
  planReference: string;
  description: string;
  targetDate: string;
}

export interface MonitoringVisit {
  id: string;
  localAuthorityId: string;
  placementId: string;
  status: 'PLANNED' | 'COMPLETED';
  visitDate: string;
  officer: string;
  safeguarding: Rag | null;
  provisionDelivered: Rag | null;
  outcomesProgress: Rag | null;
  attendance: Rag | null;
  childVoice: Rag | null;
  valueForMoney: Rag | null;
  overall: Rag | null;
  findings: string | null;
}

export interface VisitAction {
  id: string;
  localAuthorityId: string;
  visitId: string;
  description: string;
  owner: string;
  dueDate: string;
  status: 'OPEN' | 'DONE';
}

export interface OutcomeReview {
  id: string;
  localAuthorityId: string;
  outcomeId: string;
  visitId: string;
  reviewedOn: string;
  progress: OutcomeProgress;
  evidence: string;
}

export interface PlacementData {
  /** New settings: providers in other counties, kept on the record of the authority that places there. */
  settings: Setting[];
  settingDetails: SettingDetails[];
  policies: CommissioningPolicy[];
  providers: Provider[];
  providerDocuments: ProviderDocument[];
  placements: Placement[];
  outcomes: CommissionedOutcome[];
  visits: MonitoringVisit[];
  visitActions: VisitAction[];
  outcomeReviews: OutcomeReview[];
}

interface Area {
  code: string;
  name: string;
  latitude: number;
  longitude: number;
  postcode: string;
}

/** Where each demo authority measures distances from (its county town), and the areas it places into. */
const HOMES: Readonly<Record<string, Area>> = {
  '873': { code: '873', name: 'Cambridgeshire', latitude: 52.2053, longitude: 0.1218, postcode: 'CB' },
  '874': { code: '874', name: 'Peterborough', latitude: 52.5695, longitude: -0.2405, postcode: 'PE' },
};

/** Real local authority areas (codes and rough centres); the providers in them are invented. */
const OTHER_AREAS: Weighted<Area> = [
  [{ code: '926', name: 'Norfolk', latitude: 52.63, longitude: 1.3, postcode: 'NR' }, 8],
  [{ code: '935', name: 'Suffolk', latitude: 52.19, longitude: 1.0, postcode: 'IP' }, 8],
  [{ code: '881', name: 'Essex', latitude: 51.74, longitude: 0.47, postcode: 'CM' }, 7],
  [{ code: '919', name: 'Hertfordshire', latitude: 51.8, longitude: -0.2, postcode: 'SG' }, 6],
  [{ code: '822', name: 'Bedford', latitude: 52.14, longitude: -0.47, postcode: 'MK' }, 5],
  [{ code: '925', name: 'Lincolnshire', latitude: 53.1, longitude: -0.4, postcode: 'LN' }, 5],
  [{ code: '855', name: 'Leicestershire', latitude: 52.64, longitude: -1.13, postcode: 'LE' }, 3],
  [{ code: '886', name: 'Kent', latitude: 51.27, longitude: 0.52, postcode: 'ME' }, 3],
  [{ code: '878', name: 'Devon', latitude: 50.72, longitude: -3.53, postcode: 'EX' }, 1],
  [{ code: '888', name: 'Lancashire', latitude: 53.76, longitude: -2.7, postcode: 'PR' }, 1],
  [{ code: '929', name: 'Northumberland', latitude: 55.17, longitude: -1.69, postcode: 'NE' }, 1],
];

interface Shape {
  /** New providers in other areas, per scale. */
  newProviders: Readonly<Record<Scale, number>>;
  /** Placements active on asOf, per scale; two-fifths as many more ended in the last fifteen months. */
  active: Readonly<Record<Scale, number>>;
}

/** The reference area had 333 such placements; Peterborough, about a third the size, proportionally fewer. */
const SHAPES: Readonly<Record<string, Shape>> = {
  '873': { newProviders: { demo: 32, test: 3 }, active: { demo: 330, test: 12 } },
  '874': { newProviders: { demo: 10, test: 2 }, active: { demo: 100, test: 5 } },
};

const INDEPENDENT: readonly SettingType[] = ['INDEPENDENT_SPECIAL', 'NON_MAINTAINED_SPECIAL', 'INDEPENDENT_SPECIALIST_COLLEGE', 'RESIDENTIAL'];

const NEW_PROVIDER_TYPES: Weighted<readonly [SettingType, SettingPhase, string]> = [
  [['INDEPENDENT_SPECIAL', 'ALL_THROUGH', 'House School'], 35],
  [['INDEPENDENT_SPECIAL', 'SECONDARY', 'Independent School'], 25],
  [['INDEPENDENT_SPECIALIST_COLLEGE', 'POST_16', 'Specialist College'], 15],
  [['RESIDENTIAL', 'ALL_THROUGH', 'Residential School'], 15],
  [['NON_MAINTAINED_SPECIAL', 'ALL_THROUGH', 'Sensory Support School'], 10],
];

const PROVIDER_RATINGS: Weighted<OfstedRating> = [['OUTSTANDING', 20], ['GOOD', 64], ['REQUIRES_IMPROVEMENT', 14], ['INADEQUATE', 2]];

/** The reference area's 333 placements: 170 for autism, 116 for SEMH, the rest spread. */
const PLACEMENT_NEEDS: Weighted<PrimaryNeed> = [['ASD', 170], ['SEMH', 116], ['SLD', 12], ['SLCN', 10], ['PMLD', 8], ['MLD', 7], ['HI', 4], ['PD', 3], ['VI', 2], ['MSI', 1]];

const ROUTES: Weighted<PurchasingRoute> = [['NATIONAL_CONTRACT', 45], ['DYNAMIC_PURCHASING_SYSTEM', 25], ['SPOT_PURCHASE', 20], ['LOCAL_FRAMEWORK', 10]];

const NO_LOCAL_REASONS: readonly string[] = [
  'No maintained special school place in the area could meet the level of autism support in section F.',
  'The local special schools were full for the year group; tribunal named this school.',
  'Needs a waking-night residential placement that no local provision offers.',
  'SEMH needs require small-group teaching with on-site therapy not available locally.',
  'Sensory needs require specialist teaching of the deaf not provided in the area.',
  'Previous local placements broke down; the multi-agency panel agreed an independent placement.',
  'Post-19 specialist college programme with supported living not offered by local colleges.',
];

const OUTCOMES: Readonly<Record<'SCHOOL' | 'ADULT', readonly string[]>> = {
  SCHOOL: [
    'Will use a visual timetable to move between lessons with no more than one adult prompt, by the end of the year.',
    'Will tell a trusted adult when feeling anxious, using a chosen strategy, on four days out of five.',
    'Will attend at least 90% of sessions across a full term.',
    'Will read and understand a short passage at their level and answer three questions about it.',
    'Will take part in a small-group activity for 20 minutes without leaving the room.',
    'Will use their communication aid to make requests across the school day.',
    'Will manage unstructured times (break and lunch) with no more than one incident a half term.',
  ],
  ADULT: [
    'Will travel independently from home to college on a familiar route.',
    'Will complete a supported work placement of one day a week for a term.',
    'Will plan, budget for and cook a simple meal with minimal support.',
    'Will manage their own medication with a weekly check from staff.',
    'Will take part in a community activity of their choice each week.',
  ],
};

const AREA_FIELDS = ['safeguarding', 'provisionDelivered', 'outcomesProgress', 'attendance', 'childVoice', 'valueForMoney'] as const;
const OFFICERS: readonly string[] = ['A. Patel', 'J. Hughes', 'S. Okafor', 'R. Bennett', 'L. Novak', 'M. Ahmed'];
const ACTIONS: Readonly<Record<(typeof AREA_FIELDS)[number], string>> = {
  safeguarding: 'Send the safeguarding log and the restraint records for the last term',
  provisionDelivered: 'Show the speech and language therapy sessions delivered against section F',
  outcomesProgress: 'Set measurable steps towards the commissioned outcomes and share them',
  attendance: 'Agree an attendance plan with the family and report weekly',
  childVoice: 'Record the young person’s own views before the next review',
  valueForMoney: 'Send an itemised cost breakdown for the current year',
};
const DOCUMENT_TITLES: Readonly<Record<ProviderDocumentKind, string>> = {
  BEHAVIOUR_POLICY: 'Behaviour policy',
  RESTRAINT_POLICY: 'Positive handling and restraint policy',
  EXCLUSION_POLICY: 'Exclusion policy',
  SAFEGUARDING_POLICY: 'Safeguarding and child protection policy',
  COMPLAINTS_POLICY: 'Complaints procedure',
  INSPECTION_REPORT: 'Ofsted inspection report',
  COST_BREAKDOWN: 'Annual cost breakdown',
};

const DAY = 1;
const MONTH = 30;
const YEAR = 365;
const SYNTHETIC = '(synthetic)';

function addMonths(day: Day, months: number): Day {
  const date = new Date(day * 86_400_000);
  const index = date.getUTCFullYear() * 12 + date.getUTCMonth() + months;
  const lastDay = new Date(Date.UTC(Math.floor(index / 12), (index % 12) + 1, 0)).getUTCDate();
  return Math.round(Date.UTC(Math.floor(index / 12), index % 12, Math.min(date.getUTCDate(), lastDay)) / 86_400_000);
}

const round100 = (pounds: number) => Math.round(pounds / 100) * 100;
const jitter = (random: Random, degrees: number) => Math.round((random.int(-1000, 1000) / 1000) * degrees * 10_000) / 10_000;

export function generatePlacements(data: SyntheticData, options: GenerateOptions): PlacementData {
  const { scale } = options;
  const asOf = parseIsoDate(options.asOf);
  // Its own stream: adding placements must not change the children and plans other features rely on.
  const random = new Random(options.seed * 7919 + 331);
  const out: PlacementData = {
    settings: [], settingDetails: [], policies: [], providers: [], providerDocuments: [], placements: [], outcomes: [], visits: [], visitActions: [], outcomeReviews: [],
  };
  const usedUrns = new Set(data.settings.map((s) => s.urn));
  const authorityCode = new Map(data.localAuthorities.map((la) => [la.id, la.code]));

  // The area's own independent settings: where they are and when Ofsted last went.
  const independent = data.settings.filter((s) => INDEPENDENT.includes(s.type));
  for (const setting of independent) {
    const home = HOMES[authorityCode.get(setting.localAuthorityId) ?? ''];
    if (!home) continue;
    out.settingDetails.push(details(random, asOf, setting, home, false));
  }

  for (const authority of data.localAuthorities) {
    const home = HOMES[authority.code];
    const shape = SHAPES[authority.code];
    if (!home || !shape) continue;

    // New providers in other counties, on this authority's record.
    const candidates: Setting[] = independent.slice();
    let judgedInadequate: Setting | null = null;
    for (let i = 0; i < shape.newProviders[scale]; i++) {
      const area = random.weighted(OTHER_AREAS);
      const [type, phase, suffix] = random.weighted(NEW_PROVIDER_TYPES);
      let urn = `9${random.int(0, 99_999).toString().padStart(5, '0')}`;
      while (usedUrns.has(urn)) urn = `9${random.int(0, 99_999).toString().padStart(5, '0')}`;
      usedUrns.add(urn);
      const rating = i === 0 ? 'INADEQUATE' : random.weighted(PROVIDER_RATINGS);
      const setting: Setting = {
        id: random.uuid(),
        localAuthorityId: authority.id,
        urn,
        name: `${random.pick(PLACE_STARTS)}${random.pick(PLACE_ENDS)} ${suffix}, ${area.name} ${SYNTHETIC}`,
        type,
        phase,
        ofstedRating: rating,
      };
      out.settings.push(setting);
      if (i === 0) judgedInadequate = setting;
      // The first new provider was judged Inadequate a few weeks ago: its children need urgent visits.
      out.settingDetails.push(details(random, asOf, setting, area, true, i === 0 ? asOf - random.int(20, 50) : null));
      candidates.push(setting);
    }

    const providers = candidates.map((setting) => {
      const route = random.weighted(ROUTES);
      const provider: Provider = {
        id: random.uuid(),
        localAuthorityId: authority.id,
        settingId: setting.id,
        purchasingRoute: route,
        contractReference: route === 'SPOT_PURCHASE' ? null : `${authority.code}-${route === 'NATIONAL_CONTRACT' ? 'NCA' : route === 'LOCAL_FRAMEWORK' ? 'LFA' : 'DPS'}-${random.int(100, 999)}`,
        contractEndDate: route === 'SPOT_PURCHASE' ? null : formatIsoDate(asOf + random.int(2 * MONTH, 3 * YEAR)),
        section41Approved: setting.type !== 'RESIDENTIAL' && random.chance(0.7),
      };
      out.providers.push(provider);
      documents(random, asOf, provider, out);
      return { provider, setting };
    });
    const forAdults = providers.filter((p) => p.setting.type === 'INDEPENDENT_SPECIALIST_COLLEGE' || p.setting.phase === 'POST_19');
    const forPupils = providers.filter((p) => !forAdults.includes(p));

    // Children with a final plan, of school age or older, grouped by need.
    const birthOf = new Map(data.children.map((c) => [c.id, { need: c.primaryNeed, birth: parseIsoDate(c.dateOfBirth) }]));
    const pools = new Map<PrimaryNeed, { childId: string; planId: string; issued: Day; adult: boolean }[]>();
    for (const plan of data.plans) {
      if (plan.localAuthorityId !== authority.id || plan.status !== 'FINAL' || !plan.issueDate) continue;
      const child = birthOf.get(plan.childId);
      if (!child) continue;
      const age = academicAge(child.birth, asOf);
      const issued = parseIsoDate(plan.issueDate);
      if (age < 5 || issued > asOf - 3 * MONTH) continue;
      const pool = pools.get(child.need) ?? [];
      pool.push({ childId: plan.childId, planId: plan.id, issued, adult: age >= 19 });
      pools.set(child.need, pool);
    }
    const pick = () => {
      const wanted = random.weighted(PLACEMENT_NEEDS);
      const pool = (pools.get(wanted)?.length ? pools.get(wanted) : [...pools.values()].find((p) => p.length > 0)) ?? [];
      return pool.length > 0 ? pool.splice(random.int(0, pool.length - 1), 1)[0]! : null;
    };

    const ended = Math.round((shape.active[scale] * 2) / 5);
    let contractNumber = 0;
    for (let i = 0; i < shape.active[scale] + ended; i++) {
      const chosen = pick();
      if (!chosen) break;
      const isEnded = i >= shape.active[scale];
      const suitable = chosen.adult && forAdults.length > 0 ? forAdults : forPupils.length > 0 ? forPupils : providers;
      // The first few children are at the provider just judged Inadequate, so urgent reviews show; the rest spread out.
      const atInadequate = i < 3 ? suitable.find((p) => p.setting === judgedInadequate) : undefined;
      const { provider, setting } = atInadequate ?? random.pick(suitable);
      const earliest = Math.max(chosen.issued, asOf - 5 * YEAR);
      // Ended placements finished over the last fifteen months after running one to three years, so the
      // count a year ago is a little below today's, as in an area whose placements turn over as they grow.
      const endedOn = isEnded ? random.int(Math.min(asOf - DAY, Math.max(earliest + 6 * MONTH, asOf - 15 * MONTH)), asOf - DAY) : null;
      const start =
        endedOn !== null
          ? random.int(Math.min(endedOn, Math.max(earliest, endedOn - 3 * YEAR)), Math.min(endedOn, Math.max(earliest, endedOn - YEAR)))
          : random.int(earliest, Math.max(earliest, asOf - 2 * MONTH));
      let plannedEnd = start + random.int(YEAR, 3 * YEAR);
      if (!isEnded && plannedEnd <= asOf) plannedEnd = asOf + random.int(10, 400);
      const residential = setting.type === 'RESIDENTIAL' || random.chance(0.08);
      const weeks = residential && random.chance(0.5) ? 52 : 38;
      contractNumber += 1;
      const placement: Placement = {
        id: random.uuid(),
        localAuthorityId: authority.id,
        childId: chosen.childId,
        planId: chosen.planId,
        providerId: provider.id,
        status: isEnded ? 'ENDED' : 'ACTIVE',
        startDate: formatIsoDate(start),
        plannedEndDate: formatIsoDate(plannedEnd),
        endedOn: endedOn === null ? null : formatIsoDate(endedOn),
        contractReference: `${authority.code}-IPA-${contractNumber.toString().padStart(4, '0')}`,
        // A typical place costs £45k–65k a year; residential care adds to it.
        educationCost: round100(random.int(36_000, 62_000)),
        healthCost: random.chance(0.35) ? round100(random.int(2_000, 15_000)) : 0,
        socialCareCost: residential ? round100(random.int(weeks === 52 ? 60_000 : 25_000, weeks === 52 ? 140_000 : 70_000)) : 0,
        attendancePattern: residential ? 'RESIDENTIAL' : 'DAY',
        nightsPerWeek: residential ? random.pick([4, 4, 5, 7]) : null,
        weeksPerYear: weeks,
        noLocalProvisionReason: random.pick(NO_LOCAL_REASONS),
        visitIntervalMonths: random.chance(0.1) ? 3 : 6,
      };
      out.placements.push(placement);
      const outcomes = commission(random, placement, chosen.adult, out);
      // The fourth placement is always a struggling one, so even the small test area has red ratings.
      monitor(random, asOf, placement, endedOn ?? asOf, outcomes, out, i === 3);
    }

    const activeAt = (day: Day) => out.placements.filter((p) => p.localAuthorityId === authority.id && parseIsoDate(p.startDate) <= day && (!p.endedOn || parseIsoDate(p.endedOn) > day)).length;
    const baseline = asOf - YEAR;
    out.policies.push({
      id: random.uuid(),
      localAuthorityId: authority.id,
      homeLatitude: home.latitude,
      homeLongitude: home.longitude,
      baselineDate: formatIsoDate(baseline),
      baselineCount: activeAt(baseline),
      targetReductionPercent: 10,
      targetDate: formatIsoDate(asOf + YEAR),
    });
  }
  return out;
}

function details(random: Random, asOf: Day, setting: Setting, area: Area, elsewhere: boolean, inspected: Day | null = null): SettingDetails {
  const postcode = `${area.postcode}${random.int(1, 30)} ${random.int(1, 9)}${String.fromCharCode(65 + random.int(0, 25))}${String.fromCharCode(65 + random.int(0, 25))}`;
  return {
    settingId: setting.id,
    // Most within three years; some older, which the re-inspection window flags.
    ofstedInspectionDate: setting.ofstedRating === 'NOT_YET_INSPECTED' ? null : formatIsoDate(inspected ?? asOf - random.int(MONTH, random.chance(0.8) ? 3 * YEAR : 5 * YEAR)),
    areaAuthorityCode: elsewhere ? area.code : null,
    areaAuthorityName: elsewhere ? area.name : null,
    postcode,
    latitude: Math.round((area.latitude + jitter(random, 0.2)) * 10_000) / 10_000,
    longitude: Math.round((area.longitude + jitter(random, 0.25)) * 10_000) / 10_000,
  };
}

function documents(random: Random, asOf: Day, provider: Provider, out: PlacementData): void {
  for (const kind of Object.keys(DOCUMENT_TITLES) as ProviderDocumentKind[]) {
    if (!random.chance(0.85)) continue;
    const dated = asOf - random.int(MONTH, 20 * MONTH);
    out.providerDocuments.push({
      id: random.uuid(),
      localAuthorityId: provider.localAuthorityId,
      providerId: provider.id,
      kind,
      title: DOCUMENT_TITLES[kind],
      documentDate: formatIsoDate(dated),
      receivedOn: formatIsoDate(Math.min(asOf, dated + random.int(0, MONTH))),
      reviewDue: formatIsoDate(dated + YEAR),
    });
  }
}

function commission(random: Random, placement: Placement, adult: boolean, out: PlacementData): CommissionedOutcome[] {
  const texts = random.shuffle(OUTCOMES[adult ? 'ADULT' : 'SCHOOL']).slice(0, random.int(2, 4));
  const start = parseIsoDate(placement.startDate);
  const outcomes = texts.map((description, i) => ({
    id: random.uuid(),
    localAuthorityId: placement.localAuthorityId,
    placementId: placement.id,
    planReference: `E${i + 1}`,
    description,
    targetDate: formatIsoDate(start + random.int(YEAR, 2 * YEAR)),
  }));
  out.outcomes.push(...outcomes);
  return outcomes;
}

/** Visits every interval from the start (a few weeks either way), some missed, the next one planned. */
function monitor(random: Random, asOf: Day, placement: Placement, until: Day, outcomes: CommissionedOutcome[], out: PlacementData, struggling: boolean): void {
  const start = parseIsoDate(placement.startDate);
  const officer = random.pick(OFFICERS);
  // A struggling placement rates worse on every visit.
  const troubled = random.chance(0.08) || struggling;
  let last = start;
  for (;;) {
    const due = addMonths(last, placement.visitIntervalMonths);
    const day = due + random.int(-20, 10);
    if (day > until) break;
    // About one in eight placements has its latest visit missed, which makes it overdue.
    if (addMonths(due, placement.visitIntervalMonths) > until && placement.status === 'ACTIVE' && random.chance(0.12)) break;
    const ratings = Object.fromEntries(AREA_FIELDS.map((area) => [area, rate(random, troubled)])) as Record<(typeof AREA_FIELDS)[number], Rag>;
    const worst: Rag = Object.values(ratings).includes('RED') ? 'RED' : Object.values(ratings).filter((r) => r === 'AMBER').length >= 2 ? 'AMBER' : 'GREEN';
    const visit: MonitoringVisit = {
      id: random.uuid(),
      localAuthorityId: placement.localAuthorityId,
      placementId: placement.id,
      status: 'COMPLETED',
      visitDate: formatIsoDate(day),
      officer,
      ...ratings,
      overall: worst,
      findings: worst === 'GREEN' ? 'Provision delivered as specified; the young person is settled and making progress.' : 'Concerns discussed with the provider; actions agreed below.',
    };
    out.visits.push(visit);
    for (const area of AREA_FIELDS.filter((a) => ratings[a] !== 'GREEN')) {
      const dueDate = day + random.int(2 * 7, 8 * 7);
      out.visitActions.push({
        id: random.uuid(),
        localAuthorityId: placement.localAuthorityId,
        visitId: visit.id,
        description: ACTIONS[area],
        owner: area === 'valueForMoney' ? 'Commissioning officer' : 'Provider',
        dueDate: formatIsoDate(dueDate),
        status: dueDate < asOf && random.chance(0.8) ? 'DONE' : 'OPEN',
      });
    }
    for (const outcome of outcomes) {
      const target = parseIsoDate(outcome.targetDate);
      const progress: OutcomeProgress =
        day >= target ? (random.chance(troubled ? 0.4 : 0.7) ? 'ACHIEVED' : 'NOT_ACHIEVED') : random.chance(troubled ? 0.45 : 0.8) ? 'ON_TRACK' : 'NOT_ON_TRACK';
      out.outcomeReviews.push({
        id: random.uuid(),
        localAuthorityId: placement.localAuthorityId,
        outcomeId: outcome.id,
        visitId: visit.id,
        reviewedOn: visit.visitDate,
        progress,
        evidence: progress === 'ON_TRACK' || progress === 'ACHIEVED' ? 'Seen in lesson observation and the provider’s progress data.' : 'Little evidence of progress in the records seen.',
      });
    }
    last = day;
  }
  if (placement.status === 'ACTIVE') {
    out.visits.push({
      id: random.uuid(),
      localAuthorityId: placement.localAuthorityId,
      placementId: placement.id,
      status: 'PLANNED',
      visitDate: formatIsoDate(Math.max(asOf + 7, addMonths(last, placement.visitIntervalMonths))),
      officer,
      safeguarding: null, provisionDelivered: null, outcomesProgress: null, attendance: null, childVoice: null, valueForMoney: null, overall: null,
      findings: null,
    });
  }
}

function rate(random: Random, troubled: boolean): Rag {
  const red = troubled ? 0.1 : 0.003;
  const amber = troubled ? 0.3 : 0.08;
  const roll = random.int(0, 9999) / 10_000;
  return roll < red ? 'RED' : roll < red + amber ? 'AMBER' : 'GREEN';
}
