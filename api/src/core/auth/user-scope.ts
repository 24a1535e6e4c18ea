import { raw, type FilterQuery } from '@mikro-orm/core';
import type { AuthUser } from './auth-user.js';
import type { User } from './user.entity.js';

/**
 * SQL true for the users whose local authorities are all among `ids`: a user who also works for an
 * authority the admin has nothing to do with is not that admin's to see, change or take over.
 */
const allAuthoritiesWithin = (userId: string) =>
  `not exists (select 1 from app_user_local_authority ula where ula.user_id = ${userId} and not (ula.local_authority_id = any(?::uuid[])))`;

/** A PostgreSQL array literal of the admin's authorities (uuids), one parameter however many. */
const authoritiesOf = (admin: AuthUser) => [`{${admin.localAuthorityIds.join(',')}}`];

/** The users an admin manages: those whose every local authority is one of the admin's. */
export function usersManagedBy(admin: AuthUser): FilterQuery<User> {
  return { [raw((alias) => allAuthoritiesWithin(`${alias}.id`), authoritiesOf(admin))]: [] } as FilterQuery<User>;
}
