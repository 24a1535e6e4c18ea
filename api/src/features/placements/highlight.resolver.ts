import { Max, Min } from 'class-validator';
import { LocalDateResolver } from 'graphql-scalars';
import { Args, ArgsType, Ctx, Field, Float, Query, Resolver } from 'type-graphql';
import { today } from '../../core/dates.js';
import { signedInUser, type Context } from '../../core/graphql/context.js';
import { placementHighlight, PlacementHighlight } from './highlight.js';

@ArgsType()
class HighlightArgs {
  @Field(() => LocalDateResolver, { nullable: true, description: 'Defaults to today' }) asOf?: string;
  @Field(() => Float, { nullable: true, description: 'Reduction in the count aimed for over the year, %; default 10' })
  @Min(0)
  @Max(100)
  targetReductionPercent?: number;
}

@Resolver()
export class PlacementHighlightResolver {
  @Query(() => PlacementHighlight, { description: "The board's highlight report on placements in the caller's local authorities" })
  placementHighlight(@Args(() => HighlightArgs) { asOf, targetReductionPercent }: HighlightArgs, @Ctx() ctx: Context): Promise<PlacementHighlight> {
    return placementHighlight(ctx.em, signedInUser(ctx).localAuthorityIds, asOf ?? today(), targetReductionPercent ?? 10);
  }
}
