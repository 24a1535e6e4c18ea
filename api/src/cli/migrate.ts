import { withDatabase } from './bootstrap.js';

// Opening the database applies any pending migrations; there is nothing more to do.
await withDatabase(async (_db, _config, log) => {
  log.info('database schema is up to date');
});
