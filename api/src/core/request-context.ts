import { AsyncLocalStorage } from 'node:async_hooks';
import type { AuthUser } from './auth/auth-user.js';

/** What every log line, SQL counter and change record needs to know about the request it runs in. */
export interface RequestStore {
  requestId: string;
  user: AuthUser | null;
  sqlStatements: number;
  /** When the request must be answered by (epoch ms): past it, no further SQL statement of it runs. */
  deadline?: number;
  /** Statements sent and not yet answered. */
  statementsInFlight?: number;
  /** What waits for the request to have no statement in flight. */
  whenQuiet?: (() => void)[];
}

export const requestContext = new AsyncLocalStorage<RequestStore>();

export function currentRequest(): RequestStore | undefined {
  return requestContext.getStore();
}

export function statementStarted(): void {
  const request = currentRequest();
  if (request) request.statementsInFlight = (request.statementsInFlight ?? 0) + 1;
}

export function statementAnswered(): void {
  const request = currentRequest();
  if (!request?.statementsInFlight) return;
  request.statementsInFlight -= 1;
  if (request.statementsInFlight === 0) for (const waiting of request.whenQuiet?.splice(0) ?? []) waiting();
}

/**
 * Runs `dispatch` once the request has no statement in flight and what answered the last one has run:
 * a batch of loads sent then holds every load the request can make before it hears more from the
 * database, so how many statements a list costs does not depend on the order answers arrive in.
 */
export function whenQuiet(dispatch: () => void): void {
  const request = currentRequest();
  setImmediate(function check() {
    if (!request?.statementsInFlight) dispatch();
    else (request.whenQuiet ??= []).push(() => setImmediate(check));
  });
}
