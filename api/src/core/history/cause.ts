import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * Why a change was made when a person did not make it field by field: an import names its run
 * (`ImportRun:<id>`), so the history says which file every imported change came from. Held for the
 * work `withChangeCause` runs, in the request or on the command line alike.
 */
const cause = new AsyncLocalStorage<string>();

export function withChangeCause<T>(name: string, work: () => Promise<T>): Promise<T> {
  return cause.run(name, work);
}

export function currentChangeCause(): string | null {
  return cause.getStore() ?? null;
}
