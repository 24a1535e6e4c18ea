import type { EntityClass, RequiredEntityData } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * Inserts plain rows in batches, bypassing the unit of work (and so the change history): for data
 * loads such as the demo data, which are nobody's edits. Rows name related records by id.
 */
export async function bulkInsert<T extends object>(em: EntityManager, entity: EntityClass<T>, rows: readonly object[], batchSize = 2000): Promise<void> {
  for (let i = 0; i < rows.length; i += batchSize) {
    await em.insertMany<T>(entity, rows.slice(i, i + batchSize) as RequiredEntityData<T>[]);
  }
}
