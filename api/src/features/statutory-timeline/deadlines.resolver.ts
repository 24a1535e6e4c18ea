import { Max, Min } from 'class-validator';
import { Arg, Args, ArgsType, Authorized, Ctx, Field, Int, Query, Resolver } from 'type-graphql';
import { today } from '../../core/dates.js';
import { signedInUser, type Context } from '../../core/graphql/context.js';
import { DEFAULT_PER_PAGE, ListMetadata, MAX_PER_PAGE, SortOrder } from '../../core/graphql/list.js';
import { Deadline, DeadlineCount, deadlineCounts, DeadlineFilter, DeadlineGrouping, countDeadlines, listDeadlines, type DeadlineQuery } from './deadlines.js';
import { DEFAULT_DUE_SOON_DAYS } from './rules.js';
import { checkWithinDays } from './timeline.js';

@ArgsType()
class DeadlineListArgs {
  @Field(() => Int, { nullable: true, description: 'Page number, counting from 0' }) @Min(0) page?: number;
  @Field(() => Int, { nullable: true }) @Min(1) @Max(MAX_PER_PAGE) perPage?: number;
  @Field(() => String, { nullable: true, description: 'One of: dueOn, caseReference, kind, team, caseworker' }) sortField?: string;
  @Field(() => SortOrder, { nullable: true }) sortOrder?: SortOrder;
  @Field(() => DeadlineFilter, { nullable: true }) filter?: DeadlineFilter;
}

function queryFor(ctx: Context, filter: DeadlineFilter | null | undefined): DeadlineQuery {
  const withinDays = filter?.withinDays ?? DEFAULT_DUE_SOON_DAYS;
  checkWithinDays(withinDays, 'filter.withinDays');
  return { localAuthorityIds: signedInUser(ctx).localAuthorityIds, asOf: filter?.asOf ?? today(), withinDays, filter: filter ?? {} };
}

/** "What needs doing", read as react-admin reads a list: `allDeadlines`, `_allDeadlinesMeta`. */
@Resolver(() => Deadline)
export class DeadlineResolver {
  @Authorized()
  @Query(() => [Deadline], { description: "Steps overdue or due within the window on a day (default today), across assessments, transfers in and annual reviews in the caller's authorities" })
  allDeadlines(@Args(() => DeadlineListArgs) args: DeadlineListArgs, @Ctx() ctx: Context): Promise<Deadline[]> {
    return listDeadlines(ctx.em, queryFor(ctx, args.filter), { page: args.page ?? 0, perPage: args.perPage ?? DEFAULT_PER_PAGE, sortField: args.sortField, sortOrder: args.sortOrder });
  }

  @Authorized()
  @Query(() => ListMetadata)
  async _allDeadlinesMeta(@Args(() => DeadlineListArgs) args: DeadlineListArgs, @Ctx() ctx: Context): Promise<ListMetadata> {
    return { count: await countDeadlines(ctx.em, queryFor(ctx, args.filter)) };
  }

  @Authorized()
  @Query(() => [DeadlineCount], { description: 'The same deadlines counted by casework team, caseworker or step, most overdue first' })
  deadlineCounts(
    @Arg('groupBy', () => DeadlineGrouping) groupBy: DeadlineGrouping,
    @Arg('filter', () => DeadlineFilter, { nullable: true }) filter: DeadlineFilter | null,
    @Ctx() ctx: Context,
  ): Promise<DeadlineCount[]> {
    return deadlineCounts(ctx.em, queryFor(ctx, filter), groupBy);
  }
}
