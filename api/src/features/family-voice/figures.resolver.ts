import { LocalDateResolver } from 'graphql-scalars';
import { Arg, Authorized, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { authoritiesAsked } from '../../core/access/authorities.js';
import { relations } from '../../core/access/relations.js';
import { EVERY_ROLE } from '../../core/auth/roles.js';
import { addDays, today } from '../../core/dates.js';
import { signedInUser, type Context } from '../../core/graphql/context.js';
import { FieldErrors } from '../../core/graphql/errors.js';
import { UUID } from '../../core/graphql/uuid.js';
import { checkDateRange } from '../../core/graphql/validation.js';
import { Plan } from '../people/index.js';
import { SurveyKind } from './enums.js';
import { FamilySatisfaction, familySatisfaction } from './figures.js';
import { SurveyResponse } from './survey.entity.js';

@Resolver()
export class FamilySatisfactionResolver {
  // Counts only, with small numbers suppressed: board members and forum representatives read them too.
  @Authorized(EVERY_ROLE)
  @Query(() => FamilySatisfaction, { description: "Family satisfaction from the survey responses of the caller's authorities (or the one named), default the year to today" })
  familySatisfaction(
    @Arg('localAuthorityId', () => UUID, { nullable: true }) localAuthorityId: string | null,
    @Arg('from', () => LocalDateResolver, { nullable: true }) from: string | null,
    @Arg('to', () => LocalDateResolver, { nullable: true }) to: string | null,
    @Arg('kind', () => SurveyKind, { nullable: true, description: 'One kind of survey; every kind unless given' }) kind: SurveyKind | null,
    @Ctx() ctx: Context,
  ): Promise<FamilySatisfaction> {
    const ids = authoritiesAsked(signedInUser(ctx), localAuthorityId);
    const until = to ?? today();
    const since = from ?? addDays(until, -364);
    checkDateRange(new FieldErrors(), since, until).throwIfAny();
    return familySatisfaction(ctx.em, ids, since, until, kind ? [kind] : undefined);
  }
}

/** A plan's family feedback, beside its audit: its responses, read through the responses' own scoped read. */
@Resolver(() => Plan)
export class PlanFamilyFeedbackResolver {
  @FieldResolver(() => [SurveyResponse], { description: "The family's survey responses about this plan, newest first" })
  familyFeedback(@Root() plan: Plan, @Ctx() ctx: Context): Promise<SurveyResponse[]> {
    return relations(ctx).children(SurveyResponse, 'plan', plan.id, { respondedOn: 'desc' });
  }
}
