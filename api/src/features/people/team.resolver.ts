import { Args, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../core/graphql/context.js';
import { ResourceService } from '../../core/graphql/resource.js';
import { LocalAuthorityResourceResolver } from '../../core/graphql/resource.resolver.js';
import { Team } from './team.entity.js';
import { CreateTeamArgs, UpdateTeamArgs } from './team.inputs.js';
import { teams } from './team.resource.js';

const service = (ctx: Context) => new ResourceService(ctx, teams);

@Resolver(() => Team)
export class TeamResolver extends LocalAuthorityResourceResolver(teams) {
  @Authorized(teams.writeRoles)
  @Mutation(() => Team)
  createTeam(@Args(() => CreateTeamArgs) args: CreateTeamArgs, @Ctx() ctx: Context): Promise<Team> {
    const { localAuthorityId, ...values } = args;
    return service(ctx).createRecord(localAuthorityId, values);
  }

  @Authorized(teams.writeRoles)
  @Mutation(() => Team)
  updateTeam(@Args(() => UpdateTeamArgs) args: UpdateTeamArgs, @Ctx() ctx: Context): Promise<Team> {
    return service(ctx).updateRecord(args);
  }
}
