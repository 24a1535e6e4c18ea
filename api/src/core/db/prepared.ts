import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';

/** A statement with `$1`, `$2`... placeholders and the values they stand for. */
export interface Parameterized {
  text: string;
  values: unknown[];
}

/**
 * Distinct texts this process prepares by name. Each connection of the pool keeps a prepared statement
 * (and its plan) for every name it has run until it closes, so the hot texts are named and the rest
 * (a list filtered by 37 ids, say) run unnamed, as every statement did before.
 */
const MAX_NAMED = 200;
const names = new Map<string, string>();

function nameOf(text: string): string | undefined {
  let name = names.get(text);
  if (name === undefined && names.size < MAX_NAMED) {
    name = `q_${createHash('sha1').update(text).digest('hex')}`;
    names.set(text, name);
  }
  return name;
}

/**
 * Runs a statement with `$n` placeholders; `prepare` when its text repeats with other values (the
 * session lookup, a lean read), as a named prepared statement: PostgreSQL then parses and plans it once
 * per connection rather than on every request, which for a record read by id is most of the database's
 * work. Through MikroORM's connection, with its `onQuery` (the request deadline) and its query log (the
 * per-request SQL count), in the request's transaction if it has one.
 */
export async function executePrepared<T>(em: EntityManager, { text, values }: Parameterized, prepare = true): Promise<T[]> {
  const connection = em.getConnection();
  const sql = em.config.get('onQuery')(text, values);
  const query = connection.getKnex().raw(sql);
  // knex passes these options to pg's query as they are; `values` is bound there, not by knex, which
  // would read any `?` in the text as a placeholder of its own.
  query.options({ name: prepare ? nameOf(sql) : undefined, values });
  const transaction = em.getTransactionContext();
  if (transaction) query.transacting(transaction);
  // MikroORM's timing and query log, as for its own statements: the log is what counts them.
  const logged = connection as unknown as { executeQuery<R>(query: string, run: () => Promise<R>, context: object): Promise<R> };
  const result = await logged.executeQuery(sql, () => query, { query: sql, params: values });
  return (result as unknown as { rows: T[] }).rows;
}
