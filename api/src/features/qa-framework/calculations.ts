import type { EntityManager } from '@mikro-orm/postgresql';
import { registerEnumType } from 'type-graphql';
import { Term } from '../ehcp-audits/cycle.entity.js';
import { moderationAgreement } from '../ehcp-audits/moderation.js';
import { TrendPeriod, gradeTrend } from '../ehcp-audits/trend.js';
import { DEFAULT_HEALTH_CHECK_TARGET, annualHealthCheck, serviceFigures } from '../health/scorecards.js';
import { openTimetables } from '../part-time/figures.js';
import { openPlacements } from '../placements/highlights.js';
import { amendedPlanTimeliness, assessmentTimeliness, decisionTimeliness, reviewDecisionTimeliness, reviewsOverdue, type Timeliness } from '../statutory-timeline/figures.js';
import { today } from '../../core/dates.js';
import { KpiUnit } from './enums.js';
import type { Period } from './periods.js';

/** The named calculations a computed KPI can use. Each asks the owning feature's service, never its tables. */
export enum KpiCalculation {
  ASSESSMENTS_WITHIN_20_WEEKS = 'ASSESSMENTS_WITHIN_20_WEEKS',
  ASSESSMENTS_WITHIN_20_WEEKS_EXCLUDING_EXCEPTIONS = 'ASSESSMENTS_WITHIN_20_WEEKS_EXCLUDING_EXCEPTIONS',
  DECISIONS_TO_ASSESS_WITHIN_6_WEEKS = 'DECISIONS_TO_ASSESS_WITHIN_6_WEEKS',
  AUDITED_PLANS_GOOD_OR_OUTSTANDING = 'AUDITED_PLANS_GOOD_OR_OUTSTANDING',
  MODERATION_AGREEMENT = 'MODERATION_AGREEMENT',
  ANNUAL_REVIEW_DECISIONS_WITHIN_4_WEEKS = 'ANNUAL_REVIEW_DECISIONS_WITHIN_4_WEEKS',
  AMENDED_PLANS_WITHIN_12_WEEKS = 'AMENDED_PLANS_WITHIN_12_WEEKS',
  ANNUAL_REVIEWS_OVERDUE = 'ANNUAL_REVIEWS_OVERDUE',
  HEALTH_ADVICE_ON_TIME = 'HEALTH_ADVICE_ON_TIME',
  HEALTH_ADVICE_GOOD_OR_BETTER = 'HEALTH_ADVICE_GOOD_OR_BETTER',
  ANNUAL_HEALTH_CHECK_DISCUSSED = 'ANNUAL_HEALTH_CHECK_DISCUSSED',
  PART_TIME_TIMETABLES = 'PART_TIME_TIMETABLES',
  INDEPENDENT_PLACEMENTS = 'INDEPENDENT_PLACEMENTS',
  INDEPENDENT_PLACEMENTS_ANNUAL_COST = 'INDEPENDENT_PLACEMENTS_ANNUAL_COST',
}

/** One period's figure: for a percentage, value = 100 × numerator / denominator. */
export interface Figure {
  numerator: number | null;
  denominator: number | null;
  value: number | null;
}

/**
 * The feature figures of one request, each worked out once: a scorecard asks the same figure for many
 * KPIs and periods (the two placement KPIs share one count, the grade trend serves every term, the
 * health figures two KPIs), and a call with the same arguments answers the first call's promise. Kept
 * per EntityManager, that is per request or per transaction, so nothing outlives the request.
 */
export class RequestFigures {
  private readonly known = new Map<Function, Map<string, Promise<unknown>>>();

  constructor(private readonly em: EntityManager) {}

  of<A extends unknown[], T>(figure: (em: EntityManager, ...args: A) => Promise<T>, ...args: A): Promise<T> {
    let calls = this.known.get(figure);
    if (!calls) {
      calls = new Map();
      this.known.set(figure, calls);
    }
    const key = JSON.stringify(args);
    let answer = calls.get(key) as Promise<T> | undefined;
    if (!answer) {
      answer = figure(this.em, ...args);
      calls.set(key, answer);
    }
    return answer;
  }
}

const perRequest = new WeakMap<EntityManager, RequestFigures>();

/** The figures of the request (or transaction) `em` belongs to. */
export function requestFigures(em: EntityManager): RequestFigures {
  let figures = perRequest.get(em);
  if (!figures) {
    figures = new RequestFigures(em);
    perRequest.set(em, figures);
  }
  return figures;
}

export type Calculate = (figures: RequestFigures, localAuthorityIds: string[], period: Period) => Promise<Figure>;

export interface CalculationDefinition {
  unit: KpiUnit;
  description: string;
  /** What the figure counts, so the admin can open the records behind it. */
  records: string;
  calculate: Calculate;
}

const percent = (numerator: number, denominator: number): Figure => ({
  numerator,
  denominator,
  value: denominator ? (100 * numerator) / denominator : null,
});

const timely = (t: Timeliness): Figure => percent(t.withinTimescale, t.done);
const range = (period: Period) => ({ from: period.start, to: period.end });

const sum = <T>(rows: readonly T[], value: (row: T) => number) => rows.reduce((total, row) => total + value(row), 0);

/** The first day of an audit term, in the calendar the periods use. */
const termStart = (academicYear: number, term: Term) =>
  term === Term.AUTUMN ? `${academicYear}-09-01` : `${academicYear + 1}-${term === Term.SPRING ? '01' : '04'}-01`;

export const CALCULATIONS: Record<KpiCalculation, CalculationDefinition> = {
  ASSESSMENTS_WITHIN_20_WEEKS: {
    unit: KpiUnit.PERCENT,
    description: 'Final plans issued in the period within 20 weeks of the request for assessment, of all issued in the period (exceptions included), as the SEN2 return counts them',
    records: 'Assessments that ended in a final plan in the period',
    calculate: async (figures, ids, period) => timely(await figures.of(assessmentTimeliness, ids, range(period), { excludingExceptions: false })),
  },
  ASSESSMENTS_WITHIN_20_WEEKS_EXCLUDING_EXCEPTIONS: {
    unit: KpiUnit.PERCENT,
    description: 'As above, leaving out the plans an exception of regulation 10(4) applied to (a missed appointment is not one)',
    records: 'Assessments that ended in a final plan in the period, without an exception',
    calculate: async (figures, ids, period) => timely(await figures.of(assessmentTimeliness, ids, range(period), { excludingExceptions: true })),
  },
  DECISIONS_TO_ASSESS_WITHIN_6_WEEKS: {
    unit: KpiUnit.PERCENT,
    description: 'Decisions whether to assess (agreed or refused) made in the period within 6 weeks of the request, leaving out those an exception of regulation 5(4) applied to',
    records: 'Requests decided in the period',
    calculate: async (figures, ids, period) => timely(await figures.of(decisionTimeliness, ids, range(period))),
  },
  AUDITED_PLANS_GOOD_OR_OUTSTANDING: {
    unit: KpiUnit.PERCENT,
    description: 'Final audits graded good or outstanding, of all final audits in the terms that start in the period',
    records: 'Final audits of the term',
    calculate: async (figures, ids, period) => {
      const points = await figures.of(gradeTrend, ids, { period: TrendPeriod.TERM });
      const inPeriod = points.filter((p) => p.term && termStart(p.academicYear, p.term) >= period.start && termStart(p.academicYear, p.term) <= period.end);
      return percent(
        inPeriod.reduce((sum, p) => sum + p.goodOrOutstanding, 0),
        inPeriod.reduce((sum, p) => sum + p.audited, 0),
      );
    },
  },
  MODERATION_AGREEMENT: {
    unit: KpiUnit.PERCENT,
    description: "Moderated audits where the moderator's blind grade equals the auditor's, in cycles that opened in the period",
    records: 'Moderated audits of the cycles',
    calculate: async (figures, ids, period) => {
      const cycles = await figures.of(moderationAgreement, ids, false, { from: period.start, to: period.end });
      return percent(
        cycles.reduce((sum, c) => sum + c.exact, 0),
        cycles.reduce((sum, c) => sum + c.moderated, 0),
      );
    },
  },
  ANNUAL_REVIEW_DECISIONS_WITHIN_4_WEEKS: {
    unit: KpiUnit.PERCENT,
    description: 'Annual review decisions (maintain, amend, cease) made in the period within 4 weeks of the meeting, of all made in it',
    records: 'Annual reviews decided in the period',
    calculate: async (figures, ids, period) => timely(await figures.of(reviewDecisionTimeliness, ids, range(period))),
  },
  AMENDED_PLANS_WITHIN_12_WEEKS: {
    unit: KpiUnit.PERCENT,
    description: 'Final amended plans issued in the period within 12 weeks of the review meeting, of all issued in it',
    records: 'Amended plans issued in the period',
    calculate: async (figures, ids, period) => timely(await figures.of(amendedPlanTimeliness, ids, range(period))),
  },
  ANNUAL_REVIEWS_OVERDUE: {
    unit: KpiUnit.COUNT,
    description: 'Maintained plans whose annual review meeting was overdue at the end of the period, or today while it runs (the backlog)',
    records: 'Plans with an overdue annual review',
    calculate: async (figures, ids, period) => ({ numerator: null, denominator: null, value: await figures.of(reviewsOverdue, ids, period.end < today() ? period.end : today()) }),
  },
  HEALTH_ADVICE_ON_TIME: {
    unit: KpiUnit.PERCENT,
    description: 'Health advice (or "no advice") received by its due date, of all health advice due in the period whose timeliness is known',
    records: 'Health advice due in the period',
    calculate: async (figures, ids, period) => {
      const services = await figures.of(serviceFigures, ids, { from: period.start, to: period.end }, false);
      return percent(sum(services, (s) => s.adviceOnTime), sum(services, (s) => s.adviceDue));
    },
  },
  HEALTH_ADVICE_GOOD_OR_BETTER: {
    unit: KpiUnit.PERCENT,
    description: 'Health advice the DCO rated good or better, of the advice due in the period that the DCO has reviewed',
    records: 'Health advice due in the period',
    calculate: async (figures, ids, period) => {
      const services = await figures.of(serviceFigures, ids, { from: period.start, to: period.end }, false);
      return percent(sum(services, (s) => s.adviceGoodOrBetter), sum(services, (s) => s.adviceReviewed));
    },
  },
  ANNUAL_HEALTH_CHECK_DISCUSSED: {
    unit: KpiUnit.PERCENT,
    description: 'Annual reviews of young people aged 14–25 with a learning disability where the annual health check was discussed, of those held in the period',
    records: 'Annual reviews in the period',
    calculate: async (figures, ids, period) => {
      const figure = await figures.of(annualHealthCheck, ids, { from: period.start, to: period.end }, DEFAULT_HEALTH_CHECK_TARGET);
      return percent(figure.discussed, figure.reviews);
    },
  },
  PART_TIME_TIMETABLES: {
    unit: KpiUnit.COUNT,
    description: 'Part-time timetables open at the end of the period (compared with the baseline count)',
    records: 'Part-time timetables open at the end of the period',
    calculate: async (figures, ids, period) => ({ numerator: null, denominator: null, value: await figures.of(openTimetables, ids, period.end) }),
  },
  INDEPENDENT_PLACEMENTS: {
    unit: KpiUnit.COUNT,
    description: 'Children in independent or non-maintained special placements at the end of the period',
    records: 'Placements open at the end of the period',
    calculate: async (figures, ids, period) => ({ numerator: null, denominator: null, value: (await figures.of(openPlacements, ids, period.end)).placements }),
  },
  INDEPENDENT_PLACEMENTS_ANNUAL_COST: {
    unit: KpiUnit.POUNDS,
    description: 'Annual cost of the independent and non-maintained placements open at the end of the period',
    records: 'Placements open at the end of the period',
    calculate: async (figures, ids, period) => ({ numerator: null, denominator: null, value: (await figures.of(openPlacements, ids, period.end)).annualCost }),
  },
};

registerEnumType(KpiCalculation, {
  name: 'KpiCalculation',
  valuesConfig: Object.fromEntries(Object.entries(CALCULATIONS).map(([name, c]) => [name, { description: c.description }])),
});
