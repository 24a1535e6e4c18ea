import { defaultFieldResolver, getNamedType, getNullableType, isInputObjectType, isListType, type GraphQLSchema } from 'graphql';
import type { AuthUser } from '../auth/auth-user.js';
import type { Context } from '../graphql/context.js';
import { ForbiddenError } from '../graphql/errors.js';
import { resourceNamed } from './resources.js';

const FIELD = 'localAuthorityId';

/** The local authorities a question is about: the one named, which must be one of the caller's, or all of theirs. */
export function authoritiesAsked(user: AuthUser, localAuthorityId?: string | null): string[] {
  if (localAuthorityId === null || localAuthorityId === undefined) return user.localAuthorityIds;
  if (!user.localAuthorityIds.includes(localAuthorityId)) throw new ForbiddenError('That local authority is not one of yours');
  return [localAuthorityId];
}

/**
 * One answer for "not your authority": every operation that takes a `localAuthorityId`, as an argument
 * or inside one (`filter`, `options`), answers FORBIDDEN for an authority the caller does not hold,
 * before it runs, rather than an empty list here and NOT_FOUND there. Lists of shared reference data
 * (settings, which anyone may read) may still be filtered by any authority.
 */
export function guardAuthorityArguments(schema: GraphQLSchema): GraphQLSchema {
  for (const type of [schema.getQueryType(), schema.getMutationType()]) {
    for (const field of Object.values(type?.getFields() ?? {})) {
      const target = resourceNamed(getNamedType(field.type).name);
      if (target?.tenancy === 'shared' && isListType(getNullableType(field.type))) continue;
      const paths = field.args.flatMap((arg): [string, string | null][] => {
        if (arg.name === FIELD) return [[arg.name, null]];
        const input = getNamedType(arg.type);
        return isInputObjectType(input) && FIELD in input.getFields() && !isListType(getNullableType(arg.type)) ? [[arg.name, FIELD]] : [];
      });
      if (paths.length === 0) continue;
      const resolve = field.resolve ?? defaultFieldResolver;
      field.resolve = (source, args: Record<string, unknown>, ctx: Context, info) => {
        for (const [name, inner] of paths) {
          const value = inner ? (args[name] as Record<string, unknown> | null | undefined)?.[inner] : args[name];
          if (ctx.user && typeof value === 'string') authoritiesAsked(ctx.user, value);
        }
        return resolve(source, args, ctx, info);
      };
    }
  }
  return schema;
}
