/**
 * The admin's CSV downloads, written by the API's own CSV writer (`@send-qa/api/csv`: formulas escaped, CRLF),
 * with a byte-order mark so that Excel reads "£" and accented names as UTF-8.
 */
import { toCsv } from '@send-qa/api/csv';
import { getNamedType, getNullableType, isEnumType, isListType, isObjectType, isScalarType } from 'graphql';
import { downloadCSV, type Exporter, type RaRecord } from 'react-admin';
import { apiSchema } from './apiSchema';
import { enumLabels } from './labels';

type Cell = string | number | boolean | null | undefined;

export interface Column<T> {
  label: string;
  value: (row: T) => Cell;
}

const text = (value: Cell): string | number | null | undefined => (typeof value === 'boolean' ? (value ? 'yes' : 'no') : value);

/** Downloads rows as CSV with the given columns, in that order, headed by their labels. */
export function downloadRows<T>(filename: string, columns: Column<T>[], rows: T[]): void {
  const csv = toCsv([columns.map((c) => c.label), ...rows.map((row) => columns.map((c) => text(c.value(row))))]);
  downloadCSV(`\uFEFF${csv}`, filename);
}

/** The field of a record type that names one to a reader, in the order they are preferred. */
const NAMING_FIELDS = ['name', 'displayName', 'caseReference', 'title'];

/** "nextVisitDue" → "Next visit due". */
const columnLabel = (field: string) => {
  const words = field.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
};

const labelsOf = (enumName: string): Record<string, string> | undefined => enumLabels[enumName as keyof typeof enumLabels];

/**
 * A list's records as CSV, its columns read from the API's type: every value field (enums named as the screens
 * name them) and every related record by its name, fetched for the export, as the list only holds its id. A
 * related record the reader may not list is left out rather than failing the whole export.
 */
export const recordExporter: Exporter = async (records: RaRecord[], fetchRelatedRecords, _dataProvider, resource) => {
  const type = resource ? apiSchema.getType(resource) : undefined;
  if (!isObjectType(type)) throw new Error(`The API has no record type ${resource}`);
  const columns: Column<RaRecord>[] = [];
  for (const field of Object.values(type.getFields())) {
    const fieldType = getNullableType(field.type);
    if (isListType(fieldType) || field.args.length || field.name === 'version') continue;
    const named = getNamedType(fieldType);
    const label = columnLabel(field.name);
    if (isEnumType(named)) {
      const labels = labelsOf(named.name);
      columns.push({ label, value: (r) => (r[field.name] == null ? null : (labels?.[r[field.name] as string] ?? r[field.name])) });
    } else if (isScalarType(named)) {
      columns.push({ label, value: (r) => r[field.name] as Cell });
    } else if (isObjectType(named)) {
      const naming = NAMING_FIELDS.find((name) => name in named.getFields());
      if (!naming) continue;
      const related = await fetchRelatedRecords(records, `${field.name}.id`, named.name).catch(() => undefined);
      if (!related) continue;
      columns.push({ label, value: (r) => related[r[`${field.name}.id`] as string]?.[naming] as Cell });
    }
  }
  columns.sort((a, b) => Number(b.label === 'Id') - Number(a.label === 'Id'));
  downloadRows(resource!, columns, records);
};
