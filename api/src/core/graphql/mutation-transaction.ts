import type { GraphQLSchema } from 'graphql';
import type { Context } from './context.js';

/**
 * Every mutation runs in its own transaction on its own unit of work: if it fails, nothing it did is
 * saved and nothing it left half-changed can be flushed by a later mutation of the same request.
 * Only the Mutation type's fields are wrapped; a type-graphql global middleware would wrap every field
 * of every object, which costs more than the query itself on large results such as a national trend.
 */
export function withMutationTransactions(schema: GraphQLSchema): GraphQLSchema {
  for (const field of Object.values(schema.getMutationType()?.getFields() ?? {})) {
    const resolve = field.resolve;
    if (!resolve) continue;
    field.resolve = async (source, args, context: Context, info) => {
      const outer = context.em;
      try {
        return await outer.transactional(async (em) => {
          context.em = em;
          return resolve(source, args, context, info);
        });
      } finally {
        context.em = outer;
      }
    };
  }
  return schema;
}
