import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type TestApp } from '../helpers/app.js';
import { localAuthorityId } from '../helpers/fixture-rows.js';
import { CREATE_CHILD } from '../helpers/queries.js';
import { londonToday } from '../helpers/health.js';
import {
  expectedDeadlines,
  expectedNextReview,
  expectedRequestSteps,
  expectedReviewSteps,
  expectedTimeliness,
  plusDays,
  plusMonths,
  TIMELINE_STEP,
  timelineRows,
  type TimelineRows,
} from '../helpers/timeline.js';

let app: TestApp;
let token: Record<'qa' | 'viewer' | 'dco' | 'peterborough' | 'auditor', string>;
let la873: string;
let la874: string;
const today = londonToday();

beforeAll(async () => {
  app = await startApp();
  token = {
    qa: await app.login('qa@example.org'),
    viewer: await app.login('viewer@example.org'),
    dco: await app.login('dco@example.org'),
    peterborough: await app.login('qa.peterborough@example.org'),
    auditor: await app.login('auditor@example.org'),
  };
  la873 = await localAuthorityId(app, '873');
  la874 = await localAuthorityId(app, '874');
});
afterAll(async () => {
  await app?.close();
});

function fieldErrors(result: { errors?: { extensions?: { code?: string; fields?: { field: string; rule: string }[] } }[] }) {
  expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  return result.errors![0]!.extensions!.fields!.map(({ field, rule }) => ({ field, rule }));
}

const REQUESTS = `query ($asOf: LocalDate, $perPage: Int, $page: Int, $filter: AssessmentRequestFilter) {
  allAssessmentRequests(perPage: $perPage, page: $page, filter: $filter, sortField: "receivedOn") { id steps(asOf: $asOf) { ${TIMELINE_STEP} } }
}`;
const REVIEWS = `query ($asOf: LocalDate, $perPage: Int, $page: Int) {
  allAnnualReviews(perPage: $perPage, page: $page, sortField: "meetingDate") { id steps(asOf: $asOf) { ${TIMELINE_STEP} } }
}`;
const DEADLINES = `query ($filter: DeadlineFilter, $perPage: Int, $page: Int, $sortField: String) {
  allDeadlines(filter: $filter, perPage: $perPage, page: $page, sortField: $sortField) { id kind dueOn status daysOverdue sourceType sourceId localAuthorityId teamId caseworker caseReference }
  _allDeadlinesMeta(filter: $filter) { count }
}`;
const CREATE = `mutation ($childId: UUID!, $kind: AssessmentKind, $receivedOn: LocalDate!, $planId: UUID, $decisionOn: LocalDate, $decision: AssessmentDecision,
  $decisionException: TimescaleException, $draftOn: LocalDate, $outcome: AssessmentOutcome, $outcomeOn: LocalDate, $outcomeException: TimescaleException, $caseworker: String) {
  createAssessmentRequest(childId: $childId, kind: $kind, receivedOn: $receivedOn, planId: $planId, decisionOn: $decisionOn, decision: $decision, decisionException: $decisionException,
    draftOn: $draftOn, outcome: $outcome, outcomeOn: $outcomeOn, outcomeException: $outcomeException, caseworker: $caseworker) { id version steps { ${TIMELINE_STEP} } }
}`;
const UPDATE = `mutation ($id: UUID!, $version: Int!, $decisionOn: LocalDate, $decision: AssessmentDecision, $draftOn: LocalDate, $outcome: AssessmentOutcome, $outcomeOn: LocalDate,
  $outcomeException: TimescaleException, $receivedOn: LocalDate, $planId: UUID) {
  updateAssessmentRequest(id: $id, version: $version, decisionOn: $decisionOn, decision: $decision, draftOn: $draftOn, outcome: $outcome, outcomeOn: $outcomeOn,
    outcomeException: $outcomeException, receivedOn: $receivedOn, planId: $planId) { id version outcome outcomeOn }
}`;

/** Every page of a list, as the API gives it. */
async function all<T>(query: string, name: string, variables: Record<string, unknown>, as = token.qa): Promise<T[]> {
  const rows: T[] = [];
  for (let page = 0; ; page++) {
    const result = await app.graphql(query, { ...variables, page, perPage: 1000 }, as);
    expect(result.errors).toBeUndefined();
    rows.push(...(result.data![name] as T[]));
    if ((result.data![name] as T[]).length < 1000) return rows;
  }
}

let children = 0;
/** A new child of the authority, with no plan or assessment yet, for a new request. */
async function freshChild(code: '873' | '874'): Promise<{ id: string; case_reference: string }> {
  const caseReference = `TL-${code}-${String(++children).padStart(4, '0')}`;
  const result = await app.graphql(CREATE_CHILD, { localAuthorityId: code === '873' ? la873 : la874, caseReference, dateOfBirth: '2016-05-01', sex: 'FEMALE', primaryNeed: 'ASD' }, token.qa);
  expect(result.errors).toBeUndefined();
  return { id: result.data!.createChild.id, case_reference: caseReference };
}

describe('every step of the generated cases', () => {
  let rows: TimelineRows;
  beforeAll(async () => {
    rows = await timelineRows(app);
  });

  for (const asOf of ['2026-09-01', '2026-03-15', '2025-07-31']) {
    it(`has the due date and status an independent computation gives, for every assessment, transfer and review (as of ${asOf})`, async () => {
      const requests = await all<{ id: string; steps: unknown[] }>(REQUESTS, 'allAssessmentRequests', { asOf });
      expect(requests).toHaveLength(rows.requests.length);
      const byId = new Map(rows.requests.map((r) => [r.id, r]));
      for (const request of requests) expect({ id: request.id, steps: request.steps }).toEqual({ id: request.id, steps: expectedRequestSteps(byId.get(request.id)!, asOf) });

      const reviews = await all<{ id: string; steps: unknown[] }>(REVIEWS, 'allAnnualReviews', { asOf });
      expect(reviews).toHaveLength(rows.reviews.length);
      const reviewById = new Map(rows.reviews.map((r) => [r.id, r]));
      for (const review of reviews) expect({ id: review.id, steps: review.steps }).toEqual({ id: review.id, steps: expectedReviewSteps(rows, reviewById.get(review.id)!, asOf) });

      // The data hold every kind of step and status, so this compares something.
      const seen = new Set([...requests, ...reviews].flatMap((r) => (r.steps as { kind: string; status: string }[]).map((s) => `${s.kind}:${s.status}`)));
      for (const expected of ['DECISION_TO_ASSESS:ON_TIME', 'DECISION_TO_ASSESS:LATE', 'FINAL_PLAN:ON_TIME', 'FINAL_PLAN:LATE', 'DECISION_NOT_TO_ISSUE:ON_TIME', 'REVIEW_DECISION:LATE', 'AMENDED_PLAN:LATE', 'TRANSFER_NOTICE:ON_TIME']) {
        expect(seen).toContain(expected);
      }
      if (asOf === '2026-09-01') {
        for (const open of ['FINAL_PLAN:NOT_YET_DUE', 'REVIEW_DECISION:OVERDUE']) expect(seen).toContain(open);
        expect([...seen].some((s) => s.endsWith(':DUE_SOON'))).toBe(true);
      }
    });

    it(`lists exactly the steps overdue or due within 14 and 60 days that the independent computation finds (as of ${asOf})`, async () => {
      for (const withinDays of [14, 60]) {
        const listed = await all<{ id: string; kind: string; dueOn: string; status: string; localAuthorityId: string; teamId: string | null }>(DEADLINES, 'allDeadlines', { filter: { asOf, withinDays } });
        const expected = expectedDeadlines(rows, asOf, withinDays);
        expect(listed.map(({ id, kind, dueOn, status, localAuthorityId, teamId }) => ({ id, kind, dueOn, status, localAuthorityId, teamId })).sort((a, b) => a.id.localeCompare(b.id))).toEqual(expected);
        expect(expected.some((d) => d.status === 'OVERDUE') && expected.some((d) => d.status === 'DUE_SOON')).toBe(true);
        const meta = await app.graphql(DEADLINES, { filter: { asOf, withinDays }, perPage: 1 }, token.qa);
        expect(meta.data!._allDeadlinesMeta.count).toBe(expected.length);
      }
    });
  }

  it("gives each plan's next review as the independent computation does, in its timeline and on the list", async () => {
    const asOf = '2026-09-01';
    const plans = await all<{ id: string; status: string; timeline: { kind: string; dueOn: string; completedOn: string | null; status: string }[] }>(
      `query ($asOf: LocalDate, $perPage: Int, $page: Int) { allPlans(perPage: $perPage, page: $page) { id status timeline(asOf: $asOf) { ${TIMELINE_STEP} } } }`,
      'allPlans',
      { asOf },
    );
    let compared = 0;
    for (const plan of plans) {
      const row = rows.plans.find((p) => p.id === plan.id)!;
      const next = plan.timeline.filter((s) => s.kind === 'REVIEW_MEETING' && s.completedOn === null);
      const due = expectedNextReview(rows, row, asOf);
      expect(next.map((s) => s.dueOn)).toEqual(due ? [due] : []);
      if (due) compared++;
      // A plan's timeline holds its assessment's steps and its reviews' steps, none left out.
      const ownRequests = rows.requests.filter((r) => r.plan_id === plan.id).flatMap((r) => expectedRequestSteps(r, asOf));
      const ownReviews = rows.reviews.filter((r) => r.plan_id === plan.id).flatMap((r) => expectedReviewSteps(rows, r, asOf));
      expect(plan.timeline.length - next.length).toBe(ownRequests.length + ownReviews.length);
    }
    expect(compared).toBeGreaterThan(300);
  });
});

describe('the timeliness figures', () => {
  const WINDOWS = [
    { label: 'calendar year 2025 (as SEN2 counts)', from: '2025-01-01', to: '2025-12-31' },
    { label: 'financial year 2025/26', from: '2025-04-01', to: '2026-03-31' },
    { label: 'academic year 2024/25', from: '2024-09-01', to: '2025-08-31' },
  ];
  const FIGURE = 'done withinTimescale percent';
  const FIGURES = `query ($options: TimelineFigureOptions) { timelinessFigures(options: $options) {
    finalPlans { ${FIGURE} } finalPlansExcludingExceptions { ${FIGURE} } decisionsToAssess { ${FIGURE} } reviewDecisions { ${FIGURE} } amendedPlans { ${FIGURE} } reviewsOverdue } }`;

  for (const window of WINDOWS) {
    it(`equal an independent count from the rows for the ${window.label}, per authority and together`, async () => {
      const rows = await timelineRows(app);
      for (const ids of [[la873], [la874], [la873, la874]]) {
        const result = await app.graphql(FIGURES, { options: { from: window.from, to: window.to, localAuthorityId: ids.length === 1 ? ids[0] : null } }, token.qa);
        expect(result.errors).toBeUndefined();
        const expected = expectedTimeliness(rows, ids, window.from, window.to);
        const withPercent = (t: { done: number; withinTimescale: number }) => ({ ...t, percent: t.done ? Math.round((1000 * t.withinTimescale) / t.done) / 10 : null });
        expect(result.data!.timelinessFigures).toEqual({
          finalPlans: withPercent(expected.finalPlans),
          finalPlansExcludingExceptions: withPercent(expected.finalPlansExcludingExceptions),
          decisionsToAssess: withPercent(expected.decisionsToAssess),
          reviewDecisions: withPercent(expected.reviewDecisions),
          amendedPlans: withPercent(expected.amendedPlans),
          reviewsOverdue: expected.reviewsOverdue,
        });
        expect(expected.finalPlans.done).toBeGreaterThan(expected.finalPlansExcludingExceptions.done);
        expect(expected.finalPlans.withinTimescale).toBeLessThan(expected.finalPlans.done);
      }
    });
  }

  it('as KPIs, month by month: decisions to assess, review decisions, amended plans and the backlog equal the rows', async () => {
    const rows = await timelineRows(app);
    const kpis = await app.sql<{ id: string; code: string; la: string }>(
      "select k.id, k.code, k.local_authority_id as la from kpi k where k.code in ('EHC-6WK', 'AR-4WK', 'AR-AMEND', 'AR-BACKLOG', 'EHC-20WK', 'EHC-20WK-EX')",
    );
    expect(kpis).toHaveLength(12);
    const pick = { 'EHC-6WK': 'decisionsToAssess', 'AR-4WK': 'reviewDecisions', 'AR-AMEND': 'amendedPlans', 'EHC-20WK': 'finalPlans', 'EHC-20WK-EX': 'finalPlansExcludingExceptions' } as const;
    for (const kpi of kpis) {
      const result = await app.graphql(
        'query ($id: UUID!) { kpiFigures(id: $id, from: "2025-09-01", to: "2026-08-31") { periodStart periodEnd value numerator denominator } }',
        { id: kpi.id },
        token.qa,
      );
      expect(result.errors).toBeUndefined();
      const figures = result.data!.kpiFigures as { periodStart: string; periodEnd: string; value: number | null; numerator: number | null; denominator: number | null }[];
      expect(figures).toHaveLength(12);
      for (const f of figures) {
        const expected = expectedTimeliness(rows, [kpi.la], f.periodStart, f.periodEnd);
        if (kpi.code === 'AR-BACKLOG') {
          expect(f.value).toBe(expected.reviewsOverdue);
          continue;
        }
        const t = expected[pick[kpi.code as keyof typeof pick]];
        expect([f.numerator, f.denominator]).toEqual([t.withinTimescale, t.done]);
        if (t.done) expect(f.value).toBeCloseTo((100 * t.withinTimescale) / t.done, 9);
      }
    }
  });

  it('period by period in financial quarters: each quarter, April to June first, equals an independent count over exactly its dates', async () => {
    const rows = await timelineRows(app);
    const TREND = `query ($options: TimelineFigureOptions) { timelinessTrend(options: $options) { period from to partial
      finalPlans { ${FIGURE} } finalPlansExcludingExceptions { ${FIGURE} } decisionsToAssess { ${FIGURE} } reviewDecisions { ${FIGURE} } amendedPlans { ${FIGURE} } reviewsOverdue } }`;
    const result = await app.graphql(TREND, { options: { from: '2025-04-01', to: '2026-03-31', localAuthorityId: la873, calendar: 'FINANCIAL', frequency: 'QUARTERLY' } }, token.qa);
    expect(result.errors).toBeUndefined();
    // The financial year 2025/26 as councils count it: quarters from April, July, October and January.
    const quarters = [
      { period: '2025/26 Q1', from: '2025-04-01', to: '2025-06-30' },
      { period: '2025/26 Q2', from: '2025-07-01', to: '2025-09-30' },
      { period: '2025/26 Q3', from: '2025-10-01', to: '2025-12-31' },
      { period: '2025/26 Q4', from: '2026-01-01', to: '2026-03-31' },
    ];
    const withPercent = (t: { done: number; withinTimescale: number }) => ({ ...t, percent: t.done ? Math.round((1000 * t.withinTimescale) / t.done) / 10 : null });
    expect(result.data!.timelinessTrend).toEqual(
      quarters.map((q) => {
        const expected = expectedTimeliness(rows, [la873], q.from, q.to);
        return {
          ...q,
          partial: false,
          finalPlans: withPercent(expected.finalPlans),
          finalPlansExcludingExceptions: withPercent(expected.finalPlansExcludingExceptions),
          decisionsToAssess: withPercent(expected.decisionsToAssess),
          reviewDecisions: withPercent(expected.reviewDecisions),
          amendedPlans: withPercent(expected.amendedPlans),
          reviewsOverdue: expected.reviewsOverdue,
        };
      }),
    );
    const backlog = (await app.graphql('query ($options: TimelineFigureOptions) { annualReviewBacklog(options: $options) { date overdue } }', { options: { from: '2025-04-01', to: '2026-03-31', localAuthorityId: la873, calendar: 'FINANCIAL', frequency: 'QUARTERLY' } }, token.qa))
      .data!.annualReviewBacklog as { date: string; overdue: number }[];
    expect(backlog).toEqual(quarters.map((q) => ({ date: q.to, overdue: expectedTimeliness(rows, [la873], q.from, q.to).reviewsOverdue })));
    const refused = await app.graphql(TREND, { options: { calendar: 'CALENDAR', frequency: 'TERMLY' } }, token.qa);
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'options.frequency', rule: 'fitsCalendar' }] });
  });

  it('gives the annual-review backlog at each month end, and the median days of each stretch, as the rows do', async () => {
    const rows = await timelineRows(app);
    const backlog = (await app.graphql('query ($options: TimelineFigureOptions) { annualReviewBacklog(options: $options) { date overdue plans } }', { options: { from: '2025-09-01', to: '2026-08-31', localAuthorityId: la873 } }, token.qa)).data!
      .annualReviewBacklog as { date: string; overdue: number; plans: number }[];
    expect(backlog.map((p) => p.date)).toEqual(Array.from({ length: 12 }, (_, i) => plusDays(plusMonths('2025-10-01', i), -1)));
    for (const point of backlog) {
      const maintained = rows.plans.filter((p) => p.local_authority_id === la873 && expectedNextReview(rows, p, point.date) !== null);
      expect(point).toEqual({ date: point.date, plans: maintained.length, overdue: maintained.filter((p) => expectedNextReview(rows, p, point.date)! < point.date).length });
    }
    expect(backlog.some((p) => p.overdue > 0)).toBe(true);

    const durations = (await app.graphql('query ($options: TimelineFigureOptions) { assessmentStepDurations(options: $options) { step from medianDays cases } }', { options: { from: '2025-09-01', to: '2026-08-31' } }, token.qa)).data!
      .assessmentStepDurations as { step: string; from: string; medianDays: number | null; cases: number }[];
    const finals = rows.requests.filter((r) => r.kind === 'REQUEST' && r.outcome === 'FINAL_PLAN' && r.outcome_on! >= '2025-09-01' && r.outcome_on! <= '2026-08-31');
    const median = (values: number[]) => {
      const sorted = [...values].sort((a, b) => a - b);
      const mid = (sorted.length - 1) / 2;
      return (sorted[Math.floor(mid)]! + sorted[Math.ceil(mid)]!) / 2;
    };
    const stretch = (start: 'received_on' | 'decision_on' | 'draft_on', end: 'decision_on' | 'draft_on' | 'outcome_on') => {
      const values = finals.filter((r) => r[start] && r[end]).map((r) => (Date.parse(r[end]!) - Date.parse(r[start]!)) / 86_400_000);
      return { medianDays: values.length ? median(values) : null, cases: values.length };
    };
    expect(durations).toEqual([
      { step: 'DECISION_TO_ASSESS', from: 'REQUEST_RECEIVED', ...stretch('received_on', 'decision_on') },
      { step: 'DRAFT_PLAN', from: 'DECISION_TO_ASSESS', ...stretch('decision_on', 'draft_on') },
      { step: 'FINAL_PLAN', from: 'DRAFT_PLAN', ...stretch('draft_on', 'outcome_on') },
      { step: 'FINAL_PLAN', from: 'REQUEST_RECEIVED', ...stretch('received_on', 'outcome_on') },
    ]);
    expect(durations[3]!.cases).toBeGreaterThan(0);
  });
});

describe('moving the clock', () => {
  it('puts a new request on the due-soon list, then the overdue list, and recording the decision takes it off', async () => {
    const child = await freshChild('874');
    const created = await app.graphql(CREATE, { childId: child.id, receivedOn: plusDays(today, -30), caseworker: 'Test Caseworker' }, token.qa);
    expect(created.errors).toBeUndefined();
    const request = created.data!.createAssessmentRequest;
    const on = async (asOf: string) =>
      ((await app.graphql(DEADLINES, { filter: { asOf, withinDays: 14, q: child.case_reference } }, token.qa)).data!.allDeadlines as { kind: string; status: string; dueOn: string; caseworker: string }[]).map(
        ({ kind, status, dueOn, caseworker }) => ({ kind, status, dueOn, caseworker }),
      );
    const due = plusDays(today, 12);
    expect(await on(plusDays(today, -5))).toEqual([]);
    expect(await on(today)).toEqual([{ kind: 'DECISION_TO_ASSESS', status: 'DUE_SOON', dueOn: due, caseworker: 'Test Caseworker' }]);
    expect(await on(plusDays(today, 13))).toEqual([{ kind: 'DECISION_TO_ASSESS', status: 'OVERDUE', dueOn: due, caseworker: 'Test Caseworker' }]);
    // The draft is due at 16 weeks: it joins the list only once that is within 14 days.
    expect((await on(plusDays(today, 70))).map((d) => d.kind)).toEqual(['DECISION_TO_ASSESS', 'DRAFT_PLAN']);

    const decided = await app.graphql(UPDATE, { id: request.id, version: request.version, decisionOn: today, decision: 'ASSESS' }, token.qa);
    expect(decided.errors).toBeUndefined();
    expect(await on(plusDays(today, 13))).toEqual([]);
    expect((await on(plusDays(today, 70))).map((d) => d.kind)).toEqual(['DRAFT_PLAN']);
    // Judged the day before the decision, it was still due.
    expect((await on(plusDays(today, -1))).map((d) => d.status)).toEqual(['DUE_SOON']);
  });

  it("puts a plan's annual review on the list as it falls due, and holding the meeting takes it off and sets the next a year on", async () => {
    const rows = await timelineRows(app);
    const plan = rows.plans.find((p) => p.local_authority_id === la874 && expectedNextReview(rows, p, today) !== null && expectedNextReview(rows, p, today)! > plusDays(today, 30))!;
    const due = expectedNextReview(rows, plan, today)!;
    const case_reference = (await app.sql<{ case_reference: string }>('select case_reference from child where id = $1', [plan.child_id]))[0]!.case_reference;
    const reviewOn = async (asOf: string) =>
      ((await app.graphql(DEADLINES, { filter: { asOf, withinDays: 14, q: case_reference, process: 'ANNUAL_REVIEW' } }, token.qa)).data!.allDeadlines as { kind: string; status: string; dueOn: string }[]).map(
        ({ kind, status, dueOn }) => ({ kind, status, dueOn }),
      );
    expect(await reviewOn(today)).toEqual([]);
    expect(await reviewOn(plusDays(due, -10))).toEqual([{ kind: 'REVIEW_MEETING', status: 'DUE_SOON', dueOn: due }]);
    expect(await reviewOn(plusDays(due, 1))).toEqual([{ kind: 'REVIEW_MEETING', status: 'OVERDUE', dueOn: due }]);

    const held = await app.graphql('mutation ($planId: UUID!, $on: LocalDate!) { createAnnualReview(planId: $planId, meetingDate: $on) { id } }', { planId: plan.id, on: today }, token.qa);
    expect(held.errors).toBeUndefined();
    const after = await reviewOn(plusDays(due, 1));
    // The meeting is off the list; the council's decision is due 4 weeks after it, and listed once that is within 14 days.
    expect(after.filter((d) => d.kind === 'REVIEW_MEETING' && d.dueOn === due)).toEqual([]);
    expect(after.filter((d) => d.kind === 'REVIEW_DECISION').map((d) => d.dueOn)).toEqual(plusDays(today, 28) <= plusDays(due, 15) ? [plusDays(today, 28)] : []);
    const fifth = plusMonths((await app.sql<{ dob: string }>("select to_char(date_of_birth, 'YYYY-MM-DD') as dob from child where id = $1", [plan.child_id]))[0]!.dob, 60);
    const timeline = (await app.graphql(`query ($id: UUID!) { Plan(id: $id) { timeline { ${TIMELINE_STEP} } } }`, { id: plan.id }, token.qa)).data!.Plan.timeline as { kind: string; dueOn: string; completedOn: string | null }[];
    expect(timeline.filter((s) => s.kind === 'REVIEW_MEETING' && !s.completedOn).map((s) => s.dueOn)).toEqual([plusMonths(today, fifth > today ? 6 : 12)]);
  });
});

describe('exceptions', () => {
  it('refuses a missed appointment as an exception to the 20-week limit, and saves nothing', async () => {
    const child = await freshChild('873');
    const before = await app.sql<{ n: string }>('select count(*) as n from assessment_request');
    const plan = (await app.graphql('mutation ($childId: UUID!) { createPlan(childId: $childId, status: DRAFT, requestDate: "2026-01-05") { id } }', { childId: child.id }, token.qa)).data!.createPlan;
    const refused = await app.graphql(
      CREATE,
      { childId: child.id, planId: plan.id, receivedOn: '2026-01-05', decisionOn: '2026-02-10', decision: 'ASSESS', outcome: 'FINAL_PLAN', outcomeOn: '2026-07-01', outcomeException: 'MISSED_APPOINTMENT' },
      token.qa,
    );
    expect(fieldErrors(refused)).toEqual([{ field: 'outcomeException', rule: 'exceptionNotAllowed' }]);
    expect(refused.errors![0]!.message).toContain('a missed appointment excuses late advice');
    expect(await app.sql<{ n: string }>('select count(*) as n from assessment_request')).toEqual(before);
    // Nor did the plan become final.
    expect(await app.sql('select status, issue_date from plan where id = $1', [plan.id])).toEqual([{ status: 'DRAFT', issue_date: null }]);
    // The database refuses it too, whatever writes it.
    await expect(app.sql("update assessment_request set outcome_exception = 'MISSED_APPOINTMENT' where outcome = 'FINAL_PLAN'")).rejects.toThrow(/outcome_exception_allowed/);
  });

  it('leaves a late plan with an allowed exception out of the figure excluding exceptions, and keeps it in the other', async () => {
    const child = await freshChild('873');
    const window = { from: '2026-07-01', to: '2026-07-31', localAuthorityId: la873 };
    const FIGURES = 'query ($options: TimelineFigureOptions) { timelinessFigures(options: $options) { finalPlans { done withinTimescale } finalPlansExcludingExceptions { done withinTimescale } } }';
    const before = (await app.graphql(FIGURES, { options: window }, token.qa)).data!.timelinessFigures;
    const plan = (await app.graphql('mutation ($childId: UUID!) { createPlan(childId: $childId, status: DRAFT, requestDate: "2026-01-05") { id } }', { childId: child.id }, token.qa)).data!.createPlan;
    const created = await app.graphql(
      CREATE,
      { childId: child.id, planId: plan.id, receivedOn: '2026-01-05', decisionOn: '2026-02-10', decision: 'ASSESS', draftOn: '2026-06-10', outcome: 'FINAL_PLAN', outcomeOn: '2026-07-01', outcomeException: 'ABSENT_FROM_AREA' },
      token.qa,
    );
    expect(created.errors).toBeUndefined();
    expect(created.data!.createAssessmentRequest.steps.find((s: { kind: string }) => s.kind === 'FINAL_PLAN')).toEqual({ kind: 'FINAL_PLAN', dueOn: '2026-05-25', completedOn: '2026-07-01', status: 'LATE' });
    const after = (await app.graphql(FIGURES, { options: window }, token.qa)).data!.timelinessFigures;
    expect(after.finalPlans).toEqual({ done: before.finalPlans.done + 1, withinTimescale: before.finalPlans.withinTimescale });
    expect(after.finalPlansExcludingExceptions).toEqual(before.finalPlansExcludingExceptions);
    // Recording the final plan made the plan final on that day.
    expect(await app.sql("select status, to_char(issue_date, 'YYYY-MM-DD') as issued from plan where id = $1", [plan.id])).toEqual([{ status: 'FINAL', issued: '2026-07-01' }]);
  });
});

describe('bad input', () => {
  let request: { id: string; version: number };
  let child: { id: string };
  beforeAll(async () => {
    child = await freshChild('874');
    request = (await app.graphql(CREATE, { childId: child.id, receivedOn: '2026-03-02', decisionOn: '2026-04-01', decision: 'ASSESS' }, token.qa)).data!.createAssessmentRequest;
  });

  const cases: [string, Record<string, unknown>, { field: string; rule: string }[]][] = [
    ['a step dated before the one it follows', { draftOn: '2026-03-20' }, [{ field: 'draftOn', rule: 'notBeforeDecisionOn' }]],
    ['a request received after its decision', { receivedOn: '2026-04-02' }, [{ field: 'decisionOn', rule: 'notBeforeReceivedOn' }]],
    ['a decision without its date', { decisionOn: null }, [{ field: 'decisionOn', rule: 'requiredWithOutcome' }]],
    ['an outcome without its date', { outcome: 'NO_PLAN' }, [{ field: 'outcomeOn', rule: 'requiredWithOutcome' }]],
    ['an outcome without the decision to assess', { decision: 'REFUSE', outcome: 'NO_PLAN', outcomeOn: '2026-06-01' }, [{ field: 'outcome', rule: 'refused' }]],
    ['a final plan without its plan', { outcome: 'FINAL_PLAN', outcomeOn: '2026-07-01' }, [{ field: 'planId', rule: 'requiredForFinalPlan' }]],
    ['an exception the step does not allow', { outcome: 'NO_PLAN', outcomeOn: '2026-07-01', outcomeException: 'MISSED_APPOINTMENT' }, [{ field: 'outcomeException', rule: 'exceptionNotAllowed' }]],
    ['an exception without its step', { outcomeException: 'ABSENT_FROM_AREA' }, [{ field: 'outcomeException', rule: 'requiresStep' }]],
    ['a date in the future', { draftOn: plusDays(today, 1) }, [{ field: 'draftOn', rule: 'notInFuture' }]],
  ];
  for (const [what, change, errors] of cases) {
    it(`refuses ${what}, naming the field and rule, and saves nothing`, async () => {
      const before = await app.sql('select * from assessment_request where id = $1', [request.id]);
      const result = await app.graphql(UPDATE, { id: request.id, version: request.version, ...change }, token.qa);
      expect(fieldErrors(result)).toEqual(errors);
      expect(await app.sql('select * from assessment_request where id = $1', [request.id])).toEqual(before);
    });
  }

  it('refuses review steps out of order or without their decision, and a ceasing without its reason', async () => {
    const [plan] = await app.sql<{ id: string; issue_date: string }>("select id, to_char(issue_date, 'YYYY-MM-DD') as issue_date from plan where status = 'FINAL' and issue_date < '2025-01-01' order by id limit 1");
    const create = (args: string) => app.graphql(`mutation ($planId: UUID!) { createAnnualReview(planId: $planId, ${args}) { id } }`, { planId: plan!.id }, token.qa);
    const count = async () => (await app.sql<{ n: string }>('select count(*) as n from annual_review'))[0]!.n;
    const before = await count();
    expect(fieldErrors(await create('meetingDate: "2026-03-02", amendmentNoticeOn: "2026-03-10"'))).toEqual([{ field: 'amendmentNoticeOn', rule: 'requiresAmendDecision' }]);
    expect(fieldErrors(await create('meetingDate: "2026-03-02", decision: CEASE, decisionDate: "2026-03-10"'))).toEqual([{ field: 'ceaseReason', rule: 'reasonRequired' }]);
    expect(fieldErrors(await create('meetingDate: "2026-03-02", decision: AMEND, decisionDate: "2026-03-10", amendmentNoticeOn: "2026-03-05"'))).toEqual([
      { field: 'amendmentNoticeOn', rule: 'notBeforeDecisionDate' },
    ]);
    expect(fieldErrors(await create(`meetingDate: "${plusDays(today, 3)}"`))).toEqual([{ field: 'meetingDate', rule: 'notInFuture' }]);
    expect(fieldErrors(await create(`meetingDate: "${plusDays(plan!.issue_date, -1)}"`))).toEqual([{ field: 'meetingDate', rule: 'notBeforeIssueDate' }]);
    expect(await count()).toBe(before);
  });

  it('refuses a window out of order, a due-soon window out of range and a sort it does not know', async () => {
    expect(fieldErrors(await app.graphql(DEADLINES, { filter: { withinDays: 366 } }, token.qa))).toEqual([{ field: 'filter.withinDays', rule: 'between0And365' }]);
    expect(fieldErrors(await app.graphql(DEADLINES, { sortField: 'secret' }, token.qa))).toEqual([{ field: 'sortField', rule: 'oneOf' }]);
    expect(fieldErrors(await app.graphql('{ allAssessmentRequests(perPage: 1) { steps(withinDays: 366) { kind } } }', {}, token.qa))).toEqual([{ field: 'withinDays', rule: 'max' }]);
    expect(fieldErrors(await app.graphql('{ timelinessFigures(options: { from: "2026-02-01", to: "2026-01-01" }) { reviewsOverdue } }', {}, token.qa))).toEqual([
      { field: 'options.from', rule: 'notAfterTo' },
    ]);
    expect(fieldErrors(await app.graphql('{ annualReviewBacklog(options: { from: "2020-01-01", to: "2026-01-01" }) { date } }', {}, token.qa))).toEqual([
      { field: 'options.from', rule: 'windowTooLong' },
    ]);
  });
});

describe('roles and authorities', () => {
  it('lets QA officers and admins record steps; the DCO, viewers and auditors read them but may not', async () => {
    const child = await freshChild('873');
    for (const role of ['dco', 'viewer', 'auditor'] as const) {
      const result = await app.graphql(CREATE, { childId: child.id, receivedOn: '2026-05-01' }, token[role]);
      expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      const read = await app.graphql('{ allAssessmentRequests(perPage: 1) { id steps { kind } } allDeadlines(perPage: 1) { id } }', {}, token[role]);
      expect(read.errors).toBeUndefined();
      expect(read.data!.allAssessmentRequests).toHaveLength(1);
    }
  });

  it("keeps each authority to its own records, lists and figures", async () => {
    const theirs = await freshChild('873');
    const result = await app.graphql(CREATE, { childId: theirs.id, receivedOn: '2026-05-01' }, token.peterborough);
    expect(fieldErrors(result)).toEqual([{ field: 'childId', rule: 'exists' }]);
    const requests = await all<{ id: string }>(REQUESTS, 'allAssessmentRequests', {}, token.peterborough);
    const own = await app.sql<{ n: string }>('select count(*) as n from assessment_request where local_authority_id = $1', [la874]);
    expect(requests).toHaveLength(Number(own[0]!.n));
    const deadlines = await all<{ localAuthorityId: string }>(DEADLINES, 'allDeadlines', { filter: { withinDays: 60 } }, token.peterborough);
    expect(deadlines.length).toBeGreaterThan(0);
    expect(new Set(deadlines.map((d) => d.localAuthorityId))).toEqual(new Set([la874]));
    const figures = await app.graphql('query ($la: UUID!) { timelinessFigures(options: { localAuthorityId: $la }) { reviewsOverdue } }', { la: la873 }, token.peterborough);
    expect(figures.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const list = await app.graphql(DEADLINES, { filter: { localAuthorityId: la873 } }, token.peterborough);
    expect(list.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('SQL statements', () => {
  const lists = [
    ['allDeadlines', '{ id kind dueOn caseReference teamName caseworker }'],
    ['allAssessmentRequests', `{ id child { caseReference } plan { id } team { name } steps { ${TIMELINE_STEP} recordedBy } }`],
    ['allAnnualReviews', `{ id plan { id } steps { ${TIMELINE_STEP} recordedBy } }`],
    ['allPlans', `{ id timeline { ${TIMELINE_STEP} recordedBy } }`],
  ] as const;
  for (const [query, fields] of lists) {
    it(`lists ${query} with their steps in the same number of statements for 5 rows as for 100`, async () => {
      const statements = async (perPage: number) => {
        const result = await app.graphql(`query ($perPage: Int) { ${query}(perPage: $perPage, filter: { localAuthorityId: "${la873}" }) ${fields} }`, { perPage }, token.qa);
        expect(result.errors).toBeUndefined();
        expect(result.data![query]).toHaveLength(perPage);
        return Number(result.headers.get('x-sql-statements'));
      };
      const few = await statements(5);
      expect(few).toBeGreaterThan(0);
      expect(await statements(100)).toBe(few);
    });
  }
});

describe('who recorded a step', () => {
  it('is the user who last set its date, from the change history', async () => {
    const child = await freshChild('874');
    const created = (await app.graphql(CREATE, { childId: child.id, receivedOn: plusDays(today, -20) }, token.qa)).data!.createAssessmentRequest;
    await app.graphql(UPDATE, { id: created.id, version: created.version, decisionOn: today, decision: 'REFUSE' }, await app.login('admin@example.org'));
    const steps = (await app.graphql(`query ($id: UUID!) { AssessmentRequest(id: $id) { steps { kind recordedBy } } }`, { id: created.id }, token.viewer)).data!.AssessmentRequest.steps;
    expect(steps).toEqual([
      { kind: 'REQUEST_RECEIVED', recordedBy: 'qa@example.org' },
      { kind: 'DECISION_TO_ASSESS', recordedBy: 'admin@example.org' },
    ]);
  });
});
