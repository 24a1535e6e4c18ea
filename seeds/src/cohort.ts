/** Children and their plans for one authority: who they are, and the history of each plan up to asOf. */
import { academicAge, academicYearStart, addYears, birthRangeForAcademicAge, formatIsoDate } from './dates.js';
import type { Day } from './dates.js';
import {
  ACADEMIC_AGES, COMPLEX_HEALTH_CHANCE, DRAFT_MAX_AGE_DAYS, ISSUE_DELAY_DAYS, LOOKED_AFTER_SHARE, MALE_SHARE,
  PLAN_AGE_BANDS, PLAN_PRIMARY_NEEDS, PLAN_STATUSES, REQUEST_AGE_DAYS, REVIEW_MIN_GAP_DAYS, REVIEW_ON_TIME_SHARE,
  REVIEW_OVERDUE_MAX_DAYS, SEN_SUPPORT_AGE_BANDS, SEN_SUPPORT_PRIMARY_NEEDS, SEN_SUPPORT_SHARE, ageBandOf,
} from './distributions.js';
import type { AgeBand } from './distributions.js';
import type { Authority, CaseworkTeams } from './organisations.js';
import { caseworkTeamFor } from './placement.js';
import type { SettingPlacer } from './placement.js';
import type { Random, Weighted } from './random.js';
import type { Child, Plan, PlanStatus, PrimaryNeed } from './types.js';

export interface CohortContext {
  random: Random;
  asOf: Day;
  authority: Authority;
  planCount: number;
  casework: CaseworkTeams;
  placer: SettingPlacer;
}

interface Profile {
  ageBands: Weighted<AgeBand>;
  needs: Weighted<PrimaryNeed>;
  maleShare: number;
}

const PLAN_HOLDER: Profile = { ageBands: PLAN_AGE_BANDS, needs: PLAN_PRIMARY_NEEDS, maleShare: MALE_SHARE.plan };
const SEN_SUPPORT: Profile = {
  ageBands: SEN_SUPPORT_AGE_BANDS,
  needs: SEN_SUPPORT_PRIMARY_NEEDS,
  maleShare: MALE_SHARE.senSupport,
};

const YEAR_DAYS = 365;

export function buildCohort(context: CohortContext): { children: Child[]; plans: Plan[] } {
  const { random, asOf, authority, planCount } = context;
  const children: Child[] = [];
  const plans: Plan[] = [];
  let caseNumber = 0;
  let plansLeft = planCount;
  let childrenLeft = planCount + Math.round(planCount * SEN_SUPPORT_SHARE);

  while (childrenLeft > 0) {
    // Interleave the two groups at random (exact totals kept) so case numbers do not reveal who has a plan.
    const hasPlan = random.chance(plansLeft / childrenLeft);
    // Gaps in the sequence stand in for closed and transferred cases.
    caseNumber += random.int(1, 3);
    const caseReference = `${authority.spec.casePrefix}-${caseNumber.toString().padStart(6, '0')}`;
    const { child, birth } = makeChild(random, asOf, authority.record.id, caseReference, hasPlan ? PLAN_HOLDER : SEN_SUPPORT);
    children.push(child);
    if (hasPlan) {
      plans.push(makePlan(context, child, birth));
      plansLeft--;
    }
    childrenLeft--;
  }
  return { children, plans };
}

function makeChild(
  random: Random,
  asOf: Day,
  localAuthorityId: string,
  caseReference: string,
  profile: Profile,
): { child: Child; birth: Day } {
  const age = random.weighted(ACADEMIC_AGES[random.weighted(profile.ageBands)]);
  const [bornFrom, bornTo] = birthRangeForAcademicAge(academicYearStart(asOf), age);
  const birth = random.int(bornFrom, Math.min(bornTo, asOf));
  const primaryNeed = random.weighted(profile.needs);
  const child: Child = {
    id: random.uuid(),
    localAuthorityId,
    caseReference,
    dateOfBirth: formatIsoDate(birth),
    sex: random.chance(profile.maleShare) ? 'MALE' : 'FEMALE',
    primaryNeed,
    complexHealthNeeds: random.chance(COMPLEX_HEALTH_CHANCE[primaryNeed]),
    lookedAfter: random.chance(LOOKED_AFTER_SHARE),
  };
  return { child, birth };
}

function makePlan(context: CohortContext, child: Child, birth: Day): Plan {
  const { random, asOf, authority, casework, placer } = context;
  const band = ageBandOf(academicAge(birth, asOf));
  const timeline = planTimeline(random, birth, asOf);
  return {
    id: random.uuid(),
    localAuthorityId: authority.record.id,
    childId: child.id,
    status: timeline.status,
    requestDate: formatIsoDate(timeline.request),
    issueDate: timeline.issue === null ? null : formatIsoDate(timeline.issue),
    lastAnnualReviewDate: timeline.review === null ? null : formatIsoDate(timeline.review),
    settingId: placer.place(random, authority.record.id, band)?.id ?? null,
    teamId: caseworkTeamFor(random, casework, band).id,
  };
}

interface Timeline {
  status: PlanStatus;
  request: Day;
  issue: Day | null;
  review: Day | null;
}

function planTimeline(random: Random, birth: Day, asOf: Day): Timeline {
  // Requests come from about age 2; for a child younger than 4, from halfway through its life so far.
  const earliest = Math.min(addYears(birth, 2), birth + Math.floor((asOf - birth) / 2));
  const status = random.weighted(PLAN_STATUSES);
  if (status !== 'DRAFT') {
    const delay = random.int(...random.weighted(ISSUE_DELAY_DAYS));
    const latest = asOf - delay;
    // Otherwise the child is too young for a plan issued after this delay: it is still a draft.
    if (latest >= earliest) {
      const request = requestDay(random, asOf, earliest, latest);
      const issue = request + delay;
      return { status, request, issue, review: reviewDay(random, status, issue, asOf) };
    }
  }
  const request = requestDay(random, asOf, Math.max(earliest, asOf - DRAFT_MAX_AGE_DAYS), asOf);
  return { status: 'DRAFT', request, issue: null, review: null };
}

function requestDay(random: Random, asOf: Day, earliest: Day, latest: Day): Day {
  const day = asOf - random.int(...random.weighted(REQUEST_AGE_DAYS));
  // When the usual spread falls outside what this child's age and plan allow, any allowed day will do.
  return day >= earliest && day <= latest ? day : random.int(earliest, latest);
}

/** Plans are reviewed yearly, so one issued within the last year has no review yet. */
function reviewDay(random: Random, status: PlanStatus, issue: Day, asOf: Day): Day | null {
  if (asOf - issue <= YEAR_DAYS) return null;
  const earliest = issue + REVIEW_MIN_GAP_DAYS;
  // A ceased plan keeps the last review it had, whenever that was.
  if (status === 'CEASED') return random.int(earliest, asOf);
  const overdueFrom = Math.max(earliest, asOf - REVIEW_OVERDUE_MAX_DAYS);
  const overdueTo = asOf - YEAR_DAYS - 1;
  if (!random.chance(REVIEW_ON_TIME_SHARE) && overdueFrom <= overdueTo) return random.int(overdueFrom, overdueTo);
  return random.int(Math.max(earliest, asOf - YEAR_DAYS), asOf);
}
