import type { ApolloServerPlugin } from '@apollo/server';
import { currentRequest } from '../request-context.js';

/** Reports how many SQL statements a request issued, for tests and benchmarks that guard against N+1. */
export function sqlCountHeader(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          const request = currentRequest();
          if (request) response.http.headers.set('x-sql-statements', String(request.sqlStatements));
        },
      };
    },
  };
}
