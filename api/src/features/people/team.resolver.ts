import { Length } from 'class-validator';
import { Args, ArgsType, Authorized, Ctx, Field, InputType, Int, Mutation, Resolver } from 'type-graphql';
import { CASEWORK_EDITORS, EVERY_ROLE } from '../../core/auth/roles.js';
import type { Context } from '../../core/graphql/context.js';
import { SortOrder } from '../../core/graphql/list.js';
import { ResourceService, type ResourceDefinition } from '../../core/graphql/resource.js';
import { LocalAuthorityResourceResolver } from '../../core/graphql/resource.resolver.js';
import { IfPresent } from '../../core/graphql/validation.js';
import { TeamKind } from './enums.js';
import { Team } from './team.entity.js';
import { UUID } from '../../core/graphql/uuid.js';

@InputType()
export class TeamFilter {
  @Field(() => String, { nullable: true }) q?: string;
  @Field(() => [UUID], { nullable: true }) ids?: string[];
  @Field(() => UUID, { nullable: true }) localAuthorityId?: string;
  @Field(() => TeamKind, { nullable: true }) kind?: TeamKind;
}

@ArgsType()
class CreateTeamArgs {
  @Field(() => UUID) localAuthorityId!: string;
  @Field(() => String) @Length(1, 200) name!: string;
  @Field(() => TeamKind) kind!: TeamKind;
}

@ArgsType()
class UpdateTeamArgs {
  @Field(() => UUID) id!: string;
  @Field(() => Int) version!: number;
  @Field(() => String, { nullable: true }) @IfPresent() @Length(1, 200) name?: string;
  @Field(() => TeamKind, { nullable: true }) @IfPresent() kind?: TeamKind;
}

export const teams: ResourceDefinition<Team, TeamFilter> = {
  entity: Team,
  name: 'Team',
  plural: 'Teams',
  filter: TeamFilter,
  tenancy: 'owned',
  // Holds nothing about a child: board members read it too.
  readRoles: EVERY_ROLE,
  writeRoles: CASEWORK_EDITORS,
  sortFields: { name: 'name', kind: 'kind', localAuthority: 'localAuthority.name' },
  defaultSort: { field: 'name', order: SortOrder.ASC },
  search: (q) => ({ name: { $ilike: `%${q}%` } }),
};

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
