import { AsyncLocalStorage } from 'node:async_hooks';
import type { AuthUser } from './auth/auth-user.js';

/** What every log line, SQL counter and change record needs to know about the request it runs in. */
export interface RequestStore {
  requestId: string;
  user: AuthUser | null;
  sqlStatements: number;
  /** When the request must be answered by (epoch ms): past it, no further SQL statement of it runs. */
  deadline?: number;
}

export const requestContext = new AsyncLocalStorage<RequestStore>();

export function currentRequest(): RequestStore | undefined {
  return requestContext.getStore();
}
