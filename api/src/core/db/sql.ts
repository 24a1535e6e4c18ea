/* Helpers for the raw SQL that figures and lists run where the ORM's queries would cost a statement per row. */

/**
 * A list as one PostgreSQL array parameter, for `= any(?::uuid[])` or `in (select unnest(?::text[]))`:
 * the query builder would spread a JavaScript array into one placeholder per item. Each item is quoted,
 * so commas, braces and quotes in a value stay inside it.
 */
export function pgArray(values: readonly string[]): string {
  return `{${values.map((value) => `"${value.replace(/[\\"]/g, '\\$&')}"`).join(',')}}`;
}

/** A date column as 'YYYY-MM-DD' text (the driver would make it a JavaScript Date at midnight UTC), under its own name or `alias`. */
export function isoDateColumn(column: string, alias = column.replace(/^\w+\./, '')): string {
  return `to_char(${column}, 'YYYY-MM-DD') as ${alias}`;
}
