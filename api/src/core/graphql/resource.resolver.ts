import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, ArgsType, Authorized, Ctx, Extensions, Field, FieldResolver, Info, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Ref } from '@mikro-orm/core';
import { STORED_RELATION } from '../access/lean.js';
import { listRoles, registerResource } from '../access/resources.js';
import type { BaseRecord } from '../db/base-record.js';
import type { LocalAuthorityRecord } from '../tenancy/local-authority-record.js';
import { LocalAuthority } from '../tenancy/local-authority.entity.js';
import type { Context } from './context.js';
import { checkPage, ListMetadata, SortOrder } from './list.js';
import { ResourceService, type ListArgs, type ResourceDefinition } from './resource.js';
import { UUID } from './uuid.js';

/**
 * The read half of a resource's GraphQL API, shared by every resource: `Plan(id)`, `allPlans(...)`
 * and `_allPlansMeta(...)`, named as react-admin's GraphQL data provider expects.
 */
/** `service` builds the feature's own service where it refines reading or deleting (a rubric, say). */
type ServiceFactory<T extends { id: string }, F extends object> = (ctx: Context) => ResourceService<T, F>;

export function ReadOnlyResourceResolver<T extends { id: string }, F extends object>(
  definition: ResourceDefinition<T, F>,
  service: ServiceFactory<T, F> = (ctx) => new ResourceService(ctx, definition),
) {
  registerResource(definition);
  const readers = listRoles(definition);

  @ArgsType()
  class ListArguments implements ListArgs<F> {
    @Field(() => Int, { nullable: true, description: 'Page number, counting from 0' })
    page?: number;

    @Field(() => Int, { nullable: true })
    perPage?: number;

    @Field(() => String, { nullable: true, description: `One of: ${Object.keys(definition.sortFields).join(', ')}` })
    sortField?: string;

    @Field(() => SortOrder, { nullable: true })
    sortOrder?: SortOrder;

    @Field(() => definition.filter, { nullable: true })
    filter?: F;
  }

  @Resolver(() => definition.entity)
  abstract class ReadResolver {
    @Authorized(readers)
    @Query(() => definition.entity, { name: definition.name })
    one(@Arg('id', () => UUID) id: string, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<T> {
      return service(ctx).read(id, info);
    }

    @Authorized(readers)
    @Query(() => [definition.entity], { name: `all${definition.plural}` })
    all(@Args(() => ListArguments, { validate: false }) args: ListArguments, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<T[]> {
      checkPage(args);
      return service(ctx).list(args, info);
    }

    @Authorized(readers)
    @Query(() => ListMetadata, { name: `_all${definition.plural}Meta` })
    async meta(@Args(() => ListArguments, { validate: false }) args: ListArguments, @Ctx() ctx: Context): Promise<ListMetadata> {
      checkPage(args);
      return { count: await service(ctx).count(args.filter) };
    }
  }
  return ReadResolver;
}

/**
 * Reading plus `deletePlan(id)`. Each feature's resolver extends it and adds its own `createX` and
 * `updateX`, whose arguments and rules differ.
 */
export function ResourceResolver<T extends BaseRecord, F extends object>(
  definition: ResourceDefinition<T, F>,
  service: ServiceFactory<T, F> = (ctx) => new ResourceService(ctx, definition),
) {
  @Resolver(() => definition.entity)
  abstract class ReadWriteResolver extends ReadOnlyResourceResolver(definition, service) {
    @Authorized(definition.writeRoles)
    @Mutation(() => definition.entity, { name: `delete${definition.name}` })
    remove(@Arg('id', () => UUID) id: string, @Ctx() ctx: Context): Promise<T> {
      return service(ctx).remove(id);
    }
  }
  return ReadWriteResolver;
}

/**
 * The same, for records that belong to a local authority: adds their `localAuthority` field, which the
 * core loads through the caller's scope like any relation (so a shared setting of another authority
 * names none).
 */
export function LocalAuthorityResourceResolver<T extends LocalAuthorityRecord, F extends object>(
  definition: ResourceDefinition<T, F>,
  service?: ServiceFactory<T, F>,
) {
  @Resolver(() => definition.entity)
  abstract class OwnedResourceResolver extends ResourceResolver(definition, service) {
    @FieldResolver(() => LocalAuthority, { nullable: definition.tenancy === 'shared' })
    @Extensions({ [STORED_RELATION]: true })
    localAuthority(@Root() record: T): Ref<LocalAuthority> {
      return record.localAuthority;
    }
  }
  return OwnedResourceResolver;
}
