import type { FilterQuery, QueryOrderMap } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { registerEnumType } from 'type-graphql';
import { hasAnyRole, type AuthUser } from '../auth/auth-user.js';
import type { Role } from '../auth/roles.js';
import { listRoles, scopeOf } from '../access/resources.js';
import { addDays } from '../dates.js';
import type { Feature } from '../feature.js';
import type { ResourceDefinition } from '../graphql/resource.js';

/** The product's default: two weeks is how far ahead the councils' own trackers flag work as due soon. */
export const DUE_SOON_DAYS = 14;

/** How near a work item's due date is. */
export enum WorkStatus {
  OVERDUE = 'OVERDUE',
  DUE_SOON = 'DUE_SOON',
  UPCOMING = 'UPCOMING',
}
registerEnumType(WorkStatus, {
  name: 'WorkStatus',
  valuesConfig: {
    OVERDUE: { description: 'Past its due date' },
    DUE_SOON: { description: `Due today or within ${DUE_SOON_DAYS} days` },
    UPCOMING: { description: 'Due later' },
  },
});

export function workStatus(dueOn: string, today: string): WorkStatus {
  if (dueOn < today) return WorkStatus.OVERDUE;
  return dueOn <= addDays(today, DUE_SOON_DAYS) ? WorkStatus.DUE_SOON : WorkStatus.UPCOMING;
}

/**
 * One kind of work a feature's records ask of someone (an audit to score, an overdue visit action),
 * offered in its manifest. The core reads the records through the resource's own scope for the person
 * whose work it is and for the person asking, so an item is only ever one both could open directly.
 */
export interface WorkItemSource<T extends { id: string } = any> {
  /** A stable code, e.g. `AUDIT_TO_SCORE`. */
  kind: string;
  /** The kind in words, as the admin shows it: "Audit to score". */
  label: string;
  resource: ResourceDefinition<T, any>;
  /** Work of a role's holders rather than of a named person (the DCO's advice reviews); else everyone's. */
  forRoles?: Role[];
  /** The records waiting on `user`, within the resource's scope (which the core adds). */
  waitingOn(user: AuthUser, today: string): FilterQuery<T>;
  /** The property path of the date the work falls due by (or counts from, with `dueAfterDays`). */
  dueField: string;
  /** The work is due this many days after the date in `dueField` (an exception note after the period ends). */
  dueAfterDays?: number;
  /** The relations `title` reads. */
  populate?: string[];
  /** What it is, without a child's name: a case reference is fine inside the product. */
  title(record: T): string;
  /** The record the admin opens for it, where not the record itself (a visit action opens its placement). */
  opens?(record: T): { resource: string; id: string };
}

/** A title is one line: free text up to 100 characters. */
export function titleLine(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > 100 ? `${line.slice(0, 99)}…` : line;
}

export interface WorkItem {
  kind: string;
  label: string;
  title: string;
  dueOn: string;
  status: WorkStatus;
  resource: string;
  recordId: string;
  localAuthorityId: string;
  assigneeId: string;
}

const sources: WorkItemSource[] = [];

/** Gathers the sources from the features' manifests, once (modules.ts): the core imports no feature. */
export function defineWorkItems(features: readonly Pick<Feature, 'name' | 'workItems'>[]): void {
  if (sources.length > 0) throw new Error('The work item sources are defined once, by modules.ts');
  const kinds = new Set<string>();
  for (const feature of features) {
    for (const source of feature.workItems ?? []) {
      if (kinds.has(source.kind)) throw new Error(`Work item kind ${source.kind} of ${feature.name} is offered by another feature too`);
      kinds.add(source.kind);
      sources.push(source);
    }
  }
}

export function workItemSources(): readonly WorkItemSource[] {
  return sources;
}

const pathTo = (path: string, leaf: unknown): Record<string, unknown> =>
  path
    .split('.')
    .reverse()
    .reduce<unknown>((inner, key) => ({ [key]: inner }), leaf) as Record<string, unknown>;

function valueAt(record: object, path: string): unknown {
  let value: unknown = record;
  for (const key of path.split('.')) {
    value = (value as Record<string, unknown> | null)?.[key];
    // A loaded reference reads through to its entity.
    if (value && typeof (value as { unwrap?: unknown }).unwrap === 'function') value = (value as { unwrap(): unknown }).unwrap();
  }
  return value;
}

function mayOpen(source: WorkItemSource, user: AuthUser): boolean {
  const listers = listRoles(source.resource);
  return listers.length === 0 || hasAnyRole(user, listers);
}

/** Whether the source is work for the assignee at all, and both they and the reader may open its records directly. */
const applies = (source: WorkItemSource, { assignee, reader }: WorkQuery) =>
  (!source.forRoles || hasAnyRole(assignee, source.forRoles)) && mayOpen(source, assignee) && mayOpen(source, reader);

export interface WorkQuery {
  /** Whose work it is. */
  assignee: AuthUser;
  /** Who asks: they see only what their own scope lets them open. */
  reader: AuthUser;
  today: string;
}

function whereFor<T extends { id: string }>(source: WorkItemSource<T>, { assignee, reader, today }: WorkQuery, due?: object): FilterQuery<T> {
  const parts: unknown[] = [scopeOf(source.resource, assignee), scopeOf(source.resource, reader), source.waitingOn(assignee, today)];
  if (due) parts.push(pathTo(source.dueField, due));
  return { $and: parts } as FilterQuery<T>;
}

/** The date in `dueField` that is due on `date`. */
const shifted = (source: WorkItemSource, date: string) => (source.dueAfterDays ? addDays(date, -source.dueAfterDays) : date);

/**
 * The first `limit` items of one person's work, soonest due first, from every source: each source is
 * read up to `limit` in due order, so the merged first `limit` are exact whatever the page.
 */
export async function workItems(em: EntityManager, query: WorkQuery, limit: number): Promise<WorkItem[]> {
  const items: WorkItem[] = [];
  for (const source of sources) {
    if (!applies(source, query)) continue;
    const found = await em.find(source.resource.entity, whereFor(source, query), {
      populate: (source.populate ?? []) as never[],
      orderBy: [pathTo(source.dueField, 'asc') as QueryOrderMap<object>, { id: 'asc' }],
      limit,
    });
    for (const record of found as ({ id: string; localAuthority?: { id: string } } & object)[]) {
      const stored = String(valueAt(record, source.dueField));
      const dueOn = source.dueAfterDays ? addDays(stored, source.dueAfterDays) : stored;
      const opens = source.opens?.(record) ?? { resource: source.resource.name, id: record.id };
      items.push({
        kind: source.kind,
        label: source.label,
        title: source.title(record),
        dueOn,
        status: workStatus(dueOn, query.today),
        resource: opens.resource,
        recordId: opens.id,
        localAuthorityId: record.localAuthority?.id ?? '',
        assigneeId: query.assignee.id,
      });
    }
  }
  return items.sort((a, b) => a.dueOn.localeCompare(b.dueOn) || a.kind.localeCompare(b.kind) || a.recordId.localeCompare(b.recordId)).slice(0, limit);
}

export interface WorkCounts {
  overdue: number;
  dueSoon: number;
  total: number;
}

/** How many items of work one person has in all: one count per source. */
export async function workTotal(em: EntityManager, query: WorkQuery): Promise<number> {
  let total = 0;
  for (const source of sources) if (applies(source, query)) total += await em.count(source.resource.entity, whereFor(source, query));
  return total;
}

/** How much of one person's work is overdue, due soon, and in all, counted in SQL per source. */
export async function workCounts(em: EntityManager, query: WorkQuery): Promise<WorkCounts> {
  const counts: WorkCounts = { overdue: 0, dueSoon: 0, total: 0 };
  const soon = addDays(query.today, DUE_SOON_DAYS);
  for (const source of sources) {
    if (!applies(source, query)) continue;
    const entity = source.resource.entity;
    counts.overdue += await em.count(entity, whereFor(source, query, { $lt: shifted(source, query.today) }));
    counts.dueSoon += await em.count(entity, whereFor(source, query, { $gte: shifted(source, query.today), $lte: shifted(source, soon) }));
    counts.total += await em.count(entity, whereFor(source, query));
  }
  return counts;
}
