import { Args, Authorized, Ctx, Extensions, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { OPEN_WITHOUT_SIGN_IN } from '../../core/auth/require-sign-in.plugin.js';
import type { Context } from '../../core/graphql/context.js';
import { LocalAuthorityResourceResolver } from '../../core/graphql/resource.resolver.js';
import { CreateSurveyInvitationArgs, SubmitSurveyArgs, SurveyTokenArgs } from './invitation.inputs.js';
import { PublicSurvey, surveyInvitations } from './invitation.resource.js';
import { SurveyLink, surveyInvitationService } from './invitation.service.js';
import { SurveyInvitation } from './survey.entity.js';

@Resolver(() => SurveyInvitation)
export class SurveyInvitationResolver extends LocalAuthorityResourceResolver(surveyInvitations, surveyInvitationService) {
  @Authorized(surveyInvitations.writeRoles)
  @Mutation(() => SurveyInvitation, { description: 'A single-use link for the family of a plan; its token is in this answer only' })
  createSurveyInvitation(@Args(() => CreateSurveyInvitationArgs) args: CreateSurveyInvitationArgs, @Ctx() ctx: Context): Promise<SurveyInvitation> {
    return surveyInvitationService(ctx).create(args);
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
