import type { LocalAuthority } from '../tenancy/local-authority.entity.js';
import type { FieldChange, ImportRow, ImportScope } from './kinds.js';

/** The SEN2 header item naming a row's local authority by its DfE code. */
export const AUTHORITY_COLUMN = 'LA';

/**
 * The authority a row belongs to: the one its LA column names, which the importer must hold, or the one
 * imported into. A row for an authority the importer does not hold is an error, never a silent skip.
 */
export function rowAuthority(scope: ImportScope, row: ImportRow): LocalAuthority | null {
  const code = row.values[AUTHORITY_COLUMN];
  if (code === null || code === undefined) return scope.localAuthority;
  const found = scope.held.get(String(code));
  if (!found) row.fail(AUTHORITY_COLUMN, 'authorityHeld', `${code} is not a local authority you hold`);
  return found ?? null;
}

const shown = (value: unknown): string | null => (value === null || value === undefined ? null : String(value));

/** The fields of a record of type `record` whose value would change, before and after as text. */
export function changesBetween(record: { name: string }, before: object, after: Readonly<Record<string, unknown>>): FieldChange[] {
  const held = before as Record<string, unknown>;
  return Object.keys(after)
    .filter((field) => shown(held[field]) !== shown(after[field]))
    .map((field) => ({ record: record.name, field, before: shown(held[field]), after: shown(after[field]) }));
}

/** Looks records up in batches of this many keys, well inside PostgreSQL's limit on parameters. */
export const LOOKUP_BATCH = 5000;

export async function inBatches<K, T>(keys: readonly K[], find: (batch: K[]) => Promise<T[]>): Promise<T[]> {
  const found: T[] = [];
  for (let start = 0; start < keys.length; start += LOOKUP_BATCH) found.push(...(await find(keys.slice(start, start + LOOKUP_BATCH))));
  return found;
}
