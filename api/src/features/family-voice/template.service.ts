import type { Context } from '../../core/graphql/context.js';
import { FieldErrors } from '../../core/graphql/errors.js';
import { ResourceService } from '../../core/graphql/resource.js';
import type { SurveyKind } from './enums.js';
import { checkQuestions } from './rules.js';
import { SurveyInvitation, SurveyResponse, SurveyTemplate } from './survey.entity.js';
import type { CreateSurveyTemplateArgs, SurveyQuestionInput, SurveyTemplateFilter, UpdateSurveyTemplateArgs } from './template.inputs.js';
import { surveyTemplates } from './template.resource.js';

const plainQuestions = (questions: SurveyQuestionInput[]) => questions.map(({ key, text, type, labels, headline }) => ({ key, text, type, labels: [...labels], headline }));

/** A template sent or answered keeps its questions; changing them is a new version of the kind. */
export class SurveyTemplateService extends ResourceService<SurveyTemplate, SurveyTemplateFilter> {
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

export const surveyTemplateService = (ctx: Context) => new SurveyTemplateService(ctx, surveyTemplates);
