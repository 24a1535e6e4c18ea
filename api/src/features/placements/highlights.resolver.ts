import { LocalDateResolver } from 'graphql-scalars';
import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import { today } from '../../core/dates.js';
import { signedInUser, type Context } from '../../core/graphql/context.js';
import { ForbiddenError } from '../../core/graphql/errors.js';
import { placementHighlights, PlacementHighlights } from './highlights.js';
import { UUID } from '../../core/graphql/uuid.js';

@Resolver()
export class PlacementHighlightsResolver {
  @Query(() => PlacementHighlights, { description: "The board's placement figures on a date (today unless given), across the caller's authorities or one of them" })
  async placementHighlights(
    @Ctx() ctx: Context,
    @Arg('date', () => LocalDateResolver, { nullable: true }) date?: string | null,
    @Arg('localAuthorityId', () => UUID, { nullable: true }) localAuthorityId?: string | null,
  ): Promise<PlacementHighlights> {
    const user = signedInUser(ctx);
    if (localAuthorityId && !user.localAuthorityIds.includes(localAuthorityId)) throw new ForbiddenError('You can only see the figures of your own local authorities');
    const ids = localAuthorityId ? [localAuthorityId] : user.localAuthorityIds;
    return placementHighlights(ctx.em, ids, date ?? today());
  }
}
