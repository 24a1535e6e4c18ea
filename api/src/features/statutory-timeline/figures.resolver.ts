import { EVERY_ROLE } from '../../core/auth/roles.js';
import { LocalDateResolver } from 'graphql-scalars';
import { Arg, Authorized, Ctx, Field, Float, InputType, Int, ObjectType, Query, Resolver } from 'type-graphql';
import { addDays, addMonths, daysBetween, today } from '../../core/dates.js';
import { authoritiesAsked } from '../../core/access/authorities.js';
import { signedInUser, type Context } from '../../core/graphql/context.js';
import { FieldErrors } from '../../core/graphql/errors.js';
import { UUID } from '../../core/graphql/uuid.js';
import {
  amendedPlanTimeliness,
  assessmentTimeliness,
  BacklogPoint,
  decisionTimeliness,
  monthEnds,
  reviewBacklog,
  reviewDecisionTimeliness,
  reviewsOverdue,
  StepDuration,
  stepDurations,
  type Period,
  type Timeliness,
} from './figures.js';

@InputType()
export class TimelineFigureOptions {
  @Field(() => UUID, { nullable: true, description: "One of the caller's authorities; default all of them" }) localAuthorityId?: string;
  @Field(() => LocalDateResolver, { nullable: true, description: 'Default: a year before to' }) from?: string;
  @Field(() => LocalDateResolver, { nullable: true, description: 'Default: today' }) to?: string;
}

@ObjectType({ description: 'Steps done in the period and how many by their deadline' })
export class TimelinessFigure {
  @Field(() => Int) done!: number;
  @Field(() => Int) withinTimescale!: number;
  @Field(() => Float, { nullable: true, description: 'Per cent, to one decimal place; none when nothing was done' }) percent?: number | null;
}

@ObjectType({ description: "The statutory timeliness figures for a period, counted as DfE counts them: by the day the step was done" })
export class TimelinessFigures {
  @Field(() => LocalDateResolver) from!: string;
  @Field(() => LocalDateResolver) to!: string;
  @Field(() => TimelinessFigure, { description: 'Final plans issued within 20 weeks of the request, exceptions included' }) finalPlans!: TimelinessFigure;
  @Field(() => TimelinessFigure, { description: 'The same, leaving out the plans an exception of reg. 10(4) applied to' }) finalPlansExcludingExceptions!: TimelinessFigure;
  @Field(() => TimelinessFigure, { description: 'Decisions whether to assess within 6 weeks (excepted decisions left out)' }) decisionsToAssess!: TimelinessFigure;
  @Field(() => TimelinessFigure, { description: 'Annual review decisions within 4 weeks of the meeting' }) reviewDecisions!: TimelinessFigure;
  @Field(() => TimelinessFigure, { description: 'Final amended plans within 12 weeks of the meeting' }) amendedPlans!: TimelinessFigure;
  @Field(() => Int, { description: 'Maintained plans whose annual review meeting was overdue on the last day' }) reviewsOverdue!: number;
}

export const percentOf = ({ done, withinTimescale }: Timeliness): TimelinessFigure => ({
  done,
  withinTimescale,
  percent: done ? Math.round((1000 * withinTimescale) / done) / 10 : null,
});

const MAX_YEARS = 10;
const MAX_BACKLOG_MONTHS = 36;

function window(ctx: Context, options: TimelineFigureOptions | null, defaultMonths: number, maxDays: number): { ids: string[]; period: Period } {
  const user = signedInUser(ctx);
  const to = options?.to ?? today();
  const from = options?.from ?? addDays(addMonths(to, -defaultMonths), 1);
  const ids = authoritiesAsked(user, options?.localAuthorityId);
  new FieldErrors()
    .check(from <= to, 'options.from', 'notAfterTo', 'must not be after to')
    .check(daysBetween(from, to) <= maxDays, 'options.from', 'windowTooLong', `ask for at most ${maxDays} days`)
    .throwIfAny();
  return { ids, period: { from, to } };
}

@Resolver()
export class TimelineFiguresResolver {
  @Authorized(EVERY_ROLE)
  @Query(() => TimelinessFigures, { description: 'The statutory timeliness figures over a window (default the year to today)' })
  async timelinessFigures(@Arg('options', () => TimelineFigureOptions, { nullable: true }) options: TimelineFigureOptions | null, @Ctx() ctx: Context): Promise<TimelinessFigures> {
    const { ids, period } = window(ctx, options, 12, MAX_YEARS * 366);
    // The figures answer many periods at once (the KPIs' trends); here there is one.
    const [[finalPlans], [decisionsToAssess], [reviewDecisions], [amendedPlans], [overdue]] = await Promise.all([
      assessmentTimeliness(ctx.em, ids, [period]),
      decisionTimeliness(ctx.em, ids, [period]),
      reviewDecisionTimeliness(ctx.em, ids, [period]),
      amendedPlanTimeliness(ctx.em, ids, [period]),
      reviewsOverdue(ctx.em, ids, [period.to]),
    ]);
    return {
      ...period,
      finalPlans: percentOf(finalPlans!.all),
      finalPlansExcludingExceptions: percentOf(finalPlans!.excludingExceptions),
      decisionsToAssess: percentOf(decisionsToAssess!),
      reviewDecisions: percentOf(reviewDecisions!),
      amendedPlans: percentOf(amendedPlans!),
      reviewsOverdue: overdue!,
    };
  }

  @Authorized(EVERY_ROLE)
  @Query(() => [BacklogPoint], { description: `The annual-review backlog at the end of each month (default the last 12 months, at most ${MAX_BACKLOG_MONTHS})` })
  annualReviewBacklog(@Arg('options', () => TimelineFigureOptions, { nullable: true }) options: TimelineFigureOptions | null, @Ctx() ctx: Context): Promise<BacklogPoint[]> {
    const { ids, period } = window(ctx, options, 12, MAX_BACKLOG_MONTHS * 31);
    return reviewBacklog(ctx.em, ids, monthEnds(period.from, period.to));
  }

  @Authorized(EVERY_ROLE)
  @Query(() => [StepDuration], { description: 'Where the weeks go: median days per stretch of the assessments that ended in a final plan in the window (default the year to today)' })
  assessmentStepDurations(@Arg('options', () => TimelineFigureOptions, { nullable: true }) options: TimelineFigureOptions | null, @Ctx() ctx: Context): Promise<StepDuration[]> {
    const { ids, period } = window(ctx, options, 12, MAX_YEARS * 366);
    return stepDurations(ctx.em, ids, period);
  }
}
