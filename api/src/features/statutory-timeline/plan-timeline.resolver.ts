import { LocalDateResolver } from 'graphql-scalars';
import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { today } from '../../core/dates.js';
import type { Context } from '../../core/graphql/context.js';
import { AnnualReview } from '../people/annual-review.entity.js';
import { Plan } from '../people/plan.entity.js';
import { checkWithinDays, planTimeline, reviewTimeline, TimelineStep, WITHIN_DAYS } from './timeline.js';

/** The statutory timeline seen from a plan: its assessments, transfers and reviews as one sequence. */
@Resolver(() => Plan)
export class PlanTimelineResolver {
  @FieldResolver(() => [TimelineStep], { description: 'Every step of the plan: its assessment (or transfer in), each review and the next review due, with deadlines, as things stood on asOf (default today)' })
  timeline(
    @Root() plan: Plan,
    @Ctx() ctx: Context,
    @Arg('asOf', () => LocalDateResolver, { nullable: true }) asOf: string | null,
    @Arg('withinDays', () => Int, WITHIN_DAYS) withinDays: number,
  ): Promise<TimelineStep[]> {
    checkWithinDays(withinDays);
    return planTimeline(ctx, plan, asOf ?? today(), withinDays);
  }
}

@Resolver(() => AnnualReview)
export class AnnualReviewStepsResolver {
  @FieldResolver(() => [TimelineStep], { description: "The review's steps (meeting, decision, amendment) with deadlines, as things stood on asOf (default today)" })
  steps(
    @Root() review: AnnualReview,
    @Ctx() ctx: Context,
    @Arg('asOf', () => LocalDateResolver, { nullable: true }) asOf: string | null,
    @Arg('withinDays', () => Int, WITHIN_DAYS) withinDays: number,
  ): Promise<TimelineStep[]> {
    checkWithinDays(withinDays);
    return reviewTimeline(ctx, review, asOf ?? today(), withinDays);
  }
}
