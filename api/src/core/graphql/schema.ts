import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema, type NonEmptyArray } from 'type-graphql';
import { guardAuthorityArguments } from '../access/authorities.js';
import { guardResourceFields } from '../access/guard.js';
import { AuthChecker } from '../auth/auth-checker.js';
import { defineRecordTypes } from '../history/record-types.js';
import { withArgumentBounds } from './argument-bounds.js';
import { withFastLocalDates } from './local-date.js';
import { withMutationTransactions } from './mutation-transaction.js';
import { resolvePlainFieldsDirectly } from './plain-fields.js';
import { assertIdsAreUuids } from './uuid.js';

export async function buildApiSchema(resolvers: NonEmptyArray<Function>): Promise<GraphQLSchema> {
  defineRecordTypes();
  const schema = await buildSchema({
    resolvers,
    authChecker: AuthChecker,
    validate: { forbidUnknownValues: false, validationError: { target: false, value: false } },
  });
  assertIdsAreUuids(schema);
  // Bounds outermost: a mutation with a bad argument is refused before its transaction opens.
  return withFastLocalDates(withArgumentBounds(withMutationTransactions(guardAuthorityArguments(guardResourceFields(resolvePlainFieldsDirectly(schema))))));
}

/** The SDL committed in schema/schema.graphql: sorted, so that it changes only when the API does. */
export function printSortedSchema(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
