import { createHash, randomBytes } from 'node:crypto';
import { addDays, today } from '../../core/dates.js';
import type { Context } from '../../core/graphql/context.js';
import { ConflictError, FieldErrors, ThrottledError, UserInputError } from '../../core/graphql/errors.js';
import { ResourceService } from '../../core/graphql/resource.js';
import { Plan } from '../people/index.js';
import { ResponseChannel } from './enums.js';
import { DEFAULT_DAYS_VALID, type CreateSurveyInvitationArgs, type SurveyAnswerInput, type SurveyInvitationFilter } from './invitation.inputs.js';
import { surveyInvitations, type PublicSurvey } from './invitation.resource.js';
import { checkAnswers, termOf } from './rules.js';
import { SurveyInvitation, SurveyResponse, SurveyTemplate } from './survey.entity.js';

const hashOf = (token: string) => createHash('sha256').update(token).digest('hex');

export class SurveyInvitationService extends ResourceService<SurveyInvitation, SurveyInvitationFilter> {
  /** The token goes back once, in this answer; only its hash is kept. */
  async create({ planId, kind, daysValid }: CreateSurveyInvitationArgs): Promise<SurveyInvitation> {
    const errors = new FieldErrors();
    const plan = await this.related(Plan, 'planId', planId, 'caller', errors);
    errors.throwIfAny();
    const localAuthorityId = plan!.localAuthority.id;
    const template = await this.em.findOne(SurveyTemplate, { localAuthority: localAuthorityId, kind }, { orderBy: { number: 'desc' } });
    errors.check(!!template, 'kind', 'exists', "the plan's authority has no survey of this kind").throwIfAny();
    const token = randomBytes(32).toString('base64url');
    const invitation = await this.createRecord(localAuthorityId, { plan: plan!, template: template!, tokenHash: hashOf(token), expiresOn: addDays(today(), daysValid ?? DEFAULT_DAYS_VALID) });
    invitation.token = token;
    return invitation;
  }
}

/** A link's second use: CONFLICT, with a reason the page can word for the family. */
const alreadyAnswered = () => new ConflictError('This survey has already been answered through this link: thank you', { reason: 'SURVEY_ALREADY_ANSWERED' });

/** The link without an account: the token is the only proof, so failed tries are throttled as sign-ins are. */
export class SurveyLink {
  private readonly attempts;
  constructor(
    private readonly ctx: Context,
    private readonly token: string,
  ) {
    this.attempts = ctx.auth.secretAttempts('survey', token);
  }

  private async refuse(error: Error): Promise<never> {
    await this.attempts.failed();
    throw error;
  }

  /** The invitation the token opens, if it is still open. */
  private async open(): Promise<SurveyInvitation> {
    try {
      await this.attempts.allowed();
    } catch (error) {
      if (error instanceof ThrottledError) throw new ThrottledError('Too many links that do not work from this address; try again later', Number(error.extensions.retryAfterSeconds));
      throw error;
    }
    const invitation = await this.ctx.em.findOne(SurveyInvitation, { tokenHash: hashOf(this.token) }, { populate: ['template', 'localAuthority'] });
    if (!invitation) return this.refuse(new UserInputError([{ field: 'token', rule: 'exists', message: 'is not a link we sent: check it was copied whole' }]));
    if (invitation.usedAt) return this.refuse(alreadyAnswered());
    if (invitation.expiresOn < today()) return this.refuse(new ConflictError('This link has expired', { reason: 'SURVEY_LINK_EXPIRED' }));
    return invitation;
  }

  async survey(): Promise<PublicSurvey> {
    const invitation = await this.open();
    const template = invitation.template.getEntity();
    return { authorityName: invitation.localAuthority.getEntity().name, title: template.name, questions: template.questions };
  }

  async submit(answers: SurveyAnswerInput[]): Promise<boolean> {
    const invitation = await this.open();
    const template = invitation.template.getEntity();
    const errors = new FieldErrors();
    const kept = checkAnswers(template.questions, answers, errors);
    errors.throwIfAny();
    // Used once: of two answers sent at the same moment, the second finds the link used and saves nothing.
    const claimed = await this.ctx.em.nativeUpdate(SurveyInvitation, { id: invitation.id, usedAt: null }, { usedAt: new Date() });
    if (claimed !== 1) return this.refuse(alreadyAnswered());
    const respondedOn = today();
    this.ctx.em.create(SurveyResponse, { localAuthority: invitation.localAuthority, template, plan: invitation.plan, answers: kept, channel: ResponseChannel.LINK, respondedOn, term: termOf(respondedOn) });
    await this.ctx.em.flush();
    return true;
  }
}

export const surveyInvitationService = (ctx: Context) => new SurveyInvitationService(ctx, surveyInvitations);
