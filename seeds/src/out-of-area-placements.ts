/**
 * Out-of-area and independent placements for the demo: providers (the independent, non-maintained and
 * further-education settings already generated, plus independent specialist providers added here), the
 * children placed with them, monitoring visits with their ratings and outcome reviews.
 * Its own random stream, so that adding it changes nothing else the generator makes.
 */
import { formatIsoDate, parseIsoDate, type Day } from './dates.js';
import { Random } from './random.js';
import type { OfstedRating, Scale, Setting, SyntheticData } from './types.js';

const STREAM = 0x51ac3d;
/** Placements per authority at each scale, Cambridgeshire's shaped on the reference area's 333. */
const PLACEMENT_TARGET: Record<Scale, Record<string, number>> = { demo: { '873': 330, '874': 105 }, test: { '873': 12, '874': 4 } };
const PROVIDER_TARGET: Record<Scale, Record<string, number>> = { demo: { '873': 40, '874': 18 }, test: { '873': 5, '874': 3 } };
const PLACED_TYPES = ['INDEPENDENT_SPECIAL', 'NON_MAINTAINED_SPECIAL', 'FURTHER_EDUCATION'];
const HOME: Record<string, [number, number]> = { '873': [52.2115, 0.113], '874': [52.5728, -0.2413] };
const RAGS = ['GREEN', 'AMBER', 'RED'] as const;
export type SyntheticRag = (typeof RAGS)[number];
export const VISIT_AREA_KEYS = ['safeguarding', 'provisionDelivered', 'outcomesProgress', 'attendance', 'voiceAndWellbeing', 'valueForMoney'] as const;
const OUTCOMES = [
  'Communicates needs and choices using a chosen system',
  'Manages anxiety with agreed strategies and attends full days',
  'Travels independently on a familiar route',
  'Reads and uses functional maths in daily life',
  'Builds and keeps friendships with peers',
  'Prepares a simple meal with minimal support',
  'Takes part in a work placement one day a week',
];
const REASONS = [
  'No local special school place could meet the sensory and communication needs described in section F',
  'Needs a waking-night residential setting that no local provider offers',
  'Local specialist provision full; tribunal named the independent school',
  'Requires an integrated therapeutic education and care placement',
];

export interface SyntheticProvider {
  id: string;
  localAuthorityId: string;
  settingId: string;
  residential: boolean;
  lastInspectionDate: string;
  contractFramework: 'SPOT_PURCHASE' | 'DYNAMIC_PURCHASING_SYSTEM' | 'NATIONAL_CONTRACT';
  postcode: string;
  latitude: number;
  longitude: number;
}
export interface SyntheticPlacement {
  id: string;
  localAuthorityId: string;
  childId: string;
  planId: string;
  providerId: string;
  startDate: string;
  plannedEndDate: string;
  endDate: string | null;
  contractReference: string;
  educationCost: number;
  healthCost: number;
  socialCareCost: number;
  residential: boolean;
  nightsPerWeek: number;
  weeksPerYear: number;
  noLocalProvisionReason: string;
  status: 'ACTIVE' | 'ENDED';
  visitFrequencyMonths: number;
}
export interface SyntheticOutcome { id: string; localAuthorityId: string; placementId: string; description: string; targetDate: string }
export interface SyntheticVisit {
  id: string;
  localAuthorityId: string;
  placementId: string;
  visitDate: string;
  officer: string;
  ratings: Record<(typeof VISIT_AREA_KEYS)[number], SyntheticRag>;
  overallRag: SyntheticRag;
  findings: string;
}
export interface SyntheticOutcomeReview { id: string; localAuthorityId: string; visitId: string; outcomeId: string; reviewDate: string; judgement: string; evidence: string }
export interface PlacementHistory {
  settings: Setting[];
  providers: SyntheticProvider[];
  placements: SyntheticPlacement[];
  outcomes: SyntheticOutcome[];
  visits: SyntheticVisit[];
  reviews: SyntheticOutcomeReview[];
}

const day = (d: Day) => formatIsoDate(d);
const monthsLater = (d: Day, months: number) => d + Math.round(months * 30.44);

export function generatePlacementHistory(data: SyntheticData, options: { seed: number; asOf: string; scale: Scale }): PlacementHistory {
  const random = new Random(options.seed ^ STREAM);
  const asOf = parseIsoDate(options.asOf);
  const history: PlacementHistory = { settings: [], providers: [], placements: [], outcomes: [], visits: [], reviews: [] };
  const children = new Map(data.children.map((c) => [c.id, c]));
  let urn = 1_400_000;
  for (const authority of data.localAuthorities) {
    const [homeLat, homeLon] = HOME[authority.code] ?? [52.5, -1];
    const existing = data.settings.filter((s) => PLACED_TYPES.includes(s.type));
    const added: Setting[] = [];
    while (existing.length + added.length < (PROVIDER_TARGET[options.scale][authority.code] ?? 0)) {
      urn += random.int(1, 40);
      added.push({
        id: random.uuid(),
        // Independent providers sit in one of the two demo areas; their own location sets the distance.
        localAuthorityId: random.pick(data.localAuthorities).id,
        urn: String(urn),
        name: `${random.pick(['Oakfield', 'Hillside', 'Meadowbank', 'Riverside', 'Beacon', 'Larchwood', 'Fenview', 'Kingsley'])} ${random.pick(['School', 'College', 'House', 'Academy'])} ${added.length + 1}`,
        type: random.weighted([['INDEPENDENT_SPECIAL', 7], ['NON_MAINTAINED_SPECIAL', 2], ['FURTHER_EDUCATION', 1]] as const),
        phase: random.pick(['SECONDARY', 'ALL_THROUGH', 'POST_16'] as const),
        ofstedRating: random.weighted<OfstedRating>([['OUTSTANDING', 2], ['GOOD', 6], ['REQUIRES_IMPROVEMENT', 2], ['INADEQUATE', 1]]),
      });
    }
    history.settings.push(...added);
    const providers = [...existing, ...added].map((setting): SyntheticProvider => {
      const far = random.chance(0.6);
      return {
        id: random.uuid(),
        localAuthorityId: authority.id,
        settingId: setting.id,
        residential: random.chance(0.35),
        lastInspectionDate: day(asOf - random.int(30, 1500)),
        contractFramework: random.weighted([['NATIONAL_CONTRACT', 5], ['DYNAMIC_PURCHASING_SYSTEM', 3], ['SPOT_PURCHASE', 2]] as const),
        postcode: `${random.pick(['PE', 'CB', 'NR', 'LE', 'NG', 'MK', 'B', 'LN'])}${random.int(1, 30)} ${random.int(1, 9)}${random.pick(['AB', 'DX', 'QT', 'HW'])}`,
        latitude: homeLat + (far ? random.int(-250, 250) : random.int(-20, 20)) / 100,
        longitude: homeLon + (far ? random.int(-300, 150) : random.int(-25, 25)) / 100,
      };
    });
    history.providers.push(...providers);

    // Autism and SEMH dominate these placements (170 and 116 of the reference area's 333).
    const weight = (need: string) => (need === 'ASD' ? 6 : need === 'SEMH' ? 4 : 1);
    const candidates = random
      .shuffle(data.plans.filter((p) => p.localAuthorityId === authority.id && p.status === 'FINAL'))
      .map((plan) => {
        const child = children.get(plan.childId)!;
        return { plan, child, priority: weight(child.primaryNeed) * random.int(1, 10) };
      })
      .sort((a, b) => b.priority - a.priority);
    const target = PLACEMENT_TARGET[options.scale][authority.code] ?? 0;
    for (const { plan, child } of candidates.slice(0, target)) {
      const provider = random.pick(providers);
      const residential = provider.residential && random.chance(0.7);
      const start = asOf - random.int(20, 1300);
      const plannedEnd = monthsLater(start, random.pick([24, 36, 48]));
      const ended = plannedEnd < asOf;
      const placement: SyntheticPlacement = {
        id: random.uuid(),
        localAuthorityId: authority.id,
        childId: child.id,
        planId: plan.id,
        providerId: provider.id,
        startDate: day(start),
        plannedEndDate: day(plannedEnd),
        endDate: ended ? day(plannedEnd) : null,
        contractReference: `${authority.code}-${provider.contractFramework.slice(0, 3)}-${String(history.placements.length + 1).padStart(4, '0')}`,
        educationCost: random.int(35, 60) * 1000,
        healthCost: random.chance(0.5) ? random.int(2, 12) * 1000 : 0,
        socialCareCost: residential ? random.int(20, 90) * 1000 : 0,
        residential,
        nightsPerWeek: residential ? random.pick([4, 5, 7]) : 0,
        weeksPerYear: residential && random.chance(0.5) ? 52 : 38,
        noLocalProvisionReason: random.pick(REASONS),
        status: ended ? 'ENDED' : 'ACTIVE',
        visitFrequencyMonths: random.chance(0.15) ? 3 : 6,
      };
      history.placements.push(placement);
      const outcomes = random.shuffle(OUTCOMES).slice(0, random.int(2, 4)).map((description) => ({
        id: random.uuid(),
        localAuthorityId: authority.id,
        placementId: placement.id,
        description,
        targetDate: day(monthsLater(start, random.pick([12, 24, 36]))),
      }));
      history.outcomes.push(...outcomes);
      // Visits every frequency, each a little late; some placements miss their latest one, so fall overdue.
      const until = Math.min(ended ? plannedEnd : asOf, asOf);
      const skipsLast = random.chance(0.15);
      for (let when = monthsLater(start, placement.visitFrequencyMonths) + random.int(0, 20); when <= until; when = monthsLater(when, placement.visitFrequencyMonths) + random.int(0, 20)) {
        if (skipsLast && monthsLater(when, placement.visitFrequencyMonths) > until) break;
        const concern = random.chance(0.08);
        const ratings = Object.fromEntries(
          VISIT_AREA_KEYS.map((area) => [area, concern && random.chance(0.3) ? 'RED' : random.weighted<SyntheticRag>([['GREEN', 8], ['AMBER', 2]])]),
        ) as SyntheticVisit['ratings'];
        const values = Object.values(ratings);
        const visit: SyntheticVisit = {
          id: random.uuid(),
          localAuthorityId: authority.id,
          placementId: placement.id,
          visitDate: day(when),
          officer: random.pick(['Commissioning officer A', 'Commissioning officer B', 'Placements manager']),
          ratings,
          overallRag: values.includes('RED') ? 'RED' : values.includes('AMBER') ? 'AMBER' : 'GREEN',
          findings: values.includes('RED') ? 'Serious concern raised with the provider; action plan agreed' : 'Provision seen as described in section F',
        };
        history.visits.push(visit);
        for (const outcome of outcomes) {
          history.reviews.push({
            id: random.uuid(),
            localAuthorityId: authority.id,
            visitId: visit.id,
            outcomeId: outcome.id,
            reviewDate: visit.visitDate,
            judgement: outcome.targetDate <= visit.visitDate
              ? random.weighted([['ACHIEVED', 6], ['NOT_ACHIEVED', 2]] as const)
              : random.weighted([['ON_TRACK', 7], ['NOT_ON_TRACK', 2]] as const),
            evidence: 'Seen in lessons and in the provider\'s progress report',
          });
        }
      }
    }
  }
  return history;
}
