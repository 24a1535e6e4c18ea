import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind, type OperationDefinitionNode } from 'graphql';
import type { Context } from '../graphql/context.js';
import { ErrorCode } from '../graphql/errors.js';

/** Everything else needs a signed-in user. Introspection is public only where it is switched on. */
export const PUBLIC_ROOT_FIELDS = new Set(['login', '__typename', '__schema', '__type']);

function rootFieldNames(operation: OperationDefinitionNode): string[] | null {
  const names: string[] = [];
  for (const selection of operation.selectionSet.selections) {
    // A fragment at the root could hide anything; treat it as needing sign-in.
    if (selection.kind !== Kind.FIELD) return null;
    names.push(selection.name.value);
  }
  return names;
}

/**
 * Deny by default: an operation that asks for anything but the public fields is refused before it
 * runs unless the caller is signed in. Resolvers then check roles with `@Authorized`.
 */
export function requireSignIn(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, contextValue }) {
          if (contextValue.user) return;
          const names = operation ? rootFieldNames(operation) : null;
          if (names && names.every((name) => PUBLIC_ROOT_FIELDS.has(name))) return;
          throw new GraphQLError('Sign in to continue', {
            extensions: { code: ErrorCode.UNAUTHENTICATED, http: { status: 401 } },
          });
        },
      };
    },
  };
}
