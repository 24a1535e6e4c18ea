import { Args, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../core/graphql/context.js';
import { LocalAuthorityResourceResolver } from '../../core/graphql/resource.resolver.js';
import { CreateSurveyResponseArgs, UpdateSurveyResponseArgs } from './response.inputs.js';
import { surveyResponses } from './response.resource.js';
import { surveyResponseService } from './response.service.js';
import { SurveyResponse } from './survey.entity.js';

@Resolver(() => SurveyResponse)
export class SurveyResponseResolver extends LocalAuthorityResourceResolver(surveyResponses, surveyResponseService) {
  @Authorized(surveyResponses.writeRoles)
  @Mutation(() => SurveyResponse, { description: 'A response entered by staff (from a paper form or a call)' })
  createSurveyResponse(@Args(() => CreateSurveyResponseArgs) args: CreateSurveyResponseArgs, @Ctx() ctx: Context): Promise<SurveyResponse> {
    return surveyResponseService(ctx).create(args);
  }

  @Authorized(surveyResponses.writeRoles)
  @Mutation(() => SurveyResponse)
  updateSurveyResponse(@Args(() => UpdateSurveyResponseArgs) args: UpdateSurveyResponseArgs, @Ctx() ctx: Context): Promise<SurveyResponse> {
    return surveyResponseService(ctx).update(args);
  }
}
