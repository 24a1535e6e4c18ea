/**
 * The sorts the API accepts for each resource, from schema/access.json (emitted by `pnpm schema` from the API's
 * resource definitions). The API refuses any other sortField with BAD_USER_INPUT, and react-admin asks for one
 * of its own whenever a screen does not say (a ReferenceInput sorts by `id`), so every list read goes through
 * `acceptedSort` and every list's default sort is the API's.
 */
import type { SortPayload } from 'react-admin';
import access from '../../../schema/access.json';

interface ResourceSorts {
  sortFields: string[];
  defaultSort: { field: string; order: string };
}

const resources = access.resources as Record<string, ResourceSorts | undefined>;

/** The API's own default order for a resource's lists. */
export function defaultSort(resource: string): SortPayload {
  const known = resources[resource];
  if (!known) throw new Error(`${resource} is not a resource of the API (schema/access.json)`);
  return { field: known.defaultSort.field, order: known.defaultSort.order === 'DESC' ? 'DESC' : 'ASC' };
}

/** Whether the API sorts the resource's lists by this field. */
export function isSortable(resource: string, field: string): boolean {
  return resources[resource]?.sortFields.includes(field) ?? false;
}

/**
 * The sort asked for when the API accepts it, otherwise the resource's default, so no screen can ask for a
 * sort the API refuses. Reads that are not the API's resources (custom queries) pass through unchanged.
 */
export function acceptedSort(resource: string, sort: SortPayload): SortPayload;
export function acceptedSort(resource: string, sort: SortPayload | undefined): SortPayload | undefined;
export function acceptedSort(resource: string, sort: SortPayload | undefined): SortPayload | undefined {
  if (!resources[resource] || (sort && isSortable(resource, sort.field))) return sort;
  return defaultSort(resource);
}
