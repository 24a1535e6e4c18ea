import type { EntityClass } from '@mikro-orm/core';

/**
 * What a feature (api/src/features/<name>/index.ts) gives the application: its records, its GraphQL
 * operations and what it loads into the demo. The application is the map over these manifests
 * (modules.ts): adding a feature is one manifest and one line there.
 */
export interface Feature {
  /** The feature's folder, features/<name>, and the admin's folder of the same name. */
  readonly name: string;
  /** Its MikroORM entities (and embeddables): its tables, which no other feature reads in SQL. */
  readonly entities: readonly EntityClass<object>[];
  /** Its type-graphql resolvers. */
  readonly resolvers: readonly Function[];
}
