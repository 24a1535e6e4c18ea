import { createHash, randomBytes } from 'node:crypto';
import { ArrayMaxSize, IsOptional, Length, Matches, Max, Min, ValidateNested } from 'class-validator';
import { Args, ArgsType, Authorized, Ctx, Extensions, Field, FieldResolver, InputType, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { OPEN_WITHOUT_SIGN_IN } from '../../core/auth/require-sign-in.plugin.js';
import { CASEWORK_EDITORS } from '../../core/auth/roles.js';
import { addDays, today } from '../../core/dates.js';
import type { Context } from '../../core/graphql/context.js';
import { ConflictError, FieldErrors, ThrottledError, UserInputError } from '../../core/graphql/errors.js';
import { SortOrder } from '../../core/graphql/list.js';
import { ResourceService, type ResourceDefinition } from '../../core/graphql/resource.js';
import { LocalAuthorityResourceResolver } from '../../core/graphql/resource.resolver.js';
import { UUID } from '../../core/graphql/uuid.js';
import { Plan } from '../people/index.js';
import { ResponseChannel, SurveyKind } from './enums.js';
import { checkAnswers, MAX_ANSWER_LENGTH, MAX_QUESTIONS, termOf } from './rules.js';
import { SurveyInvitation, SurveyQuestion, SurveyResponse, SurveyTemplate } from './survey.entity.js';

/** How long a link works unless the sender says otherwise. */
const DEFAULT_DAYS_VALID = 28;
const MAX_DAYS_VALID = 366;
/** A token is 32 random bytes in base64url: 43 characters. */
const TOKEN = /^[A-Za-z0-9_-]{43}$/;

const hashOf = (token: string) => createHash('sha256').update(token).digest('hex');

@InputType()
export class SurveyAnswerInput {
  @Field(() => String) @Length(1, 40) key!: string;
  @Field(() => Int, { nullable: true }) @IsOptional() @Min(1) @Max(5) score?: number | null;
  @Field(() => String, { nullable: true }) @IsOptional() @Length(0, MAX_ANSWER_LENGTH) text?: string | null;
}

@InputType()
export class SurveyInvitationFilter {
  @Field(() => [UUID], { nullable: true }) ids?: string[];
  @Field(() => UUID, { nullable: true }) localAuthorityId?: string;
  @Field(() => UUID, { nullable: true }) planId?: string;
  @Field(() => UUID, { nullable: true }) templateId?: string;
  @Field(() => Boolean, { nullable: true, description: 'Answered already' }) used?: boolean;
}

@ArgsType()
class CreateSurveyInvitationArgs {
  @Field(() => UUID) planId!: string;
  @Field(() => SurveyKind, { description: "The survey sent: the latest version of the kind in the plan's authority" }) kind!: SurveyKind;
  @Field(() => Int, { nullable: true, description: `Days the link works, ${DEFAULT_DAYS_VALID} unless given` })
  @IsOptional()
  @Min(1)
  @Max(MAX_DAYS_VALID)
  daysValid?: number | null;
}

@ArgsType()
class SurveyTokenArgs {
  @Field(() => String, { description: 'The token from the link' }) @Matches(TOKEN, { message: 'is not a survey link token' }) token!: string;
}

@ArgsType()
class SubmitSurveyArgs extends SurveyTokenArgs {
  @Field(() => [SurveyAnswerInput]) @ArrayMaxSize(MAX_QUESTIONS) @ValidateNested() answers!: SurveyAnswerInput[];
}

@ObjectType({ description: 'What a survey link shows the family: the questions and who asks, nothing about the child or the plan' })
class PublicSurvey {
  @Field(() => String, { description: 'The local authority asking' }) authorityName!: string;
  @Field(() => String) title!: string;
  @Field(() => [SurveyQuestion]) questions!: SurveyQuestion[];
}

export const surveyInvitations: ResourceDefinition<SurveyInvitation, SurveyInvitationFilter> = {
  entity: SurveyInvitation,
  name: 'SurveyInvitation',
  plural: 'SurveyInvitations',
  filter: SurveyInvitationFilter,
  tenancy: 'owned',
  readRoles: [],
  writeRoles: CASEWORK_EDITORS,
  sortFields: { createdAt: 'createdAt', expiresOn: 'expiresOn', usedAt: 'usedAt' },
  defaultSort: { field: 'createdAt', order: SortOrder.DESC },
  filterFields: { used: (used: boolean) => ({ usedAt: used ? { $ne: null } : null }) },
};

class SurveyInvitationService extends ResourceService<SurveyInvitation, SurveyInvitationFilter> {
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
class SurveyLink {
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

const service = (ctx: Context) => new SurveyInvitationService(ctx, surveyInvitations);

@Resolver(() => SurveyInvitation)
export class SurveyInvitationResolver extends LocalAuthorityResourceResolver(surveyInvitations, service) {
  @Authorized(surveyInvitations.writeRoles)
  @Mutation(() => SurveyInvitation, { description: 'A single-use link for the family of a plan; its token is in this answer only' })
  createSurveyInvitation(@Args(() => CreateSurveyInvitationArgs) args: CreateSurveyInvitationArgs, @Ctx() ctx: Context): Promise<SurveyInvitation> {
    return service(ctx).create(args);
  }

  @FieldResolver(() => String, { nullable: true, description: 'The link token: only in the answer to createSurveyInvitation, never again (only its hash is kept)' })
  token(@Root() invitation: SurveyInvitation): string | null {
    return invitation.token ?? null;
  }

  @Extensions(OPEN_WITHOUT_SIGN_IN)
  @Query(() => PublicSurvey, { description: "A survey link's questions, for the family: open without signing in; shows nothing about the child or the plan" })
  surveyByToken(@Args(() => SurveyTokenArgs) { token }: SurveyTokenArgs, @Ctx() ctx: Context): Promise<PublicSurvey> {
    return new SurveyLink(ctx, token).survey();
  }

  @Extensions(OPEN_WITHOUT_SIGN_IN)
  @Mutation(() => Boolean, { description: "A family's answers through a survey link: open without signing in, and works once" })
  submitSurvey(@Args(() => SubmitSurveyArgs) { token, answers }: SubmitSurveyArgs, @Ctx() ctx: Context): Promise<boolean> {
    return new SurveyLink(ctx, token).submit(answers);
  }
}
