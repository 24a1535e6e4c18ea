/**
 * Two years of part-time timetables for each authority: a steady flow of pupils put on reduced
 * timetables, reviewed every few weeks and returned to full time, with the flow easing off so that
 * the number on them falls from the baseline towards the 30% reduction target. Some reviews are let
 * slip and some agreements were never recorded, as in real returns.
 */
import { academicAge, formatIsoDate, parseIsoDate, type Day } from './dates.js';
import { Random, type Weighted } from './random.js';
import type { Child, GenerateOptions, Scale, Setting, SyntheticData } from './types.js';

export type SenStatus = 'EHCP' | 'SEN_SUPPORT';
export type PartTimeReason = 'MEDICAL' | 'REINTEGRATION' | 'IN_SCHOOL_SUPPORT' | 'OTHER';
export type TimetableStatus = 'ACTIVE' | 'ENDED_FULL_TIME' | 'ENDED_OTHER';
export type ReviewDecision = 'CONTINUE' | 'INCREASE' | 'END';

export interface PartTimePolicy {
  id: string;
  localAuthorityId: string;
  baselineDate: string;
  baselineCount: number;
  targetReductionPercent: number;
  targetDate: string;
}

export interface PartTimeTimetable {
  id: string;
  localAuthorityId: string;
  childId: string;
  settingId: string;
  senStatus: SenStatus;
  startDate: string;
  agreedEndDate: string;
  hoursPerWeek: number;
  currentHours: number;
  fullTimeHours: number;
  reason: PartTimeReason;
  reasonNotes: string | null;
  parentAgreementDate: string | null;
  parentAgreedBy: string | null;
  returnPlan: string;
  caseworkerAgreementDate: string | null;
  virtualSchoolAgreementDate: string | null;
  hasSocialWorker: boolean;
  socialWorkerInvolvement: string | null;
  extendedUntil: string | null;
  extensionReason: string | null;
  nextReviewDate: string;
  status: TimetableStatus;
  endedOn: string | null;
  destination: string | null;
}

export interface PartTimeReview {
  id: string;
  localAuthorityId: string;
  timetableId: string;
  reviewDate: string;
  hoursPerWeek: number;
  decision: ReviewDecision;
  notes: string | null;
  nextReviewDate: string | null;
}

export interface SchoolReturn {
  id: string;
  localAuthorityId: string;
  settingId: string;
  academicYear: number;
  halfTerm: number;
  receivedOn: string;
  rowCount: number;
}

export interface PartTimeData {
  policies: PartTimePolicy[];
  timetables: PartTimeTimetable[];
  reviews: PartTimeReview[];
  returns: SchoolReturn[];
}

/** Pupils on part-time timetables at the baseline, by authority code. */
const BASELINE: Record<string, Record<Scale, number>> = { '873': { demo: 140, test: 14 }, '874': { demo: 60, test: 6 } };
const HISTORY_DAYS = 730;
/** The flow starts this long before the baseline, so the count at the baseline is already steady. */
const WARM_UP_DAYS = 150;
const MEAN_LENGTH_DAYS = 70;
/** By the end of the history new timetables arrive at this share of the baseline rate. */
const FINAL_FLOW_SHARE = 0.72;
/** How long pupils actually stay on a timetable, in days: most between four weeks and a term. */
const LENGTHS: Weighted<number> = [[28, 2], [42, 3], [56, 3], [84, 2], [112, 1], [140, 1]];
const REVIEW_GAPS: Weighted<number> = [[14, 3], [21, 2], [28, 3], [42, 2]];
const REASONS: Weighted<PartTimeReason> = [['MEDICAL', 30], ['REINTEGRATION', 30], ['IN_SCHOOL_SUPPORT', 25], ['OTHER', 15]];
const AGREED_BY = ['mother', 'father', 'both parents', 'foster carer', 'kinship carer'];
const DESTINATIONS = ['moved to alternative provision', 'moved school', 'elective home education', 'moved out of the area', 'specialist placement'];
const RETURNING_TYPES = new Set(['MAINSTREAM', 'RESOURCED_PROVISION', 'SPECIAL', 'ALTERNATIVE_PROVISION']);
const HALF_TERM_STARTS: readonly [month: number, day: number, yearOffset: number][] = [[9, 1, 0], [11, 1, 0], [1, 1, 1], [2, 15, 1], [4, 15, 1], [6, 1, 1]];

/** DfE has expected a 32.5-hour school week since September 2024 (the product's default); before, the Ombudsman's benchmarks for the year group. */
const EXPECTED_WEEK_FROM = parseIsoDate('2024-09-01');

function fullTimeHours(birth: Day, on: Day): number {
  if (on >= EXPECTED_WEEK_FROM) return 32.5;
  const year = academicAge(birth, on) - 4;
  if (year <= 2) return 21;
  if (year <= 6) return 23.5;
  if (year <= 10) return 24;
  return 25;
}

const round = (hours: number) => Math.round(hours * 2) / 2;

function halfTermStart(academicYear: number, halfTerm: number): Day {
  const [month, day, offset] = HALF_TERM_STARTS[halfTerm - 1]!;
  return parseIsoDate(`${academicYear + offset}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`);
}

export function generatePartTime(data: SyntheticData, options: GenerateOptions): PartTimeData {
  // Its own stream, so adding this history leaves every other generated record as it was.
  const random = new Random(options.seed + 6_006);
  const asOf = parseIsoDate(options.asOf);
  const result: PartTimeData = { policies: [], timetables: [], reviews: [], returns: [] };
  for (const authority of data.localAuthorities) {
    const baseline = BASELINE[authority.code]?.[options.scale] ?? 0;
    if (baseline === 0) continue;
    const settings = data.settings.filter((s) => s.localAuthorityId === authority.id && RETURNING_TYPES.has(s.type));
    const plansByChild = new Map(data.plans.filter((p) => p.localAuthorityId === authority.id && p.status !== 'CEASED').map((p) => [p.childId, p]));
    const children = data.children
      .filter((c) => c.localAuthorityId === authority.id)
      .map((child) => ({ child, birth: parseIsoDate(child.dateOfBirth) }));
    const busyUntil = new Map<string, Day>();
    const baselineDay = asOf - HISTORY_DAYS;
    const timetables: PartTimeTimetable[] = [];

    for (let day = baselineDay - WARM_UP_DAYS; day <= asOf; day += 7) {
      const progress = Math.max(0, (day - baselineDay) / HISTORY_DAYS);
      const perWeek = (7 * baseline * (1 - (1 - FINAL_FLOW_SHARE) * progress)) / MEAN_LENGTH_DAYS;
      const arrivals = Math.floor(perWeek) + (random.chance(perWeek - Math.floor(perWeek)) ? 1 : 0);
      for (let n = 0; n < arrivals; n++) {
        const start = day + random.int(0, 6);
        if (start > asOf) continue;
        const found = pickFree(random, children, start, busyUntil);
        if (!found) continue;
        const { child, birth } = found;
        const plan = plansByChild.get(child.id);
        const setting = settingFor(random, settings, plan?.settingId ?? null, academicAge(birth, start) - 4);
        if (!setting) continue;
        const made = makeTimetable(random, { authorityId: authority.id, childId: child.id, lookedAfter: child.lookedAfter, senStatus: plan ? 'EHCP' : 'SEN_SUPPORT', setting, start, asOf, fullTime: fullTimeHours(birth, start) });
        busyUntil.set(child.id, made.timetable.endedOn ? parseIsoDate(made.timetable.endedOn) : Infinity);
        timetables.push(made.timetable);
        result.reviews.push(...made.reviews);
      }
    }
    result.timetables.push(...timetables);
    const baselineIso = formatIsoDate(baselineDay);
    result.policies.push({
      id: random.uuid(),
      localAuthorityId: authority.id,
      baselineDate: baselineIso,
      baselineCount: timetables.filter((t) => t.startDate <= baselineIso && (!t.endedOn || t.endedOn > baselineIso)).length,
      targetReductionPercent: 30,
      targetDate: formatIsoDate(baselineDay + 3 * 365),
    });
    result.returns.push(...schoolReturns(random, authority.id, settings, timetables, baselineDay, asOf));
  }
  return result;
}

/** A school-age pupil (Reception to Year 11) not already on a timetable; a few tries, as the eligible are most. */
function pickFree(random: Random, children: { child: Child; birth: Day }[], start: Day, busyUntil: Map<string, Day>): { child: Child; birth: Day } | undefined {
  for (let tries = 0; tries < 50; tries++) {
    const candidate = random.pick(children);
    const year = academicAge(candidate.birth, start) - 4;
    if (year >= 0 && year <= 11 && (busyUntil.get(candidate.child.id) ?? -Infinity) < start) return candidate;
  }
  return undefined;
}

/** The school named in the plan if it sends returns, else a school of the pupil's phase. */
function settingFor(random: Random, settings: Setting[], planSetting: string | null, year: number): Setting | undefined {
  const named = settings.find((s) => s.id === planSetting);
  if (named) return named;
  const phase = year <= 6 ? 'PRIMARY' : 'SECONDARY';
  const fitting = settings.filter((s) => s.type === 'MAINSTREAM' && (s.phase === phase || s.phase === 'ALL_THROUGH'));
  return fitting.length ? random.pick(fitting) : settings.length ? random.pick(settings) : undefined;
}

interface Start {
  authorityId: string;
  childId: string;
  lookedAfter: boolean;
  senStatus: SenStatus;
  setting: Setting;
  start: Day;
  asOf: Day;
  fullTime: number;
}

function makeTimetable(random: Random, s: Start): { timetable: PartTimeTimetable; reviews: PartTimeReview[] } {
  const id = random.uuid();
  const iso = formatIsoDate;
  const startHours = round(s.fullTime * (0.35 + 0.35 * random.int(0, 10) / 10));
  const firstReview = s.start + random.weighted(REVIEW_GAPS);
  const endsOtherwise = random.chance(0.15);
  // Some schools stop holding reviews: the timetable runs on with its review overdue.
  const neglected = random.chance(0.2);
  const length = random.weighted(LENGTHS) + random.int(0, 6);
  const endDay = s.start + length;
  const reviews: PartTimeReview[] = [];
  let hours = startHours;
  let due = firstReview;
  for (let held = 0; due < endDay && due <= s.asOf && !(neglected && held >= 1); held++) {
    const reviewDay = due + random.int(-2, 3);
    if (reviewDay >= endDay || reviewDay > s.asOf) break;
    const increase = random.chance(0.7);
    const next = increase ? Math.min(round(hours + s.fullTime * (0.1 + 0.05 * random.int(0, 3))), s.fullTime - 0.5) : hours;
    const gap = random.weighted(REVIEW_GAPS);
    reviews.push(review(random, s.authorityId, id, reviewDay, next, next > hours ? 'INCREASE' : 'CONTINUE', reviewDay + gap));
    hours = next;
    due = reviewDay + gap;
  }
  const ended = endDay <= s.asOf;
  const status: TimetableStatus = !ended ? 'ACTIVE' : endsOtherwise ? 'ENDED_OTHER' : 'ENDED_FULL_TIME';
  // A school that kept up its reviews ends the timetable at one; a neglected one is closed on the record later.
  if (status === 'ENDED_FULL_TIME' && !neglected) {
    reviews.push(review(random, s.authorityId, id, endDay, s.fullTime, 'END', null));
    hours = s.fullTime;
  }
  const endedOn = ended ? endDay : null;
  const destination = status === 'ENDED_OTHER' ? random.pick(DESTINATIONS) : null;
  const longRunning = (endedOn ?? s.asOf) - s.start > 42 || firstReview - s.start > 42;
  const extended = longRunning && random.chance(0.75);
  const agreed = !random.chance(0.12);
  const hasSocialWorker = random.chance(0.2);
  const lastNext = reviews.length ? reviews[reviews.length - 1]!.nextReviewDate : null;
  return {
    timetable: {
      id,
      localAuthorityId: s.authorityId,
      childId: s.childId,
      settingId: s.setting.id,
      senStatus: s.senStatus,
      startDate: iso(s.start),
      agreedEndDate: iso(firstReview),
      hoursPerWeek: startHours,
      currentHours: hours,
      fullTimeHours: s.fullTime,
      reason: random.weighted(REASONS),
      reasonNotes: null,
      parentAgreementDate: agreed ? iso(s.start - random.int(0, 7)) : null,
      parentAgreedBy: agreed ? random.pick(AGREED_BY) : null,
      returnPlan: 'Add a lesson a day each fortnight, starting with the mornings, reviewed with the family',
      caseworkerAgreementDate: s.senStatus === 'EHCP' && !random.chance(0.15) ? iso(s.start - random.int(0, 5)) : null,
      virtualSchoolAgreementDate: s.lookedAfter && !random.chance(0.2) ? iso(s.start - random.int(0, 5)) : null,
      hasSocialWorker,
      socialWorkerInvolvement: hasSocialWorker && !random.chance(0.25) ? 'Social worker attended the planning meeting and is told of each review' : null,
      extendedUntil: extended ? iso(s.start + 7 * random.int(10, 16)) : null,
      extensionReason: extended ? 'Medical advice: a gradual return over a term' : null,
      nextReviewDate: lastNext ?? iso(firstReview),
      status,
      endedOn: endedOn === null ? null : iso(endedOn),
      destination,
    },
    reviews,
  };
}

const NOTES: Record<ReviewDecision, string> = {
  END: 'Back to full time; check-ins with the SENCo for a half-term',
  INCREASE: 'Coping well with the longer days',
  CONTINUE: 'Not ready for more yet',
};

function review(random: Random, localAuthorityId: string, timetableId: string, day: Day, hoursPerWeek: number, decision: ReviewDecision, next: Day | null): PartTimeReview {
  return {
    id: random.uuid(),
    localAuthorityId,
    timetableId,
    reviewDate: formatIsoDate(day),
    hoursPerWeek,
    decision,
    notes: NOTES[decision],
    nextReviewDate: next === null ? null : formatIsoDate(next),
  };
}

/** Every half-term that ended within the history: most schools returned, the latest often late or missing. */
function schoolReturns(random: Random, authorityId: string, settings: Setting[], timetables: PartTimeTimetable[], from: Day, asOf: Day): SchoolReturn[] {
  const returns: SchoolReturn[] = [];
  const firstYear = new Date(from * 86_400_000).getUTCFullYear() - 1;
  for (let year = firstYear; halfTermStart(year, 1) <= asOf; year++) {
    for (let halfTerm = 1; halfTerm <= 6; halfTerm++) {
      const start = halfTermStart(year, halfTerm);
      const end = (halfTerm === 6 ? halfTermStart(year + 1, 1) : halfTermStart(year, halfTerm + 1)) - 1;
      if (start < from || end >= asOf) continue;
      const latest = end + 60 >= asOf;
      for (const setting of settings) {
        if (!random.chance(latest ? 0.7 : 0.9)) continue;
        const received = Math.min(asOf, end + random.int(1, 14));
        returns.push({
          id: random.uuid(),
          localAuthorityId: authorityId,
          settingId: setting.id,
          academicYear: year,
          halfTerm,
          receivedOn: formatIsoDate(received),
          rowCount: timetables.filter((t) => t.settingId === setting.id && t.startDate >= formatIsoDate(start) && t.startDate <= formatIsoDate(end)).length,
        });
      }
    }
  }
  return returns;
}
