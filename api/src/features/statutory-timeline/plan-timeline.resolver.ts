import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { today } from '../../core/dates.js';
import type { Context } from '../../core/graphql/context.js';
import { AnnualReview } from './annual-review.entity.js';
import { Plan } from '../people/index.js';
import { planTimeline, reviewTimeline, TimelineArgs, TimelineStep } from './timeline.js';

/** The statutory timeline seen from a plan: its assessments, transfers and reviews as one sequence. */
@Resolver(() => Plan)
export class PlanTimelineResolver {
  @FieldResolver(() => [TimelineStep], { description: 'Every step of the plan: its assessment (or transfer in), each review and the next review due, with deadlines, as things stood on asOf (default today)' })
  timeline(@Root() plan: Plan, @Ctx() ctx: Context, @Args(() => TimelineArgs) { asOf, withinDays }: TimelineArgs): Promise<TimelineStep[]> {
    return planTimeline(ctx, plan, asOf ?? today(), withinDays);
  }
}

@Resolver(() => AnnualReview)
export class AnnualReviewStepsResolver {
  @FieldResolver(() => [TimelineStep], { description: "The review's steps (meeting, decision, amendment) with deadlines, as things stood on asOf (default today)" })
  steps(@Root() review: AnnualReview, @Ctx() ctx: Context, @Args(() => TimelineArgs) { asOf, withinDays }: TimelineArgs): Promise<TimelineStep[]> {
    return reviewTimeline(ctx, review, asOf ?? today(), withinDays);
  }
}
