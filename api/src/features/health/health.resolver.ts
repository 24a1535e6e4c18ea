import { Arg, Authorized, Ctx, Float, Int, Query, Resolver } from 'type-graphql';
import { signedInUser, type Context } from '../../core/graphql/context.js';
import { FieldErrors } from '../../core/graphql/errors.js';
import { HEALTH_FIGURE_READERS } from './roles.js';
import {
  AnnualHealthCheckFigure,
  annualHealthCheck,
  DEFAULT_HEALTH_CHECK_TARGET,
  HealthFigureOptions,
  HealthScorecard,
  healthScorecards,
  HealthServiceRanking,
  HealthSignOffSummary,
  servicesNeedingSupport,
  signOffSummary,
} from './scorecards.js';
import { UUID } from '../../core/graphql/uuid.js';

/** The DCO's figures, within the caller's local authorities. */
@Resolver()
export class HealthFiguresResolver {
  @Authorized(HEALTH_FIGURE_READERS)
  @Query(() => [HealthScorecard], { description: 'Per health service and half-year: advice on time, advice quality, deep-dive findings, against its own baseline' })
  healthScorecards(@Arg('options', () => HealthFigureOptions, { nullable: true }) options: HealthFigureOptions | null, @Ctx() ctx: Context): Promise<HealthScorecard[]> {
    return healthScorecards(ctx.em, signedInUser(ctx).localAuthorityIds, options ?? {});
  }

  @Authorized(HEALTH_FIGURE_READERS)
  @Query(() => [HealthServiceRanking], { description: 'The health services most in need of targeted support over the window, lowest support score first' })
  healthServicesNeedingSupport(
    @Arg('options', () => HealthFigureOptions, { nullable: true }) options: HealthFigureOptions | null,
    @Arg('limit', () => Int, { defaultValue: 4, description: 'How many services to name (1–100)' }) limit: number,
    @Ctx() ctx: Context,
  ): Promise<HealthServiceRanking[]> {
    new FieldErrors().check(limit >= 1 && limit <= 100, 'limit', 'between1And100', 'name between 1 and 100 services').throwIfAny();
    return servicesNeedingSupport(ctx.em, signedInUser(ctx).localAuthorityIds, options ?? {}, limit);
  }

  @Authorized(HEALTH_FIGURE_READERS)
  @Query(() => AnnualHealthCheckFigure)
  annualHealthCheck(
    @Arg('options', () => HealthFigureOptions, { nullable: true }) options: HealthFigureOptions | null,
    @Arg('target', () => Float, { defaultValue: DEFAULT_HEALTH_CHECK_TARGET, description: 'Per cent' }) target: number,
    @Ctx() ctx: Context,
  ): Promise<AnnualHealthCheckFigure> {
    return annualHealthCheck(ctx.em, signedInUser(ctx).localAuthorityIds, options ?? {}, target);
  }

  @Authorized(HEALTH_FIGURE_READERS)
  @Query(() => HealthSignOffSummary)
  healthSignOffSummary(@Arg('localAuthorityId', () => UUID, { nullable: true }) localAuthorityId: string | null, @Ctx() ctx: Context): Promise<HealthSignOffSummary> {
    return signOffSummary(ctx.em, signedInUser(ctx).localAuthorityIds, localAuthorityId);
  }
}
