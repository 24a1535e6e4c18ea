import { raw, type FilterQuery } from '@mikro-orm/core';
import { MaxLength } from 'class-validator';
import { DateTimeResolver, JSONObjectResolver } from 'graphql-scalars';
import { Ctx, Field, FieldResolver, InputType, Resolver, Root } from 'type-graphql';
import { relations } from '../access/relations.js';
import { mayRead, registeredResources, resourceNamed, scopeOf, type AnyResource } from '../access/resources.js';
import { Role } from '../auth/roles.js';
import type { Context } from '../graphql/context.js';
import { SortOrder } from '../graphql/list.js';
import { ResourceService, type ResourceDefinition } from '../graphql/resource.js';
import { ReadOnlyResourceResolver } from '../graphql/resource.resolver.js';
import { UUID } from '../graphql/uuid.js';
import { LocalAuthorityRecord } from '../tenancy/local-authority-record.js';
import { ChangeAction, ChangeRecord } from './change-record.entity.js';
import { RecordType } from './record-types.js';

@InputType()
export class ChangeRecordFilter {
  @Field(() => [UUID], { nullable: true }) ids?: string[];
  @Field(() => RecordType, { nullable: true }) entityName?: string;
  @Field(() => UUID, { nullable: true }) entityId?: string;
  @Field(() => UUID, { nullable: true }) actorId?: string;
  @Field(() => ChangeAction, { nullable: true }) action?: ChangeAction;
  @Field(() => String, { nullable: true, description: 'The changes an import made: `ImportRun:<id>`' }) @MaxLength(100) cause?: string;
  @Field(() => DateTimeResolver, { nullable: true }) at_gte?: Date;
  @Field(() => DateTimeResolver, { nullable: true }) at_lte?: Date;
}

const changeRecords: ResourceDefinition<ChangeRecord, ChangeRecordFilter> = {
  entity: ChangeRecord,
  name: 'ChangeRecord',
  plural: 'ChangeRecords',
  filter: ChangeRecordFilter,
  // Narrowed further by the service below, record by record.
  tenancy: (user) => ({ $or: [{ localAuthorityId: { $in: user.localAuthorityIds } }, { localAuthorityId: null }] }),
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

/** A resource whose records name the local authority they belong to, as their history entries then do. */
const carriesAuthority = (definition: AnyResource) => definition.tenancy === 'self' || definition.entity.prototype instanceof LocalAuthorityRecord;

class ChangeRecordService extends ResourceService<ChangeRecord, ChangeRecordFilter> {
  /**
   * An entry whose record is (or, negated, is not) among those `where` picks, as a condition on the
   * entry itself: the records are a sub-query of the same statement, never read ahead of it.
   */
  private about(definition: AnyResource, where: object, among: boolean, alias: string): FilterQuery<ChangeRecord> {
    const records = this.em.createQueryBuilder(definition.entity, alias).select('id').where(where).getFormattedQuery();
    // entity_id is text, since it names records of every kind.
    return { [raw(`"entity_id" ${among ? 'in' : 'not in'} (select "picked"."id"::text from (${records}) as "picked")`)]: [] } as FilterQuery<ChangeRecord>;
  }

  /**
   * An entry is shown only where its record's own resource would show the record: none of a resource
   * the caller may not read; none about a record a per-caller rule hides from them (a KPI in pounds
   * from an auditor); of records that name no local authority (users), only those the caller may see.
   */
  override async scope(): Promise<FilterQuery<ChangeRecord>> {
    const user = this.user;
    const unreadable: string[] = [];
    const unowned: FilterQuery<ChangeRecord>[] = [];
    const hidden: FilterQuery<ChangeRecord>[] = [];
    for (const definition of registeredResources()) {
      if (definition === changeRecords) continue;
      if (!mayRead(definition, user)) {
        unreadable.push(definition.name);
      } else if (!carriesAuthority(definition)) {
        const visible = this.about(definition, definition.historyScope?.(user) ?? scopeOf(definition, user), true, `history_${unowned.length}`);
        unowned.push({ $and: [{ localAuthorityId: null, entityName: definition.name }, visible] });
      } else if (typeof definition.tenancy === 'function') {
        const withheld = { $and: [{ localAuthority: { $in: user.localAuthorityIds } }, { $not: scopeOf(definition, user) }] };
        hidden.push({ $or: [{ entityName: { $ne: definition.name } }, this.about(definition, withheld, false, `hidden_${hidden.length}`)] });
      }
    }
    return { $and: [{ entityName: { $nin: unreadable } }, { $or: [{ localAuthorityId: { $in: user.localAuthorityIds } }, ...unowned] }, ...hidden] };
  }
}

const service = (ctx: Context) => new ChangeRecordService(ctx, changeRecords);

/** The change history: read-only by design, so nothing in it can be edited or deleted through the API. */
@Resolver(() => ChangeRecord)
export class ChangeRecordResolver extends ReadOnlyResourceResolver(changeRecords, service) {
  /**
   * A field the record's resource hides from the caller (a cost from an auditor, a first grade from a
   * blind moderator) is hidden in its history too: the entry says it changed, not from what to what.
   */
  @FieldResolver(() => JSONObjectResolver, { description: '{ field: { before, after } } for every field that changed' })
  async changes(@Root() entry: ChangeRecord, @Ctx() ctx: Context): Promise<ChangeRecord['changes']> {
    const redactions = resourceNamed(entry.entityName)?.redactions ?? [];
    if (redactions.length === 0) return entry.changes;
    const record = await relations(ctx).record(resourceNamed(entry.entityName)!.entity, entry.entityId);
    const hidden = new Set(redactions.filter((redaction) => redaction.hiddenFrom(ctx.user, record)).flatMap((redaction) => redaction.fields));
    const shown = (value: unknown) => (value === null ? null : '[hidden]');
    return Object.fromEntries(
      Object.entries(entry.changes).map(([field, change]) => [field, hidden.has(field) ? { before: shown(change.before), after: shown(change.after) } : change]),
    );
  }
}
