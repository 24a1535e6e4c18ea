import { today } from '../../core/dates.js';
import type { Context } from '../../core/graphql/context.js';
import { FieldErrors } from '../../core/graphql/errors.js';
import { ResourceService } from '../../core/graphql/resource.js';
import { ReviewDecision, TimetableStatus } from './enums.js';
import type { CreatePartTimeReviewArgs, PartTimeReviewFilter } from './review.inputs.js';
import { partTimeReviews } from './review.resource.js';
import { PartTimeReview } from './timetable.entity.js';
import { partTimeTimetables } from './timetable.resource.js';

export class PartTimeReviewService extends ResourceService<PartTimeReview, PartTimeReviewFilter> {
  /** Records the review and moves the timetable on: its hours, its next review, or its end (back to full time). */
  async create({ timetableId, ...values }: CreatePartTimeReviewArgs): Promise<PartTimeReview> {
    const timetable = await new ResourceService(this.ctx, partTimeTimetables).get(timetableId);
    this.assertWritableIn(timetable.localAuthority.id);
    const latest = await this.em.findOne(PartTimeReview, { timetable }, { orderBy: { reviewDate: 'desc' } });
    const ending = values.decision === ReviewDecision.END;
    const errors = new FieldErrors()
      .check(timetable.status === TimetableStatus.ACTIVE, 'timetableId', 'active', 'the timetable has already ended')
      .check(values.reviewDate >= timetable.startDate, 'reviewDate', 'notBeforeTimetableStart', 'must not be before the timetable began')
      .check(!latest || values.reviewDate >= latest.reviewDate, 'reviewDate', 'notBeforeLastReview', 'must not be before the last review')
      .check(values.reviewDate <= today(), 'reviewDate', 'notInFuture', 'must not be in the future')
      .check(values.hoursPerWeek >= 0, 'hoursPerWeek', 'notNegative', 'must not be below zero')
      .check(values.hoursPerWeek <= timetable.fullTimeHours, 'hoursPerWeek', 'notAboveFullTime', `must not be more than the full-time week of ${timetable.fullTimeHours} hours`)
      .check(values.decision !== ReviewDecision.INCREASE || values.hoursPerWeek > timetable.currentHours, 'hoursPerWeek', 'increased', `an increase must be more than the current ${timetable.currentHours} hours`)
      .check(values.decision !== ReviewDecision.CONTINUE || values.hoursPerWeek === timetable.currentHours, 'hoursPerWeek', 'unchanged', `continuing keeps the current ${timetable.currentHours} hours`);
    if (ending) {
      errors.check(!values.nextReviewDate, 'nextReviewDate', 'emptyWhenEnding', 'an ended timetable has no next review');
    } else {
      errors.check(!!values.nextReviewDate && values.nextReviewDate > values.reviewDate, 'nextReviewDate', 'afterReviewDate', 'give a next review date after this review');
    }
    errors.throwIfAny();
    const review = this.em.create(PartTimeReview, { ...values, nextReviewDate: values.nextReviewDate ?? null, timetable, localAuthority: timetable.localAuthority });
    this.em.assign(timetable, {
      currentHours: values.hoursPerWeek,
      ...(ending
        ? { status: TimetableStatus.ENDED_FULL_TIME, endedOn: values.reviewDate }
        : { nextReviewDate: values.nextReviewDate! }),
    });
    await this.em.flush();
    return review;
  }
}

export const partTimeReviewService = (ctx: Context) => new PartTimeReviewService(ctx, partTimeReviews);
