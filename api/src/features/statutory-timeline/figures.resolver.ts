import { EVERY_ROLE } from '../../core/auth/roles.js';
import { LocalDateResolver } from 'graphql-scalars';
import { Arg, Authorized, Ctx, Field, Float, InputType, Int, ObjectType, Query, Resolver } from 'type-graphql';
import { addDays, addMonths, daysBetween, today } from '../../core/dates.js';
import { authoritiesAsked } from '../../core/access/authorities.js';
import { checkedPeriodicity, ReportingCalendar, ReportingFrequency } from '../../core/graphql/periods.js';
import { periodsBetween } from '../../core/periods.js';
import { signedInUser, type Context } from '../../core/graphql/context.js';
import { FieldErrors } from '../../core/graphql/errors.js';
import { UUID } from '../../core/graphql/uuid.js';
import {
  amendedPlanTimeliness,
  assessmentTimeliness,
  BacklogPoint,
  decisionTimeliness,
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
  @Field(() => ReportingCalendar, { nullable: true, description: 'For the trends: the year their periods are counted in (default the financial year)' }) calendar?: ReportingCalendar;
  @Field(() => ReportingFrequency, { nullable: true, description: 'For the trends: the length of their periods (default monthly)' }) frequency?: ReportingFrequency;
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

@ObjectType({ description: 'The statutory timeliness figures for one period of a trend' })
export class TimelinessPeriod extends TimelinessFigures {
  @Field(() => String, { description: 'e.g. "2026/27 Q1"' }) period!: string;
  @Field(() => Boolean, { description: 'The period has not ended yet: its figures may still change' }) partial!: boolean;
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

/** The whole periods of the calendar and frequency asked for (default financial months) that the window touches. */
function trendPeriods(options: TimelineFigureOptions | null, window: Period) {
  const [calendar, frequency] = checkedPeriodicity(options?.calendar ?? ReportingCalendar.FINANCIAL, options?.frequency ?? ReportingFrequency.MONTHLY, 'options.frequency');
  return periodsBetween(calendar, frequency, window.from, window.to);
}

/** The figures of each period, answered together as the KPIs' trends ask them. */
async function timelinessOf(ctx: Context, ids: string[], periods: readonly Period[], overdueOn: readonly string[]) {
  const [finalPlans, decisionsToAssess, reviewDecisions, amendedPlans, overdue] = await Promise.all([
    assessmentTimeliness(ctx.em, ids, periods),
    decisionTimeliness(ctx.em, ids, periods),
    reviewDecisionTimeliness(ctx.em, ids, periods),
    amendedPlanTimeliness(ctx.em, ids, periods),
    reviewsOverdue(ctx.em, ids, overdueOn),
  ]);
  return periods.map((period, i) => ({
    ...period,
    finalPlans: percentOf(finalPlans[i]!.all),
    finalPlansExcludingExceptions: percentOf(finalPlans[i]!.excludingExceptions),
    decisionsToAssess: percentOf(decisionsToAssess[i]!),
    reviewDecisions: percentOf(reviewDecisions[i]!),
    amendedPlans: percentOf(amendedPlans[i]!),
    reviewsOverdue: overdue[i]!,
  }));
}

@Resolver()
export class TimelineFiguresResolver {
  @Authorized(EVERY_ROLE)
  @Query(() => TimelinessFigures, { description: 'The statutory timeliness figures over a window (default the year to today)' })
  async timelinessFigures(@Arg('options', () => TimelineFigureOptions, { nullable: true }) options: TimelineFigureOptions | null, @Ctx() ctx: Context): Promise<TimelinessFigures> {
    const { ids, period } = window(ctx, options, 12, MAX_YEARS * 366);
    const [figures] = await timelinessOf(ctx, ids, [period], [period.to]);
    return figures!;
  }

  @Authorized(EVERY_ROLE)
  @Query(() => [TimelinessPeriod], {
    description: 'The statutory timeliness figures for each whole period (of the calendar and frequency asked for, default financial months) the window touches (default the year to today)',
  })
  async timelinessTrend(@Arg('options', () => TimelineFigureOptions, { nullable: true }) options: TimelineFigureOptions | null, @Ctx() ctx: Context): Promise<TimelinessPeriod[]> {
    const { ids, period: asked } = window(ctx, options, 12, MAX_YEARS * 366);
    const periods = trendPeriods(options, asked);
    const day = today();
    // A period still running has its backlog as it stands today, not as projected to its end.
    const figures = await timelinessOf(ctx, ids, periods.map((p) => ({ from: p.start, to: p.end })), periods.map((p) => (p.end < day ? p.end : day)));
    return figures.map((f, i) => ({ ...f, period: periods[i]!.label, partial: periods[i]!.end >= day }));
  }

  @Authorized(EVERY_ROLE)
  @Query(() => [BacklogPoint], {
    description: `The annual-review backlog at the end of each period (default each financial month) of the window (default the last 12 months, at most ${MAX_BACKLOG_MONTHS}), or on its last day for the last`,
  })
  annualReviewBacklog(@Arg('options', () => TimelineFigureOptions, { nullable: true }) options: TimelineFigureOptions | null, @Ctx() ctx: Context): Promise<BacklogPoint[]> {
    const { ids, period } = window(ctx, options, 12, MAX_BACKLOG_MONTHS * 31);
    return reviewBacklog(ctx.em, ids, trendPeriods(options, period).map((p) => (p.end < period.to ? p.end : period.to)));
  }

  @Authorized(EVERY_ROLE)
  @Query(() => [StepDuration], { description: 'Where the weeks go: median days per stretch of the assessments that ended in a final plan in the window (default the year to today)' })
  assessmentStepDurations(@Arg('options', () => TimelineFigureOptions, { nullable: true }) options: TimelineFigureOptions | null, @Ctx() ctx: Context): Promise<StepDuration[]> {
    const { ids, period } = window(ctx, options, 12, MAX_YEARS * 366);
    return stepDurations(ctx.em, ids, period);
  }
}
