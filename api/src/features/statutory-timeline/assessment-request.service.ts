import { today } from '../../core/dates.js';
import type { Context } from '../../core/graphql/context.js';
import { FieldErrors } from '../../core/graphql/errors.js';
import { ResourceService } from '../../core/graphql/resource.js';
import { checkPlanDates, Child, Plan, PlanStatus, Team, TeamKind } from '../people/index.js';
import { AssessmentRequest } from './assessment-request.entity.js';
import type { AssessmentRequestFilter, CreateAssessmentRequestArgs, UpdateAssessmentRequestArgs } from './assessment-request.inputs.js';
import { assessmentRequests } from './assessment-request.resource.js';
import { AssessmentKind, AssessmentOutcome } from './enums.js';
import { checkAssessment } from './rules.js';

export class AssessmentRequestService extends ResourceService<AssessmentRequest, AssessmentRequestFilter> {
  async create({ childId, planId, teamId, ...values }: CreateAssessmentRequestArgs): Promise<AssessmentRequest> {
    const errors = new FieldErrors();
    const child = await this.related(Child, 'childId', childId, 'caller', errors);
    errors.throwIfAny();
    const localAuthorityId = child!.localAuthority.id;
    const plan = await this.related(Plan, 'planId', planId, localAuthorityId, errors);
    const team = await this.related(Team, 'teamId', teamId, localAuthorityId, errors);
    this.assertWritableIn(localAuthorityId);
    const record = this.em.create(AssessmentRequest, { ...values, localAuthority: localAuthorityId, child: child!, plan, team });
    await this.check(record, child!, errors);
    await this.em.flush();
    return record;
  }

  update({ planId, teamId, ...args }: UpdateAssessmentRequestArgs): Promise<AssessmentRequest> {
    return this.updateRecord(args, async (record) => {
      const errors = new FieldErrors();
      const localAuthorityId = record.localAuthority.id;
      if (planId !== undefined) this.em.assign(record, { plan: await this.related(Plan, 'planId', planId, localAuthorityId, errors) });
      if (teamId !== undefined) this.em.assign(record, { team: await this.related(Team, 'teamId', teamId, localAuthorityId, errors) });
      await this.check(record, await record.child.loadOrFail(), errors);
    });
  }

  /**
   * The rules, then the plan: a final-plan step sets the plan's request and issue dates (and a draft
   * plan becomes final), so that the plan and its timeline agree.
   */
  private async check(record: AssessmentRequest, child: Child, errors: FieldErrors): Promise<void> {
    const plan = record.plan ? await record.plan.loadOrFail() : null;
    const team = record.team ? await record.team.loadOrFail() : null;
    errors
      .check(!plan || plan.child.id === child.id, 'planId', 'sameChild', "must be a plan of the same child")
      .check(!team || team.kind === TeamKind.CASEWORK, 'teamId', 'caseworkTeam', 'must be a casework team');
    const now = today();
    checkAssessment({ ...record, hasPlan: plan !== null }, { today: now, dateOfBirth: child.dateOfBirth }, errors);
    if (plan && record.kind === AssessmentKind.TRANSFER_IN) {
      errors
        .check(Boolean(plan.issueDate), 'planId', 'issuedPlan', 'a plan transferred in has been issued')
        .check(!plan.issueDate || plan.issueDate <= record.receivedOn, 'receivedOn', 'notBeforeIssueDate', `the plan was issued (${plan.issueDate}) before it was transferred`);
    }
    errors.throwIfAny();
    if (plan && record.kind === AssessmentKind.REQUEST && record.outcome === AssessmentOutcome.FINAL_PLAN) {
      this.em.assign(plan, {
        requestDate: record.receivedOn,
        issueDate: record.outcomeOn,
        status: plan.status === PlanStatus.DRAFT ? PlanStatus.FINAL : plan.status,
      });
      checkPlanDates(plan, child.dateOfBirth, now, errors).throwIfAny();
    }
  }
}

export const assessmentRequestService = (ctx: Context) => new AssessmentRequestService(ctx, assessmentRequests);
