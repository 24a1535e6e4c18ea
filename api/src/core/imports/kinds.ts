import type { EntityManager } from '@mikro-orm/postgresql';
import { registerEnumType } from 'type-graphql';
import { describeRule } from '../access/rules.js';
import type { Role } from '../auth/roles.js';
import type { LocalAuthority } from '../tenancy/local-authority.entity.js';

/** What a column holds, which decides how its cells are read. */
export type ColumnType = 'text' | 'date' | 'code' | 'yesNo' | 'number';

export interface ImportColumn {
  /**
   * Its header in the product's template, and its name in mappings and errors: SEN2's item name
   * where the SEN2 return has the item (`sen2: true`), the product's own otherwise.
   */
  name: string;
  description: string;
  type: ColumnType;
  /** A row without a value here is an error; a file without the column is refused. */
  required?: boolean;
  sen2?: boolean;
  maxLength?: number;
  /** For `code` columns: every code accepted (in any letter case), and the value it is stored as. */
  codes?: Readonly<Record<string, string>>;
}

/** A cell read by its column's type: text, an ISO date, a stored code, a yes/no, a number; null when empty. */
export type CellValue = string | number | boolean | null;

/** One row of the file, read and mapped to its columns (only the columns the file has are present). */
export interface ImportRow {
  line: number;
  values: Readonly<Record<string, CellValue>>;
  /** The columns the file has, mapped: a column absent from the file leaves its field as it is. */
  has(column: string): boolean;
  /** Records a broken rule on a column of this row; the row then writes nothing, and neither does the file. */
  fail(column: string, rule: string, message: string): void;
  failed(): boolean;
}

export interface FieldChange {
  /** The type of record the field is of, as the schema names it (Plan, Child...). */
  record: string;
  field: string;
  before: string | null;
  after: string | null;
}

/** What a row would do: make a record, change one (these fields), or nothing. */
export interface RowPlan {
  /** The key the row is matched on, in words (`CAM-000123`, `CAM-000123 2026-01-05`). */
  key: string;
  action: 'CREATE' | 'UPDATE' | 'UNCHANGED';
  changes: FieldChange[];
  /** Writes the row into the unit of work (nothing is flushed until every row has been applied). */
  apply(): void;
}

/** Where a file imports into: the chosen authority and the others the user holds (a row may name one). */
export interface ImportScope {
  em: EntityManager;
  /** The authority the import was started for: rows that name none belong to it. */
  localAuthority: LocalAuthority;
  /** Every authority the importer holds, by DfE code. */
  held: ReadonlyMap<string, LocalAuthority>;
  today: string;
}

export interface BuiltInMapping {
  name: string;
  description: string;
  /** Column name → the header the system's export gives it; unnamed columns keep their own name. */
  headers: Readonly<Record<string, string>>;
  codes?: Readonly<Record<string, Readonly<Record<string, string>>>>;
}

/**
 * One kind of file a feature imports (plans, settings...), registered in its manifest: its columns,
 * who may import it, the starting mappings, and how rows become records. The core reads, maps, checks
 * and previews the file; the kind matches rows to what is held and says what each would change.
 */
export interface ImportKindDefinition {
  /** The GraphQL enum value and the command line's `<kind>`: `PLANS`. */
  kind: string;
  description: string;
  roles: Role[];
  columns: readonly ImportColumn[];
  /** The columns a row is matched on: two rows with the same values there are one record, twice. */
  keyColumns: readonly string[];
  /** The mapping used when none is chosen: the product's template (SEN2's item names). */
  defaultMappingName: string;
  mappings?: readonly BuiltInMapping[];
  /**
   * Matches the rows (already read, each cell checked against its column) to the records held and
   * checks the rules that need them. A row with a problem gets `row.fail` and no plan.
   */
  plan(scope: ImportScope, rows: readonly ImportRow[]): Promise<Map<ImportRow, RowPlan>>;
}

const kinds = new Map<string, ImportKindDefinition>();
const roles: Record<string, Role[]> = {};

/** The GraphQL enum of import kinds, filled from the features' manifests before the schema is built. */
export const ImportKind: Record<string, string> = {};
const valuesConfig: Record<string, { description: string }> = {};
registerEnumType(ImportKind, { name: 'ImportKind', description: 'A kind of file the product imports', valuesConfig });

describeRule('importKinds', { description: 'Who imports each kind of file (previews it, confirms it, keeps its column mappings)', roles });

/** Registers every feature's import kinds; the application calls it once with its features (modules.ts). */
export function defineImportKinds(features: readonly { imports?: readonly ImportKindDefinition[] }[]): void {
  for (const definition of features.flatMap((feature) => feature.imports ?? [])) {
    if (kinds.has(definition.kind) && kinds.get(definition.kind) !== definition) throw new Error(`Two import kinds are named ${definition.kind}`);
    kinds.set(definition.kind, definition);
    ImportKind[definition.kind] = definition.kind;
    valuesConfig[definition.kind] = { description: definition.description };
    roles[definition.kind] = definition.roles;
  }
}

export function importKind(kind: string): ImportKindDefinition {
  const found = kinds.get(kind);
  if (!found) throw new Error(`No import kind ${kind}`);
  return found;
}

export function importKinds(): ImportKindDefinition[] {
  return [...kinds.values()];
}

/** Everyone who may import something: who may call the import operations at all (each kind then checks its own). */
export function importerRoles(): Role[] {
  return [...new Set(importKinds().flatMap((kind) => kind.roles))];
}
