import type { Collection } from '@mikro-orm/core';
import { ArrayNotEmpty, IsBoolean, IsEmail, IsNotEmpty, Length, MaxLength } from 'class-validator';
import { Args, ArgsType, Authorized, Ctx, Extensions, Field, FieldResolver, InputType, Int, Mutation, Resolver, Root } from 'type-graphql';
import { STORED_RELATION } from '../access/lean.js';
import type { Context } from '../graphql/context.js';
import { FieldErrors, ForbiddenError } from '../graphql/errors.js';
import { SortOrder } from '../graphql/list.js';
import { ResourceService, type ResourceDefinition } from '../graphql/resource.js';
import { ResourceResolver } from '../graphql/resource.resolver.js';
import { IfPresent } from '../graphql/validation.js';
import { LocalAuthority } from '../tenancy/local-authority.entity.js';
import { hashPassword, MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from './passwords.js';
import { EVERY_ROLE, grantableRoles, Role } from './roles.js';
import { usersManagedBy } from './user-scope.js';
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
  @Field(() => String) @IsEmail() @MaxLength(320) email!: string;
  @Field(() => String) @Length(1, 200) displayName!: string;
  @Field(() => [Role]) @ArrayNotEmpty() roles!: Role[];
  @Field(() => [UUID]) @ArrayNotEmpty() localAuthoritiesIds!: string[];
  @Field(() => String) @Length(MIN_PASSWORD_LENGTH, MAX_PASSWORD_LENGTH) password!: string;
}

@ArgsType()
class UpdateUserArgs {
  @Field(() => UUID) id!: string;
  @Field(() => Int) version!: number;
  @Field(() => String, { nullable: true }) @IfPresent() @IsEmail() @MaxLength(320) email?: string;
  @Field(() => String, { nullable: true }) @IfPresent() @Length(1, 200) displayName?: string;
  @Field(() => [Role], { nullable: true }) @IfPresent() @ArrayNotEmpty() roles?: Role[];
  @Field(() => [UUID], { nullable: true }) @IfPresent() @ArrayNotEmpty() localAuthoritiesIds?: string[];
  @Field(() => Boolean, { nullable: true }) @IfPresent() @IsBoolean() active?: boolean;
  @Field(() => String, { nullable: true, description: 'Sets a new password' })
  @IfPresent()
  @IsNotEmpty()
  @Length(MIN_PASSWORD_LENGTH, MAX_PASSWORD_LENGTH)
  password?: string;
}

export const users: ResourceDefinition<User, UserFilter> = {
  entity: User,
  name: 'User',
  plural: 'Users',
  filter: UserFilter,
  // Anyone sees themself, and the colleagues a record names (an audit's auditor), through that record;
  // an admin lists the users who work in at least one of the admin's authorities, and manages (changes,
  // removes) only those whose every authority is the admin's: see UserService. $some (an EXISTS) so
  // that a user of two of the caller's authorities is listed once.
  tenancy: (user) => ({ $or: [{ id: user.id }, { localAuthorities: { $some: { id: { $in: user.localAuthorityIds } } } }] }),
  // Staff, not children: board members read themselves (`me`).
  readRoles: EVERY_ROLE,
  listRoles: [Role.ADMIN],
  historyScope: usersManagedBy,
  writeRoles: [Role.ADMIN],
  sortFields: { email: 'email', displayName: 'displayName', lastSignInAt: 'lastSignInAt' },
  defaultSort: { field: 'email', order: SortOrder.ASC },
  search: (q) => ({ $or: [{ email: { $ilike: `%${q}%` } }, { displayName: { $ilike: `%${q}%` } }] }),
  filterFields: { role: (role: Role) => ({ roles: { $contains: [role] } }) },
};

/**
 * Users are managed within one's own authorities and roles: an admin gives only the local authorities
 * they work in and the roles they may grant (`grantableRoles`), and changes no one who holds a role they
 * could not have granted. So no admin can take over an account that reaches further than their own.
 */
class UserService extends ResourceService<User, UserFilter> {
  private async checks(errors: FieldErrors, values: { email?: string; roles?: Role[]; localAuthorityIds?: string[] }, exceptId?: string) {
    if (values.email !== undefined) {
      const taken = await this.em.count(User, { email: values.email.toLowerCase(), ...(exceptId ? { id: { $ne: exceptId } } : {}) });
      errors.check(taken === 0, 'email', 'unique', 'another user already has this email');
    }
    const outside = (values.localAuthorityIds ?? []).filter((id) => !this.user.localAuthorityIds.includes(id));
    errors.check(outside.length === 0, 'localAuthoritiesIds', 'withinYourLocalAuthorities', 'may only include your own local authorities');
    const grantable = grantableRoles(this.user.roles);
    const beyond = (values.roles ?? []).filter((role) => !grantable.has(role));
    errors.check(beyond.length === 0, 'roles', 'withinRolesYouMayGrant', `you may not grant ${beyond.join(', ')}`);
    errors.throwIfAny();
  }

  /**
   * The user as found in the caller's scope, refused unless every one of their authorities is the
   * caller's and every role one the caller may grant: no admin takes over an account that reaches further.
   */
  private async assertManageable(user: User): Promise<void> {
    const managed = await this.em.count(User, { $and: [{ id: user.id }, usersManagedBy(this.user)] });
    if (managed === 0) throw new ForbiddenError('This user also works for local authorities you do not; an admin of all of them must make this change');
    const grantable = grantableRoles(this.user.roles);
    const beyond = user.roles.filter((role) => !grantable.has(role));
    if (beyond.length > 0) throw new ForbiddenError(`This user holds roles you may not grant (${beyond.join(', ')}); someone who holds them must make this change`);
  }

  async create({ localAuthoritiesIds, password, email, roles, ...values }: CreateUserArgs): Promise<User> {
    await this.checks(new FieldErrors(), { email, roles, localAuthorityIds: localAuthoritiesIds });
    const user = this.em.create(User, {
      ...values,
      roles,
      email: email.toLowerCase(),
      passwordHash: await hashPassword(password),
      localAuthorities: localAuthoritiesIds.map((id) => this.em.getReference(LocalAuthority, id)),
    });
    await this.em.flush();
    return user;
  }

  async update({ localAuthoritiesIds, password, email, ...args }: UpdateUserArgs): Promise<User> {
    await this.assertManageable(await this.get(args.id));
    const errors = new FieldErrors();
    if (args.id === this.user.id) errors.check(args.active !== false, 'active', 'notYourself', 'you cannot deactivate yourself');
    await this.checks(errors, { email, roles: args.roles ?? undefined, localAuthorityIds: localAuthoritiesIds ?? undefined }, args.id);
    const passwordHash = password ? await hashPassword(password) : undefined;
    return this.updateRecord({ ...args, ...(email ? { email: email.toLowerCase() } : {}), ...(passwordHash ? { passwordHash } : {}) }, async (user) => {
      if (!localAuthoritiesIds) return;
      // Loaded first, so that the change history records the authorities before as well as after.
      await user.localAuthorities.init();
      user.localAuthorities.set(localAuthoritiesIds.map((id) => this.em.getReference(LocalAuthority, id)));
    });
  }

  override async remove(id: string): Promise<User> {
    const user = await this.get(id);
    await this.assertManageable(user);
    new FieldErrors().check(user.id !== this.user.id, 'id', 'notYourself', 'you cannot remove yourself').throwIfAny();
    return super.remove(id);
  }
}

const service = (ctx: Context) => new UserService(ctx, users);

@Resolver(() => User)
export class UserResolver extends ResourceResolver(users, service) {
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
