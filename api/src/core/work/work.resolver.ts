import { LocalDateResolver } from 'graphql-scalars';
import { MaxLength } from 'class-validator';
import { Args, ArgsType, Authorized, Ctx, Field, FieldResolver, Int, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { EntityManager } from '@mikro-orm/postgresql';
import { authoritiesAsked } from '../access/authorities.js';
import { resourceNamed } from '../access/resources.js';
import { hasAnyRole, type AuthUser } from '../auth/auth-user.js';
import { Role } from '../auth/roles.js';
import { User } from '../auth/user.entity.js';
import { today } from '../dates.js';
import { signedInUser, type Context } from '../graphql/context.js';
import { FieldErrors, ForbiddenError, NotFoundError } from '../graphql/errors.js';
import { UUID } from '../graphql/uuid.js';
import { possibleOwners } from './owners.js';
import { workCounts, workItems, workTotal, WorkStatus, type WorkItem as Item, type WorkQuery } from './work-items.js';

/** Pages of work are read whole from every source up to the page's end, so they stay short. */
export const MAX_WORK_PER_PAGE = 100;
const DEFAULT_WORK_PER_PAGE = 25;
/** How deep anyone pages into a list of work: past this, the work is a list screen's, not a to-do list's. */
export const MAX_WORK_ITEMS = 1000;

/** Who sees their team's work: those who run the local area's quality assurance. */
export const TEAM_READERS: Role[] = [Role.ADMIN, Role.QA_OFFICER];

@ObjectType({ description: 'Something waiting on someone: what, by when, and the record to open' })
export class WorkItem {
  @Field(() => String, { description: 'A stable code for the kind of work, e.g. AUDIT_TO_SCORE' }) kind!: string;
  @Field(() => String, { description: 'The kind in words, e.g. "Audit to score"' }) label!: string;
  @Field(() => String, { description: "What it is, without a child's name (a case reference at most)" }) title!: string;
  @Field(() => LocalDateResolver) dueOn!: string;
  @Field(() => WorkStatus) status!: WorkStatus;
  @Field(() => String, { description: 'The resource (GraphQL type) of the record to open' }) resource!: string;
  @Field(() => UUID, { description: 'The id of the record to open' }) recordId!: string;
  @Field(() => UUID) localAuthorityId!: string;
  assigneeId!: string;
}

@ObjectType()
export class WorkPage {
  @Field(() => [WorkItem]) items!: WorkItem[];
  @Field(() => Int, { description: 'Items in all, across every page' }) total!: number;
}

@ObjectType({ description: 'How much work is waiting' })
export class WorkCounts {
  @Field(() => Int) overdue!: number;
  @Field(() => Int, { description: 'Due today or within 14 days' }) dueSoon!: number;
  @Field(() => Int) total!: number;
}

@ObjectType({ description: "One colleague's work, as counted for a manager" })
export class TeamMemberWork extends WorkCounts {
  @Field(() => User, { nullable: true, description: 'Null for a user the access rules hide from you' }) user!: User | null;
}

@ArgsType()
class WorkPageArgs {
  @Field(() => Int, { nullable: true, description: 'Page number, counting from 0' }) page?: number | null;
  @Field(() => Int, { nullable: true, description: `At most ${MAX_WORK_PER_PAGE}` }) perPage?: number | null;
}

@ArgsType()
class TeamWorkArgs extends WorkPageArgs {
  @Field(() => UUID, { nullable: true, description: 'One colleague; all of them (in the caller\'s authorities) when not given' }) userId?: string | null;
}

@ArgsType()
class PossibleOwnersArgs {
  @Field(() => UUID, { nullable: true, description: "Any of yours when not given (a form that does not know the record's yet)" }) localAuthorityId?: string | null;
  @Field(() => String, { description: 'A resource with owners, e.g. FollowUpAction' }) @MaxLength(100) resource!: string;
}

function pageOf({ page, perPage }: WorkPageArgs): { offset: number; limit: number } {
  const size = perPage ?? DEFAULT_WORK_PER_PAGE;
  const from = (page ?? 0) * size;
  new FieldErrors()
    .check(page === undefined || page === null || page >= 0, 'page', 'min', 'must not be less than 0')
    .check(size >= 1, 'perPage', 'min', 'must not be less than 1')
    .check(size <= MAX_WORK_PER_PAGE, 'perPage', 'max', `must not be greater than ${MAX_WORK_PER_PAGE}`)
    .check(from + size <= MAX_WORK_ITEMS, 'page', 'max', `pages reach at most the first ${MAX_WORK_ITEMS} items`)
    .throwIfAny();
  return { offset: from, limit: size };
}

/** Active users who share one of the reader's authorities, as the access layer sees them, with their authorities. */
async function team(em: EntityManager, reader: AuthUser, userId?: string | null): Promise<{ user: User; auth: AuthUser }[]> {
  const found = await em.find(
    User,
    { active: true, localAuthorities: { $some: { id: { $in: reader.localAuthorityIds } } }, ...(userId ? { id: userId } : {}) },
    { populate: ['localAuthorities'], orderBy: { displayName: 'asc', id: 'asc' } },
  );
  return found.map((user) => ({
    user,
    auth: { id: user.id, email: user.email, roles: user.roles, localAuthorityIds: user.localAuthorities.getItems().map((la) => la.id) },
  }));
}

async function page(em: EntityManager, queries: WorkQuery[], { offset, limit }: { offset: number; limit: number }): Promise<WorkPage> {
  const items: Item[] = [];
  let total = 0;
  for (const query of queries) {
    items.push(...(await workItems(em, query, offset + limit)));
    total += await workTotal(em, query);
  }
  items.sort((a, b) => a.dueOn.localeCompare(b.dueOn) || a.kind.localeCompare(b.kind) || a.recordId.localeCompare(b.recordId) || a.assigneeId.localeCompare(b.assigneeId));
  return { items: items.slice(offset, offset + limit).map((item) => Object.assign(new WorkItem(), item)), total };
}

/**
 * Everything waiting on someone, from every capability (each feature's manifest offers its kinds of
 * work, core/work/work-items.ts), soonest due first. Each item is a record its person could open directly,
 * read through that record's own resource scope.
 */
@Resolver(() => WorkItem)
export class WorkResolver {
  @Authorized()
  @Query(() => WorkPage, { description: 'What is waiting on you, soonest due first' })
  myWork(@Args(() => WorkPageArgs) args: WorkPageArgs, @Ctx() ctx: Context): Promise<WorkPage> {
    const user = signedInUser(ctx);
    return page(ctx.em, [{ assignee: user, reader: user, today: today() }], pageOf(args));
  }

  @Authorized()
  @Query(() => WorkCounts, { description: 'How much is waiting on you: overdue, due soon, in all' })
  myWorkCounts(@Ctx() ctx: Context): Promise<WorkCounts> {
    const user = signedInUser(ctx);
    return workCounts(ctx.em, { assignee: user, reader: user, today: today() });
  }

  @Authorized(TEAM_READERS)
  @Query(() => WorkPage, { description: "Your colleagues' work (one colleague's, given userId), soonest due first: only what you could open yourself" })
  async teamWork(@Args(() => TeamWorkArgs) { userId, ...args }: TeamWorkArgs, @Ctx() ctx: Context): Promise<WorkPage> {
    const reader = signedInUser(ctx);
    const range = pageOf(args);
    const members = await team(ctx.em, reader, userId);
    if (userId && members.length === 0) throw new NotFoundError('User', userId);
    return page(ctx.em, members.map(({ auth }) => ({ assignee: auth, reader, today: today() })), range);
  }

  @Authorized(TEAM_READERS)
  @Query(() => [TeamMemberWork], { description: 'Each colleague in your authorities with work waiting: how much is overdue and due soon' })
  async teamWorkCounts(@Ctx() ctx: Context): Promise<TeamMemberWork[]> {
    const reader = signedInUser(ctx);
    const rows: TeamMemberWork[] = [];
    for (const { user, auth } of await team(ctx.em, reader)) {
      const counts = await workCounts(ctx.em, { assignee: auth, reader, today: today() });
      if (counts.total > 0) rows.push(Object.assign(new TeamMemberWork(), counts, { user }));
    }
    return rows;
  }

  @Authorized()
  @Query(() => [User], { description: "The users who may own a resource's records in a local authority (ownerUserId): those who may change them there" })
  possibleOwners(@Args(() => PossibleOwnersArgs) { localAuthorityId, resource }: PossibleOwnersArgs, @Ctx() ctx: Context): Promise<User[]> {
    const user = signedInUser(ctx);
    const within = authoritiesAsked(user, localAuthorityId);
    const definition = resourceNamed(resource);
    new FieldErrors().check(Boolean(definition?.entity && ctx.em.getMetadata().find(definition.entity.name)?.properties.ownerUser), 'resource', 'owned', 'must be a resource whose records have owners').throwIfAny();
    // Only those who may assign an owner learn who may be one.
    if (!hasAnyRole(user, definition!.writeRoles)) throw new ForbiddenError('You cannot change these records');
    return possibleOwners(ctx.em, definition!, within);
  }

  @FieldResolver(() => User, { nullable: true, description: 'Whose work it is' })
  assignee(@Root() item: WorkItem, @Ctx() ctx: Context): Promise<User | null> {
    return ctx.em.findOne(User, { id: item.assigneeId });
  }
}
