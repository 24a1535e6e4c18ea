import type { Collection } from '@mikro-orm/core';
import { ArrayNotEmpty, IsBoolean, IsEmail, IsNotEmpty, Length, MinLength } from 'class-validator';
import { Args, ArgsType, Authorized, Ctx, Extensions, Field, FieldResolver, InputType, Int, Mutation, Resolver, Root } from 'type-graphql';
import { STORED_RELATION } from '../access/lean.js';
import type { Context } from '../graphql/context.js';
import { FieldErrors } from '../graphql/errors.js';
import { SortOrder } from '../graphql/list.js';
import { ResourceService, type ResourceDefinition } from '../graphql/resource.js';
import { ResourceResolver } from '../graphql/resource.resolver.js';
import { IfPresent } from '../graphql/validation.js';
import { LocalAuthority } from '../tenancy/local-authority.entity.js';
import { hashPassword, MIN_PASSWORD_LENGTH } from './auth.service.js';
import { Role } from './roles.js';
import { User } from './user.entity.js';
import { UUID } from '../graphql/uuid.js';

@InputType()
export class UserFilter {
  @Field(() => String, { nullable: true }) q?: string;
  @Field(() => [UUID], { nullable: true }) ids?: string[];
  @Field(() => Role, { nullable: true }) role?: Role;
  @Field(() => Boolean, { nullable: true }) active?: boolean;
}

/** `localAuthoritiesIds` is the name react-admin's GraphQL provider gives an edited list of references. */
@ArgsType()
class CreateUserArgs {
  @Field(() => String) @IsEmail() email!: string;
  @Field(() => String) @Length(1, 200) displayName!: string;
  @Field(() => [Role]) @ArrayNotEmpty() roles!: Role[];
  @Field(() => [UUID]) @ArrayNotEmpty() localAuthoritiesIds!: string[];
  @Field(() => String) @MinLength(MIN_PASSWORD_LENGTH) password!: string;
}

@ArgsType()
class UpdateUserArgs {
  @Field(() => UUID) id!: string;
  @Field(() => Int) version!: number;
  @Field(() => String, { nullable: true }) @IfPresent() @IsEmail() email?: string;
  @Field(() => String, { nullable: true }) @IfPresent() @Length(1, 200) displayName?: string;
  @Field(() => [Role], { nullable: true }) @IfPresent() @ArrayNotEmpty() roles?: Role[];
  @Field(() => [UUID], { nullable: true }) @IfPresent() @ArrayNotEmpty() localAuthoritiesIds?: string[];
  @Field(() => Boolean, { nullable: true }) @IfPresent() @IsBoolean() active?: boolean;
  @Field(() => String, { nullable: true, description: 'Sets a new password' }) @IfPresent() @IsNotEmpty() @MinLength(MIN_PASSWORD_LENGTH) password?: string;
}

export const users: ResourceDefinition<User, UserFilter> = {
  entity: User,
  name: 'User',
  plural: 'Users',
  filter: UserFilter,
  // An admin manages the users who work in at least one of the admin's own local authorities; anyone
  // sees themself, and the colleagues a record names (an audit's auditor), through that record.
  tenancy: (user) => ({ $or: [{ id: user.id }, { localAuthorities: { $some: { id: { $in: user.localAuthorityIds } } } }] }),
  readRoles: [],
  listRoles: [Role.ADMIN],
  writeRoles: [Role.ADMIN],
  sortFields: { email: 'email', displayName: 'displayName', lastSignInAt: 'lastSignInAt' },
  defaultSort: { field: 'email', order: SortOrder.ASC },
  search: (q) => ({ $or: [{ email: { $ilike: `%${q}%` } }, { displayName: { $ilike: `%${q}%` } }] }),
  filterFields: { role: (role: Role) => ({ roles: { $contains: [role] } }) },
};

class UserService extends ResourceService<User, UserFilter> {
  private async checks(errors: FieldErrors, email: string | undefined, localAuthorityIds: string[] | undefined, exceptId?: string) {
    if (email !== undefined) {
      const taken = await this.em.count(User, { email: email.toLowerCase(), ...(exceptId ? { id: { $ne: exceptId } } : {}) });
      errors.check(taken === 0, 'email', 'unique', 'another user already has this email');
    }
    const outside = (localAuthorityIds ?? []).filter((id) => !this.user.localAuthorityIds.includes(id));
    errors.check(outside.length === 0, 'localAuthoritiesIds', 'withinYourLocalAuthorities', 'may only include your own local authorities');
    errors.throwIfAny();
  }

  async create({ localAuthoritiesIds, password, email, ...values }: CreateUserArgs): Promise<User> {
    await this.checks(new FieldErrors(), email, localAuthoritiesIds);
    const user = this.em.create(User, {
      ...values,
      email: email.toLowerCase(),
      passwordHash: await hashPassword(password),
      localAuthorities: localAuthoritiesIds.map((id) => this.em.getReference(LocalAuthority, id)),
    });
    await this.em.flush();
    return user;
  }

  async update({ localAuthoritiesIds, password, email, ...args }: UpdateUserArgs): Promise<User> {
    const passwordHash = password ? await hashPassword(password) : undefined;
    return this.updateRecord({ ...args, ...(email ? { email: email.toLowerCase() } : {}), ...(passwordHash ? { passwordHash } : {}) }, async (user) => {
      await this.checks(new FieldErrors(), email, localAuthoritiesIds, user.id);
      if (localAuthoritiesIds) {
        // Local authorities the admin cannot see stay as they were: an admin can only add or remove their own.
        await user.localAuthorities.init();
        const kept = user.localAuthorities.getItems().filter((la) => !this.user.localAuthorityIds.includes(la.id));
        user.localAuthorities.set([...kept, ...localAuthoritiesIds.map((id) => this.em.getReference(LocalAuthority, id))]);
      }
    });
  }
}

const service = (ctx: Context) => new UserService(ctx, users);

@Resolver(() => User)
export class UserResolver extends ResourceResolver(users) {
  @Authorized(users.writeRoles)
  @Mutation(() => User)
  createUser(@Args(() => CreateUserArgs) args: CreateUserArgs, @Ctx() ctx: Context): Promise<User> {
    return service(ctx).create(args);
  }

  @Authorized(users.writeRoles)
  @Mutation(() => User)
  updateUser(@Args(() => UpdateUserArgs) args: UpdateUserArgs, @Ctx() ctx: Context): Promise<User> {
    return service(ctx).update(args);
  }

  /** Loaded by the core through the caller's scope: a colleague's other authorities are not listed. */
  @FieldResolver(() => [LocalAuthority])
  @Extensions({ [STORED_RELATION]: true })
  localAuthorities(@Root() user: User): Collection<LocalAuthority> {
    return user.localAuthorities;
  }
}
