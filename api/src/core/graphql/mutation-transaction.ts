import type { EntityManager } from '@mikro-orm/postgresql';
import type { GraphQLSchema } from 'graphql';
import type { Context } from './context.js';

/**
 * `@Extensions(OWN_TRANSACTIONS)` on a mutation that keeps its transactions short itself: sign-in spends
 * its time hashing a password, and must hold no database connection while it does.
 */
export const OWN_TRANSACTIONS = { ownTransactions: true } as const;

/**
 * Every mutation runs in its own transaction on its own unit of work: if it fails, nothing it did is
 * saved and nothing it left half-changed can be flushed by a later mutation of the same request.
 * Only the Mutation type's fields are wrapped; a type-graphql global middleware would wrap every field
 * of every object, which costs more than the query itself on large results such as a national trend.
 */
export function withMutationTransactions(schema: GraphQLSchema): GraphQLSchema {
  for (const field of Object.values(schema.getMutationType()?.getFields() ?? {})) {
    const resolve = field.resolve;
    if (!resolve || field.extensions.ownTransactions) continue;
    field.resolve = async (source, args, context: Context, info) => {
      const outer = context.em;
      let inner: EntityManager | undefined;
      try {
        return await outer.transactional(async (em) => {
          inner = em;
          context.em = em;
          return resolve(source, args, context, info);
        });
      } finally {
        // The result's fields are read after the commit (a deleted record's relations, say): they must
        // not go to the finished transaction.
        inner?.resetTransactionContext();
        context.em = outer;
      }
    };
  }
  return schema;
}
