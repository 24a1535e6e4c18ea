import type { EntityClass, EntityName, FilterQuery, QueryOrderMap, RequiredEntityData } from '@mikro-orm/core';
import type { GraphQLResolveInfo } from 'graphql';
import { leanCount, leanRead } from '../access/lean.js';
import { relations } from '../access/relations.js';
import { scopeOf } from '../access/resources.js';
import type { AuthUser } from '../auth/auth-user.js';
import type { Role } from '../auth/roles.js';
import type { Context } from './context.js';
import { ConflictError, FieldErrors, ForbiddenError, NotFoundError, UserInputError } from './errors.js';
import { DEFAULT_PER_PAGE, SortOrder } from './list.js';
import { signedInUser } from './context.js';
import { creationValues, requestedChanges } from './validation.js';

/**
 * Describes one resource in the shape react-admin's GraphQL provider expects
 * (`Plan`, `allPlans`, `_allPlansMeta`, `createPlan`, `updatePlan`, `deletePlan`).
 */
export interface ResourceDefinition<T extends { id: string }, F extends object> {
  entity: EntityClass<T>;
  /** GraphQL type name, e.g. `Plan`. */
  name: string;
  /** As the `pluralize` package spells it, which is what the admin's data provider derives: `Plans`. */
  plural: string;
  filter: new () => F;
  /**
   * `self`: the local authority itself. `owned`: seen and changed only within its `localAuthority`.
   * `shared`: reference data anyone signed in may read (schools are public), changed only within its own.
   * A function: any other rule, given the caller (an auditor sees only their own audits, say).
   */
  tenancy: 'self' | 'owned' | 'shared' | ((user: AuthUser) => FilterQuery<T>);
  /**
   * Roles that may read records of this resource, however they are reached (directly, through a
   * relation, in the history); empty means anyone signed in (still only within their scope).
   */
  readRoles: Role[];
  /** Whose change history the caller reads, where narrower than whom they see (users: those they manage). */
  historyScope?: (user: AuthUser) => FilterQuery<T>;
  /** Roles that may look records up directly (`User`, `allUsers`) when fewer than those who may read them; defaults to readRoles. */
  listRoles?: Role[];
  writeRoles: Role[];
  /**
   * Fields some callers read as empty although they see the record: costs for auditors, an audit's first
   * grades for its blind moderator. Applied to the GraphQL fields and to the change history alike.
   */
  redactions?: Redaction<T>[];
  /** `sortField` values accepted, mapped to a property path (`child.caseReference`). */
  sortFields: Record<string, string>;
  defaultSort: { field: string; order: SortOrder };
  /** Free-text search behind the admin's search box (`filter.q`). */
  search?: (q: string) => FilterQuery<T>;
  /** Filter keys that do not follow the naming conventions below. */
  filterFields?: Record<string, (value: never) => FilterQuery<T>>;
}

export interface Redaction<T> {
  /** GraphQL fields of the type; those that are stored are also the change history's keys. */
  fields: string[];
  /** The record is null for a history entry whose record no longer exists. */
  hiddenFrom: (user: AuthUser | null, record: T | null) => boolean;
  /** The stored properties `hiddenFrom` reads from the record, so that reads which fetch only what is asked fetch them too. */
  reads?: (keyof T & string)[];
  /** Who cannot see them, in words, for the permissions file. */
  rule: string;
}

export interface ListArgs<F> {
  page?: number | null;
  perPage?: number | null;
  sortField?: string | null;
  sortOrder?: SortOrder | null;
  filter?: F | null;
}

const RANGE = /^(.+)_(gte|lte|gt|lt)$/;
const SMALLINT_MIN = -32768;
const SMALLINT_MAX = 32767;
/** Longer than any name, reference or title searched for; a longer `q` is refused, not scanned for. */
export const MAX_SEARCH_LENGTH = 200;

/** `q` is matched literally: `%`, `_` and `\` in it are characters, not LIKE patterns. */
const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

function pathToObject(path: string, leaf: unknown): Record<string, unknown> {
  return path
    .split('.')
    .reverse()
    .reduce<unknown>((inner, key) => ({ [key]: inner }), leaf) as Record<string, unknown>;
}

/**
 * Reads, lists, counts and deletes one kind of record within the caller's local authorities.
 * Feature services extend it with their own create and update rules.
 */
export class ResourceService<T extends { id: string; version?: number }, F extends object = object> {
  constructor(
    protected readonly ctx: Context,
    protected readonly definition: ResourceDefinition<T, F>,
  ) {}

  protected get em() {
    return this.ctx.em;
  }

  protected get user(): AuthUser {
    return signedInUser(this.ctx);
  }

  /**
   * What the caller may see, whatever else is asked: the resource's own rule (by default only their own
   * local authorities). A service whose rule needs to look something up first (the change history) overrides it.
   */
  async scope(): Promise<FilterQuery<T>> {
    return scopeOf(this.definition, this.user);
  }

  async where(filter?: F | null): Promise<FilterQuery<T>> {
    const parts: unknown[] = [await this.scope()];
    for (const [key, value] of Object.entries(filter ?? {})) {
      if (value === undefined || value === null) continue;
      parts.push(this.filterPart(key, value));
    }
    return { $and: parts } as FilterQuery<T>;
  }

  private filterPart(key: string, value: unknown): unknown {
    const custom = this.definition.filterFields?.[key];
    if (custom) return custom(value as never);
    if (key === 'q') {
      const text = String(value).trim();
      new FieldErrors()
        .check(text.length <= MAX_SEARCH_LENGTH, 'filter.q', 'maxLength', `must be at most ${MAX_SEARCH_LENGTH} characters`)
        .throwIfAny();
      return text && this.definition.search ? this.definition.search(escapeLike(text)) : {};
    }
    if (key === 'ids') return { id: { $in: value } };
    const range = RANGE.exec(key);
    this.checkStorable(range?.[1] ?? key, key, value);
    if (range) return pathToObject(range[1]!, { [`$${range[2]}`]: value });
    if (key.endsWith('Id')) return { [key.slice(0, -2)]: value };
    return { [key]: value };
  }

  /**
   * A filter's number must fit the column it is compared with: PostgreSQL refuses a GraphQL Int beyond a smallint's
   * range with an error rather than matching nothing. The list arguments skip class-validator (see checkPage), so the
   * column's own type is the rule.
   */
  private checkStorable(property: string, key: string, value: unknown): void {
    if (typeof value !== 'number') return;
    const properties: Record<string, { columnTypes?: string[] } | undefined> = this.em.getMetadata().get(this.definition.entity as EntityName<T>).properties;
    const columnType = properties[property]?.columnTypes?.[0];
    if (columnType !== 'smallint') return;
    new FieldErrors()
      .check(value >= SMALLINT_MIN, `filter.${key}`, 'min', `must not be less than ${SMALLINT_MIN}`)
      .check(value <= SMALLINT_MAX, `filter.${key}`, 'max', `must not be greater than ${SMALLINT_MAX}`)
      .throwIfAny();
  }

  private orderBy(args: ListArgs<F>): QueryOrderMap<T>[] {
    const field = args.sortField ?? this.definition.defaultSort.field;
    const path = Object.hasOwn(this.definition.sortFields, field) ? this.definition.sortFields[field] : undefined;
    if (!path) {
      throw new UserInputError([
        { field: 'sortField', rule: 'oneOf', message: `must be one of ${Object.keys(this.definition.sortFields).join(', ')}` },
      ]);
    }
    const fallback = args.sortField ? SortOrder.ASC : this.definition.defaultSort.order;
    const order = (args.sortOrder ?? fallback) === SortOrder.DESC ? 'desc' : 'asc';
    // The id breaks ties, so that pages never repeat or skip a record.
    return [pathToObject(path, order) as QueryOrderMap<T>, { id: 'asc' } as QueryOrderMap<T>];
  }

  /** A page of records; given the field being resolved, read lean (only what it asks for) where the selection allows. */
  async list(args: ListArgs<F>, info?: GraphQLResolveInfo): Promise<T[]> {
    // The arguments' own validation has already kept page and perPage in range.
    const perPage = args.perPage ?? DEFAULT_PER_PAGE;
    const page = args.page ?? 0;
    const query = { where: await this.where(args.filter), orderBy: this.orderBy(args), limit: perPage, offset: page * perPage };
    const lean = info ? await leanRead(this.ctx, { definition: this.definition, info, ...query }) : null;
    if (lean) return lean as unknown as T[];
    const found = await this.em.find(this.definition.entity, query.where, query);
    return relations(this.ctx).vouch(found);
  }

  async count(filter?: F | null): Promise<number> {
    return leanCount(this.ctx, this.definition, await this.where(filter));
  }

  /** One record in the caller's scope; anything else, existing or not, is NOT_FOUND. */
  async get(id: string): Promise<T> {
    const found = await this.em.findOne(this.definition.entity, { $and: [{ id }, await this.scope()] } as FilterQuery<T>);
    if (!found) throw new NotFoundError(this.definition.name, id);
    relations(this.ctx).vouch([found]);
    return found;
  }

  /** `get` for a query that only reads the record: lean where the selection allows. */
  async read(id: string, info: GraphQLResolveInfo): Promise<T> {
    const [found] = (await leanRead(this.ctx, { definition: this.definition, info, where: { $and: [{ id }, await this.scope()] } as FilterQuery<T> })) ?? [];
    if (found) return found as unknown as T;
    return this.get(id);
  }

  /** Shared reference data is readable everywhere but only its own local authority may change it. */
  private async getWritable(id: string): Promise<T> {
    const record = await this.get(id);
    if (this.definition.tenancy === 'shared') {
      this.assertWritableIn((record as unknown as { localAuthority: { id: string } }).localAuthority.id);
    }
    return record;
  }

  /** Loads a record for update and refuses it if someone else has changed it since `version` was read. */
  async getForUpdate(id: string, version: number): Promise<T> {
    const record = await this.getWritable(id);
    if (record.version !== version) {
      throw new ConflictError(
        `${this.definition.name} ${id} was changed by someone else (your version ${version}, now ${record.version}); reload it and apply your change again`,
        { currentVersion: record.version },
      );
    }
    return record;
  }

  /** Creates a record in one of the caller's local authorities (for `owned` resources). */
  async createRecord(localAuthorityId: string, data: Omit<RequiredEntityData<T>, 'localAuthority'>): Promise<T> {
    this.assertWritableIn(localAuthorityId);
    const values = creationValues(data, this.em.getMetadata(this.definition.entity));
    const record = this.em.create(this.definition.entity, { ...values, localAuthority: localAuthorityId } as RequiredEntityData<T>);
    await this.em.flush();
    relations(this.ctx).vouch([record]);
    return record;
  }

  /**
   * Applies the requested changes under the version check, lets `check` refuse the result (it sees the
   * record as it would be saved), then saves. A refused change is discarded with the request's unit of work.
   */
  async updateRecord(
    { id, version, ...changes }: { id: string; version: number } & object,
    check?: (record: T) => Promise<void> | void,
  ): Promise<T> {
    const record = await this.getForUpdate(id, version);
    this.em.assign(record, requestedChanges(changes, this.em.getMetadata(this.definition.entity)) as never);
    await check?.(record);
    await this.em.flush();
    return record;
  }

  async remove(id: string): Promise<T> {
    const record = await this.getWritable(id);
    await this.em.remove(record).flush();
    return record;
  }

  /** A new record may only be put in one of the caller's own local authorities. */
  assertWritableIn(localAuthorityId: string): void {
    if (!this.user.localAuthorityIds.includes(localAuthorityId)) {
      throw new ForbiddenError('You can only add records to your own local authorities');
    }
  }

  /**
   * A record referred to by an argument (`childId`, `settingId`) must exist where the caller may use it:
   * in a given local authority, in any of the caller's (`'caller'`), or for shared reference data
   * `'anywhere'`. Otherwise the argument is named in a BAD_USER_INPUT error, without revealing whether
   * a record the caller may not see exists.
   */
  async related<R extends object>(
    entity: EntityName<R>,
    field: string,
    id: string | null | undefined,
    within: string | 'caller' | 'anywhere',
    errors: FieldErrors,
  ): Promise<R | null> {
    if (id === null || id === undefined) return null;
    const found = await this.em.findOne(entity, { id } as FilterQuery<R>);
    const owner = (found as { localAuthority?: { id: string } } | null)?.localAuthority?.id;
    const held = owner !== undefined && this.user.localAuthorityIds.includes(owner);
    // A record in an authority the caller does not hold is answered as one that does not exist: "belongs to
    // another authority" would tell them it exists.
    if (!found || (within === 'caller' && !held) || (within !== 'anywhere' && owner !== undefined && !held)) {
      errors.add(field, 'exists', 'does not refer to a record you can use');
      return null;
    }
    if (within !== 'caller' && within !== 'anywhere' && owner !== within) {
      errors.add(field, 'sameLocalAuthority', 'must belong to the same local authority');
      return null;
    }
    return found;
  }
}
