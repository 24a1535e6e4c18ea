import type { ImportKindDefinition } from './kinds.js';
import { defineImportKinds } from './kinds.js';
import { importResolvers } from './resolver.js';

export { ImportMapping, ImportRun } from './entities.js';
export { confirmImport, previewImport, resolveMapping } from './engine.js';
export { importBytes, MAX_IMPORT_BYTES } from './file.js';
export { importKind, importKinds } from './kinds.js';
export type { BuiltInMapping, CellValue, FieldChange, ImportColumn, ImportKindDefinition, ImportRow, ImportScope, RowPlan } from './kinds.js';

/** Registers the features' import kinds and gives the resolvers that serve them (modules.ts calls it once). */
export function defineImports(features: readonly { imports?: readonly ImportKindDefinition[] }[]): Function[] {
  defineImportKinds(features);
  return importResolvers();
}
export { AUTHORITY_COLUMN, changesBetween, inBatches, rowAuthority } from './rows.js';
export { withImportTables } from './docs.js';
