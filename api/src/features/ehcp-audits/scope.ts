/** The caller's local authorities as a Postgres uuid[] literal, for `local_authority_id in (select unnest(?::uuid[]))`. */
export function uuidArray(ids: readonly string[]): string {
  return `{${ids.join(',')}}`;
}
