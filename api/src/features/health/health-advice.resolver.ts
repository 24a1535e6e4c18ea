import { Args, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../core/graphql/context.js';
import { RubricPurpose } from '../ehcp-audits/index.js';
import { AdviceRequest, reviewAdvice, ReviewAdviceArgs } from '../statutory-timeline/index.js';
import { HEALTH_WRITERS } from './roles.js';

/**
 * The DCO's quality review of health advice. The advice requests are the statutory timeline's, for
 * every agency; reviewing health's against the health-advice rubric stays the DCO's.
 */
@Resolver(() => AdviceRequest)
export class HealthAdviceResolver {
  @Authorized(HEALTH_WRITERS)
  @Mutation(() => AdviceRequest, { description: 'Grade received advice from a health service against the health-advice rubric, with feedback for the service' })
  reviewHealthAdvice(@Args(() => ReviewAdviceArgs) args: ReviewAdviceArgs, @Ctx() ctx: Context): Promise<AdviceRequest> {
    return reviewAdvice(ctx, args, RubricPurpose.HEALTH_ADVICE);
  }
}
