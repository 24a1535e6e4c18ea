import { Arg, Args, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { today } from '../../core/dates.js';
import { Role } from '../../core/auth/roles.js';
import type { Context } from '../../core/graphql/context.js';
import { LocalAuthorityResourceResolver } from '../../core/graphql/resource.resolver.js';
import { RubricPurpose } from '../ehcp-audits/index.js';
import { AdviceFigures } from './advice-figures.js';
import { AdviceRequest } from './advice-request.entity.js';
import { AdviceFigureOptions, CreateAdviceRequestArgs, ReviewAdviceArgs, UpdateAdviceRequestArgs } from './advice-request.inputs.js';
import { ADVICE_READERS, AGENCY_ADVICE_REVIEWERS, adviceRequests } from './advice-request.resource.js';
import { adviceRequestService, reviewAdvice } from './advice-request.service.js';
import { StepStatus } from './enums.js';
import { adviceOnTime, adviceStep, statuses } from './rules.js';

@Resolver(() => AdviceRequest)
export class AdviceRequestResolver extends LocalAuthorityResourceResolver(adviceRequests, adviceRequestService) {
  @Authorized(adviceRequests.writeRoles)
  @Mutation(() => AdviceRequest, { description: 'Record a request for advice from an agency (and, if it has come, its reply)' })
  createAdviceRequest(@Args(() => CreateAdviceRequestArgs) args: CreateAdviceRequestArgs, @Ctx() ctx: Context): Promise<AdviceRequest> {
    return adviceRequestService(ctx).create(args);
  }

  @Authorized(adviceRequests.writeRoles)
  @Mutation(() => AdviceRequest)
  updateAdviceRequest(@Args(() => UpdateAdviceRequestArgs) args: UpdateAdviceRequestArgs, @Ctx() ctx: Context): Promise<AdviceRequest> {
    return adviceRequestService(ctx).update(args);
  }

  @Authorized(AGENCY_ADVICE_REVIEWERS)
  @Mutation(() => AdviceRequest, { description: 'Grade received advice of an agency other than health against the agency-advice rubric, with feedback for the service' })
  reviewAdviceRequest(@Args(() => ReviewAdviceArgs) args: ReviewAdviceArgs, @Ctx() ctx: Context): Promise<AdviceRequest> {
    return reviewAdvice(ctx, args, RubricPurpose.AGENCY_ADVICE);
  }

  @Authorized([...ADVICE_READERS, Role.BOARD_MEMBER])
  @Query(() => AdviceFigures, { description: 'Advice timeliness (within 6 weeks, with and without the exceptions of reg. 8(2)) and quality per agency and per service, by due date (default the year to today)' })
  adviceFigures(@Arg('options', () => AdviceFigureOptions, { nullable: true }) options: AdviceFigureOptions | null, @Ctx() ctx: Context): Promise<AdviceFigures> {
    return adviceRequestService(ctx).figures(options);
  }

  @FieldResolver(() => Boolean, { nullable: true, description: 'Received by its due date; null while it may still arrive on time' })
  onTime(@Root() advice: AdviceRequest): boolean | null {
    return adviceOnTime(advice, today());
  }

  @FieldResolver(() => StepStatus, { description: 'As a step of the timeline today: ON_TIME, LATE (see its exception), DUE_SOON (within 14 days), OVERDUE or NOT_YET_DUE' })
  status(@Root() advice: AdviceRequest): StepStatus {
    return statuses([adviceStep(advice)], today())[0]!;
  }
}
