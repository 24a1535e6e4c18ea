import { Args, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { today } from '../../core/dates.js';
import type { Context } from '../../core/graphql/context.js';
import { LocalAuthorityResourceResolver } from '../../core/graphql/resource.resolver.js';
import { AssessmentRequest } from './assessment-request.entity.js';
import { CreateAssessmentRequestArgs, UpdateAssessmentRequestArgs } from './assessment-request.inputs.js';
import { assessmentRequests } from './assessment-request.resource.js';
import { assessmentRequestService } from './assessment-request.service.js';
import { requestTimeline, TimelineArgs, TimelineStep } from './timeline.js';

@Resolver(() => AssessmentRequest)
export class AssessmentRequestResolver extends LocalAuthorityResourceResolver(assessmentRequests, assessmentRequestService) {
  @Authorized(assessmentRequests.writeRoles)
  @Mutation(() => AssessmentRequest, { description: 'Record a request for an EHC needs assessment, or a plan transferred in, with any steps already taken' })
  createAssessmentRequest(@Args(() => CreateAssessmentRequestArgs) args: CreateAssessmentRequestArgs, @Ctx() ctx: Context): Promise<AssessmentRequest> {
    return assessmentRequestService(ctx).create(args);
  }

  @Authorized(assessmentRequests.writeRoles)
  @Mutation(() => AssessmentRequest, { description: 'Record, correct or clear (null) the steps of an assessment or transfer' })
  updateAssessmentRequest(@Args(() => UpdateAssessmentRequestArgs) args: UpdateAssessmentRequestArgs, @Ctx() ctx: Context): Promise<AssessmentRequest> {
    return assessmentRequestService(ctx).update(args);
  }

  @FieldResolver(() => [TimelineStep], { description: 'The steps in order, each with its deadline and status as things stood on asOf (default today)' })
  steps(@Root() request: AssessmentRequest, @Ctx() ctx: Context, @Args(() => TimelineArgs) { asOf, withinDays }: TimelineArgs): Promise<TimelineStep[]> {
    return requestTimeline(ctx, request, asOf ?? today(), withinDays);
  }
}
