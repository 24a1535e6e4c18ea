import { Collection, helper, Reference, ReferenceKind, Utils, type EntityClass, type FilterQuery, type QueryOrderMap } from '@mikro-orm/core';
import DataLoader from 'dataloader';
import type { Context } from '../graphql/context.js';
import { whenQuiet } from '../request-context.js';
import { mayRead, resourceOf, scopeOf, type AnyResource } from './resources.js';

type Row = { id: string } & Record<string, unknown>;
type Order = QueryOrderMap<object>;

function definitionOf(entity: Function): AnyResource {
  const definition = resourceOf(entity);
  if (!definition) throw new Error(`${entity.name} is not a resource: no read rule to load it by`);
  return definition;
}

function entityOf(record: object): { entity: EntityClass<object>; id: string } {
  const wrapped = helper(Reference.isReference(record) ? record.unwrap() : record);
  return { entity: wrapped.__meta.class as EntityClass<object>, id: String(wrapped.getPrimaryKey()) };
}

/**
 * The one way the API reads records of a resource reached from somewhere else (a relation, a nested
 * list, a history entry, a figure's records): through that resource's own scoped read, the caller's
 * authorities, read roles and per-caller rule. A record the caller may not see is simply not found.
 * Loads are batched per request, and sent when the request has no statement in flight: every relation
 * of a page of a list costs one statement per level, whatever order the database answers in.
 */
export class Relations {
  private readonly byId = new Map<Function, DataLoader<string, object | null>>();
  private readonly byParent = new Map<string, DataLoader<string, object[]>>();
  private readonly linkedTo = new Map<string, DataLoader<string, string[]>>();
  /** Records read through a scope during this request: the field guard lets them through unchecked. */
  private readonly vouched = new WeakSet<object>();

  constructor(private readonly ctx: Context) {}

  /** Marks records already read through their resource's scope for this caller. */
  vouch<T extends object>(records: T[]): T[] {
    for (const record of records) this.vouched.add(record);
    return records;
  }

  private where(definition: AnyResource, condition: object): FilterQuery<object> | null {
    if (!mayRead(definition, this.ctx.user)) return null;
    return { $and: [condition, scopeOf(definition, this.ctx.user)] } as FilterQuery<object>;
  }

  private loaderById(entity: Function): DataLoader<string, object | null> {
    let loader = this.byId.get(entity);
    if (!loader) {
      const definition = definitionOf(entity);
      // No cache across ticks: a mutation may change a record read earlier in the same request.
      loader = new DataLoader<string, object | null>(
        async (ids) => {
          const where = this.where(definition, { id: { $in: [...new Set(ids)] } });
          const found = where ? ((await this.ctx.em.find(definition.entity, where)) as Row[]) : [];
          const byId = new Map(this.vouch(found).map((record) => [record.id, record]));
          return ids.map((id) => byId.get(id) ?? null);
        },
        { cache: false, batchScheduleFn: whenQuiet },
      );
      this.byId.set(entity, loader);
    }
    return loader;
  }

  /** The record a reference points to, or null if there is none or the caller may not see it. */
  async one<T extends object>(reference: T | Reference<T> | null | undefined): Promise<T | null> {
    if (reference === null || reference === undefined) return null;
    const { entity, id } = entityOf(reference);
    return (await this.loaderById(entity).load(id)) as T | null;
  }

  /** The record of `entity` with this id (a history entry's record), if the caller may see it. */
  async record<T extends object>(entity: EntityClass<T>, id: string): Promise<T | null> {
    return (await this.loaderById(entity).load(id)) as T | null;
  }

  /**
   * For a derived field (a placement's case reference) whose related record the rules always show with
   * its parent: a record hidden here means the data broke an invariant, which must not pass silently.
   */
  async expect<T extends object>(reference: T | Reference<T>): Promise<T> {
    const found = await this.one(reference);
    if (!found) throw new Error(`${entityOf(reference).entity.name} ${entityOf(reference).id} is not visible with its parent`);
    return found;
  }

  /** The records with these ids the caller may see, in the order given. */
  async many<T extends object>(entity: EntityClass<T>, ids: readonly string[]): Promise<T[]> {
    const found = await this.loaderById(entity).loadMany(ids);
    return found.filter((record): record is T => record !== null && !(record instanceof Error));
  }

  /** The records of `entity` whose `via` relation points at `parentId` (a placement's outcomes), that the caller may see. */
  children<T extends object>(entity: EntityClass<T>, via: string, parentId: string, orderBy?: QueryOrderMap<T>): Promise<T[]> {
    const order = [...(orderBy ? [orderBy as Order] : []), { id: 'asc' } as Order];
    const key = `${entity.name}.${via}.${JSON.stringify(order)}`;
    let loader = this.byParent.get(key);
    if (!loader) {
      const definition = definitionOf(entity);
      loader = new DataLoader<string, object[]>(
        async (parentIds) => {
          const where = this.where(definition, { [via]: { $in: [...new Set(parentIds)] } });
          const found = where ? ((await this.ctx.em.find(definition.entity, where, { orderBy: order })) as Row[]) : [];
          const byParent = new Map<string, object[]>();
          for (const record of this.vouch(found)) {
            const parent = entityOf(record[via] as object).id;
            byParent.set(parent, [...(byParent.get(parent) ?? []), record]);
          }
          return parentIds.map((id) => byParent.get(id) ?? []);
        },
        { cache: false, batchScheduleFn: whenQuiet },
      );
      this.byParent.set(key, loader);
    }
    return loader.load(parentId) as Promise<T[]>;
  }

  /**
   * The ids a many-to-many collection links its owner to (a user's local authorities), read with the
   * request's own EntityManager: the owner may come from a mutation whose transaction has ended.
   */
  private linked(owner: { entity: EntityClass<object>; id: string }, property: string): Promise<string[]> {
    const key = `${owner.entity.name}.${property}`;
    let loader = this.linkedTo.get(key);
    if (!loader) {
      loader = new DataLoader<string, string[]>(
        async (ownerIds) => {
          const owners = (await this.ctx.em.find(owner.entity, { id: { $in: [...new Set(ownerIds)] } }, { populate: [property] as never[] })) as Row[];
          const links = new Map(owners.map((found) => [found.id, (found[property] as Collection<object>).getItems().map((record) => entityOf(record).id)]));
          return ownerIds.map((id) => links.get(id) ?? []);
        },
        { cache: false, batchScheduleFn: whenQuiet },
      );
      this.linkedTo.set(key, loader);
    }
    return loader.load(owner.id);
  }

  /** The records of a collection (a placement's outcomes, an action's KPIs) the caller may see. */
  async collection<T extends object>(items: Collection<T>): Promise<T[]> {
    const property = items.property;
    const entity = property.targetMeta!.class as EntityClass<T>;
    const owner = entityOf(items.owner as object);
    if (property.kind === ReferenceKind.ONE_TO_MANY) return this.children(entity, property.mappedBy, owner.id, property.orderBy as QueryOrderMap<T> | undefined);
    // Many-to-many: which records are linked comes from the link table; whether the caller sees them, from their scope.
    return this.many(entity, await this.linked(owner, property.name));
  }

  /**
   * Whether the caller may see this record, read through its scope unless already read that way. An
   * entity, a reference or a bare `{ id }` (a lean read's relation it did not read) is loaded by its id.
   */
  private admitOne(value: object, entity: EntityClass<object>): object | Promise<object | null> {
    if (this.vouched.has(value)) return value;
    const id = Utils.isEntity(value) || Reference.isReference(value) ? entityOf(value).id : String((value as { id: unknown }).id);
    return this.loaderById(entity).load(id);
  }

  /**
   * What a field typed as a resource may answer, whatever produced it: a reference or a collection is
   * loaded through the scope; records are kept only if the caller may see them; a list loses the rest.
   * Records already read through their scope pass at once, without a promise.
   */
  admit(value: unknown, entity: EntityClass<object>): unknown {
    if (value === null || value === undefined) return null;
    if (value instanceof Collection) return this.collection(value as Collection<object>);
    if (Array.isArray(value)) {
      const items = value.filter((item) => item !== null && item !== undefined) as object[];
      if (items.every((item) => this.vouched.has(item))) return items;
      return Promise.all(items.map((item) => this.admitOne(item, entity))).then((admitted) => admitted.filter((item) => item !== null));
    }
    return this.admitOne(value as object, entity);
  }
}

const perRequest = new WeakMap<Context, Relations>();

/** The request's scoped loader: every relation read for the caller goes through it. */
export function relations(ctx: Context): Relations {
  let found = perRequest.get(ctx);
  if (!found) {
    found = new Relations(ctx);
    perRequest.set(ctx, found);
  }
  return found;
}
