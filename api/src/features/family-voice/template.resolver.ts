import { ArrayMaxSize, ArrayNotEmpty, IsBoolean, Length, Matches, ValidateNested } from 'class-validator';
import { Arg, Args, ArgsType, Authorized, Ctx, Field, InputType, Int, Mutation, Resolver } from 'type-graphql';
import { CASEWORK_EDITORS } from '../../core/auth/roles.js';
import type { Context } from '../../core/graphql/context.js';
import { FieldErrors } from '../../core/graphql/errors.js';
import { SortOrder } from '../../core/graphql/list.js';
import { ResourceService, type ResourceDefinition } from '../../core/graphql/resource.js';
import { LocalAuthorityResourceResolver } from '../../core/graphql/resource.resolver.js';
import { IfPresent } from '../../core/graphql/validation.js';
import { UUID } from '../../core/graphql/uuid.js';
import { QuestionType, SurveyKind } from './enums.js';
import { checkQuestions, MAX_QUESTIONS, SCALE_POINTS } from './rules.js';
import { SurveyInvitation, SurveyResponse, SurveyTemplate } from './survey.entity.js';

@InputType()
export class SurveyQuestionInput {
  @Field(() => String) @Matches(/^[A-Za-z0-9._-]{1,40}$/) key!: string;
  @Field(() => String) @Length(1, 500) text!: string;
  @Field(() => QuestionType) type!: QuestionType;
  @Field(() => [String], { description: 'Five for a scale, 1 first; none for free text' }) @ArrayMaxSize(SCALE_POINTS) @Length(1, 100, { each: true }) labels!: string[];
  @Field(() => Boolean) @IsBoolean() headline!: boolean;
}

@InputType()
export class SurveyTemplateFilter {
  @Field(() => String, { nullable: true }) q?: string;
  @Field(() => [UUID], { nullable: true }) ids?: string[];
  @Field(() => UUID, { nullable: true }) localAuthorityId?: string;
  @Field(() => SurveyKind, { nullable: true }) kind?: SurveyKind;
}

@ArgsType()
class CreateSurveyTemplateArgs {
  @Field(() => UUID) localAuthorityId!: string;
  @Field(() => SurveyKind) kind!: SurveyKind;
  @Field(() => String) @Length(1, 200) name!: string;
  @Field(() => [SurveyQuestionInput]) @ArrayNotEmpty() @ArrayMaxSize(MAX_QUESTIONS) @ValidateNested() questions!: SurveyQuestionInput[];
}

@ArgsType()
class UpdateSurveyTemplateArgs {
  @Field(() => UUID) id!: string;
  @Field(() => Int) version!: number;
  @Field(() => String, { nullable: true }) @IfPresent() @Length(1, 200) name?: string;
  @Field(() => [SurveyQuestionInput], { nullable: true }) @IfPresent() @ArrayNotEmpty() @ArrayMaxSize(MAX_QUESTIONS) @ValidateNested() questions?: SurveyQuestionInput[];
}

export const surveyTemplates: ResourceDefinition<SurveyTemplate, SurveyTemplateFilter> = {
  entity: SurveyTemplate,
  name: 'SurveyTemplate',
  plural: 'SurveyTemplates',
  filter: SurveyTemplateFilter,
  tenancy: 'owned',
  readRoles: [],
  writeRoles: CASEWORK_EDITORS,
  sortFields: { name: 'name', kind: 'kind', number: 'number', createdAt: 'createdAt' },
  defaultSort: { field: 'kind', order: SortOrder.ASC },
  search: (q) => ({ name: { $ilike: `%${q}%` } }),
};

const plainQuestions = (questions: SurveyQuestionInput[]) => questions.map(({ key, text, type, labels, headline }) => ({ key, text, type, labels: [...labels], headline }));

/** A template sent or answered keeps its questions; changing them is a new version of the kind. */
class SurveyTemplateService extends ResourceService<SurveyTemplate, SurveyTemplateFilter> {
  private async assertUnused(template: SurveyTemplate): Promise<void> {
    const [sent, answered] = await Promise.all([this.em.count(SurveyInvitation, { template }), this.em.count(SurveyResponse, { template })]);
    new FieldErrors().check(sent + answered === 0, 'id', 'inUseIsImmutable', 'this template has been sent or answered, so it cannot change: make a new version').throwIfAny();
  }

  private async nextNumber(localAuthorityId: string, kind: SurveyKind): Promise<number> {
    const latest = await this.em.findOne(SurveyTemplate, { localAuthority: localAuthorityId, kind }, { orderBy: { number: 'desc' } });
    return (latest?.number ?? 0) + 1;
  }

  async create({ localAuthorityId, questions, ...values }: CreateSurveyTemplateArgs): Promise<SurveyTemplate> {
    this.assertWritableIn(localAuthorityId);
    checkQuestions(questions, new FieldErrors()).throwIfAny();
    return this.createRecord(localAuthorityId, { ...values, questions: plainQuestions(questions), number: await this.nextNumber(localAuthorityId, values.kind) });
  }

  update({ questions, ...args }: UpdateSurveyTemplateArgs): Promise<SurveyTemplate> {
    return this.updateRecord(args, async (template) => {
      if (questions) {
        await this.assertUnused(template);
        template.questions = plainQuestions(questions);
        checkQuestions(template.questions, new FieldErrors()).throwIfAny();
      }
    });
  }

  /** The next version of a template's kind, a copy of it to edit. */
  async nextVersion(templateId: string): Promise<SurveyTemplate> {
    const from = await this.get(templateId);
    const localAuthorityId = from.localAuthority.id;
    return this.createRecord(localAuthorityId, { kind: from.kind, name: from.name, questions: plainQuestions(from.questions), number: await this.nextNumber(localAuthorityId, from.kind) });
  }

  override async remove(id: string): Promise<SurveyTemplate> {
    await this.assertUnused(await this.get(id));
    return super.remove(id);
  }
}

const service = (ctx: Context) => new SurveyTemplateService(ctx, surveyTemplates);

@Resolver(() => SurveyTemplate)
export class SurveyTemplateResolver extends LocalAuthorityResourceResolver(surveyTemplates, service) {
  @Authorized(surveyTemplates.writeRoles)
  @Mutation(() => SurveyTemplate, { description: 'A new template; its number follows the latest of its kind' })
  createSurveyTemplate(@Args(() => CreateSurveyTemplateArgs) args: CreateSurveyTemplateArgs, @Ctx() ctx: Context): Promise<SurveyTemplate> {
    return service(ctx).create(args);
  }

  @Authorized(surveyTemplates.writeRoles)
  @Mutation(() => SurveyTemplate, { description: 'Its name may always change; its questions only until it is sent or answered' })
  updateSurveyTemplate(@Args(() => UpdateSurveyTemplateArgs) args: UpdateSurveyTemplateArgs, @Ctx() ctx: Context): Promise<SurveyTemplate> {
    return service(ctx).update(args);
  }

  @Authorized(surveyTemplates.writeRoles)
  @Mutation(() => SurveyTemplate, { description: 'The next version of a template, a copy of it to edit' })
  createSurveyTemplateVersion(@Arg('templateId', () => UUID) templateId: string, @Ctx() ctx: Context): Promise<SurveyTemplate> {
    return service(ctx).nextVersion(templateId);
  }
}
