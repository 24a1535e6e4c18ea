import { CASEWORK_EDITORS, Role } from '../../core/auth/roles.js';
import { AUTHORITY_COLUMN, changesBetween, type ImportKindDefinition, type ImportRow, type RowPlan } from '../../core/imports/index.js';
import { FieldErrors } from '../../core/graphql/errors.js';
import { checkPlanDates, childKeyColumns, childrenOfRows, Plan, planKeyColumns, PlanStatus, plansOfRows, Team, TeamKind } from '../people/index.js';
import { AdviceRequest } from './advice-request.entity.js';
import { AnnualReview } from './annual-review.entity.js';
import { AssessmentRequest } from './assessment-request.entity.js';
import { AdviceOccasion, AnnualReviewDecision, AssessmentDecision, AssessmentKind, AssessmentOutcome, TimescaleException } from './enums.js';
import { adviceDueOn, checkAdvice, checkAnnualReview, checkAssessment } from './rules.js';

/** The review's fields, by the columns that carry them (the rules' errors name fields; the file's user knows columns). */
const COLUMN_OF: Record<string, string> = {
  meetingDate: 'ReviewMeetingDate',
  decisionDate: 'ReviewDecisionDate',
  decision: 'ReviewDecision',
  ceaseReason: 'CeaseReason',
  amendmentNoticeOn: 'AmendmentNoticeDate',
  amendedPlanOn: 'AmendedPlanDate',
  healthCheckDiscussed: 'HealthCheckDiscussed',
  planId: 'CaseReference',
};
const FIELD_OF = Object.fromEntries(Object.entries(COLUMN_OF).filter(([field]) => field !== 'planId').map(([field, column]) => [column, field]));

/** Annual reviews: one row a review meeting, matched on the plan (case reference, request date) and the meeting's date. */
export const annualReviewImport: ImportKindDefinition = {
  kind: 'ANNUAL_REVIEWS',
  description: "Annual reviews of plans: the meeting, the council's decision and an amendment's steps",
  roles: CASEWORK_EDITORS,
  defaultMappingName: 'SEN2',
  keyColumns: ['CaseReference', 'ReceivedDate', 'ReviewMeetingDate', AUTHORITY_COLUMN],
  columns: [
    ...planKeyColumns('The case reference of the child whose plan was reviewed'),
    { name: 'ReviewMeetingDate', description: 'Date of the annual review meeting', type: 'date', required: true },
    { name: 'ReviewDecisionDate', description: "Date of the council's decision after the meeting", type: 'date' },
    { name: 'ReviewDecision', description: 'MAINTAIN, AMEND or CEASE', type: 'code', codes: Object.fromEntries(Object.values(AnnualReviewDecision).map((v) => [v, v])) },
    { name: 'CeaseReason', description: 'Why the plan is to cease (with CEASE only)', type: 'text', maxLength: 4000 },
    { name: 'AmendmentNoticeDate', description: 'Date the proposed amendments went to the family', type: 'date' },
    { name: 'AmendedPlanDate', description: 'Date the final amended plan was issued', type: 'date' },
    { name: 'HealthCheckDiscussed', description: 'Whether the learning-disability annual health check was discussed: yes or no (empty: not recorded)', type: 'yesNo' },
  ],
  async plan(scope, rows) {
    const plans = new Map<ImportRow, RowPlan>();
    const planned = await plansOfRows(scope, rows);
    const planIds = [...new Set([...planned.values()].map(({ plan }) => plan.id))];
    const reviews = planIds.length ? await scope.em.find(AnnualReview, { plan: { $in: planIds } }) : [];
    const reviewOf = new Map(reviews.map((review) => [`${review.plan.id} ${review.meetingDate}`, review]));
    for (const [row, { plan, key }] of planned) {
      const v = row.values;
      const meetingDate = String(v.ReviewMeetingDate);
      const review = reviewOf.get(`${plan.id} ${meetingDate}`);
      const next: Record<string, unknown> = {};
      for (const [column, field] of Object.entries(FIELD_OF)) {
        if (field === 'meetingDate' || !row.has(column)) continue;
        // An empty yes/no is "not recorded", which the review keeps as unset.
        next[field] = column === 'HealthCheckDiscussed' && v[column] === null ? null : v[column];
      }
      const facts = { ...(review ?? {}), meetingDate, ...next } as Parameters<typeof checkAnnualReview>[0];
      for (const e of checkAnnualReview(facts, { today: scope.today, planIssuedOn: plan.issueDate ?? null }).list()) row.fail(COLUMN_OF[e.field] ?? e.field, e.rule, e.message);
      if (row.failed()) continue;
      const rowKey = `${key} ${meetingDate}`;
      if (!review) {
        plans.set(row, {
          key: rowKey,
          action: 'CREATE',
          changes: changesBetween(AnnualReview, {}, { meetingDate, ...next }),
          apply: () => void scope.em.create(AnnualReview, { localAuthority: plan.localAuthority, plan, meetingDate, ...next } as unknown as AnnualReview),
        });
        continue;
      }
      const changes = changesBetween(AnnualReview, review, next);
      plans.set(row, { key: rowKey, action: changes.length ? 'UPDATE' : 'UNCHANGED', changes, apply: () => void scope.em.assign(review, next) });
    }
    return plans;
  },
};

const codesOf = <T extends string>(values: Record<string, T>) => Object.fromEntries(Object.values(values).map((v) => [v, v]));
/** The assessment's fields, by the columns that carry them. */
const ASSESSMENT_COLUMNS: Record<string, string> = {
  receivedOn: 'ReceivedDate',
  decisionOn: 'DecisionToAssessDate',
  decision: 'DecisionToAssess',
  decisionException: 'DecisionException',
  draftOn: 'DraftPlanDate',
  outcome: 'AssessmentOutcome',
  outcomeOn: 'AssessmentOutcomeDate',
  outcomeException: 'TwentyWeekException',
  withdrawnOn: 'WithdrawnDate',
};
const ASSESSMENT_FIELDS = Object.fromEntries(Object.entries(ASSESSMENT_COLUMNS).map(([field, column]) => [column, field]));

/**
 * Requests for an EHC needs assessment and their steps, the 20-week clock: one row a request, matched on
 * the child and the date it was received. A request whose plan is held (the child's plan of the same
 * request date) is linked to it, and a final plan issued keeps the plan's dates in step, as entering the
 * step by hand does. Transfers in are entered by hand.
 */
export const assessmentImport: ImportKindDefinition = {
  kind: 'ASSESSMENTS',
  description: 'Requests for an EHC needs assessment and their steps: the decision to assess, the draft, the outcome (the 20-week clock)',
  roles: CASEWORK_EDITORS,
  defaultMappingName: 'SEN2',
  keyColumns: ['CaseReference', 'ReceivedDate', AUTHORITY_COLUMN],
  columns: [
    ...childKeyColumns('The case reference of the child (imported or entered before)'),
    { name: 'ReceivedDate', description: 'Date the request for an EHC needs assessment was received', type: 'date', required: true, sen2: true },
    { name: 'DecisionToAssessDate', description: 'Date of the decision whether to assess (due within 6 weeks)', type: 'date' },
    { name: 'DecisionToAssess', description: 'ASSESS or REFUSE', type: 'code', codes: codesOf(AssessmentDecision) },
    { name: 'DecisionException', description: 'An exception to the 6-week limit that applied', type: 'code', codes: codesOf(TimescaleException) },
    { name: 'DraftPlanDate', description: 'Date the draft plan went to the family', type: 'date' },
    { name: 'AssessmentOutcome', description: 'FINAL_PLAN or NO_PLAN', type: 'code', codes: codesOf(AssessmentOutcome) },
    { name: 'AssessmentOutcomeDate', description: 'Date of the outcome: the final plan issued (due within 20 weeks) or the decision not to issue one (16 weeks)', type: 'date' },
    { name: 'TwentyWeekException', description: 'An exception of reg. 10(4) to the 20-week limit that applied', type: 'code', codes: codesOf(TimescaleException) },
    { name: 'WithdrawnDate', description: 'Date the request was withdrawn', type: 'date' },
  ],
  async plan(scope, rows) {
    const plans = new Map<ImportRow, RowPlan>();
    const children = await childrenOfRows(scope, rows);
    const childIds = [...new Set([...children.values()].map(({ child }) => child.id))];
    const held = childIds.length ? await scope.em.find(AssessmentRequest, { child: { $in: childIds }, kind: AssessmentKind.REQUEST }, { populate: ['plan'] }) : [];
    const requestOf = new Map(held.map((r) => [`${r.child.id} ${r.receivedOn}`, r]));
    const planList = childIds.length ? await scope.em.find(Plan, { child: { $in: childIds } }) : [];
    const planOf = new Map(planList.map((p) => [`${p.child.id} ${p.requestDate}`, p]));
    for (const [row, { child, localAuthorityId, reference }] of children) {
      const v = row.values;
      const receivedOn = String(v.ReceivedDate);
      const request = requestOf.get(`${child.id} ${receivedOn}`);
      const plan = planOf.get(`${child.id} ${receivedOn}`) ?? null;
      const next: Record<string, unknown> = {};
      for (const [column, field] of Object.entries(ASSESSMENT_FIELDS)) if (field !== 'receivedOn' && row.has(column)) next[field] = v[column];
      if (!request && plan) next.plan = plan;
      const facts = { kind: AssessmentKind.REQUEST, ...(request ?? {}), receivedOn, ...next, hasPlan: Boolean(request?.plan ?? plan) } as Parameters<typeof checkAssessment>[0];
      for (const e of checkAssessment(facts, { today: scope.today, dateOfBirth: child.dateOfBirth }).list()) row.fail(ASSESSMENT_COLUMNS[e.field] ?? 'CaseReference', e.rule, e.message);
      // A final plan issued is the plan's issue: the two are kept in step.
      const linked = (request?.plan ? request.plan.getEntity() : plan) ?? null;
      const planChanges: Record<string, unknown> = {};
      if (linked && facts.outcome === AssessmentOutcome.FINAL_PLAN && facts.outcomeOn) {
        if (linked.issueDate !== facts.outcomeOn) planChanges.issueDate = facts.outcomeOn;
        if (linked.status === PlanStatus.DRAFT) planChanges.status = PlanStatus.FINAL;
        const dates = { ...linked, ...planChanges } as Parameters<typeof checkPlanDates>[0];
        for (const e of checkPlanDates(dates, child.dateOfBirth, scope.today, new FieldErrors()).list()) row.fail('AssessmentOutcomeDate', e.rule, `the plan's ${e.field} ${e.message}`);
      }
      if (row.failed()) continue;
      const shownNext = { ...next, ...(next.plan ? { plan: `${reference} ${receivedOn}` } : {}) };
      const planShown = Object.fromEntries(Object.entries(planChanges).map(([field, value]) => [`plan.${field}`, value]));
      const planBefore = Object.fromEntries(Object.keys(planChanges).map((field) => [`plan.${field}`, (linked as unknown as Record<string, unknown>)[field]]));
      const applyPlan = () => linked && Object.keys(planChanges).length && scope.em.assign(linked, planChanges as Partial<Plan>);
      const key = `${reference} ${receivedOn}`;
      if (!request) {
        plans.set(row, {
          key,
          action: 'CREATE',
          changes: [...changesBetween(AssessmentRequest, {}, { receivedOn, ...shownNext }), ...changesBetween(Plan, planBefore, planShown)],
          apply: () => {
            scope.em.create(AssessmentRequest, { localAuthority: localAuthorityId, child, kind: AssessmentKind.REQUEST, receivedOn, ...next } as unknown as AssessmentRequest);
            applyPlan();
          },
        });
        continue;
      }
      const changes = [...changesBetween(AssessmentRequest, request, next), ...changesBetween(Plan, planBefore, planShown)];
      plans.set(row, {
        key,
        action: changes.length ? 'UPDATE' : 'UNCHANGED',
        changes,
        apply: () => {
          scope.em.assign(request, next);
          applyPlan();
        },
      });
    }
    return plans;
  },
};

/** The advice request's fields, by the columns that carry them. */
const ADVICE_COLUMNS: Record<string, string> = {
  requestedOn: 'AdviceRequestedDate',
  dueOn: 'AdviceDueDate',
  receivedOn: 'AdviceReceivedDate',
  exception: 'AdviceException',
  noAdvice: 'NoAdvice',
  noAdviceReason: 'NoAdviceReason',
  occasion: 'Occasion',
  teamId: 'Service',
  annualReviewId: 'ReviewMeetingDate',
};

/**
 * Advice asked of an agency (health, educational psychology, social care, education...) for a plan's
 * assessment or one of its annual reviews: one row a request, matched on the plan, the service and the
 * date it was asked. The DCO's, and admins'.
 */
export const adviceImport: ImportKindDefinition = {
  kind: 'ADVICE_REQUESTS',
  description: 'Advice asked of an agency for an assessment or an annual review, and when it came',
  roles: [Role.ADMIN, Role.DCO],
  defaultMappingName: 'SEN2',
  keyColumns: ['CaseReference', 'ReceivedDate', 'Service', 'AdviceRequestedDate', AUTHORITY_COLUMN],
  columns: [
    ...planKeyColumns('The case reference of the child whose plan the advice is for'),
    { name: 'Service', description: "Name of the service asked, one of the authority's teams that is not a casework team", type: 'text', required: true, maxLength: 200 },
    { name: 'Occasion', description: 'ASSESSMENT or ANNUAL_REVIEW; empty: ANNUAL_REVIEW when ReviewMeetingDate is given, else ASSESSMENT', type: 'code', codes: codesOf(AdviceOccasion) },
    { name: 'ReviewMeetingDate', description: 'For an annual review: the date of its meeting (an annual review held of the plan)', type: 'date' },
    { name: 'AdviceRequestedDate', description: 'Date the advice was asked for', type: 'date', required: true },
    { name: 'AdviceDueDate', description: 'Date it is due; empty: 6 weeks after the request, or for an annual review 2 weeks before the meeting', type: 'date' },
    { name: 'AdviceReceivedDate', description: 'Date the service replied, with advice or with "no advice"', type: 'date' },
    { name: 'AdviceException', description: "An exception to an assessment's 6-week advice duty (reg. 8(2)) that applied", type: 'code', codes: codesOf(TimescaleException) },
    { name: 'NoAdvice', description: 'The service replied that it has no advice to give: yes or no (empty: no)', type: 'yesNo' },
    { name: 'NoAdviceReason', description: 'Why it gave none (with NoAdvice only)', type: 'text', maxLength: 4000 },
  ],
  async plan(scope, rows) {
    const plans = new Map<ImportRow, RowPlan>();
    const planned = await plansOfRows(scope, rows);
    const planIds = [...new Set([...planned.values()].map(({ plan }) => plan.id))];
    const authorityIds = [...new Set([...planned.values()].map(({ plan }) => plan.localAuthority.id))];
    const teams = authorityIds.length ? await scope.em.find(Team, { localAuthority: { $in: authorityIds } }) : [];
    const teamOf = new Map(teams.map((team) => [`${team.localAuthority.id} ${team.name.toLowerCase()}`, team]));
    const held = planIds.length ? await scope.em.find(AdviceRequest, { plan: { $in: planIds } }) : [];
    const adviceOf = new Map(held.map((a) => [`${a.plan.id} ${a.team.id} ${a.requestedOn}`, a]));
    const reviews = planIds.length ? await scope.em.find(AnnualReview, { plan: { $in: planIds } }) : [];
    const reviewOf = new Map(reviews.map((r) => [`${r.plan.id} ${r.meetingDate}`, r]));
    for (const [row, { plan, key }] of planned) {
      const v = row.values;
      const team = teamOf.get(`${plan.localAuthority.id} ${String(v.Service).toLowerCase()}`);
      if (!team) row.fail('Service', 'exists', "is not the name of one of this authority's teams");
      else if (team.kind === TeamKind.CASEWORK) row.fail('Service', 'adviser', 'must be an agency asked for advice, not a casework team');
      const review = v.ReviewMeetingDate ? reviewOf.get(`${plan.id} ${v.ReviewMeetingDate}`) : null;
      if (v.ReviewMeetingDate && !review) row.fail('ReviewMeetingDate', 'exists', 'the plan has no annual review held on this date (import the annual reviews first)');
      if (review && v.Occasion && v.Occasion !== AdviceOccasion.ANNUAL_REVIEW) row.fail('Occasion', 'annualReview', 'advice for an annual review has the occasion ANNUAL_REVIEW');
      if (row.failed()) continue;
      const requestedOn = String(v.AdviceRequestedDate);
      const advice = adviceOf.get(`${plan.id} ${team!.id} ${requestedOn}`);
      const next: Record<string, unknown> = {};
      if (!advice || row.has('Occasion') || row.has('ReviewMeetingDate')) {
        next.occasion = (v.Occasion as AdviceOccasion | null) ?? (review ? AdviceOccasion.ANNUAL_REVIEW : AdviceOccasion.ASSESSMENT);
      }
      if (row.has('ReviewMeetingDate')) next.annualReview = review ?? null;
      if (!advice || row.has('AdviceDueDate')) next.dueOn = (v.AdviceDueDate as string | null) ?? adviceDueOn(requestedOn, review?.meetingDate);
      for (const [field, column] of [['receivedOn', 'AdviceReceivedDate'], ['exception', 'AdviceException'], ['noAdviceReason', 'NoAdviceReason']] as const) if (row.has(column)) next[field] = v[column];
      if (row.has('NoAdvice')) next.noAdvice = v.NoAdvice === true;
      const facts = { noAdvice: false, ...(advice ?? {}), requestedOn, ...next } as Parameters<typeof checkAdvice>[0];
      for (const e of checkAdvice(facts, scope.today).list()) row.fail(ADVICE_COLUMNS[e.field] ?? e.field, e.rule, e.message);
      if (row.failed()) continue;
      // Relations are shown by what the file names them by.
      const shown = { ...next, ...('annualReview' in next ? { annualReview: review?.meetingDate ?? null } : {}) };
      const rowKey = `${key} ${team!.name} ${requestedOn}`;
      if (!advice) {
        plans.set(row, {
          key: rowKey,
          action: 'CREATE',
          changes: changesBetween(AdviceRequest, {}, { team: team!.name, requestedOn, ...shown }),
          apply: () => void scope.em.create(AdviceRequest, { localAuthority: plan.localAuthority, plan, team: team!, requestedOn, ...next } as unknown as AdviceRequest),
        });
        continue;
      }
      const current = { ...advice, annualReview: advice.annualReview ? reviews.find((r) => r.id === advice.annualReview!.id)?.meetingDate ?? null : null };
      const changes = changesBetween(AdviceRequest, current, shown);
      plans.set(row, { key: rowKey, action: changes.length ? 'UPDATE' : 'UNCHANGED', changes, apply: () => void scope.em.assign(advice, next) });
    }
    return plans;
  },
};
