import { Arg, Args, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../core/graphql/context.js';
import { LocalAuthorityResourceResolver } from '../../core/graphql/resource.resolver.js';
import { UUID } from '../../core/graphql/uuid.js';
import { SurveyTemplate } from './survey.entity.js';
import { CreateSurveyTemplateArgs, UpdateSurveyTemplateArgs } from './template.inputs.js';
import { surveyTemplates } from './template.resource.js';
import { surveyTemplateService } from './template.service.js';

@Resolver(() => SurveyTemplate)
export class SurveyTemplateResolver extends LocalAuthorityResourceResolver(surveyTemplates, surveyTemplateService) {
  @Authorized(surveyTemplates.writeRoles)
  @Mutation(() => SurveyTemplate, { description: 'A new template; its number follows the latest of its kind' })
  createSurveyTemplate(@Args(() => CreateSurveyTemplateArgs) args: CreateSurveyTemplateArgs, @Ctx() ctx: Context): Promise<SurveyTemplate> {
    return surveyTemplateService(ctx).create(args);
  }

  @Authorized(surveyTemplates.writeRoles)
  @Mutation(() => SurveyTemplate, { description: 'Its name may always change; its questions only until it is sent or answered' })
  updateSurveyTemplate(@Args(() => UpdateSurveyTemplateArgs) args: UpdateSurveyTemplateArgs, @Ctx() ctx: Context): Promise<SurveyTemplate> {
    return surveyTemplateService(ctx).update(args);
  }

  @Authorized(surveyTemplates.writeRoles)
  @Mutation(() => SurveyTemplate, { description: 'The next version of a template, a copy of it to edit' })
  createSurveyTemplateVersion(@Arg('templateId', () => UUID) templateId: string, @Ctx() ctx: Context): Promise<SurveyTemplate> {
    return surveyTemplateService(ctx).nextVersion(templateId);
  }
}
