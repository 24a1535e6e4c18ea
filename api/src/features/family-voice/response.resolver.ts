import { ArrayMaxSize, IsNotEmpty, MaxLength, ValidateNested } from 'class-validator';
import { LocalDateResolver } from 'graphql-scalars';
import { Args, ArgsType, Authorized, Ctx, Field, InputType, Int, Mutation, Resolver } from 'type-graphql';
import { CASEWORK_EDITORS } from '../../core/auth/roles.js';
import { today } from '../../core/dates.js';
import type { Context } from '../../core/graphql/context.js';
import { FieldErrors } from '../../core/graphql/errors.js';
import { SortOrder } from '../../core/graphql/list.js';
import { ResourceService, type ResourceDefinition } from '../../core/graphql/resource.js';
import { LocalAuthorityResourceResolver } from '../../core/graphql/resource.resolver.js';
import { IfPresent } from '../../core/graphql/validation.js';
import { UUID } from '../../core/graphql/uuid.js';
import { Plan } from '../people/index.js';
import { ResponseChannel, SurveyKind } from './enums.js';
import { SurveyAnswerInput } from './invitation.resolver.js';
import { checkAnswers, MAX_QUESTIONS, termOf } from './rules.js';
import { SurveyResponse, SurveyTemplate } from './survey.entity.js';

@InputType()
export class SurveyResponseFilter {
  @Field(() => [UUID], { nullable: true }) ids?: string[];
  @Field(() => UUID, { nullable: true }) localAuthorityId?: string;
  @Field(() => UUID, { nullable: true }) planId?: string;
  @Field(() => UUID, { nullable: true }) templateId?: string;
  @Field(() => SurveyKind, { nullable: true, description: "The template's kind" }) kind?: SurveyKind;
  @Field(() => ResponseChannel, { nullable: true }) channel?: ResponseChannel;
  @Field(() => String, { nullable: true, description: 'e.g. 2026/27 Autumn' }) @MaxLength(20) term?: string;
  @Field(() => LocalDateResolver, { nullable: true }) respondedOn_gte?: string;
  @Field(() => LocalDateResolver, { nullable: true }) respondedOn_lte?: string;
}

@ArgsType()
class CreateSurveyResponseArgs {
  @Field(() => UUID) planId!: string;
  @Field(() => UUID) templateId!: string;
  @Field(() => LocalDateResolver) respondedOn!: string;
  @Field(() => [SurveyAnswerInput]) @ArrayMaxSize(MAX_QUESTIONS) @ValidateNested() answers!: SurveyAnswerInput[];
}

@ArgsType()
class UpdateSurveyResponseArgs {
  @Field(() => UUID) id!: string;
  @Field(() => Int) version!: number;
  @Field(() => LocalDateResolver, { nullable: true }) @IfPresent() @IsNotEmpty() respondedOn?: string;
  @Field(() => [SurveyAnswerInput], { nullable: true }) @IfPresent() @ArrayMaxSize(MAX_QUESTIONS) @ValidateNested() answers?: SurveyAnswerInput[];
}

export const surveyResponses: ResourceDefinition<SurveyResponse, SurveyResponseFilter> = {
  entity: SurveyResponse,
  name: 'SurveyResponse',
  plural: 'SurveyResponses',
  filter: SurveyResponseFilter,
  tenancy: 'owned',
  readRoles: [],
  writeRoles: CASEWORK_EDITORS,
  sortFields: { respondedOn: 'respondedOn', channel: 'channel', term: 'term' },
  defaultSort: { field: 'respondedOn', order: SortOrder.DESC },
  filterFields: { kind: (kind: SurveyKind) => ({ template: { kind } }) },
};

export function checkRespondedOn(respondedOn: string, errors: FieldErrors, field = 'respondedOn'): FieldErrors {
  return errors.check(respondedOn <= today(), field, 'notInFuture', 'cannot be in the future');
}

/** Responses staff enter from a paper form or a call; the link's own arrive through submitSurvey. */
class SurveyResponseService extends ResourceService<SurveyResponse, SurveyResponseFilter> {
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

const service = (ctx: Context) => new SurveyResponseService(ctx, surveyResponses);

@Resolver(() => SurveyResponse)
export class SurveyResponseResolver extends LocalAuthorityResourceResolver(surveyResponses, service) {
  @Authorized(surveyResponses.writeRoles)
  @Mutation(() => SurveyResponse, { description: 'A response entered by staff (from a paper form or a call)' })
  createSurveyResponse(@Args(() => CreateSurveyResponseArgs) args: CreateSurveyResponseArgs, @Ctx() ctx: Context): Promise<SurveyResponse> {
    return service(ctx).create(args);
  }

  @Authorized(surveyResponses.writeRoles)
  @Mutation(() => SurveyResponse)
  updateSurveyResponse(@Args(() => UpdateSurveyResponseArgs) args: UpdateSurveyResponseArgs, @Ctx() ctx: Context): Promise<SurveyResponse> {
    return service(ctx).update(args);
  }
}
