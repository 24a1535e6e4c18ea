import { ChangeSetType, helper, type ChangeSet, type EntityManager, type EntityProperty, type Platform, type EventSubscriber, type FlushEventArgs } from '@mikro-orm/core';
import { currentRequest } from '../request-context.js';
import { currentChangeCause } from './cause.js';
import { ChangeAction, ChangeRecord } from './change-record.entity.js';

const ACTIONS: Partial<Record<ChangeSetType, ChangeAction>> = {
  [ChangeSetType.CREATE]: ChangeAction.CREATE,
  [ChangeSetType.UPDATE]: ChangeAction.UPDATE,
  [ChangeSetType.DELETE]: ChangeAction.DELETE,
};

/** Bookkeeping columns that every update touches; recording them would only add noise. */
const IGNORED_FIELDS = new Set(['version', 'updatedAt', 'createdAt']);
/** Entities whose rows are not business records (sign-in sessions) or are the history itself. */
const UNTRACKED = new Set(['ChangeRecord', 'Session']);

/** A value as the API shows it: database forms (a Postgres array literal, say) turned back into JavaScript. */
function comparable(value: unknown, prop: EntityProperty | undefined, platform: Platform): unknown {
  if (value === null || value === undefined) return null;
  const shown = prop?.customType && typeof value === 'string' ? prop.customType.convertToJSValue(value, platform) : value;
  if (shown instanceof Date) return shown.toISOString();
  if (shown && typeof shown === 'object' && 'id' in shown) return (shown as { id: unknown }).id;
  return shown;
}

function describe(cs: ChangeSet<object>, em: EntityManager): Record<string, { before: unknown; after: unknown }> {
  const changes: Record<string, { before: unknown; after: unknown }> = {};
  const meta = cs.meta;
  // A deleted record is kept whole, as it stood, so that nothing is lost with it.
  const original = (cs.type === ChangeSetType.DELETE ? em.getComparator().prepareEntity(cs.entity) : (cs.originalEntity ?? {})) as Record<string, unknown>;
  const keys = Object.keys(cs.type === ChangeSetType.DELETE ? original : cs.payload);
  for (const key of keys) {
    if (IGNORED_FIELDS.has(key)) continue;
    const prop = (meta.properties as Record<string, EntityProperty | undefined>)[key];
    const hidden = prop?.hidden === true;
    const before = cs.type === ChangeSetType.CREATE ? null : comparable(original[key], prop, em.getPlatform());
    const after = cs.type === ChangeSetType.DELETE ? null : comparable((cs.payload as Record<string, unknown>)[key], prop, em.getPlatform());
    if (JSON.stringify(before) === JSON.stringify(after)) continue;
    // A secret's change is worth recording; its value is not.
    changes[key] = hidden ? { before: before === null ? null : '[redacted]', after: after === null ? null : '[redacted]' } : { before, after };
  }
  return changes;
}

function ids(items: readonly object[] | undefined): string[] {
  return (items ?? []).map((item) => String((item as { id: unknown }).id)).sort();
}

/**
 * Writes a ChangeRecord for every create, update and delete in the same flush, and so in the
 * same transaction: a change cannot land without its history, nor history without its change.
 */
export class HistorySubscriber implements EventSubscriber {
  async onFlush({ uow, em }: FlushEventArgs): Promise<void> {
    const request = currentRequest();
    const cause = currentChangeCause();
    const records = new Map<object, ChangeRecord>();
    const recordFor = (entity: object, className: string, action: ChangeAction): ChangeRecord => {
      let record = records.get(entity);
      if (!record) {
        const { id, localAuthority } = entity as { id: unknown; localAuthority?: { id?: string } };
        record = new ChangeRecord();
        record.action = action;
        record.entityName = className;
        record.entityId = String(id);
        record.localAuthorityId = className === 'LocalAuthority' ? String(id) : (localAuthority?.id ?? null);
        record.actorId = request?.user?.id ?? null;
        record.actorEmail = request?.user?.email ?? 'system';
        record.requestId = request?.requestId ?? null;
        record.cause = cause;
        record.changes = {};
        records.set(entity, record);
      }
      return record;
    };

    for (const cs of uow.getChangeSets()) {
      const action = ACTIONS[cs.type];
      if (!action || UNTRACKED.has(cs.meta.className)) continue;
      const changes = describe(cs, em);
      if (action === ChangeAction.UPDATE && Object.keys(changes).length === 0) continue;
      Object.assign(recordFor(cs.entity, cs.meta.className, action).changes, changes);
    }

    // Many-to-many links (a user's local authorities) change outside the entity's own columns.
    for (const collection of uow.getCollectionUpdates()) {
      const owner = collection.owner as object;
      const className = helper(owner).__meta.className;
      if (UNTRACKED.has(className) || !collection.property.owner) continue;
      const before = ids(collection.getSnapshot());
      const after = ids(collection.getItems(false));
      if (before.join() === after.join()) continue;
      recordFor(owner, className, ChangeAction.UPDATE).changes[collection.property.name] = { before, after };
    }

    for (const record of records.values()) uow.computeChangeSet(record);
  }
}
