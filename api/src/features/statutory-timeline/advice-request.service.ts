import { authoritiesAsked } from '../../core/access/authorities.js';
import { User } from '../../core/auth/user.entity.js';
import { addDays, addMonths, daysBetween, today } from '../../core/dates.js';
import type { Context } from '../../core/graphql/context.js';
import { FieldErrors } from '../../core/graphql/errors.js';
import { ResourceService } from '../../core/graphql/resource.js';
import { type AuditSection, RubricPurpose, RubricStatus, RubricVersion, suggestedGrade, unfinishedSections, withSection } from '../ehcp-audits/index.js';
import { Plan, Team, TeamKind } from '../people/index.js';
import { type AdviceFigures, adviceFigures } from './advice-figures.js';
import { AdviceRequest } from './advice-request.entity.js';
import type { AdviceFigureOptions, AdviceRequestFilter, CreateAdviceRequestArgs, ReviewAdviceArgs, UpdateAdviceRequestArgs } from './advice-request.inputs.js';
import { adviceRequests } from './advice-request.resource.js';
import { AnnualReview } from './annual-review.entity.js';
import { AdviceOccasion } from './enums.js';
import { adviceDueOn, checkAdvice } from './rules.js';

const MAX_FIGURE_DAYS = 10 * 366;

/** Which rubric reviews which agency's advice: the DCO's health rubric for health, the agency-advice rubric for every other. */
const reviewedWith = (kind: TeamKind) => (kind === TeamKind.HEALTH ? RubricPurpose.HEALTH_ADVICE : RubricPurpose.AGENCY_ADVICE);

export class AdviceRequestService extends ResourceService<AdviceRequest, AdviceRequestFilter> {
  async create({ planId, teamId, annualReviewId, occasion, dueOn, noAdvice, ...values }: CreateAdviceRequestArgs): Promise<AdviceRequest> {
    const errors = new FieldErrors();
    const plan = await this.related(Plan, 'planId', planId, 'caller', errors);
    const localAuthorityId = plan?.localAuthority.id ?? '';
    const team = plan ? await this.related(Team, 'teamId', teamId, localAuthorityId, errors) : null;
    errors.check(team === null || team.kind !== TeamKind.CASEWORK, 'teamId', 'adviser', 'must be an agency asked for advice, not a casework team');
    const review = plan ? await this.related(AnnualReview, 'annualReviewId', annualReviewId, localAuthorityId, errors) : null;
    errors
      .check(review === null || review.plan.id === plan?.id, 'annualReviewId', 'samePlan', 'must be an annual review of the same plan')
      .check(review === null || (occasion ?? AdviceOccasion.ANNUAL_REVIEW) === AdviceOccasion.ANNUAL_REVIEW, 'occasion', 'annualReview', 'advice for an annual review has the occasion ANNUAL_REVIEW')
      .throwIfAny();
    const record = {
      ...values,
      occasion: occasion ?? (review ? AdviceOccasion.ANNUAL_REVIEW : AdviceOccasion.ASSESSMENT),
      annualReview: review,
      dueOn: dueOn ?? adviceDueOn(values.requestedOn, review?.meetingDate),
      noAdvice: noAdvice ?? false,
      plan: plan!,
      team: team!,
    };
    checkAdvice(record, today()).throwIfAny();
    return this.createRecord(localAuthorityId, record);
  }

  update(args: UpdateAdviceRequestArgs): Promise<AdviceRequest> {
    return this.updateRecord(args, (advice) => checkAdvice(advice, today()).throwIfAny());
  }

  /**
   * A quality review against the authority's published rubric for the agency's advice, scored by the
   * same rules as an audit: every section judged, the grade computed (or judged) as the rubric says.
   * `purpose` is the reviewer's: the advice must be of the agency that rubric reviews.
   */
  review({ sections, feedback, reviewedOn, ...args }: ReviewAdviceArgs, purpose: RubricPurpose): Promise<AdviceRequest> {
    return this.updateRecord(args, async (advice) => {
      const kind = (await advice.team.loadOrFail()).kind;
      const errors = new FieldErrors();
      errors
        .check(
          reviewedWith(kind) === purpose,
          'id',
          purpose === RubricPurpose.HEALTH_ADVICE ? 'healthAdvice' : 'notHealthAdvice',
          purpose === RubricPurpose.HEALTH_ADVICE ? 'only advice from a health service is reviewed as health advice' : "health advice is the DCO's to review (reviewHealthAdvice)",
        )
        .check(Boolean(advice.receivedOn) && !advice.noAdvice, 'id', 'received', 'only advice that has arrived can be reviewed')
        .check(!reviewedOn || !advice.receivedOn || reviewedOn >= advice.receivedOn, 'reviewedOn', 'notBeforeReceivedOn', 'advice cannot be reviewed before it arrived')
        .check(!reviewedOn || reviewedOn <= today(), 'reviewedOn', 'notInFuture', 'must not be in the future')
        .throwIfAny();
      const rubric = advice.reviewRubricVersion
        ? await advice.reviewRubricVersion.loadOrFail()
        : await this.em.findOne(
            RubricVersion,
            { localAuthority: advice.localAuthority.id, status: RubricStatus.PUBLISHED, rubric: { purpose } },
            { orderBy: { publishedAt: 'desc', number: 'desc' } },
          );
      errors.check(rubric !== null, 'id', 'adviceRubric', `this local authority has no published ${purpose} rubric`).throwIfAny();
      let scored: AuditSection[] = [];
      for (const section of sections) {
        scored = withSection(rubric!, scored, { ...section, judgements: section.judgements.map(({ key, judgement }) => ({ key, judgement })) }, errors);
      }
      const unfinished = unfinishedSections(rubric!, scored);
      errors.check(unfinished.length === 0, 'sections', 'allSectionsScored', `still to score: ${unfinished.join(', ')}`).throwIfAny();
      this.em.assign(advice, {
        reviewRubricVersion: rubric,
        review: scored,
        reviewGrade: suggestedGrade(rubric!, scored),
        reviewFeedback: feedback,
        reviewedOn: reviewedOn ?? today(),
        reviewedBy: this.em.getReference(User, this.user.id),
      });
    });
  }

  /** Advice timeliness and quality by due date, over a window that defaults to the year to today. */
  figures(options: AdviceFigureOptions | null): Promise<AdviceFigures> {
    const to = options?.to ?? today();
    const from = options?.from ?? addDays(addMonths(to, -12), 1);
    new FieldErrors()
      .check(from <= to, 'options.from', 'notAfterTo', 'must not be after to')
      .check(daysBetween(from, to) <= MAX_FIGURE_DAYS, 'options.from', 'windowTooLong', `ask for at most ${MAX_FIGURE_DAYS} days`)
      .throwIfAny();
    return adviceFigures(this.em, authoritiesAsked(this.user, options?.localAuthorityId), { from, to }, options?.occasion ?? null);
  }
}

export const adviceRequestService = (ctx: Context) => new AdviceRequestService(ctx, adviceRequests);

/** The review of received advice against the rubric `purpose` names, for the health feature's DCO review and the QA officer's alike. */
export const reviewAdvice = (ctx: Context, args: ReviewAdviceArgs, purpose: RubricPurpose): Promise<AdviceRequest> => adviceRequestService(ctx).review(args, purpose);
