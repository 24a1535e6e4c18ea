import { AsyncLocalStorage } from 'node:async_hooks';
import type { EntityManager } from '@mikro-orm/postgresql';

/*
 * A transaction has one connection, which answers one statement at a time, and pg deprecates sending a
 * statement to a connection still busy. Outside a transaction each statement takes a pooled connection
 * of its own, so reads that do not depend on each other run side by side there and in turn inside one.
 */

const turns = new WeakMap<EntityManager, Promise<unknown>>();
const inATurn = new AsyncLocalStorage<EntityManager>();

/**
 * Runs `work` once the work asked before it on `em` has been answered, when `em` is in a transaction;
 * at once otherwise. Work asked from within another's turn runs at once, or it would wait for itself.
 */
export function inTurn<T>(em: EntityManager, work: () => Promise<T>): Promise<T> {
  if (!em.isInTransaction() || inATurn.getStore() === em) return work();
  const answer = (turns.get(em) ?? Promise.resolve()).then(() => inATurn.run(em, work));
  turns.set(em, answer.catch(() => undefined));
  return answer;
}

/** The reads' answers, in their order: side by side outside a transaction, one after another inside one. */
export async function readAll<T extends unknown[]>(em: EntityManager, reads: { [K in keyof T]: () => Promise<T[K]> }): Promise<T> {
  if (!em.isInTransaction()) return Promise.all(reads.map((read) => read())) as Promise<T>;
  const answers: unknown[] = [];
  for (const read of reads) answers.push(await read());
  return answers as T;
}
