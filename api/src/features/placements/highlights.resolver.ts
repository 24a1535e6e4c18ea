import { EVERY_ROLE } from '../../core/auth/roles.js';
import { LocalDateResolver } from 'graphql-scalars';
import { Arg, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import { today } from '../../core/dates.js';
import { signedInUser, type Context } from '../../core/graphql/context.js';
import { authoritiesAsked } from '../../core/access/authorities.js';
import { placementHighlights, PlacementHighlights } from './highlights.js';
import { UUID } from '../../core/graphql/uuid.js';

@Resolver()
export class PlacementHighlightsResolver {
  @Authorized(EVERY_ROLE)
  @Query(() => PlacementHighlights, { description: "The board's placement figures on a date (today unless given), across the caller's authorities or one of them" })
  async placementHighlights(
    @Ctx() ctx: Context,
    @Arg('date', () => LocalDateResolver, { nullable: true }) date?: string | null,
    @Arg('localAuthorityId', () => UUID, { nullable: true }) localAuthorityId?: string | null,
  ): Promise<PlacementHighlights> {
    return placementHighlights(ctx.em, authoritiesAsked(signedInUser(ctx), localAuthorityId), date ?? today());
  }
}
