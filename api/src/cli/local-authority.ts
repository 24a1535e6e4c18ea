import { DriverException } from '@mikro-orm/core';
import { withDatabase } from './bootstrap.js';
import { ensureLocalAuthority, parseAuthority, removeLocalAuthority } from './local-authorities.js';

const USAGE = `Usage: pnpm --filter @send-qa/api local-authority:add 873:Cambridgeshire [874:Peterborough ...]
       pnpm --filter @send-qa/api local-authority:remove 873`;

/** Adding or removing a tenant is an operator's decision, made here; the API offers neither. */
const [command, ...specs] = process.argv.slice(2);

await withDatabase(async (db, _config, log) => {
  if ((command !== 'add' && command !== 'remove') || specs.length === 0) throw new Error(USAGE);
  await db.orm.em.fork().transactional(async (em) => {
    for (const spec of specs) {
      if (command === 'add') {
        const { localAuthority, created } = await ensureLocalAuthority(em, parseAuthority(spec));
        log.info({ code: localAuthority.code, name: localAuthority.name }, created ? 'local authority added, with the shipped rubrics' : 'local authority already there: left as it is');
      } else {
        try {
          await removeLocalAuthority(em, spec);
        } catch (error) {
          // A foreign key names the table that still refers to the authority.
          if (error instanceof DriverException && ['23503', '23001'].includes(String(error.code))) {
            const table = (error as DriverException & { table?: string }).table;
            throw new Error(`Local authority ${spec} still has records (${table ?? 'other tables'} refers to it): it can only be removed once nothing does`);
          }
          throw error;
        }
        log.info({ code: spec }, 'local authority removed');
      }
    }
  });
});
