import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind, type GraphQLField, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import type { Context } from '../graphql/context.js';
import { ErrorCode } from '../graphql/errors.js';

/** Everything else needs a signed-in user. Introspection is public only where it is switched on. */
export const PUBLIC_ROOT_FIELDS = new Set(['login', '__typename', '__schema', '__type']);

/**
 * `@Extensions(OPEN_WITHOUT_SIGN_IN)` on a query or mutation that a person without an account uses, proving
 * itself some other way (a survey link's single-use token): the feature that declares it answers for what it reveals.
 */
export const OPEN_WITHOUT_SIGN_IN = { openWithoutSignIn: true } as const;

/** Whether a root field may be called without signing in. */
export function isOpenWithoutSignIn(field: Pick<GraphQLField<unknown, unknown>, 'name' | 'extensions'>): boolean {
  return PUBLIC_ROOT_FIELDS.has(field.name) || field.extensions?.openWithoutSignIn === true;
}

function openRootField(schema: GraphQLSchema, operation: OperationDefinitionNode, name: string): boolean {
  if (PUBLIC_ROOT_FIELDS.has(name)) return true;
  const root = operation.operation === 'mutation' ? schema.getMutationType() : operation.operation === 'query' ? schema.getQueryType() : null;
  const field = root?.getFields()[name];
  return !!field && isOpenWithoutSignIn(field);
}

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
        async didResolveOperation({ operation, contextValue, schema }) {
          if (contextValue.user) return;
          const names = operation ? rootFieldNames(operation) : null;
          if (operation && names && names.every((name) => openRootField(schema, operation, name))) return;
          throw new GraphQLError('Sign in to continue', {
            extensions: { code: ErrorCode.UNAUTHENTICATED, http: { status: 401 } },
          });
        },
      };
    },
  };
}
