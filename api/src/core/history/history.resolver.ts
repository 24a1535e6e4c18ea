import { MaxLength } from 'class-validator';
import { DateTimeResolver } from 'graphql-scalars';
import { Field, InputType, Resolver } from 'type-graphql';
import { Role } from '../auth/roles.js';
import { userHistoryVisibleTo } from '../auth/user-scope.js';
import { SortOrder } from '../graphql/list.js';
import type { ResourceDefinition } from '../graphql/resource.js';
import { ReadOnlyResourceResolver } from '../graphql/resource.resolver.js';
import { ChangeAction, ChangeRecord } from './change-record.entity.js';
import { UUID } from '../graphql/uuid.js';

@InputType()
export class ChangeRecordFilter {
  @Field(() => [UUID], { nullable: true }) ids?: string[];
  @Field(() => String, { nullable: true }) @MaxLength(100) entityName?: string;
  @Field(() => UUID, { nullable: true }) entityId?: string;
  @Field(() => UUID, { nullable: true }) actorId?: string;
  @Field(() => ChangeAction, { nullable: true }) action?: ChangeAction;
  @Field(() => DateTimeResolver, { nullable: true }) at_gte?: Date;
  @Field(() => DateTimeResolver, { nullable: true }) at_lte?: Date;
}

const changeRecords: ResourceDefinition<ChangeRecord, ChangeRecordFilter> = {
  entity: ChangeRecord,
  name: 'ChangeRecord',
  plural: 'ChangeRecords',
  filter: ChangeRecordFilter,
  // Area-wide records carry no local authority: every admin may read those, except users' (see userHistoryVisibleTo).
  tenancy: (user) => ({
    $or: [
      { localAuthorityId: { $in: user.localAuthorityIds } },
      { localAuthorityId: null, entityName: { $ne: 'User' } },
      userHistoryVisibleTo(user),
    ],
  }),
  readRoles: [Role.ADMIN],
  writeRoles: [],
  sortFields: { at: 'at', entityName: 'entityName', actorEmail: 'actorEmail' },
  defaultSort: { field: 'at', order: SortOrder.DESC },
  // entityId and actorId are plain columns here, not relations.
  filterFields: {
    entityId: (id: string) => ({ entityId: id }),
    actorId: (id: string) => ({ actorId: id }),
  },
};

/** The change history: read-only by design, so nothing in it can be edited or deleted through the API. */
@Resolver(() => ChangeRecord)
export class ChangeRecordResolver extends ReadOnlyResourceResolver(changeRecords) {}
