import { Length, Matches, MaxLength } from 'class-validator';
import { Args, ArgsType, Authorized, Ctx, Field, InputType, Int, Mutation, Resolver } from 'type-graphql';
import { EVERY_ROLE, Role } from '../auth/roles.js';
import type { Context } from '../graphql/context.js';
import { ResourceService, type ResourceDefinition } from '../graphql/resource.js';
import { ReadOnlyResourceResolver } from '../graphql/resource.resolver.js';
import { SortOrder } from '../graphql/list.js';
import { IfPresent } from '../graphql/validation.js';
import { LocalAuthority } from './local-authority.entity.js';
import { UUID } from '../graphql/uuid.js';

@InputType()
export class LocalAuthorityFilter {
  @Field(() => String, { nullable: true }) q?: string;
  @Field(() => [UUID], { nullable: true }) ids?: string[];
  @Field(() => String, { nullable: true }) @IfPresent() @MaxLength(3) code?: string;
}

@ArgsType()
class UpdateLocalAuthorityArgs {
  @Field(() => UUID) id!: string;
  @Field(() => Int) version!: number;

  @Field(() => String, { nullable: true })
  @IfPresent()
  @Length(1, 200)
  name?: string;

  @Field(() => String, { nullable: true, description: 'DfE three-digit code' })
  @IfPresent()
  @Matches(/^\d{3}$/, { message: 'code must be three digits' })
  code?: string;
}

const localAuthorities: ResourceDefinition<LocalAuthority, LocalAuthorityFilter> = {
  entity: LocalAuthority,
  name: 'LocalAuthority',
  plural: 'LocalAuthorities',
  filter: LocalAuthorityFilter,
  tenancy: 'self',
  // Holds nothing about a child: board members read it too.
  readRoles: EVERY_ROLE,
  writeRoles: [Role.ADMIN],
  sortFields: { code: 'code', name: 'name' },
  defaultSort: { field: 'name', order: SortOrder.ASC },
  search: (q) => ({ $or: [{ name: { $ilike: `%${q}%` } }, { code: q }] }),
};

/**
 * Local authorities are added and removed by an operator on the command line (`local-authority:add`,
 * `local-authority:remove`, `user:create --local-authority`) or the seed, never through the API: a
 * tenant is an operator's decision, not an admin's. An admin may correct their own authority's name and code.
 */
@Resolver(() => LocalAuthority)
export class LocalAuthorityResolver extends ReadOnlyResourceResolver(localAuthorities) {
  @Authorized(localAuthorities.writeRoles)
  @Mutation(() => LocalAuthority)
  updateLocalAuthority(@Args(() => UpdateLocalAuthorityArgs) args: UpdateLocalAuthorityArgs, @Ctx() ctx: Context): Promise<LocalAuthority> {
    return new ResourceService(ctx, localAuthorities).updateRecord(args);
  }
}
