import { Length } from 'class-validator';
import { LocalDateResolver } from 'graphql-scalars';
import { Args, ArgsType, Authorized, Ctx, Field, Float, InputType, Mutation, Resolver } from 'type-graphql';
import { CASEWORK_EDITORS } from '../../core/auth/roles.js';
import { today } from '../../core/dates.js';
import type { Context } from '../../core/graphql/context.js';
import { FieldErrors } from '../../core/graphql/errors.js';
import { SortOrder } from '../../core/graphql/list.js';
import { ResourceService, type ResourceDefinition } from '../../core/graphql/resource.js';
import { ReadOnlyResourceResolver } from '../../core/graphql/resource.resolver.js';
import { IfPresent } from '../../core/graphql/validation.js';
import { ReviewDecision, TimetableStatus } from './enums.js';
import { PartTimeReview } from './timetable.entity.js';
import { partTimeTimetables } from './timetable.resource.js';
import { UUID } from '../../core/graphql/uuid.js';

@InputType()
export class PartTimeReviewFilter {
  @Field(() => [UUID], { nullable: true }) ids?: string[];
  @Field(() => UUID, { nullable: true }) localAuthorityId?: string;
  @Field(() => UUID, { nullable: true }) timetableId?: string;
  @Field(() => ReviewDecision, { nullable: true }) decision?: ReviewDecision;
}

@ArgsType()
class CreatePartTimeReviewArgs {
  @Field(() => UUID) timetableId!: string;
  @Field(() => LocalDateResolver) reviewDate!: string;
  @Field(() => Float, { description: 'Hours a week from this review' }) hoursPerWeek!: number;
  @Field(() => ReviewDecision) decision!: ReviewDecision;
  @Field(() => String, { nullable: true }) @IfPresent() @Length(0, 4000) notes?: string | null;
  @Field(() => LocalDateResolver, { nullable: true, description: 'Required unless the decision is to end it' }) nextReviewDate?: string | null;
}

/** Reviews are the timetable's history: recorded once, never edited or deleted (the change history keeps who did it). */
export const partTimeReviews: ResourceDefinition<PartTimeReview, PartTimeReviewFilter> = {
  entity: PartTimeReview,
  name: 'PartTimeReview',
  plural: 'PartTimeReviews',
  filter: PartTimeReviewFilter,
  tenancy: 'owned',
  readRoles: [],
  writeRoles: CASEWORK_EDITORS,
  sortFields: { reviewDate: 'reviewDate', nextReviewDate: 'nextReviewDate', hoursPerWeek: 'hoursPerWeek' },
  defaultSort: { field: 'reviewDate', order: SortOrder.ASC },
};

class PartTimeReviewService extends ResourceService<PartTimeReview, PartTimeReviewFilter> {
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

const service = (ctx: Context) => new PartTimeReviewService(ctx, partTimeReviews);

@Resolver(() => PartTimeReview)
export class PartTimeReviewResolver extends ReadOnlyResourceResolver(partTimeReviews, service) {
  @Authorized(partTimeReviews.writeRoles)
  @Mutation(() => PartTimeReview)
  createPartTimeReview(@Args(() => CreatePartTimeReviewArgs) args: CreatePartTimeReviewArgs, @Ctx() ctx: Context): Promise<PartTimeReview> {
    return service(ctx).create(args);
  }
}
