/**
 * A demo area's health quality history: advice asked of each health service for recent assessments and
 * for the annual reviews of children with complex health needs (the reviews themselves are the statutory
 * timeline's), the DCO's reviews and sign-offs, and four past six-monthly deep dives (plus the current one).
 * Each service has its own timeliness and quality, so that two or three clearly lag on the scorecards.
 *
 * Plain data with judgements by criterion index; the API turns them into records against each
 * authority's own rubric versions and derives the grades with its own rules.
 */
import type { JudgementValue } from './audit-history.js';
import { academicAge, formatIsoDate, parseIsoDate, type Day } from './dates.js';
import { Random } from './random.js';
import type { RubricTemplate } from './rubrics/default-ehcp-rubric.js';
import type { Child, Plan, SyntheticData, Team } from './types.js';

/** Its own stream, so adding this feature never changes the other features' demo data. */
const STREAM = 0x4ea1_7d0c;
const ADVICE_DUE_DAYS = 42;
/** Assessments requested this far back get advice records. */
const HISTORY_DAYS = 730;

interface ServiceProfile {
  /** Chance a reply comes by its due date, two years ago and now (services improve, or not). */
  onTime: readonly [number, number];
  /** Chance a criterion is met in its advice. */
  quality: readonly [number, number];
}

/** By the service's name as the catalogue spells it; the lagging ones are CAMHS and community paediatrics everywhere, school nursing in one authority. */
const PROFILES: Record<string, ServiceProfile> = {
  'Speech and Language Therapy': { onTime: [0.8, 0.9], quality: [0.72, 0.84] },
  'Occupational Therapy': { onTime: [0.74, 0.86], quality: [0.68, 0.8] },
  Physiotherapy: { onTime: [0.84, 0.92], quality: [0.74, 0.86] },
  'Community Paediatrics': { onTime: [0.42, 0.5], quality: [0.46, 0.52] },
  CAMHS: { onTime: [0.34, 0.4], quality: [0.44, 0.5] },
  'School Nursing': { onTime: [0.7, 0.8], quality: [0.6, 0.72] },
};
/** In Peterborough, school nursing lags too. */
const LAGGING_ELSEWHERE: Record<string, Record<string, ServiceProfile>> = {
  '874': { 'School Nursing': { onTime: [0.5, 0.52], quality: [0.5, 0.52] } },
};

/** Which services an assessment asks, by the child's primary need; community paediatrics for complex health needs. */
const SERVICES_BY_NEED: Record<string, readonly string[]> = {
  ASD: ['Speech and Language Therapy', 'Community Paediatrics'],
  SLCN: ['Speech and Language Therapy'],
  SEMH: ['CAMHS', 'School Nursing'],
  PD: ['Physiotherapy', 'Occupational Therapy'],
  PMLD: ['Physiotherapy', 'Occupational Therapy', 'Speech and Language Therapy'],
  SLD: ['Speech and Language Therapy', 'Occupational Therapy'],
  MLD: ['School Nursing'],
  HI: ['Community Paediatrics'],
  VI: ['Community Paediatrics'],
  MSI: ['Community Paediatrics', 'Occupational Therapy'],
  SPLD: ['Occupational Therapy'],
  OTH: ['School Nursing'],
  NSA: ['School Nursing'],
};

const NO_ADVICE_REASONS = ['Not known to the service', 'Discharged more than a year ago; no current involvement', 'Declined by the family'];
const FEEDBACK: Record<'good' | 'poor', readonly string[]> = {
  good: ['Clear and specific; provision quantified. Thank you.', 'Good description of how needs affect learning; family views included.'],
  poor: [
    'Outcomes are not measurable; please use the SMART template.',
    'Provision is not quantified ("regular", "as required"): say who, how often and for how long.',
    'Does not say how the health needs affect learning and daily life.',
  ],
};
const CHANGE_REASONS = ['Section G does not quantify the therapy provision', 'Section C omits the CAMHS advice', 'Therapy that educates is in G; move it to F'];
const DEEP_DIVE_ACTIONS = ['Quantify health provision in section G', 'Describe how health needs affect learning in advice', 'Use the agreed advice template', 'Return advice within six weeks'];

export interface SyntheticAdviceReview {
  /** Per rubric section, one judgement per criterion, in rubric order. */
  sections: { code: string; judgements: JudgementValue[] }[];
  feedback: string;
  reviewedOn: string;
}

export interface SyntheticHealthAdvice {
  id: string;
  localAuthorityId: string;
  planId: string;
  teamId: string;
  occasion: 'ASSESSMENT' | 'ANNUAL_REVIEW';
  annualReviewId: string | null;
  requestedOn: string;
  dueOn: string;
  receivedOn: string | null;
  noAdvice: boolean;
  noAdviceReason: string | null;
  review: SyntheticAdviceReview | null;
}

export interface SyntheticSignOff {
  id: string;
  localAuthorityId: string;
  planId: string;
  status: 'AWAITING' | 'CHANGES_REQUESTED' | 'AGREED';
  requestedOn: string;
  changeRequests: number;
  changesReason: string | null;
  changesRequestedOn: string | null;
  agreedOn: string | null;
}

export interface SyntheticDeepDive {
  id: string;
  localAuthorityId: string;
  name: string;
  term: 'AUTUMN' | 'SPRING' | 'SUMMER';
  academicYear: number;
  opensOn: string;
  closesOn: string;
  seed: number;
  sampleSize: number;
}

export interface SyntheticDeepDiveAudit {
  id: string;
  cycleId: string;
  localAuthorityId: string;
  planId: string;
  status: 'UNASSIGNED' | 'ASSIGNED' | 'FINAL';
  /** Which demo account scores it: the DCO, or the auditor with the health lens. */
  auditor: 'dco' | 'auditor' | null;
  sections: { code: string; grade: number; evidence: string; judgements: JudgementValue[] }[];
  overallGrade: number | null;
  submittedAt: string | null;
  finalisedAt: string | null;
}

export interface SyntheticDeepDiveAction {
  id: string;
  auditId: string;
  localAuthorityId: string;
  teamId: string;
  description: string;
  owner: string;
  dueDate: string;
  status: 'OPEN' | 'DONE';
}

export interface HealthHistory {
  advice: SyntheticHealthAdvice[];
  signOffs: SyntheticSignOff[];
  deepDives: SyntheticDeepDive[];
  deepDiveAudits: SyntheticDeepDiveAudit[];
  actions: SyntheticDeepDiveAction[];
}

/** Deep dives open twice a year, in April and October, and run for two months. */
const DEEP_DIVE_OPENINGS = ['04-01', '10-01'] as const;
const DEEP_DIVE_DAYS = 60;
export const PAST_DEEP_DIVES = 4;

export function generateHealthHistory(
  data: SyntheticData,
  options: { seed: number; asOf: string; adviceRubric: RubricTemplate; deepDiveRubric: RubricTemplate },
): HealthHistory {
  const random = new Random(options.seed ^ STREAM);
  const asOf = parseIsoDate(options.asOf);
  const history: HealthHistory = { advice: [], signOffs: [], deepDives: [], deepDiveAudits: [], actions: [] };
  /** Each plan's latest review, from the statutory timeline. */
  const lastReviews = new Map(data.annualReviews.map((r) => [r.planId, r]));
  const children = new Map(data.children.map((c) => [c.id, c]));
  const authorityCode = new Map(data.localAuthorities.map((la) => [la.id, la.code]));
  /** How far through the two years a date is, 0 to 1: services move from their first to their second figure. */
  const progress = (day: Day) => Math.min(1, Math.max(0, 1 - (asOf - day) / HISTORY_DAYS));
  const at = (pair: readonly [number, number], day: Day) => pair[0] + (pair[1] - pair[0]) * progress(day);

  for (const authority of data.localAuthorities) {
    const code = authorityCode.get(authority.id)!;
    const services = new Map(
      data.teams
        .filter((t) => t.localAuthorityId === authority.id && t.kind === 'HEALTH')
        .map((team) => {
          const service = Object.keys(PROFILES).find((name) => team.name.includes(name))!;
          return [service, { team, profile: LAGGING_ELSEWHERE[code]?.[service] ?? PROFILES[service]! }] as const;
        }),
    );
    const plans = data.plans.filter((p) => p.localAuthorityId === authority.id);

    const ask = (plan: Plan, service: string, occasion: SyntheticHealthAdvice['occasion'], requested: Day, due: Day, annualReviewId: string | null) => {
      const { team, profile } = services.get(service)!;
      const onTime = random.chance(at(profile.onTime, requested));
      const replyDay = onTime ? random.int(requested + 7, due) : due + random.int(3, 45);
      const received = replyDay <= asOf ? replyDay : null;
      const noAdvice = received !== null && random.chance(0.06);
      const reviewDay = received === null ? null : received + random.int(3, 30);
      // The DCO keeps up: only the last few weeks' advice still waits for review.
      const reviewed = received !== null && !noAdvice && reviewDay! <= asOf && (asOf - reviewDay! > 28 || random.chance(0.5));
      history.advice.push({
        id: random.uuid(),
        localAuthorityId: authority.id,
        planId: plan.id,
        teamId: team.id,
        occasion,
        annualReviewId,
        requestedOn: formatIsoDate(requested),
        dueOn: formatIsoDate(due),
        receivedOn: received === null ? null : formatIsoDate(received),
        noAdvice,
        noAdviceReason: noAdvice ? random.pick(NO_ADVICE_REASONS) : null,
        review: reviewed ? adviceReview(random, options.adviceRubric, at(profile.quality, requested), formatIsoDate(reviewDay!)) : null,
      });
    };

    for (const plan of plans) {
      const child = children.get(plan.childId)!;
      const requested = parseIsoDate(plan.requestDate);
      // Assessments of the last two years: the services the need calls for, and community paediatrics for complex health needs.
      const asked = new Set(SERVICES_BY_NEED[child.primaryNeed] ?? []);
      if (child.complexHealthNeeds) asked.add('Community Paediatrics');
      if (asOf - requested <= HISTORY_DAYS && requested + 14 <= asOf) {
        const requestedOn = requested + random.int(1, 14);
        for (const service of asked) ask(plan, service, 'ASSESSMENT', requestedOn, requestedOn + ADVICE_DUE_DAYS, null);
        // The DCO signs off the health sections of plans issued since.
        if (plan.status === 'FINAL' && plan.issueDate !== null) history.signOffs.push(signOff(random, authority.id, plan, asOf));
      }
      // Children with complex health needs have health advice for their latest annual review: due two weeks before the meeting.
      const review = lastReviews.get(plan.id);
      if (review && child.complexHealthNeeds && plan.status === 'FINAL' && asOf - parseIsoDate(review.meetingDate) <= 365) {
        const meeting = parseIsoDate(review.meetingDate);
        for (const service of [...asked].slice(0, 2)) ask(plan, service, 'ANNUAL_REVIEW', meeting - 84, meeting - 14, review.id);
      }
    }

    deepDives(random, history, authority.id, plans, children, services, options, asOf, at);
  }
  return history;
}

/** A review of one piece of advice against a rubric, its criteria met as often as `quality` says (the other agencies' advice is reviewed the same way). */
export function adviceReview(random: Random, rubric: RubricTemplate, quality: number, reviewedOn: string): SyntheticAdviceReview {
  // Some pieces of advice are much better or worse than their service's usual.
  const own = Math.min(0.98, Math.max(0.05, quality + (random.chance(0.5) ? 1 : -1) * random.int(0, 20) / 100));
  const sections = rubric.sections.map((section) => ({
    code: section.code,
    judgements: section.criteria.map((): JudgementValue => random.weighted<JudgementValue>([['MET', own], ['PARTLY_MET', (1 - own) * 0.5], ['NOT_MET', (1 - own) * 0.5]])),
  }));
  const met = sections.flatMap((s) => s.judgements).filter((j) => j === 'MET').length / sections.flatMap((s) => s.judgements).length;
  return { sections, feedback: random.pick(met >= 0.65 ? FEEDBACK.good : FEEDBACK.poor), reviewedOn };
}

function signOff(random: Random, localAuthorityId: string, plan: Plan, asOf: Day): SyntheticSignOff {
  const requested = Math.min(parseIsoDate(plan.issueDate!) - random.int(3, 10), asOf);
  const recent = asOf - requested < 21;
  const changes = random.chance(0.22) ? 1 : 0;
  const changesOn = requested + random.int(2, 10);
  // The latest ones still wait for the DCO; a few wait for amended sections.
  const status: SyntheticSignOff['status'] = recent ? (changes && changesOn <= asOf ? 'CHANGES_REQUESTED' : 'AWAITING') : 'AGREED';
  const agreed = status === 'AGREED' ? Math.min(asOf, requested + random.int(3, 12) + changes * random.int(7, 21)) : null;
  const asked = changes === 1 && status !== 'AWAITING';
  return {
    id: random.uuid(),
    localAuthorityId,
    planId: plan.id,
    status,
    requestedOn: formatIsoDate(requested),
    changeRequests: asked ? 1 : 0,
    changesReason: asked ? random.pick(CHANGE_REASONS) : null,
    changesRequestedOn: asked ? formatIsoDate(Math.min(changesOn, asOf)) : null,
    agreedOn: agreed === null ? null : formatIsoDate(agreed),
  };
}

function deepDives(
  random: Random,
  history: HealthHistory,
  localAuthorityId: string,
  plans: readonly Plan[],
  children: ReadonlyMap<string, Child>,
  services: ReadonlyMap<string, { team: Team; profile: ServiceProfile }>,
  options: { asOf: string; deepDiveRubric: RubricTemplate },
  asOf: Day,
  at: (pair: readonly [number, number], day: Day) => number,
): void {
  // The last four that have closed, and the one running now, if one is.
  const year = Number(options.asOf.slice(0, 4));
  const all = [year - 3, year - 2, year - 1, year].flatMap((y) => DEEP_DIVE_OPENINGS.map((monthDay) => parseIsoDate(`${y}-${monthDay}`))).filter((opens) => opens <= asOf);
  const openings = [...all.filter((opens) => opens + DEEP_DIVE_DAYS <= asOf).slice(-PAST_DEEP_DIVES), ...all.filter((opens) => opens + DEEP_DIVE_DAYS > asOf)];
  const adviceTeams = new Map<string, string[]>();
  for (const advice of history.advice.filter((a) => a.localAuthorityId === localAuthorityId)) {
    adviceTeams.set(advice.planId, [...new Set([...(adviceTeams.get(advice.planId) ?? []), advice.teamId])]);
  }
  const profileOf = new Map([...services.values()].map(({ team, profile }) => [team.id, { team, profile }]));
  const serviceName = (teamId: string) => [...services.entries()].find(([, s]) => s.team.id === teamId)![0];

  for (const [index, opens] of openings.entries()) {
    const closes = opens + DEEP_DIVE_DAYS;
    const current = closes > asOf;
    const opensOn = formatIsoDate(opens);
    const month = Number(opensOn.slice(5, 7));
    const cycle: SyntheticDeepDive = {
      id: random.uuid(),
      localAuthorityId,
      name: `Health deep dive ${month === 4 ? 'April' : 'October'} ${opensOn.slice(0, 4)}`,
      term: month === 4 ? 'SUMMER' : 'AUTUMN',
      academicYear: month === 4 ? Number(opensOn.slice(0, 4)) - 1 : Number(opensOn.slice(0, 4)),
      opensOn,
      closesOn: formatIsoDate(closes),
      seed: random.int(1, 2_000_000_000),
      sampleSize: 0,
    };
    // Children with complex health needs whose final plan was issued before the deep dive, and who have health advice.
    const eligible = plans.filter(
      (p) => p.status === 'FINAL' && p.issueDate !== null && p.issueDate <= opensOn && children.get(p.childId)!.complexHealthNeeds && adviceTeams.has(p.id),
    );
    // About twenty cases, as deep dives commonly read; more in a large authority.
    const sample = random.shuffle(eligible).slice(0, Math.min(eligible.length, Math.max(20, Math.round(eligible.length / 10))));
    cycle.sampleSize = sample.length;
    history.deepDives.push(cycle);
    for (const [i, plan] of sample.entries()) {
      const teams = adviceTeams.get(plan.id)!;
      const quality = teams.reduce((sum, id) => sum + at(profileOf.get(id)!.profile.quality, opens), 0) / teams.length;
      const good = random.chance(Math.min(0.95, Math.max(0.05, quality + 0.04 * index - 0.1)));
      const grade = good ? (random.chance(0.25) ? 4 : 3) : random.chance(0.3) ? 1 : 2;
      const status: SyntheticDeepDiveAudit['status'] = current ? (i % 3 === 0 ? 'UNASSIGNED' : 'ASSIGNED') : 'FINAL';
      const schoolYear = academicAge(parseIsoDate(children.get(plan.childId)!.dateOfBirth), opens) - 4;
      const submitted = opens + random.int(10, 50);
      const audit: SyntheticDeepDiveAudit = {
        id: random.uuid(),
        cycleId: cycle.id,
        localAuthorityId,
        planId: plan.id,
        status,
        auditor: status === 'UNASSIGNED' ? null : random.chance(0.6) ? 'dco' : 'auditor',
        sections:
          status === 'FINAL'
            ? options.deepDiveRubric.sections.map((section) => ({
                code: section.code,
                grade,
                evidence: good ? 'Health needs and provision clear and quantified.' : 'Health provision in G is not quantified; C does not reflect the latest advice.',
                judgements: section.criteria.map((c): JudgementValue =>
                  c.fromYear !== undefined && schoolYear < c.fromYear ? 'NOT_APPLICABLE' : random.chance(good ? 0.85 : 0.35) ? 'MET' : random.chance(0.5) ? 'PARTLY_MET' : 'NOT_MET',
                ),
              }))
            : [],
        overallGrade: status === 'FINAL' ? grade : null,
        submittedAt: status === 'FINAL' ? `${formatIsoDate(submitted)}T15:00:00.000Z` : null,
        finalisedAt: status === 'FINAL' ? `${formatIsoDate(submitted + random.int(1, 7))}T17:00:00.000Z` : null,
      };
      history.deepDiveAudits.push(audit);
      if (status === 'FINAL' && grade < 3) {
        // The finding goes to the service that advised with the weakest record.
        const weakest = [...teams].sort((a, b) => at(profileOf.get(a)!.profile.quality, opens) - at(profileOf.get(b)!.profile.quality, opens))[0]!;
        const due = closes + random.int(14, 60);
        history.actions.push({
          id: random.uuid(),
          auditId: audit.id,
          localAuthorityId,
          teamId: weakest,
          description: random.pick(DEEP_DIVE_ACTIONS),
          owner: `${serviceName(weakest)} service lead`,
          dueDate: formatIsoDate(due),
          status: due < asOf && random.chance(0.8) ? 'DONE' : 'OPEN',
        });
      }
    }
  }
}
