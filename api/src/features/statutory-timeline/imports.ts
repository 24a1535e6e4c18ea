import { CASEWORK_EDITORS } from '../../core/auth/roles.js';
import { AUTHORITY_COLUMN, changesBetween, type ImportKindDefinition, type ImportRow, type RowPlan } from '../../core/imports/index.js';
import { plansOfRows } from '../people/index.js';
import { AnnualReview } from './annual-review.entity.js';
import { AnnualReviewDecision } from './enums.js';
import { checkAnnualReview } from './rules.js';

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
    { name: 'CaseReference', description: 'The case reference of the child whose plan was reviewed', type: 'text', required: true, maxLength: 40 },
    { name: AUTHORITY_COLUMN, description: 'DfE code of the local authority the row belongs to, which you must hold; empty: the authority imported into', type: 'text', sen2: true, maxLength: 3 },
    { name: 'ReceivedDate', description: "The plan's request date (as in the plans import); may be empty when the child has one plan", type: 'date', sen2: true },
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
          changes: changesBetween({}, { meetingDate, ...next }),
          apply: () => void scope.em.create(AnnualReview, { localAuthority: plan.localAuthority, plan, meetingDate, ...next } as unknown as AnnualReview),
        });
        continue;
      }
      const changes = changesBetween(review, next);
      plans.set(row, { key: rowKey, action: changes.length ? 'UPDATE' : 'UNCHANGED', changes, apply: () => void scope.em.assign(review, next) });
    }
    return plans;
  },
};
