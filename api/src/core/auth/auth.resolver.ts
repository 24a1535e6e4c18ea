import { EVERY_ROLE } from './roles.js';
import { IsEmail, Length, MaxLength } from 'class-validator';
import { Args, ArgsType, Authorized, Ctx, Extensions, Field, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { VISIBLE_WITH_PARENT } from '../access/guard.js';
import { signedInUser, type Context } from '../graphql/context.js';
import { OWN_TRANSACTIONS } from '../graphql/mutation-transaction.js';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from './passwords.js';
import { User } from './user.entity.js';

@ObjectType()
class SignIn {
  @Field(() => String, { description: 'Send as "Authorization: Bearer <token>"' })
  token!: string;

  @Extensions({ [VISIBLE_WITH_PARENT]: 'the user who has just signed in, who always sees themself' })
  @Field(() => User)
  user!: User;
}

@ArgsType()
class LoginArgs {
  @Field(() => String) @IsEmail() @MaxLength(320) email!: string;
  @Field(() => String) @MaxLength(MAX_PASSWORD_LENGTH) password!: string;
}

@ArgsType()
class ChangePasswordArgs {
  @Field(() => String) @MaxLength(MAX_PASSWORD_LENGTH) currentPassword!: string;
  @Field(() => String) @Length(MIN_PASSWORD_LENGTH, MAX_PASSWORD_LENGTH) newPassword!: string;
}

/** Sign-in, sign-out and password changes hash or write one row: each keeps its own short transactions. */
@Resolver()
export class AuthResolver {
  @Extensions(OWN_TRANSACTIONS)
  @Mutation(() => SignIn, { description: 'Sign in; the only operation open to anyone' })
  async login(@Args(() => LoginArgs) { email, password }: LoginArgs, @Ctx() ctx: Context): Promise<SignIn> {
    const signIn = await ctx.auth.signIn(email, password);
    // The rest of the operation (the user's own fields) is answered for the user who has just signed in.
    ctx.user = await ctx.auth.userForToken(signIn.token);
    return signIn;
  }

  @Authorized(EVERY_ROLE)
  @Extensions(OWN_TRANSACTIONS)
  @Mutation(() => Boolean, { description: 'Ends this session' })
  async logout(@Ctx() ctx: Context): Promise<boolean> {
    if (ctx.token) await ctx.auth.signOut(ctx.token);
    return true;
  }

  @Authorized(EVERY_ROLE)
  @Query(() => User, { description: 'The signed-in user' })
  me(@Ctx() ctx: Context): Promise<User> {
    return ctx.em.findOneOrFail(User, { id: signedInUser(ctx).id });
  }

  @Authorized(EVERY_ROLE)
  @Extensions(OWN_TRANSACTIONS)
  @Mutation(() => Boolean)
  async changePassword(@Args(() => ChangePasswordArgs) args: ChangePasswordArgs, @Ctx() ctx: Context): Promise<boolean> {
    await ctx.auth.changePassword(signedInUser(ctx).id, args.currentPassword, args.newPassword);
    return true;
  }
}
