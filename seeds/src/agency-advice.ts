/**
 * The demo area's advice from the agencies other than health, for the assessments of the last two
 * years: educational psychology for every assessment (psychological advice is always sought, and the
 * service is the reference area's bottleneck), children's social care for some, with the QA officer's
 * reviews. A late reply sometimes carries an exception the regulations allow to the 6-week advice
 * duty (reg. 8(2)), a missed appointment most often. Health advice is the health history's.
 * Drawn from its own random stream, so the rest of the generated data is unchanged.
 */
import { adviceReview, type SyntheticAdviceReview } from './health-history.js';
import { formatIsoDate, parseIsoDate, type Day } from './dates.js';
import { Random } from './random.js';
import type { RubricTemplate } from './rubrics/default-ehcp-rubric.js';
import type { TimescaleException } from './statutory-timeline.js';
import type { SyntheticData } from './types.js';

const STREAM = 0x0a9e_5c1e;
const ADVICE_DUE_DAYS = 42;
const HISTORY_DAYS = 730;

export interface SyntheticAgencyAdvice {
  id: string;
  localAuthorityId: string;
  planId: string;
  teamId: string;
  occasion: 'ASSESSMENT';
  requestedOn: string;
  dueOn: string;
  receivedOn: string | null;
  exception: TimescaleException | null;
  noAdvice: boolean;
  noAdviceReason: string | null;
  review: SyntheticAdviceReview | null;
}

interface AgencyProfile {
  /** Chance an assessment asks this agency. */
  asked: number;
  /** Chance of a reply by the due date, two years ago and now. */
  onTime: readonly [number, number];
  quality: readonly [number, number];
}

const PROFILES: Partial<Record<string, AgencyProfile>> = {
  EDUCATIONAL_PSYCHOLOGY: { asked: 1, onTime: [0.32, 0.48], quality: [0.62, 0.72] },
  SOCIAL_CARE: { asked: 0.3, onTime: [0.6, 0.72], quality: [0.5, 0.6] },
};

/** The advice exceptions of reg. 8(2), weighted as they come up. */
const EXCEPTIONS: [TimescaleException, number][] = [
  ['MISSED_APPOINTMENT', 0.6],
  ['EXCEPTIONAL_PERSONAL_CIRCUMSTANCES', 0.25],
  ['ABSENT_FROM_AREA', 0.15],
];

export function generateAgencyAdvice(data: SyntheticData, options: { seed: number; asOf: string; rubric: RubricTemplate }): SyntheticAgencyAdvice[] {
  const random = new Random(options.seed ^ STREAM);
  const asOf = parseIsoDate(options.asOf);
  const progress = (day: Day) => Math.min(1, Math.max(0, 1 - (asOf - day) / HISTORY_DAYS));
  const at = (pair: readonly [number, number], day: Day) => pair[0] + (pair[1] - pair[0]) * progress(day);
  const advice: SyntheticAgencyAdvice[] = [];
  for (const request of data.assessmentRequests) {
    if (request.kind !== 'REQUEST' || request.decision !== 'ASSESS' || !request.decisionOn || !request.planId) continue;
    const decided = parseIsoDate(request.decisionOn);
    if (asOf - decided > HISTORY_DAYS) continue;
    for (const team of data.teams) {
      const profile = PROFILES[team.kind];
      if (team.localAuthorityId !== request.localAuthorityId || !profile || !random.chance(profile.asked)) continue;
      const requested = Math.min(asOf, decided + random.int(0, 5));
      const due = requested + ADVICE_DUE_DAYS;
      const onTime = random.chance(at(profile.onTime, requested));
      const replyDay = onTime ? random.int(requested + 10, due) : due + random.int(3, 50);
      const received = replyDay <= asOf ? replyDay : null;
      const noAdvice = received !== null && random.chance(0.03);
      const late = (received ?? asOf) > due;
      const reviewDay = received === null ? null : received + random.int(3, 30);
      const reviewed = received !== null && !noAdvice && reviewDay! <= asOf && random.chance(0.6);
      advice.push({
        id: random.uuid(),
        localAuthorityId: request.localAuthorityId,
        planId: request.planId,
        teamId: team.id,
        occasion: 'ASSESSMENT',
        requestedOn: formatIsoDate(requested),
        dueOn: formatIsoDate(due),
        receivedOn: received === null ? null : formatIsoDate(received),
        exception: late && random.chance(0.2) ? random.weighted(EXCEPTIONS) : null,
        noAdvice,
        noAdviceReason: noAdvice ? 'Not known to the service' : null,
        review: reviewed ? adviceReview(random, options.rubric, at(profile.quality, requested), formatIsoDate(reviewDay!)) : null,
      });
    }
  }
  return advice;
}
