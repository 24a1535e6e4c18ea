import { stringify } from 'csv-stringify/sync';

/**
 * Every CSV the product writes goes through here, the admin's downloads too (`@send-qa/api/csv`): quoted where
 * needed, CRLF line ends (RFC 4180, what Excel expects), and a cell that starts like a formula (`=`, `+`, `-`,
 * `@`, tab, CR) prefixed with an apostrophe, so free text typed into the product cannot run as a formula in a
 * spreadsheet.
 */
export function toCsv(rows: readonly (readonly (string | number | null | undefined)[])[]): string {
  return stringify(rows as unknown[][], { escape_formulas: true, record_delimiter: 'windows' });
}
