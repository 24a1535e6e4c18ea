import type { MiddlewareFn } from 'type-graphql';
import type { Context } from './context.js';

/**
 * Every mutation runs in its own transaction on its own unit of work: if it fails, nothing it did is
 * saved and nothing it left half-changed can be flushed by a later mutation of the same request.
 */
export const MutationTransaction: MiddlewareFn<Context> = async ({ context, info }, next) => {
  if (info.parentType.name !== 'Mutation') return next();
  const outer = context.em;
  try {
    return await outer.transactional(async (em) => {
      context.em = em;
      return next();
    });
  } finally {
    context.em = outer;
  }
};
