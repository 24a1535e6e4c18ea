import { today } from '../../core/dates.js';
import type { Context } from '../../core/graphql/context.js';
import { FieldErrors } from '../../core/graphql/errors.js';
import { ResourceService } from '../../core/graphql/resource.js';
import { Plan } from '../people/index.js';
import { ResponseChannel } from './enums.js';
import type { CreateSurveyResponseArgs, SurveyResponseFilter, UpdateSurveyResponseArgs } from './response.inputs.js';
import { surveyResponses } from './response.resource.js';
import { checkAnswers, termOf } from './rules.js';
import { SurveyResponse, SurveyTemplate } from './survey.entity.js';

export function checkRespondedOn(respondedOn: string, errors: FieldErrors, field = 'respondedOn'): FieldErrors {
  return errors.check(respondedOn <= today(), field, 'notInFuture', 'cannot be in the future');
}

/** Responses staff enter from a paper form or a call; the link's own arrive through submitSurvey. */
export class SurveyResponseService extends ResourceService<SurveyResponse, SurveyResponseFilter> {
  async create({ planId, templateId, respondedOn, answers }: CreateSurveyResponseArgs): Promise<SurveyResponse> {
    const errors = new FieldErrors();
    const plan = await this.related(Plan, 'planId', planId, 'caller', errors);
    errors.throwIfAny();
    const localAuthorityId = plan!.localAuthority.id;
    const template = await this.related(SurveyTemplate, 'templateId', templateId, localAuthorityId, errors);
    errors.throwIfAny();
    const kept = checkAnswers(template!.questions, answers, errors);
    checkRespondedOn(respondedOn, errors).throwIfAny();
    return this.createRecord(localAuthorityId, { plan: plan!, template: template!, respondedOn, term: termOf(respondedOn), answers: kept, channel: ResponseChannel.ENTERED });
  }

  update({ answers, ...args }: UpdateSurveyResponseArgs): Promise<SurveyResponse> {
    return this.updateRecord(args, async (response) => {
      const errors = new FieldErrors();
      if (answers) response.answers = checkAnswers((await response.template.loadOrFail()).questions, answers, errors);
      checkRespondedOn(response.respondedOn, errors).throwIfAny();
      response.term = termOf(response.respondedOn);
    });
  }
}

export const surveyResponseService = (ctx: Context) => new SurveyResponseService(ctx, surveyResponses);
