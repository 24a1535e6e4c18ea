/**
 * The statutory timeline of the demo area: an assessment record for every plan (request, decision to
 * assess, draft, final plan, on the plan's own request and issue dates), the requests that were refused,
 * ended without a plan or were withdrawn, plans transferred in from other authorities, and every annual
 * review since each plan was issued (meeting, decision, amendment), with a backlog that was worse a
 * year or two ago than now. Exceptions are drawn only from those the regulations allow to each step,
 * and only where they fit the dates (a school closure needs the summer holiday inside the window).
 * Drawn from its own random stream, so the rest of the generated data is unchanged.
 */
import { academicAge, addMonths, addYears, formatIsoDate, parseIsoDate, type Day } from './dates.js';
import { Random } from './random.js';
import type { Child, Plan, Team } from './types.js';

const STREAM = 0x7e1a_11e5;

export type TimescaleException = 'SCHOOL_CLOSURE' | 'EARLY_YEARS_CLOSURE' | 'EXCEPTIONAL_PERSONAL_CIRCUMSTANCES' | 'ABSENT_FROM_AREA' | 'MISSED_APPOINTMENT';

export interface SyntheticAssessmentRequest {
  id: string;
  localAuthorityId: string;
  childId: string;
  planId: string | null;
  teamId: string | null;
  caseworker: string | null;
  kind: 'REQUEST' | 'TRANSFER_IN';
  receivedOn: string;
  decisionOn: string | null;
  decision: 'ASSESS' | 'REFUSE' | null;
  decisionException: TimescaleException | null;
  draftOn: string | null;
  outcome: 'FINAL_PLAN' | 'NO_PLAN' | null;
  outcomeOn: string | null;
  outcomeException: TimescaleException | null;
  withdrawnOn: string | null;
  previousAuthority: string | null;
  previousReviewOn: string | null;
  transferNoticeOn: string | null;
}

export interface SyntheticAnnualReview {
  id: string;
  localAuthorityId: string;
  planId: string;
  meetingDate: string;
  decisionDate: string | null;
  decision: 'MAINTAIN' | 'AMEND' | 'CEASE' | null;
  ceaseReason: string | null;
  amendmentNoticeOn: string | null;
  amendedPlanOn: string | null;
  healthCheckDiscussed: boolean | null;
}

export interface Timeline {
  assessmentRequests: SyntheticAssessmentRequest[];
  annualReviews: SyntheticAnnualReview[];
}

/** The regulations' deadlines, in days, as the API's rules count them. */
const DECISION_DAYS = 42;
const FINAL_DAYS = 140;
const REVIEW_DECISION_DAYS = 28;
const AMENDED_PLAN_DAYS = 84;
/** The exceptions each step may have (regs. 5(4), 10(4)). */
const DECISION_EXCEPTIONS: readonly TimescaleException[] = ['SCHOOL_CLOSURE', 'EXCEPTIONAL_PERSONAL_CIRCUMSTANCES', 'ABSENT_FROM_AREA'];

/** Requests looked at for refusals and the like: the last three years. */
const HISTORY_DAYS = 3 * 365;
/** Of all requests, the share refused, ended without a plan after assessment, or withdrawn (national figures are near these). */
const REFUSED_SHARE = 0.25;
const NO_PLAN_SHARE = 0.04;
const WITHDRAWN_SHARE = 0.02;
/** Of the final plans issued over two years ago and reviewed in the last year, the share that moved in since their last review but one: about 2% of all plans. */
const TRANSFER_CHANCE = 0.04;
/** Share of late plans that an allowed exception explains; a few on-time ones record one too. */
const LATE_EXCEPTION_SHARE = 0.3;
const ON_TIME_EXCEPTION_SHARE = 0.02;

const FIRST_NAMES = ['Amira', 'Ben', 'Chloe', 'Dev', 'Ella', 'Femi', 'Grace', 'Hari', 'Isla', 'Jonah', 'Kiran', 'Lena', 'Marcus', 'Nadia', 'Owen', 'Priya', 'Rosa', 'Sam', 'Tomasz', 'Uma'];
const SURNAMES = ['Ahmed', 'Brooks', 'Carter', 'Dobson', 'Evans', 'Fraser', 'Gill', 'Hughes', 'Iqbal', 'Jones', 'Kowalski', 'Lewis', 'Mensah', 'Novak', 'Patel', 'Quinn', 'Reid', 'Shaw', 'Turner', 'Walsh'];
const PREVIOUS_AUTHORITIES = ['Suffolk', 'Norfolk', 'Hertfordshire', 'Bedford', 'Lincolnshire', 'Essex', 'Northamptonshire', 'Leicestershire'];
const CEASE_REASONS = ['Moved on to employment with support from adult services', 'Needs now met from the resources of the college', 'Young person moved to higher education', 'Moved out of the area'];
const LEARNING_DISABILITY = ['MLD', 'SLD', 'PMLD'];

/** How often things went right, a year or two ago and now: the demo area is improving but not there yet. */
const ON_TIME = {
  decision: [0.7, 0.88],
  reviewMeeting: [0.5, 0.7],
  reviewDecision: [0.62, 0.86],
  amendedPlan: [0.5, 0.78],
  transferNotice: [0.75, 0.9],
} as const;

export function generateTimeline(
  input: { plans: readonly Plan[]; children: readonly Child[]; teams: readonly Team[] },
  options: { seed: number; asOf: string },
): Timeline {
  const random = new Random(options.seed ^ STREAM);
  const asOf = parseIsoDate(options.asOf);
  /** 0 two years or more ago, 1 now: rates move from their first figure to their second. */
  const at = ([then, now]: readonly [number, number], day: Day) => then + (now - then) * Math.min(1, Math.max(0, 1 - (asOf - day) / 730));
  const children = new Map(input.children.map((c) => [c.id, c]));
  const caseworkers = new Map(
    input.teams.filter((t) => t.kind === 'CASEWORK').map((team) => [team.id, Array.from({ length: random.int(3, 6) }, () => `${random.pick(FIRST_NAMES)} ${random.pick(SURNAMES)} (synthetic)`)]),
  );
  const caseworkerOf = (teamId: string | null) => (teamId && caseworkers.has(teamId) ? random.pick(caseworkers.get(teamId)!) : null);
  const timeline: Timeline = { assessmentRequests: [], annualReviews: [] };
  const request = (fields: Partial<SyntheticAssessmentRequest> & Pick<SyntheticAssessmentRequest, 'localAuthorityId' | 'childId' | 'receivedOn'>): SyntheticAssessmentRequest => ({
    id: random.uuid(),
    planId: null,
    teamId: null,
    caseworker: null,
    kind: 'REQUEST',
    decisionOn: null,
    decision: null,
    decisionException: null,
    draftOn: null,
    outcome: null,
    outcomeOn: null,
    outcomeException: null,
    withdrawnOn: null,
    previousAuthority: null,
    previousReviewOn: null,
    transferNoticeOn: null,
    ...fields,
  });
  const known = (day: Day | null) => (day !== null && day <= asOf ? formatIsoDate(day) : null);

  /** The decision whether to assess: mostly within 6 weeks, more often so lately; an exception for some late ones. */
  const decide = (received: Day, latest: Day): { day: Day; exception: TimescaleException | null } => {
    const onTime = random.chance(at(ON_TIME.decision, received));
    const day = Math.min(latest, received + (onTime ? random.int(20, DECISION_DAYS) : random.int(DECISION_DAYS + 1, DECISION_DAYS + 35)));
    const late = day - received > DECISION_DAYS;
    return { day, exception: late && random.chance(0.2) ? random.pick(DECISION_EXCEPTIONS) : null };
  };

  const transfers = new Set(
    input.plans
      .filter((p) => p.status === 'FINAL' && p.lastAnnualReviewDate !== null && asOf - parseIsoDate(p.lastAnnualReviewDate) < 365 && parseIsoDate(p.issueDate!) < asOf - 2 * 365)
      .filter(() => random.chance(TRANSFER_CHANCE)),
  );

  for (const plan of input.plans) {
    const child = children.get(plan.childId)!;
    const birth = parseIsoDate(child.dateOfBirth);
    const caseworker = caseworkerOf(plan.teamId);
    const meetings = reviewMeetings(random, plan, birth, asOf, at);
    let reviewsFrom = 0;
    if (transfers.has(plan)) {
      // Moved in before its latest review: the old authority held the plan (and its earlier reviews) until then.
      const firstHere = parseIsoDate(meetings.at(-1)!);
      const moved = Math.max(parseIsoDate(plan.issueDate!) + 30, firstHere - random.int(90, 300));
      const previous = moved - random.int(60, 330);
      const notice = moved + (random.chance(at(ON_TIME.transferNotice, moved)) ? random.int(5, 42) : random.int(43, 70));
      reviewsFrom = meetings.length - 1;
      timeline.assessmentRequests.push(
        request({
          localAuthorityId: plan.localAuthorityId,
          childId: plan.childId,
          planId: plan.id,
          teamId: plan.teamId,
          caseworker,
          kind: 'TRANSFER_IN',
          receivedOn: formatIsoDate(moved),
          previousAuthority: random.pick(PREVIOUS_AUTHORITIES),
          previousReviewOn: previous >= parseIsoDate(plan.issueDate!) ? formatIsoDate(previous) : null,
          transferNoticeOn: known(notice),
        }),
      );
    } else {
      timeline.assessmentRequests.push(assessmentOf(random, plan, birth, asOf, caseworker, decide, request));
    }
    meetings.slice(reviewsFrom).forEach((meeting, i, held) => {
      const isLast = i === held.length - 1;
      timeline.annualReviews.push(reviewOf(random, plan, child, meeting, asOf, at, plan.status === 'CEASED' && isLast));
    });
  }

  // Requests that did not lead to a plan, for children at SEN support: refused, assessed without a plan, withdrawn, or not yet decided.
  const withPlans = new Set(input.plans.map((p) => p.childId));
  for (const localAuthorityId of [...new Set(input.plans.map((p) => p.localAuthorityId))]) {
    const candidates = random.shuffle(input.children.filter((c) => c.localAuthorityId === localAuthorityId && !withPlans.has(c.id)));
    const planRequests = input.plans.filter((p) => p.localAuthorityId === localAuthorityId && asOf - parseIsoDate(p.requestDate) <= HISTORY_DAYS).length;
    const others = Math.round((planRequests * (REFUSED_SHARE + NO_PLAN_SHARE + WITHDRAWN_SHARE)) / (1 - REFUSED_SHARE - NO_PLAN_SHARE - WITHDRAWN_SHARE));
    const teams = input.teams.filter((t) => t.localAuthorityId === localAuthorityId && t.kind === 'CASEWORK');
    for (let i = 0; i < others && candidates.length > 0; i++) {
      const child = candidates[i % candidates.length]!;
      // No request before the child's second birthday.
      const received = Math.max(asOf - random.int(0, HISTORY_DAYS), Math.min(asOf, addYears(parseIsoDate(child.dateOfBirth), 2)));
      const teamId = random.pick(teams).id;
      const base = { localAuthorityId, childId: child.id, teamId, caseworker: caseworkerOf(teamId), receivedOn: formatIsoDate(received) };
      const what = random.weighted([['REFUSE', REFUSED_SHARE], ['NO_PLAN', NO_PLAN_SHARE], ['WITHDRAWN', WITHDRAWN_SHARE]] as const);
      const decision = decide(received, asOf + 365);
      if (what === 'WITHDRAWN') {
        const withdrawn = received + random.int(10, 60);
        const decided = decision.day < withdrawn;
        timeline.assessmentRequests.push(
          request({ ...base, decision: decided && decision.day <= asOf ? 'ASSESS' : null, decisionOn: decided ? known(decision.day) : null, withdrawnOn: known(withdrawn) }),
        );
      } else if (what === 'REFUSE' || decision.day > asOf) {
        const decisionOn = known(decision.day);
        timeline.assessmentRequests.push(request({ ...base, decisionOn, decision: decisionOn ? 'REFUSE' : null, decisionException: decisionOn ? decision.exception : null }));
      } else {
        const noPlan = received + random.int(85, 150);
        const decidedNot = known(noPlan);
        timeline.assessmentRequests.push(
          request({
            ...base,
            decisionOn: formatIsoDate(decision.day),
            decision: 'ASSESS',
            decisionException: decision.exception,
            outcome: decidedNot ? 'NO_PLAN' : null,
            outcomeOn: decidedNot,
            outcomeException: decidedNot && noPlan - received > 112 && random.chance(0.3) ? 'EXCEPTIONAL_PERSONAL_CIRCUMSTANCES' : null,
          }),
        );
      }
    }
  }
  return timeline;
}

type Decide = (received: Day, latest: Day) => { day: Day; exception: TimescaleException | null };
type MakeRequest = (fields: Partial<SyntheticAssessmentRequest> & Pick<SyntheticAssessmentRequest, 'localAuthorityId' | 'childId' | 'receivedOn'>) => SyntheticAssessmentRequest;

/** A plan's own assessment: the request and final plan on the plan's dates; the decision and draft between them. */
function assessmentOf(random: Random, plan: Plan, birth: Day, asOf: Day, caseworker: string | null, decide: Decide, request: MakeRequest): SyntheticAssessmentRequest {
  const received = parseIsoDate(plan.requestDate);
  const issued = plan.issueDate === null ? null : parseIsoDate(plan.issueDate);
  // Still in assessment: it will end in a final plan some time after today.
  const final = issued ?? Math.max(asOf + 1, received + random.int(100, 260));
  const draft = final - random.int(15, Math.max(15, Math.min(40, final - received - 30)));
  const decision = decide(received, Math.max(received + 1, draft - 14));
  const late = final - received > FINAL_DAYS;
  const exception = issued !== null && random.chance(late ? LATE_EXCEPTION_SHARE : ON_TIME_EXCEPTION_SHARE) ? twentyWeekException(random, received, final, birth) : null;
  return request({
    localAuthorityId: plan.localAuthorityId,
    childId: plan.childId,
    planId: plan.id,
    teamId: plan.teamId,
    caseworker,
    receivedOn: plan.requestDate,
    decisionOn: decision.day <= asOf ? formatIsoDate(decision.day) : null,
    decision: decision.day <= asOf ? 'ASSESS' : null,
    decisionException: decision.day <= asOf ? decision.exception : null,
    draftOn: draft <= asOf ? formatIsoDate(draft) : null,
    outcome: issued === null ? null : 'FINAL_PLAN',
    outcomeOn: plan.issueDate,
    outcomeException: exception,
  });
}

/**
 * One of the exceptions of reg. 10(4)(a)–(d) that fits the case: a school or early-years closure only
 * when the summer holiday (August) falls inside the assessment, an early-years closure only for a
 * child under 5; otherwise the family's circumstances or an absence from the area.
 */
function twentyWeekException(random: Random, received: Day, final: Day, birth: Day): TimescaleException {
  const spansSummer = Array.from({ length: Math.floor((final - received) / 20) + 1 }, (_, i) => formatIsoDate(Math.min(final, received + i * 20)).slice(5, 7)).includes('08');
  const underFive = addYears(birth, 5) > received;
  return random.weighted<TimescaleException>([
    ['EXCEPTIONAL_PERSONAL_CIRCUMSTANCES', 45],
    ['ABSENT_FROM_AREA', 15],
    ['SCHOOL_CLOSURE', spansSummer && !underFive ? 35 : 0],
    ['EARLY_YEARS_CLOSURE', spansSummer && underFive ? 35 : 0],
  ]);
}

/**
 * Every review meeting of a plan, oldest first: the plan's last review as the cohort has it, and the
 * ones before it a year apart (half a year for under-fives), later more often the further back they are.
 */
function reviewMeetings(random: Random, plan: Plan, birth: Day, asOf: Day, at: (pair: readonly [number, number], day: Day) => number): string[] {
  if (plan.issueDate === null || plan.lastAnnualReviewDate === null) return [];
  const issued = parseIsoDate(plan.issueDate);
  const meetings: Day[] = [parseIsoDate(plan.lastAnnualReviewDate)];
  for (;;) {
    const next = meetings[0]!;
    const guess = addMonths(next, -12);
    const months = addYears(birth, 5) > guess ? 6 : 12;
    const onTime = random.chance(at(ON_TIME.reviewMeeting, next));
    const gap = next - addMonths(next, -months) + (onTime ? random.int(-30, 0) : random.int(15, 200));
    const previous = next - gap;
    if (previous < issued + 150) break;
    meetings.unshift(previous);
  }
  return meetings.filter((m) => m <= asOf).map(formatIsoDate);
}

function reviewOf(
  random: Random,
  plan: Plan,
  child: Child,
  meetingDate: string,
  asOf: Day,
  at: (pair: readonly [number, number], day: Day) => number,
  ceasing: boolean,
): SyntheticAnnualReview {
  const meeting = parseIsoDate(meetingDate);
  const decided = meeting + (random.chance(at(ON_TIME.reviewDecision, meeting)) ? random.int(7, REVIEW_DECISION_DAYS) : random.int(REVIEW_DECISION_DAYS + 1, 75));
  const decision = ceasing ? 'CEASE' : random.weighted([['MAINTAIN', 55], ['AMEND', 45]] as const);
  const notice = decided + random.int(0, 7);
  // Never before the family has had the proposed amendments for a fortnight.
  const amended = Math.max(notice + 14, meeting + (random.chance(at(ON_TIME.amendedPlan, meeting)) ? random.int(45, AMENDED_PLAN_DAYS) : random.int(AMENDED_PLAN_DAYS + 1, 170)));
  const isDecided = decided <= asOf;
  const amending = isDecided && decision === 'AMEND' && notice <= asOf;
  const age = academicAge(parseIsoDate(child.dateOfBirth), meeting);
  const healthCheckDue = LEARNING_DISABILITY.includes(child.primaryNeed) && age >= 14 && age <= 25;
  return {
    id: random.uuid(),
    localAuthorityId: plan.localAuthorityId,
    planId: plan.id,
    meetingDate,
    decisionDate: isDecided ? formatIsoDate(decided) : null,
    decision: isDecided ? decision : null,
    ceaseReason: isDecided && decision === 'CEASE' ? random.pick(CEASE_REASONS) : null,
    amendmentNoticeOn: amending ? formatIsoDate(notice) : null,
    amendedPlanOn: amending && amended <= asOf ? formatIsoDate(amended) : null,
    // From 55% towards the reference target of 75%.
    healthCheckDiscussed: healthCheckDue ? random.chance(at([0.55, 0.7], meeting)) : null,
  };
}
